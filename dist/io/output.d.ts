import { type WriteStream } from 'node:fs';
/** A report that could not be written. The CLI prints the message on one line and exits 2. */
export declare class OutputError extends Error {
    constructor(message: string);
}
/** Remove every temporary report file still open (synchronous: safe in a signal handler). Returns how many. */
export declare function removePendingOutputs(): number;
export interface ReportFile {
    /** Where the report text goes. Errors are captured (never thrown as unhandled 'error' events). */
    stream: WriteStream;
    /** The first write error, if any (check it between writes to stop early). */
    readonly error: OutputError | undefined;
    /** Finish: flush, fsync, rename over the target. Throws OutputError when anything failed. */
    commit(): Promise<void>;
    /** Give up: close and remove the temporary file; the target is left as it was. */
    abort(): void;
}
/**
 * Open `target` (absolute) for a report; `shown` is the path as the user typed it, for messages.
 * Throws OutputError when the folder cannot be created or the file cannot be opened.
 */
export declare function openReportFile(target: string, shown?: string): Promise<ReportFile>;
/** Buffered text is written once it reaches this many characters... */
export declare const CHUNK_CHARS: number;
/** ...or once its oldest part has waited this long (ms), so a long run's results still appear as they come. */
export declare const FLUSH_MS = 100;
/** Write out every registered writer's buffered text (synchronous for files, pipes and terminals on POSIX). */
export declare function flushBufferedOutputs(): void;
/**
 * Report text gathered into chunks of about 64 KB: one write (one system call for stdout) per chunk instead
 * of one per note. Text is written at the latest {@link FLUSH_MS} after it was added: checked on every
 * `write` (a busy event loop) and by a timer (an idle one, e.g. waiting for worker threads). Only whole
 * pieces are buffered, so what a flush writes always ends where a note's text ends.
 */
export declare class ChunkedWriter {
    private readonly sink;
    private readonly opts;
    private parts;
    private size;
    private since;
    private timer;
    /**
     * @param sink writes one chunk and returns the stream's `write()` answer (false: wait for 'drain').
     * @param opts.onSignal flush this writer when the process is stopped by a signal (see flushBufferedOutputs).
     */
    constructor(sink: (text: string) => boolean, opts?: {
        chunk?: number;
        interval?: number;
        onSignal?: boolean;
    });
    /** Add text; returns false when a flush it caused was told to wait for 'drain'. */
    write(text: string): boolean;
    /** Write out what is buffered; returns the stream's answer (true when there was nothing to write). */
    flush(): boolean;
    /** Flush and stop (no timer left behind, no signal flush). */
    close(): boolean;
    /** Drop what is buffered (the report is being abandoned). */
    discard(): void;
}
