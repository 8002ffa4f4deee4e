/**
 * The surgeon a note names in a header field ("Surgeon: Dr. A", "Attending: …", "Primary surgeon: …"),
 * used to group a report by surgeon. Only an explicit field counts: nothing is inferred from signatures or
 * from the narrative, and fields for assistants, residents or anaesthesia are not surgeons.
 */
/** A field line: optional qualifier, the field name, a colon (or dash) and a short value. */
const FIELD = /^[ \t]*(?:(?:primary|attending|operating|performing|responsible)[ \t]+)?(?:surgeon(?:\(s\)|s)?|attending(?:[ \t]+(?:surgeon|physician))?)[ \t]*(?::|-[ \t])[ \t]*(\S[^\n\r]*)$/im;
/** Values that say there is no name. */
const EMPTY = /^(?:n\/?a|none|unknown|tbd|-+|_+)$/i;
/** The surgeon named in the note's header field, or undefined when there is none. */
export function surgeonOf(text) {
    const m = FIELD.exec(text);
    if (!m)
        return undefined;
    // "Surgeon: Dr. A   Assistant: Dr. B" on one line: the value stops at the next field
    let v = m[1].split(/\s{2,}|\t|\s+(?=(?:co-?surgeon|assistant|assist|resident|anesthesia|anaesthesia|anesthesiologist)s?\b)/i)[0].trim();
    v = v.replace(/[,;:]+$/, '').replace(/(?<=[a-z]{2})\.$/, '').replace(/\s+/g, ' ');
    if (!v || EMPTY.test(v) || v.length > 80)
        return undefined;
    return v;
}
