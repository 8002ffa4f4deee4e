import { namedNew, pipeTables, siteOf, unusedSupplyRow } from '../nlp/devices.js';
import { itemAround, phrases } from '../text/regex.js';
import { assertionOf, explainOf, withdrawnBy, eventsFor, quoteList, refMentions, ownNoteSentences, scopeSentences } from './common.js';
export function evaluate(ctx, spec) {
    const { a } = ctx;
    const scope = spec.scope === 'note' ? null : spec.scope === 'own' ? ownNoteSentences(ctx) : scopeSentences(ctx, true);
    const allowed = new Set(spec.assertions);
    const explain = [];
    const skip = (m) => spec.skipContexts.find((t) => a.hasInClause('contexts', m, t));
    const accepted = [];
    // with devices of this action at several sites, a sentence that places its words only at another device's site
    // ("showed no retained cement in the femoral canal") speaks for that device
    const { all, mine } = eventsFor(ctx);
    const otherSites = new Set(all.filter((e) => !mine.includes(e) && e.site !== 'unspecified').map((e) => e.site));
    const elsewhere = (m) => {
        if (spec.scope !== 'own' || !otherSites.size)
            return false;
        // (a place is named however it is asserted: "no retained cement in the femoral canal" negates the cement)
        const sites = a.in('sites', m.sentence).map(siteOf).filter((t) => t !== undefined);
        return sites.length > 0 && !sites.includes(ctx.pack.site) && sites.some((t) => otherSites.has(t));
    };
    const otherDevices = otherDevicesTerm(ctx, all, mine);
    const withdrawn = withdrawnBy(ctx, spec.find, spec.withdrawnByCorrection);
    const removedItem = removedItemTerm(ctx);
    for (const m of refMentions(a, spec.find, scope)) {
        if (withdrawn(m)) {
            if (ctx.explain)
                explain.push(explainOf(a, m, false, 'a correction withdraws it'));
            continue;
        }
        if (unusedSupplyRow(a, m.sentence)) {
            if (ctx.explain)
                explain.push(explainOf(a, m, false, 'a supply-log row says it was not used'));
            continue;
        }
        if (removedItem(m)) {
            if (ctx.explain)
                explain.push(explainOf(a, m, false, 'it describes the device taken out, in an item of its own'));
            continue;
        }
        if (elsewhere(m)) {
            if (ctx.explain)
                explain.push(explainOf(a, m, false, "its sentence names only another device's site"));
            continue;
        }
        const skipped = skip(m);
        const asserted = assertionOf(a, m);
        const ok = !skipped && allowed.has(asserted);
        if (ok)
            accepted.push(m);
        if (ctx.explain)
            explain.push(explainOf(a, m, ok, skipped ? `clause is ${skipped} context` : undefined));
    }
    const affirmedIn = (refs) => refMentions(a, refs, scope).filter((m) => a.affirmed(m) && !skip(m));
    const blocked = affirmedIn(spec.block);
    const conflict = spec.blockOnCountConflict ? countConflict(ctx) : undefined;
    if (conflict) {
        const { placed, removed } = conflict;
        if (ctx.explain)
            explain.push({ pattern: 'count-conflict', term: `${removed.text} / ${placed.text}`, evidence: a.evidence(removed.start, removed.end), accepted: false, context: 'fewer taken out than the note says were placed' });
        return { status: 'fail', messageKey: 'countConflict', vars: { removed: removed.text, placed: placed.text }, evidence: [a.evidence(removed.start, removed.end), a.evidence(placed.start, placed.end)], explain };
    }
    const table = spec.countTable ? countTable(ctx, spec.countTable, scope) : undefined;
    if (table) {
        const quote = (c) => `${c.header}: ${c.text}`;
        const ev = [table.removed, table.other].map((c) => a.evidence(c.start, c.start + c.text.length));
        if (ctx.explain)
            explain.push({ pattern: 'count-table', term: `${quote(table.removed)} / ${quote(table.other)}`, evidence: ev[0], accepted: table.complete, context: table.complete ? 'the count table accounts for every piece' : 'the count table leaves pieces unaccounted for' });
        if (!table.complete) {
            return table.other.role === 'placed'
                ? { status: 'fail', messageKey: 'countConflict', vars: { removed: quote(table.removed), placed: quote(table.other) }, evidence: ev, explain }
                : { status: 'fail', messageKey: 'blocked', vars: { blocked: quote(table.other) }, evidence: ev, explain };
        }
        if (!blocked.length)
            return { status: 'pass', messageKey: 'pass', vars: { found: quoteList([quote(table.removed), quote(table.other)]) }, evidence: ev, explain };
    }
    if (blocked.length) {
        if (ctx.explain)
            for (const m of blocked)
                explain.push(explainOf(a, m, false, 'blocking term'));
        return { status: 'fail', messageKey: 'blocked', vars: { blocked: blocked[0].text }, evidence: blocked.slice(0, 3).map((m) => a.evidence(m.start, m.end)), explain };
    }
    if (accepted.length) {
        const evidence = accepted.slice(0, 4).map((m) => a.evidence(m.start, m.end));
        const found = quoteList(accepted.map((m) => m.text));
        let also = refMentions(a, spec.alsoRequire, scope).filter((m) => allowed.has(assertionOf(a, m)) && !skip(m) && !otherDevices(m));
        if (!also.length && spec.alsoRequireAttached)
            also = attachedTerms(ctx, spec.alsoRequire);
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
/**
 * A removal whose count is lower than the count placed: the largest count in this code's removal sentences against
 * the largest count told, with a placement word and a form of the device, in a sentence that places nothing today
 * (an implant record, the history: "| 20 beads, 7 mm | L thigh | implanted", "Beads placed at the index | 30 |").
 */
function countConflict(ctx) {
    const { a } = ctx;
    const { mine } = eventsFor(ctx);
    const mineSentences = new Set(mine.flatMap((e) => e.sentences));
    // counts of one noun are compared ("14 beads" with "16 beads", not "3 chains" with "40 beads")
    const stem = (q) => q.noun?.replace(/s$/, '');
    const largest = (qs, best, noun) => qs.reduce((b, q) => (q.unit === 'count' && q.noun && !q.excludedInside && (noun === undefined || stem(q) === noun) && (!b || q.value > b.value) ? q : b), best);
    let removed;
    for (const s of mineSentences)
        removed = largest(a.quantities(s), removed);
    if (!removed)
        return undefined;
    let placed;
    for (let s = 0; s < a.sentences.length; s++) {
        if (mineSentences.has(s) || ctx.dev.insertSentences.has(s) || !a.in('forms', s).length)
            continue;
        if (!a.in('actions', s).some((x) => x.entry.tags.has('insert') && !a.assertion(x).negated))
            continue;
        placed = largest(a.quantities(s), placed, stem(removed));
    }
    return placed && removed.value < placed.value ? { placed, removed } : undefined;
}
const countTableMemo = new WeakMap();
/**
 * What a count table says of the removal (pack `countTable`): a table whose columns, or whose rows' first cells, name
 * the count taken out and the count placed or left in. Complete when the count out equals the count placed, or none
 * is left in; not when fewer came out or some are left in. Tables outside `scope` are not read.
 */
function countTable(ctx, words, scope) {
    const { a } = ctx;
    let re = countTableMemo.get(words);
    if (!re) {
        const rx = (w) => new RegExp(`\\b(?:${phrases(w)})\\b`, 'i');
        re = { removed: rx(words.removed), placed: rx(words.placed), retained: rx(words.retained) };
        countTableMemo.set(words, re);
    }
    const r = re;
    // (left in is read before placed: "Left in place")
    const roleOf = (t) => (r.retained.test(t) ? 'retained' : r.removed.test(t) ? 'removed' : r.placed.test(t) ? 'placed' : undefined);
    // (a count alone, or with one word or a remark: "15", "15 beads", "1 (in 3 pieces)"; not a size, "11 x 380 mm")
    const count = (t) => {
        const m = /^(?:n\s*=\s*)?(\d{1,3})(?:\s+[a-z]+)?\s*(?:\([^)]*\))?$/i.exec(t);
        return m ? Number(m[1]) : undefined;
    };
    const judge = (cells) => {
        const by = (role) => cells.find((c) => c.role === role && count(c.text) !== undefined);
        const removed = by('removed');
        if (!removed)
            return undefined;
        const out = count(removed.text);
        const left = by('retained');
        if (left && count(left.text) > 0)
            return { complete: false, removed, other: left };
        const placed = by('placed');
        if (placed && out < count(placed.text))
            return { complete: false, removed, other: placed };
        if (left)
            return { complete: true, removed, other: left };
        if (placed && out > 0 && out === count(placed.text))
            return { complete: true, removed, other: placed };
        return undefined;
    };
    // (a row that names only another site speaks for the device there: "| Subfascial pocket | 15 | 14 |")
    const otherSite = (s) => {
        const sites = a.in('sites', s).map(siteOf).filter((t) => t !== undefined);
        return sites.length > 0 && !sites.includes(ctx.pack.site);
    };
    let verdict;
    // every row is read: one row short makes the removal incomplete, whatever the others say
    const take = (v) => {
        if (v && (!verdict || (verdict.complete && !v.complete)))
            verdict = v;
    };
    for (const t of pipeTables(a)) {
        if (scope && !t.sentences.some((s) => scope.has(s)))
            continue;
        const roles = t.header.map((c) => roleOf(c.text));
        if (roles.includes('removed') && (roles.includes('placed') || roles.includes('retained'))) {
            // columns named by the header row
            t.rows.forEach((row, k) => {
                if (otherSite(t.rowSentences[k]))
                    return;
                const cells = [];
                row.forEach((c, i) => {
                    const role = roles[i];
                    if (role && i < t.header.length)
                        cells.push({ header: t.header[i].text, text: c.text, start: c.start, role });
                });
                take(judge(cells));
            });
            continue;
        }
        // rows named by their first cell ("| Removed | 15 |"), one row for each role
        const cells = [];
        for (const row of [t.header, ...t.rows]) {
            const role = row[0] ? roleOf(row[0].text) : undefined;
            const value = row.slice(1).find((c) => count(c.text) !== undefined);
            if (role && value)
                cells.push({ header: row[0].text, text: value.text, start: value.start, role });
        }
        if (new Set(cells.map((c) => c.role)).size === cells.length)
            take(judge(cells));
    }
    return verdict;
}
/**
 * Terms anywhere in the note, in any time but negated, that stand in one phrase with a form of this code's
 * device: right before it with nothing but words between ("vancomycin/tobramycin PMMA bead chains"), or after it
 * joined by a linking preposition ("beads of PMMA").
 */
function attachedTerms(ctx, refs) {
    const { a } = ctx;
    const forms = new Set(eventsFor(ctx).mine.flatMap((e) => e.forms));
    if (!forms.size)
        return [];
    // (the new device of an exchange is another device of the same form: its material is its own)
    const inserted = (s) => ctx.pack.action === 'remove' && ctx.dev.frames.some((f) => f.action === 'insert' && f.sentences.has(s)) && !ctx.dev.removeSentences.has(s);
    // (a plan to place a later device, "beads may be placed again at a later stage", describes no removed one; a
    // plan to take this one out, "ready to have the PMMA beads taken out", does)
    const acts = (s, tag) => a.in('actions', s).some((x) => x.entry.tags.has(tag));
    // (told as a plan by words of its own sentence, not only by the section it stands in)
    const planned = (m) => a.assertion(m).triggers.some((t) => t.category === 'hypothetical' && t.direction !== 'section');
    const laterDevice = (m) => assertionOf(a, m) === 'hypothetical' && planned(m) && acts(m.sentence, 'insert') && !acts(m.sentence, 'remove');
    // (what the plan says of a device of the form placed today, told after that placement, is said of the device left
    // in, not of the one taken out: "the calcium sulfate beads will resorb" after new beads were packed)
    const lastPlaced = new Map();
    if (ctx.pack.action === 'remove') {
        for (const f of ctx.dev.frames)
            if (f.action === 'insert')
                for (const form of f.forms)
                    lastPlaced.set(form, Math.max(lastPlaced.get(form) ?? -1, ...f.sentences));
    }
    const leftIn = (m) => assertionOf(a, m) === 'hypothetical'
        && a.in('forms', m.sentence).some((f) => forms.has(f.entry.name) && m.sentence > (lastPlaced.get(f.entry.name) ?? Infinity));
    // (for a removal, the material of a form named as the new one, "exchange of the antibiotic rod for a new hand-made
    // cement rod", is the new device's)
    const removed = ctx.pack.action === 'remove' ? (f) => !namedNew(a, f.sentence, f.start) : undefined;
    return refMentions(a, refs, null).filter((m) => !a.assertion(m).negated && !laterDevice(m) && !inserted(m.sentence) && !leftIn(m) && attachedTo(ctx, m, forms, removed));
}
/** True when term `m` stands in one phrase with a form of `forms` in its sentence ("PMMA bead chains", "beads of PMMA"). */
function attachedTo(ctx, m, forms, formOk) {
    const { a } = ctx;
    const g = a.grammar.devices;
    const re = attachRegexes(g);
    const text = a.doc.text;
    return a.in('forms', m.sentence).some((f) => {
        if (!forms.has(f.entry.name) || (formOk && !formOk(f)))
            return false;
        // (a form whose own name holds the material: "cement spacer")
        if (m.start >= f.start && m.end <= f.end)
            return true;
        if (f.start >= m.end)
            return f.start - m.end <= g.attachedWindow && /^[\w\s/+-]*$/.test(text.slice(m.end, f.start)) && !re.phraseBreak.test(text.slice(m.end, f.start));
        return m.start >= f.end && m.start - f.end <= g.attachedWindow && re.linkAfter.test(text.slice(f.end, m.start));
    });
}
/** The items of a procedure line: between semicolons. */
const SEMICOLON = /;/g;
/**
 * For an insertion: whether a term stands in an item of its sentence (between semicolons) that takes a device out and
 * places none, in a sentence that also places one ("removal of the existing vancomycin/gentamicin cement spacer from
 * the left hip joint; new antibiotic cement spacer molded by hand and placed"): it describes the device taken out.
 */
function removedItemTerm(ctx) {
    if (ctx.pack.action !== 'insert' || !ctx.dev.events.some((e) => e.action === 'remove'))
        return () => false;
    const { a } = ctx;
    return (m) => {
        // (a sentence the device analysis read a removal in: "removing it from the mold" takes nothing out of the patient)
        const sent = a.sentences[m.sentence];
        const acts = a.in('actions', m.sentence).filter((x) => a.affirmed(x));
        // (a sentence that tells only the removal or accounts for what came out, with no way in for any device, describes
        // the device taken out: "All 24 beads were counted on the back table and accounted for")
        const accounts = a.in('removal', m.sentence).some((x) => x.entry.tags.has('complete') || x.entry.tags.has('incomplete'));
        if ((ctx.dev.removeSentences.has(m.sentence) || accounts) && !ctx.dev.insertSentences.has(m.sentence) && !acts.some((x) => x.entry.tags.has('insert') || x.entry.tags.has('exchange')))
            return true;
        if (!ctx.dev.removeSentences.has(m.sentence))
            return false;
        if (!acts.some((x) => x.entry.tags.has('insert')) || !acts.some((x) => x.entry.tags.has('remove')))
            return false;
        const item = itemAround(sent.text, m.start - sent.start, m.end - sent.start, SEMICOLON);
        const inItem = (x) => x.start - sent.start >= item.from && x.end - sent.start <= item.to;
        return acts.some((x) => inItem(x) && x.entry.tags.has('remove')) && !acts.some((x) => inItem(x) && (x.entry.tags.has('insert') || x.entry.tags.has('exchange')));
    };
}
/**
 * Whether a term stands in a sentence that also names the form of another device of this action (a removed
 * spacer beside the removed beads) and is attached to that device, not to this code's ("a Palacos spacer was
 * molded ... and antibiotic beads were left"): it describes the other device. The forms are worked out once.
 */
function otherDevicesTerm(ctx, all, mine) {
    if (all.length <= mine.length)
        return () => false;
    const myForms = new Set(mine.flatMap((e) => e.forms));
    const others = new Set(all.filter((e) => !mine.includes(e)).flatMap((e) => e.forms).filter((f) => !myForms.has(f)));
    if (!others.size)
        return () => false;
    return (m) => ctx.a.in('forms', m.sentence).some((f) => others.has(f.entry.name)) && !attachedTo(ctx, m, myForms);
}
/**
 * The words that end a noun phrase between a material and a form ("Palacos spacer and beads"), and a linking
 * preposition after a form ("beads of PMMA"), compiled once per rule set.
 */
const attachCache = new WeakMap();
function attachRegexes(g) {
    let c = attachCache.get(g);
    if (!c) {
        c = {
            phraseBreak: new RegExp(`\\b(?:${phrases(g.attachBreakWords)})\\b`, 'i'),
            linkAfter: new RegExp(`^\\s*(?:[\\w-]+\\s+)?(?:${phrases(g.linkPrepositions)})\\s`, 'i'),
        };
        attachCache.set(g, c);
    }
    return c;
}
/** How a terms element is decided, for the rules reference. */
export function describe(c, d) {
    const rows = [];
    const where = c.scope === 'note' ? 'anywhere in the note' : c.scope === 'own' ? `anywhere in the note except sentences that describe only another device this operation ${d.action === 'insertion' ? 'inserted' : 'removed'} (another device's frame)` : `in the sentences that describe this ${d.action}'s device (its frame: the event, its preparation and amounts; with several devices, each device's own)`;
    rows.push(['pass', `A term of ${d.refs(c.find)} is found ${where}, asserted as ${d.orList(c.assertions)}${c.skipContexts.length ? `, outside clauses with the context(s) ${c.skipContexts.map(d.code).join(', ')}` : ''}${c.alsoRequire.length ? `, together with a term of ${d.refs(c.alsoRequire)}` : ''}.`]);
    if (c.alsoRequireAttached)
        rows.push(['pass', `The ${d.refs(c.alsoRequire)} term may also stand anywhere in the note, told in any time but negated (a plan to place a later device aside), in one phrase with a form of this code's device ("vancomycin PMMA beads placed 3 weeks ago", "beads of PMMA").`]);
    if (c.alsoRequire.length)
        rows.push([c.alsoRequireStatus, `The ${d.refs(c.find)} term is there but no term of ${d.refs(c.alsoRequire)} (message \`partial\`).`]);
    if (c.block.length)
        rows.push(['fail', `An affirmed term of ${d.refs(c.block)} is found (message \`blocked\`); this wins over a pass.`]);
    if (c.generic.length)
        rows.push([c.missing, `Only a generic term of ${d.refs(c.generic)} is found (message \`generic\`).`]);
    const notCounted = ['negated', 'historical', 'hypothetical', 'possible'].filter((x) => !c.assertions.includes(x));
    if (c.countTable) {
        rows.push(['fail', `A count table in the device's part of the note (columns or row labels: taken out ${d.orList(c.countTable.removed.map(d.code))}; placed ${d.orList(c.countTable.placed.map(d.code))}; left in ${d.orList(c.countTable.retained.map(d.code))}) shows fewer taken out than placed (message \`countConflict\`) or some left in (message \`blocked\`).`]);
        rows.push(['pass', 'Such a table shows as many taken out as placed, or none left in, and no blocking term is found.']);
    }
    if (c.blockOnCountConflict)
        rows.push(['fail', 'The count taken out today is lower than the count the note says was placed at an earlier time (an implant record, the history), and nothing reconciles them (message `countConflict`); this wins over a pass.']);
    if (c.withdrawnByCorrection)
        rows.push([c.missing, `A correction (an addendum, late entry, amendment or attestation) negates the term ("no vancomycin was added to the cement"): the same term elsewhere in the note, above or below it, does not count.`]);
    rows.push([c.missing, `No accepted term is found (${d.orList(notCounted)} mentions do not count).`]);
    return rows;
}
export const check = { type: 'terms', evaluate: evaluate, describe };
