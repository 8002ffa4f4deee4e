/**
 * Code knowledge for the drug-delivery device family 20700-20705: loading `patterns/codes.yaml` and
 * `patterns/primaries/<code>.yaml`, and rendering `oplint explain <code>` / `oplint codes`.
 * Never prints; unknown codes throw UnknownCodeError.
 */
import { Chalk } from 'chalk';
import { lazy, zod } from './deps.js';
import { patternStore } from './patterns/store.js';
import { loadPack } from './patterns/load.js';
/** The six codes oplint covers. */
export const FAMILY = ['20700', '20701', '20702', '20703', '20704', '20705'];
export function isFamilyCode(code) {
    return FAMILY.includes(code);
}
/** The family code for a device event (null for an unspecified site). */
export function siteCode(action, site) {
    const table = {
        deep: ['20700', '20701'],
        intramedullary: ['20702', '20703'],
        'intra-articular': ['20704', '20705'],
    };
    const pair = table[site];
    if (!pair)
        return null;
    return action === 'insert' ? pair[0] : pair[1];
}
/** Thrown for a code outside 20700-20705. */
export class UnknownCodeError extends Error {
    code;
    constructor(code) {
        super(`unknown code ${code}: oplint covers 20700-20705`);
        this.code = code;
        this.name = 'UnknownCodeError';
    }
}
const __schemas = lazy(() => {
    const z = zod();
    const codeStr = z.string().regex(/^\d{5}$/, 'expected a 5-digit code');
    const primaryEntry = z.string().regex(/^[0-9A-Z]{5}(-[0-9A-Z]{5})?$/, 'expected a code or a range like 20802-20838');
    const confidence = z.enum(['high', 'medium', 'low', 'none']);
    const medicareSchema = z
        .object({
        year: z.number().int(),
        found: z.boolean(),
        workRvu: z.number().optional(),
        peRvu: z.number().optional(),
        mpRvu: z.number().optional(),
        totalRvu: z.number().optional(),
        nationalPayment: z.number().optional(),
        source: z.string().min(1),
        confidence,
    })
        .strict();
    const codeSchema = z
        .object({
        code: codeStr,
        short: z.string().min(1),
        meaning: z.string().min(1),
        action: z.enum(['insert', 'remove']),
        site: z.enum(['deep', 'intramedullary', 'intra-articular']),
        companion: codeStr,
        addOn: z.boolean(),
        elements: z.array(z.object({ id: z.string().min(1), summary: z.string().min(1) }).strict()).min(1),
        denialRisks: z.array(z.string().min(1)),
        medicare: medicareSchema,
        notes: z.array(z.string()).default([]),
    })
        .strict();
    const modifierRule = z.object({ modifier: z.string().min(1), rule: z.string().min(1) }).strict();
    const anatomyEntry = z.object({ name: z.string().min(1), terms: z.array(z.string().min(1)).min(1) }).strict();
    const anatomySchema = z
        .object({
        sides: z.object({ left: z.array(z.string().min(1)), right: z.array(z.string().min(1)) }).strict(),
        deep: z.array(anatomyEntry),
        intramedullary: z.array(anatomyEntry),
        'intra-articular': z.array(anatomyEntry),
    })
        .strict();
    const codesFileSchema = z
        .object({
        conversionFactor: z.object({ year: z.number().int(), value: z.number(), source: z.string() }).strict(),
        anatomy: anatomySchema.optional(),
        common: z
            .object({
            modifiers: z.array(modifierRule),
            global: z.literal('ZZZ'),
            globalNote: z.string(),
            notes: z.array(z.string()),
        })
            .strict(),
        codes: z.array(codeSchema).min(1),
    })
        .strict();
    const primariesFileSchema = z
        .object({
        addOn: codeStr,
        source: z.string().min(1),
        date: z.string().min(1),
        confidence,
        complete: z.boolean(),
        note: z.string().optional(),
        groups: z.array(z.object({ basis: z.string().min(1), codes: z.array(primaryEntry).min(1) }).strict()),
        excluded: z.array(z.object({ code: z.string().regex(/^[0-9A-Z]{5}$/), reason: z.string().min(1) }).strict()).default([]),
    })
        .strict();
    return { codeStr, primaryEntry, confidence, medicareSchema, codeSchema, modifierRule, anatomySchema, codesFileSchema, primariesFileSchema };
});
const codeStr = () => __schemas().codeStr;
const primaryEntry = () => __schemas().primaryEntry;
const confidence = () => __schemas().confidence;
const medicareSchema = () => __schemas().medicareSchema;
const codeSchema = () => __schemas().codeSchema;
const modifierRule = () => __schemas().modifierRule;
export const codesFileSchema = () => __schemas().codesFileSchema;
export const primariesFileSchema = () => __schemas().primariesFileSchema;
const anatomySchema = () => __schemas().anatomySchema;
/**
 * Load code knowledge (codes.yaml and one primaries file per code). `patternDirs` are extra directories
 * searched before the shipped patterns folder. Throws PackError on a bad file.
 */
