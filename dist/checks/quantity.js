import { measuresOtherDevice, quoteList, scopeSentences } from './common.js';
export function evaluate(ctx) {
    const { a } = ctx;
    const explain = [];
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
export function describe(_spec, d) {
    return [
        ['pass', `An amount with a unit (g, cc, mL, mg, mm, cm, a bead count, also spelled counts) is found in the sentences that describe this ${d.action}'s device, and no nearby word shows it belongs to something else.`],
        ['fail', 'No such amount; amounts of irrigation, blood loss, pins, wires, reamers, drains or other hardware, and French sizes of tubes and moulds, do not count (patterns/quantities.yaml).'],
    ];
}
export const check = { type: 'quantity', evaluate: (ctx, _spec) => evaluate(ctx), describe };
