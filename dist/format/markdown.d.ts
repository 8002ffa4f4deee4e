/**
 * `markdown`: a report for pull requests and tickets (GitHub-flavoured Markdown): a summary table, the
 * per-element counts, a table of notes, then a checklist per note with ✅ pass, ⚠️ warn, ❌ fail, ➖ n/a.
 *
 * The summary goes first, so the formatter keeps each note's (short) section until `end()`; it is meant for
 * human-sized runs. All text from notes and packs is escaped: pipes, emphasis, links, HTML and line breaks.
 */
import type { ElementStatus } from '../types.js';
import { type FormatterFactory } from './types.js';
export declare const MARKS: Record<ElementStatus | 'error', string>;
/** Escape text for inline Markdown (table cells included): no markup, pipes and line breaks neutralised. */
export declare function mdEscape(s: string): string;
export declare const createMarkdownFormatter: FormatterFactory;
export default createMarkdownFormatter;
