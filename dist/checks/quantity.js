import { quoteList, scopeSentences } from './common.js';
export function evaluate(ctx) {
    const { a } = ctx;
    const explain = [];
    const good = [];
    for (const s of [...scopeSentences(ctx)].sort((x, y) => x - y)) {
        for (const q of a.quantities(s)) {
            if (ctx.explain) {
                explain.push({ pattern: `quantity/${q.unit}`, term: q.text, evidence: a.evidence(q.start, q.end), accepted: !q.excludedBy, ...(q.excludedBy ? { context: `belongs to '${q.excludedBy}'` } : {}) });
            }
            if (!q.excludedBy)
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
