import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prestartWorkers, renderBatch, runBatch, type CheckFn, type Rendered, type RenderSpec, type Task } from '../src/batch/pool.js';
import type { NoteResult } from '../src/types.js';

/**
 * A fake check module (the real one is the lead's src/check.ts). The note text drives it:
 * "sleep:N" busy-waits N ms (so workers finish out of order), "FAIL" fails, "THROW" throws,
 * "PACK" throws a PackError (fatal), "CRASH" kills the worker thread.
 */
const FAKE_CHECK = `
export function checkNoteAll(text, opts) {
  const m = /sleep:(\\d+)/.exec(text);
  if (m) { const end = Date.now() + Number(m[1]); while (Date.now() < end) {} }
  if (text.includes('THROW')) throw new Error('boom in check');
  if (text.includes('PACK')) { const e = new Error('patterns/20702.yaml at elements[0]: bad'); e.name = 'PackError'; throw e; }
  if (text.includes('CRASH')) process.exit(3);
  return [{ source: opts.source, status: text.includes('FAIL') ? 'fail' : 'pass', code: opts.code ?? '20702',
    suggestedCodes: [], devices: [], elements: [], text: text.slice(0, 20) }];
}
`;

function fakeInProcess(): CheckFn {
  return (text, opts) => {
    if (text.includes('THROW')) throw new Error('boom in check');
    if (text.includes('PACK')) {
      const e = new Error('bad pack');
      e.name = 'PackError';
      throw e;
    }
    return [
      {
        source: opts.source,
        status: text.includes('FAIL') ? 'fail' : 'pass',
        code: (opts.code as string | undefined) ?? '20702',
        suggestedCodes: [],
        devices: [],
        elements: [],
      },
    ];
  };
}

let dir: string;
let workerUrl: URL;
let checkModule: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oplint-pool-'));
  // Compile the real worker (and read.ts it imports) to one ESM file, as tsc would put it in dist/.
  await build({
    entryPoints: [join(import.meta.dirname, '../src/batch/worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(dir, 'worker.js'),
    logLevel: 'silent',
  });
  workerUrl = pathToFileURL(join(dir, 'worker.js'));
  checkModule = join(dir, 'fake-check.mjs');
  writeFileSync(checkModule, FAKE_CHECK);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(it: AsyncIterable<NoteResult[]>): Promise<NoteResult[]> {
  const out: NoteResult[] = [];
  for await (const rs of it) out.push(...rs);
  return out;
}

async function collectRendered(it: AsyncIterable<Rendered>): Promise<Rendered[]> {
  const out: Rendered[] = [];
  for await (const r of it) out.push(r);
  return out;
}

const jsonlSpec = (over: Partial<RenderSpec> = {}): RenderSpec => ({ format: 'jsonl', ctx: { color: false, explain: false, cwd: '/', version: 'test' }, quiet: false, failOn: 'fail', ...over });

const textTasks = (n: number, f: (i: number) => string = (i) => `note ${i} sleep:${(i * 7) % 5}`): Task[] =>
  Array.from({ length: n }, (_, i) => ({ source: `n${i}`, text: f(i) }));

describe('runBatch in-process', () => {
  it('runs in-process with jobs 1, in order, passing check options through', async () => {
    let mode = -1;
    const out = await collect(runBatch(textTasks(30), { jobs: 1, checkFn: fakeInProcess(), checkOptions: { code: '20700' }, onMode: (n) => (mode = n) }));
    expect(mode).toBe(0);
    expect(out.map((r) => r.source)).toEqual(Array.from({ length: 30 }, (_, i) => `n${i}`));
    expect(new Set(out.map((r) => r.code))).toEqual(new Set(['20700']));
  });

  it('stays in-process for a handful of notes even with many jobs', async () => {
    let mode = -1;
    await collect(runBatch(textTasks(5), { jobs: 4, checkFn: fakeInProcess(), workerUrl, checkModule, onMode: (n) => (mode = n) }));
    expect(mode).toBe(0);
  });

  it('turns read problems, thrown checks and error tasks into error results and goes on', async () => {
    const f = join(dir, 'ok.txt');
    writeFileSync(f, 'FAIL please');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const tasks: Task[] = [
      { path: f },
      { path: join(dir, 'missing.txt'), source: 'missing.txt' },
      { path: empty },
      { source: 'line 3', error: 'line 3: invalid JSON' },
      { source: 'boom', text: 'THROW' },
      { source: 'last', text: 'fine' },
    ];
    const out = await collect(runBatch(tasks, { jobs: 1, checkFn: fakeInProcess() }));
    expect(out.map((r) => [r.source, r.status, r.error?.message])).toEqual([
      [f, 'fail', undefined],
      ['missing.txt', 'error', 'no such file or directory'],
      [empty, 'error', 'empty note'],
      ['line 3', 'error', 'line 3: invalid JSON'],
      ['boom', 'error', 'internal error: boom in check'],
      ['last', 'pass', undefined],
    ]);
  });

  it('attaches read warnings to the results', async () => {
    const f = join(dir, 'latin1.txt');
    writeFileSync(f, Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' note')]));
    const [r] = await collect(runBatch([{ path: f }], { jobs: 1, checkFn: fakeInProcess() }));
    expect(r!.warnings).toEqual(['read as Windows-1252 (not UTF-8)']);
  });

  it('rejects on a fatal (pack) error', async () => {
    await expect(collect(runBatch(textTasks(3, (i) => (i === 1 ? 'PACK' : 'ok')), { jobs: 1, checkFn: fakeInProcess() }))).rejects.toThrow('bad pack');
  });
});

