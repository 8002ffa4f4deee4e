import { phrases } from '../text/regex.js';
const cache = new WeakMap();
function compile(g) {
    let c = cache.get(g);
    if (!c) {
        const fields = phrases(g.surgeonFields, '[ \\t]+');
        const others = phrases(g.otherPeople, '[ \\t]+');
        c = {
            field: new RegExp(`^[ \\t]*(?:${fields})[ \\t]*(?::|-[ \\t])[ \\t]*(\\S[^\\n\\r]*)$`, 'im'),
            stop: new RegExp(`\\s{2,}|\\t|\\s+(?=(?:${others})\\b)`, 'i'),
            empty: new Set(g.emptyValues.map((v) => v.toLowerCase())),
        };
        cache.set(g, c);
    }
    return c;
}
/** The surgeon named in the note's header field, or undefined when there is none. */
export function surgeonOf(g, text) {
    const c = compile(g.header);
    const m = c.field.exec(text);
    if (!m)
        return undefined;
    // "Surgeon: Dr. A   Assistant: Dr. B" on one line: the value stops at the next field
    let v = m[1].split(c.stop)[0].trim();
    v = v.replace(/[,;:]+$/, '').replace(/(?<=[a-z]{2})\.$/, '').replace(/\s+/g, ' ');
    if (!v || c.empty.has(v.toLowerCase()) || v.length > 80)
        return undefined;
    return v;
}
