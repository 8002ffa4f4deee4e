/**
 * Procedures and the operation timeline.
 *
 * - Procedure codes in the ways notes write them: "CPT 11012.", "(27640)", "27506-RT", "20702-59", "CPT®
 *   11044", a code leading a bullet or table row ("• 11012 - debridement", "27506-RT   Nailing"), a code
 *   trailing a line ("... right femur - 11012"), a "Coding:" block, a table cell. Modifiers are parsed.
 * - The operation timeline: a short dated line naming an operation starts that operation's part of the
 *   note; the part dated on the date of service (or, without one, the latest date) is today's.
 * Every word list comes from `patterns/grammar.yaml`; this module only knows the shapes.
 */
import { expandMacros } from './lexicon.js';
import { phrases } from '../text/regex.js';
const compiledFor = new WeakMap();
/** grammar timeline.laterStageTime with its macros expanded (null when unset). */
function laterStageTime(g) {
    if (!g.timeline.laterStageTime)
        return null;
    const src = expandMacros(g.timeline.laterStageTime, g.macros);
    if (typeof src !== 'string')
        throw new Error(`unknown macro {{${src.unknown}}} in timeline.laterStageTime (grammar.yaml macros)`);
    return new RegExp(src, 'i');
}
function ocrMap(g) {
    return new Map(Object.entries(g.codes.ocrDigits?.letters ?? {}));
}
/**
 * Five characters of a code: digits, or (with grammar codes.ocrDigits) digits and the letters text recognition
 * reads for them ("2747O", "l1043"; how many digits it needs is checked on the match).
 */
