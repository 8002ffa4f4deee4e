/**
 * Checking many notes: a worker-thread pool that streams results back in input order.
 *
 * `runBatch(tasks, opts)` pulls tasks lazily from any (async) iterable, keeps at most `window` notes
 * between "pulled" and "yielded" (so memory stays flat on 100,000 notes), and yields each note's results
 * (`NoteResult[]`, one per code) in input order as soon as every earlier note is done.
 * `renderBatch(tasks, { render, ... })` does the same but yields each note rendered in a stream format
 * (render.ts) where it was checked, so the main thread neither parses nor formats results.
 *
 * It runs in-process (no worker start-up cost) when `jobs` is 1, when the input turns out to hold fewer
 * than `inProcessBelow` tasks, when the notes are too few for workers to pay off (`workersWorthSeconds`),
 * or when no compiled worker file exists (running from `src/` under a test runner, or a single-file
 * bundle); in-process, it lets the event loop turn every few milliseconds so a
 * signal (Ctrl-C), a timer or a write error is not held up until the batch ends. A note that throws becomes
 * an `error` result and the batch goes on; a fatal error (a broken pattern pack, see `FATAL_ERRORS`) rejects
 * the generator with that error's name and message. Breaking out of the `for await` loop terminates the
 * workers.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_SIZE, readBytes } from '../io/read.js';
import type { NoteResult } from '../types.js';
import { loadRenderer, type Rendered, type RenderFn, type RenderSpec } from './render.js';
import {
  errorResult,
  executeTask,
  loadCheckFn,
  taskSource,
  type CheckFn,
  type FromWorker,
  type Task,
  type ToWorker,
  type WorkerInit,
  type WorkerStart,
} from './worker.js';

export { errorResult, FATAL_ERRORS, type CheckFn, type CheckOptions, type Task } from './worker.js';
export type { Rendered, RenderFn, RenderSpec, ResultDigest } from './render.js';

export interface BatchOptions {
  /** Checking threads (default: {@link defaultJobs}, one per core but one); 1 runs in-process. */
  jobs?: number;
  /** Passed to `checkNoteAll` for every note, with `source` set per note. Must be structured-cloneable. */
  checkOptions?: Record<string, unknown>;
  /** Size limit for each note in bytes (default 5 MB). */
  maxSize?: number;
  /**
   * In-process check function. Default: `checkNoteAll` imported from `checkModule`. Pass it from the CLI
   * (a static import) so a bundled binary needs no dynamic import.
   */
  checkFn?: CheckFn;
  /** Module the workers import `checkNoteAll` from (URL or absolute path). Default: `../check.js`. */
  checkModule?: string | URL;
  /** Compiled worker entry. Default: `./worker.js` next to this file. */
  workerUrl?: URL;
  /**
   * Workers started ahead of the batch ({@link prestartWorkers}, same `checkModule`): taken over when the
   * batch uses workers, stopped when it runs in-process.
   */
  prestarted?: Prestarted;
  /** Run in-process when there are fewer tasks than this (default 8). */
  inProcessBelow?: number;
  /**
   * Start worker threads only when the notes left would keep the main thread alone busy for longer than
   * this many seconds: each worker is a new V8 isolate that loads the checker and compiles it again (its
   * warm-up costs about as much as a few thousand notes). Needs the number of tasks (`tasks` an array):
   * a large batch (at {@link ASSUMED_NOTE_MS} a note, longer than this) starts them at once; a smaller one
   * starts in-process and starts them as soon as the time per note measured so far says they pay off.
   * Default: no such estimate (workers for any input of `inProcessBelow` tasks or more).
   */
  workersWorthSeconds?: number;
  /** Most notes pulled but not yet yielded (default: 128 per thread, at least 1024). */
  window?: number;
  /**
   * Called with the number of workers actually started (0 = in-process; called again with the number of
   * workers when a batch that started in-process starts them); for diagnostics and tests.
   */
  onMode?: (workers: number) => void;
}

