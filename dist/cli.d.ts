export { removePendingOutputs } from './io/output.js';
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
