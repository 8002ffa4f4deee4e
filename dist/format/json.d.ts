import type { FormatterFactory } from './types.js';
/**
 * JSON contract v1, streamed: the header is written first, each result as it arrives, the summary last,
 * so memory stays flat however many notes are checked.
 */
export declare const createJsonFormatter: FormatterFactory;
export default createJsonFormatter;