function codeChars(g) {
    const o = g.codes.ocrDigits;
    const letters = Object.keys(o?.letters ?? {}).filter((l) => /^[A-Za-z]$/.test(l));
    if (!o || !letters.length)
        return '\\d{5}';
    return `[0-9${letters.join('')}]{5}`;
}
function compile(g) {
    let c = compiledFor.get(g);
    if (c)
        return c;
    const modifier = `(?:${phrases(g.codes.modifiers)})`;
    const monthNames = g.timeline.months.map((m) => m.toLowerCase());
    // (an earlier word whose object, a few words on, is a template names no earlier operation: "Copied from: 1st I&D
    // template (updated by Dr. X)")
    const notTemplate = g.timeline.templateWords.length ? `(?!:?\\s*(?:[\\w&'-]+\\s+){0,4}?(?:${phrases(g.timeline.templateWords)})(?![A-Za-z]))` : '';
    const months = new Map();
    const order = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    for (const m of monthNames) {
        const i = order.indexOf(m.slice(0, 3));
        if (i >= 0)
            months.set(m, i + 1);
    }
    const monthAlt = phrases(monthNames);
    c = {
        // the marker right before the code (possibly with "#", ":" or an opening bracket between)
        marker: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.codes.markers)})\\s*(?:[:#=(]|no\\.?)?\\s*\\(?\\s*$`, 'i'),
        // (a code marker standing as a column heading: spaces or a pipe on both sides)
        columnCell: new RegExp(`^(?:${phrases(g.codes.markers, '[ ]')})$`, 'i'),
        columnMarker: new RegExp(`(?:^|  |\\|)[ ]*((?:${phrases(g.codes.markers, '[ ]')}))(?=[ ]*(?:$|  |\\|))`, 'gi'),
        notBefore: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.codes.notCodeBefore)})\\s*(?:[:#.]|no\\.?|number)?\\s*$`, 'i'),
        notAfter: new RegExp(`^\\s*(?:${phrases(g.codes.notCodeAfter)})(?![A-Za-z])`, 'i'),
        modifier,
        // five digits not inside a longer number, a decimal, a date or a word; then any modifiers
        codeRe: new RegExp(`(?<![A-Za-z0-9.,/:-])(${codeChars(g)})((?:[ ]?-[ ]?${modifier}(?![A-Za-z0-9]))*)(?![0-9]|\\.\\d|/\\d|,\\d{3})`, 'gi'),
        ocr: ocrMap(g),
        ocrMinDigits: g.codes.ocrDigits?.minDigits ?? 5,
        blockLine: new RegExp(`^[ \\t>*\\-\\u2022]*(?:${phrases(g.codes.blockLabels)})\\s*(?:[:#-]|$)`, 'i'),
        procedureWords: new RegExp(`\\b(?:${phrases(g.codes.procedureWords)})\\b`, 'i'),
        ranges: g.codes.primaryRanges,
        serviceLabel: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.timeline.serviceLabels)})\\s*[:#-]?\\s*$`, 'i'),
        operationWord: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.timeline.operationWords)}${g.timeline.numberedOperationWords.length ? `|(?:${phrases(g.timeline.numberedOperationWords)})\\s*(?:#|no\\.?)?\\s*\\d{1,3}(?!\\d)` : ''})(?![A-Za-z])`, 'i'),
        // ISO, numeric (either order), "Nov 9, 2026", and day first: "9 Nov 2026", "09-Nov-26", "09NOV2026"
        dateRe: new RegExp(`\\b(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2,4}))?|(${monthAlt})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|\\s*-\\s*|(?=[A-Za-z]))(${monthAlt})\\.?(?:(?:,?\\s+|\\s*-\\s*|(?=\\d))(\\d{4})|(?:-|(?=\\d))(\\d{2}))?)\\b`, 'gi'),
        appended: new RegExp(`^[\\s\\-=*#_~]*(?:${phrases(g.timeline.appendedWords)})(?![A-Za-z])${g.timeline.appendedHeadings.length ? `|^[\\s=*#_~]*(?:${phrases(g.timeline.appendedHeadings)})(?![A-Za-z])(?![^;\\n]{0,40};)${g.timeline.documentBefore ? `(?![^\\n]{0,60}?\\b(?:${phrases(g.timeline.documentBefore.noteTitles)})\\b)` : ''}` : ''}`, 'i'),
        // (the note's own title opening a sentence inside an appended line: where a note that lost its newlines goes on)
        titleInLine: g.timeline.documentBefore ? new RegExp(`[.!?]\\s+(?=(?:${phrases(g.timeline.documentBefore.noteTitles)})(?![A-Za-z]))`, 'gi') : null,
        documentBefore: g.timeline.documentBefore
            ? {
                // (the title opens the line, or follows a name and a dash: "JUNIATA CROSSING MEDICAL CENTER -- OPERATIVE REPORT
                // (copy released ...)"); then the line ends, or a dash, a bracket or a rule: a title with a colon after it is a
                // label inside the text ("Per the" / "operative report: "...""); written in capitals it may run on into the
                // note's text, as a note that lost its newlines runs ("OPERATIVE NOTE Surgeon: Dr. X ...")
                title: new RegExp(`^[\\s\\-=*#_~\\[]*(?:[A-Za-z][A-Za-z0-9 .,&'/]*[ ]+[-\u2013\u2014|]+[ ]*)?(?:(?:${phrases(g.timeline.documentBefore.noteTitles)})(?![A-Za-z])(?=[ ]*(?:$|[-\u2013\u2014(|\\]=*#])))`, 'i'),
                capsTitle: new RegExp(`^[\\s\\-=*#_~\\[]*(?:${phrases(g.timeline.documentBefore.noteTitles.map((t) => t.toUpperCase()))})[ ]+[A-Z]`),
                cues: new RegExp(`(?:^|[^A-Za-z])(${phrases(g.timeline.documentBefore.cues)})(?![A-Za-z])`, 'gi'),
                minCues: g.timeline.documentBefore.minCues,
            }
            : null,
        version: g.timeline.versions.words.length ? new RegExp(`^[\\s\\-=*#_~\\[(]*(?:${phrases(g.timeline.versions.words)})[ .#]*(\\d{1,2})(?![\\d/.:-]\\d)(?![A-Za-z0-9])`, 'i') : null,
        supersededVersion: g.timeline.versions.superseded.length ? new RegExp(`^[\\s\\-=*#_~\\[(]*(?:${phrases(g.timeline.versions.superseded)})(?![A-Za-z])`, 'i') : /(?!)/,
        supersedingVersion: g.timeline.versions.superseding.length ? new RegExp(`^[\\s\\-=*#_~\\[(]*(?:${phrases(g.timeline.versions.superseding)})(?![A-Za-z])`, 'i') : /(?!)/,
        finalVersion: g.timeline.versions.finalWords.length ? new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.timeline.versions.finalWords)})(?![A-Za-z])`, 'i') : /(?!)/,
        dayRe: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.timeline.dayLabels)})\\s*(?:#|no\\.?)?\\s*(\\d{1,3})(?!\\d)`, 'i'),
        admissionDay: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.timeline.admissionDayWords)})(?![A-Za-z])`, 'i'),
        months,
        headingMax: g.timeline.headingMaxLength,
        headingRemarkMax: g.timeline.headingRemarkMaxLength,
        bannerMax: g.timeline.bannerMaxLength,
        earlierWord: new RegExp(`(?:^|[^A-Za-z])(?<!\\b(?:${phrases(g.timeline.countedFromWords)})\\s+(?:the\\s+)?)(?<!\\b(?:${phrases(g.timeline.noticeWords)})\\s+(?:[\\w-]+\\s+){0,6})(?:${phrases(g.timeline.earlierWords)})(?![A-Za-z])(?!\\s+(?:${phrases(g.timeline.prepositionAfterWords)})\\b)${notTemplate}`, 'i'),
        templateValue: g.timeline.templateWords.length ? new RegExp(`^\\s*:?\\s*(?:[\\w&'-]+\\s+){0,4}?(?:${phrases(g.timeline.templateWords)})(?![A-Za-z])`, 'i') : /(?!)/,
        earlierLabel: new RegExp(`(?:^|[^A-Za-z])(?<!\\b(?:${phrases(g.timeline.countedFromWords)})\\s+(?:the\\s+)?)(?<!\\b(?:${phrases(g.timeline.noticeWords)})\\s+(?:[\\w-]+\\s+){0,6})(?:${phrases(g.timeline.earlierWords.filter((w) => !g.timeline.stageOnlyEarlierWords.includes(w)))})(?![A-Za-z])(?!\\s+(?:${phrases(g.timeline.prepositionAfterWords)})\\b)${notTemplate}`, 'i'),
        laterStageLabel: g.timeline.laterStageWords.length ? new RegExp(`\\bstage\\b[^:]*(?<!\\bof\\s+(?:(?:a|an|the)\\s+)?)\\b(?:${phrases(g.timeline.laterStageWords)})\\b|\\b(?<!\\bof\\s+(?:(?:a|an|the)\\s+)?)(?:${phrases(g.timeline.laterStageWords)})\\b[^:]*\\bstage\\b|\\bnext\\s+stage\\b`, 'i') : /(?!)/,
        stageEntry: g.timeline.stageEntryWords.length ? new RegExp(`^[ \\t]*(?:[-*\\u2022][ \\t]*)?(?:${phrases(g.timeline.stageEntryWords)})[ \\t]*(?:\\d+[a-z]?|[ivx]{1,4}|zero|one|two|three|four)\\b[^:\\n]{0,40}:`, 'i') : /(?!)/,
        laterStageTime: laterStageTime(g),
        laterStart: g.timeline.laterStageWords.length ? new RegExp(`^[\\s\\-(]*(?:${phrases(g.timeline.laterStageWords)})\\b`, 'i') : /(?!)/,
        earlierAnchorAny: new RegExp(g.timeline.earlierAnchors.map((p) => `(?:${p})`).join('|'), 'i'),
        currentStage: g.timeline.currentStageAfter.length ? new RegExp(`(?:${phrases(g.timeline.stageOnlyEarlierWords)})\\s+(?:${phrases(g.timeline.currentStageAfter)})(?![A-Za-z])`, 'gi') : /(?!)/g,
        // (not "not today": "describes the spacer placed nine weeks ago, not today")
        // (not after "not" and up to two words: "carried forward, not repeated today")
        todayWord: new RegExp(`(?:^|[^A-Za-z])(?<!\\bnot\\s+(?:[\\w-]+\\s+){0,2})(?:${phrases(g.timeline.todayWords)})(?![A-Za-z])`, 'i'),
        continues: new RegExp(`(?:^|[^A-Za-z])(?:${phrases(g.layout.continuationWords)})$`, 'i'),
        headerField: g.timeline.headerFieldLabels.length ? new RegExp(`^(?:${phrases(g.timeline.headerFieldLabels)})(?:\\s*\\([^()]*\\))?$`, 'i') : /(?!)/,
        prose: new RegExp(`\\b(?:${phrases(g.timeline.proseWords)})\\b`, 'i'),
        clauseVerb: g.timeline.clauseVerbs.length ? new RegExp(`\\b(?:${phrases(g.timeline.clauseVerbs)})\\b`, 'i') : /(?!)/,
    };
    compiledFor.set(g, c);
    return c;
}
/** True when `code` may be a primary procedure (inside the grammar's primary ranges). */
export function inPrimaryRange(g, code) {
    const n = Number(code);
    return compile(g).ranges.some(([lo, hi]) => n >= lo && n <= hi);
}
/** Split a written code with modifiers ("27506-RT-58", "20702 -59") into the code and its modifiers. */
export function parseCodeToken(g, token) {
    const c = compile(g);
    const m = new RegExp(`^\\s*(\\d{5})((?:\\s?-\\s?${c.modifier})*)\\s*$`, 'i').exec(token);
    if (!m)
        return undefined;
    const modifiers = (m[2] ?? '').split('-').map((x) => x.trim().toUpperCase()).filter(Boolean);
    return { code: m[1], modifiers };
}
function linesOf(text) {
    const out = [];
    let start = 0;
    for (;;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        out.push({ start, end, text: text.slice(start, end) });
        if (nl < 0)
            break;
        start = nl + 1;
    }
    return out;
}
const LEAD = /^[ \t]*(?:[-*\u2022\u25cf\u25aa>|]|\(?\d{1,2}[.)]|\(?[a-z][.)])?[ \t]*$/i;
const TRAIL_SEP = /(?:\s[-:|=]|[:|(])\s*$/;
/**
 * Every procedure code written in the note, with its modifiers and why the number was read as a code.
 * A five-digit number counts when something marks it as a code: a marker word, brackets, a modifier, its
 * place at the start or end of a line or list item, a coding block, a procedure list, or a sentence naming
 * procedures. Numbers marked as something else (a lot, a record number, a measurement) never count.
 */
export function findCodes(g, text, ctx) {
    const c = compile(g);
    const out = [];
    const lines = linesOf(text);
    let block = false;
    // the columns of a table whose header names codes ("#  Procedure    CPT    Side"): a number under that word is a code
    let codeColumns = [];
    // (and the cells of a pipe table whose header cell names codes, "|Procedure|CPT|Mod|": its rows need not line up)
    let codeCells = [];
    for (const line of lines) {
        const lt = line.text;
        if (!lt.trim()) {
            block = false;
            codeColumns = [];
            codeCells = [];
            continue;
        }
        if (/\S {2,}\S|\|/.test(lt) && !/\d{5}/.test(lt)) {
            const cols = [];
            c.columnMarker.lastIndex = 0;
            for (let h = c.columnMarker.exec(lt); h; h = c.columnMarker.exec(lt))
                cols.push(h.index + h[0].length - h[1].length);
            if (cols.length)
                codeColumns = cols;
            if (lt.includes('|')) {
                const cells = lt.split('|').map((x, i) => (c.columnCell.test(x.trim()) ? i : -1)).filter((i) => i >= 0);
                if (cells.length)
                    codeCells = cells;
            }
        }
        if (c.blockLine.test(lt))
            block = true;
        else if (block && /^[A-Za-z][A-Za-z /&]{1,40}:/.test(lt) && !/\d{5}/.test(lt))
            block = false;
        let prevEnd = -1;
        c.codeRe.lastIndex = 0;
        for (let m = c.codeRe.exec(lt); m; m = c.codeRe.exec(lt)) {
            const s = m.index;
            const e = s + 5;
            const before = lt.slice(Math.max(0, s - 40), s);
            const after = lt.slice(s + m[0].length);
            // (what marks a number as something else may end the line above: "... vastus lateralis) - MBS" / "30223")
            const above = before.trim() ? '' : text.slice(Math.max(0, line.start - 40), line.start);
            if (c.notBefore.test(before) || (above && c.notBefore.test(above)) || c.notAfter.test(after))
                continue;
            const modifiers = (m[2] ?? '').split('-').map((x) => x.trim().toUpperCase()).filter(Boolean);
            let why;
            const between = prevEnd >= 0 ? lt.slice(prevEnd, s) : '';
            if (c.marker.test(before))
                why = 'marker';
            else if (modifiers.length)
                why = 'modifier';
            else if (/\(\s*$/.test(before) || (/^\s*[),;]/.test(after) && /\(/.test(before) && !/\)/.test(before.slice(before.lastIndexOf('(')))))
                why = 'brackets';
            else if (prevEnd >= 0 && /^\s*(?:,|;|\/|&|and|or|\+)\s*$/i.test(between))
                why = 'list';
            else if (LEAD.test(lt.slice(0, s)) && /^(?:\s*$|\s*[-:|.)\t]|\s{2,}|\s+[A-Za-z])/.test(after))
                why = 'line-start';
            // (the last cell of a table row is a line end too: "| Revision TKA | 27487 |")
            else if (TRAIL_SEP.test(before) && /^[\s.;,)|]*$/.test(after))
                why = 'line-end';
            else if (block)
                why = 'block';
            else if (codeColumns.some((col) => Math.abs(col - s) <= 2))
                why = 'column';
            else if (codeCells.length && codeCells.includes(lt.slice(0, s).split('|').length - 1))
                why = 'column';
            else if (ctx.inProcedureList(line.start + s))
                why = 'procedure-list';
            else if (c.procedureWords.test(ctx.sentenceText(line.start + s)))
                why = 'procedure-words';
            if (!why)
                continue;
            // (a letter text recognition read for a digit is that digit: "2747O" is 27470)
            let code = m[1];
            if (!/^\d{5}$/.test(code)) {
                if (code.replace(/\D/g, '').length < c.ocrMinDigits)
                    continue;
                code = [...code].map((ch) => c.ocr.get(ch) ?? ch).join('');
                if (!/^\d{5}$/.test(code))
                    continue;
            }
            out.push({ code, modifiers, start: line.start + s, end: line.start + e, why });
            prevEnd = s + m[0].length;
        }
    }
    return out;
}
/** Parse a date found by the grammar's date pattern into a sortable key (year may be unknown). */
/** A line that is one bracketed banner (not a check box: six characters at least between the brackets). */
const BANNER = /^\s*\[[^\[\]\n]{6,}\]\s*$/;
/** A bracketed label that ends in a colon and opens its line, the text it labels after it: its words are group 1. */
const LABEL_BANNER = /^\s*\[([^\[\]\n]{6,}?)(?::\s*\]|\]\s*:)/;
/** A line between rules of the same character ("=== Copied forward from the HD 1 note ===", "--- End ---"). */
const RULED = /^\s*([=*#~_-])\1{2,}\s*[^=*#~_\s-][^\n]{4,}?\s*\1{3,}\s*$/;
const RULE_ONLY = /^([=*#~_-])\1{2,}$/;
const RULE_START = /^\s*([=*#~_-])\1{2,}\s*[^=*#~_\s-]/;
/** A sentence that ends inside a line and another that starts after it ("... infection. A static ...", "Dr. X. Repeat first stage for persistent"). */
const SENTENCE_INSIDE = /[a-z]{2,}[.!?]\s+[A-Z][a-z]|[.!?]\s+[A-Z][a-z]+(?:\s+[a-z]+){3,}/;
/** A date's key; `dayFirst` reads a numeric date as day / month ("15/05/2025"), as the whole note writes them. */
function dateKey(c, m, dayFirst = false) {
    let y;
    let mo;
    let d;
    if (m[1]) {
        y = Number(m[1]);
        mo = Number(m[2]);
        d = Number(m[3]);
    }
    else if (m[4]) {
        mo = Number(dayFirst ? m[5] : m[4]);
        d = Number(dayFirst ? m[4] : m[5]);
        if (m[6])
            y = Number(m[6].length === 2 ? `20${m[6]}` : m[6]);
    }
    else if (m[7]) {
        mo = c.months.get(m[7].toLowerCase().replace(/\.$/, '')) ?? 0;
        d = Number(m[8]);
        if (m[9])
            y = Number(m[9]);
    }
    else {
        d = Number(m[10]);
        mo = c.months.get((m[11] ?? '').toLowerCase()) ?? 0;
        if (m[12])
            y = Number(m[12]);
        else if (m[13])
            y = Number(`20${m[13]}`);
    }
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31))
        return undefined;
    const pad = (n) => String(n).padStart(2, '0');
    return { key: `${y ?? '????'}-${pad(mo)}-${pad(d)}`, ...(y !== undefined ? { y } : {}), mo, d };
}
function compareDates(a, b) {
    if (a.y !== undefined && b.y !== undefined && a.y !== b.y)
        return a.y - b.y;
    return a.mo - b.mo || a.d - b.d;
}
/** The date of service (the first date after a service label: "Date of surgery: 3/9/2026") and the date order. */
export function noteDates(g, text) {
    const c = compile(g);
    const dayFirst = writesDayFirst(c, text);
    let service;
    c.dateRe.lastIndex = 0;
    for (let m = c.dateRe.exec(text); m && !service; m = c.dateRe.exec(text)) {
        const lineStart = text.lastIndexOf('\n', m.index) + 1;
        if (c.serviceLabel.test(text.slice(lineStart, m.index)))
            service = dateKey(c, m, dayFirst);
    }
    return { service, dayFirst };
}
/** Does the note write numeric dates day first? One of its numeric dates with a year opens with a number over 12. */
function writesDayFirst(c, text) {
    c.dateRe.lastIndex = 0;
    for (let m = c.dateRe.exec(text); m; m = c.dateRe.exec(text))
        if (m[4] && m[6] && Number(m[4]) > 12 && Number(m[5]) <= 12)
            return true;
    return false;
}
/**
 * True when `text` names a calendar date before the date of service and none on or after it ("First debridement
 * on 12/05/2025, when a bead chain was left in the wound" in a note of 15/05/2025): it tells an earlier time.
 */
export function datedBefore(g, text, dates, yearless = false) {
    if (!dates.service)
        return false;
    const c = compile(g);
    let before = false;
    c.dateRe.lastIndex = 0;
    for (let m = c.dateRe.exec(text); m; m = c.dateRe.exec(text)) {
        // (a numeric date without its year may be an amount: "1.2 g", "3/4"; unless the caller knows it is a date, after a
        // verb and "on": "the beads put in place on 03/04")
        if (m[4] && !m[6] && !yearless)
            continue;
        const k = dateKey(c, m, dates.dayFirst);
        if (!k || k.rel)
            continue;
        if (compareDates(k, dates.service) >= 0)
            return false;
        before = true;
    }
    return before;
}
/**
 * The label of a "Label: text" line, when the line has text of its own after it: the text before the first colon
 * that is not inside a time ("09:00"). Undefined for a line with no such label or a bare heading.
 */
function labelled(line) {
    const m = LABEL_COLON.exec(line);
    return m && line.slice(m.index + 1).trim() ? line.slice(0, m.index) : undefined;
}
/** Where a line's own text starts, after its indent and any list marker. */
const ENTRY_START = /[^\s\-*•·>]/;
const LABEL_COLON = /(?<!\d):|:(?!\d)/;
/** Text ending in a past participle and "on" / "at" / "in", right before a date ("the beads placed on"). */
const PARTICIPLE_DATE = /[a-z]{3,}ed[ ]+(?:on|at|in)[ ]*$/i;
/**
 * A line shaped like a heading, whatever its case: short, not ending a sentence, not a list item, and either
 * a "Title:" or a line of its own (after a blank line or at the start, with text after it).
 */
/** A line's length as a heading's: without a bracketed remark that closes it, when that remark is at most `remarkMax` long. */
function headingLength(t, remarkMax) {
    const m = /\s*\([^()\n]*\)\s*$/.exec(t);
    return m && m[0].trim().length <= remarkMax ? m.index : t.trim().length;
}
function headingShaped(lines, i, fit, continues, logical) {
    const t = (logical?.text ?? lines[i].text).trim();
    if (!t || headingLength(t, fit.headingRemarkMax) > fit.headingMax || /[.;,]$/.test(t) || /^(?:[-*\u2022|]|\(?\d{1,2}[.)]\s|\[)/.test(t))
        return false;
    // a heading holds no sentence end and does not stop on a word a sentence cannot end with
    // (a line framed by rule lines above and below is a banner whatever its last word: "=====" / "PREVIOUS ENTRY (...)
    // -- read only, copied by HIS" / "-----")
    const rule = (k) => k >= 0 && k < lines.length && RULE_ONLY.test(lines[k].text.trim());
    const framed = !logical && rule(i - 1) && rule(i + 1);
    if (/[A-Za-z0-9]{3,}[.!?]\s+\S/.test(t) || (continues?.test(t) && !framed))
        return false;
    if (/^[A-Za-z][A-Za-z0-9 '&/()-]{0,50}:/.test(t) || /:\s*$/.test(t))
        return true;
    // (a rule line above frames the heading as a blank line does: "=====" / "PREVIOUS ENTRY (Operation #1, 11 days ago)")
    const before = i === 0 || !lines[i - 1].text.trim() || rule(i - 1);
    const span = logical?.lines ?? 1;
    const after = i + span < lines.length && !!lines[i + span].text.trim();
    return before && after;
}
/** A line that opens with the note's own title (grammar timeline.documentBefore noteTitles). */
function noteTitleLine(c, line) {
    return c.documentBefore !== null && (c.documentBefore.title.test(line) || c.documentBefore.capsTitle.test(line));
}
/** The time a stage log's entry tells ("Stage 1: TODAY - ...", "Stage 2: planned at 6 weeks - ...", "Stage 0: ... 1 year ago"), if its line is one. */
function stageEntry(c, line) {
    const m = c.stageEntry.exec(line);
    if (!m)
        return undefined;
    const label = m[0];
    const value = line.slice(label.length);
    const head = label + ' ' + value.slice(0, 40).replace(/:/g, ' ');
    if (c.todayWord.test(head))
        return 'today';
    if (c.laterStageLabel.test(head) || c.laterStart.test(value) || c.laterStageTime?.test(label))
        return 'planned';
    // (the value's own words: the label's stage number is no earlier time, "Stage 1: hand-molded spacer, left shoulder")
    if (c.earlierLabel.test(value) || c.earlierAnchorAny.test(value))
        return 'earlier';
    return undefined;
}
/**
 * The line of the note's own title when a document about the note stands before it (a payer's denial, an appeal letter
 * quoting the note, a pre-bill review sheet): the first title line after some text, when that text says at least
 * `minCues` different words of the reviewers (grammar timeline.documentBefore). Undefined otherwise.
 */
function documentBefore(c, lines, text) {
    const d = c.documentBefore;
    if (!d)
        return undefined;
    const li = lines.findIndex((l, i) => i > 0 && noteTitleLine(c, l.text));
    if (li < 0)
        return undefined;
    const said = new Set();
    d.cues.lastIndex = 0;
    const head = text.slice(0, lines[li].start);
    for (let m = d.cues.exec(head); m; m = d.cues.exec(head))
        said.add(m[1].toLowerCase());
    return said.size >= d.minCues ? li : undefined;
}
/**
 * The operations a note tells, in text order. A note with no operation headings is one operation, today's.
 * A heading-shaped line naming an operation opens a part: earlier when it names an earlier one ("INDEX
 * PROCEDURE (5 days ago)") or is dated before the date of service, today's when it says so ("TODAY'S
 * OPERATION") or carries the date of service, planned when dated later. Text before the first such heading
 * is today's. Without a heading for today, an earlier part ends at the next heading of any kind.
 */
export function findOperations(g, text, joined, recordStarts = []) {
    const c = compile(g);
    const dayFirst = writesDayFirst(c, text);
    // a line whose end the layout join read as a wrap point ("Three weeks ago at I&D of his thigh abscess I left
    // a chain / of 24 beads ...") goes on on the next line: it is the start of a paragraph, never a heading
    // (when it reads as prose: the join also runs some real headings into the line after them)
    // (or when it holds a sentence end before the words that run on: "Dr. X. Repeat first stage for persistent
    // infection" / "of the left knee. A static spacer ...")
    const wrapped = (li) => joined !== undefined &&
        lines[li].end < joined.length &&
        joined[lines[li].end] !== '\n' &&
        text[lines[li].end] === '\n' &&
        (c.prose.test(lines[li].text) || SENTENCE_INSIDE.test(lines[li].text));
    let service;
    const heads = [];
    const lines = linesOf(text);
    const before = documentBefore(c, lines, text);
    // a part that runs to the end of its line as the join reads it, or to the end of its paragraph (a banner's end is a
    // banner too, so the part's own headings stay inside it)
    const endPartAtLine = (from) => {
        const end = (joined ?? text).indexOf('\n', from);
        if (end >= 0)
            heads.push({ start: end + 1, line: '', kind: 'neutral', force: true });
    };
    const endPartAtParagraph = (from, banner = false) => {
        const gap = /\n[ \t]*\n/g;
        gap.lastIndex = from;
        const end = gap.exec(text);
        if (end)
            heads.push({ start: end.index + 1, line: '', kind: 'neutral', force: true, ...(banner ? { banner: true } : {}) });
    };
    // (the document's own headings, "To:", "Re: Denial of ...", are inside its part, as a banner's part holds them)
    if (before !== undefined)
        heads.push({ start: 0, line: '', kind: 'appended', banner: true });
    const firstTextLine = before === undefined ? lines.findIndex((l) => l.text.trim() !== '') : -1;
    for (let li = 0; li < lines.length; li++) {
        const line = lines[li];
        const lt = line.text;
        if (!lt.trim())
            continue;
        if (li === before)
            heads.push({ start: line.start, line: lt.trim(), kind: 'neutral', force: true, banner: true });
        let date;
        let dateAt = -1;
        c.dateRe.lastIndex = 0;
        let m = c.dateRe.exec(lt);
        // (a right-aligned date that a hard wrap put alone on the next line, which the join runs on, is this line's:
        // "C. OPERATIVE REPORT" / "04/02/2024")
        if (!m && joined !== undefined && joined[line.end] === ' ' && text[line.end] === '\n') {
            const rest = lines[li + 1]?.text.trim() ?? '';
            c.dateRe.lastIndex = 0;
            const alone = rest ? c.dateRe.exec(rest) : null;
            if (alone && alone.index === 0 && rest.length - alone[0].length <= 1)
                m = alone;
        }
        if (m) {
            dateAt = m.input === lt ? m.index : lt.length;
            const dk = dateKey(c, m, dayFirst);
            if (dk && !service && c.serviceLabel.test(lt.slice(0, m.index))) {
                service = dk;
                continue;
            }
            date = dk;
        }
        else {
            // a day counted from admission ("Operation 2 (hospital day 4)", "(day of admission)")
            const day = c.dayRe.exec(lt) ?? c.admissionDay.exec(lt);
            if (day) {
                const n = day[1] === undefined ? 0 : Number(day[1]);
                date = { key: `day-${n}`, mo: 0, d: n, rel: true };
                dateAt = day.index;
            }
        }
        // a whole line in square brackets is a banner of the note ("[Previous operative note text carried forward -
        // index procedure 2025-02-11]", "[End of carried-forward text]"): a heading, up to a banner's length (grammar timeline.bannerMaxLength)
        // (the line as the join reads it, up to just past that length: longer is no banner anyway)
        const cap = c.bannerMax + 2;
        let logical = lt;
        if (joined !== undefined && joined[line.end] === ' ' && text[line.end] === '\n') {
            logical = joined.slice(line.start, line.start + cap);
            const nl = logical.indexOf('\n', line.end - line.start);
            if (nl >= 0)
                logical = logical.slice(0, nl);
        }
        // (a ruled banner whose closing rule a wrap put on the next line: "=== Copied forward ... only" / "===")
        const nextLine = lines[li + 1]?.text.trim() ?? '';
        // (or two lines on: "==== OPERATIVE REPORT 04/12 (PRIOR ENCOUNTER - INDEX" / "PROCEDURE)" / "====")
        const thirdLine = lines[li + 2]?.text.trim() ?? '';
        const ruled = RULED.test(lt) ||
            RULED.test(logical) ||
            (RULE_ONLY.test(nextLine) && RULED.test(`${lt} ${nextLine}`)) ||
            (RULE_ONLY.test(thirdLine) && RULE_START.test(lt) && !RULE_ONLY.test(nextLine) && RULED.test(`${lt} ${nextLine} ${thirdLine}`));
        let banner = ((lt.trimStart().startsWith('[') && BANNER.test(logical)) || ruled) && logical.trim().length <= c.bannerMax;
        // (a bracketed label at a line start that introduces the text after it on its line: "[Copied from the stage 1
        // operative note for reference:] "The spacer was fashioned ..."": a banner of that text, read as its label)
        const labelBanner = !banner && lt.trimStart().startsWith('[') ? LABEL_BANNER.exec(logical) : null;
        if (labelBanner && labelBanner[0].trim().length <= c.bannerMax)
            banner = true;
        // text appended by billing or coding staff ("--- Billing office appeal worksheet ---", "Claim lines billed:")
        // is no documentation of the operation, up to the next heading of the note's own
        if (c.appended.test(lt)) {
            heads.push({ start: line.start, line: lt.trim(), kind: 'appended' });
            // (a field with its value on the line, "Claim lines: 28120-LT; 20700-LT" among the note's header fields, is that
            // line only: the note's own text goes on after it, however its next lines are laid out)
            // (... and its paragraph when the join runs the line on: "Patient summary: We opened your knee, cleaned out the" /
            // "infection ...")
            if (labelled(lt) !== undefined && li + 1 < lines.length) {
                // (up to a blank line, or a line the join did not run on that opens a heading, a field or the note's own
                // title: a note that lost its newlines, "OPERATIVE NOTE Surgeon: Dr. X ...", is not the summary's)
                const opensPart = (i) => joined !== undefined &&
                    joined[lines[i - 1].end] !== ' ' &&
                    (headingShaped(lines, i, c, c.continues) || labelled(lines[i].text) !== undefined || noteTitleLine(c, lines[i].text));
                let end = li + 1;
                if (joined !== undefined)
                    while (end < lines.length && lines[end].text.trim() && !opensPart(end))
                        end++;
                // (a note that lost its newlines goes on in the same line, at a sentence that opens with the note's own title:
                // "... reassessment. Operative note, surgeon Dr. X. Procedures: ...")
                const to = end < lines.length ? lines[end].start : text.length;
                let title = null;
                if (c.titleInLine) {
                    c.titleInLine.lastIndex = line.start;
                    title = c.titleInLine.exec(text);
                    if (title && title.index + title[0].length > to)
                        title = null;
                }
                if (title)
                    heads.push({ start: title.index + title[0].length, line: '', kind: 'neutral', force: true });
                else if (end < lines.length)
                    heads.push({ start: lines[end].start, line: '', kind: 'neutral', force: true });
            }
            continue;
        }
        // a line the layout join runs on from the line before is the rest of that line, never a heading
        // (but a stage log's entry that opens a sentence there is still an entry: a wrap of the paragraph before it ran the
        // line on, "... into the right" / "tibial intramedullary canal." / "Stage 2 in about 6 weeks: removal of the rod ...")
        if (joined !== undefined && line.start > 0 && text[line.start - 1] === '\n' && joined[line.start - 1] === ' ') {
            const runOnStage = /[.!?]["')\]]*\s*$/.test(text.slice(Math.max(0, line.start - 4), line.start - 1)) ? stageEntry(c, logical) : undefined;
            if (runOnStage !== undefined) {
                heads.push({ start: line.start, line: logical.trim().slice(0, 60), kind: runOnStage });
                endPartAtLine(line.end);
            }
            continue;
        }
        // (a heading a wrap cut in two, which the join runs on into its last words, is judged as the join reads it: ">>> COPIED
        // FORWARD FROM INDEX OPERATIVE NOTE (OR #1, 4 days ago) -- for" / "reference only <<<")
        const runsOn = joined !== undefined && joined[line.end] === ' ' && text[line.end] === '\n' && li + 1 < lines.length && !joined.slice(line.start, lines[li + 1].end).includes('\n');
        const shaped = banner ||
            (!wrapped(li) && headingShaped(lines, li, c, c.continues)) ||
            (runsOn && !c.prose.test(lt) && headingShaped(lines, li, c, c.continues, { text: joined.slice(line.start, lines[li + 1].end), lines: 2 }));
        // a dated line is short as the note's lines read once joined: a long summary line hard-wrapped into short
        // pieces ("STAGE 2 (2024-11-19): REMOVAL OF THE STATIC SPACER FROM THE" / "KNEE JOINT, ...") is no heading
        // (a dated line that closes with its bracketed remark and has no colon is a whole heading, whatever the join runs on
        // into: "OPERATION 1 - hospital day 1 (previous encounter, already billed)" / "  Ortho (Dr. X): I&D ...")
        // (its remark read whole when a wrap cut it: "... (previous encounter, already" / "billed)")
        const remarkOpen = lt.lastIndexOf('(') > lt.lastIndexOf(')') && logical.startsWith(lt.trimEnd()) ? logical.indexOf(')', lt.trimEnd().length) : -1;
        const closedLine = remarkOpen >= 0 ? logical.slice(0, remarkOpen + 1) : lt;
        const fits = (t) => headingLength(t.trim(), c.headingRemarkMax) <= c.headingMax;
        const short = banner || (fits(lt) && (date === undefined || fits(logical) || (/\)\s*$/.test(closedLine) && !closedLine.includes(':') && fits(closedLine))));
        // in a "Title: text" line only the title names the operation ("DESCRIPTION OF PROCEDURE: ... the prior
        // incision" is not a heading for an earlier operation)
        const colon = lt.search(LABEL_COLON);
        // (a date right after the colon belongs to the title: "Index operation: 3/2/2025 - I&D"; a value that opens with a
        // number does not: "MEMBRANE: 3-5 PMN/HPF, improved from >20 at the index operation")
        const head = labelBanner ? labelBanner[1] : colon > 0 && !(dateAt > colon && /^\s*\d/.test(lt.slice(colon + 1))) ? lt.slice(0, colon) : lt;
        const opWord = c.operationWord.test(head);
        // a title dated by a day of the admission before a colon heads its operation however long the line's text
        // ("Operation 2 (hospital day 4): Repeat debridement and ...")
        // (... and so does a calendar date when the note's date of service, told above, can place it: "Procedure 2 (03/04):
        // Repeat debridement; ..." in a record of the 03/01 operation)
        const datedTitle = head !== lt && date !== undefined && (date.rel === true || service !== undefined) && dateAt < head.length && head.trim().length <= c.headingMax;
        // (a label whose value the wrap put on the next line, which the join runs on, is a label with its value)
        const label = labelled(logical.length > lt.length ? logical : lt);
        // (a log entry that opens with its date: "3/6 (POD 2) - Back to the OR ...")
        const opensWithDate = date !== undefined && dateAt === lt.search(ENTRY_START);
        // (a line that names today's work too, "BEAD COUNT   Placed (index)   Removed today   Retained", a table's header,
        // opens no earlier part)
        // (a dated line is read as the join reads it: short as its whole logical line, it heads whether or not a wrap cut it)
        // an entry of a stage log ("Stage 0: plate fixation (outside, 1 year ago)", "Stage 1: TODAY - plate removal ...",
        // "Stage 2: planned at 6 to 8 weeks - spacer removal ..."): its line tells the operation of the time it names,
        // today's, a planned one or an earlier one, up to the end of its line as the join reads it
        const stage = stageEntry(c, logical);
        if (stage !== undefined) {
            heads.push({ start: line.start, line: logical.trim().slice(0, 60), kind: stage });
            endPartAtLine(line.end);
        }
        // (the note's first line is its own title: a stage number there names the operation the note records, "Brief op
        // note, Dr. X. L hip stage 1: ...", and only a word of an earlier time makes it an earlier one)
        // (a verb inside a bracketed remark makes no clause of the heading: "OPERATION 1 - hospital day 1 (previous
        // encounter, already billed)")
        else if (short && (shaped || date !== undefined) && opWord && (li === firstTextLine ? c.earlierLabel : c.earlierWord).test(head.replace(c.currentStage, ' ')) && !c.clauseVerb.test(head.replace(/\([^()]*\)/g, ' ')) && !c.todayWord.test(head)) {
            heads.push({ start: line.start, line: lt.trim(), kind: 'earlier', banner });
            // a paragraph that opens on the earlier time ("Six weeks ago at the index procedure, the infected nail" /
            // "was removed ...") tells that operation up to its end, not the rest of the note
            // (and so does the text a bracketed label introduces: "[Copied from the stage 1 note:] "The spacer was ..."")
            if ((labelBanner || !banner) && (labelBanner || (joined !== undefined && joined[line.end] === ' ' && text[line.end] === '\n'))) {
                endPartAtParagraph(line.end, labelBanner !== null);
            }
        }
        // a paragraph opened by a label that names an earlier operation or time ("Index case, 09:00 today: drainage ...
        // with a bead chain placed deep to the fascia", "Earlier today (10:30): removal of the nail ...") tells that
        // operation, up to the end of its line as the layout join reads it
        // (a label of a form's length, its brackets aside, "Stage 1 technique (copied from the 1/12 note)": a longer one is a
        // sentence cut by a colon, "- All 25 beads removed and counted against the index op note: 25 of 25")
        else if (label !== undefined && label.length <= c.headingMax && label.replace(/\([^()]*\)/g, ' ').trim().split(/\s+/).length <= (g.layout.labelMaxWords ?? Infinity) && !c.prose.test(label) && !SENTENCE_INSIDE.test(label) && c.operationWord.test(logical.slice(0, cap)) && c.earlierLabel.test(label) && !c.templateValue.test(logical.slice(logical.indexOf(label) + label.length))) {
            heads.push({ start: line.start, line: label.trim(), kind: 'earlier' });
            endPartAtLine(line.end);
        }
        // ... and one whose label names a stage still to come tells a planned operation, up to the end of its line ("Stage 2
        // (planned, about 6 weeks): rod removal, autograft into the induced membrane")
        else if (label !== undefined && label.length <= c.headingMax && !c.prose.test(label) && !SENTENCE_INSIDE.test(label) && c.laterStageLabel.test(label) && !c.todayWord.test(label)) {
            heads.push({ start: line.start, line: label.trim(), kind: 'planned' });
            endPartAtLine(line.end);
        }
        else if (((short && shaped) || datedTitle) && c.todayWord.test(head) && (opWord || head.trim().replace(/[^A-Za-z' ]/g, '').trim().split(/\s+/).length <= 2))
            heads.push({ start: line.start, line: lt.trim(), kind: 'today', banner, ...(date ? { date } : {}) });
        // (so is a log entry that opens with its date, however long: "3/6 (POD 2) - Back to the OR for repeat debridement ...")
        // (a date told after a participle dates what that participle did, not the line: "2. Removal of the beads placed on
        // 03.02.2025" is today's item about beads placed then)
        else if (((short || datedTitle) && date && opWord && !PARTICIPLE_DATE.test(lt.slice(0, dateAt))) || (opensWithDate && c.operationWord.test(logical.slice(0, cap)))) {
            // (a dated entry that says today is today's, and dates today: "- 4/15 (today, stage two):")
            heads.push({ start: line.start, line: lt.trim(), kind: c.todayWord.test(head) && !c.earlierWord.test(head) ? 'today' : 'dated', date, banner });
            // (a dated title with its text on its line, "Hospital day 1: damage-control laparotomy ... with antibiotic bead
            // placement", tells that day's operation up to its paragraph's end)
            if (datedTitle && !banner && /\S/.test(lt.slice(colon + 1))) {
                endPartAtParagraph(line.end);
            }
        }
        // a log entry that opens with its date and names no operation ("- 3/18: Clinic. Wound healed") is dated too, but
        // only a date of today known from elsewhere places it: it never decides which date is today's
        else if (opensWithDate && !date.rel)
            heads.push({ start: line.start, line: lt.trim(), kind: 'entry', date, banner });
        else if (shaped)
            heads.push({ start: line.start, line: lt.trim(), kind: 'neutral', banner });
    }
    // a print of several notes, each under the note's own title with its date of service in a field below it ("OPERATIVE
    // NOTE" / "Date of service: 03/15/2024" ... "OPERATIVE NOTE" / "Date of service: 03/22/2024"): each title opens its
    // note's part, dated by that field, up to the next such title (the note to code is the one on the date of service, a
    // print's cover line "Encounter to code: 03/22" when it has one)
    if (c.documentBefore !== null) {
        const titled = [];
        for (let li = 0; li < lines.length; li++) {
            if (!noteTitleLine(c, lines[li].text))
                continue;
            for (let k = li + 1; k < Math.min(lines.length, li + 1 + g.timeline.serviceFieldLines); k++) {
                const lt = lines[k].text;
                if (noteTitleLine(c, lt))
                    break;
                c.dateRe.lastIndex = 0;
                const m = c.dateRe.exec(lt);
                if (!m || !c.serviceLabel.test(lt.slice(0, m.index)))
                    continue;
                const date = dateKey(c, m, dayFirst);
                if (date)
                    titled.push({ start: lines[li].start, line: lines[li].text.trim(), kind: 'dated', date, banner: true, note: true });
                break;
            }
        }
        if (titled.length >= 2 && new Set(titled.map((h) => h.date.key)).size >= 2) {
            for (const h of titled) {
                const i = heads.findIndex((x) => x.start === h.start);
                if (i >= 0)
                    heads.splice(i, 1);
                heads.push(h);
            }
        }
    }
    // a paragraph opened by a section title of today's record ("Description: The patient was ...", its text on the
    // same line, so no heading line) after an earlier-time block that has lines of its own ends that block, as a
    // heading line would: "Summary of earlier operations:" / "- Week 0: ..." / "" / "Description: ..."
    for (const at of recordStarts) {
        if (heads.some((h) => h.start === at) || !/\n[ \t]*\n[ \t]*$/.test(text.slice(Math.max(0, at - 80), at)))
            continue;
        let prev;
        for (const h of heads)
            if (h.start < at && (!prev || h.start > prev.start))
                prev = h;
        if (prev?.kind !== 'earlier' || prev.banner)
            continue;
        const prevEnd = text.indexOf('\n', prev.start);
        if (prevEnd < 0 || !text.slice(prevEnd, at).trim())
            continue;
        const lineEnd = text.indexOf('\n', at);
        heads.push({ start: at, line: text.slice(at, lineEnd < 0 ? text.length : lineEnd).trim(), kind: 'neutral' });
    }
    // versions of the note pasted together: the final one is the note, the others are superseded
    if (c.version) {
        const versions = [];
        for (const line of lines) {
            if (line.text.trim().length > c.headingMax)
                continue;
            const m = c.version.exec(line.text);
            if (m)
                versions.push({ start: line.start, line: line.text.trim(), n: Number(m[1]), final: c.finalVersion.test(line.text) });
        }
        if (new Set(versions.map((v) => v.n)).size >= 2) {
            const finals = versions.filter((v) => v.final);
            const final = finals.length ? finals[finals.length - 1].n : Math.max(...versions.map((v) => v.n));
            // (a version runs to the next version's heading, like a banner's part: the headings inside it are its own)
            for (const v of versions)
                heads.push(v.n === final ? { start: v.start, line: v.line, kind: 'neutral', force: true, banner: true } : { start: v.start, line: v.line, kind: 'appended', banner: true });
        }
    }
    // named versions ("ORIGINAL NOTE (signed 12:05)" ... "AMENDED NOTE (signed next day)"): with one that replaces it in
    // the note, above or below, the replaced one is superseded
    {
        // (a heading's line: short, not a sentence cut by a wrap, "... misstated in the" / "original note; corrected below.")
        const named = lines.filter((l) => l.text.trim().length <= c.headingMax && !/[.;,]$/.test(l.text.trim()) && !c.continues.test(l.text.trim())).map((l) => ({ start: l.start, line: l.text.trim(), old: c.supersededVersion.test(l.text), now: c.supersedingVersion.test(l.text) }));
        if (named.some((v) => v.old && !v.now) && named.some((v) => v.now && !v.old)) {
            for (const v of named) {
                if (v.old && !v.now)
                    heads.push({ start: v.start, line: v.line, kind: 'appended', banner: true });
                else if (v.now && !v.old)
                    heads.push({ start: v.start, line: v.line, kind: 'neutral', force: true, banner: true });
            }
        }
    }
    heads.sort((x, y) => x.start - y.start);
    // the fields of people and place right under an operation's heading, with no blank line between ("OPERATION #1
    // 2024-08-06 (previous)" / "Operator: Dr. X"), are that operation's header: such a field line opens no part of its own
    // (grammar timeline.headerFieldLabels; a field of the operation's text, "Procedure: ...", is no header)
    {
        let blockEnd = -1;
        const lineEndOf = (at) => {
            const nl = text.indexOf('\n', at);
            return nl < 0 ? text.length : nl;
        };
        for (let i = 0; i < heads.length; i++) {
            const h = heads[i];
            const plain = h.kind === 'neutral' && !h.force && !h.banner;
            const label = labelled(h.line);
            if (plain && blockEnd >= 0 && label !== undefined && c.headerField.test(label.trim()) && /^\n[ \t]*$/.test(text.slice(blockEnd, h.start))) {
                blockEnd = lineEndOf(h.start);
                heads.splice(i, 1);
                i--;
                continue;
            }
            // (not under the note's own title, its first line: "HIP INFECTION - STAGE 1 OPERATIVE RECORD" / "Surgeon: Dr. X")
            blockEnd = plain || !h.line || !text.slice(0, h.start).trim() ? -1 : lineEndOf(h.start);
        }
    }
    const dated = heads.filter((h) => h.kind === 'dated');
    const datesSplit = dated.length >= 2 && new Set(dated.map((h) => h.date.key)).size >= 2;
    // today's date: the date of service, else the date on today's own heading ("Operation 3 (today, hospital
    // day 18)"), else, when the note dates two operations differently, the latest
    const todayHead = heads.find((h) => h.kind === 'today' && h.date)?.date;
    // (days of the admission are compared only with today's own day: the latest of them may be an earlier stage)
    const calendar = dated.filter((h) => !h.date.rel);
    const calendarSplit = calendar.length >= 2 && new Set(calendar.map((h) => h.date.key)).size >= 2;
    // (... else the date on the note's own title, its first line: "OPERATIVE NOTE - RETURN TO THEATRE (HOSPITAL DAY 4)")
    const firstLine = lines.find((l) => l.text.trim() !== '');
    const titleHead = firstLine && noteTitleLine(c, firstLine.text) ? dated.find((h) => h.start === firstLine.start)?.date : undefined;
    const today = service ?? todayHead ?? titleHead ?? (datesSplit && calendarSplit ? calendar.map((h) => h.date).reduce((a, b) => (compareDates(b, a) > 0 ? b : a)) : undefined);
    // (the title itself opens no part: it is the whole note's)
    if (titleHead)
        for (const h of dated)
            if (h.start === firstLine.start)
                h.kind = 'neutral';
    for (const h of heads) {
        if (h.kind === 'entry') {
            const known = service ?? todayHead;
            h.kind = known && !known.rel ? (compareDates(h.date, known) < 0 ? 'earlier' : compareDates(h.date, known) > 0 ? 'planned' : 'today') : 'neutral';
            continue;
        }
        if (h.kind !== 'dated')
            continue;
        // (a day of the admission and a calendar date do not compare)
        if (!today || !!today.rel !== !!h.date.rel)
            h.kind = 'neutral';
        else {
            const cmp = compareDates(h.date, today);
            // (a whole note of a later date in a print of several is no plan of today's: it documents nothing of today's)
            h.kind = cmp === 0 ? 'today' : cmp < 0 ? 'earlier' : h.note ? 'appended' : 'planned';
        }
    }
    if (!heads.some((h) => h.kind === 'earlier' || h.kind === 'planned' || h.kind === 'appended'))
        return [{ kind: 'today', start: 0, end: text.length }];
    const hasToday = heads.some((h) => h.kind === 'today');
    const ops = [];
    let cur = { kind: 'today', start: 0, end: text.length };
    // a part opened by a banner ("[Previous operative note text carried forward ...]") runs to the next banner
    // ("[End of carried-forward text]"): the headings inside it are that operation's own
    let bannerPart = false;
    for (const h of heads) {
        let next;
        if (bannerPart && !h.banner)
            continue;
        if (h.kind === 'neutral')
            next = (!hasToday || h.banner || h.force) && cur.kind !== 'today' ? 'today' : undefined;
        else
            next = h.kind;
        bannerPart = !!h.banner && next !== undefined && next !== 'today';
        if (next === undefined)
            continue;
        cur.end = h.start;
        if (cur.end > cur.start)
            ops.push(cur);
        cur = { kind: next, start: h.start, end: text.length, ...(h.kind !== 'neutral' ? { heading: h.line } : {}), ...(h.date ? { date: h.date.key } : {}) };
    }
    ops.push(cur);
    return ops;
}
