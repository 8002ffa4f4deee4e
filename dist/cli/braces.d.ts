/**
 * Brace expansion of path arguments, as bash does it: `notes/0{1,2}-*.txt` → `notes/01-*.txt`,
 * `notes/02-*.txt`; `n{1..3}.txt` → n1, n2, n3 (numeric ranges keep zero padding: `{01..03}`). Quoted
 * arguments, Windows cmd and pre-commit's argument lists reach oplint unexpanded; the `*` / `?` / `[...]`
 * that remain are matched by the folder walk. Nested braces are expanded from the outside in. A brace
 * with no top-level comma or range (`{x}`) is kept literally, as bash keeps it.
 */
export declare function expandBraces(arg: string, limit?: number): string[];
