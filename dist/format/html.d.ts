import { type FormatContext, type Formatter } from './types.js';
export interface HtmlFormatContext extends FormatContext {
    /** The text of a note as it was checked, by its source (stdin, --stdin-jsonl); undefined when unknown. */
    noteText?: (source: string) => string | undefined;
    /** More notes than this are collapsed by default (default 50). */
    collapseAbove?: number;
    /** Page title (default "oplint report"). */
    title?: string;
}
export declare const COLLAPSE_ABOVE = 50;
export declare function createHtmlFormatter(ctx: HtmlFormatContext): Formatter;
export default createHtmlFormatter;
