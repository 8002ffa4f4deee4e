import type { Command } from 'commander';
import type { CliIO } from '../cli.js';

/**
 * Registers `oplint serve` on the program. Owned by the serve module (issue 12); the CLI only calls this.
 * `done(code)` reports the exit code once the server has stopped.
 */
export function registerServe(program: Command, io: CliIO, done: (code: number) => void): void {
  void program;
  void io;
  void done;
}
