import { phrases } from './regex.js';
const SIMPLE = {
    '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ',
    '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
    '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
    '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
    '\u00d7': 'x', '\t': ' ', '\f': '\n', '\v': '\n', '\u2028': '\n', '\u2029': '\n',
};
const SIMPLE_RE = new RegExp(`[${Object.keys(SIMPLE).join('')}]`, 'g');
/** HTML character entities an EHR export leaves in the text ("4.8&nbsp;mm", "exploration &amp; debridement"). */
const ENTITIES = {
    '&nbsp;': ' ', '&#160;': ' ', '&amp;': '&', '&#38;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&#39;': "'", '&ndash;': '-', '&mdash;': '-',
};
const ENTITY = `&(?:${Object.keys(ENTITIES).map((e) => e.slice(1, -1)).join('|')});`;
const RESIZING = new RegExp(`[\\r\\ufeff\\u200b\\u00ad\\u2026]|${ENTITY}`, 'i');
function lineStartsOf(input) {
    const starts = [0];
    if (input.includes('\r')) {
        for (let i = 0; i < input.length; i++) {
            const ch = input.charCodeAt(i);
            if (ch === 10 || (ch === 13 && input.charCodeAt(i + 1) !== 10))
                starts.push(i + 1);
        }
        return starts;
    }
    for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
const RESIZING_G = new RegExp(`\\r\\n?|[\\ufeff\\u200b\\u00ad\\u2026]|${ENTITY}`, 'gi');
/**
 * Layout-independent text: a note hard-wrapped by an editor or an EHR export (every long line broken at
 * the last space before a fixed width) has its wrap points joined back into spaces, so that a sentence,
 * a procedure-list item or a "Label: value" line means the same whether or not it was wrapped. A line end
 * is a wrap point when the note is wrapped at a width W (several lines end within a few columns of W) and
 * the next line's first word would not have fitted on the line. Item starts (list markers, check boxes,
 * "Label:" lines, table rows) and blank lines are never joined. One character replaces one, so offsets
 * and the evidence map are unchanged.
 */
// (a line keyed by a number and a gap, "27303  Incision of ...", "11044-59 - debridement", is an item too)
const ITEM_START = /^[ ]*(?:\(?\d{1,3}[.)](?:[ ]|$)|\d{4,6}(?:-[A-Z0-9]{1,2})*(?:[ ]{2,}|[ ]+[-\u2013\u2014][ ])|\(?[A-Za-z][.)][ ]|(?!(?:-+>|=>)[ ]*$)[-*+\u2022\u25cf\u25aa\u25ba\u2023\u2043>]|\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612]|\||\p{L}[\p{L}0-9 /&'()-]{0,48}:(?:[ ]|$))/u;
const TABLE_LINE = /\||[^ ] {3,}[^ ]/;
/** A line that ends in an article and one word: a noun phrase still open ("... recommended a two-stage"). */
const OPEN_PHRASE_END = /(?:^|[ ])(?:a|an|the)[ ]+[A-Za-z][A-Za-z-]*[ ]*$/i;
/** A line that ends with a number, and the word before it. */
const NUMBER_END = /(?:^|[ ])(\S+)[ ]+\d+(?:[.,]\d+)?[ ]*$/;
/** A line that opens with one word and a colon ("note: 25 of 25"), and with no other item marker. */
const LABEL_ONLY = /^\p{L}[\p{L}'-]{0,20}:(?:[ ]|$)/u;
/** A table row that opens with its own key before a pipe (" 2 | Bead string |", "# | Device |"). */
const ROW_KEY = /^[ ]*(?:#|\d{1,3})[ ]*\|/;
/**
 * A time of day that opens a line ("10:38  beads visualized ...", "07:55 - time-out"): an entry of a timed log when
 * the line next to it opens with one too (four digits alone, "0915", are too often an amount to count).
 */
export const TIMED_ENTRY = /^[ ]*\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?(?:am|pm|h|hrs))?(?:[ ]+|[ ]*[-\u2013\u2014|][ ]*)(?=[A-Za-z(\[])/i;
/** A title (no colon, no pipe) and then, after a gap of five spaces or more, one "Label: value" field to the end of the line. */
const TITLE_THEN_FIELD_SRC = String.raw `^[ ]*[A-Za-z][^:|\n]*?[^ :|\n][ ]{5,}(?=[A-Za-z][A-Za-z]*(?: [A-Za-z]+){0,2}:[ ]+[^ \n][^:|\n]*$)`;
const TITLE_THEN_FIELD = new RegExp(TITLE_THEN_FIELD_SRC, 'm');
const TITLE_THEN_FIELD_G = new RegExp(TITLE_THEN_FIELD_SRC, 'gm');
/** A line that ends inside a check box ("[", "[x") and the rest of that box opening the next line ("] spacer"). */
const OPEN_BOX_END = /\[[ xX\u2713\u2714]?$/;
const CLOSE_BOX_START = /^[ ]*[xX\u2713\u2714]?\]/;
/** The list markers a line can open with, but a letter's ("a)", "B."): numbers, bullets, check boxes, a table's pipe. */
const MARKERS_BUT_LETTER = String.raw `\(?\d{1,3}[.)](?:[ ]|$)|(?!(?:-+>|=>)[ ]*$)[-*+\u2022\u25cf\u25aa\u25ba\u2023\u2043>]|\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612]|\|`;
/** A list marker or check box at the start of a line (ITEM_START without "Label:"). */
const MARKER_START = new RegExp(String.raw `^[ ]*(?:\(?[A-Za-z][.)][ ]|${MARKERS_BUT_LETTER})`);
/** ... without a letter's ("E. coli" after "grew Enterococcus and" is the sentence going on, not item E). */
const MARKER_START_NO_LETTER = new RegExp(`^[ ]*(?:${MARKERS_BUT_LETTER})`);
/** A check box, empty or ticked, at the end of a line. */
/** A check box, empty or ticked, bracketed or a box character (a regular-expression source). */
const BOX = String.raw `(?:\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612])`;
const BOX_AT_END = new RegExp(`${BOX}[ ]*$`);
/** A row whose last cell (after a run of spaces, or the whole line) opens with a check box and its label. */
const LAST_BOX_CELL = /(?:^|[ ]{2,})[ ]*(?:\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612])[ ]*[^ \[\]\u2610\u2611\u2612][^\[\]\u2610\u2611\u2612]*$/;
const BOX_ANYWHERE = /\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612]/;
/** Two check boxes on one line: a row of boxes. */
const BOX_ROW = new RegExp(`${BOX}[^\\n]*${BOX}`);
/** A line that opens with a check box. */
const BOX_START = new RegExp(`^[ ]*${BOX}`);
/** A line's first cell: its text up to the first run of two or more spaces. */
function firstCell(line) {
    const t = line.trimStart();
    const gap = t.indexOf('  ');
    return gap < 0 ? t : t.slice(0, gap);
}
function boxAtEnd(line) {
    const t = line.trimEnd();
    const last = t.charCodeAt(t.length - 1);
    // (the regex only on a line that ends in "]" or a box character: an unanchored "$" scans the whole line)
    return (last === 93 || (last >= 0x2610 && last <= 0x2612)) && BOX_AT_END.test(t.slice(-6));
}
/** A table row: a pipe, or columns separated by runs of spaces (a "Label:   value" gap is not a column). */
const tableLike = (line) => TABLE_LINE.test(line.trim().replace(KEY_VALUE_ANY, ''));
/** A field's line: a label, a colon (after a dot leader or not) and a value. */
const FIELD_VALUE_LINE = /^[ \t]*\p{L}[\p{L}0-9 /&'()#-]{0,40}?(?:[ ]?\.{2,})?[ ]*:[ ]*\S/u;
/** A line of a few words with no colon or sentence end, and a remark in brackets or none: "Procedures (coded)". */
const TITLE_LINE = /^[A-Za-z][A-Za-z /&'-]{1,40}(?:\([^()\n]{1,30}\))?[ ]*$/;
const KEY_VALUE = /^\p{L}[\p{L}0-9 /&'().#-]{0,40}:[ ]{2,}(?=[^ ])/u;
const KEY_VALUE_ANY = /^\p{L}[\p{L}0-9 /&'().#-]{0,40}:[ ]+/u;
/** A dash at a line's start with its space ("- ", "\u2013 ", "\u2014 "). */
const DASH_START = /^[ ]*[-\u2013\u2014][ ]+/;
/** A field written "key = value" ("side = LEFT", "implant_1.site = L tibial canal"). */
const KEY_EQUALS = /^[ \t]*\p{L}[\p{L}0-9_.#/-]{0,40}[ \t]*=[ \t]*\S/u;
/**
 * What a rule set's value compiles to (a regular expression from a word list...), built on first use and kept in
 * `cache`: the layout options of one rule set are compiled once, not per note.
 */
function compiledOnce(cache, key, build) {
    let value = cache.get(key);
    if (value === undefined)
        cache.set(key, (value = build(key)));
    return value;
}
const longLabelCache = new Map();
/** A line that opens with more words before a colon than a label has: the rest of a sentence, not a new field. */
function longLabelOf(maxWords) {
    if (!maxWords)
        return undefined;
    return compiledOnce(longLabelCache, maxWords, (n) => new RegExp(`^[ ]*[A-Za-z][A-Za-z0-9/&'()-]*(?:[ ]+[A-Za-z0-9/&'().-]+){${n},}:`));
}
const codeRowCache = new WeakMap();
/** A line that opens with a code marker and a five-digit code ("CPT 20704 - ...", "CPT: 27640-LT"). */
function codeRowOf(words) {
    if (!words?.length)
        return undefined;
    return compiledOnce(codeRowCache, words, (w) => new RegExp(`^[ ]*(?:${phrases(w)})[ ]*[:#]?[ ]*\\d{5}(?![\\d.,])`, 'i'));
}
const markerCache = new WeakMap();
/** A line that ends with a code marker ("... muscle and bone, CPT"). */
function markerEndOf(words) {
    if (!words?.length)
        return undefined;
    return compiledOnce(markerCache, words, (w) => new RegExp(`(?:^|[^A-Za-z])(?:${phrases(w)})[ ]*[:#]?$`, 'i'));
}
/** The amount units of a rule set, compiled once: a line opening with an amount, and the units themselves. */
const amountCache = new WeakMap();
function amountStartOf(units) {
    if (!units?.length)
        return undefined;
    return compiledOnce(amountCache, units, (u) => ({ start: new RegExp(`^[ ]*\\d+(?:\\.\\d+)?[ ]?(?:${phrases(u)})(?![A-Za-z])`, 'i'), units: new Set(u.map((x) => x.toLowerCase())) }));
}
/** The last word of a line, when the line ends in a word. */
const LAST_WORD = /([A-Za-z]+)$/;
const notLabelCache = new WeakMap();
/** A line that opens with a word that is never a label and a colon ("AGO: ..."): grammar.yaml layout.notLabelWords. */
function notLabelOf(words) {
    if (!words?.length)
        return undefined;
    return compiledOnce(notLabelCache, words, (w) => new RegExp(`^[ ]*(?:${phrases(w)}):`, 'i'));
}
const continuationCache = new WeakMap();
const startsCache = new WeakMap();
/**
 * A line that ends where a sentence cannot (a continuation word, a comma): grammar.yaml layout.continuationWords. A
 * word counts whole (no letter before it); a phrase that opens with punctuation (", no") counts after any word.
 */
export function continuationRe(words) {
    if (!words?.length)
        return undefined;
    return compiledOnce(continuationCache, words, (w) => new RegExp(`(?:(?<![A-Za-z])(?=[A-Za-z])|(?=[^A-Za-z]))(?:${phrases(w)})$|,$`, 'i'));
}
/**
 * Whether line `i` and the next are two whole rows of their table: each has as many pipes as the widest line of the
 * run of lines with pipes around them (a cut row's parts have fewer).
 */
function wholeRows(lines, i) {
    let from = i;
    while (from > 0 && lines[from - 1].includes('|'))
        from--;
    let most = 0;
    for (let k = from; k < lines.length && lines[k].includes('|'); k++)
        most = Math.max(most, pipes(lines[k]));
    return pipes(lines[i]) === most && pipes(lines[i + 1]) === most;
}
/** A line of two words or more, all in capitals (a heading), with no sentence's end. */
/** A line of one word (brackets and a slash allowed): "PLAN", "PROCEDURE(S)". */
const WORD_LINE = /^[ ]*[A-Za-z][A-Za-z()/&'-]*[ ]*$/;
/** A title in capitals with a remark in brackets after it, alone on its line: "ANTIBIOTIC DEVICE (complete if ...)". */
const TITLE_WITH_REMARK = /^[ ]*([A-Z][A-Z0-9 /&'-]{2,60}?)[ ]*\([^()\n]*\)[ ]*$/;
const CAPS_LINE = /^[ ]*(?=[^a-z\n]*[A-Z]{2,}[^a-z\n]*\s[^a-z\n]*[A-Z]{2,})[^a-z\n]*[^a-z\n.!?;,]$/;
export function joinWrappedLines(text, layout = {}, tabs) {
    if (!text.includes('\n'))
        return text;
    const continues = continuationRe(layout.continuationWords);
    const startsGoingOn = layout.continuationStarts?.length ? compiledOnce(startsCache, layout.continuationStarts, (w) => new RegExp(`^[ ]*(?:${phrases(w)})[ ]`, 'i')) : undefined;
    const notLabelRe = notLabelOf(layout.notLabelWords);
    const notLabel = (line) => notLabelRe?.test(line) ?? false;
    // (a line that ends in an open noun phrase, an article and one word, "... RECOMMENDED A TWO-STAGE", goes on into a
    // one-word "label" that is no known title, "APPROACH: REMOVAL OF THE NAIL")
    // (and so does a line that ends with a number after a word a phrase goes on from, "... SECOND STAGE IN 6 TO 8" /
    // "WEEKS: ROD REMOVAL ...": the number waits for its unit)
    const numberInPhrase = (cur) => {
        const m = NUMBER_END.exec(cur);
        return m !== null && (continues?.test(m[1]) ?? false);
    };
    const unknownWordLabel = (cur, line) => {
        if (!OPEN_PHRASE_END.test(cur) && !numberInPhrase(cur))
            return false;
        const w = /^[ ]*([A-Za-z][A-Za-z'-]{1,20}):[ ]+\S/.exec(line);
        return w !== null && layout.knownTitle !== undefined && !layout.knownTitle(w[1]);
    };
    const amount = amountStartOf(layout.amountUnits);
    const markerEnd = markerEndOf(layout.codeMarkers);
    const longLabel = longLabelOf(layout.labelMaxWords);
    // a new item or field opens the line (a line that opens with more words before a colon than a label has opens none)
    // (... and so does a code after its marker, a row of a code list: "  CPT 20704 - add-on for the spacer")
    const codeRow = codeRowOf(layout.codeMarkers);
    const itemStart = (rest) => (ITEM_START.test(rest) && !(longLabel?.test(rest) ?? false)) || (codeRow?.test(rest) ?? false);
    const lines = text.split('\n');
    // the wrap width is measured on the prose: a table pasted into a wrapped note (a supply log of 90 columns)
    // keeps its own rows whole and would hide the width the prose was wrapped at
    // (measured on every line first; the table rows are left out only when the longest line is one)
    let prose = lines;
    let { width, longest } = widest(lines);
    if (tableLike(longest)) {
        prose = lines.filter((l) => !tableLike(l));
        width = widest(prose).width;
    }
    const bounds = layout.wrapWidth ?? DEFAULT_WRAP;
    let byWidth = width >= bounds.min && width <= bounds.max;
    let near = 0;
    let long = 0;
    for (const l of prose) {
        if (!WORDY.test(l))
            continue;
        const n = l.trimEnd().length;
        if (n >= 20)
            long++;
        if (n >= width - Math.max(12, Math.round(width * 0.15)))
            near++;
    }
    if (near < 3 || near < long * 0.25)
        byWidth = false;
    // editors and EHRs do not all wrap at exactly one width: a line ending within a few columns of W counts
    const slack = Math.max(4, Math.round(width * 0.08));
    // the next line's first word would not have fitted on this line: the wrap cut it there
    // the length of the next line's first word
    const nextWord = (next, indent) => {
        let n = 0;
        while (indent + n < next.length && next.charCodeAt(indent + n) !== 32)
            n++;
        return n;
    };
    const cutByWidth = (line, next, nextIndent) => line.trimEnd().length + 1 + nextWord(next, nextIndent) > width - slack;
    // A note wrapped twice (a text wrapped at 72 columns, wrapped again at 64) leaves the last words of each long line
    // on a short line of their own, whose end is where the first wrap cut ("... from the left" / "tibial" / "canal 2
    // repair of ..."). When most of the note's wraps leave such a short line, the first width is read from those pairs,
    // and a short line goes on when the pair's words and the next line's first word would not have fitted on a line of
    // that width, as the first wrap decided.
    const firstCut = [];
    const paired = [];
    let cuts = 0;
    if (byWidth) {
        for (let i = 0; i + 1 < lines.length; i++)
            firstCut.push(lines[i].trim() !== '' && lines[i + 1].trim() !== '' && cutByWidth(lines[i], lines[i + 1], leadingSpaces(lines[i + 1])));
        for (let i = 0; i + 2 < lines.length; i++) {
            if (!firstCut[i])
                continue;
            cuts++;
            const rest = lines[i + 1].trim();
            if (!rest || rest.length * 2 > width || firstCut[i + 1])
                continue;
            paired.push(lines[i].trimEnd().length + 1 + rest.length);
        }
    }
    // (the pairs of a text that was wrapped before end near one width; long lines that were never wrapped do not)
    // (the first width is the widest at which most pairs end near it: one long line the first wrap left whole, a title
    // or a heading run into its text, does not set it)
    const slackOf = (w) => Math.max(4, Math.round(w * 0.08));
    let width2 = paired.length ? Math.max(...paired) : 0;
    for (const w of [...paired].sort((x, y) => y - x)) {
        const n = paired.filter((p) => p >= w - slackOf(w)).length;
        if (n >= 3 && n * 2 >= paired.length) {
            width2 = w;
            break;
        }
    }
    const slack2 = slackOf(width2);
    const nearFirst = paired.filter((n) => n >= width2 - slack2).length;
    const twice = paired.length >= 3 && paired.length * 3 >= cuts * 2 && nearFirst >= 3 && nearFirst * 2 >= paired.length && width2 > width + Math.max(3, Math.round(slack / 2));
    const cutByFirstWidth = (i, next, nextIndent) => twice && i > 0 && firstCut[i - 1] === true && lines[i].trim().length * 2 <= width && lines[i - 1].trimEnd().length + 1 + lines[i].trim().length + 1 + nextWord(next, nextIndent) > width2 - slack2;
    // a line going on in lower case is a wrap only in a note that uses capitals: a note written all in lower case
    // (a few capitals at most, "Dr. X") is read as its capitals version would be, so casing never joins lines
    let caseMemo;
    const caseCue = () => (caseMemo ??= casedText(text));
    // (a note with no case to read: all in capitals, or written in lower case)
    let caselessMemo;
    const caseless = () => (caselessMemo ??= !/[a-z]/.test(text) || !caseCue());
    // (the last line of a row of a tab-separated table ends there: the next row is a row of its own)
    const rowEnds = new Set();
    const rowJoins = tableRowJoins(lines, tabs, rowEnds, layout.continuationWords);
    const joins = [];
    let at = 0;
    let valueColumn = -1; // the column where a "Label:   value" line's value starts (hanging indent)
    let hangColumn = -1; // ... and where the value of the "Label: value" line this line goes on from starts
    let startLine = '';
    let tail = false; // the next line is the rest of this line's row, opening with a pipe
    for (let i = 0; i < lines.length - 1; i++) {
        const line = lines[i];
        // (the newline before this line was joined: this line is the tail of a line the wrap cut)
        const joinedInto = joins.length > 0 && joins[joins.length - 1] === at - 1;
        // (the first line of the logical line this one belongs to: a timed log entry's tail is still that entry)
        if (!joinedInto)
            startLine = line;
        at += line.length; // offset of this line's newline
        const next = lines[i + 1];
        const nextIndent = leadingSpaces(next);
        // this line is the rest of the row above, opening with a pipe (see below): it closes that row, and does not go
        // on as a row that opens with a pipe would
        const restOfRow = tail;
        tail = false;
        // a value continued on the next line, indented to the value's column ("Procedure:    Removal of the rod
        //                 from the canal")
        // (the value column of the field block this line belongs to, before this line decides whether the block goes on)
        const blockColumn = valueColumn;
        if (nextIndent > 0 || valueColumn > 0) {
            // (a tail that a wrap put at the margin, "PLANNED 2ND STAGE:  [X] YES ... WEEKS" / "(REIMPLANTATION," / "
            // SPACER REMOVAL) ...", is still the field's value: the field's line gives the value column)
            const kv = KEY_VALUE.exec(line) ?? (joinedInto && leadingSpaces(line) === 0 ? KEY_VALUE.exec(startLine) : null);
            if (kv)
                valueColumn = kv[0].length;
            else if (nextIndent === 0 || leadingSpaces(line) !== valueColumn)
                valueColumn = -1;
        }
        // (so is one after a single space, "Indication: Rod placed in the left femoral canal" / "            8 weeks ago", and
        // the tail of such a line that the wrap cut: "... left femoral" / "canal" / "            8 weeks ago")
        if (!joinedInto)
            hangColumn = KEY_VALUE_ANY.exec(line)?.[0].length ?? -1;
        else if (leadingSpaces(line) > 0 && leadingSpaces(line) !== hangColumn)
            hangColumn = -1;
        let join = rowJoins.has(i) ||
            (valueColumn > 0 && nextIndent === valueColumn && nextIndent < next.length && !ITEM_START.test(next.slice(nextIndent))) ||
            (hangColumn > 0 && nextIndent === hangColumn && nextIndent < next.length && !ITEM_START.test(next.slice(nextIndent)) && !tableLike(next));
        // a line that ends in a word goes on when the next line opens with an amount ("head diameter" / "54 mm, ...")
        if (!join && amount && amount.start.test(next)) {
            const w = LAST_WORD.exec(line.trimEnd());
            if (w && !amount.units.has(w[1].toLowerCase()))
                join = true;
        }
        // a code marker at the end of a line goes on with the code that opens the next one ("... bone, CPT" / "11012, and
        // placement of beads")
        if (!join && markerEnd && /^[ ]*\d{5}(?!\d)/.test(next) && markerEnd.test(line.trimEnd()) && !tableLike(line))
            join = true;
        // a list item continued under its own text ("1. Removal of the rod from the right tibial" / "   intramedullary
        // canal (20703).", a hanging indent) goes on, in any case
        // (also when the wrap put a word and a colon at the start of the next line, "... against the index op" / "  note: 25
        // of 25.", in any case: a word that would not have fitted on the line is no label of its own)
        const labelCut = (rest) => byWidth && LABEL_ONLY.test(rest) && cutByWidth(line, next, nextIndent);
        // (a line whose only column is the item's code cell is no table row: "     nail, intramedullary.      20702-RT")
        if (!join && nextIndent > 0 && nextIndent < next.length && (!itemStart(next.slice(nextIndent)) || labelCut(next.slice(nextIndent))) && !tableLike(next.replace(CODE_CELL_END, ''))) {
            // (the item may have opened on the line the join ran into this one: "2. FABRICATION AND PLACEMENT OF AN
            // ANTIBIOTIC" / "CEMENT" / "   SPACER, LEFT HIP JOINT.", a second wrap of a wrapped item)
            const item = LIST_MARKER.exec(line) ?? (joinedInto ? LIST_MARKER.exec(startLine) : null);
            if (item && item[0].length === nextIndent && !/[.;:]$/.test(line.trimEnd()))
                join = true;
        }
        // the tail of an indented line that a wrap put at the margin ("   cement was mixed ... over a guide" / "wire;" / "   the
        // rod came out 10 mm x 360 mm") goes on into the next line at the indent it was cut from, as the whole line would
        // (not after a tail that ends with the item's code: "and interlocking screws (20680)" / "   5.2 Reaming ...", nor after a
        // tail that is the code cell of a table row: "20705-RT" / "  Right  New hand-molded ...")
        if (!join && joinedInto && i > 0 && nextIndent > 0 && nextIndent < next.length && leadingSpaces(line) < nextIndent && leadingSpaces(lines[i - 1]) === nextIndent && !itemStart(next.slice(nextIndent)) && !tableLike(next) && !/[.!?:]$/.test(line.trimEnd()) && !CODE_END.test(line.trimEnd()) && !CODE_CELL_LINE.test(line) && !TIMED_ENTRY.test(next))
            join = true;
        // a check box cut in two by the wrap ("... [ ] coated nail   [" / "] spacer") is one box again
        if (!join && OPEN_BOX_END.test(line.trimEnd().slice(-2)) && CLOSE_BOX_START.test(next))
            join = true;
        // a line that ends with a check box goes on: the box's label is on the next line ("[ ] Rod [ ]" / "Coated nail")
        if (!join && nextIndent < next.length && boxAtEnd(line))
            join = true;
        // a check-box row whose last box's label was cut by the wrap goes on ("[ ] Beads   [ ] Calcium sulfate" /
        // "(Stimulan)"): the next line's first cell has no box, item or column of its own and would not have fitted
        // (the row's later cells may follow it: "[ ] cement rod" / "/ coated nail    [X] none")
        if (!join && byWidth && nextIndent < next.length && LAST_BOX_CELL.test(line) && !BOX_ANYWHERE.test(firstCell(next)) && !ITEM_START.test(next) && !tableLike(firstCell(next)) && cutByWidth(line, next, nextIndent))
            join = true;
        // a row of check boxes whose last box the wrap put on the next line ("Removal plan: [ ] Planned return [ ] Permanent" /
        // "[ ] Not documented") goes on: the line holds two boxes or more, and the next box would not have fitted
        if (!join && byWidth && BOX_ROW.test(line) && BOX_START.test(next) && !BOX_ROW.test(next) && cutByWidth(line, next, nextIndent))
            join = true;
        // a row of cells that does not open with a pipe, cut by the wrap right after one of its pipes ("Device 1: Type=PMMA
        // beads | Site=Right knee joint |" / "Drug=Tobramycin 1.2 g | Carrier=...") goes on with the rest of its cells
        // (or the rest of such a row, opening with the pipe the wrap cut before: "| Antibiotic=Gentamicin 1 g |")
        if (!join && byWidth && nextIndent < next.length && (restOfRow || !line.trimStart().startsWith('|')) && line.trimEnd().endsWith('|') && pipes(line) >= 2 && !next.trimStart().startsWith('|') && !ROW_KEY.test(next) && !ITEM_START.test(next) && cutByWidth(line, next, nextIndent))
            join = true;
        // a pipe-table row that has not reached its closing pipe goes on on the next line; so does one whose last
        // cells a wrap put on a line of their own, which closes with a pipe but does not open with one
        // (not into a line that opens a row of its own with its key: "      | 11043" / "  2  | Removal of ...")
        if (!join && !restOfRow && line.trimStart().startsWith('|') && !line.trimEnd().endsWith('|') && nextIndent < next.length && !next.trimStart().startsWith('|') && !ROW_KEY.test(next))
            join = true;
        if (!join && !restOfRow && line.trimStart().startsWith('|') && nextIndent < next.length && !next.trimStart().startsWith('|') && next.trimEnd().endsWith('|') && next.includes('|'))
            join = true;
        // in a table whose rows do not open with a pipe, a line that opens with one is the rest of the row above, cut by
        // a wrap before a cell ("Vancomycin 1 g vial | lot 12 | qty 1 | back table" / "| mixed into beads")
        if (!join && nextIndent < next.length && next.charCodeAt(nextIndent) === 124 && !line.trimStart().startsWith('|') && !line.trimEnd().endsWith('|') && pipes(line) >= 1)
            join = tail = true;
        // a row of cells split by pipes that a wrap cut ("Stimulan 10 cc kit | lot 123 | qty 1 | -- |" / "WASTED - not
        // used"): the next line has no cell or item of its own and its first word would not have fitted
        if (!join && byWidth && nextIndent < next.length && line.includes('|') && !next.includes('|') && !ITEM_START.test(next) && cutByWidth(line, next, nextIndent))
            join = true;
        // a row that does not open with a pipe, cut by the wrap inside a cell, goes on with the rest of its cells (" # |
        // Device | Site | Carrier / drug" / "added | Prepared by | Amount"), unless the next line opens a row of its own
        // (not when both are whole rows, with as many cells as the widest row of their table: "CEMENT BONE PALACOS R+G 40GM
        // | HERAEUS | 93E1026 | 1 | Implanted" stands whole, however long)
        if (!join && byWidth && nextIndent < next.length && line.includes('|') && !line.trimStart().startsWith('|') && !line.trimEnd().endsWith('|') && next.includes('|') && !next.trimStart().startsWith('|') && !ROW_KEY.test(next) && !ITEM_START.test(next) && cutByWidth(line, next, nextIndent) && !wholeRows(lines, i))
            join = true;
        // so is a row of columns split by runs of spaces whose last cell the wrap cut ("Q: Site of placement      A: Right
        // femoral" / "intramedullary canal"): the next line has no column, item or label of its own
        if (!join && byWidth && nextIndent === 0 && nextIndent < next.length && !line.includes('|') && tableLike(line) && !tableLike(next) && !ITEM_START.test(next) && cutByWidth(line, next, nextIndent))
            join = true;
        if (!join && nextIndent < next.length) {
            const cur = line.trimEnd();
            const last = cur.charCodeAt(cur.length - 1);
            // a line ending in a colon is a label ("Description:"), unless the colon is inside an open bracket
            // ("... 4 screws. (Removed:" goes on with what was removed)
            // (a line that ends in a rule, "=== Copied forward ... ===", is a banner: whole as it stands)
            // (nor is a colon after a closing bracket that ends a line of prose: "Removal of deep implant, right thigh (20680):"
            // / "tobramycin PMMA bead chain from the subfascial space" is one item cut by the wrap)
            // (nor a colon that ends a clause of prose longer than any label, the next line going on in lower case: "... the
            // template and is wrong on one point:" / "antibiotic beads were NOT placed in this case")
            const clause = last === 58 ? cur.slice(Math.max(cur.lastIndexOf('. '), cur.lastIndexOf('; ')) + 1) : '';
            const proseColon = last === 58 &&
                ((/\)[ ]*:$/.test(cur) && cur.trim().split(/\s+/).length > 4) ||
                    (/^[a-z]/.test(next.slice(nextIndent)) && /^[ \t]*[a-z]/.test(clause.replace(/^[ \t]*\S*[A-Z]\S*[ \t]+/, '')) && clause.trim().split(/\s+/).length > (layout.labelMaxWords ?? 5) + 3) ||
                    // (nor the second colon of a line that has its label already, "HISTORY: Index surgery on the day of injury:" /
                    // "irrigation and debridement, ...": it opens that label's value, which the wrap cut; the label may open the line
                    // the join ran this one on from, "Staging: The spacer is temporary. Planned second stage in about" / "8 weeks:")
                    ((/^[ \t]*\p{L}[\p{L}0-9 /&'()-]{0,40}:[ ]+\S[^:]*$/u.test(cur.slice(0, -1)) || (joinedInto && !cur.slice(0, -1).includes(':') && /^[ \t]*\p{L}[\p{L}0-9 /&'()-]{0,40}:[ ]+\S[^:]*$/u.test(startLine))) && !ITEM_START.test(next.slice(nextIndent)) && !tableLike(next)));
            if (cur.length > 0 && (last !== 58 /* : */ || unclosedBracket(cur) || proseColon) && !RULE_END.test(cur)) {
                // cheap tests first: the next word would not have fitted on the line; or the line cannot end a
                // sentence there; or the next line goes on in lower case after a line with no closing punctuation
                const first = next.charCodeAt(nextIndent);
                // (the line ends with a stop: a sentence's, a clause's or a label's)
                const curStops = /[.!?;:]$/.test(cur);
                // a line that cannot end there: it stops on a word like "with", or inside an open bracket
                const open = unclosedBracket(cur);
                const cannotEnd = open || (continues?.test(cur) ?? false);
                // (a line that ends with its bracketed code is a whole item, over the next item at the same indent: "  Removal of
                // the infected prosthesis (27090-LT)" / "  Hand-molded antibiotic cement spacer, left hip joint"; so is a row of a
                // space-aligned table that ends with its code cell, over the next row, whatever a wrap did to it: "  Right  Removal
                // of the antibiotic cement spacer from hip joint     20705-RT" / "  Right  New hand-molded ...")
                const wholeCodedItem = (CODE_END.test(cur) || (nextIndent > 0 && (COLUMN_CODE_END.test(cur) || (joinedInto && CODE_CELL_LINE.test(line) && (/^[ ]{2}/.test(line) || /[ ]{2}$/.test(startLine)))))) && nextIndent >= leadingSpaces(joinedInto ? startLine : line) && (nextIndent > 0 || (!/^[a-z]/.test(next) && !(startsGoingOn?.test(next + ' ') ?? false)));
                const byWrap = byWidth && !wholeCodedItem && (cutByWidth(cur, next, nextIndent) || cutByFirstWidth(i, next, nextIndent));
                const lowerNext = first >= 97 && first <= 122 && !/[.!?;]$/.test(cur) && caseCue();
                // a line that opens with a date and goes on after it with a comma, a semicolon or lower case ("... spacer removed"
                // / "19-Jan-26; revision prosthesis in place") is the sentence going on: a dated entry opens with its date alone
                // (and so does a date the wrap cut in two: "explanted on 3" / "January 2026", "on Jan" / "3, 2026")
                const dateNext = (first >= 48 && first <= 57 && !curStops && DATE_GOES_ON.test(next)) || (DAY_END.test(cur) && MONTH_YEAR_START.test(next)) || (MONTH_END.test(cur) && DAY_YEAR_START.test(next));
                // (in a note with no case cue, a next line that opens with a word a sentence goes on with, after a line with no
                // closing punctuation: "... ROLLED INTO 20 BEADS" / "AND PLACED DEEP TO THE FASCIA LATA")
                const goesOn = startsGoingOn !== undefined && !curStops && startsGoingOn.test(next) && caseless();
                // (a bracketed remark the wrap put at the next line's start, "... abx beads" / "(vanc/tobra) placed in the wound.",
                // after a line with no stop: the sentence going on; not a list mark, "(1)", "(a)")
                // (or a bracketed code: "... deep to fascia lata" / "(20680-LT, +20701-LT) ... DONE")
                const bracketNext = first === 40 && /^\((?![A-Za-z0-9]{1,2}\))(?:[A-Za-z]{2,}|[+]?\d{5}(?!\d))/.test(next.slice(nextIndent)) && !curStops;
                // (a dotted leader never opens a line: one there is the rest of the line above, "Biopsy of femur (20245-LT)" /
                // "...................... NOT DONE"; nor ends one: what it leads to is on the next, "... (20245-LT) ........" /
                // "NOT DONE"; nor does a dash set off by spaces, "... (+20704-LT) --" / "NOT DONE")
                // (nor does an arrow: "... over a 3 mm ball-tip wire" / "->" / "rod 9 mm x 30 cm", "... wire ->" / "rod 9 mm"; an arrow
                // alone on its line is no bullet either)
                const leaderNext = /^(?:\.{3,}|\u2026|-+>|=>|\u2192)/.test(next.slice(nextIndent)) || /[^.](?:\.{4,}|\u2026)$/.test(cur) || /\s(?:-{1,2}|\u2013|\u2014|-+>|=>|\u2192)$/.test(cur);
                // (and so does one word alone with its stop, after a line with no stop: "Antibiotic spacer and beads" / "DEFERRED.";
                // a heading has no stop)
                const loneNext = !curStops && /^[A-Za-z][\w-]*\.$/.test(next.trim());
                // (and so does a line an editor soft-wrapped, which keeps the space it broke at, after no stop: "Preoperative
                // diagnosis: Debonded antibiotic cement " / "coating of a tibial nail", in any case)
                const softEnd = !curStops && line.endsWith(' ') && cur.length > 0;
                const wrapped = byWrap || lowerNext || cannotEnd || dateNext || goesOn || bracketNext || loneNext || softEnd || leaderNext;
                // after a word a sentence cannot end with ("filled with"), a "word:" on the next line is the sentence
                // going on ("calcium sulfate pellets: Stimulan 5 cc"), not a new label; so is one in lower case where the
                // wrap cut a line of prose ("... PMMA beads. Imported" / "implant record from that operation: "), in a note
                // that uses capitals (in a note all in lower case it reads as the capitals version's label does)
                // (inside an open bracket, "1)" on the next line closes it: it is not a list number)
                // (a timed log entry followed by another one ends there: "10:38  beads seen, left undisturbed" / "10:42  VAC")
                // (in a note without a case cue, all capitals or all lower case, a "label" that the wrap put after a line of
                // prose and that holds a word a sentence goes on with is the sentence going on: "THE BEADS WERE FOUND IN THE
                // CALCANEAL BODY" / "CAVITY AND REMOVED: 8 BEADS")
                const caselessRest = byWrap && !lowerNext && caseless() && (midLabel(next, continues) || notLabel(next) || unknownWordLabel(cur, next));
                // (after a word a sentence cannot end with, a lone capital and a full stop is an initial, not item E of a list)
                const marker = cannotEnd ? MARKER_START_NO_LETTER : MARKER_START;
                // (in a note that uses capitals, a line of two words or more all in capitals after a line that is not is a heading
                // of its own: "CHAO PHRAYA HOSPITAL (invented), BANGKOK" / "OPERATIVE REPORT - STAGED TREATMENT OF ...")
                // (and so is a known title of one word alone on its line, "PLAN", "PROCEDURE(S)", after a line that ends a sentence,
                // in any case)
                // (not a line that opens as a continuation does, with a bracketed code or a dotted leader: "(20680-LT) ... DONE")
                const headingNext = !open && !cannotEnd && !bracketNext && !leaderNext && ((CAPS_LINE.test(next) && !CAPS_LINE.test(cur) && !caseless()) || (/[.!?]$/.test(cur.trimEnd()) && WORD_LINE.test(next) && (layout.knownTitle?.(next.trim()) ?? false)));
                // (a known title in capitals with a remark in brackets, alone on its line after a blank or ruled one, heads what
                // follows: "ANTIBIOTIC DEVICE (complete if any box above checked)" / " Prepared by surgical team ...")
                const titled = TITLE_WITH_REMARK.exec(cur);
                const headingCur = titled !== null && !cannotEnd && !lowerNext && (i === 0 || !lines[i - 1].trim() || RULE_LINE.test(lines[i - 1])) && (layout.knownTitle?.(titled[1].trim()) ?? false);
                // (and so is a line of two words or more in capitals with only a bracketed remark in lower case, in a note that uses
                // capitals, over a line that is not: "SUMMARY OF INDEX OPERATION (hospital day 1, Dr. X)" / "Arthrotomy of ...")
                const capsCur = !open && !caseless() && /\([^()]*[a-z][^()]*\)/.test(cur) && CAPS_LINE.test(cur.replace(/\([^()]*\)/g, ' ').trimEnd()) && !CAPS_LINE.test(next);
                join = wrapped && !headingNext && !headingCur && !capsCur && (open || !(cannotEnd || (byWrap && lowerNext) || caselessRest ? marker.test(next) : itemStart(next))) && !tableLike(cur) && !tableLike(next) && !(TIMED_ENTRY.test(startLine) && TIMED_ENTRY.test(next));
                // (a dash the wrap put at a line's start before a word the sentence goes on with, after a line with no stop, is the
                // sentence's own dash, not a list's: "... a rod of about 11 mm" / "— and fill the gap with a spacer ...")
                if (!join && !curStops && startsGoingOn !== undefined && DASH_START.test(next) && startsGoingOn.test(next.replace(DASH_START, '')) && !tableLike(cur))
                    join = true;
            }
        }
        // a word and a colon that a wrap put alone on the next line, after a line the wrap cut ("... from another hospital
        // on day 2." / "There:" / "debridement, ..."), goes on with the line it was cut from: it is no heading unless it is a
        // known title
        if (!join && byWidth && nextIndent === 0 && LABEL_ONLY.test(next) && next.trim().length === next.trim().indexOf(':') + 1 && !(layout.knownTitle?.(next.trim().slice(0, -1)) ?? true) && cutByWidth(line, next, 0) && !tableLike(line) && !line.includes('|'))
            join = true;
        // a table's ruled line ("--------+--------") is a line of its own: nothing goes on into it
        if (join && TABLE_RULE.test(next))
            join = false;
        // a record's fields written "key = value", one a line ("side = LEFT" / "stage = 2 of 3 (planned)"), in any case, are
        // lines of their own
        if (join && KEY_EQUALS.test(startLine) && KEY_EQUALS.test(next))
            join = false;
        // in a block of fields whose values hang at one column ("Procedures today:   1) Removal ..." / "      subfascial
        // cavity ..."), a line that opens at the margin with a label is the next field, in any case ("REASON FOR REMOVAL:")
        if (join && blockColumn > 0 && nextIndent === 0 && (KEY_VALUE.test(line) || leadingSpaces(line) === blockColumn) && KEY_VALUE_ANY.test(next))
            join = false;
        // (after a field's line, a known title alone at the margin, with a remark in brackets or none, over a list, heads that
        // list: "Diagnosis..........: Infected nonunion" / "Procedures (coded)" / "  1. 20680 ..."; a wrap's last words, "...
        // left hip articulating" / "antibiotic" / "  spacer under general anesthesia", have no list of their own under them)
        const under = lines[i + 2] ?? '';
        if (join && nextIndent === 0 && !startLine.includes('|') && !under.includes('|') && FIELD_VALUE_LINE.test(startLine) && TITLE_LINE.test(next) && (ITEM_START.test(under) || ITEM_START.test(under.trimStart())) && (layout.knownTitle?.(next.trim().replace(/\s*\([^()]*\)$/, '')) ?? false))
            join = false;
        if (join && !rowEnds.has(i))
            joins.push(at);
        at += 1;
    }
    if (!joins.length)
        return text;
    const parts = [];
    let from = 0;
    for (const j of joins) {
        parts.push(text.slice(from, j), ' ');
        from = j + 1;
    }
    parts.push(text.slice(from));
    return parts.join('');
}
/** The length of the longest of `lines` with a word in it (trailing spaces left out), and that line. */
function widest(lines) {
    let width = 0;
    let longest = '';
    for (const l of lines) {
        const n = l.trimEnd().length;
        if (n > width && WORDY.test(l)) {
            width = n;
            longest = l;
        }
    }
    return { width, longest };
}
/**
 * A line with a letter or digit in it. One without (a page break's or a section's rule of dashes, a row of stars) is
 * no prose: it is drawn at a width of its own and says nothing of where the wrap cut the text.
 */
const WORDY = /[A-Za-z0-9]/;
/** A line that opens with a date (numeric, ISO, or day-month-year with the month in letters) and goes on after a comma, a semicolon or a lower-case word. */
const DATE_GOES_ON = /^[ ]*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}-?[A-Za-z]{3}-?\d{2,4})(?=[;,]|[ ]+[a-z])/;
/** The two halves of a date cut by a wrap: a day number ending a line and a month and year opening the next; a month word ending a line and a day and year opening the next. */
const DAY_END = /(?:^|[ (])\d{1,2}$/;
const MONTH_YEAR_START = /^[ ]*[A-Za-z]{3,9}\.?[ ]+\d{4}\b/;
const MONTH_END = /(?:^|[ (])[A-Za-z]{3,9}\.?$/;
const DAY_YEAR_START = /^[ ]*\d{1,2}(?:st|nd|rd|th)?,?[ ]+\d{4}\b/;
/** A line that ends in a rule of three or more of one character ("... ===", "... ---"). */
/** A line that is only a rule of eight or more of one character: "----------", "==========". */
const RULE_LINE = /^[ ]*([=_*~-])\1{7,}[ ]*$/;
const RULE_END = /([=*#~_-])\1{2,}$/;
/** A table's ruled line: dashes or equals signs, with the pluses or pipes where its columns meet. */
/** A line's end that is a bracketed procedure code or codes ("(27090-LT)", "(20680-LT, +20701-LT)"). */
const CODE_END = /\([ ]*\+?\d{5}(?:[- ]?-?[A-Z0-9]{2})*(?:[ ]*[,;][ ]*\+?\d{5}(?:[- ]?-?[A-Z0-9]{2})*)*[ ]*\)$/;
/** A row of a space-aligned table that ends with its code cell, after a gap of two spaces or more ("Removal of the
 * antibiotic cement spacer from hip joint     20705-RT"). */
const COLUMN_CODE_END = /\S[ ]{2,}\+?\d{5}(?:-[A-Z0-9]{2})*$/i;
/** ... or the code cell alone on the line a wrap put it on, indented to its column ("   20705-RT") or after a line that
 * the wrap cut inside the gap before it ("... from hip joint    " / "20705-RT"). */
const CODE_CELL_LINE = /^[ ]*\+?\d{5}(?:-[A-Z0-9]{2})*[ ]*$/i;
/** The code cell that ends a line, with the gap before it. */
const CODE_CELL_END = /[ ]{2,}\+?\d{5}(?:-[A-Z0-9]{2})*[ ]*$/i;
const TABLE_RULE = /^[ ]*[-=]{3,}(?:[+|][-=]+)*[+|]?[ ]*$/;
/** A numbered or bulleted list item's marker and the spaces after it (its text starts at the match's end). */
const LIST_MARKER = /^[ ]*(?:\(?\d{1,3}[.)]|[-*\u2022])[ ]+(?=\S)/;
/** Wrap widths when no rule set gives them (grammar.yaml layout.wrapWidth holds the shipped values). */
const DEFAULT_WRAP = { min: 24, max: 160 };
/** Whether a text uses capitals as ordinary prose does: at least one letter in a hundred (not all lower case). */
const STARTS = /(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?([A-Za-z])[A-Za-z/&-]*(?:[ ][A-Za-z/&-]+){0,3}:|[.!?][ \t]+([A-Za-z])(?=[a-z]*\s)/g;
function casedText(text) {
    // where a writer who uses capitals puts one: the first letter of a "Label:" that opens a line and of a word after
    // a sentence end. A note whose starts are mostly in lower case ("dx: ...", "plan: ...", "... closed. skin ...")
    // is written in lower case, whatever acronyms it holds (IMN, PMMA, CRP)
    let starts = 0;
    let upperStarts = 0;
    STARTS.lastIndex = 0;
    for (let m = STARTS.exec(text); m; m = STARTS.exec(text)) {
        const c = (m[1] ?? m[2]).charCodeAt(0);
        starts++;
        if (c >= 65 && c <= 90)
            upperStarts++;
    }
    if (starts >= 3)
        return upperStarts * 2 >= starts;
    // (the note's first letter opens its first line, a title or a sentence: written in lower case, so is the note, "l thigh
    // abscess stage 2 - Dr. X")
    const first = /[A-Za-z]/.exec(text);
    if (first && first[0] >= 'a' && first[0] <= 'z')
        return false;
    let upper = 0;
    let letters = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 65 && c <= 90) {
            upper++;
            letters++;
        }
        else if (c >= 97 && c <= 122)
            letters++;
    }
    return upper * 100 >= letters;
}
/** A pipe table's separator row ("|---|:---:|"): it gives the number of pipes every row of its table has. */
const SEPARATOR_ROW = /^[ ]*\|(?:[ ]*:?-{3,}:?[ ]*\|)+[ ]*$/;
/** The rule under a header of a table whose cells are split by pipes but whose rows do not open with one (psql style:
 * " # | Device | Site" / "---+--------+------"): its crossings are where the header's pipes stand. */
const PLUS_SEPARATOR_ROW = /^[ ]*-{2,}(?:\+-{2,})+[ ]*$/;
/** A box table's rule: "+------+-----+" (its rows open and close with a pipe). */
const BOX_RULE = /^[ ]*\+(?:[-=]{2,}\+)+[ ]*$/;
function crossings(line) {
    let n = 0;
    for (let i = line.indexOf('+'); i >= 0; i = line.indexOf('+', i + 1))
        n++;
    return n;
}
/** How many lines one row of a table may have been broken into. */
const MAX_ROW_PIECES = 8;
function pipes(line) {
    let n = 0;
    for (let i = line.indexOf('|'); i >= 0; i = line.indexOf('|', i + 1))
        n++;
    return n;
}
/**
 * The line ends inside the rows of pipe tables that a hard wrap broke (at a cell border, inside a cell, or
 * more than once): a table with a separator row has that many pipes in every row, so a row that starts with
 * a pipe goes on over the following lines until it has them all. Only whole rows are joined: a row that
 * never reaches its count (a malformed row, prose after the table) keeps its line ends.
 */
function tableRowJoins(lines, tabs, ends, words) {
    const joins = new Set();
    const blank = (l) => l === undefined || l.trim() === '';
    // a table whose cells were split by tabs (now spaces): a header line of two tabs or more after a line with none,
    // then rows that a wrap broke go on over their lines until they have as many tabs as the header
    if (tabs && tabs.length === lines.length) {
        for (let k = 0; k < lines.length; k++) {
            const cols = tabs[k];
            if (cols < 2 || (k > 0 && tabs[k - 1] > 0 && !blank(lines[k - 1])))
                continue;
            let i = k + 1;
            while (i < lines.length && !blank(lines[i]) && tabs[i] > 0) {
                let r = i;
                let have = tabs[i];
                while (have < cols && r + 1 < lines.length && r + 1 - i < MAX_ROW_PIECES && !blank(lines[r + 1]) && have + tabs[r + 1] <= cols) {
                    have += tabs[r + 1];
                    r++;
                }
                if (have !== cols)
                    break;
                for (let x = i; x < r; x++)
                    joins.add(x);
                // (the row's last cell may go on over lines with no tab: "... seated on a thin doughy layer\tsee" / "plan")
                while (r + 1 < lines.length && !blank(lines[r + 1]) && tabs[r + 1] === 0 && !ITEM_START.test(lines[r + 1]) && r + 1 - i < MAX_ROW_PIECES)
                    joins.add(r++);
                ends?.add(r);
                i = r + 1;
            }
            // (a header with rows under it ends its own line)
            if (i > k + 1)
                ends?.add(k);
            k = i - 1;
        }
    }
    for (let k = 0; k < lines.length; k++) {
        // (a psql-style table: each row, header included, holds as many pipes as the rule has crossings)
        if (PLUS_SEPARATOR_ROW.test(lines[k])) {
            const cols = crossings(lines[k]);
            const rowOf = (from, step) => {
                let acc = 0;
                for (let j = from, n = 0; j >= 0 && j < lines.length && n < MAX_ROW_PIECES && !blank(lines[j]) && !PLUS_SEPARATOR_ROW.test(lines[j]); j += step, n++) {
                    acc += pipes(lines[j]);
                    if (acc > cols)
                        return -1;
                    if (acc === cols)
                        return j;
                }
                return -1;
            };
            // the header above the rule: its pieces, read upwards, reach the rule's count
            const top = rowOf(k - 1, -1);
            if (top >= 0)
                for (let x = top; x < k - 1; x++)
                    joins.add(x);
            // the rows below it
            for (let i = k + 1; i < lines.length && !blank(lines[i]) && pipes(lines[i]) > 0;) {
                const end = rowOf(i, 1);
                if (end < 0)
                    break;
                for (let x = i; x < end; x++)
                    joins.add(x);
                i = end + 1;
            }
            continue;
        }
        // (a box table's rule, "+------+----+", parts its rows as a "|---|---|" rule does: as many pipes as pluses)
        const box = BOX_RULE.test(lines[k]);
        if (!box && !SEPARATOR_ROW.test(lines[k]))
            continue;
        const cols = box ? lines[k].split('+').length - 1 : pipes(lines[k]);
        // the header above the separator
        let acc = 0;
        for (let j = k - 1; j >= 0 && j >= k - MAX_ROW_PIECES && !blank(lines[j]); j--) {
            acc += pipes(lines[j]);
            if (acc > cols)
                break;
            if (acc === cols && lines[j].trimStart().startsWith('|')) {
                for (let x = j; x < k - 1; x++)
                    joins.add(x);
                break;
            }
        }
        // the rows below it
        let i = k + 1;
        let above;
        while (i < lines.length && lines[i].trimStart().startsWith('|') && !SEPARATOR_ROW.test(lines[i])) {
            let r = i;
            let have = pipes(lines[i]);
            while (have < cols && r + 1 < lines.length && r + 1 - i < MAX_ROW_PIECES && !blank(lines[r + 1]) && !SEPARATOR_ROW.test(lines[r + 1]) && have + pipes(lines[r + 1]) <= cols) {
                have += pipes(lines[r + 1]);
                r++;
            }
            if (have === cols)
                for (let x = i; x < r; x++)
                    joins.add(x);
            else
                r = i;
            // a cell wrapped onto a row of its own: the row's other cells are empty and its text goes on the cell above
            // (indented further in its cell, opening with a bracket or a word a cell cannot open with, or under a cell that
            // ends where a phrase cannot): it is the rest of that row. Casing says nothing: a note in lower case is laid
            // out the same
            const row = have === cols ? lines.slice(i, r + 1).join('') : undefined;
            const continues = row !== undefined && above !== undefined && continuesCellAbove(above.text, row, above.continues, words);
            if (continues)
                joins.add(above.last);
            above = row === undefined ? undefined : { text: row, last: r, continues };
            i = r + 1;
        }
    }
    return joins;
}
/**
 * A one-line table row that only carries the rest of the first cell of the row above: every other cell is empty and
 * its text is indented further in the cell than the text above, or opens in lower case or with a bracket. A row that
 * fills other cells, or a sub-heading row ("| Explanted |  |  |") written as the rows are, is a row of its own.
 */
const cellStartCache = new WeakMap();
function continuesCellAbove(above, line, aboveContinues, words) {
    const cells = line.trim().split('|').slice(1, -1);
    const up = above.trim().split('|').slice(1, -1);
    if (cells.length < 2 || cells.length !== up.length)
        return false;
    const first = cells[0];
    if (first.trim() === '' || cells.slice(1).some((c) => c.trim() !== ''))
        return false;
    if (aboveContinues)
        return true;
    if (up.slice(1).every((c) => c.trim() === ''))
        return false;
    const lead = first.length - first.trimStart().length;
    const upLead = up[0].length - up[0].trimStart().length;
    if (lead > upLead || first.trimStart().startsWith('('))
        return true;
    const ends = continuationRe(words);
    if (ends?.test(up[0].trimEnd()))
        return true;
    if (!words?.length)
        return false;
    return compiledOnce(cellStartCache, words, (w) => new RegExp(`^(?:${phrases(w)})(?![A-Za-z])`, 'i')).test(first.trimStart());
}
function unclosedBracket(line) {
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === 40)
            depth++;
        else if (c === 41 && depth > 0)
            depth--;
    }
    return depth > 0;
}
function leadingSpaces(line) {
    let n = 0;
    while (n < line.length && line.charCodeAt(n) === 32)
        n++;
    return n;
}
/** Every character that SIMPLE or RESIZING may change is outside printable ASCII and the newline, or starts an HTML entity. */
const SPECIAL = /[^\n\x20-\x7e]|&(?:[a-z]{2,6}|#\d{2,3});/i;
/** Exports that lost their newlines run sections and list items on as "HEADER:," and "item.,2.": a space. */
function runOnCommas(text) {
    return text.includes('.,') || text.includes(':,') ? text.replace(/([.:]),/g, '$1 ') : text;
}
/** Normalise a decoded note, keeping a map back to the input for evidence. */
export function normalize(input, layout = {}) {
    const lineStarts = lineStartsOf(input);
    // most notes are printable ASCII and newlines: nothing to substitute, one scan to know it
    const plain = !SPECIAL.test(input);
    // one-to-one substitutions first (same length, offsets unchanged)
    const same = plain ? input : input.replace(SIMPLE_RE, (ch) => SIMPLE[ch]);
    if (plain || !RESIZING.test(same))
        return laidOut(input, same, null, lineStarts, layout);
    // then the characters that change the length: CRLF, BOM, zero-width, soft hyphen, ellipsis
    const parts = [];
    let ellipses = 0;
    for (let i = same.indexOf('\u2026'); i >= 0; i = same.indexOf('\u2026', i + 1))
        ellipses++;
    const map = new Int32Array(input.length + 2 * ellipses + 2); // an ellipsis becomes three dots
    let j = 0;
    let last = 0;
    const copy = (to) => {
        parts.push(same.slice(last, to));
        for (let i = last; i < to; i++)
            map[j++] = i;
    };
    RESIZING_G.lastIndex = 0;
    for (let m = RESIZING_G.exec(same); m; m = RESIZING_G.exec(same)) {
        copy(m.index);
        const ch = m[0];
        if (ch === '\r\n') {
            parts.push('\n');
            map[j++] = m.index + 1; // the LF
        }
        else if (ch === '\r') {
            parts.push('\n');
            map[j++] = m.index;
        }
        else if (ch === '\u2026') {
            parts.push('...');
            map[j++] = m.index;
            map[j++] = m.index;
            map[j++] = m.index;
        }
        else if (ch.startsWith('&')) {
            parts.push(ENTITIES[ch.toLowerCase()]);
            map[j++] = m.index;
        } // BOM, zero-width space and soft hyphen are dropped
        last = m.index + ch.length;
    }
    copy(same.length);
    map[j] = input.length;
    return laidOut(input, parts.join(''), map.subarray(0, j + 1), lineStarts, layout);
}
/**
 * A heading in square brackets, as transcription services set them ("[PLAN] Touchdown weight bearing."): at a line
 * start, or after a sentence's end in a note that lost its newlines ("... Same. [PROCEDURE] Arthrotomy ...").
 */
const BRACKET_HEADING = /(^[ \t]*|[.!?;][ \t]+)\[([A-Za-z][A-Za-z /&-]{0,40}[A-Za-z])\](?=[ \t]|$)/gm;
/**
 * A Markdown heading ("## Procedures performed", "### Coated nail ###"): one to six hashes and a space at a line start,
 * then a title of words with no colon ("# of beads: 12" and "#2 Ethibond" are no headings).
 */
const MD_HEADING = /^([ \t]*)(#{1,6})[ \t]+(?!of\b)([A-Za-z][^\n#:|]{0,80}?)[ \t]*#*[ \t]*$/gm;
/** A label at a line start set off from its value by a run of spaces, as a two-column field table lays it out ("Plan         If negative ..."). */
const FIELD_LINE_MAX = 120;
const SPACED_LABEL = /^([A-Za-z][A-Za-z/&()'-]*(?: [A-Za-z/&()'-]+){0,3}?)( {2,})(?=\S)/gm;
/**
 * A label at a line start followed by a dot leader: the label, then the leader with its spaces (3+ dots after a space, or
 * 4+; or 2 between spaces, as a long label's leader is cut short to keep its column: "Antibiotic-coated .. ( ) Yes").
 * A label's letters may be any alphabet's ("Diagnóstico .........", "Espaçador ......"). A colon after the leader is
 * part of it ("LOCATION...........: LEFT KNEE": one colon, not a label with an empty value and a value opening on ':').
 */
const DOT_LEADER = /^([ \t]*\p{L}[\p{L}0-9 /&()'#-]{0,48}?[\p{L}0-9)])((?: \.{3,}| \.{2}(?=[ \t])|\.{4,})[ \t]*(?::[ \t]*)?)(?=\S|$)/gmu;
/** A row of a two-column pipe table: its two cells, the second with text. */
const TWO_CELL_ROW = /^[ \t]*\|[^|\n]*\|[^|\n]*[^|\s][^|\n]*\|[ \t]*$/;
/** A row of a two-column pipe table whose first cell is empty and whose second has text. */
const EMPTY_FIRST_CELL_ROW = /^[ \t]*\|[ \t]*\|[^|\n]*[^|\s][^|\n]*\|[ \t]*$/;
/**
 * The text with each wrapped cell of a two-column pipe table joined to the cell above it: the end of the row and the
 * empty first cell of the row after it read as spaces (one character for one, offsets hold). Line by line, so its
 * cost is linear in the text.
 */
function cellWraps(text) {
    const orig = text.split('\n');
    const lines = orig.slice();
    const joins = new Set();
    for (let i = 0; i + 1 < orig.length; i++) {
        const row = orig[i];
        const next = orig[i + 1];
        if (!row.includes('|') || !next.includes('|') || !TWO_CELL_ROW.test(row) || !EMPTY_FIRST_CELL_ROW.test(next))
            continue;
        // (the row's closing rule and its spaces, the line end and the next row's empty first cell read as spaces)
        const end = lines[i].lastIndexOf('|');
        lines[i] = lines[i].slice(0, end) + ' '.repeat(lines[i].length - end);
        const second = next.indexOf('|', next.indexOf('|') + 1);
        lines[i + 1] = ' '.repeat(second + 1) + lines[i + 1].slice(second + 1);
        joins.add(i);
    }
    if (!joins.size)
        return text;
    let out = '';
    for (let i = 0; i < lines.length; i++)
        out += i + 1 < lines.length ? lines[i] + (joins.has(i) ? ' ' : '\n') : lines[i];
    return out;
}
/**
 * The document from the substituted text and its map to the input (null: the same offsets): the note's own
 * margin removed, then hard-wrapped lines joined and the run-on commas of exports that lost their newlines
 * ("HEADER:," and "item.,2.") read as spaces.
 */
function laidOut(input, lined, map, lineStarts, layout) {
    // a note carried in HL7 segments is the text of its text segments (see segmentSpans)
    if (layout.hl7 && lined.includes('|')) {
        const spans = segmentSpans(lined, layout.hl7);
        if (spans.length)
            ({ text: lined, map } = spliced(lined, map, spans));
    }
    // structured data pasted as JSON- or XML-like text is its fields, one "Label: value" line each (see structuredSpans)
    if (layout.structured && (lined.includes('":') || lined.includes('</'))) {
        const spans = structuredSpans(lined, layout.structured, layout.titleWords);
        if (spans.length)
            ({ text: lined, map } = spliced(lined, map, spans));
    }
    const indent = commonIndent(lined);
    if (indent > 0)
        ({ text: lined, map } = dedent(lined, indent, map));
    // a cell of a space-aligned table of three columns wrapped under its own column ("4     ... beads removed from beneath
    // the      resident" / "      fascia lata"): the cell's rest joins its text, before the next column
    if (lined.includes('   \n') || lined.includes('  ')) {
        const spans = columnWrapSpans(lined);
        if (spans.length)
            ({ text: lined, map } = spliced(lined, map, spans));
    }
    // a title with a field set to its right ("OPERATIVE NOTE - LEFT TIBIA          Surgeon: Dr. X") is two lines: the
    // last space of the gap becomes a line end (one character for one, offsets hold)
    if (lined.includes('     ') && TITLE_THEN_FIELD.test(lined))
        lined = lined.replace(TITLE_THEN_FIELD_G, (m) => `${m.slice(0, -1)}\n`);
    // a field label set off by a dot leader ("Plan ................. IV antibiotics", "Findings....... Sinus") is a label
    // and its value: the leader reads as a colon and spaces (one character for one, offsets hold)
    if (lined.includes('...') || lined.includes(' .. '))
        lined = lined.replace(DOT_LEADER, (_m, label, lead) => `${label}:${' '.repeat(lead.length - 1)}`);
    // a row of a two-column table whose first cell is empty goes on with the cell above it, as a wrap of that cell
    // ("| 2    | Fascia lata opened. The PMMA beads lying deep to the fascia lata |" / "|      | over the greater trochanter
    // were removed. |"): the rules and the line end between them read as spaces (one character for one, offsets hold)
    if (lined.includes('|\n'))
        lined = cellWraps(lined);
    // a Markdown heading is a heading: it reads as "Title:" (one character for one: the hashes move to the end as spaces)
    if (lined.includes('#'))
        lined = lined.replace(MD_HEADING, (m, indent, _hashes, title) => `${indent}${title}:`.padEnd(m.length, ' '));
    // a known section title in square brackets at a line start or after a sentence's end ("[PREOPERATIVE DIAGNOSIS]
    // Infected hip", "... Same. [PLAN] Return to the OR") is that heading: it reads as "Title: " (one character for one,
    // offsets hold); a bracketed word that is no title ("[blank]", "[inaudible]") stays as it is
    if (layout.knownTitle && lined.includes('[')) {
        const known = layout.knownTitle;
        lined = lined.replace(BRACKET_HEADING, (m, indent, title) => (known(title) ? `${indent}${title}: ` : m));
    }
    // a two-column field table without colons ("Procedure    Aspiration of the knee" / "History      Stage 1 explant"): a
    // known section title set off from its value by a run of spaces reads as "Title:" (one character for one, offsets
    // hold), when at least two lines of the note are laid out so
    if (layout.knownTitle && lined.includes('  ')) {
        const known = layout.knownTitle;
        // (a field's line is short: a line of a whole paragraph, as a note that lost its newlines has, is no field; and the
        // table's values start in one column: labels a wrap happened to leave at line starts do not line up)
        const text = lined;
        const lineEnd = (at) => {
            const nl = text.indexOf('\n', at);
            return nl < 0 ? text.length : nl;
        };
        const field = (label, at) => lineEnd(at) - at <= FIELD_LINE_MAX && known(label);
        const columns = new Map();
        SPACED_LABEL.lastIndex = 0;
        for (let m = SPACED_LABEL.exec(text); m; m = SPACED_LABEL.exec(text))
            if (field(m[1], m.index))
                columns.set(m[0].length, (columns.get(m[0].length) ?? 0) + 1);
        const column = [...columns].find(([, n]) => n >= 2)?.[0];
        if (column !== undefined)
            lined = text.replace(SPACED_LABEL, (m, label, gap, at) => (m.length === column && field(label, at) ? `${label}:${gap.slice(1)}` : m));
    }
    // (tabs were replaced by spaces: how many each line had says where a tab-separated table's columns are)
    let tabs = input.includes('\t') ? input.split(/\r\n|[\r\n\f\v\u2028\u2029]/).map((l) => l.split('\t').length - 1) : undefined;
    const page = pageMarkerOf(layout.pageMarkers);
    // (a note with none of the words every page marker holds has no page break: one literal search, not the markers')
    const screen = screenOf(layout.pageScreen);
    if (page && (!screen || screen.test(lined)) && page.test(lined)) {
        const dropped = dropPageFurniture(lined, map, page, pageMarkerOf(layout.pageFurniture));
        if (dropped) {
            ({ text: lined, map } = dropped);
            if (tabs)
                tabs = tabs.filter((_, i) => !dropped.lines.has(i));
        }
    }
    // a digit a scanner's text recognition read for a letter inside a word ("Simp1ex", "VANC0MYCIN"): the letter, in the
    // case of the word (one character for one, offsets hold)
    if (layout.ocrLetters)
        lined = ocrLetters(lined, layout.ocrLetters);
    let joined = runOnCommas(joinWrappedLines(lined, layout, tabs));
    // (a wrapped cell is read again once a hard wrap of the table's own rows is joined: the rows are whole only then)
    if (joined.includes('|\n'))
        joined = cellWraps(joined);
    // punctuation said aloud in a note from speech recognition ("sinus tract excised comma CPT 27640 period"): written
    // as punctuation after the wrapped lines were joined, in the text and its own layout alike, so that a paragraph
    // said aloud ("... procedure period new paragraph patient placed") is not a short line the wrap never cut, and a
    // mark the wrap left at a line's start is said after a word as any other
    if (layout.dictation) {
        const opening = [];
        let said = dictated(joined, layout.dictation, opening);
        if (said.length) {
            joined = saidLinesGoOn(joined, said, opening);
            said = dictated(joined, layout.dictation);
            lined = spliced(lined, null, said).text;
            ({ text: joined, map } = spliced(joined, map, said));
        }
    }
    // an editing trail left in the note ("[deleted: ...]", "~~struck~~", "[added: ...]"): the note as edited, cut after
    // the wrapped lines were joined (the lines' widths are the note's own) from the text and its own layout alike
    const spans = layout.edits?.length ? editSpans(joined, layout.edits) : [];
    if (spans.length) {
        const text = spliced(joined, map, spans);
        return { input, text: text.text, map: text.map, lineStarts, layout: spliced(lined, map, spans).text };
    }
    return { input, text: joined, map, lineStarts, layout: lined };
}
/** A row of a space-aligned table of three columns: the first cell, the gap, the second cell, the gap, the last cell. */
const COLUMN_ROW = /^([^\s|+-](?:[^|\n]*?\S)?)( {2,})(\S(?:[^|\n]*?\S)?)( {2,})(\S(?:\S| (?! ))*)[ \t]*$/;
/** A row of a space-aligned table of two columns: the first cell, the gap, the second cell. */
const COLUMN_ROW2 = /^([^\s|+-](?:[^|\n]*?\S)?)( {2,})(\S(?:[^|\n]*?\S)?)[ \t]*$/;
/** A short line of one cell at the margin: a row's last cell that a hard wrap put on a line of its own. */
const LAST_CELL_ALONE = /^[ \t]{0,3}\S+(?: \S+)?[ \t]*$/;
/** A line of one cell only, indented: its indent and its text. */
const ONE_CELL = /^( +)(\S(?:\S| (?! ))*)[ \t]*$/;
/**
 * The splices that join a wrapped cell of a space-aligned table of three columns to its row: a line indented exactly to
 * the second column, with one cell only, under a row of three, goes on with that row's second cell. Its text is put
 * after the cell's text (mapped to where it was written), and its line is taken out.
 */
function columnWrapSpans(text) {
    const spans = [];
    const lines = text.split('\n');
    let pos = 0;
    for (let i = 0; i + 1 < lines.length; i++) {
        const l = lines[i];
        // (two spaces after a sentence's stop are the typist's space between sentences, not a gap between cells: '10:58  Dr X:
        // "Let's do beads."  Scrub combined ...')
        const m0 = l.length > 20 ? COLUMN_ROW.exec(l) : null;
        const m = m0 && !(m0[4].length === 2 && /[.!?]["')\]]?$/.test(m0[3])) ? m0 : null;
        // (... also when a hard wrap put the row's last cell on a line of its own before it: "4     ... from beneath the" /
        // "resident" / "      fascia lata")
        const m2 = !m && l.length > 20 && i + 2 < lines.length && LAST_CELL_ALONE.test(lines[i + 1]) ? COLUMN_ROW2.exec(l) : null;
        if (m2) {
            const c2 = m2[1].length + m2[2].length;
            const n = ONE_CELL.exec(lines[i + 2]);
            // (only in a table that has rows of three columns at that column nearby: in a two-column field list the short
            // line is the cell's own wrapped rest, "Post-op diagnosis:   ... deep to" / "the" / "   fascia lata")
            const threeColumns = () => {
                for (let j = Math.max(0, i - 8); j < Math.min(lines.length, i + 10); j++) {
                    const r = j === i ? null : COLUMN_ROW.exec(lines[j]);
                    if (r && r[1].length + r[2].length === c2)
                        return true;
                }
                return false;
            };
            if (n && n[1].length === c2 && !LIST_MARKER.test(n[2]) && threeColumns()) {
                const wStart = pos + l.length + 1;
                const nStart = wStart + lines[i + 1].length + 1;
                spans.push({ from: pos + l.trimEnd().length, to: pos + l.trimEnd().length, put: ` ${n[2]}`, at: nStart + c2 });
                spans.push({ from: nStart - 1, to: nStart + lines[i + 2].length, put: '', at: nStart });
                pos = nStart + lines[i + 2].length + 1;
                i += 2;
                continue;
            }
        }
        if (m) {
            const c2 = m[1].length + m[2].length;
            const n = ONE_CELL.exec(lines[i + 1]);
            if (n && n[1].length === c2 && !LIST_MARKER.test(n[2])) {
                const nStart = pos + l.length + 1;
                spans.push({ from: pos + c2 + m[3].length, to: pos + c2 + m[3].length, put: ` ${n[2]}`, at: nStart + c2 });
                spans.push({ from: nStart - 1, to: nStart + lines[i + 1].length, put: '', at: nStart });
                pos = nStart + lines[i + 1].length + 1;
                i++;
                continue;
            }
        }
        pos += l.length + 1;
    }
    return spans;
}
const dictationCache = new WeakMap();
/**
 * The spoken punctuation of a dictated note, as spans that write it as punctuation: the word and the spaces before
 * it become its mark (each character of the mark maps to the word's first character). None when the note does not
 * say at least `minCount` marks of two kinds. A mark said first on its line is not written (nothing was said before
 * it there); its offset is pushed to `opening`.
 */
function dictated(text, d, opening) {
    if (!Object.keys(d.marks).length)
        return [];
    const { re, marks } = compiledOnce(dictationCache, d, (x) => {
        const not = x.notBefore.length ? `(?![ \\t]+(?:${phrases(x.notBefore)})(?![A-Za-z]))` : '';
        // (the word first, then the spaces before it: a look-behind tried at every space costs a pass of its own)
        return {
            re: new RegExp(`\\b(${phrases(Object.keys(x.marks))})(?![A-Za-z0-9])${not}`, 'gi'),
            marks: new Map(Object.entries(x.marks).map(([w, m]) => [w.toLowerCase().replace(/\s+/g, ' '), m])),
        };
    });
    const hits = [];
    const kinds = new Set();
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const mark = marks.get(m[1].toLowerCase().replace(/\s+/g, ' '));
        if (mark === undefined)
            continue;
        // (said after a word: spaces, then something that is not a space, before it)
        let from = m.index;
        while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t'))
            from--;
        if (from === m.index || from === 0 || /\s/.test(text[from - 1])) {
            if (from === 0 || text[from - 1] === '\n')
                opening?.push(from);
            continue;
        }
        kinds.add(mark);
        hits.push({ from, to: m.index + m[0].length, mark });
    }
    if (hits.length < d.minCount || kinds.size < 2)
        return [];
    // (the mark stands where its word was said: each of its characters maps to the word's first)
    return hits.map((h) => {
        const said = text.slice(h.from, h.to);
        return { from: h.from, to: h.to, put: h.mark, at: h.from + said.length - said.trimStart().length };
    });
}
/**
 * In a dictated note, where the speaker says each sentence's end, a line break between two lines that each say a mark
 * ("... supine comma prepped and draped" / "period lateral incision ...", or the words after a said paragraph, "...
 * procedure period new paragraph patient placed" / "supine comma ...") is a wrap the speaker never said, whatever
 * the case: it goes on unless the first line ends in a mark (said or written) or the next line is blank or opens a
 * new item or field. One character for one: the newline becomes a space.
 */
function saidLinesGoOn(text, said, opening) {
    // (the lines that say a mark, by the offset of the newline before them; a mark said first on its line counts)
    const saying = new Set();
    for (const h of said)
        saying.add(text.lastIndexOf('\n', h.from));
    for (const at of opening)
        saying.add(at - 1);
    const ends = new Set(said.map((h) => h.to));
    const joins = [];
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
        const start = text.lastIndexOf('\n', nl - 1);
        const after = text.indexOf('\n', nl + 1);
        const next = text.slice(nl + 1, after < 0 ? undefined : after);
        const line = text.slice(start + 1, nl).trimEnd();
        if (!line || !next.trim() || ITEM_START.test(next) || /[.;:!?,]$/.test(line) || ends.has(start + 1 + line.length))
            continue;
        if (!saying.has(start) || !saying.has(nl))
            continue;
        joins.push({ from: nl, to: nl + 1, put: ' ' });
    }
    return joins.length ? spliced(text, null, joins).text : text;
}
/**
 * `text` with each [from, to) span (in order, not overlapping) replaced by `put`, with its map to the input: the
 * characters put in map to the input offset of `at` (the span's start when not given).
 */
function spliced(text, map, spans) {
    const parts = [];
    let size = text.length + 1;
    for (const h of spans)
        size += h.put.length - (h.to - h.from);
    const out = new Int32Array(size);
    const to = (x) => (map ? map[x] : x);
    let j = 0;
    let last = 0;
    for (const h of spans) {
        parts.push(text.slice(last, h.from), h.put);
        for (let x = last; x < h.from; x++)
            out[j++] = to(x);
        for (let k = 0; k < h.put.length; k++)
            out[j++] = to(h.at ?? h.from);
        last = h.to;
    }
    parts.push(text.slice(last));
    for (let x = last; x < text.length; x++)
        out[j++] = to(x);
    out[j] = to(text.length);
    return { text: parts.join(''), map: out };
}
const SEGMENT = /^[ \t]*([A-Za-z][A-Za-z0-9]{2})\|/;
/**
 * What goes from a note carried in HL7 v2 segments (layout.hl7), as spans in order: each text segment's fields before
 * and after its text field, every other segment's line with its line end, and the escapes inside the text (written as
 * what they stand for). None when fewer than `minLines` lines are text segments.
 */
function segmentSpans(text, hl7) {
    const lines = text.split('\n');
    let count = 0;
    for (const l of lines) {
        const m = SEGMENT.exec(l);
        if (m && hl7.textFields[m[1].toUpperCase()] !== undefined)
            count++;
    }
    if (count < hl7.minLines)
        return [];
    const escapes = Object.keys(hl7.escapes);
    const spans = [];
    let at = 0;
    let inText = false; // the line before is (the start of) a text segment: a line with no segment of its own goes on with it
    for (const l of lines) {
        const m = SEGMENT.exec(l);
        const field = m ? hl7.textFields[m[1].toUpperCase()] : undefined;
        if (!m && inText) {
            // (the rest of a text segment that a wrap cut: its text goes on, and its later fields, if any, go)
            const end = l.indexOf('|');
            if (end >= 0)
                spans.push({ from: at + end, to: at + l.length, put: '', at: at + end });
        }
        inText = field !== undefined || (!m && inText && l.trim() !== '');
        if (m && field === undefined) {
            // (a header segment's line goes with its line end; the last line keeps the text's end)
            spans.push({ from: at, to: Math.min(text.length, at + l.length + 1), put: '', at });
        }
        else if (m && field !== undefined) {
            // the text starts after the field-th pipe and ends at the next pipe (the segment's later fields), if any
            let start = 0;
            for (let k = 0; k < field && start >= 0; k++)
                start = l.indexOf('|', start) + 1 || -1;
            if (start < 0)
                start = l.length;
            const end = l.indexOf('|', start);
            spans.push({ from: at, to: at + start, put: '', at });
            for (let i = start; i < (end < 0 ? l.length : end); i++) {
                if (l.charCodeAt(i) !== 92 /* \\ */)
                    continue;
                const e = escapes.find((x) => l.startsWith(x, i));
                if (e === undefined)
                    continue;
                spans.push({ from: at + i, to: at + i + e.length, put: hl7.escapes[e], at: at + i });
                i += e.length - 1;
            }
            if (end >= 0)
                spans.push({ from: at + end, to: at + l.length, put: '', at: at + end });
        }
        at += l.length + 1;
    }
    return spans;
}
/** A JSON key with its colon: `"drugDeliveryDevice":`. */
const JSON_KEY = /"([A-Za-z_][A-Za-z0-9_]*)"[ \t]*:[ \t]*/g;
/** An XML-like tag: its name, its attributes, whether it closes or is empty. */
const XML_TAG = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"<>]*")*)\s*(\/?)>/g;
const XML_ATTR = /([\w:.-]+)\s*=\s*"([^"<>]*)"/g;
/**
 * A key or tag name as the words of a label: "bead_size_mm" is "Bead size mm", and a name run together is split into the
 * known words it is made of ("drugDeliveryDevice", "DRUGDELIVERYDEVICE" and "drugdeliverydevice" are all "Drug delivery
 * device" when those words are known: split by the words, never by the case, so the case of a note decides nothing).
 */
function labelWords(name, words) {
    const chunks = name.replace(/[_.-]+/g, ' ').trim().toLowerCase().split(/\s+/);
    const w = chunks.map((c) => (words?.size ? segmentWords(c, words) : c)).join(' ');
    return w.charAt(0).toUpperCase() + w.slice(1);
}
/** A run-together word split into known words, covering as many letters as it can (the rest stay together, in order). */
function segmentWords(s, words) {
    if (s.length > 60 || words.has(s))
        return s;
    const n = s.length;
    // best[i]: letters of s[0, i) covered by known words, and the cut before i
    const covered = new Int32Array(n + 1);
    const cut = new Int32Array(n + 1).fill(-1);
    for (let i = 1; i <= n; i++) {
        covered[i] = covered[i - 1];
        cut[i] = -1; // letter i-1 is not in a known word
        for (let j = 0; j < i; j++) {
            if (i - j >= 2 && covered[j] + (i - j) > covered[i] && words.has(s.slice(j, i))) {
                covered[i] = covered[j] + (i - j);
                cut[i] = j;
            }
        }
    }
    const parts = [];
    let unknown = '';
    for (let i = n; i > 0;) {
        if (cut[i] >= 0) {
            if (unknown)
                parts.push(unknown), (unknown = '');
            parts.push(s.slice(cut[i], i));
            i = cut[i];
        }
        else {
            unknown = s[i - 1] + unknown;
            i--;
        }
    }
    if (unknown)
        parts.push(unknown);
    return parts.reverse().join(' ');
}
/**
 * Structured data a coder pasted as text (layout.structured): JSON-like (`{"site":"tibial canal","count":24}`) when the
 * text holds at least `minFields` quoted keys, XML-like (`<Site>tibial canal</Site>`) when it holds at least that many
 * closing tags that are no markup (`markupTags`: `</b>`, `</p>`). Each key or opening tag becomes a line of its own,
 * "Label: " (its name as words), an element's attributes its words and values ("dose 3 g"); quotes, brackets, braces,
 * the commas between fields and closing tags go; a bare value of `values` is written as its word (true, yes). The
 * label's characters map to the key's first, so evidence still points into the input.
 */
function structuredSpans(text, st, titleWords) {
    const spans = [];
    const value = (v) => st.values[v.toLowerCase()] ?? v;
    let wordSet;
    const words = () => (wordSet ??= titleWords?.() ?? new Set());
    const keyAt = new Map();
    JSON_KEY.lastIndex = 0;
    for (let m = JSON_KEY.exec(text); m; m = JSON_KEY.exec(text))
        keyAt.set(m.index, m);
    if (keyAt.size >= st.minFields) {
        let inString = false;
        // (a nested object's keys are indented under the key that holds it, two spaces a level: the fields of its block)
        let depth = 0;
        for (let i = 0; i < text.length; i++) {
            const key = inString ? undefined : keyAt.get(i);
            if (key) {
                spans.push({ from: i, to: i + key[0].length, put: `\n${'  '.repeat(Math.max(0, depth - 1))}${labelWords(key[1], words())}: `, at: i });
                i += key[0].length - 1;
                // a bare value written as its word ("true" is "yes")
                const bare = /^(true|false|null)\b/.exec(text.slice(i + 1, i + 7));
                if (bare) {
                    spans.push({ from: i + 1, to: i + 1 + bare[1].length, put: value(bare[1]), at: i + 1 });
                    i += bare[1].length;
                }
                continue;
            }
            const c = text[i];
            if (c === '\\' && inString) {
                i++;
                continue;
            }
            if (c === '"') {
                inString = !inString;
                spans.push({ from: i, to: i + 1, put: '', at: i });
            }
            else if (!inString && (c === '{' || c === '}' || c === '[' || c === ']')) {
                if (c === '{')
                    depth++;
                else if (c === '}')
                    depth = Math.max(0, depth - 1);
                spans.push({ from: i, to: i + 1, put: ' ', at: i });
            }
            else if (!inString && c === ',') {
                // (the comma between two fields, or two items of a list, goes; the line break of the next key parts them)
                spans.push({ from: i, to: i + 1, put: ' ', at: i });
            }
        }
        return spans;
    }
    const markup = new Set(st.markupTags.map((t) => t.toLowerCase()));
    let closings = 0;
    XML_TAG.lastIndex = 0;
    for (let m = XML_TAG.exec(text); m; m = XML_TAG.exec(text))
        if (m[1] === '/' && !markup.has(m[2].toLowerCase()))
            closings++;
    if (closings < st.minFields)
        return spans;
    XML_TAG.lastIndex = 0;
    // (an element's children are indented under it, two spaces a level below the root's children: the fields of its block)
    let depth = 0;
    for (let m = XML_TAG.exec(text); m; m = XML_TAG.exec(text)) {
        if (markup.has(m[2].toLowerCase()))
            continue;
        if (m[1] === '/') {
            depth = Math.max(0, depth - 1);
            spans.push({ from: m.index, to: m.index + m[0].length, put: ' ', at: m.index });
            continue;
        }
        const indent = '  '.repeat(Math.max(0, depth - 1));
        if (!m[4])
            depth++;
        const attrs = [];
        XML_ATTR.lastIndex = 0;
        for (let a = XML_ATTR.exec(m[3] ?? ''); a; a = XML_ATTR.exec(m[3] ?? ''))
            attrs.push(`${labelWords(a[1], words()).toLowerCase()} ${value(a[2])}`);
        // (an element's attributes are part of its label, in brackets, "Device event (action remove): ", so a block of
        // fields keeps what its heading says; an empty element's are its value, "Irrigation: volume 3 L")
        const name = labelWords(m[2], words());
        const label = m[4] || !attrs.length ? `${name}: ${attrs.join(', ')}` : `${name} (${attrs.join(', ')}): `;
        spans.push({ from: m.index, to: m.index + m[0].length, put: `\n${indent}${label}`, at: m.index });
        // (an element's bare value written as its word: "<Stable>true</Stable>")
        const end = m.index + m[0].length;
        const bare = /^(true|false)(?=<\/)/.exec(text.slice(end, end + 7));
        if (bare && !m[4])
            spans.push({ from: end, to: end + bare[1].length, put: value(bare[1]), at: end });
    }
    return spans;
}
const editCache = new WeakMap();
/**
 * The spans of a note's editing trail (grammar.yaml layout.edits), as `spliced` takes them: text marked deleted or
 * struck through is gone, and text marked added stays without its mark ("[deleted: beads were placed] [added: no beads were placed]",
 * "~~3 g of vancomycin~~"). Each pattern's first group, when it has one, is the text that stays.
 */
function editSpans(text, patterns) {
    const re = compiledOnce(editCache, patterns, (ps) => new RegExp(ps.map((x) => `(?:${x})`).join('|'), 'gi'));
    const spans = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!m[0].length) {
            re.lastIndex++;
            continue;
        }
        const kept = m.slice(1).find((g) => g !== undefined);
        if (kept === undefined)
            spans.push({ from: m.index, to: m.index + m[0].length, put: ' ', at: m.index });
        else {
            // (the added text keeps its own offsets: the marks around it go)
            const inner = m.index + m[0].indexOf(kept);
            spans.push({ from: m.index, to: inner, put: '', at: m.index }, { from: inner + kept.length, to: m.index + m[0].length, put: '', at: inner + kept.length });
        }
    }
    return spans;
}
const ocrCache = new WeakMap();
/** A "Label:" opening a line whose words hold one a sentence goes on with (grammar.yaml layout.continuationWords). */
function midLabel(line, continues) {
    if (!continues)
        return false;
    const m = /^[ ]*([A-Za-z][A-Za-z0-9 /&'-]{0,40}):/.exec(line);
    if (!m)
        return false;
    const words = m[1].trim().split(/\s+/);
    return words.length >= 2 && words.slice(0, -1).some((w) => continues.test(w));
}
/** A character code of an ASCII letter. */
export const isAsciiLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/**
 * Digits between two letters replaced by the letter they stand for (grammar.yaml layout.ocrLetters). Found by a walk
 * over the digits that have letters (indexOf, no regex over every character: most notes hold none).
 */
function ocrLetters(text, letters) {
    const map = compiledOnce(ocrCache, letters, (l) => new Map(Object.entries(l).filter(([d, x]) => /^\d$/.test(d) && /^[a-z]$/i.test(x)).map(([d, x]) => [d.charCodeAt(0), x])));
    const hits = [];
    for (const code of map.keys()) {
        const ch = String.fromCharCode(code);
        for (let i = text.indexOf(ch, 1); i >= 0 && i < text.length - 1; i = text.indexOf(ch, i + 1)) {
            const b = text.charCodeAt(i - 1);
            const n = text.charCodeAt(i + 1);
            if (!isAsciiLetter(b) || !isAsciiLetter(n))
                continue;
            // (in upper case when the letters on both sides are)
            hits.push({ at: i, ch: b <= 90 && n <= 90 ? map.get(code).toUpperCase() : map.get(code).toLowerCase() });
        }
    }
    if (!hits.length)
        return text;
    hits.sort((x, y) => x.at - y.at);
    let last = 0;
    const parts = [];
    for (const h of hits) {
        parts.push(text.slice(last, h.at), h.ch);
        last = h.at + 1;
    }
    parts.push(text.slice(last));
    return parts.join('');
}
/** The page-marker patterns of a rule set as one expression (case-insensitive, per line), compiled once. */
const pageCache = new WeakMap();
function pageMarkerOf(res) {
    if (!res?.length)
        return undefined;
    return compiledOnce(pageCache, res, (r) => new RegExp(r.map((x) => `(?:${x})`).join('|'), 'im'));
}
/** The screen words of a rule set (grammar.yaml layout.pageScreen) as one literal search, compiled once. */
const screenCache = new WeakMap();
function screenOf(words) {
    if (!words?.length)
        return undefined;
    return compiledOnce(screenCache, words, (w) => new RegExp(phrases(w), 'i'));
}
/**
 * A printed report's page break inside the note: the page's footer and the next page's header ("Printed 10/30 |
 * Page 1 of 2", the title and patient banner again) are dropped, so a sentence cut by them reads on. A block is a
 * line with a page marker and the lines around it (across blank lines) that are markers too, repeat a line found
 * elsewhere in the note or are furniture only next to a marker (the "2" of a wrapped "Page 2 of"); only a block with
 * text before and after it is dropped (the first header and the last footer are the note's own). When the text
 * before it stops mid-sentence, the blank lines around it go too.
 * Returns null when there is no such block.
 */
function dropPageFurniture(text, map, marker, extra) {
    const lines = text.split('\n');
    const key = (l) => l.trim().replace(/\s+/g, ' ').toLowerCase();
    const seen = new Map();
    for (const l of lines) {
        const k = key(l);
        if (k.length >= 6)
            seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    const isMarker = (i) => lines[i].length <= 160 && marker.test(lines[i]);
    const furniture = (i) => isMarker(i) || (seen.get(key(lines[i])) ?? 0) > 1 || (extra !== undefined && extra.test(lines[i]));
    const blank = (i) => lines[i].trim() === '';
    const drop = new Set();
    for (let i = 0; i < lines.length; i++) {
        if (drop.has(i) || !isMarker(i))
            continue;
        let from = i;
        let to = i;
        for (let j = from - 1; j >= 0; j--) {
            if (blank(j))
                continue;
            if (!furniture(j))
                break;
            from = j;
        }
        for (let j = to + 1; j < lines.length; j++) {
            if (blank(j))
                continue;
            if (!furniture(j))
                break;
            to = j;
        }
        let before = from - 1;
        while (before >= 0 && blank(before))
            before--;
        let after = to + 1;
        while (after < lines.length && blank(after))
            after++;
        if (before < 0 || after >= lines.length) {
            i = to;
            continue;
        }
        // (a sentence cut by the page break: the blank lines around the block go as well)
        const cut = !/[.!?:]["')\]]*\s*$/.test(lines[before]);
        for (let j = cut ? before + 1 : from; j <= (cut ? after - 1 : to); j++)
            drop.add(j);
        i = to;
    }
    if (!drop.size || drop.size === lines.length)
        return null;
    const ranges = [];
    let start = 0;
    lines.forEach((l, i) => {
        const end = start + l.length + (i < lines.length - 1 ? 1 : 0);
        if (!drop.has(i))
            ranges.push(start, end);
        start = end;
    });
    return { ...keepRanges(text, map, ranges), lines: drop };
}
/**
 * `text` cut down to the [from, to) ranges given (in order, flat pairs), with its map to the input: the characters
 * left out are gone from the text and from the map alike.
 */
function keepRanges(text, map, ranges) {
    // (what lies between the ranges, and after the last, is cut: spans put nothing in its place)
    const cuts = [];
    let last = 0;
    for (let r = 0; r < ranges.length; r += 2) {
        if (ranges[r] > last)
            cuts.push({ from: last, to: ranges[r], put: '' });
        last = ranges[r + 1];
    }
    if (last < text.length)
        cuts.push({ from: last, to: text.length, put: '' });
    return spliced(text, map, cuts);
}
/**
 * The indentation every line of the note shares (spaces; blank lines do not count): an export that indents the
 * whole note ("    PROCEDURE: ...", every line) is laid out like the same note at the margin, so what is
 * indented is measured from the note's own margin.
 */
function commonIndent(text) {
    let min = Infinity;
    for (let start = 0; start <= text.length && min > 0;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        let n = start;
        while (n < end && text.charCodeAt(n) === 32)
            n++;
        if (n < end && text.charCodeAt(n) !== 9)
            min = Math.min(min, n - start);
        else if (n < end)
            min = 0; // a tab: indentation of another kind, left alone
        if (nl < 0)
            break;
        start = nl + 1;
    }
    return min === Infinity ? 0 : min;
}
/** `text` with the first `indent` characters of every line (spaces, see commonIndent) removed, and its map to the input. */
function dedent(text, indent, map) {
    const ranges = [];
    for (let start = 0; start <= text.length;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl + 1;
        // (every line opens with the indent's spaces; a blank line shorter than it keeps only its newline)
        ranges.push(Math.min(start + indent, end - (nl < 0 ? 0 : 1)), end);
        if (nl < 0)
            break;
        start = end;
    }
    return keepRanges(text, map, ranges);
}
/** 1-based line and column in the input for an input offset. */
export function lineCol(doc, inputOffset) {
    const ls = doc.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (ls[mid] <= inputOffset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: inputOffset - ls[lo] + 1 };
}
/** Evidence for the normalised span [start, end): the input's own text with its position. */
export function evidenceAt(doc, start, end) {
    const m = doc.map;
    const a = m ? m[start] : start;
    const b = end > start ? (m ? m[end - 1] : end - 1) + 1 : a;
    const { line, column } = lineCol(doc, a);
    return { text: doc.input.slice(a, b), line, column };
}
