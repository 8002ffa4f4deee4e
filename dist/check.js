import { patternStore } from './patterns/store.js';
import { decodeBytes } from './io/decode.js';
import { surgeonOf } from './nlp/header.js';
import { frameSummaries } from './nlp/slots.js';
import { Analysis } from './nlp/analyze.js';
import { analyseDevices, eventEvidence } from './nlp/devices.js';
import { judgePack, primaryFacts } from './rules/evaluate.js';
import { checkClaim, claimFails, sitesByCode } from './claim/checks.js';
import { loadCodes } from './codes.js';
import { loadAocFile } from './claim/aoc.js';
import { parseClaim } from './claim/parse.js';
import { draftQuery, fixesInNoteWords } from './query.js';
import { codeFor, FAMILY, loadCodePack, removalOnlyCodes } from './rules/pack.js';
const aocCache = new Map();
function aocData(file) {
    let d = aocCache.get(file);
    if (!d) {
        d = loadAocFile(file);
        aocCache.set(file, d);
    }
    return d;
}
export class UsageError extends Error {
    name = 'UsageError';
}
/** Throw a UsageError unless `code` is "auto" or a family code. */
export function validateCode(code) {
    if (code === undefined || code === 'auto')
        return;
    if (typeof code === 'number')
        code = String(code);
    if (!FAMILY.includes(code)) {
        throw new UsageError(`unknown code '${code}': use auto or one of ${FAMILY.join(', ')}`);
    }
}
function applySeverity(elements, overrides) {
    if (!overrides)
        return elements;
    const out = [];
    for (const e of elements) {
        const sev = overrides[e.id];
        if (sev === 'off')
            continue;
        if (sev === 'warn' && e.status === 'fail')
            out.push({ ...e, status: 'warn' });
        else if (sev === 'error' && e.status === 'warn')
            out.push({ ...e, status: 'fail' });
        else
            out.push(e);
    }
    return out;
}
function toText(input) {
    if (typeof input === 'string')
        return { text: input, warnings: [] };
    if (input instanceof Uint8Array) {
        const d = decodeBytes(input);
        return { text: d.text, warnings: d.warnings };
    }
    throw new TypeError(`checkNote: note must be a string, a Buffer or a Uint8Array, not ${input === null ? 'null' : typeof input}`);
}
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Validate the options a library caller passes, with a one-line message naming the option. */
function normaliseOptions(opts) {
    if (opts === undefined || opts === null)
        return {};
    if (typeof opts !== 'object')
        throw new TypeError(`checkNote: options must be an object, not ${typeof opts}`);
    const o = { ...opts };
    if (typeof o.code === 'number')
        o.code = String(o.code);
    if (o.code !== undefined && typeof o.code !== 'string')
        throw new UsageError(`option code: expected "auto" or a code 20700-20705, not ${typeof o.code}`);
    validateCode(o.code);
    if (Array.isArray(o.claim))
        o.claim = o.claim.map(String).join(',');
    if (o.claim !== undefined && typeof o.claim !== 'string')
        throw new UsageError('option claim: expected a string such as "27506,20702" or an array of code strings');
    if (o.asOf !== undefined) {
        const ok = typeof o.asOf === 'string' && ISO_DAY.test(o.asOf) && !Number.isNaN(new Date(`${o.asOf}T00:00:00Z`).getTime()) && new Date(`${o.asOf}T00:00:00Z`).toISOString().startsWith(o.asOf);
        if (!ok)
            throw new UsageError(`option asOf: expected a day as YYYY-MM-DD, not ${JSON.stringify(o.asOf)}`);
    }
    if (o.patternDirs !== undefined && !(Array.isArray(o.patternDirs) && o.patternDirs.every((d) => typeof d === 'string'))) {
        throw new UsageError('option patternDirs: expected an array of folder paths');
    }
    if (o.source !== undefined && typeof o.source !== 'string')
        throw new UsageError('option source: expected a string');
    return o;
}
/** Quotes of device mentions the note negates, plans, or places in another operation (for a no-device note). */
function ruledOutEvidence(a, dev) {
    const out = [];
    const seen = new Set();
    for (const d of dev.devices) {
        if (seen.has(d.sentence) || a.affirmed(d))
            continue;
        seen.add(d.sentence);
        out.push(a.sentenceEvidence(d.sentence));
        if (out.length >= 3)
            break;
    }
    return out;
}
/**
 * Check one note: one result per code (with `code: "auto"`, one per code the operation's device events
 * support, in the order the events appear; a single `no-device` result when the operation places and
 * removes no drug-delivery device; a single result with `code: null` judged against 20702 when a device
 * event has no specific site).
 */
