/** Small helpers for building regular expressions from word lists (pattern files). */
/** `s` with every regex metacharacter escaped. */
export declare function escapeRegExp(s: string): string;
/**
 * An alternation of phrases, longest first (so the longest phrase wins at one position), each escaped and
 * with its spaces matching `space` (any run of whitespace by default).
 */
/**
 * The item of `text` that holds the span [start, end): from the end of the last `separator` match before `start` to the
 * start of the first one at or after `end` (the text's ends when there is none). `separator` must be global; its
 * lastIndex is reset here.
 */
export declare function itemAround(text: string, start: number, end: number, separator: RegExp): {
    from: number;
    to: number;
};
export declare function phrases(words: readonly string[], space?: string): string;
/** One match of an {@link OrderedAlternation}: which alternative (its index in the list given), and where. */
export interface AlternativeMatch {
    alt: number;
    start: number;
    end: number;
    text: string;
}
/**
 * Every match of the alternation `(a0)|(a1)|...` in a text, left to right, exactly as one global regex would
 * find them (the leftmost match; at one position the first alternative in the list that matches; after an
 * empty match the search goes on one character later), but faster: the alternatives that start with a word
 * boundary run as one regex with that boundary factored out (`\b(?:(a0')|(a1')...)`), so the engine rejects a
 * position inside a word with one test instead of one per alternative; the others run as a second regex, and
 * the two streams are merged by position, then by list order.
 */
export declare class OrderedAlternation {
    private readonly parts;
    constructor(sources: readonly string[], flags: string);
    /** All matches in `text`. */
    matchAll(text: string): AlternativeMatch[];
}
