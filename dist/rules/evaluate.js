import { FAMILY } from './pack.js';
import { evaluateCheck } from '../checks/index.js';
import { uniq } from '../checks/common.js';
import { phrases } from '../text/regex.js';
import { evaluate as checkSite } from '../checks/site.js';
const FAMILY_SET = new Set(FAMILY);
function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, (m, k) => vars[k] ?? m);
}
/** In words, what an element looked for and where, when it found nothing to quote (for --explain). */
function lookedFor(el, ctx, v) {
    const action = ctx.pack.action === 'insert' ? 'insertion' : 'removal';
    if (v.messageKey === 'noEvent')
        return `No drug-delivery device ${action} of this operation was found, so there is no device to judge this element on.`;
    const c = el.check;
    const words = (refs) => [...new Set(refs.map((r) => r.lexicon))].join(', ');
    switch (c.type) {
        case 'terms':
            return `Looked for ${words(c.find)} words ${c.scope === 'note' ? 'anywhere in the note' : c.scope === 'own' ? "anywhere in the note outside another device's sentences" : "in the sentences that describe the device (its event, preparation and amounts)"}; none was found that is affirmed for this operation.`;
        case 'quantity':
            return 'Looked for an amount with a unit (g, cc, mL, mg, mm, a bead count) in the sentences that describe the device; none was found that belongs to the device.';
        case 'primary-procedure':
            return `Looked for a procedure code of today's operation (CPT code outside 20700-20705) and for a primary procedure in words (${words(c.find)}).`;
        case 'staged-removal':
            return `Looked for a later removal, exchange or permanent device (${words(c.find)}) said of this device.`;
        case 'site':
            return `Looked for the space the device went into (${ctx.pack.siteLabel}) in the sentence of the ${action} and the sentences around it.`;
    }
}
const sideRes = new WeakMap();
const splitMemo = new WeakMap();
/**
 * The sentences of each side when the pack's devices are told on both sides of the body ("Rt rod: ..." / "Lt rod: ...",
 * grammar.yaml laterality): for the right side and then the left, the sentences that name only the other side. Null
 * when they are not.
 */
function sideSplit(ctx) {
    // (asked by every passing element of a pack: found once per pack and note)
    let byPack = splitMemo.get(ctx.dev);
    if (!byPack)
        splitMemo.set(ctx.dev, (byPack = new Map()));
    const key = `${ctx.pack.action}:${ctx.pack.site}`;
    if (!byPack.has(key))
        byPack.set(key, findSideSplit(ctx));
    return byPack.get(key);
}
function findSideSplit(ctx) {
    const lat = ctx.a.grammar.laterality;
    if (!lat)
        return null;
    let re = sideRes.get(lat);
    if (!re) {
        const not = lat.notBefore.length ? `(?!\\s+(?:${phrases(lat.notBefore)})(?![\\w-]))` : '';
        const side = (words) => new RegExp(`(?<![\\w-])(?:${phrases(words)})${not}(?=[ \\t]*:|\\s+(?:[\\w-]+\\s+){0,2}?(?:${phrases(lat.body)})(?![\\w-]))`, 'i');
        sideRes.set(lat, (re = { right: side(lat.right), left: side(lat.left) }));
    }
    const { a } = ctx;
    const sideOf = (s) => {
        const sent = a.sentences[s];
        const title = a.sections[sent.section]?.title ?? '';
        const text = `${title} ${sent.text}`;
        const r = re.right.test(text);
        const l = re.left.test(text);
        return r === l ? undefined : r ? 'right' : 'left';
    };
    const own = ctx.dev.frames.filter((f) => f.action === ctx.pack.action && f.site === ctx.pack.site);
    if (!own.length)
        return null;
    // (each side has a sentence of the device's frame that names a device and that side alone)
    const withDevice = new Set();
    for (const f of own) {
        for (const s of f.sentences) {
            const side = sideOf(s);
            if (side && ctx.dev.devices.some((d) => d.sentence === s))
                withDevice.add(side);
        }
    }
    if (withDevice.size < 2)
        return null;
    const onlyRight = new Set();
    const onlyLeft = new Set();
    for (let s = 0; s < a.sentences.length; s++) {
        const side = sideOf(s);
        if (side === 'right')
            onlyRight.add(s);
        else if (side === 'left')
            onlyLeft.add(s);
    }
    // (for the right side, the left's sentences are another device's; and the other way round)
    return [onlyLeft, onlyRight];
}
/** The analysis of devices with some sentences given to another device of the pack's action (another side's). */
function without(ctx, other) {
    const keep = (xs) => new Set([...xs].filter((s) => !other.has(s)));
    const { dev } = ctx;
    const mine = dev.frames.find((f) => f.action === ctx.pack.action && f.site === ctx.pack.site);
    return {
        ...ctx,
        dev: {
            ...dev,
            insertSentences: keep(dev.insertSentences),
            removeSentences: keep(dev.removeSentences),
            events: dev.events.map((e) => ({ ...e, sentences: e.sentences.filter((s) => !other.has(s)) })),
            frames: [
                ...dev.frames.map((f) => ({ ...f, sentences: keep(f.sentences), materials: keep(f.materials) })),
                // (the other side's device, of the same forms, as a frame of its own: "own" scopes leave its sentences out)
                { action: mine.action, site: `${mine.site} (other side)`, forms: [...mine.forms], sentences: new Set(other), materials: new Set() },
            ],
        },
    };
}
const RANK = { fail: 0, warn: 1, pass: 2 };
function verdictFor(ctx, el) {
    const v = evaluateCheck(ctx, el.check);
    // devices of this code on both sides: the element holds only as far as it holds for each side
    if (v.status !== 'pass' || el.check.type === 'primary-procedure')
        return v;
    const split = sideSplit(ctx);
    if (!split)
        return v;
    let worst = v;
    split.forEach((other, i) => {
        const sv = evaluateCheck(without(ctx, other), el.check);
        if (!(sv.status in RANK) || RANK[sv.status] >= RANK[worst.status])
            return;
        // (--explain says why the element fails although the note has what it looks for: on the other side)
        const side = i === 0 ? 'right' : 'left';
        worst = { ...sv, explain: [...sv.explain, { pattern: 'check/laterality', term: '', accepted: false, context: `devices of this code are told on both sides and judged side by side: this is what the ${side} side's sentences say` }] };
    });
    return worst;
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
        if (!hasEvent && el.noEventStatus !== 'judge') {
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
        if (ctx.explain) {
            res.explain = v.explain;
            // every failing or warning element says what was looked for, even when nothing was found
            if ((v.status === 'fail' || v.status === 'warn') && !v.explain.some((e) => e.context || e.accepted)) {
                res.explain = [...v.explain, { pattern: `check/${el.check.type}`, term: '', accepted: false, context: lookedFor(el, ctx, v) }];
            }
        }
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
