import { getCodeInfo, isFamilyCode, listIncludes, loadCodes, siteCode } from '../codes.js';
import { aocLookup } from './aoc.js';
const SITE_WORDS = {
    deep: 'deep (subfascial)',
    intramedullary: 'intramedullary',
    'intra-articular': 'intra-articular',
};
const ACTION_WORDS = { insert: 'insertion', remove: 'removal' };
/** What a second site of each space looks like, for the units-per-site message. */
const SECOND_SITE = {
    deep: 'a separate deep site, e.g. another limb segment or compartment',
    intramedullary: "another bone's canal",
    'intra-articular': 'another joint',
};
/** Modifiers that claim a separate site / session for a repeated line. */
const DISTINCT_SITE_MODIFIERS = new Set(['59', 'XS', 'XE', 'XP', 'XU', 'RT', 'LT']);
function list(codes) {
    return codes.join(', ');
}
const esc = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One regex per term list (the lists come from the immutable code knowledge, so they can key a cache). */
const termsCache = new WeakMap();
function termsRegex(terms, flags = 'gi') {
    let byFlags = termsCache.get(terms);
    if (!byFlags)
        termsCache.set(terms, (byFlags = new Map()));
    let re = byFlags.get(flags);
    if (!re) {
        const alts = [...terms].sort((a, b) => b.length - a.length).map((t) => esc(t).replace(/ /g, '\\s+'));
        re = new RegExp(`\\b(?:${alts.join('|')})\\b`, flags);
        byFlags.set(flags, re);
    }
    re.lastIndex = 0;
    return re;
}
/**
 * The anatomic sites of one space named by a set of device events, e.g. ["left femur", "tibia"]. A name
 * with no side merges with the same name given a side; an event that names nothing is one unnamed site
 * (counted only when no event names a site).
 */
