import { esc, escNote } from './escape.js';
/**
 * Offsets where each line of `text` starts: after LF, after CR LF, after a lone CR, the rule of
 * src/text/normalize.ts (test/html.test.ts holds them equal), without normalising the whole text.
 */
export function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10))
            starts.push(i + 1);
    }
    return starts;
}
/** Offset of an evidence quote in `text`, or undefined when the text there is not the quote. */
export function locate(text, starts, ev) {
    const ls = starts[ev.line - 1];
    if (ls === undefined || ev.column < 1 || !ev.text)
        return undefined;
    const at = ls + ev.column - 1;
    return text.startsWith(ev.text, at) ? at : undefined;
}
/** `text` as escaped HTML with the spans marked (see the module comment for overlaps). */
export function highlight(text, spans) {
    const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end || a.ev - b.ev);
    if (!sorted.length)
        return escNote(text);
    const points = new Set([0, text.length]);
    for (const s of sorted) {
        points.add(s.start);
        points.add(s.end);
    }
    const bounds = [...points].sort((a, b) => a - b);
    const started = new Set();
    const open = [];
    let out = '';
    let next = 0; // index into sorted
    const openTag = (s) => {
        const first = !started.has(s.ev);
        started.add(s.ev);
        const label = esc(s.label);
        return first
            ? `<mark id="${s.id}" tabindex="-1" data-element="${esc(s.element)}" data-ev="${s.ev}" data-row="${s.row}" title="${label}">`
            : `<mark data-element="${esc(s.element)}" data-ev="${s.ev}" data-row="${s.row}" data-part="" title="${label}">`;
    };
    const back = (s) => `<a class="back" href="#${s.row}" aria-label="Back to the checklist row: ${esc(s.label)}"></a>`;
    for (let b = 0; b < bounds.length; b++) {
        const pos = bounds[b];
        // close the spans ending here; spans opened inside one of them are closed and reopened around it
        if (open.some((s) => s.end === pos)) {
            const reopen = [];
            const backs = [];
            while (open.length) {
                const top = open.pop();
                out += '</mark>';
                if (top.end === pos)
                    backs.push(top);
                else
                    reopen.unshift(top);
                if (!open.some((s) => s.end === pos))
                    break;
            }
            // back links sit outside every mark that ends here, and hold no text (CSS draws the arrow), so a
            // mark's text stays its quote
            for (const s of backs)
                out += back(s);
            for (const s of reopen) {
                out += openTag(s);
                open.push(s);
            }
        }
        while (next < sorted.length && sorted[next].start === pos) {
            const s = sorted[next++];
            out += openTag(s);
            open.push(s);
        }
        const to = bounds[b + 1];
        if (to !== undefined)
            out += escNote(text.slice(pos, to));
    }
    out += '</mark>'.repeat(open.length);
    return out;
}
