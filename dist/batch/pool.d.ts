import { Worker } from 'node:worker_threads';
import type { NoteResult } from '../types.js';
import { type Rendered, type RenderFn, type RenderSpec } from './render.js';
import { type CheckFn, type FromWorker, type Task } from './worker.js';
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
/** A first guess of the main thread's time per note (ms; the 10,000-note bench corpus: about 0.2-0.3). */
export declare const ASSUMED_NOTE_MS = 0.25;
/**
 * Checking threads when none are asked for: one per core but one. V8 runs its garbage collector and compiler on
 * background threads (one checking thread keeps about 1.4 cores busy on the bench corpus), so on a 2-core
 * machine a second checking thread only competes with them: measured, 10,000 notes took 3.0 s with one thread
 * and 3.5 s with two. On larger machines the spare core serves those threads and the output.
 */
export declare function defaultJobs(): number;
/** A worker thread started ahead of its batch, and what it said before a batch took it over. */
interface Early {
    worker: Worker;
    ready: boolean;
    fatal?: Error;
    /** Why it stopped, if it did. */
    gone?: string;
    listeners: {
        message: (msg: FromWorker) => void;
        error: (err: Error) => void;
        exit: (code: number) => void;
    };
}
/** Worker threads started before a batch's tasks are all known; see {@link prestartWorkers}. */
export declare class Prestarted {
    readonly checkModule: string;
    private early;
    constructor(checkModule: string, workerUrl: URL, count: number);
    /** Workers neither taken over nor stopped yet. */
    get size(): number;
    /** The workers, handed over to a batch (at most `n`; the others are stopped). */
    take(n: number): Early[];
    /** Stop the workers no batch took over. */
    close(): Promise<void>;
}
/**
 * Start the worker threads a batch with these options would start, before its tasks are all known (the CLI
 * calls it while it walks the folders, once there are enough notes for workers): their start-up (loading
 * the checker, compiling the patterns) then overlaps the rest of the walk. Undefined when the batch would
 * run in-process anyway (`jobs` 1, no compiled worker file). Pass the result as `prestarted`.
 */
export declare function prestartWorkers(opts?: Pick<BatchOptions, 'jobs' | 'checkModule' | 'workerUrl' | 'checkFn'>): Prestarted | undefined;
/** Check every task; yields each note's results in input order. */
export declare function runBatch(tasks: Iterable<Task> | AsyncIterable<Task>, opts?: BatchOptions): AsyncGenerator<NoteResult[]>;
/** Check every task; yields each note rendered in `opts.render`'s format, in input order. */
export declare function renderBatch(tasks: Iterable<Task> | AsyncIterable<Task>, opts: RenderOptions): AsyncGenerator<Rendered>;
