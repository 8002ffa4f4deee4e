/**
 * Static guard against catastrophic backtracking in user regexes (`re:<regex>` pattern entries).
 *
 * V8's regex engine backtracks: a repeated group whose iterations can split the same text in many ways
 * (`(?:a+)+$`, `(a|a)*b`, `(.*a){12}`) takes exponential (or high-polynomial) time on a text that almost
 * matches. This module parses the source into a small tree and, for every quantifier that can repeat its
 * body (maximum count of 2 or more), rejects two shapes:
 *
 * 1. Overlapping iterations: the body can match texts of different lengths and one iteration can end with
 *    a character the next can start with (or the body can match the empty text). `(?:a+)+`, `(.*a){12}`,
 *    `(?:\w+\s?)+` are rejected; `(?:\w+\s+){0,4}` (a word then spaces: the split is forced) is accepted.
 * 2. Overlapping alternatives: the body is an alternation two of whose branches can start with the same
 *    character (or match the empty text): `(a|a)*`, `(?:a|ab)+`.
 *
 * Characters are compared on a representative alphabet (all of ASCII plus a few non-ASCII letters, spaces
 * and symbols), with case folding under the `i` flag. The test is conservative: it can reject a harmless
 * pattern such as `(?:ab?)+` (rewrite it, e.g. `(?:ab|a)+` → `a(?:b?a)*b?` or drop the repetition) but every
 * pattern it accepts is free of these two shapes. Lookarounds are analysed like groups; backreferences are
 * treated as "any text". Pure: no I/O, no dependencies.
 */
/**
 * Why a user regex source is unsafe to run on long notes, in one line, or undefined when it is accepted.
 * `flags` are the flags it will be compiled with (case folding matters: `[a-z]|[A-Z]` overlap under `i`).
 */
export declare function regexProblem(source: string, flags?: string): string | undefined;