export interface RenderOptions extends BatchOptions {
  /** The stream format to render each note in (sent to the workers). */
  render: RenderSpec;
  /** In-process render function (default: loaded from the spec). */
  renderFn?: RenderFn;
}

/**
 * Tasks a single worker holds at once: three batches, so a worker never waits for its next message, even
 * when the main thread is busy with a note of its own (or not scheduled, on a loaded machine) for a while.
 */
const PER_WORKER = 24;
/** Tasks sent to a worker in one message (a worker with room for a whole batch gets one). */
const BATCH = 8;
/** In-process, the event loop gets a turn at least this often (ms). */
const TURN_MS = 20;
/** A first guess of the main thread's time per note (ms; the 10,000-note bench corpus: about 0.2-0.3). */
export const ASSUMED_NOTE_MS = 0.25;
/**
 * While probing, the time per note is measured over spans of at least this long (ms), the latest span only:
 * the first notes of a run are slow (the checker is still being compiled), so the time since the start would
 * overstate what is left (measured on the bench corpus: about 35 ms a note for notes 2-4, 1.3 ms over the
 * next 0.1 s, then 0.7, 0.5, ... down to 0.2-0.3). The first decision comes after {@link PROBE_SPANS} spans.
 */
const PROBE_SPAN_MS = 100;
const PROBE_SPANS = 4;
/**
 * Notes larger than this are not checked on the main thread while workers run: one would hold up every
 * worker's next batch for as long as it takes (a 4 MB note: seconds). The main thread reads it and hands
 * the bytes to a worker.
 */
const MAIN_MAX_BYTES = 256 * 1024;

/** What a batch yields per note, and how it is made on the main thread or read from a worker's answer. */
interface Mode<T> {
  /** Sent to the workers: render there. */
  render?: RenderSpec;
  /** A note's results, checked on the main thread (or made there: an error task, a dead worker's note). */
  local(results: NoteResult[]): T;
  /** The notes of one worker answer, in the order of its ids. */
  remote(msg: Extract<FromWorker, { ids: number[] }>): T[];
}

const resultsMode: Mode<NoteResult[]> = {
  local: (results) => results,
  remote: (msg) => ('json' in msg ? (JSON.parse(msg.json) as NoteResult[][]) : []),
};

function renderMode(spec: RenderSpec, fn: RenderFn): Mode<Rendered> {
  return { render: spec, local: fn, remote: (msg) => ('rendered' in msg ? msg.rendered : []) };
}

const turn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/** A task with its input in hand: a file task read here (its bytes, or the error that stopped the read). */
async function inHand(t: Task, maxSize: number): Promise<Task> {
  if (!('path' in t)) return t;
  const source = t.source ?? t.path;
  const r = await readBytes(t.path, { maxSize, regular: t.regular === true });
  return r.ok ? { source, data: r.bytes, name: t.path } : { source, error: r.message };
}

function inputSize(t: Task): number {
  return 'data' in t ? t.data.byteLength : 'text' in t ? t.text.length : 0;
}

/**
 * Checking threads when none are asked for: one per core but one. V8 runs its garbage collector and compiler on
 * background threads (one checking thread keeps about 1.4 cores busy on the bench corpus), so on a 2-core
 * machine a second checking thread only competes with them: measured, 10,000 notes took 3.0 s with one thread
 * and 3.5 s with two. On larger machines the spare core serves those threads and the output.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

function defaultCheckModule(): string {
  return new URL('../check.js', import.meta.url).href;
}

function defaultWorkerUrl(): URL | undefined {
  try {
    const url = new URL('./worker.js', import.meta.url);
    return existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined; // bundled without import.meta.url
  }
}

function toModuleHref(m: string | URL): string {
  if (m instanceof URL) return m.href;
  return isAbsolute(m) ? pathToFileURL(m).href : m;
}

/** A pull-based view of a sync or async iterable. */
function puller(tasks: Iterable<Task> | AsyncIterable<Task>): () => Promise<IteratorResult<Task>> {
  if (Symbol.asyncIterator in tasks) {
    const it = (tasks as AsyncIterable<Task>)[Symbol.asyncIterator]();
    return () => it.next();
  }
  const it = (tasks as Iterable<Task>)[Symbol.iterator]();
  return async () => it.next();
}

