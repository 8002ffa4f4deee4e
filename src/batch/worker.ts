/**
 * One batch task, run the same way in a worker thread or in-process, and the worker thread's loop.
 *
 * In a worker (started by pool.ts with `workerData.oplintWorker`), the module imports the check module
 * once (`workerData.checkModule`, default `../check.js`, which exports `checkNoteAll`), says `ready`,
 * then answers `{ id, task }` messages with `{ id, results }`. A file task is read here, so the note text
 * never crosses threads. Errors in one note become an `error` result; errors that make the whole run
 * invalid (a broken pattern pack) are reported as `{ fatal }` and stop the batch.
 *
 * Imported in the main thread (by pool.ts), the module only exports its helpers.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkText, DEFAULT_MAX_SIZE, readNote } from '../io/read.js';
import type { NoteResult } from '../types.js';

/** Options passed through to `checkNoteAll` (the check module's own type); must be structured-cloneable. */
export type CheckOptions = { source: string; [key: string]: unknown };
export type CheckFn = (text: string, opts: CheckOptions) => NoteResult[];

/**
 * A unit of batch work.
 * - `{ path }`: a file, read by whoever runs the task; `source` defaults to `path`.
 * - `{ source, text }`: text already in hand (stdin, `--stdin-jsonl`); `warnings` are attached to the results.
 * - `{ source, error }`: an input known to be bad (missing path, malformed JSONL line); passes through as
 *   an `error` result in its place in the order.
 */
export type Task =
  | { path: string; source?: string }
  | { source: string; text: string; warnings?: string[] }
  | { source: string; error: string };

/** Error names that stop the whole batch instead of failing one note. */
export const FATAL_ERRORS = new Set(['PackError']);

export function taskSource(task: Task): string {
  return 'path' in task ? (task.source ?? task.path) : task.source;
}

/** The `error` result for a note that could not be checked. */
export function errorResult(source: string, message: string): NoteResult {
  return { source, status: 'error', code: null, suggestedCodes: [], devices: [], elements: [], error: { message } };
}

export function isFatal(err: unknown): boolean {
  return err instanceof Error && FATAL_ERRORS.has(err.name);
}

/** Run one task to its results (one per code). Throws only fatal errors. */
export async function executeTask(
  task: Task,
  check: CheckFn,
  checkOptions: Record<string, unknown>,
  maxSize: number = DEFAULT_MAX_SIZE,
): Promise<NoteResult[]> {
  const source = taskSource(task);
  if ('error' in task) return [errorResult(source, task.error)];
  let text: string;
  let warnings: string[];
  if ('path' in task) {
    const read = await readNote(task.path, { maxSize });
    if (!read.ok) return [errorResult(source, read.message)];
    text = read.text;
    warnings = read.warnings;
  } else {
    const bad = checkText(task.text, { maxSize });
    if (bad) return [errorResult(source, bad.message)];
    text = task.text;
    warnings = task.warnings ?? [];
  }
  let results: NoteResult[];
  try {
    results = check(text, { ...checkOptions, source });
  } catch (err) {
    if (isFatal(err)) throw err;
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return [errorResult(source, `internal error: ${msg}`)];
  }
  if (warnings.length) {
    results = results.map((r) => ({ ...r, warnings: [...(r.warnings ?? []), ...warnings] }));
  }
  return results;
}

/** Load `checkNoteAll` from a module URL or path. */
export async function loadCheckFn(moduleUrl: string): Promise<CheckFn> {
  const mod = (await import(moduleUrl)) as { checkNoteAll?: CheckFn };
  if (typeof mod.checkNoteAll !== 'function') throw new Error(`${moduleUrl} does not export checkNoteAll`);
  return mod.checkNoteAll;
}

// ---------------------------------------------------------------------------------------------------------
// Messages between pool and worker.

export interface WorkerInit {
  oplintWorker: true;
  checkModule: string;
  checkOptions: Record<string, unknown>;
  maxSize: number;
}
/** Tasks travel in small batches, and their results come back in one message: fewer, larger messages. */
export type ToWorker = { ids: number[]; tasks: Task[] };
export type FromWorker =
  | { ready: true }
  | { ids: number[]; json: string }
  | { id?: number; fatal: { name: string; message: string } };

function serializeError(err: unknown): { name: string; message: string } {
  return err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) };
}

async function workerMain(init: WorkerInit): Promise<void> {
  const port = parentPort!;
  let check: CheckFn;
  try {
    check = await loadCheckFn(init.checkModule);
  } catch (err) {
    port.postMessage({ fatal: serializeError(err) } satisfies FromWorker);
    return;
  }
  // One task at a time, in arrival order: the oldest unanswered task is always the one running, so the
  // pool knows which note to blame if the thread dies.
  let chain: Promise<void> = Promise.resolve();
  port.on('message', (msg: ToWorker) => {
    chain = chain.then(async () => {
      const out: NoteResult[][] = [];
      for (let i = 0; i < msg.tasks.length; i++) {
        try {
          out.push(await executeTask(msg.tasks[i]!, check, init.checkOptions, init.maxSize));
        } catch (err) {
          if (out.length) port.postMessage({ ids: msg.ids.slice(0, out.length), json: JSON.stringify(out) } satisfies FromWorker);
          port.postMessage({ id: msg.ids[i], fatal: serializeError(err) } satisfies FromWorker);
          return;
        }
      }
      // results travel as one JSON string: cheaper than structured-cloning many small objects
      port.postMessage({ ids: msg.ids, json: JSON.stringify(out) } satisfies FromWorker);
    });
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}

if (!isMainThread && parentPort && (workerData as Partial<WorkerInit> | undefined)?.oplintWorker) {
  void workerMain(workerData as WorkerInit);
}
