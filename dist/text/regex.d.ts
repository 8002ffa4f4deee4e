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
/**
 * The characters a regex source can start a match with, lower-cased (the alternations here are case-insensitive),
 * or null when that is not simple to tell: a class such as `\s` or `.`, a negated class, an optional first atom,
 * an empty branch. Zero-width assertions at the start (`\b`, lookarounds, `^`) are passed over.
 */
export declare function leadChars(src: string): Set<string> | null;
/**
 * The alternation `prefix(?:(a0)|(a1)|...)suffix` of a case-insensitive global regex, run as up to two regexes that
 * find exactly what the one would (the leftmost match; at one position the first alternative in the list whose
 * match the suffix accepts), but faster on long lexicons.
 *
 * Why: the regex engine skips ahead quickly to the positions where an alternation can start only while every
 * alternative opens with something it can read ahead (a letter, a known group). One alternative that opens with
 * a lookbehind or an optional word is tried, with all the others, at every position of the text; measured on the
 * bench corpus, a few such alternatives made a 175-term lexicon 15 times slower. So those alternatives run in a
 * second regex, where an alternative that opens with a lookaround is first guarded by a one-character lookahead
 * of the characters its match can start with (`(?=[bt])(?<!...)`), and the two streams are merged by position,
 * then by list order.
 */
export declare class SplitAlternation {
    private readonly parts;
    private text;
    /** Per part: the search start of its cached match, and the match (null: none at or after that start). */
    private cache;
    constructor(alternatives: readonly string[], opts: {
        flags: string;
        prefix?: string;
        suffix?: string;
    });
    /** The first match at or after `from`, as the single regex with lastIndex `from` would find it. */
    exec(text: string, from: number): AlternativeMatch | null;
}
