/**
 * `-o, --output` never loses or tears a report (issue 9, item 5; issue 11: -o creates missing folders):
 * temp file beside the target + rename; write errors exit 2 with one line; SIGINT / SIGTERM remove the
 * temporary file, leave the previous report byte-identical and exit 130 / 143; concurrent runs each leave a
 * whole file. Runs the built CLI as a child process.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, STACK_LINE, cleanEnv, disposeCli, prepareCli, run } from './helpers/run-cli.js';
import { ChunkedWriter, flushBufferedOutputs, openReportFile, removePendingOutputs } from '../src/io/output.js';

const NOTE = join(ROOT, 'samples', '01-complete-20702.txt');
const NOTE_TEXT = readFileSync(NOTE, 'utf8');
let bin = '';
let tmp = '';

beforeAll(() => {
  bin = prepareCli();
  tmp = mkdtempSync(join(tmpdir(), 'oplint-output-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  disposeCli();
});

const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('openReportFile (library)', () => {
  it('writes beside the target and renames only on commit', async () => {
    const dir = mkdtempSync(join(tmp, 'lib-'));
    const target = join(dir, 'r.txt');
    writeFileSync(target, 'old');
    const f = await openReportFile(target);
    f.stream.write('new report');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(tempFiles(dir)).toHaveLength(1);
    await f.commit();
    expect(readFileSync(target, 'utf8')).toBe('new report');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('abort and removePendingOutputs leave the previous file and no temporary file', async () => {
    const dir = mkdtempSync(join(tmp, 'lib-'));
    const target = join(dir, 'r.txt');
    writeFileSync(target, 'old');
    const a = await openReportFile(target);
    a.stream.write('half');
    a.abort();
    const b = await openReportFile(target);
    b.stream.write('half');
    expect(removePendingOutputs()).toBe(1);
    expect(tempFiles(dir)).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  it('a symbolic link keeps pointing at the report it names', async () => {
    const dir = mkdtempSync(join(tmp, 'lib-'));
    writeFileSync(join(dir, 'real.txt'), 'old');
    symlinkSync('real.txt', join(dir, 'link.txt'));
    const f = await openReportFile(join(dir, 'link.txt'));
    f.stream.write('new');
    await f.commit();
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('real.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('new');
  });
});

describe('ChunkedWriter (results written in chunks)', () => {
  const sinkOf = () => {
    const writes: string[] = [];
    return { writes, sink: (t: string) => (writes.push(t), true) };
  };

  it('gathers pieces into one write once the chunk size is reached, and writes the rest on flush', () => {
    const { writes, sink } = sinkOf();
    const w = new ChunkedWriter(sink, { chunk: 10, interval: 60_000 });
    expect(w.write('abcd\n')).toBe(true);
    expect(w.write('')).toBe(true);
    expect(writes).toEqual([]);
    w.write('efgh\n'); // 10 characters: written
    expect(writes).toEqual(['abcd\nefgh\n']);
    w.write('ij\n');
    w.close();
    expect(writes).toEqual(['abcd\nefgh\n', 'ij\n']);
    expect(w.flush()).toBe(true); // nothing left
    expect(writes).toHaveLength(2);
  });

  it("passes on the stream's backpressure answer", () => {
    const w = new ChunkedWriter(() => false, { chunk: 4, interval: 60_000 });
    expect(w.write('ab')).toBe(true);
    expect(w.write('cd')).toBe(false);
    w.discard();
  });

  it('writes text that has waited the interval: on the next write when busy, by a timer when idle', async () => {
    const { writes, sink } = sinkOf();
    const w = new ChunkedWriter(sink, { chunk: 1 << 20, interval: 30 });
    w.write('a\n');
    const end = performance.now() + 40;
    while (performance.now() < end) {
      /* a busy event loop: no timer can run */
    }
    w.write('b\n');
    expect(writes).toEqual(['a\nb\n']);
    w.write('c\n');
    await new Promise((r) => setTimeout(r, 80));
    expect(writes).toEqual(['a\nb\n', 'c\n']);
    w.close();
  });

  it('on a signal, buffered stdout text is written (flushBufferedOutputs); discarded text and closed writers are not', () => {
    const { writes, sink } = sinkOf();
    const kept = new ChunkedWriter(sink, { chunk: 1 << 20, interval: 60_000, onSignal: true });
    const file = new ChunkedWriter(sink, { chunk: 1 << 20, interval: 60_000 }); // a report file: abandoned whole
    const dropped = new ChunkedWriter(sink, { chunk: 1 << 20, interval: 60_000, onSignal: true });
    kept.write('done 1\n');
    file.write('file\n');
    dropped.write('dropped\n');
    dropped.discard();
    flushBufferedOutputs();
    expect(writes).toEqual(['done 1\n']);
    kept.close();
    file.discard();
  });
});

