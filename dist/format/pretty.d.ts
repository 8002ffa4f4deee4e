import { type FormatterFactory } from './types.js';
/** Width when the output is not a terminal (a file, a pipe, CI logs). */
export declare const DEFAULT_WIDTH = 80;
/**
 * The one wrapping helper: wrap `text` to `width` display columns (string-width: CJK and emoji count two,
 * combining marks and ANSI escapes none), the first line starting at column `first`, continuation lines
 * indented by `indent` spaces. A word longer than a line is broken (wrap-ansi, hard).
 */
export declare function wrap(text: string, indent: number, first?: number, width?: number): string;
/** A file name as shown in a terminal: control characters (ESC, CR, BEL, ...) escaped, never sent raw. */
export declare function safeName(s: string): string;
/** Human checklist per note, with evidence, denial risks and fixes; a batch summary at the end. */
export declare const createPrettyFormatter: FormatterFactory;
export default createPrettyFormatter;
