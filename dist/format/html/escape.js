/**
 * HTML escaping for the report and the serve page. Every piece of text that comes from a note, a file name,
 * a pattern pack or a claim goes through `esc` (text and attribute values alike), so a note holding
 * `</script>` or `"><svg/onload=…>` renders as text.
 */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escape for text content and (double- or single-quoted) attribute values. */
export function esc(s) {
    return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
/**
 * Escape note text for a `<pre>`: as `esc`, and a carriage return becomes `&#13;` (the HTML parser turns a
 * literal CR LF into LF, which would make a highlighted quote differ from the evidence text). NUL, which
 * the parser would replace anyway, becomes U+FFFD (one code unit, so positions hold).
 */
export function escNote(s) {
    return s.replace(/[&<>"'\r\0]/g, (c) => (c === '\r' ? '&#13;' : c === '\0' ? '\uFFFD' : ENTITIES[c]));
}
/** A value for an `id` attribute built from our own counters and an element id (letters, digits, dashes). */
export function idPart(s) {
    return s.replace(/[^A-Za-z0-9_-]/g, '_');
}
