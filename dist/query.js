import { lazy, zod } from './deps.js';
import { siteNames } from './claim/checks.js';
import { getCodeInfo, isFamilyCode } from './codes.js';
import { loadPack } from './patterns/load.js';
import { normalize } from './text/normalize.js';
import { categoryOf, findSections, proseLineLength } from './text/sections.js';
import { splitSentences } from './text/sentences.js';
import { escapeRegExp } from './text/regex.js';
/** Query templates live in patterns/queries.yaml, so wording is edited without touching code. */
export const QueriesSchema = lazy(() => {
    const z = zod();
    const Template = z.strictObject({ title: z.string().min(1), question: z.string().min(1), options: z.array(z.string().min(1)).optional() });
    return z.strictObject({
        // defaults keep a user's queries.yaml written before these keys existed valid
        heading: z.string().min(1).default('Physician documentation query (draft)'),
        fields: z.array(z.string().min(1)).min(1).default(['Patient', 'Record number', 'Date of service', 'To', 'From', 'Date of query']),
        intro: z
            .string()
            .min(1)
            .default('The operative note was reviewed for completeness and clarity. Please answer each question below in an addendum to the operative note, based on your independent clinical judgment. Any answer, including "Clinically unable to determine", is acceptable.'),
        closing: z.array(z.string().min(1)).default(['Thank you.']),
        other: z.string().min(1),
        unable: z.string().min(1),
        siteOptions: z.array(z.string().min(1)),
        /** How a question asked again for another device is told apart: "{n}" is the device's ordinal. */
        repeatedFor: z.string().min(1).default('({n} device)'),
        /** Ordinals of the second, third... device; past the list, the number and `ordinalSuffix`. */
        ordinals: z.array(z.string().min(1)).default(['first', 'second', 'third', 'fourth', 'fifth']),
        ordinalSuffix: z.string().default('th'),
        templates: z.record(z.string(), Template),
    });
});
const WIDTH = 80;
const MAX_QUOTE = 300;
/** A quote shorter than this (a bare list item: "rod removed") gives no context: the sentence before it goes with it. */
const MIN_QUOTE = 24;
function wrap(text, indent, hanging = indent, width = WIDTH) {
    const words = text.replace(/\s+/g, ' ').trim().split(' ');
    const out = [];
    let line = '';
    for (const w of words) {
        const prefix = out.length === 0 ? indent : hanging;
        if (line && prefix.length + line.length + 1 + w.length > width) {
            out.push(prefix + line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        out.push((out.length === 0 ? indent : hanging) + line);
    return out;
}
export function quotableNote(text) {
    const doc = normalize(text);
    const sections = findSections(doc.text);
    return { doc, sections, sentences: splitSentences(doc.text, sections, proseLineLength()) };
}
/** Offset in the input of 1-based line / column evidence (falls back to searching for the quote). */
function inputOffset(doc, ev) {
    const ls = doc.lineStarts[ev.line - 1];
    if (ls !== undefined) {
        const at = ls + ev.column - 1;
        if (doc.input.startsWith(ev.text, at))
            return at;
    }
    return doc.input.indexOf(ev.text);
}
/** Normalised-text offset of an input offset (the first text position at or after it). */
function textOffset(doc, input) {
    const m = doc.map;
    if (!m)
        return input;
    let lo = 0;
    let hi = m.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (m[mid] < input)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The input's own words for a normalised span, whitespace collapsed. */
function inputSlice(doc, start, end) {
    const m = doc.map;
    const a = m ? m[start] : start;
    const b = end > start ? (m ? m[end - 1] : end - 1) + 1 : a;
    return doc.input.slice(a, b).replace(/\s+/g, ' ').trim();
}
/** Cut a long sentence around [from, to) at word boundaries, marking the cuts with "...". */
function shorten(s, from, to) {
    if (s.length <= MAX_QUOTE)
        return s;
    const mid = Math.floor((from + to) / 2);
    let a = Math.max(0, Math.min(mid - MAX_QUOTE / 2, s.length - MAX_QUOTE));
    let b = Math.min(s.length, a + MAX_QUOTE);
    if (a > 0)
        a = s.indexOf(' ', a) + 1 || a;
    if (b < s.length)
        b = s.lastIndexOf(' ', b) > a ? s.lastIndexOf(' ', b) : b;
    return `${a > 0 ? '...' : ''}${s.slice(a, b).trim()}${b < s.length ? '...' : ''}`;
}
/**
 * A section title as a reader knows it: the longest tail of the header's words that is a known section title
 * ("PREOPERATIVE DIAGNOSIS" of a run-on "PA-C PREOPERATIVE DIAGNOSIS"), else '' (an unknown "Label:" is not
 * named, since it may be a field such as "ANES: General" rather than a section).
 */
function sectionTitle(raw) {
    const words = raw.replace(/[\s:,]+$/, '').trim().split(/\s+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
        const tail = words.slice(i).join(' ');
        if (tail.length <= 60 && categoryOf(tail) !== undefined)
            return BILLING.test(tail) ? '' : tail;
    }
    return '';
}
/** The sentence holding a piece of evidence, quoted with its section title. */
export function quoteEvidence(note, ev) {
    const { doc, sentences } = note;
    const inAt = inputOffset(doc, ev);
    if (inAt < 0)
        return undefined;
    const t = textOffset(doc, inAt);
    let idx = sentences.findIndex((s) => s.start <= t && t < s.end);
    if (idx < 0)
        idx = sentences.findIndex((s) => s.start >= t);
    if (idx < 0)
        return undefined;
    const s = sentences[idx];
    const full = inputSlice(doc, s.start, s.end);
    const evText = ev.text.replace(/\s+/g, ' ').trim();
    const rel = Math.max(0, full.indexOf(evText));
    // (a title the note itself shows: a structured export's field names are read as titles, "drugDeliveryDevice" as
    // "Drug delivery device", which a reader of the note would not find)
    // (named as the note writes it)
    const named = sectionTitle(note.sections[s.section]?.title ?? '');
    const shown = named ? new RegExp(named.trim().split(/\s+/).map(escapeRegExp).join('\\s+'), 'i').exec(doc.input) : null;
    const title = shown ? shown[0].replace(/\s+/g, ' ') : '';
    let text = shorten(full, rel, rel + evText.length);
    const prev = sentences[idx - 1];
    const next = sentences[idx + 1];
    if (text.length < MIN_QUOTE && prev && prev.section === s.section) {
        text = `${shorten(inputSlice(doc, prev.start, prev.end), 0, 0)} ... ${text}`;
    }
    else if (text.length < MIN_QUOTE && next && next.section === s.section) {
        text = `${text} ... ${shorten(inputSlice(doc, next.start, next.end), 0, 0)}`;
    }
    return { section: title, category: s.category, text, sentence: idx };
}
/** Kept for callers of the old API: the sentence of `text` around offset `at`, whitespace collapsed. */
export function sentenceAt(text, at, length = 0) {
    const note = quotableNote(text);
    const before = text.slice(0, at).split(/\r\n|\r|\n/);
    const q = quoteEvidence(note, { text: text.slice(at, at + length), line: before.length, column: before[before.length - 1].length + 1 });
    return q?.text ?? '';
}
const SITE_ELEMENTS = new Set(['placement-site', 'removal-site']);
/** Elements about the whole operation rather than one device. */
const NOTE_LEVEL = new Set(['primary-procedure']);
const REMOVAL_ELEMENTS = new Set(['removal-site', 'device-removed', 'completeness', 'removal-reason', 'staged-link']);
/** The action a result's elements judge (insert packs have placement-site, removal packs removal-site). */
function actionOf(result) {
    return result.elements.some((e) => REMOVAL_ELEMENTS.has(e.id)) ? 'remove' : 'insert';
}
/**
 * Whether the note itself answers the element's question, so that a query would ask for something already
 * documented (or fish for a different answer): a device at a named space other than the code's, a device
 * called prefabricated, removal as the only procedure, a procedure described without its code.
 */
function noteAnswers(el, events) {
    if (SITE_ELEMENTS.has(el.id))
        return !events.some((e) => e.site === 'unspecified');
    if (el.id === 'fabrication')
        return el.status === 'fail' && el.evidence.length > 0;
    if (el.id === 'primary-procedure') {
        if (el.status !== 'fail')
            return true; // described in words: assigning the code is the coder's work
        return /\b(?:only procedure|20680)\b/i.test(el.message); // removal is the only procedure documented
    }
    return false;
}
/** Evidence the question quotes: the element's own, else the device event's (an unsited one for site questions). */
function evidenceFor(el, events) {
    if (SITE_ELEMENTS.has(el.id)) {
        const unsited = events.filter((e) => e.site === 'unspecified');
        return [...unsited.flatMap((e) => e.evidence), ...el.evidence];
    }
    // the device's description (the narrative sentence rather than the procedure-list line) holds what is missing
    return [...el.evidence, ...events.flatMap((e) => [...e.evidence].reverse())];
}
/** Which sentence to quote when several hold the evidence: the operative description first, history last. */
const CATEGORY_RANK = {
    narrative: 0, findings: 1, none: 2, procedure: 3, implants: 3, other: 4, plan: 5, indications: 6, diagnosis: 6, history: 7,
};
/** Words of billing: a query never names them, so a sentence or a section title carrying them is avoided. */
const BILLING = /\b(?:CPT|HCPCS|codes?|coding|billing|charges?|modifiers?)\b|\b\d{5}\b/i;
const rankOf = (q) => (CATEGORY_RANK[q.category] ?? 4) + (BILLING.test(q.text) ? 10 : 0);
/** Sections that describe other days: the history, the indication, the plan, the diagnosis. */
const NOT_TODAY = new Set(['history', 'indications', 'plan', 'diagnosis']);
/** The space of the code a result was checked against (20702's when no code was supported). */
function siteOfResult(result) {
    const code = result.code ?? '20702';
    return isFamilyCode(code) ? getCodeInfo(code).site : 'intramedullary';
}
function questionsFor(result, note, q) {
    if (result.status === 'error')
        return [];
    const action = actionOf(result);
    // the events of the checked action, the code's own space first, then unsited ones, then other spaces
    const site = siteOfResult(result);
    const rank = (e) => (e.site === site ? 0 : e.site === 'unspecified' ? 1 : 2);
    const events = result.devices.filter((d) => d.action === action).sort((a, b) => rank(a) - rank(b));
    // no device event of this action: nothing in the record to ask about (see the file comment)
    if (events.length === 0)
        return [];
    // nor when the only sentences describing the device are its history, indication or plan: the record then
    // shows no device of this operation to ask about
    const eventQuotes = events.flatMap((e) => e.evidence).map((ev) => quoteEvidence(note, ev)).filter((x) => !!x);
    if (eventQuotes.length && eventQuotes.every((x) => NOT_TODAY.has(x.category)))
        return [];
    const out = [];
    for (const el of result.elements) {
        if (el.status !== 'fail' && el.status !== 'warn')
            continue;
        const template = q.templates[el.id];
        if (!template)
            continue; // an element without a vetted question is not asked
        if (noteAnswers(el, events))
            continue;
        // the description of the device (narrative) says more than a procedure-list line or a diagnosis
        const quotes = evidenceFor(el, events).map((ev) => quoteEvidence(note, ev)).filter((x) => !!x);
        const quote = quotes.reduce((best, x) => (!best || rankOf(x) < rankOf(best) ? x : best), undefined);
        out.push({ key: el.id, template, quote });
    }
    return out;
}
function render(questions, q, removal) {
    const out = [];
    out.push(q.heading);
    out.push('');
    const width = Math.max(...q.fields.map((f) => f.length));
    for (const f of q.fields)
        out.push(`${`${f}:`.padEnd(width + 2)}${'_'.repeat(30)}`);
    out.push('');
    out.push(...wrap(q.intro, ''));
    const quoted = new Map();
    // a question asked again for another device of the note (each quoting its own sentence) says so in its title
    const titles = new Map();
    questions.forEach((qu, i) => {
        const t = qu.template;
        const asked = titles.get(t.title) ?? 0;
        titles.set(t.title, asked + 1);
        out.push('');
        out.push(`${i + 1}. ${t.title}${asked ? ` ${q.repeatedFor.replace('{n}', q.ordinals[asked] ?? `${asked + 1}${q.ordinalSuffix}`)}` : ''}`);
        if (qu.quote) {
            const seen = quoted.get(qu.quote.sentence);
            if (seen !== undefined) {
                out.push(...wrap(`The note: see the sentence quoted in question ${seen}.`, '   '));
            }
            else {
                quoted.set(qu.quote.sentence, i + 1);
                const where = qu.quote.section ? `In the ${qu.quote.section} section, the note states:` : 'The note states:';
                out.push(...wrap(where, '   '));
                out.push(...wrap(`"${qu.quote.text}"`, '   ', '    '));
            }
        }
        else {
            out.push('   The note does not describe this.');
        }
        out.push(...wrap(t.question.replace('{action}', removal ? 'removal' : 'placement'), '   ', '   '));
        if (t.options) {
            for (const o of [...t.options, q.other, q.unable])
                out.push(...wrap(`[ ] ${o}`, '   ', '       '));
        }
        else {
            out.push(`   ${'_'.repeat(60)}`);
            out.push(`   [ ] ${q.unable}`);
        }
    });
    out.push('');
    for (const c of q.closing)
        out.push(...wrap(c, ''));
    return out.join('\n') + '\n';
}
function loadQueries(patternDirs = []) {
    return loadPack('queries.yaml', QueriesSchema, [...patternDirs]);
}
/**
 * Draft a physician query for the result's failing or warning elements; undefined when there is nothing a
 * compliant query may ask (see the file comment). `noteText` is the note as given (evidence line / column
 * refer to it). A caller that has already analysed the note may pass its sentences and sections as `note`
 * (e.g. `{ doc: a.doc, sections: a.sections, sentences: a.sentences }`) instead of having them split again.
 */
export function draftQuery(result, noteText, note = quotableNote(noteText), patternDirs = []) {
    const q = loadQueries(patternDirs);
    const questions = questionsFor(result, note, q);
    if (questions.length === 0)
        return undefined;
    return render(questions, q, actionOf(result) === 'remove');
}
/**
 * One query for all results of one note (`checkNoteAll`), asking each question once: an exchange or a
 * two-site note checked against two codes would otherwise ask, for example, about the procedures twice.
 * A question is the same when it has the same element and quotes the same sentence.
 */
export function draftNoteQuery(results, noteText, note = quotableNote(noteText), patternDirs = []) {
    const q = loadQueries(patternDirs);
    const seen = new Set();
    const questions = [];
    let removal = false;
    for (const r of results) {
        for (const qu of questionsFor(r, note, q)) {
            // a question about the whole operation (the procedures) is asked once, whatever it quotes
            const k = NOTE_LEVEL.has(qu.key) ? qu.key : `${qu.key}@${qu.quote?.sentence ?? -1}`;
            const generic = `${qu.template.question}@${qu.quote?.sentence ?? -1}`;
            if (seen.has(k) || seen.has(generic))
                continue;
            seen.add(k);
            seen.add(generic);
            questions.push(qu);
            if (actionOf(r) === 'remove')
                removal = true;
        }
    }
    if (questions.length === 0)
        return undefined;
    return render(questions, q, removal);
}
// ------------------------------------------------------------------------------------------ fixes
/**
 * A result's fixes in the note's own words: the placeholders the packs' fix examples carry are filled where
 * the note gives the answer, and left as placeholders where it does not (a fix never supplies a fact).
 * - `[bone]` / `[joint]` / `[region]`: the one bone, joint or body region the note names for a device of the
 *   checked action that sits in the code's space or has no stated space (with its side, e.g. "right tibia");
 *   when the device's own sentences name none, the one such name the whole note gives. Nothing is filled
 *   when the note names several, or when the device sits in another space (the code is wrong, not the note).
 * - `[carrier]` / `[drug]`: the carrier or drug the note names, when that element passed.
 * Returns the elements; a caller assigns them back (`result.elements = fixesInNoteWords(result, text)`).
 */
export function fixesInNoteWords(result, noteText) {
    const action = actionOf(result);
    const site = siteOfResult(result);
    if (site === 'unspecified')
        return result.elements;
    // nothing to fill when no fix carries a placeholder (a passing note has no fixes at all)
    if (!result.elements.some((e) => e.fix && e.fix.includes('[')))
        return result.elements;
    const events = result.devices.filter((d) => d.action === action && (d.site === site || d.site === 'unspecified'));
    let name;
    if (events.length) {
        const own = siteNames(events, site).filter((n) => n !== 'unnamed site');
        const whole = own.length ? own : siteNames([{ action, site, evidence: [{ text: noteText, line: 1, column: 1 }] }], site).filter((n) => n !== 'unnamed site');
        if (whole.length === 1)
            name = whole[0];
    }
    const named = (id) => {
        const e = result.elements.find((x) => x.id === id);
        return e && e.status === 'pass' && e.evidence[0] ? e.evidence[0].text.replace(/\s+/g, ' ').trim() : undefined;
    };
    const carrier = named('carrier');
    const drug = named('drug');
    return result.elements.map((e) => {
        if (!e.fix)
            return e;
        let fix = e.fix;
        if (name)
            fix = fix.replace(/\[side\] \[(?:bone|joint|region)\]|\[(?:bone|joint|region)\]/g, name);
        if (carrier)
            fix = fix.replace(/\[carrier\]/g, carrier);
        if (drug)
            fix = fix.replace(/\[drug\]/g, drug);
        return fix === e.fix ? e : { ...e, fix };
    });
}
