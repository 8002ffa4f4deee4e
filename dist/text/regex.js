/** Small helpers for building regular expressions from word lists (pattern files). */
/** `s` with every regex metacharacter escaped. */
export function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * An alternation of phrases, longest first (so the longest phrase wins at one position), each escaped and
 * with its spaces matching `space` (any run of whitespace by default).
 */
export function phrases(words, space = '\\s+') {
    return [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/\s+/g, space)).join('|');
}
