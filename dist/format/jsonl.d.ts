/**
 * `jsonl`: one contract-v1 NoteResult per line, written as each note finishes (nothing is buffered).
 * No header or summary line, so every line parses as a NoteResult; the exit code carries the verdict.
 */
import type { FormatterFactory } from './types.js';
export declare const createJsonlFormatter: FormatterFactory;
export default createJsonlFormatter;
