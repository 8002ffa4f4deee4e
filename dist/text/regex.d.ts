/** Small helpers for building regular expressions from word lists (pattern files). */
/** `s` with every regex metacharacter escaped. */
export declare function escapeRegExp(s: string): string;
/**
 * An alternation of phrases, longest first (so the longest phrase wins at one position), each escaped and
 * with its spaces matching `space` (any run of whitespace by default).
 */
export declare function phrases(words: readonly string[], space?: string): string;
