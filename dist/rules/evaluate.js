import { FAMILY } from './pack.js';
import { evaluateCheck } from '../checks/index.js';
import { evaluate as checkSite } from '../checks/site.js';
const FAMILY_SET = new Set(FAMILY);
const uniq = (xs) => [...new Set(xs)];
function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, (m, k) => vars[k] ?? m);
}
function verdictFor(ctx, el) {
    return evaluateCheck(ctx, el.check);
}
/** Judge every element of a pack against the analysed note. */
export function evaluatePack(ctx) {
    return judgePack(ctx).elements;
}
/** Judge every element of a pack, keeping the typed kind of each verdict. */
export function judgePack(ctx, noEvent) {
    const hasEvent = ctx.dev.events.some((e) => e.action === ctx.pack.action);
    const vars = { code: ctx.pack.code, siteLabel: ctx.pack.siteLabel, siteExample: ctx.pack.siteExample };
    const kinds = new Map();
    const elements = ctx.pack.elements.map((el) => {
        let v;
        if (!hasEvent) {
            // with --explain, the site element still says which device mentions were seen and why none counted
            const explain = ctx.explain && el.check.type === 'site' ? checkSite(ctx).explain : [];
            v = { status: el.noEventStatus, messageKey: 'noEvent', evidence: [], explain };
        }
        else {
            v = verdictFor(ctx, el);
        }
        kinds.set(el.id, v.messageKey);
        const template = v.messageKey === 'noEvent' && noEvent
            ? noEvent.message
            : v.messageKey === 'literal' ? v.literal : (el.messages[v.messageKey] ?? el.messages[v.status === 'pass' ? 'pass' : 'fail']);
        const res = {
            id: el.id,
            label: el.label,
            status: v.status,
            message: fill(template, { ...vars, ...(v.vars ?? {}) }),
            evidence: v.evidence,
            denialRisks: v.status === 'warn' || v.status === 'fail' ? el.denialRisks : [],
            fix: v.status === 'warn' || v.status === 'fail' ? fill(v.messageKey === 'noEvent' && noEvent ? noEvent.fix : el.fix, vars) : '',
        };
        if (ctx.explain)
            res.explain = v.explain;
        return res;
    });
    return { elements, kinds };
}
/** Procedure facts for claim checks: CPT codes named for today's procedures, and whether any is described in words. */
export function primaryFacts(a, primaryLexicon = 'procedures') {
    const codes = uniq(a.todaysCodes(FAMILY_SET).map((c) => c.code));
    const described = a.mentions(primaryLexicon).some((m) => m.entry.tags.has('primary') && !m.entry.tags.has('incidental') && a.isOperative(m.sentence) && a.affirmed(m));
    return { codes, described };
}