describe('oplint -o', () => {
  it('creates missing parent folders', async () => {
    const r = await run([NOTE, '-f', 'json', '-o', 'deep/er/report.json'], { cwd: tmp });
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(tmp, 'deep', 'er', 'report.json'), 'utf8')) as { results: unknown[] };
    expect(report.results).toHaveLength(1);
    expect(tempFiles(join(tmp, 'deep', 'er'))).toEqual([]);
  });

  it.runIf(existsSync('/dev/full'))('/dev/full: exit 2, one line, no stack', async () => {
    const r = await run([NOTE, '-o', '/dev/full'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('oplint: --output: cannot write /dev/full: no space left on the device (ENOSPC)\n');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('a path through a file (ENOTDIR) and a folder as target exit 2 with one line', async () => {
    writeFileSync(join(tmp, 'plain'), 'x');
    const a = await run([NOTE, '-o', 'plain/report.txt'], { cwd: tmp });
    expect(a.code).toBe(2);
    expect(a.stderr.trim().split('\n')).toHaveLength(1);
    expect(a.stderr).toMatch(/^oplint: --output: cannot .*plain\/report\.txt: .*ENOTDIR/);
    const b = await run([NOTE, '-o', '.'], { cwd: tmp });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^oplint: --output: \. is a folder; name a file\n$/);
  });

  it.runIf(process.getuid?.() !== 0)('a folder without write permission (EACCES) exits 2', async () => {
    const { chmodSync, mkdirSync } = await import('node:fs');
    const dir = join(tmp, 'ro');
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    const r = await run([NOTE, '-o', 'ro/report.txt'], { cwd: tmp });
    chmodSync(dir, 0o700);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/permission denied \(EACCES\)/);
  });

  for (const [signal, exitCode] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} during a run: exit ${exitCode}, the previous report byte-identical, no temporary file`, async () => {
      const dir = mkdtempSync(join(tmp, 'sig-'));
      const target = join(dir, 'report.jsonl');
      const previous = Buffer.from('{"previous":"report"}\n\u00e9\r\n');
      writeFileSync(target, previous);
      // --stdin-jsonl with stdin held open: the run is mid-report when the signal arrives
      const child = spawn(process.execPath, [bin, '--stdin-jsonl', '--no-progress', '-o', target], { cwd: dir, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('close', (code, sig) => res({ code, signal: sig })));
      for (let i = 0; i < 5; i++) child.stdin.write(`${JSON.stringify({ id: `n${i}`, text: NOTE_TEXT })}\n`);
      // wait until the report is being written (its temporary file exists)
      const deadline = Date.now() + 30_000;
      while (tempFiles(dir).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(tempFiles(dir)).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 300));
      child.kill(signal);
      const end = await exited;
      expect(end.code).toBe(exitCode);
      expect(readFileSync(target).equals(previous)).toBe(true);
      expect(tempFiles(dir)).toEqual([]);
      expect(stderr).not.toMatch(STACK_LINE);
    });
  }

  it('Ctrl-C during an in-process run to stdout: exit 130 soon, the notes finished so far written whole', async () => {
    // twelve notes of about 1 MB (well under the 200 that start workers): a few seconds of checking; the
    // signal must be seen between two notes, not after the last one
    const dir = mkdtempSync(join(tmp, 'ctrlc-'));
    const big = NOTE_TEXT.repeat(Math.ceil((1 << 20) / NOTE_TEXT.length));
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `n${String(i).padStart(2, '0')}.txt`), big);
    const child = spawn(process.execPath, [bin, dir, '-f', 'jsonl', '--no-progress', '--jobs', '1'], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
    const started = Date.now();
    const deadline = started + 60_000;
    while (!stdout.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const sent = Date.now();
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    // (the note in hand is finished first: 5 s, plus the time the first note took on this machine as loaded as it is
    // now, so a busy 2-core run does not decide it; the other notes must not be waited for)
    expect(Date.now() - sent).toBeLessThan(5000 + (sent - started));
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe(''); // ends with a whole line
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(12);
    for (const [i, l] of lines.entries()) expect((JSON.parse(l) as { source: string }).source).toBe(join(dir, `n${String(i).padStart(2, '0')}.txt`));
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('concurrent runs writing one path each leave a whole report', async () => {
    const dir = mkdtempSync(join(tmp, 'conc-'));
    const runs = await Promise.all(
      [...Array(4)].map((_, i) => run([NOTE, ...(i % 2 ? [NOTE] : []), '-f', 'json', '--jobs', '1', '-o', 'shared.json'], { cwd: dir })),
    );
    for (const r of runs) expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'shared.json'), 'utf8');
    const report = JSON.parse(text) as { results: unknown[]; summary: { checked: number } };
    expect([1, 2]).toContain(report.results.length);
    expect(report.summary.checked).toBe(report.results.length);
    expect(tempFiles(dir)).toEqual([]);
  });

  // (/dev/stdout is not tried: spawn's stdio is a socket, which Linux refuses to reopen — ENXIO)
  it('writing to a device (/dev/null) writes in place and never replaces it', async () => {
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    const n = await run([NOTE, '-o', '/dev/null'], { cwd: tmp });
    expect(n.code).toBe(0);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