function rebuildError(e: { name: string; message: string }): Error {
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}

/** A worker thread started ahead of its batch, and what it said before a batch took it over. */
interface Early {
  worker: Worker;
  ready: boolean;
  fatal?: Error;
  /** Why it stopped, if it did. */
  gone?: string;
  listeners: { message: (msg: FromWorker) => void; error: (err: Error) => void; exit: (code: number) => void };
}

/** Worker threads started before a batch's tasks are all known; see {@link prestartWorkers}. */
export class Prestarted {
  private early: Early[];
  constructor(
    readonly checkModule: string,
    workerUrl: URL,
    count: number,
  ) {
    const data: WorkerStart = { oplintWorker: true, checkModule, deferred: true };
    this.early = Array.from({ length: count }, () => {
      const e = { worker: new Worker(workerUrl, { workerData: data }), ready: false } as Early;
      e.listeners = {
        message: (msg) => {
          if ('ready' in msg) e.ready = true;
          else if ('fatal' in msg) e.fatal ??= rebuildError(msg.fatal);
        },
        error: (err) => void (e.gone ??= err.message.split('\n')[0] ?? 'error'),
        exit: (code) => void (e.gone ??= `exit code ${code}`),
      };
      e.worker.on('message', e.listeners.message).on('error', e.listeners.error).on('exit', e.listeners.exit);
      e.worker.unref(); // never what keeps the process alive: a batch takes it over, or close() stops it
      return e;
    });
  }

  /** Workers neither taken over nor stopped yet. */
  get size(): number {
    return this.early.length;
  }

  /** The workers, handed over to a batch (at most `n`; the others are stopped). */
  take(n: number): Early[] {
    const taken = this.early.splice(0, n);
    void this.close();
    for (const e of taken) {
      e.worker.off('message', e.listeners.message).off('error', e.listeners.error).off('exit', e.listeners.exit);
      e.worker.ref();
    }
    return taken;
  }

  /** Stop the workers no batch took over. */
  async close(): Promise<void> {
    const rest = this.early.splice(0);
    await Promise.all(rest.map((e) => e.worker.terminate()));
  }
}

/**
 * Start the worker threads a batch with these options would start, before its tasks are all known (the CLI
 * calls it while it walks the folders, once there are enough notes for workers): their start-up (loading
 * the checker, compiling the patterns) then overlaps the rest of the walk. Undefined when the batch would
 * run in-process anyway (`jobs` 1, no compiled worker file). Pass the result as `prestarted`.
 */
export function prestartWorkers(opts: Pick<BatchOptions, 'jobs' | 'checkModule' | 'workerUrl' | 'checkFn'> = {}): Prestarted | undefined {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const workerUrl = jobs > 1 ? (opts.workerUrl ?? defaultWorkerUrl()) : undefined;
  if (!workerUrl) return undefined;
  return new Prestarted(toModuleHref(opts.checkModule ?? defaultCheckModule()), workerUrl, workerCount(jobs, opts.checkFn));
}

/** With an in-process check function the main thread is one of the `jobs` checkers, so one worker fewer. */
function workerCount(jobs: number, checkFn: CheckFn | undefined): number {
  return checkFn ? Math.max(1, jobs - 1) : jobs;
}

/** Check every task; yields each note's results in input order. */
export async function* runBatch(tasks: Iterable<Task> | AsyncIterable<Task>, opts: BatchOptions = {}): AsyncGenerator<NoteResult[]> {
  yield* runTasks(tasks, opts, async () => resultsMode);
}

/** Check every task; yields each note rendered in `opts.render`'s format, in input order. */
export async function* renderBatch(tasks: Iterable<Task> | AsyncIterable<Task>, opts: RenderOptions): AsyncGenerator<Rendered> {
  yield* runTasks(tasks, opts, async () => renderMode(opts.render, opts.renderFn ?? (await loadRenderer(opts.render))));
}

