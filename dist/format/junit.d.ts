import { type FormatterFactory } from './types.js';
/** Escape text content; characters XML forbids become U+FFFD. */
export declare function xmlText(s: string): string;
/** Escape an attribute value (double-quoted); tabs and line breaks are kept as character references. */
export declare function xmlAttr(s: string): string;
export declare const createJunitFormatter: FormatterFactory;
export default createJunitFormatter;