describe('runBatch with worker threads', () => {
  it('returns results in input order although workers finish out of order', async () => {
    let mode = -1;
    const n = 60;
    const out = await collect(runBatch(textTasks(n), { jobs: 3, workerUrl, checkModule, checkOptions: { code: '20704' }, onMode: (m) => (mode = m) }));
    expect(mode).toBe(3);
    expect(out.map((r) => r.source)).toEqual(Array.from({ length: n }, (_, i) => `n${i}`));
    expect(out.every((r) => r.code === '20704')).toBe(true);
    expect(out.map((r) => (r as unknown as { text: string }).text)).toEqual(textTasks(n).map((t) => ('text' in t ? t.text.slice(0, 20) : '')));
  });

  it('reads files in the worker and reports per-note errors in place', async () => {
    const tasks: Task[] = [];
    for (let i = 0; i < 12; i++) {
      const p = join(dir, `w${i}.txt`);
      writeFileSync(p, i === 4 ? '' : i === 7 ? 'THROW' : `note ${i} FAIL`);
      tasks.push({ path: p, source: `w${i}.txt` });
    }
    tasks.splice(9, 0, { path: join(dir, 'nope.txt'), source: 'nope.txt' }, { source: 'bad-line', error: 'line 10: missing "text"' });
    const out = await collect(runBatch(tasks, { jobs: 2, workerUrl, checkModule }));
    expect(out.map((r) => r.source)).toEqual(tasks.map((t) => ('source' in t && t.source) || ''));
    expect(out.map((r) => r.status)).toEqual(['fail', 'fail', 'fail', 'fail', 'error', 'fail', 'fail', 'error', 'fail', 'error', 'error', 'fail', 'fail', 'fail']);
    expect(out[4]!.error?.message).toBe('empty note');
    expect(out[7]!.error?.message).toBe('internal error: boom in check');
    expect(out[9]!.error?.message).toBe('no such file or directory');
  });

  it('keeps a bounded window: never pulls far ahead of what it has yielded', async () => {
    let pulled = 0;
    let yielded = 0;
    let maxAhead = 0;
    async function* source(): AsyncGenerator<Task> {
      for (let i = 0; i < 400; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - yielded);
        yield { source: `s${i}`, text: i % 50 === 0 ? 'slow sleep:20' : `quick ${i}` };
      }
    }
    let order = 0;
    for await (const rs of runBatch(source(), { jobs: 2, workerUrl, checkModule, window: 10 })) {
      expect(rs[0]!.source).toBe(`s${order++}`);
      yielded++;
    }
    expect(order).toBe(400);
    // window 10 (+1 for the pull in progress)
    expect(maxAhead).toBeLessThanOrEqual(11);
  });

  it('streams: the first result arrives before the input is exhausted', async () => {
    let pulled = 0;
    function* source(): Generator<Task> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield { source: `s${i}`, text: `n${i}` };
      }
    }
    const it = runBatch(source(), { jobs: 2, workerUrl, checkModule, window: 16 });
    const first = await it.next();
    expect(first.value?.[0]?.source).toBe('s0');
    expect(pulled).toBeLessThan(40);
    await it.return(undefined); // stops the workers
  });

  it('a worker that dies fails only its note; the batch goes on', async () => {
    const tasks = textTasks(20, (i) => (i === 5 ? 'CRASH' : `ok ${i} sleep:2`));
    const out = await collect(runBatch(tasks, { jobs: 2, workerUrl, checkModule }));
    expect(out).toHaveLength(20);
    expect(out.map((r) => r.source)).toEqual(tasks.map((t) => ('source' in t ? t.source : '')));
    expect(out[5]!.status).toBe('error');
    expect(out[5]!.error?.message).toMatch(/^internal error: worker stopped/);
    expect(out.filter((r) => r.status === 'error')).toHaveLength(1);
  });

  it('a fatal pack error in a worker rejects the batch with its name and message', async () => {
    const tasks = textTasks(20, (i) => (i === 10 ? 'PACK' : 'fine'));
    const err = await collect(runBatch(tasks, { jobs: 2, workerUrl, checkModule })).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).name).toBe('PackError');
    expect((err as Error).message).toBe('patterns/20702.yaml at elements[0]: bad');
  });

  it('a check module that cannot load is fatal', async () => {
    const err = await collect(runBatch(textTasks(20), { jobs: 2, workerUrl, checkModule: join(dir, 'no-such-module.mjs') })).catch(
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/no-such-module/);
  });

  it('checks notes on the main thread while the workers start, then hands over, keeping order', async () => {
    const base = fakeInProcess();
    let onMain = 0;
    const checkFn: CheckFn = (text, opts) => {
      onMain++;
      const end = Date.now() + 1; // as slow as the workers' copy ("sleep:1")
      while (Date.now() < end) {
        /* busy */
      }
      return base(text, opts);
    };
    const n = 300;
    // a window of 64 notes: the main thread cannot run through the whole batch before the worker is up
    const out = await collect(runBatch(textTasks(n, (i) => `note ${i} sleep:1`), { jobs: 2, workerUrl, checkModule, checkFn, window: 64 }));
    expect(out.map((r) => r.source)).toEqual(Array.from({ length: n }, (_, i) => `n${i}`));
    expect(onMain).toBeGreaterThan(0);
    expect(onMain).toBeLessThan(n); // the workers took over
  });

  it('the main thread hands a large note (read, as bytes) to a worker instead of checking it itself', async () => {
    const big = join(dir, 'big-note.txt');
    writeFileSync(big, `big file ${'x'.repeat(300 * 1024)}`);
    const onMain: string[] = [];
    const base = fakeInProcess();
    const checkFn: CheckFn = (text, opts) => (onMain.push(opts.source), base(text, opts));
    const tasks: Task[] = [...textTasks(20, (i) => (i === 7 ? `big text ${'y'.repeat(300 * 1024)}` : `small ${i}`)), { path: big, source: 'big-file', regular: true }, ...textTasks(5)];
    const out = await collect(runBatch(tasks, { jobs: 2, workerUrl, checkModule, checkFn }));
    expect(out.map((r) => r.source)).toEqual(tasks.map((t) => ('source' in t ? t.source : '')));
    expect(onMain).not.toContain('n7');
    expect(onMain).not.toContain('big-file');
    expect(onMain.length).toBeGreaterThan(0);
    // the worker's fake check quotes the start of the text it was given: the file's bytes, read once
    expect(out.map((r) => (r as unknown as { text?: string }).text)).toEqual(expect.arrayContaining(['big text yyyyyyyyyyy', 'big file xxxxxxxxxxx']));
  });

  it('workersWorthSeconds: a batch too small for workers stays in-process; one that turns out slow starts them and keeps its order', async () => {
    const modes: number[] = [];
    const quick = await collect(runBatch(textTasks(300, (i) => `quick ${i}`), { jobs: 2, workerUrl, checkModule, checkFn: fakeInProcess(), workersWorthSeconds: 5, onMode: (m) => modes.push(m) }));
    expect(modes).toEqual([0]);
    expect(quick.map((r) => r.source)).toEqual(Array.from({ length: 300 }, (_, i) => `n${i}`));
    // 800 notes of 2 ms (0.2 s at the assumed time per note: a probe): after the four 0.1 s spans of the
    // probe, about 1.2 s of work left (over 0.3 s)
    const slowCheck: CheckFn = (text, opts) => {
      const end = Date.now() + 2;
      while (Date.now() < end) {
        /* busy */
      }
      return fakeInProcess()(text, opts);
    };
    const switched: number[] = [];
    const slow = await collect(runBatch(textTasks(800, (i) => `slow ${i} sleep:2`), { jobs: 2, workerUrl, checkModule, checkFn: slowCheck, workersWorthSeconds: 0.3, onMode: (m) => switched.push(m) }));
    expect(switched).toEqual([0, 1]);
    expect(slow.map((r) => r.source)).toEqual(Array.from({ length: 800 }, (_, i) => `n${i}`));
    // a large batch (at the assumed time per note) starts workers at once
    const big: number[] = [];
    const tasks = textTasks(9000, (i) => `n ${i}`);
    await collect(runBatch(tasks, { jobs: 2, workerUrl, checkModule, checkFn: fakeInProcess(), workersWorthSeconds: 2, onMode: (m) => big.push(m) }));
    expect(big).toEqual([1]);
  });

  it('workers started ahead (prestartWorkers) are taken over by a batch that uses workers, and given its settings', async () => {
    const pre = prestartWorkers({ jobs: 3, workerUrl, checkModule })!;
    expect(pre.size).toBe(3);
    await new Promise((r) => setTimeout(r, 200)); // started, warmed up and waiting
    let mode = -1;
    const out = await collect(runBatch(textTasks(40), { jobs: 3, workerUrl, checkModule, checkOptions: { code: '20705' }, prestarted: pre, onMode: (m) => (mode = m) }));
    expect(mode).toBe(3);
    expect(pre.size).toBe(0);
    expect(out.map((r) => r.source)).toEqual(Array.from({ length: 40 }, (_, i) => `n${i}`));
    expect(new Set(out.map((r) => r.code))).toEqual(new Set(['20705']));
    // rendering: the settings travel in the first message
    const pre2 = prestartWorkers({ jobs: 2, workerUrl, checkModule })!;
    const rendered = await collectRendered(renderBatch(textTasks(30, (i) => `r ${i}`), { jobs: 2, workerUrl, checkModule, prestarted: pre2, render: jsonlSpec() }));
    expect(rendered.map((n) => JSON.parse(n.text).source)).toEqual(Array.from({ length: 30 }, (_, i) => `n${i}`));
    expect(pre2.size).toBe(0);
  });

  it('workers started ahead are stopped when the batch runs in-process, or with another check module; one that cannot load is fatal', async () => {
    const pre = prestartWorkers({ jobs: 2, workerUrl, checkModule, checkFn: fakeInProcess() })!;
    expect(pre.size).toBe(1); // the main thread is the other checker
    const out = await collect(runBatch(textTasks(5), { jobs: 2, workerUrl, checkModule, checkFn: fakeInProcess(), prestarted: pre }));
    expect(out).toHaveLength(5);
    expect(pre.size).toBe(0);
    const other = prestartWorkers({ jobs: 2, workerUrl, checkModule: join(dir, 'no-such-module.mjs') })!;
    const fine = await collect(runBatch(textTasks(20), { jobs: 2, workerUrl, checkModule, prestarted: other }));
    expect(fine).toHaveLength(20);
    expect(other.size).toBe(0);
    const broken = prestartWorkers({ jobs: 2, workerUrl, checkModule: join(dir, 'no-such-module.mjs') })!;
    const err = await collect(runBatch(textTasks(20), { jobs: 2, workerUrl, checkModule: join(dir, 'no-such-module.mjs'), prestarted: broken })).catch((e: unknown) => e as Error);
    expect((err as Error).message).toMatch(/no-such-module/);
    expect(prestartWorkers({ jobs: 1, workerUrl, checkModule })).toBeUndefined();
  });

  it('handles an empty input', async () => {
    expect(await collect(runBatch([], { jobs: 2, workerUrl, checkModule }))).toEqual([]);
  });
});

