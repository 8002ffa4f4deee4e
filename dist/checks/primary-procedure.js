import { FAMILY } from '../rules/pack.js';
import { nearEarlierAnchor } from '../nlp/devices.js';
import { explainOf, withdrawnBy, quoteList, refMentions, uniq } from './common.js';
const FAMILY_SET = new Set(FAMILY);
/** Codes of today's primary procedures (the procedures module reads every written form of a code). */
function cptCodes(a) {
    return a.todaysCodes(FAMILY_SET);
}
export function evaluate(ctx, spec) {
    const { a } = ctx;
    const explain = [];
    const codes = cptCodes(a);
    const removalCodes = new Set(spec.removalCodes);
    // a procedure told in a clause anchored to an earlier time ("three weeks ago at I&D of the thigh") was done then
    // (a procedure a correction says was not done, "no debridement was performed", is taken back wherever it is listed)
    const withdrawn = withdrawnBy(ctx, spec.find, spec.withdrawnByCorrection);
    // (nor a word that is the name of a device of this operation: "Removal of the antibiotic cement-coated femoral nail"
    // names the nail, not a nailing)
    const eventSentences = new Set(ctx.dev.events.flatMap((e) => e.sentences));
    const namesDevice = (m) => eventSentences.has(m.sentence) && ctx.dev.devices.some((d) => d.sentence === m.sentence && d.start < m.end && m.start < d.end);
    const words = refMentions(a, spec.find, null).filter((m) => a.isOperative(m.sentence) && a.affirmed(m) && !nearEarlierAnchor(a, m) && !withdrawn(m) && !namesDevice(m));
    if (ctx.explain) {
        for (const c of codes)
            explain.push({ pattern: 'cpt-code', term: c.code, evidence: a.evidence(c.start, c.end), accepted: true });
        for (const m of words)
            explain.push(explainOf(a, m, codes.length === 0));
    }
    if (spec.failWhenOnlyProcedure) {
        const otherCodes = codes.filter((c) => !removalCodes.has(c.code));
        const insertions = ctx.dev.events.some((e) => e.action === 'insert');
        const realOther = words.filter((m) => !m.entry.tags.has('incidental'));
        if (!otherCodes.length && !insertions && !realOther.length) {
            return { status: 'fail', messageKey: 'literal', literal: spec.onlyProcedure ?? 'Removal is the only procedure documented.', evidence: [], explain };
        }
    }
    if (codes.length) {
        return { status: 'pass', messageKey: 'pass', vars: { found: uniq(codes.map((c) => c.code)).join(', ') }, evidence: codes.slice(0, 4).map((c) => a.evidence(c.start, c.end)), explain };
    }
    if (words.length) {
        return { status: 'warn', messageKey: 'warn', vars: { found: quoteList(words.map((m) => m.text)) }, evidence: words.slice(0, 3).map((m) => a.evidence(m.start, m.end)), explain };
    }
    return { status: 'fail', messageKey: 'fail', evidence: [], explain };
}
/** How the primary-procedure element is decided, for the rules reference. */
export function describe(c, d) {
    const rows = [
        ['pass', 'A CPT code outside 20700-20705 is written for a procedure of today\'s operation, in any common form ("CPT 11012.", "(27640)", "27506-RT", a code leading or ending a list line, a "Coding:" block); codes of an earlier operation told in the same note, and of history, indications, diagnosis and plan sections, do not count.'],
        ['warn', `No code, but a primary procedure of this operation is described in words (${d.refs(c.find)}).`],
        ['fail', 'No primary procedure can be identified.'],
    ];
    if (c.withdrawnByCorrection)
        rows.push(['not counted', 'A procedure a correction (addendum, late entry, amendment, attestation) says was not done ("no debridement was performed") does not count where it is listed or described.']);
    if (c.failWhenOnlyProcedure) {
        const removal = c.removalCodes?.length ? ` (the removal codes ${c.removalCodes.join(', ')} and incidental procedures do not count as another procedure)` : '';
        rows.push(['fail', `The removal is the only procedure documented${removal}: "${c.onlyProcedure ?? 'Removal is the only procedure documented.'}"`]);
    }
    return rows;
}
export const check = { type: 'primary-procedure', evaluate: evaluate, describe };
