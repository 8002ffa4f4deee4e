/**
 * Evidence highlighting: the note text with every evidence quote wrapped in `<mark>` at its exact position.
 *
 * Positions come from the contract (1-based line and column on the note as given, lines split at LF, CR LF
 * and a lone CR, as src/text/normalize.ts does); a quote is marked only when the text at that position is
 * the quote itself, so a note that changed since it was checked never gets a wrong highlight.
 *
 * Overlapping quotes: marks nest when one quote lies inside another (or both are the same span); a quote
 * that crosses the end of another is split into pieces that share `data-ev`, so the joined text of the
 * pieces of one quote is always the quote. The first piece carries the `id` rows link to.
 */
import type { Evidence } from '../../types.js';
/** One quote to mark. */
export interface Span {
    start: number;
    end: number;
    /** Element id (data-element). */
    element: string;
    /** Element label, for the back link's accessible name. */
    label: string;
    /** id of the mark's first piece. */
    id: string;
    /** id of the checklist row the back link goes to. */
    row: string;
    /** Sequence number shared by the pieces of this quote. */
    ev: number;
}
/**
 * Offsets where each line of `text` starts: after LF, after CR LF, after a lone CR, the rule of
 * src/text/normalize.ts (test/html.test.ts holds them equal), without normalising the whole text.
 */
export declare function lineStarts(text: string): number[];
/** Offset of an evidence quote in `text`, or undefined when the text there is not the quote. */
export declare function locate(text: string, starts: number[], ev: Evidence): number | undefined;
/** `text` as escaped HTML with the spans marked (see the module comment for overlaps). */
export declare function highlight(text: string, spans: Span[]): string;