async function* runTasks<T>(tasks: Iterable<Task> | AsyncIterable<Task>, opts: BatchOptions, getMode: () => Promise<Mode<T>>): AsyncGenerator<T> {
  try {
    yield* chooseAndRun(tasks, opts, getMode);
  } finally {
    await opts.prestarted?.close(); // whatever the batch did not take over
  }
}

async function* chooseAndRun<T>(tasks: Iterable<Task> | AsyncIterable<Task>, opts: BatchOptions, getMode: () => Promise<Mode<T>>): AsyncGenerator<T> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  const checkOptions = opts.checkOptions ?? {};
  const checkModule = toModuleHref(opts.checkModule ?? defaultCheckModule());
  const next = puller(tasks);
  const threshold = opts.inProcessBelow ?? 8;

  // Look ahead just far enough to know whether workers are worth starting.
  const head: Task[] = [];
  let exhausted = false;
  const workerUrl = jobs > 1 ? (opts.workerUrl ?? defaultWorkerUrl()) : undefined;
  if (workerUrl) {
    while (head.length < threshold) {
      const r = await next();
      if (r.done) {
        exhausted = true;
        break;
      }
      head.push(r.value);
    }
  }

  const total = Array.isArray(tasks) ? tasks.length : undefined;
  const worth = opts.workersWorthSeconds;
  // a batch whose size is known and too small for workers at first sight starts in-process and decides later
  const probe = worth !== undefined && total !== undefined && (total * ASSUMED_NOTE_MS) / 1000 < worth;
  // workers started ahead with another check module are of no use here
  const prestarted = opts.prestarted?.checkModule === checkModule ? opts.prestarted : undefined;
  if (opts.prestarted && !prestarted) await opts.prestarted.close();
  const workerOptions = {
    jobs,
    maxSize,
    checkOptions,
    checkModule,
    window: opts.window,
    onMode: opts.onMode,
    checkFn: opts.checkFn,
    prestarted,
  };

  if (!workerUrl || exhausted || probe) {
    opts.onMode?.(0);
    // in-process for good (a probe may still start workers: those started ahead wait for it)
    if (!workerUrl || exhausted) await prestarted?.close();
    if (exhausted && head.length === 0) return;
    const check = opts.checkFn ?? (await loadCheckFn(checkModule));
    const mode = await getMode();
    let turned = performance.now();
    const one = async (t: Task): Promise<T> => {
      // every await so far was a microtask: let timers, signals and I/O callbacks in now and then
      if (performance.now() - turned > TURN_MS) {
        await turn();
        turned = performance.now();
      }
      return mode.local(await executeTask(t, check, checkOptions, maxSize));
    };
    let done = 0;
    let spans = 0;
    let span = { at: 0, done: 0 }; // the start of the current span (the first one starts after the first note)
    /** Whether the notes left are now worth starting workers for (only while probing). */
    const switchNow = (): boolean => {
      if (!probe || !workerUrl || exhausted) return false;
      const now = performance.now();
      if (++done === 1) span = { at: now, done };
      else if (now - span.at >= PROBE_SPAN_MS) {
        const perNote = (now - span.at) / (done - span.done);
        span = { at: now, done };
        return ++spans >= PROBE_SPANS && ((total! - done) * perNote) / 1000 > worth!;
      }
      return false;
    };
    while (head.length) {
      yield await one(head.shift()!);
      if (switchNow()) return yield* runWorkers(head, next, mode, { ...workerOptions, workerUrl: workerUrl! });
    }
    if (!exhausted) {
      for (let r = await next(); !r.done; r = await next()) {
        yield await one(r.value);
        if (switchNow()) return yield* runWorkers([], next, mode, { ...workerOptions, workerUrl: workerUrl! });
      }
    }
    return;
  }

  yield* runWorkers(head, next, await getMode(), { ...workerOptions, workerUrl });
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Sequence numbers sent to this worker and not answered yet, oldest first. */
  load: number[];
}

