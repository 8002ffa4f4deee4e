import { describeAssertion } from '../nlp/context.js';
import { anchoredEarlier, correctionSentence } from '../nlp/devices.js';
export const uniq = (xs) => [...new Set(xs)];
export const quoteList = (xs) => uniq(xs.map((x) => x.trim())).slice(0, 4).map((x) => `'${x}'`).join(', ');
export function assertionOf(a, m) {
    const d = a.assertion(m);
    if (d.negated)
        return 'negated';
    if (d.historical)
        return 'historical';
    // a sentence anchored to an earlier time ("... placed at the outside hospital 3 months ago") tells the past,
    // even in an indications section that otherwise reads as a plan
    if (d.hypothetical)
        return anchoredEarlier(a, m.sentence) ? 'historical' : 'hypothetical';
    if (d.possible)
        return 'possible';
    return 'affirmed';
}
export function refMentions(a, refs, sentences) {
    const out = [];
    // a few device sentences are matched one by one; the whole note only when every sentence is wanted
    const order = sentences ? [...sentences].sort((x, y) => x - y) : null;
    for (const r of refs) {
        const ms = order ? order.flatMap((s) => a.in(r.lexicon, s)) : a.mentions(r.lexicon);
        for (const m of ms) {
            if (r.tags && !r.tags.some((t) => m.entry.tags.has(t)))
                continue;
            // (text appended by others, a patient's summary or a billing sheet, documents nothing of any element)
            if (a.operationAt(m.start).kind === 'appended')
                continue;
            out.push(m);
        }
    }
    return out.sort((x, y) => x.start - y.start);
}
export function explainOf(a, m, accepted, note) {
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
export function withScope(a, m) {
    const d = a.assertion(m);
    const text = a.sentences[m.sentence].text;
    const scopes = d.triggers
        .filter((t) => t.direction !== 'section')
        .map((t) => `'${text.slice(t.scopeStart, t.scopeEnd).trim().slice(0, 60)}'`);
    return `${describeAssertion(d)}${scopes.length ? `; scope ${scopes.join(', ')}` : ''}`;
}
/** Events of the pack's action, and those at the pack's own site. */
export function eventsFor(ctx) {
    const all = ctx.dev.events.filter((e) => e.action === ctx.pack.action);
    return { all, mine: all.filter((e) => e.site === ctx.pack.site) };
}
/**
 * The whole note less the sentences that describe only another device with this pack's action (another
 * removed device's frame, and not this one's): with beads and a rod removed, the bead count says nothing of the
 * rod. With one device of the action, the whole note.
 */
export function ownNoteSentences(ctx) {
    const own = new Set();
    const other = new Set();
    for (const f of ctx.dev.frames) {
        if (f.action !== ctx.pack.action)
            continue;
        for (const s of f.sentences)
            (f.site === ctx.pack.site ? own : other).add(s);
    }
    if (!own.size || !other.size)
        return null;
    const scope = new Set();
    for (let s = 0; s < ctx.a.sentences.length; s++)
        if (own.has(s) || !other.has(s))
            scope.add(s);
    return scope;
}
/**
 * Sentences that describe the pack's device: its events' sentences plus the description around them. With
 * `materials`, also the preparation of the mix the device was made from when it names that mix again (its drug and
 * carrier are the device's; its amount is not).
 */
export function scopeSentences(ctx, materials = false) {
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
    // (and what the frame of this device took in: the block headed by its form; with `materials`, the preparation of
    // the mix it was made from)
    for (const f of ctx.dev.frames) {
        if (f.action !== ctx.pack.action || f.site !== ctx.pack.site)
            continue;
        for (const s of f.sentences)
            scope.add(s);
        if (materials)
            for (const s of f.materials)
                scope.add(s);
    }
    if (ctx.pack.action === 'remove') {
        // the removed device was described when it was placed: an earlier operation's (or a historical) sentence
        // naming the same form describes it too ("18 tobramycin PMMA beads were placed at the index procedure")
        const forms = new Set((mine.length ? mine : all).flatMap((e) => e.forms));
        for (const d of ctx.dev.devices) {
            if (!forms.has(d.form) || scope.has(d.sentence))
                continue;
            const sent = ctx.a.sentences[d.sentence];
            if (ctx.a.operationAt(sent.start).kind === 'earlier' || ctx.a.assertion(d).historical || anchoredEarlier(ctx.a, d.sentence))
                scope.add(d.sentence);
        }
    }
    return scope;
}
/**
 * Whether a span (an amount) measures another device of this action, not this one: with devices of different forms at
 * other sites, the device named nearest before it, a few words before it (grammar.yaml coreference.measureGap), is
 * one of theirs ("an antibiotic rod about 8 mm thick
 * was passed down the canal, and the dead space was filled with beads": the 8 mm is the rod's, not the beads').
 */
export function measuresOtherDevice(ctx, span) {
    const frames = ctx.dev.frames.filter((f) => f.action === ctx.pack.action);
    // (a form only another device has is another's; a form both have is another's when this device has a form of its
    // own, which would have been named)
    const theirs = new Set(frames.filter((f) => f.site !== ctx.pack.site).flatMap((f) => f.forms));
    const ours = new Set(frames.filter((f) => f.site === ctx.pack.site).flatMap((f) => f.forms));
    const onlyOurs = [...ours].filter((x) => !theirs.has(x));
    if (!ours.size || !theirs.size)
        return false;
    let nearest;
    for (const d of ctx.dev.devices) {
        if (d.sentence !== span.sentence || d.end > span.start)
            continue;
        if (!nearest || d.end > nearest.end)
            nearest = { form: d.form, end: d.end };
    }
    if (!nearest || !theirs.has(nearest.form) || (ours.has(nearest.form) && !onlyOurs.length))
        return false;
    const between = ctx.a.doc.text.slice(nearest.end, span.start).match(/[A-Za-z0-9]+/g)?.length ?? 0;
    return between <= ctx.a.grammar.coreference.measureGap;
}
/**
 * Terms a correction withdraws: an addendum, late entry or attestation that negates a term ("Correction: no
 * vancomycin was added to the bead cement") takes back what the note says of that term elsewhere, before or after
 * it (a correction is displayed above or below the note it corrects). Off unless the pack's option `on` says so.
 */
export function withdrawnBy(ctx, refs, on) {
    if (!on)
        return () => false;
    const { a } = ctx;
    const entries = new Set();
    for (const m of refMentions(a, refs, null))
        if (correctionSentence(a, m.sentence) && a.assertion(m).negated)
            entries.add(m.entry);
    if (!entries.size)
        return () => false;
    // (the correction's own words stand as they are)
    return (m) => entries.has(m.entry) && !correctionSentence(a, m.sentence);
}