export function loadCodes(patternDirs = []) {
    return patternStore(patternDirs).compiled('codes', () => buildCodes(patternDirs));
}
function buildCodes(patternDirs) {
    const file = loadPack('codes.yaml', codesFileSchema, patternDirs);
    const codes = new Map();
    for (const c of file.codes) {
        if (!isFamilyCode(c.code))
            continue;
        const primaries = loadPack(`primaries/${c.code}.yaml`, primariesFileSchema, patternDirs);
        codes.set(c.code, {
            ...c,
            code: c.code,
            global: file.common.global,
            globalNote: file.common.globalNote,
            modifiers: file.common.modifiers,
            notes: c.notes,
            primaries,
        });
    }
    const anatomy = file.anatomy ?? { sides: { left: [], right: [] }, deep: [], intramedullary: [], 'intra-articular': [] };
    return { codes, conversionFactor: file.conversionFactor, commonNotes: file.common.notes, anatomy };
}
/** Knowledge for one family code; throws UnknownCodeError for any other code. */
export function getCodeInfo(code, knowledge = loadCodes()) {
    const info = knowledge.codes.get(code.trim());
    if (!info)
        throw new UnknownCodeError(code.trim());
    return info;
}
/** Whether `code` is on a primary list (entries are codes or inclusive ranges "20802-20838"). */
export function listIncludes(list, code) {
    for (const g of list.groups) {
        for (const entry of g.codes) {
            if (entry === code)
                return true;
            const [lo, hi] = entry.split('-');
            if (hi !== undefined && /^\d{5}$/.test(code) && code >= lo && code <= hi)
                return true;
        }
    }
    return false;
}
/** Flat list of a primary list's entries (ranges kept as "a-b"). */
export function listEntries(list) {
    return list.groups.flatMap((g) => g.codes);
}
// ---------------------------------------------------------------------------------------------- rendering
const WIDTH = 80;
function wrap(text, indent, width = WIDTH) {
    const words = text.replace(/\s+/g, ' ').trim().split(' ');
    const lines = [];
    let line = indent;
    for (const w of words) {
        if (line.trim().length > 0 && line.length + 1 + w.length > width) {
            lines.push(line);
            line = indent + w;
        }
        else {
            line = line.trim().length > 0 ? `${line} ${w}` : indent + w;
        }
    }
    if (line.trim())
        lines.push(line);
    return lines;
}
function bullet(text, indent = '  ') {
    const [first, ...rest] = wrap(text, `${indent}  `);
    return [`${indent}- ${first.trimStart()}`, ...rest];
}
const SITE_LABEL = {
    deep: 'deep (subfascial soft tissue or bone cavity outside the canal)',
    intramedullary: 'intramedullary canal of a bone',
    'intra-articular': 'intra-articular (joint space)',
};
function money(n) {
    return n === undefined ? '-' : `$${n.toFixed(2)}`;
}
function num(n) {
    return n === undefined ? '-' : String(n);
}
/** One line summarising the Medicare figures, e.g. "work 2.44, PE 1.5, MP 0.49, total 4.43, $147.97". */
export function medicareSummary(m) {
    if (!m.found)
        return `not found (${m.source})`;
    const parts = [];
    if (m.workRvu !== undefined)
        parts.push(`work ${m.workRvu}`);
    if (m.peRvu !== undefined)
        parts.push(`PE ${m.peRvu}`);
    if (m.mpRvu !== undefined)
        parts.push(`MP ${m.mpRvu}`);
    if (m.totalRvu !== undefined)
        parts.push(`total ${m.totalRvu}`);
    if (m.nationalPayment !== undefined)
        parts.push(`${money(m.nationalPayment)} national`);
    return parts.join(', ');
}
/** Pretty `oplint explain <code>` text, readable at 80 columns. */
export function renderExplain(code, opts = {}, knowledge) {
    const k = knowledge ?? loadCodes();
    const info = getCodeInfo(code, k);
    const c = new Chalk({ level: opts.color ? 1 : 0 });
    const h = (s) => c.bold(s);
    const out = [];
    out.push(c.bold.cyan(`${info.code}  ${info.short}`) + (info.addOn ? c.yellow('  (add-on code)') : ''));
    out.push('');
    out.push(h('Meaning') + c.dim(' (oplint paraphrase, not the CPT descriptor)'));
    out.push(...wrap(info.meaning, '  '));
    out.push('');
    out.push(`${h('Add-on:')}     ${info.addOn ? 'yes - never alone; needs a primary procedure on the claim' : 'no'}`);
    out.push(`${h('Action:')}     ${info.action === 'insert' ? 'manual preparation and insertion' : 'removal'}`);
    out.push(`${h('Site:')}       ${SITE_LABEL[info.site]}`);
    out.push(`${h('Companion:')}  ${info.companion} (${info.action === 'insert' ? 'removal' : 'insertion'} at the same site)`);
    const [g1, ...gRest] = wrap(`${info.global} - ${info.globalNote}`, '             ');
    out.push(`${h('Global:')}     ${g1.trimStart()}`, ...gRest);
    out.push('');
    out.push(h('What the note must show'));
    for (const e of info.elements)
        out.push(...bullet(`${e.id}: ${e.summary}`));
    out.push('');
    out.push(h('Denial risks'));
    for (const r of info.denialRisks)
        out.push(...bullet(r));
    out.push('');
    out.push(h('Modifiers'));
    for (const m of info.modifiers)
        out.push(...bullet(`${m.modifier}: ${m.rule}`));
    out.push('');
    const m = info.medicare;
    out.push(h(`Medicare ${m.year} (national, physician fee schedule)`));
    if (m.found) {
        out.push(`  Work RVU ${num(m.workRvu)}   PE RVU ${num(m.peRvu)}   MP RVU ${num(m.mpRvu)}   Total RVU ${num(m.totalRvu)}`);
        out.push(`  National payment ${money(m.nationalPayment)}`);
    }
    else {
        out.push('  Figures not found.');
    }
    out.push(...wrap(`Source: ${m.source}; year ${m.year}; confidence ${m.confidence}.`, '  '));
    out.push(c.dim('  Actual payment varies by locality (GPCI) and payer.'));
    out.push('');
    const p = info.primaries;
    out.push(h('Primary procedures') + ` (${p.complete ? 'published list' : 'PARTIAL list'}, confidence ${p.confidence})`);
    out.push(...wrap(`Source: ${p.source} (${p.date}).`, '  '));
    if (p.note)
        out.push(...wrap(p.note, '  '));
    for (const g of p.groups) {
        out.push(...wrap(`${g.basis}:`, '  '));
        out.push(...wrap(g.codes.join(' '), '    '));
    }
    if (p.excluded.length) {
        out.push(...wrap('Not reported with:', '  '));
        for (const x of p.excluded)
            out.push(...bullet(`${x.code}: ${x.reason}`, '    '));
    }
    const notes = [...info.notes, ...k.commonNotes];
    if (notes.length) {
        out.push('');
        out.push(h('Notes'));
        for (const n of notes)
            out.push(...bullet(n));
    }
    return out.join('\n') + '\n';
}
/** JSON-ready object for `oplint explain <code> --format json`. */
export function explainJson(code, knowledge) {
    const k = knowledge ?? loadCodes();
    const info = getCodeInfo(code, k);
    return {
        code: info.code,
        short: info.short,
        meaning: info.meaning,
        addOn: info.addOn,
        action: info.action,
        site: info.site,
        companion: info.companion,
        global: info.global,
        elements: info.elements,
        denialRisks: info.denialRisks,
        modifiers: info.modifiers,
        medicare: info.medicare,
        primaries: {
            source: info.primaries.source,
            date: info.primaries.date,
            confidence: info.primaries.confidence,
            complete: info.primaries.complete,
            note: info.primaries.note,
            groups: info.primaries.groups,
            excluded: info.primaries.excluded,
        },
        notes: [...info.notes, ...k.commonNotes],
    };
}
/** Pretty `oplint codes` table of the family. */
export function renderCodes(opts = {}, knowledge) {
    const k = knowledge ?? loadCodes();
    const c = new Chalk({ level: opts.color ? 1 : 0 });
    const rows = FAMILY.map((code) => getCodeInfo(code, k));
    const head = ['code', 'action', 'site', 'pair', 'global', 'total RVU', 'Medicare', 'primaries'];
    const body = rows.map((r) => [
        r.code,
        r.action,
        r.site,
        r.companion,
        r.global,
        num(r.medicare.totalRvu),
        r.medicare.found ? money(r.medicare.nationalPayment) : 'n/f',
        `${r.primaries.complete ? 'published' : 'partial'}/${r.primaries.confidence}`,
    ]);
    const widths = head.map((t, i) => Math.max(t.length, ...body.map((b) => b[i].length)));
    const fmt = (cells) => cells.map((s, i) => s.padEnd(widths[i])).join(' ').trimEnd();
    const out = [c.bold(fmt(head)), ...body.map(fmt)];
    out.push('');
    out.push(...wrap('All six are add-on codes (global ZZZ, modifier 51 exempt): always reported with a primary procedure on the same claim. Site decides the code: canal 20702/20703, deep 20700/20701, joint 20704/20705.', ''));
    out.push(...wrap(`Medicare ${k.conversionFactor.year} national amounts; 20702 from the CMS Physician Fee Schedule RVU file RVU26A (January 2026), the others from an unofficial code-lookup website (low confidence); n/f = not found. Run 'oplint explain <code>' for sources.`, ''));
    return out.join('\n') + '\n';
}
/** JSON-ready array for `oplint codes --format json`. */
export function codesJson(knowledge) {
    const k = knowledge ?? loadCodes();
    return FAMILY.map((code) => {
        const r = getCodeInfo(code, k);
        return {
            code: r.code,
            short: r.short,
            action: r.action,
            site: r.site,
            companion: r.companion,
            addOn: r.addOn,
            global: r.global,
            medicare: r.medicare,
            primaries: { source: r.primaries.source, confidence: r.primaries.confidence, complete: r.primaries.complete },
        };
    });
}
