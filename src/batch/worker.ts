/**
 * One batch task, run the same way in a worker thread or in-process, and the worker thread's loop.
 *
 * In a worker (started by pool.ts with `workerData.oplintWorker`), the module imports the check module
 * once (`workerData.checkModule`, default `../check.js`, which exports `checkNoteAll`), says `ready`,
 * then answers `{ ids, tasks }` messages with one message for the batch: the results as one JSON string,
 * or, when `workerData.render` names a stream format, each note already rendered (text and digests, see
 * render.ts). A file task is read here, so the note text never crosses threads. Errors in one note become
 * an `error` result; errors that make the whole run invalid (a broken pattern pack) are reported as
 * `{ fatal }` and stop the batch.
 *
 * A worker started before its batch is known (`prestartWorkers` in pool.ts: while the CLI walks the folders)
 * gets only `{ oplintWorker, checkModule, deferred }`: it loads the check module, says `ready`, checks one
 * short built-in note (so patterns are loaded and compiled before the first real note), and takes the rest
 * of its settings from its first message, `{ init }`.
 *
 * Imported in the main thread (by pool.ts), the module only exports its helpers.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkText, DEFAULT_MAX_SIZE, extractBytes, readDocument, type DocumentResult } from '../io/read.js';
import type { Locator } from '../io/extract/types.js';
import type { Evidence, NoteFormat, NoteResult } from '../types.js';
import { loadRenderer, type Rendered, type RenderFn, type RenderSpec } from './render.js';

/** Options passed through to `checkNoteAll` (the check module's own type); must be structured-cloneable. */
export type CheckOptions = { source: string; [key: string]: unknown };
export type CheckFn = (text: string, opts: CheckOptions) => NoteResult[];

/**
 * A unit of batch work.
 * - `{ path }`: a file, read by whoever runs the task; `source` defaults to `path`. The file goes through the
 *   extraction stage (src/io/extract): a file holding several notes (an HL7 batch, a FHIR Bundle) gives
 *   several notes, whose sources are `<source>#<n>` (1-based, file order). `regular`: a folder walk saw a
 *   regular file there, so it is opened without a `stat` first (see `readBytes`).
 * - `{ source, data }`: bytes already in hand (stdin, a file read by the pool), extracted like a file; `name`
 *   (default `source`) is the file name whose extension decides when the content does not.
 * - `{ source, text }`: text already in hand (stdin, `--stdin-jsonl`); `warnings` are attached to the results.
 * - `{ source, error }`: an input known to be bad (missing path, malformed JSONL line); passes through as
 *   an `error` result in its place in the order.
 */
export type Task =
  | { path: string; source?: string; regular?: boolean }
  | { source: string; data: Uint8Array; name?: string }
  | { source: string; text: string; warnings?: string[] }
  | { source: string; error: string };

/** Error names that stop the whole batch instead of failing one note. */
export const FATAL_ERRORS = new Set(['PackError']);

export function taskSource(task: Task): string {
  return 'path' in task ? (task.source ?? task.path) : task.source;
}

/** The `error` result for a note that could not be checked. */
export function errorResult(source: string, message: string, format?: NoteFormat): NoteResult {
  const r: NoteResult = { source, status: 'error', code: null, suggestedCodes: [], devices: [], elements: [], error: { message } };
  if (format) r.format = format;
  return r;
}

/** Add the locator's pointer (page / segment / section) to an evidence item, by its line. */
function locate(ev: Evidence, locators: Locator[]): Evidence {
  let hit: Locator | undefined;
  for (const l of locators) {
    if (l.line > ev.line) break;
    hit = l;
  }
  if (!hit) return ev;
  const out: Evidence = { ...ev };
  if (hit.page !== undefined) out.page = hit.page;
  if (hit.segment !== undefined) out.segment = hit.segment;
  if (hit.section !== undefined) out.section = hit.section;
  return out;
}

/** The results with every evidence quote pointing back into the original file. */
export function withLocators(results: NoteResult[], locators: Locator[] | undefined): NoteResult[] {
  if (!locators?.length) return results;
  const fix = (evs: Evidence[]) => evs.map((e) => locate(e, locators));
  return results.map((r) => {
    const out: NoteResult = {
      ...r,
      devices: r.devices.map((d) => ({ ...d, evidence: fix(d.evidence) })),
      elements: r.elements.map((e) => ({
        ...e,
        evidence: fix(e.evidence),
        ...(e.explain ? { explain: e.explain.map((x) => (x.evidence ? { ...x, evidence: locate(x.evidence, locators) } : x)) } : {}),
      })),
    };
    // any other block of the result that quotes the note (e.g. a no-device outcome's evidence)
    for (const [k, v] of Object.entries(out)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as { evidence?: unknown }).evidence)) {
        (out as unknown as Record<string, unknown>)[k] = { ...v, evidence: fix((v as { evidence: Evidence[] }).evidence) };
      }
    }
    return out;
  });
}

/** Check one text; a thrown non-fatal error becomes an `error` result. */
function checkOne(text: string, source: string, warnings: string[], check: CheckFn, checkOptions: Record<string, unknown>, format?: NoteFormat, locators?: Locator[]): NoteResult[] {
  let results: NoteResult[];
  try {
    results = check(text, { ...checkOptions, source });
  } catch (err) {
    if (isFatal(err)) throw err;
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return [errorResult(source, `internal error: ${msg}`, format)];
  }
  results = withLocators(results, locators);
  // the HTML report shows the note with its evidence highlighted: it asks for the text (never in JSON)
  if (checkOptions.withText === true) results = results.map((r) => ({ ...r, text }) as NoteResult);
  if (warnings.length || format) {
    results = results.map((r) => {
      const out: NoteResult = { ...r };
      if (warnings.length) out.warnings = [...(r.warnings ?? []), ...warnings];
      if (format) out.format = format;
      return out;
    });
  }
  return results;
}

