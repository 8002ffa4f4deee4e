/** Escape for text content and (double- or single-quoted) attribute values. */
export declare function esc(s: string): string;
/**
 * Escape note text for a `<pre>`: as `esc`, and a carriage return becomes `&#13;` (the HTML parser turns a
 * literal CR LF into LF, which would make a highlighted quote differ from the evidence text). NUL, which
 * the parser would replace anyway, becomes U+FFFD (one code unit, so positions hold).
 */
export declare function escNote(s: string): string;
/** A value for an `id` attribute built from our own counters and an element id (letters, digits, dashes). */
export declare function idPart(s: string): string;
