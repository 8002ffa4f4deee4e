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
const leftoverMemo = new WeakMap();
/**
 * Sentences this device shares with another device of its action, when its own sentences say it was made from what was
 * left of a mix (grammar devices.leftoverWords next to a carrier or a mix word, no number between: "the cement left in
 * the bowl after filling the tube was rolled into beads", "the remaining cement"): the shared preparation's amounts
 * measure the device it was mixed for.
 */
function leftoverMix(ctx) {
    const out = new Set();
    const { a } = ctx;
    const g = a.grammar.devices;
    if (!g.leftoverWords.length)
        return out;
    const frames = ctx.dev.frames.filter((f) => f.action === ctx.pack.action);
    const mine = frames.filter((f) => f.site === ctx.pack.site);
    const others = frames.filter((f) => f.site !== ctx.pack.site);
    if (!mine.length || !others.length)
        return out;
    // (a joint spacer made from the remaining cement, after dowels or rods took their part, is what the mix was for)
    const joint = new Set(a.mentions('forms').filter((m) => m.entry.tags.has('joint')).map((m) => m.entry.name));
    if (mine.some((f) => f.forms.some((x) => joint.has(x))))
        return out;
    const own = new Set(mine.flatMap((f) => [...f.sentences]));
    const theirs = new Set(others.flatMap((f) => [...f.sentences]));
    const shared = [...own].filter((s) => theirs.has(s));
    if (!shared.length)
        return out;
    let re = leftoverMemo.get(g);
    if (!re)
        leftoverMemo.set(g, (re = { word: new RegExp(`\\b(?:${phrases(g.leftoverWords)})\\b`, 'gi'), material: new RegExp(`\\b(?:${phrases(g.leftoverMaterials)})\\b`, 'i') }));
    // (the material within a few words of the leftover word, before or after it, with no digit between)
    const near = 32;
    const leftover = (s) => {
        const sent = a.sentences[s];
        const carriers = a.in('carriers', s);
        re.word.lastIndex = 0;
        for (let m = re.word.exec(sent.text); m; m = re.word.exec(sent.text)) {
            const from = sent.start + m.index;
            const to = from + m[0].length;
            const gapOk = (x, y) => y - x <= near && !/\d/.test(a.doc.text.slice(x, y));
            if (carriers.some((c) => (c.start >= to && gapOk(to, c.start)) || (c.end <= from && gapOk(c.end, from))))
                return true;
            const after = a.doc.text.slice(to, to + near);
            if (!/\d/.test(after.split(re.material)[0] ?? '') && re.material.test(after))
                return true;
        }
        return false;
    };
    if (![...own].some((s) => !theirs.has(s) && leftover(s)))
        return out;
    for (const s of shared)
        out.add(s);
    return out;
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
    const mixOfOther = leftoverMix(ctx);
    for (const s of [...scopeSentences(ctx)].sort((x, y) => x - y)) {
        for (const q of a.quantities(s)) {
            // (an amount told of another device of this action measures that one)
            // (and so does the amount of a mix this device was made from what was left of)
            const other = !q.excludedBy && (mixOfOther.has(s) || measuresOtherDevice(ctx, { ...q, sentence: s }));
            if (ctx.explain) {
                const context = q.excludedBy ? `belongs to '${q.excludedBy}'` : mixOfOther.has(s) ? 'measures the mix made for another device; this one was made from what was left' : other ? 'measures another device told just before it' : undefined;
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
