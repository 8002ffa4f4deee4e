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
