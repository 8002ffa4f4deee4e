import { eventsFor, measuresOtherDevice, quoteList, scopeSentences } from './common.js';
import { pipeTables } from '../nlp/devices.js';
import { phrases } from '../text/regex.js';
const notRecordedMemo = new WeakMap();
/** The cell of this device's own table row that says its amount was not taken (pack `notRecorded`), if any. */
function notRecorded(ctx, spec) {
    const nr = spec.notRecorded;
    if (!nr)
        return undefined;
    let re = notRecordedMemo.get(nr);
    if (!re) {
        re = { column: new RegExp(`\\b(?:${phrases(nr.columns)})\\b`, 'i'), word: new RegExp(`^(?:${phrases(nr.words)})\\b`, 'i') };
        notRecordedMemo.set(nr, re);
    }
    const own = new Set(eventsFor(ctx).mine.flatMap((e) => e.sentences));
    for (const t of pipeTables(ctx.a)) {
        const col = t.header.findIndex((c) => re.column.test(c.text));
        if (col < 0)
            continue;
        for (let k = 0; k < t.rows.length; k++) {
            const cell = t.rows[k][col];
            if (own.has(t.rowSentences[k]) && cell && re.word.test(cell.text))
                return { start: cell.start, end: cell.start + cell.text.length, text: cell.text };
        }
    }
    return undefined;
}
export function evaluate(ctx, spec = { type: 'quantity' }) {
    const { a } = ctx;
    const explain = [];
    const missing = notRecorded(ctx, spec);
    if (missing) {
        if (ctx.explain)
            explain.push({ pattern: 'quantity/not-recorded', term: missing.text, evidence: a.evidence(missing.start, missing.end), accepted: false, context: "the device's own row says its amount was not recorded" });
        return { status: 'fail', messageKey: 'fail', evidence: [a.evidence(missing.start, missing.end)], explain };
    }
    const good = [];
    for (const s of [...scopeSentences(ctx)].sort((x, y) => x - y)) {
        for (const q of a.quantities(s)) {
            // (an amount told of another device of this action measures that one)
            const other = !q.excludedBy && measuresOtherDevice(ctx, { ...q, sentence: s });
            if (ctx.explain) {
                const context = q.excludedBy ? `belongs to '${q.excludedBy}'` : other ? 'measures another device told just before it' : undefined;
                explain.push({ pattern: `quantity/${q.unit}`, term: q.text, evidence: a.evidence(q.start, q.end), accepted: !q.excludedBy && !other, ...(context ? { context } : {}) });
            }
            if (!q.excludedBy && !other)
                good.push(q);
        }
    }
    if (good.length)
        return { status: 'pass', messageKey: 'pass', vars: { found: quoteList(good.map((q) => q.text)) }, evidence: good.slice(0, 4).map((q) => a.evidence(q.start, q.end)), explain };
    return { status: 'fail', messageKey: 'fail', evidence: [], explain };
}
/** How the quantity element is decided, for the rules reference. */
export function describe(spec, d) {
    const rows = spec.notRecorded
        ? [['fail', `The device's own row of a table says its amount was not taken: a column headed ${d.orList(spec.notRecorded.columns.map(d.code))} reads ${d.orList(spec.notRecorded.words.map(d.code))} (this wins over amounts elsewhere in its sentences).`]]
        : [];
    return [
        ...rows,
        ['pass', `An amount with a unit (g, cc, mL, mg, mm, cm, a bead count, also spelled counts) is found in the sentences that describe this ${d.action}'s device, and no nearby word shows it belongs to something else.`],
        ['fail', 'No such amount; amounts of irrigation, blood loss, pins, wires, reamers, drains or other hardware, and French sizes of tubes and moulds, do not count (patterns/quantities.yaml).'],
    ];
}
export const check = { type: 'quantity', evaluate: (ctx, spec) => evaluate(ctx, spec), describe };
