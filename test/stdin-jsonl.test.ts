/**
 * `--stdin-jsonl` with lines of any length (issue 9, item 6): lines are read with a byte cap (--max-size
 * plus JSON overhead), so a line longer than the cap becomes an `error` result for that line, the other
 * lines are still checked, and nothing is held in memory or thrown (formerly `RangeError: Invalid string
 * length` and a stack trace, losing every result). The long line is generated here as a stream, never a file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { capLines, jsonlLineCap, jsonlTasks } from '../src/cli/jsonl.js';

const ROOT = join(import.meta.dirname, '..');
const NOTE = readFileSync(join(ROOT, 'samples', '01-complete-20702.txt'), 'utf8');
const MB = 1024 * 1024;

/** A stream of: a good line, one line of `bigBytes` bytes (a JSON string of x's, in 1 MiB chunks), a good line. */
function streamWithLongLine(bigBytes: number): Readable {
  const chunk = Buffer.alloc(MB, 'x');
  let sent = 0;
  let stage = 0;
  return new Readable({
    read() {
      if (stage === 0) {
        this.push(`${JSON.stringify({ id: 'first', text: NOTE })}\n{"id":"huge","text":"`);
        stage = 1;
      } else if (stage === 1) {
        const n = Math.min(MB, bigBytes - sent);
        this.push(n === MB ? chunk : chunk.subarray(0, n));
        sent += n;
        if (sent >= bigBytes) stage = 2;
      } else if (stage === 2) {
        this.push(`"}\n${JSON.stringify({ id: 'last', text: NOTE })}\n`);
        stage = 3;
      } else this.push(null);
    },
  });
}

function sink() {
  const s = new PassThrough();
  let text = '';
  s.on('data', (d: Buffer) => (text += d.toString('utf8')));
  return { stream: s, text: () => text };
}

async function run(args: string[], stdin: Readable) {
  const out = sink();
  const err = sink();
  const code = await main(args, { stdin, stdout: out.stream, stderr: err.stream, env: {}, cwd: ROOT });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('--stdin-jsonl line cap', () => {
  it('the cap is --max-size plus JSON overhead', () => {
    expect(jsonlLineCap(5 * MB)).toBe(30 * MB + 64 * 1024);
    expect(jsonlLineCap(1024)).toBeGreaterThan(1024 * 6);
  });

  it('splits lines across chunks, strips CR, keeps a last line without a line break', async () => {
    const lines = [];
    for await (const l of capLines(Readable.from([Buffer.from('ab'), Buffer.from('c\r\nde'), Buffer.from('f\n\nlast')]), 100)) lines.push(l);
    expect(lines.map((l) => l.text)).toEqual(['abc', 'def', '', 'last']);
    expect(lines.map((l) => l.n)).toEqual([1, 2, 3, 4]);
  });

  it('a line over the cap comes back without text, counted, and the next line is whole', async () => {
    const lines = [];
    for await (const l of capLines(Readable.from([Buffer.from('short\n'), Buffer.alloc(50, 'y'), Buffer.alloc(50, 'y'), Buffer.from('\nafter\n')]), 64)) lines.push(l);
    expect(lines).toEqual([
      { n: 1, text: 'short', bytes: 5 },
      { n: 2, bytes: 100 },
      { n: 3, text: 'after', bytes: 5 },
    ]);
  });

  it('an over-long line becomes an error task naming its line and size', async () => {
    const tasks = [];
    for await (const t of jsonlTasks(Readable.from([`{"id":"a","text":"${'z'.repeat(200_000)}"}\n{"id":"b","text":"note"}\n`]), 1024)) tasks.push(t);
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ source: 'line 1' });
    expect((tasks[0] as { error: string }).error).toMatch(/^line 1: line of .* is longer than the .* allowed for --max-size 1 KB; not checked$/);
    expect(tasks[1]).toEqual({ source: 'b', text: 'note' });
  });

  it(
    'a 600 MB line (a stream) gives one error result, the other lines are checked, no RangeError (exit 2)',
    async () => {
      const r = await run(['--stdin-jsonl', '--no-progress', '--jobs', '1'], streamWithLongLine(600 * MB));
      const results = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; status: string; error?: { message: string } });
      expect(results.map((x) => [x.source, x.status])).toEqual([
        ['first', 'pass'],
        ['line 2', 'error'],
        ['last', 'pass'],
      ]);
      expect(results[1]!.error!.message).toMatch(/line of 600 MB is longer than/);
      expect(r.stderr).not.toMatch(/RangeError|Invalid string length|\n\s+at /);
      expect(r.stderr).toMatch(/^oplint: line 2: line of 600 MB/m);
      expect(r.code).toBe(2); // an input that could not be checked
    },
    120_000,
  );

  it('a line under the cap but over --max-size is a too-large error for that line only', async () => {
    const big = JSON.stringify({ id: 'big', text: `${NOTE}\n${'word '.repeat(2000)}` });
    const r = await run(['--stdin-jsonl', '--max-size', '4KB', '--no-progress', '--jobs', '1'], Readable.from([`${big}\n${JSON.stringify({ id: 'ok', text: NOTE.slice(0, 3000) })}\n`]));
    const results = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; status: string });
    expect(results.map((x) => x.source)).toEqual(['big', 'ok']);
    expect(results[0]!.status).toBe('error');
    expect(results[1]!.status).not.toBe('error');
  });
});
