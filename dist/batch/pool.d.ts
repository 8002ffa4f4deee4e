import type { NoteResult } from '../types.js';
import { type Rendered, type RenderFn, type RenderSpec } from './render.js';
import { type CheckFn, type Task } from './worker.js';
export { errorResult, FATAL_ERRORS, type CheckFn, type CheckOptions, type Task } from './worker.js';
export type { Rendered, RenderFn, RenderSpec, ResultDigest } from './render.js';
export interface BatchOptions {
    /** Worker threads (default: `os.availableParallelism()`); 1 runs in-process. */
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
    /** Run in-process when there are fewer tasks than this (default 8). */
    inProcessBelow?: number;
    /** Most notes pulled but not yet yielded (default: 128 per thread, at least 1024). */
    window?: number;
    /** Called with the number of workers actually started (0 = in-process); for diagnostics and tests. */
    onMode?: (workers: number) => void;
}
export interface RenderOptions extends BatchOptions {
    /** The stream format to render each note in (sent to the workers). */
    render: RenderSpec;
    /** In-process render function (default: loaded from the spec). */
    renderFn?: RenderFn;
}
/** Check every task; yields each note's results in input order. */
export declare function runBatch(tasks: Iterable<Task> | AsyncIterable<Task>, opts?: BatchOptions): AsyncGenerator<NoteResult[]>;
/** Check every task; yields each note rendered in `opts.render`'s format, in input order. */
export declare function renderBatch(tasks: Iterable<Task> | AsyncIterable<Task>, opts: RenderOptions): AsyncGenerator<Rendered>;