describe('renderBatch: each note rendered where it was checked (stream formats)', () => {
  const expectRendered = (out: Rendered[], tasks: Task[]) => {
    expect(out.map((n) => n.digest.map((d) => d.source))).toEqual(tasks.map((t) => ['source' in t ? t.source : '']));
    for (const n of out) {
      const line = JSON.parse(n.text) as NoteResult;
      expect(n.text.endsWith('\n')).toBe(true);
      expect(line.source).toBe(n.digest[0]!.source);
      expect(line.status).toBe(n.digest[0]!.status);
    }
  };

  it('in-process: text and digests in order; --quiet leaves passing results out of the text only', async () => {
    const tasks = textTasks(30, (i) => (i % 3 ? `ok ${i}` : `FAIL ${i}`));
    const out = await collectRendered(renderBatch(tasks, { jobs: 1, checkFn: fakeInProcess(), render: jsonlSpec() }));
    expectRendered(out, tasks);
    expect(out.map((n) => n.digest[0]!.gate)).toEqual(tasks.map((_, i) => i % 3 === 0));
    const quiet = await collectRendered(renderBatch(tasks, { jobs: 1, checkFn: fakeInProcess(), render: jsonlSpec({ quiet: true }) }));
    expect(quiet.map((n) => n.text === '')).toEqual(tasks.map((_, i) => i % 3 !== 0));
    expect(quiet.map((n) => n.digest[0]!.status)).toEqual(out.map((n) => n.digest[0]!.status));
  });

  it('with workers: the same text as in-process, in order, although workers finish out of order', async () => {
    const tasks = textTasks(60, (i) => `note ${i} sleep:${(i * 7) % 5}${i % 4 ? '' : ' FAIL'}`);
    let mode = -1;
    const workers = await collectRendered(renderBatch(tasks, { jobs: 3, workerUrl, checkModule, render: jsonlSpec(), onMode: (m) => (mode = m) }));
    expect(mode).toBe(3);
    expectRendered(workers, tasks);
    expect(workers.map((n) => n.digest[0]!.status)).toEqual(tasks.map((_, i) => (i % 4 ? 'pass' : 'fail')));
    // the fake check module names the code it was given, as the main thread's copy does
    const local = await collectRendered(renderBatch(tasks, { jobs: 2, workerUrl, checkModule, checkFn: fakeInProcess(), render: jsonlSpec(), inProcessBelow: 1000 }));
    expect(local.map((n) => JSON.parse(n.text).status)).toEqual(workers.map((n) => JSON.parse(n.text).status));
  });

  it('with workers: error tasks, unreadable files, thrown checks and a dead worker become rendered error results in place', async () => {
    const tasks: Task[] = [
      ...textTasks(10, (i) => `ok ${i} sleep:1`),
      { source: 'bad-line', error: 'line 11: not valid JSON' },
      { path: join(dir, 'no-such-note.txt'), source: 'gone.txt' },
      { source: 'boom', text: 'THROW' },
      { source: 'crash', text: 'CRASH' },
      ...textTasks(10, (i) => `more ${i}`).map((t) => ({ ...t, source: `m${'source' in t ? t.source : ''}` })),
    ];
    const out = await collectRendered(renderBatch(tasks, { jobs: 2, workerUrl, checkModule, render: jsonlSpec() }));
    expect(out.map((n) => n.digest[0]!.source)).toEqual(tasks.map((t) => ('source' in t ? t.source : '')));
    const errors = out.flatMap((n) => n.digest).filter((d) => d.status === 'error');
    expect(errors.map((d) => [d.source, d.error])).toEqual([
      ['bad-line', 'line 11: not valid JSON'],
      ['gone.txt', 'no such file or directory'],
      ['boom', 'internal error: boom in check'],
      ['crash', expect.stringMatching(/^internal error: worker stopped/)],
    ]);
    for (const n of out) expect(JSON.parse(n.text).source).toBe(n.digest[0]!.source);
  });

  it('renders csv and github text too (a worker loads only that formatter)', async () => {
    const tasks = textTasks(12, (i) => (i % 2 ? `ok ${i}` : `FAIL ${i}`));
    const csv = await collectRendered(renderBatch(tasks, { jobs: 2, workerUrl, checkModule, render: { ...jsonlSpec(), format: 'csv' } }));
    expect(csv.map((n) => n.text)).toEqual(tasks.map(() => '')); // the fake results have no elements: no rows
    const gh = await collectRendered(renderBatch([{ source: 'x', error: 'cannot read' }, ...tasks], { jobs: 2, workerUrl, checkModule, render: { ...jsonlSpec(), format: 'github' } }));
    expect(gh[0]!.text).toBe('::error file=x,title=oplint%3A note not checked::cannot read\n');
  });
});
