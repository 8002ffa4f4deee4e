/** More notes than this before a bar is worth drawing. */
export declare const PROGRESS_MIN_NOTES = 20;
export interface ProgressEnv {
    /** Is stderr a terminal (`process.stderr.isTTY`)? */
    isTTY: boolean | undefined;
    /** Environment (CI, TERM). */
    env: Record<string, string | undefined>;
    /** `--progress/--no-progress` (commander gives `progress: false` for `--no-progress`); undefined = default on. */
    flag?: boolean;
    /** Number of notes, if known; undefined = not known yet (the bar decides lazily). */
    count?: number;
}
/** Whether a progress bar may be shown at all (the count rule is applied here when the count is known). */
export declare function shouldShowProgress({ isTTY, env, flag, count }: ProgressEnv): boolean;
export interface Progress {
    /** Count `n` more notes done (default 1). */
    tick(n?: number): void;
    /** Set or update the total once it is known. */
    setTotal(n: number): void;
    /** Run `write` (e.g. printing a result to the same terminal) with the bar cleared, then redraw it. */
    interrupt(write: () => void): void;
    /** Remove the bar (call before the final summary is printed, and on errors). */
    stop(): void;
}
/** The bar's text for given figures; exported for tests. */
export declare function progressLine(done: number, total: number | undefined, elapsedMs: number, barWidth?: number): string;
export interface CreateProgressOptions {
    /** Known total number of notes (optional; see `setTotal`). */
    total?: number;
    /** From `shouldShowProgress(...)`; false gives a no-op object. */
    enabled: boolean;
    /** Output stream (default `process.stderr`). */
    stream?: NodeJS.WritableStream & {
        isTTY?: boolean;
    };
    /** Clock, for tests (default `Date.now`). */
    now?: () => number;
}
export declare function createProgress(opts: CreateProgressOptions): Progress;
