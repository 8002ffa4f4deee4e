import { describeAssertion } from '../nlp/context.js';
import { eventEvidence, formsNamed } from '../nlp/devices.js';
import { codeFor, FAMILY, loadFamily } from './pack.js';
const FAMILY_SET = new Set(FAMILY);
const uniq = (xs) => [...new Set(xs)];
const quoteList = (xs) => uniq(xs.map((x) => x.trim())).slice(0, 4).map((x) => `'${x}'`).join(', ');
function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, (m, k) => vars[k] ?? m);
}
function assertionOf(a, m) {
    const d = a.assertion(m);
    if (d.negated)
        return 'negated';
    if (d.historical)
        return 'historical';
    if (d.hypothetical)
        return 'hypothetical';
    if (d.possible)
        return 'possible';
    return 'affirmed';
}
function refMentions(a, refs, sentences) {
    const out = [];
    for (const r of refs) {
        for (const m of a.mentions(r.lexicon)) {
            if (sentences && !sentences.has(m.sentence))
                continue;
            if (r.tags && !r.tags.some((t) => m.entry.tags.has(t)))
                continue;
            out.push(m);
        }
    }
    return out.sort((x, y) => x.start - y.start);
}
function explainOf(a, m, accepted, note) {
    const e = {
        pattern: `${m.lexicon}/${m.entry.name}`,
        term: m.text,
        evidence: a.evidence(m.start, m.end),
        accepted,
    };
    const ctx = note ?? withScope(a, m);
    if (ctx)
        e.context = ctx;
    return e;
}
/** The assertion of a mention with the words each trigger's scope covered, for --explain. */
function withScope(a, m) {
    const d = a.assertion(m);
    const text = a.sentences[m.sentence].text;
    const scopes = d.triggers
        .filter((t) => t.direction !== 'section')
        .map((t) => `'${text.slice(t.scopeStart, t.scopeEnd).trim().slice(0, 60)}'`);
    return `${describeAssertion(d)}${scopes.length ? `; scope ${scopes.join(', ')}` : ''}`;
}
/** Events of the pack's action, and those at the pack's own site. */
function eventsFor(ctx) {
    const all = ctx.dev.events.filter((e) => e.action === ctx.pack.action);
    return { all, mine: all.filter((e) => e.site === ctx.pack.site) };
}
/** Sentences that describe the pack's device: its events' sentences plus the description around them. */
function scopeSentences(ctx) {
    const { all, mine } = eventsFor(ctx);
    const base = ctx.pack.action === 'insert' ? ctx.dev.insertSentences : ctx.dev.removeSentences;
    const scope = new Set(base);
    if (ctx.pack.action === 'remove') {
        // the removed device is often described in the sentence before or after the removal
        for (const s of base) {
            for (const n of [s - 1, s + 1]) {
                if (n >= 0 && n < ctx.a.sentences.length && !ctx.dev.insertSentences.has(n) && ctx.a.isOperative(n)) {
                    if (ctx.dev.devices.some((d) => d.sentence === n))
                        scope.add(n);
                }
            }
        }
    }
    if (mine.length && all.length > mine.length) {
        // several devices: each is judged on its own frame (its sentences and the descriptions that belong to it)
        const frames = ctx.dev.frames.filter((f) => f.action === ctx.pack.action);
        const own = new Set(frames.filter((f) => f.site === ctx.pack.site).flatMap((f) => [...f.sentences]));
        for (const f of frames)
            if (f.site !== ctx.pack.site)
                for (const s of f.sentences)
                    if (!own.has(s))
                        scope.delete(s);
    }
    for (const e of all)
        for (const s of e.sentences)
            if (e.site === ctx.pack.site || !mine.length)
                scope.add(s);
    if (ctx.pack.action === 'remove') {
        // the removed device was described when it was placed: an earlier operation's (or a historical) sentence
        // naming the same form describes it too ("18 tobramycin PMMA beads were placed at the index procedure")
        const forms = new Set((mine.length ? mine : all).flatMap((e) => e.forms));
        for (const d of ctx.dev.devices) {
            if (!forms.has(d.form) || scope.has(d.sentence))
                continue;
            const sent = ctx.a.sentences[d.sentence];
            if (ctx.a.operationAt(sent.start).kind === 'earlier' || ctx.a.assertion(d).historical)
                scope.add(d.sentence);
        }
    }
    return scope;
}
function checkSite(ctx) {
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
function checkTerms(ctx, spec) {
    const { a } = ctx;
    const scope = spec.scope === 'note' ? null : scopeSentences(ctx);
    const allowed = new Set(spec.assertions);
    const explain = [];
    const skip = (m) => spec.skipContexts.find((t) => a.has('contexts', m.sentence, t));
    const accepted = [];
    for (const m of refMentions(a, spec.find, scope)) {
        const skipped = skip(m);
        const asserted = assertionOf(a, m);
        const ok = !skipped && allowed.has(asserted);
        if (ok)
            accepted.push(m);
        if (ctx.explain)
            explain.push(explainOf(a, m, ok, skipped ? `sentence is ${skipped} context` : undefined));
    }
    const affirmedIn = (refs) => refMentions(a, refs, scope).filter((m) => a.affirmed(m) && !skip(m));
    const blocked = affirmedIn(spec.block);
    if (blocked.length) {
        if (ctx.explain)
            for (const m of blocked)
                explain.push(explainOf(a, m, false, 'blocking term'));
        return { status: 'fail', messageKey: 'blocked', vars: { blocked: blocked[0].text }, evidence: blocked.slice(0, 3).map((m) => a.evidence(m.start, m.end)), explain };
    }
    if (accepted.length) {
        const evidence = accepted.slice(0, 4).map((m) => a.evidence(m.start, m.end));
        const found = quoteList(accepted.map((m) => m.text));
        const also = refMentions(a, spec.alsoRequire, scope).filter((m) => allowed.has(assertionOf(a, m)) && !skip(m));
        if (spec.alsoRequire.length && !also.length)
            return { status: spec.alsoRequireStatus, messageKey: 'partial', vars: { found }, evidence, explain };
        if (also.length)
            evidence.push(...also.slice(0, 2).map((m) => a.evidence(m.start, m.end)));
        return { status: 'pass', messageKey: 'pass', vars: { found }, evidence, explain };
    }
    const generic = affirmedIn(spec.generic);
    if (generic.length) {
        return { status: spec.missing, messageKey: 'generic', vars: { generic: generic[0].text }, evidence: generic.slice(0, 2).map((m) => a.evidence(m.start, m.end)), explain };
    }
    return { status: spec.missing, messageKey: spec.missing === 'warn' ? 'warn' : 'fail', evidence: [], explain };
}
function checkQuantity(ctx) {
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
/** Codes of today's primary procedures (the procedures module reads every written form of a code). */
function cptCodes(a) {
    return a.todaysCodes(FAMILY_SET);
}
function checkPrimary(ctx, spec) {
    const { a } = ctx;
    const explain = [];
    const codes = cptCodes(a);
    const removalCodes = new Set(spec.removalCodes);
    const words = refMentions(a, spec.find, null).filter((m) => a.isOperative(m.sentence) && a.affirmed(m));
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
function checkStaged(ctx, spec) {
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
        const named = formsNamed(a, m.sentence, ctx.dev.devices);
        return [...named].some((x) => otherForms.has(x)) && ![...named].some((x) => ownForms.has(x));
    };
    for (const m of refMentions(a, spec.find, null)) {
        const tags = m.entry.tags;
        if (tags.has('earlier') || aboutOther(m))
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
    // in an exchange, the carrier that came out is not the one placed: prefer carriers outside removal sentences
    const placed = refMentions(a, [spec.carriers], scopeSentences(ctx)).filter((m) => a.affirmed(m));
    const inserted = new Set(ctx.dev.events.filter((e) => e.action === 'insert').flatMap((e) => e.sentences));
    const notRemoved = placed.filter((m) => !ctx.dev.removeSentences.has(m.sentence));
    const made = notRemoved.filter((m) => inserted.has(m.sentence) || a.has('fabrication', m.sentence, 'manual'));
    const carriers = made.length ? made : notRemoved.length ? notRemoved : placed;
    if (carriers.length && carriers.every((m) => m.entry.tags.has('absorbable'))) {
        return { status: 'n/a', messageKey: 'na', evidence: carriers.slice(0, 2).map((m) => a.evidence(m.start, m.end)), explain };
    }
    return { status: 'warn', messageKey: 'warn', evidence: carriers.slice(0, 2).map((m) => a.evidence(m.start, m.end)), explain };
}
function verdictFor(ctx, el) {
    const c = el.check;
    switch (c.type) {
        case 'site':
            return checkSite(ctx);
        case 'terms':
            return checkTerms(ctx, c);
        case 'quantity':
            return checkQuantity(ctx);
        case 'primary-procedure':
            return checkPrimary(ctx, c);
        case 'staged-removal':
            return checkStaged(ctx, c);
    }
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
    const codes = uniq(cptCodes(a).map((c) => c.code));
    const described = a.mentions(primaryLexicon).some((m) => m.entry.tags.has('primary') && !m.entry.tags.has('incidental') && a.isOperative(m.sentence) && a.affirmed(m));
    return { codes, described };
}