export function checkNoteAll(input, options = {}) {
    const opts = normaliseOptions(options);
    const { text, warnings } = toText(input);
    const source = opts.source ?? '-';
    const dirs = opts.patternDirs ?? [];
    if (!text.trim()) {
        return [{ source, status: 'error', code: null, suggestedCodes: [], devices: [], elements: [], error: { message: 'empty note' } }];
    }
    const store = patternStore(dirs);
    const outcomes = store.data('outcomes.yaml');
    const a = new Analysis(text, dirs);
    const dev = analyseDevices(a);
    const devices = dev.events.map((e) => ({ action: e.action, site: e.site, evidence: eventEvidence(a, e) }));
    const deviceCodes = [];
    for (const e of dev.events) {
        const c = codeFor(e.action, e.site, dirs);
        if (c && !deviceCodes.includes(c))
            deviceCodes.push(c);
    }
    const claimLines = opts.claim ? parseClaim(Array.isArray(opts.claim) ? opts.claim.join(',') : opts.claim) : undefined;
    const claimedFamily = (claimLines ?? []).map((l) => l.code).filter((c) => FAMILY.includes(c));
    const asked = opts.code !== undefined && opts.code !== 'auto' ? [String(opts.code)] : [];
    const surgeon = surgeonOf(a.grammar, text);
    const withWarnings = (r) => {
        const out = surgeon ? { ...r, surgeon } : r;
        return warnings.length ? { ...out, warnings: [...(out.warnings ?? []), ...warnings] } : out;
    };
    const noDevice = dev.events.length === 0 ? { message: outcomes.noDevice.message, evidence: ruledOutEvidence(a, dev) } : undefined;
    if (noDevice && !asked.length && !claimedFamily.length) {
        return [withWarnings({ source, status: 'no-device', code: null, suggestedCodes: [], devices: [], elements: [], noDevice })];
    }
    const wanted = asked.length
        ? asked
        : deviceCodes.length ? deviceCodes : noDevice ? [...new Set(claimedFamily)] : [null];
    const facts = claimLines ? primaryFacts(a) : undefined;
    const knowledge = claimLines ? loadCodes(dirs) : undefined;
    const removalCodes = claimLines ? removalOnlyCodes(dirs) : new Set();
    const judged = wanted.map((code) => {
        const pack = loadCodePack(code ?? '20702', dirs);
        const noEvent = noDevice ? { message: outcomes.noDevice.element, fix: outcomes.noDevice.fix } : undefined;
        const j = judgePack({ a, dev, pack, explain: !!opts.explain, patternDirs: dirs }, noEvent);
        return { code, pack, elements: applySeverity(j.elements, opts.elements), kinds: j.kinds };
    });
    // Codes a coder can bill once the gaps are closed: never a hand-made-device code for a device the note says
    // was commercially made, never a removal add-on when removal is the only procedure.
    const guidance = [];
    const suggestedCodes = deviceCodes.filter((c) => {
        const j = judged.find((x) => x.code === c);
        if (!j)
            return true;
        const kind = (type) => {
            const el = j.pack.elements.find((e) => e.check.type === type || e.id === type);
            return el ? j.kinds.get(el.id) : undefined;
        };
        if (j.pack.action === 'insert' && kind('fabrication') === 'blocked') {
            guidance.push({ text: outcomes.prefabricated.replace('{code}', c) });
            return false;
        }
        if (j.pack.action === 'remove' && kind('primary-procedure') === 'literal') {
            guidance.push({ text: outcomes.removalOnly.replace('{code}', c) });
            return false;
        }
        return true;
    });
    let frames;
    const staged = judged.some((j) => j.pack.action === 'insert' && j.elements.some((e) => e.id === 'staged-removal' && e.status === 'pass')) &&
        a.mentions('staging').some((m) => !m.entry.tags.has('earlier') && !m.entry.tags.has('vague') && !a.assertion(m).negated && !a.assertion(m).historical);
    if (staged)
        guidance.push({ text: outcomes.staged.text, source: outcomes.staged.source });
    return judged.map(({ code, elements }) => {
        let failed = code === null || elements.some((e) => e.status === 'fail');
        const result = { source, status: 'pass', code, suggestedCodes, devices, elements };
        if (noDevice)
            result.noDevice = noDevice;
        if (opts.explain && dev.frames.length)
            result.frames = frames ??= frameSummaries(a, dev);
        if (guidance.length)
            result.guidance = guidance;
        if (claimLines && facts) {
            // the claim is judged on the analysed facts (procedures, device events), never on formatted output
            const noteFacts = {
                code,
                devices,
                documentedCodes: suggestedCodes,
                primaryCodesInNote: facts.codes,
                otherProceduresDocumented: facts.codes.some((c) => !removalCodes.has(c)) || facts.described || dev.events.some((e) => e.action === 'insert'),
                sitesByCode: sitesByCode(devices, knowledge),
            };
            result.claim = checkClaim(claimLines, noteFacts, {
                knowledge,
                ...(opts.aocFile ? { aoc: aocData(opts.aocFile) } : {}),
                ...(opts.asOf ? { asOf: new Date(opts.asOf) } : {}),
            });
            if (claimFails(result.claim))
                failed = true;
        }
        result.status = failed ? 'fail' : 'pass';
        // fix examples in the note's own words (its bone, its drug) where the note gives exactly one
        if (result.elements.length)
            result.elements = fixesInNoteWords(result, text);
        if (opts.query) {
            const q = draftQuery(result, text, { doc: a.doc, sections: a.sections, sentences: a.sentences }, dirs);
            if (q)
                result.query = q;
        }
        return withWarnings(result);
    });
}
/** Check one note against one code: the first result of `checkNoteAll`. */
export function checkNote(input, opts = {}) {
    return checkNoteAll(input, opts)[0];
}
