import { eventEvidence } from '../nlp/devices.js';
import { codeFor, loadFamily } from '../rules/pack.js';
import { eventsFor, quoteList, withScope } from './common.js';
export function evaluate(ctx) {
    const { a } = ctx;
    const { all, mine } = eventsFor(ctx);
    const explain = [];
    if (ctx.explain) {
        for (const e of all) {
            explain.push({
                pattern: `device-event/${e.action}`,
                term: e.forms.join(', '),
                evidence: eventEvidence(a, e)[0],
                context: e.siteMention
                    ? `site '${e.siteMention.text}' (${e.site}) from ${e.siteMention.sentence === e.sentences[0] ? 'the same sentence' : 'a nearby sentence'}`
                    : 'no site phrase found near the event',
                accepted: e.site === ctx.pack.site,
            });
        }
    }
    if (ctx.explain) {
        // device mentions that made no event of this action, and why (negated, planned, historical, removed...)
        const inEvents = new Set(all.flatMap((e) => e.sentences));
        for (const d of ctx.dev.devices) {
            if (inEvents.has(d.sentence))
                continue;
            explain.push({ pattern: `device/${d.form}`, term: d.text, evidence: a.evidence(d.start, d.end), context: `${d.reason}; ${withScope(a, d)}`, accepted: false });
        }
    }
    if (mine.length) {
        const ev = mine.flatMap((e) => (e.siteMention ? [a.evidence(e.siteMention.start, e.siteMention.end)] : []));
        const found = quoteList(mine.flatMap((e) => (e.siteMention ? [e.siteMention.text] : [])));
        return { status: 'pass', messageKey: 'pass', vars: { found }, evidence: [...ev, ...mine.flatMap((e) => eventEvidence(a, e))].slice(0, 4), explain };
    }
    const other = all.find((e) => e.site !== 'unspecified');
    if (other) {
        const otherCode = codeFor(other.action, other.site, ctx.patternDirs) ?? 'another code';
        return {
            status: 'fail',
            messageKey: 'wrongSite',
            // the other site in the words of its own pack ("deep (subfascial) tissue or a bone cavity outside the canal")
            vars: { otherSite: loadFamily(ctx.patternDirs).find((p) => p.site === other.site)?.siteLabel ?? other.site, otherCode },
            evidence: [...(other.siteMention ? [a.evidence(other.siteMention.start, other.siteMention.end)] : []), ...eventEvidence(a, other)].slice(0, 3),
            explain,
        };
    }
    const evidence = all.flatMap((e) => eventEvidence(a, e)).slice(0, 3);
    const generic = all.flatMap((e) => e.sentences.flatMap((s) => a.in('sites', s).filter((m) => m.entry.tags.has('generic'))));
    if (generic.length) {
        return { status: 'fail', messageKey: 'genericSite', vars: { generic: quoteList(generic.map((g) => g.text)) }, evidence, explain };
    }
    return { status: 'fail', messageKey: 'fail', evidence, explain };
}
/** How the site element is decided, for the rules reference. */
export function describe(_spec, d) {
    return [
        ['pass', `A device ${d.action} of this operation is placed in ${d.pack.siteLabel}: the site phrase the action word governs, or one found near the event or in the procedure list for that device.`],
        ['fail', `The ${d.action} is at another site (the message names the code that site supports), or only a generic site is named ("wound", "bone", "defect"), or no site at all.`],
    ];
}
export const check = { type: 'site', evaluate: (ctx, _spec) => evaluate(ctx), describe };
