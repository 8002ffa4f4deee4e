import { formsNamed } from '../nlp/devices.js';
import { explainOf, quoteList, refMentions, scopeSentences } from './common.js';
/** Sections that tell what led to today's operation. */
const BEFORE_TODAY = new Set(['indications', 'history']);
export function evaluate(ctx, spec) {
    const { a } = ctx;
    const explain = [];
    const found = [];
    const vague = [];
    // with several devices, a plan that names only another device's form ("the nail will stay") is not this one's
    const frames = ctx.dev.frames.filter((f) => f.action === ctx.pack.action);
    const ownForms = new Set(frames.filter((f) => f.site === ctx.pack.site).flatMap((f) => f.forms));
    const otherForms = new Set(frames.filter((f) => f.site !== ctx.pack.site).flatMap((f) => f.forms).filter((x) => !ownForms.has(x)));
    const aboutOther = (m) => {
        if (!otherForms.size || !ownForms.size)
            return false;
        // (a sentence that names no device speaks of the one the sentence before it in its section named: "Intent:
        // definitive - nail" / "stays permanently")
        let named = formsNamed(a, m.sentence, ctx.dev.devices);
        const prev = m.sentence - 1;
        if (!named.size && prev >= 0 && a.sentences[prev].section === a.sentences[m.sentence].section)
            named = formsNamed(a, prev, ctx.dev.devices);
        return [...named].some((x) => otherForms.has(x)) && ![...named].some((x) => ownForms.has(x));
    };
    // in an operation that takes a device out, a plan told in the indications or the history is the plan being
    // carried out today ("Planned second stage: bead removal, absorbable beads"), no plan for the device put in now
    const removesToday = ctx.dev.events.some((e) => e.action === 'remove');
    const toldBefore = (m) => removesToday && BEFORE_TODAY.has(a.sentences[m.sentence].category);
    // the carriers placed (in an exchange, the carrier that came out is not the one placed: carriers outside removal
    // sentences first), looked up when first needed
    let carriersMemo;
    const carriers = () => {
        if (carriersMemo)
            return carriersMemo;
        const placed = refMentions(a, [spec.carriers], scopeSentences(ctx, true)).filter((m) => a.affirmed(m));
        const inserted = new Set(ctx.dev.events.filter((e) => e.action === 'insert').flatMap((e) => e.sentences));
        const notRemoved = placed.filter((m) => !ctx.dev.removeSentences.has(m.sentence));
        const made = notRemoved.filter((m) => inserted.has(m.sentence) || a.has('fabrication', m.sentence, 'manual'));
        return (carriersMemo = made.length ? made : notRemoved.length ? notRemoved : placed);
    };
    const absorbable = () => carriers().length > 0 && carriers().every((m) => m.entry.tags.has('absorbable'));
    // an absorbable device needs no removal: a later stage told without naming it ("second-stage reimplantation in 8
    // weeks" of the joint) plans nothing for it; a plan that names its form, or says it stays, does
    const namesOwn = (m) => [...formsNamed(a, m.sentence, ctx.dev.devices)].some((x) => ownForms.has(x));
    for (const m of refMentions(a, spec.find, null)) {
        const tags = m.entry.tags;
        if (tags.has('earlier') || aboutOther(m) || toldBefore(m))
            continue;
        if (!tags.has('permanent') && absorbable() && !namesOwn(m))
            continue;
        const d = a.assertion(m);
        const ok = !d.negated && !d.historical;
        if (ctx.explain)
            explain.push(explainOf(a, m, ok && !tags.has('vague') && !d.possible));
        if (!ok)
            continue;
        if (tags.has('vague') || d.possible)
            vague.push(m);
        else
            found.push(m);
    }
    if (found.length)
        return { status: 'pass', messageKey: 'pass', vars: { found: quoteList(found.map((m) => m.text)) }, evidence: found.slice(0, 3).map((m) => a.evidence(m.start, m.end)), explain };
    if (vague.length)
        return { status: 'warn', messageKey: 'generic', vars: { generic: vague[0].text }, evidence: vague.slice(0, 2).map((m) => a.evidence(m.start, m.end)), explain };
    const evidence = carriers().slice(0, 2).map((m) => a.evidence(m.start, m.end));
    return absorbable() ? { status: 'n/a', messageKey: 'na', evidence, explain } : { status: 'warn', messageKey: 'warn', evidence, explain };
}
/** How the staged-removal element is decided, for the rules reference. */
export function describe(c, d) {
    return [
        ['pass', `An explicit later removal, exchange or permanent device is stated for this device (${d.refs(c.find)}, not the \`earlier\` tag; not negated or historical; with several devices, a plan naming only another device does not count; when every carrier placed is absorbable, a later stage or return counts only in a sentence naming the device's form, a statement that it stays always counts).`],
        ['warn', `Removal is addressed only vaguely (tag \`vague\`, or hedged), or a non-absorbable carrier (${d.refs([c.carriers])} without the \`absorbable\` tag) was placed and removal is not addressed.`],
        ['n/a', 'Every carrier named for the device is absorbable (e.g. calcium sulfate) and removal is not addressed.'],
    ];
}
export const check = { type: 'staged-removal', evaluate: evaluate, describe };