/** Results of an extracted file: one group per note, sources numbered when the file holds several. */
function documentResults(doc: DocumentResult, source: string, check: CheckFn, checkOptions: Record<string, unknown>, maxSize: number): NoteResult[] {
  if (!doc.ok) return [errorResult(source, doc.message)];
  const many = doc.items.length > 1;
  const out: NoteResult[] = [];
  doc.items.forEach((item, i) => {
    const src = many ? `${source}#${i + 1}` : source;
    if ('error' in item) {
      out.push(errorResult(src, item.error, doc.format));
      return;
    }
    const bad = checkText(item.text, { maxSize });
    if (bad) {
      out.push(errorResult(src, bad.message, item.format));
      return;
    }
    out.push(...checkOne(item.text, src, item.warnings, check, checkOptions, item.format, item.locators));
  });
  return out;
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
  if ('path' in task) return documentResults(await readDocument(task.path, { maxSize, regular: task.regular === true }), source, check, checkOptions, maxSize);
  if ('data' in task) return documentResults(await extractBytes(task.data, task.name ?? source, { maxSize }), source, check, checkOptions, maxSize);
  const bad = checkText(task.text, { maxSize });
  if (bad) return [errorResult(source, bad.message)];
  // text already in hand (stdin, --stdin-jsonl) is read as text, like a .txt file
  return checkOne(task.text, source, task.warnings ?? [], check, checkOptions, 'text');
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
  /** Render each note here (a stream format) instead of sending its results back. */
  render?: RenderSpec;
}
/** workerData of a worker started ahead of its batch: the rest of its {@link WorkerInit} comes in a message. */
export interface WorkerStart {
  oplintWorker: true;
  checkModule: string;
  deferred: true;
}
/** Tasks travel in small batches, and their results come back in one message: fewer, larger messages. */
export type ToWorker = { ids: number[]; tasks: Task[] } | { init: WorkerInit };
export type FromWorker =
  | { ready: true }
  /** results travel as one JSON string: cheaper than structured-cloning many small objects */
  | { ids: number[]; json: string }
  | { ids: number[]; rendered: Rendered[] }
  | { id?: number; fatal: { name: string; message: string } };

function serializeError(err: unknown): { name: string; message: string } {
  return err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) };
}

/** What a worker started ahead of its batch checks while it waits (a short note that places a device). */
const WARM_UP_NOTE = 'PROCEDURE: Irrigation and debridement of the left tibia.\nVancomycin 2 g was mixed with 40 g of cement on the back table and hand-rolled into beads, which were placed in the tibial canal.\nPLAN: Bead removal in 6 weeks.\n';

async function workerMain(data: WorkerInit | WorkerStart): Promise<void> {
  const port = parentPort!;
  let check: CheckFn;
  let render: RenderFn | undefined;
  let init: WorkerInit | undefined = 'deferred' in data ? undefined : data;
  try {
    check = await loadCheckFn(data.checkModule);
    if (init?.render) render = await loadRenderer(init.render);
  } catch (err) {
    port.postMessage({ fatal: serializeError(err) } satisfies FromWorker);
    return;
  }
  const answer = (ids: number[], out: NoteResult[][]): void => {
    if (render) port.postMessage({ ids, rendered: out.map(render) } satisfies FromWorker);
    else port.postMessage({ ids, json: JSON.stringify(out) } satisfies FromWorker);
  };
  // One task at a time, in arrival order: the oldest unanswered task is always the one running, so the
  // pool knows which note to blame if the thread dies.
  let chain: Promise<void> = Promise.resolve();
  port.on('message', (msg: ToWorker) => {
    chain = chain.then(async () => {
      if ('init' in msg) {
        init = msg.init;
        try {
          if (init.render) render = await loadRenderer(init.render);
        } catch (err) {
          port.postMessage({ fatal: serializeError(err) } satisfies FromWorker);
        }
        return;
      }
      const { checkOptions, maxSize } = init!;
      const out: NoteResult[][] = [];
      for (let i = 0; i < msg.tasks.length; i++) {
        try {
          out.push(await executeTask(msg.tasks[i]!, check, checkOptions, maxSize));
        } catch (err) {
          if (out.length) answer(msg.ids.slice(0, out.length), out);
          port.postMessage({ id: msg.ids[i], fatal: serializeError(err) } satisfies FromWorker);
          return;
        }
      }
      answer(msg.ids, out);
    });
  });
  port.postMessage({ ready: true } satisfies FromWorker);
  if (!init) {
    // waiting for its batch: load and compile the patterns now (what the first real note would pay for);
    // a note is checked on its own, so nothing of this one carries over
    try {
      check(WARM_UP_NOTE, { source: '-' });
    } catch {
      /* a broken pattern pack says so on the first real note */
    }
  }
}

if (!isMainThread && parentPort && (workerData as Partial<WorkerInit> | undefined)?.oplintWorker) {
  void workerMain(workerData as WorkerInit | WorkerStart);
}
