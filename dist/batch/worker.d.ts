import type { Locator } from '../io/extract/types.js';
import type { NoteFormat, NoteResult } from '../types.js';
import { type Rendered, type RenderSpec } from './render.js';
/** Options passed through to `checkNoteAll` (the check module's own type); must be structured-cloneable. */
export type CheckOptions = {
    source: string;
    [key: string]: unknown;
};
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
export type Task = {
    path: string;
    source?: string;
    regular?: boolean;
} | {
    source: string;
    data: Uint8Array;
    name?: string;
} | {
    source: string;
    text: string;
    warnings?: string[];
} | {
    source: string;
    error: string;
};
/** Error names that stop the whole batch instead of failing one note. */
export declare const FATAL_ERRORS: Set<string>;
export declare function taskSource(task: Task): string;
/** The `error` result for a note that could not be checked. */
export declare function errorResult(source: string, message: string, format?: NoteFormat): NoteResult;
/** The results with every evidence quote pointing back into the original file. */
export declare function withLocators(results: NoteResult[], locators: Locator[] | undefined): NoteResult[];
export declare function isFatal(err: unknown): boolean;
/** Run one task to its results (one per code). Throws only fatal errors. */
export declare function executeTask(task: Task, check: CheckFn, checkOptions: Record<string, unknown>, maxSize?: number): Promise<NoteResult[]>;
/** Load `checkNoteAll` from a module URL or path. */
export declare function loadCheckFn(moduleUrl: string): Promise<CheckFn>;
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
export type ToWorker = {
    ids: number[];
    tasks: Task[];
} | {
    init: WorkerInit;
};
export type FromWorker = {
    ready: true;
}
/** results travel as one JSON string: cheaper than structured-cloning many small objects */
 | {
    ids: number[];
    json: string;
} | {
    ids: number[];
    rendered: Rendered[];
} | {
    id?: number;
    fatal: {
        name: string;
        message: string;
    };
};
