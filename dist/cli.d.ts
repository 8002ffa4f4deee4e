/**
 * On a signal (bin/ calls this on SIGINT / SIGTERM, just before exiting): write out the results already
 * buffered for stdout (they are whole notes; a reader gets every note finished before the signal, as when
 * each note was written on its own), then remove the temporary files of reports still being written.
 */
export declare function removePendingOutputs(): number;
/** Where the CLI reads and writes; tests pass their own. */
export interface CliIO {
    stdin: NodeJS.ReadableStream & {
        isTTY?: boolean;
    };
    stdout: NodeJS.WritableStream & {
        isTTY?: boolean;
    };
    stderr: NodeJS.WritableStream & {
        isTTY?: boolean;
    };
    env: Record<string, string | undefined>;
    cwd: string;
}
/** Run the CLI; resolves to the exit code (only bin/ exits). */
export declare function main(argv: string[], io?: Partial<CliIO>): Promise<number>;
