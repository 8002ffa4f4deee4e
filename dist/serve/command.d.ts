import type { Command } from 'commander';
import type { CliIO } from '../cli.js';
export interface ServeFlags {
    port?: string;
    host?: string;
    allowRemote?: boolean;
    open?: boolean;
    maxSize?: string;
    patterns?: string[];
    config?: string;
}
/**
 * Run the server until `stop` is aborted (or SIGINT / SIGTERM when no signal is given). Resolves to the exit
 * code. Throws UsageError for bad options or a port that cannot be used.
 */
export declare function runServe(flags: ServeFlags, io: CliIO, stop?: AbortSignal): Promise<number>;
/**
 * Registers `oplint serve` on the program. Owned by the serve module (issue 12); the CLI only calls this.
 * `done(code)` reports the exit code once the server has stopped.
 */
export declare function registerServe(program: Command, io: CliIO, done: (code: number) => void): void;
