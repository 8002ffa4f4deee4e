/**
 * `--stdin-jsonl`: one `{"id": "...", "text": "..."}` object per line.
 *
 * Lines are split from raw bytes with a byte cap, so one enormous line can neither exhaust memory nor hit
 * V8's string length limit (`RangeError: Invalid string length`): a line longer than the cap is skipped to
 * its end without being kept, becomes an `error` result in its place, and the stream goes on.
 *
 * The cap is `--max-size` plus JSON overhead: {@link jsonlLineCap}. A note of `--max-size` bytes can grow
 * when JSON-escaped (control characters become `\u0000`, six bytes each; `ensure_ascii` writers turn a
 * three-byte character into `\uXXXX`), so the cap allows six bytes per note byte plus 64 KiB for the id and
 * other fields. A line under the cap whose text is still over `--max-size` is reported by the checker as
 * too large, like a file.
 */
import type { Task } from '../batch/pool.js';
/** Bytes allowed for one JSONL line when notes may be up to `maxSize` bytes. */
export declare function jsonlLineCap(maxSize: number): number;
export interface Line {
    /** 1-based line number. */
    n: number;
    /** The line without its line break (and without a trailing CR); undefined when it was over the cap. */
    text?: string;
    /** Byte length of an over-long line (counted, not kept). */
    bytes: number;
}
/** Split a byte stream into lines of at most `cap` bytes; longer lines come back without `text`. */
export declare function capLines(input: AsyncIterable<unknown>, cap: number): AsyncGenerator<Line>;
/** `--stdin-jsonl` tasks: a malformed or over-long line becomes an error result for that line. */
export declare function jsonlTasks(stdin: AsyncIterable<unknown>, maxSize: number): AsyncGenerator<Task>;