export function siteNames(events, site, k = loadCodes()) {
    const entries = k.anatomy[site];
    const sideWord = (w, terms) => terms.some((t) => (t.length === 1 ? w === t.toUpperCase() : w.toLowerCase() === t.toLowerCase()));
    const sides = new Map();
    let unnamed = 0;
    for (const e of events) {
        let named = false;
        for (const ev of e.evidence) {
            for (const entry of entries) {
                const re = termsRegex(entry.terms);
                for (const m of ev.text.matchAll(re)) {
                    named = true;
                    // the side is one of the two words before the name ("left tibial", "L femoral", "right proximal tibia")
                    const before = ev.text.slice(Math.max(0, m.index - 24), m.index).split(/[^A-Za-z]+/).filter(Boolean).slice(-2).join(' ');
                    const words = before.split(' ').reverse();
                    const side = words.some((w) => sideWord(w, k.anatomy.sides.left)) ? 'left' : words.some((w) => sideWord(w, k.anatomy.sides.right)) ? 'right' : '';
                    const set = sides.get(entry.name) ?? new Set();
                    set.add(side);
                    sides.set(entry.name, set);
                }
            }
        }
        if (!named)
            unnamed++;
    }
    const out = [];
    for (const [name, set] of sides) {
        const sided = [...set].filter((x) => x).sort();
        if (sided.length === 0)
            out.push(name);
        else
            for (const sd of sided)
                out.push(`${sd} ${name}`);
    }
    if (out.length === 0)
        for (let i = 0; i < unnamed; i++)
            out.push('unnamed site');
    return out;
}
/** Sites per family code from the device events (see `siteNames`). */
export function sitesByCode(devices, k = loadCodes()) {
    const out = {};
    for (const action of ['insert', 'remove']) {
        for (const site of ['deep', 'intramedullary', 'intra-articular']) {
            const events = devices.filter((d) => d.action === action && d.site === site);
            const code = siteCode(action, site);
            if (events.length && code)
                out[code] = siteNames(events, site, k);
        }
    }
    return out;
}
/** Run every claim check; returns the lines and findings (pass findings only for the two checks above). */
export function checkClaim(lines, note, opts = {}) {
    const k = opts.knowledge ?? loadCodes();
    const findings = [];
    const add = (id, status, message, codes) => findings.push({ id, status, message, codes });
    const family = lines.filter((l) => isFamilyCode(l.code));
    const others = lines.filter((l) => !isFamilyCode(l.code));
    const otherCodes = [...new Set(others.map((l) => l.code))];
    const familyCodes = [...new Set(family.map((l) => l.code))];
    // ---- primaries: addon-without-primary, primary-not-listed, excluded-pair
    for (const code of familyCodes) {
        const info = getCodeInfo(code, k);
        const excluded = info.primaries.excluded.filter((x) => otherCodes.includes(x.code));
        for (const x of excluded) {
            add('excluded-pair', 'fail', `${code} is not reported with ${x.code}: ${x.reason}`, [code, x.code]);
        }
        const candidates = otherCodes.filter((c) => !excluded.some((x) => x.code === c));
        if (otherCodes.length === 0) {
            const hint = note.primaryCodesInNote.length ? `; the note names ${list(note.primaryCodesInNote)}` : '';
            add('addon-without-primary', 'fail', `${code} is an add-on code but the claim has no primary procedure${hint}`, [code]);
            continue;
        }
        if (candidates.length === 0) {
            add('addon-without-primary', 'fail', `${code} has no eligible primary on the claim (${list(otherCodes)} excluded)`, [code, ...otherCodes]);
            continue;
        }
        const lookup = opts.aoc ? aocLookup(opts.aoc, code, opts.asOf) : undefined;
        if (lookup) {
            const src = `CMS AOC file ${lookup.file}, as of ${lookup.asOf}`;
            if (lookup.editType === '2') {
                add('addon-without-primary', 'pass', `${code} is reported with ${list(candidates)} (Type 2 add-on in ${src}: no fixed primary list)`, [code, ...candidates]);
                continue;
            }
            const listed = candidates.filter((c) => lookup.primaries.has(c));
            if (listed.length) {
                add('addon-without-primary', 'pass', `${code} is reported with primary ${list(listed)} (listed in ${src})`, [code, ...listed]);
            }
            else {
                const status = lookup.editType === '3' ? 'warn' : 'fail';
                const why = lookup.activeRows === 0 ? `no row for ${code} applies on that date` : `not among its ${lookup.primaries.size} listed primaries`;
                add('primary-not-listed', status, `${list(candidates)} not an eligible primary for ${code} in ${src} (${why}${lookup.editType ? `, edit type ${lookup.editType}` : ''})`, [code, ...candidates]);
            }
            continue;
        }
        const plist = info.primaries;
        const listed = candidates.filter((c) => listIncludes(plist, c));
        const fallback = opts.aoc ? `; ${code} is not in ${opts.aoc.file}` : '';
        const prov = `${plist.complete ? 'published' : 'partial'} list; source: ${plist.source}; confidence ${plist.confidence}${fallback}`;
        if (listed.length) {
            add('addon-without-primary', 'pass', `${code} is reported with primary ${list(listed)} (on oplint's ${prov})`, [code, ...listed]);
        }
        else {
            add('primary-not-listed', 'warn', `${list(candidates)} not on oplint's primary list for ${code} (${prov}); verify against the CMS AOC file`, [code, ...candidates]);
        }
    }
    // ---- modifier-51-on-addon, units-per-site
    for (const l of family) {
        if (l.modifiers.includes('51')) {
            add('modifier-51-on-addon', 'fail', `remove modifier 51 from ${l.code}: add-on codes are exempt from the multiple-procedure reduction`, [l.code]);
        }
    }
    const sites = note.sitesByCode ?? sitesByCode(note.devices, k);
    for (const code of familyCodes) {
        const same = family.filter((l) => l.code === code);
        const units = same.reduce((n, l) => n + l.units, 0);
        if (units < 2)
            continue;
        const shown = same.map((l) => l.code + l.modifiers.map((m) => `-${m}`).join('') + (l.units > 1 ? ` x${l.units}` : '')).join(', ');
        if (same.length > 1 && !same.slice(1).every((l) => l.modifiers.some((m) => DISTINCT_SITE_MODIFIERS.has(m)))) {
            add('units-per-site', 'fail', `${code} is on ${same.length} lines (${shown}) without a separate-site modifier (59 / XS) on the repeated line: one unit per anatomic site`, [code]);
            continue;
        }
        const info = getCodeInfo(code, k);
        const named = sites[code] ?? [];
        const where = `${SITE_WORDS[info.site]} ${ACTION_WORDS[info.action]}`;
        const list2 = named.filter((n) => n !== 'unnamed site');
        const documented = named.length === 0
            ? `no ${where} site`
            : `${named.length} ${where} site${named.length > 1 ? 's' : ''}${list2.length ? ` (${list2.join(', ')})` : ''}`;
        if (named.length >= units) {
            add('units-per-site', 'pass', `${units} units of ${code} (${shown}) match the ${documented} the note documents`, [code]);
        }
        else {
            add('units-per-site', 'fail', `${units} units of ${code} are claimed (${shown}) but the note documents ${documented}: one unit per anatomic site, so each further unit needs another documented site (${SECOND_SITE[info.site]})`, [code]);
        }
    }
    // ---- documented vs claimed: site-mismatch, code-not-documented, documented-not-claimed
    const documented = new Set(note.documentedCodes.filter(isFamilyCode));
    for (const d of note.devices) {
        const c = siteCode(d.action, d.site);
        if (c)
            documented.add(c);
    }
    const explained = new Set();
    let mismatches = 0;
    for (const code of familyCodes) {
        if (documented.has(code))
            continue;
        const info = getCodeInfo(code, k);
        const sameAction = [...documented].sort().filter((c) => getCodeInfo(c, k).action === info.action && !familyCodes.includes(c));
        if (sameAction.length) {
            for (const c of sameAction)
                explained.add(c);
            mismatches++;
            const sites = sameAction.map((c) => SITE_WORDS[getCodeInfo(c, k).site]).join(' and ');
            add('site-mismatch', 'fail', `${code} is for ${SITE_WORDS[info.site]} ${ACTION_WORDS[info.action]} but the note documents ${sites} ${ACTION_WORDS[info.action]}: report ${sameAction.join(' / ')}`, [code, ...sameAction]);
        }
        else {
            const unsited = note.devices.some((d) => d.action === info.action && d.site === 'unspecified');
            const what = unsited
                ? `a device ${ACTION_WORDS[info.action]} without naming the site (${code} needs ${SITE_WORDS[info.site]})`
                : note.devices.length === 0 && documented.size === 0
                    ? 'no drug-delivery device insertion or removal'
                    : `no ${SITE_WORDS[info.site]} ${ACTION_WORDS[info.action]}`;
            add('code-not-documented', 'fail', `${code} is claimed but the note documents ${what}`, [code]);
        }
    }
    if (familyCodes.length && mismatches === 0 && familyCodes.every((c) => documented.has(c))) {
        add('site-mismatch', 'pass', `claimed ${list(familyCodes)} match the documented site(s)`, familyCodes);
    }
    // ---- removal-only
    const removalClaimed = familyCodes.filter((c) => getCodeInfo(c, k).action === 'remove');
    const removalOnly = !note.otherProceduresDocumented && documented.size > 0 && [...documented].every((c) => getCodeInfo(c, k).action === 'remove');
    if (removalOnly) {
        for (const code of removalClaimed) {
            add('removal-only', 'fail', `removal is the only procedure documented: report 20680, not add-on ${code}`, [code, '20680']);
        }
    }
    for (const code of [...documented].sort()) {
        if (familyCodes.includes(code) || explained.has(code))
            continue;
        // A removal-only case is reported with 20680, so its removal code is not "lost".
        if (removalOnly && getCodeInfo(code, k).action === 'remove')
            continue;
        const info = getCodeInfo(code, k);
        add('documented-not-claimed', 'warn', `the note documents ${SITE_WORDS[info.site]} ${ACTION_WORDS[info.action]} (${code}) but ${code} is not on the claim`, [code]);
    }
    return { lines, findings };
}
/** Whether any finding fails. */
export function claimFails(result) {
    return result.findings.some((f) => f.status === 'fail');
}
/**
 * Default note facts from a checked result: documented codes = suggestedCodes; primary codes = 5-digit
 * non-family codes quoted in the `primary-procedure` element's evidence; other procedures documented =
 * that element is not `fail` (removal packs fail it when removal is the only procedure). Pass `override`
 * when the pipeline knows better.
 */
export function claimFactsFromResult(result, override = {}) {
    const primary = result.elements.find((e) => e.id === 'primary-procedure');
    const codes = new Set();
    for (const ev of primary?.evidence ?? []) {
        for (const m of ev.text.matchAll(/\b(\d{5}|\d{4}[FTU])\b/g))
            if (!isFamilyCode(m[1]))
                codes.add(m[1]);
    }
    return {
        code: result.code,
        devices: result.devices,
        documentedCodes: result.suggestedCodes,
        primaryCodesInNote: [...codes],
        otherProceduresDocumented: primary ? primary.status !== 'fail' : true,
        sitesByCode: sitesByCode(result.devices),
        ...override,
    };
}