async function* runWorkers<T>(
  head: Task[],
  next: () => Promise<IteratorResult<Task>>,
  mode: Mode<T>,
  o: {
    jobs: number;
    maxSize: number;
    checkOptions: Record<string, unknown>;
    checkModule: string;
    workerUrl: URL;
    window?: number;
    onMode?: (n: number) => void;
    checkFn?: CheckFn;
    prestarted?: Prestarted;
  },
): AsyncGenerator<T> {
  // wide enough that the main thread, checking notes of its own, rarely waits for a worker's older notes
  // (a worker just started is slow for its first notes); results are small, memory stays flat
  const window = o.window ?? Math.max(1024, o.jobs * 128);
  const init: WorkerInit = { oplintWorker: true, checkModule: o.checkModule, checkOptions: o.checkOptions, maxSize: o.maxSize };
  if (mode.render) init.render = mode.render;

  const tasks = new Map<number, Task>(); // dispatched, not answered
  const done = new Map<number, T>(); // answered, not yielded
  const retry: number[] = []; // seqs to send again (their worker died)
  const suspects = new Set<number>(); // seqs that were in a worker when it died: they run alone
  const handoff: number[] = []; // large notes the main thread read and passes to a worker
  const slots: Slot[] = [];
  let seqNext = 0;
  let yieldNext = 0;
  let exhausted = false;
  let fatal: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const pending: Task[] = [...head];
  const pull = async (): Promise<Task | undefined> => {
    if (pending.length) return pending.shift();
    if (exhausted) return undefined;
    const r = await next();
    if (r.done) {
      exhausted = true;
      return undefined;
    }
    return r.value;
  };

  /** Listen to a worker's messages and death; a worker that dies is replaced (unless the run is over). */
  const attach = (slot: Slot): Slot => {
    const onDeath = (why: string): void => {
      if (slots.indexOf(slot) === -1) return; // already handled or shutting down
      slots.splice(slots.indexOf(slot), 1);
      if (!slot.ready) {
        fatal ??= new Error(`cannot start a worker thread: ${why}`);
      } else {
        // A worker runs a batch without reporting each note, so a crash cannot be pinned on one note of a
        // batch: every unanswered note is sent again alone, and a note that stops a worker on its own is blamed.
        if (slot.load.length === 1) {
          const blamed = slot.load[0]!;
          const t = tasks.get(blamed)!;
          tasks.delete(blamed);
          suspects.delete(blamed);
          done.set(blamed, mode.local([errorResult(taskSource(t), `internal error: worker stopped (${why})`)]));
        } else {
          retry.push(...slot.load);
          for (const q of slot.load) suspects.add(q);
        }
        retry.sort((a, b) => a - b);
        if (!fatal) slots.push(spawn());
      }
      notify();
    };
    slot.worker.on('message', (msg: FromWorker) => {
      if ('ready' in msg) {
        slot.ready = true;
      } else if ('fatal' in msg) {
        fatal ??= rebuildError(msg.fatal);
      } else {
        const outs = mode.remote(msg);
        msg.ids.forEach((id, i) => {
          slot.load.splice(slot.load.indexOf(id), 1);
          tasks.delete(id);
          suspects.delete(id);
          done.set(id, outs[i]!);
        });
      }
      notify();
    });
    slot.worker.on('error', (err) => onDeath(err.message.split('\n')[0] ?? 'error'));
    slot.worker.on('exit', (code) => onDeath(`exit code ${code}`));
    return slot;
  };
  const spawn = (): Slot => attach({ worker: new Worker(o.workerUrl, { workerData: init }), ready: false, load: [] });
  /** A worker started ahead: it gets its settings first, then tasks like any other. */
  const adopt = (e: Early): void => {
    if (e.fatal) fatal ??= e.fatal;
    if (e.gone) {
      // it stopped before this batch took it over: before it was ready, as a worker that cannot start;
      // after (while it warmed up), it is replaced
      if (!e.ready) fatal ??= new Error(`cannot start a worker thread: ${e.gone}`);
      else if (!fatal) slots.push(spawn());
      return;
    }
    slots.push(attach({ worker: e.worker, ready: e.ready, load: [] }));
    e.worker.postMessage({ init } satisfies ToWorker);
  };

  // With an in-process check function the main thread is one of the `jobs` checkers (it is otherwise idle
  // between results), so one worker fewer is started.
  const workers = workerCount(o.jobs, o.checkFn);
  for (const e of o.prestarted?.take(workers) ?? []) adopt(e);
  while (slots.length < workers && !fatal) slots.push(spawn());
  o.onMode?.(workers);

  const dispatch = (seqs: number[], slot: Slot): void => {
    slot.load.push(...seqs);
    slot.worker.postMessage({ ids: seqs, tasks: seqs.map((q) => tasks.get(q)!) } satisfies ToWorker);
  };
  /** The least loaded ready worker with room for a whole batch (never one running a crash suspect). */
  const freeSlot = (): Slot | undefined => {
    let best: Slot | undefined;
    for (const s of slots) {
      if (!s.ready || s.load.length > PER_WORKER - BATCH || s.load.some((q) => suspects.has(q))) continue;
      if (!best || s.load.length < best.load.length) best = s;
    }
    return best;
  };
  const room = (): number => window - (seqNext - yieldNext);

  try {
    for (;;) {
      if (fatal) throw fatal;
      // Everything ready goes out first, in order: that frees the window for the workers' next batches.
      while (done.has(yieldNext)) {
        const ready = done.get(yieldNext)!;
        done.delete(yieldNext);
        yieldNext++;
        yield ready;
        if (fatal) throw fatal;
      }
      if (exhausted && pending.length === 0 && yieldNext === seqNext) return;
      // suspects of a crash run alone, on an idle worker, so that a crash can be pinned on one note
      for (const idle of slots) {
        if (!retry.length) break;
        if (idle.ready && idle.load.length === 0) dispatch(retry.splice(0, 1), idle);
      }
      for (let slot = freeSlot(); slot && handoff.length; slot = freeSlot()) dispatch(handoff.splice(0, 1), slot);
      // Whole batches to workers with room for one (a part of one only to an idle worker, or at the end of
      // the input): a worker fed one note at a time waits for every round trip.
      for (let slot = freeSlot(); slot && !exhausted; slot = freeSlot()) {
        if (room() < (slot.load.length ? BATCH : 1)) break;
        const batch: number[] = [];
        while (batch.length < BATCH && room() > 0) {
          const t = await pull();
          if (t === undefined) break;
          const seq = seqNext++;
          if ('error' in t) {
            done.set(seq, mode.local([errorResult(t.source, t.error)])); // nothing to check: skip the round trip
          } else {
            tasks.set(seq, t);
            batch.push(seq);
          }
          if (fatal) throw fatal;
        }
        if (batch.length) dispatch(batch, slot);
        else break;
      }
      // The main thread checks new notes too (never a crash suspect: those run alone on a worker), one at a
      // time, yielding to the event loop so worker messages get through; it leaves room in the window for
      // every worker's next batches, so running ahead never starves them.
      if (o.checkFn && !exhausted && room() > slots.length * PER_WORKER) {
        const pulled = await pull();
        if (pulled !== undefined) {
          const seq = seqNext++;
          const t = await inHand(pulled, o.maxSize);
          if (inputSize(t) > MAIN_MAX_BYTES) {
            tasks.set(seq, t);
            handoff.push(seq);
          } else {
            done.set(seq, mode.local(await executeTask(t, o.checkFn, o.checkOptions, o.maxSize)));
            await turn();
          }
          continue;
        }
      }
      if (done.has(yieldNext) || (exhausted && pending.length === 0 && yieldNext === seqNext)) continue;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    const all = slots.splice(0);
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
}
