import type { Locator } from '../io/extract/types.js';
import type { NoteFormat, NoteResult } from '../types.js';
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
 *   several notes, whose sources are `<source>#<n>` (1-based, file order).
 * - `{ source, data }`: bytes already in hand (stdin), extracted like a file.
 * - `{ source, text }`: text already in hand (stdin, `--stdin-jsonl`); `warnings` are attached to the results.
 * - `{ source, error }`: an input known to be bad (missing path, malformed JSONL line); passes through as
 *   an `error` result in its place in the order.
 */
export type Task = {
    path: string;
    source?: string;
} | {
    source: string;
    data: Uint8Array;
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
}
/** Tasks travel in small batches, and their results come back in one message: fewer, larger messages. */
export type ToWorker = {
    ids: number[];
    tasks: Task[];
};
export type FromWorker = {
    ready: true;
} | {
    ids: number[];
    json: string;
} | {
    id?: number;
    fatal: {
        name: string;
        message: string;
    };
};
