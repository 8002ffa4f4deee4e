import { TIMED_ENTRY, isAsciiLetter as isLetter } from './normalize.js';
import { proseLineLength } from './sections.js';
// Words whose period never ends a sentence (titles) or not before a number ("No. 10 blade").
const TITLES = /(?:^|[^A-Za-z])(?:dr|mr|mrs|ms|prof|st|sr|jr|vs|approx|fig|cf|ca|e\.g|i\.e|viz|resp|ref)$/i;
const BEFORE_NUMBER = /(?:^|[^A-Za-z])(?:no|nos|nr|num|approx|vol|sz|size|#)$/i;
// A line that starts a list item: "1. ", "2) ", "- ", "* ", "• ", a letter ("a) ", "(b) ").
const LIST_ITEM = /^[ ]*(?:\(?\d{1,2}[.)]|\(?[a-z]\)|[-*\u2022\u25cf\u25aa])[ ]+/;
// An outline number before a word ("5.1 Lateral incision", "2.3. Canal reamed"): an item only in a run of such
// lines (the line before or after has one too), so an amount that opens a line ("1.5 g vancomycin ...") is not
const OUTLINE = /^[ ]*\d{1,2}(?:\.\d{1,2}){1,3}\.?[ ]+(?=[A-Za-z])/;
// A lettered item ("a. Two 40 g bags of PMMA", "B. Beads rolled by hand"): an item only in a run of such lines, so a
// wrapped line that happens to open with an initial is not
const LETTER_ITEM = /^[ ]*\(?[A-Za-z]\.[ ]+(?=\S)/;
/**
 * The match of `re` on the line that starts at `lineStart`, when the line before or after it matches too: an item of
 * a run of such lines (an outline number, a timed log entry: see normalize.ts TIMED_ENTRY), not a line that happens
 * to open the same way.
 */
function runItem(re, text, lineStart) {
    const end = text.indexOf('\n', lineStart);
    const m = re.exec(text.slice(lineStart, end < 0 ? text.length : end));
    if (!m)
        return null;
    const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
    const prev = prevStart >= 0 ? text.slice(prevStart, lineStart - 1) : '';
    const next = end < 0 ? '' : text.slice(end + 1, (text.indexOf('\n', end + 1) + 1 || text.length + 1) - 1);
    return re.test(prev) || re.test(next) ? m : null;
}
// A line keyed by a code ("23335-LT   removal of the components" / "20704-LT   spacer, intra-articular", "A4649 ..."):
// an item only in a run of such lines, so a wrapped line that opens with a number is not
const KEYED_ITEM = /^[ ]*[A-Z]?\d{4,5}[A-Z]?(?:-[A-Z0-9]{1,3})*[ \t]+(?=[A-Za-z(])/;
/**
 * A line that opens with a hyphen at the margin under a line of prose at the margin that goes on (at least `proseLine` characters, ending in a word
 * or a comma, and not an item itself) is that line going on, as a wrap leaves it ('..."Prefabricated' / '- commercial,
 * sterile packaged"'), not an item of a list. `k` is the first non-space of the line before, `i` its newline.
 */
function dashGoesOn(text, k, i, nextCh, proseLine) {
    // (both lines at the margin: an indented dash is a list's, "    (deep hardware) ..... 20680" / "  - Antibiotic spacer")
    if (nextCh !== 45 || text.charCodeAt(i + 1) !== 45 || (k > 0 && text.charCodeAt(k - 1) !== 10))
        return false;
    const prev = text.slice(k, i).trimEnd();
    // (nor a dash line with another under it: a list, "... bead exchange today" / "- old chain out ..." / "- canal ...")
    const after = text.indexOf('\n', i + 1);
    if (after >= 0 && text.charCodeAt(after + 1) === 45)
        return false;
    return prev.length >= proseLine && /[A-Za-z0-9,"']$/.test(prev) && !LIST_ITEM.test(prev);
}
/** An inline list marker: "2) ", "(2) " after a space, a colon or the start. */
const INLINE_MARKER = /(?:^|(?<=[\s:]))\(?(\d{1,2})\)[ \t]+(?=\S)/g;
/**
 * Where the items after the first of a numbered list run into one line start ("1) Debridement (11044) 2) Coated
 * nail 3) Beads"): markers 1, 2, 3 ... in order, the first at the start or after a colon. Empty when there is none.
 */
function inlineItems(text, a, b) {
    const seg = text.slice(a, b);
    if (!seg.includes(')'))
        return [];
    const out = [];
    let want = 1;
    INLINE_MARKER.lastIndex = 0;
    for (let m = INLINE_MARKER.exec(seg); m; m = INLINE_MARKER.exec(seg)) {
        if (Number(m[1]) !== want)
            continue;
        if (want === 1) {
            if (!/(?:^|:)\s*$/.test(seg.slice(0, m.index)))
                continue;
        }
        else
            out.push(a + m.index);
        want++;
    }
    return out;
}
/** Sections whose lines are items of a list, one finding or procedure per line. */
const BREAKS = /[\n.!?]/g;
const NEXT_ANY = /[A-Za-z0-9"'(\[#*\u2022~\u2248-]/;
const HAS_WORD = /[A-Za-z0-9]/;
/** After a form's question mark: a run of spaces, then its answer on the same line with no question of its own. */
const FORM_ANSWER = /^[ \t]{2,}[^\s?][^\n?]*(?:\n|$)/;
/** Closing quotes and brackets that may follow a sentence's last mark: " ' ) ] and the curly quotes. */
const CLOSERS = new Set([34, 39, 41, 93, 0x201d, 0x2019]);
const LINE_SECTIONS = new Set(['procedure', 'diagnosis', 'implants', 'notdone', 'other']);
/** Split each section body into sentences, surviving clinical abbreviations and decimals. */
/** Whether text[from, to) holds two pipes or more: a row of a table's cells. */
function cells(text, from, to) {
    let n = 0;
    for (let x = from; x < to; x++)
        if (text.charCodeAt(x) === 124 && ++n === 2)
            return true;
    return false;
}
/** The end of the line that holds `at` (or `end`). */
function lineEnd(text, at, end) {
    const nl = text.indexOf('\n', at);
    return nl < 0 || nl > end ? end : nl;
}
/** `proseLine`: how long a line at the margin must be to read as prose going on (`sections.yaml` `proseLineLength`). */
export function splitSentences(text, sections, proseLine = proseLineLength()) {
    // (most notes hold no table: their lines are not searched for cells)
    const anyPipe = text.includes('|');
    const out = [];
    // a sentence end is followed by a word in any case: casing never decides where a sentence ends
    const NEXT = NEXT_ANY;
    sections.forEach((sec, si) => {
        const push = (a, b) => {
            // (a numbered list run into one line, "Procedures: 1) Debridement (11044) 2) Coated nail 3) Beads", is a list:
            // each item a sentence, as it is when the items stand on lines of their own)
            const items = inlineItems(text, a, b);
            if (items.length) {
                let from = a;
                for (const at of items) {
                    pushOne(from, at);
                    from = at;
                }
                pushOne(from, b);
                return;
            }
            pushOne(a, b);
        };
        const pushOne = (a, b) => {
            while (a < b && text.charCodeAt(a) <= 32)
                a++;
            while (b > a && text.charCodeAt(b - 1) <= 32)
                b--;
            // drop a leading list marker so "1. Placement of beads" is the sentence "Placement of beads"
            let lm = LIST_ITEM.exec(text.slice(a, Math.min(b, a + 8)));
            const c0 = text.charCodeAt(a);
            // (an outline number or a letter opens the item only at its line start, in a run of such lines)
            const itemRe = lm ? undefined : c0 >= 48 && c0 <= 57 ? OUTLINE : isLetter(c0) ? LETTER_ITEM : undefined;
            if (itemRe) {
                const lineStart = text.lastIndexOf('\n', a - 1) + 1;
                if (/^[ ]*$/.test(text.slice(lineStart, a)) && runItem(itemRe, text, lineStart))
                    lm = itemRe.exec(text.slice(a, Math.min(b, a + 16)));
            }
            if (lm && a + lm[0].length < b)
                a += lm[0].length;
            if (b > a && HAS_WORD.test(text.slice(a, b))) {
                out.push({ start: a, end: b, text: text.slice(a, b), section: si, category: sec.category });
            }
        };
        const lineMode = LINE_SECTIONS.has(sec.category);
        let s = sec.bodyStart;
        const end = sec.end;
        // only newlines and sentence punctuation can end a sentence: jump from one to the next. The search runs
        // on the text cut at the section end (a V8 slice shares the characters, no copy), so a section without a
        // break does not scan the rest of the note: linear in the note, not in sections x note.
        const upTo = end === text.length ? text : text.slice(0, end);
        BREAKS.lastIndex = s;
        for (let bm = BREAKS.exec(upTo); bm; bm = BREAKS.exec(upTo)) {
            const i = bm.index;
            const ch = text[i];
            if (ch === '\n') {
                // the first character after the newline's spaces, and the first of its own line's
                // (looked for within the next 11 characters, as a list marker is)
                const lim = Math.min(end, i + 12);
                let j = i + 1;
                while (j < lim && text.charCodeAt(j) === 32)
                    j++;
                const nextCh = j < lim ? text.charCodeAt(j) : -1;
                const blank = nextCh === 10;
                let k = text.lastIndexOf('\n', i - 1) + 1;
                while (k < i && text.charCodeAt(k) === 32)
                    k++;
                // a table row is a line of its own in any section ("| Beads | Explanted | 16 |")
                // (so is a row whose first cell has no pipe before it, "Spacer  | hip joint | ...", next to another such row)
                const row = nextCh === 124 || (k < i && text.charCodeAt(k) === 124) || (anyPipe && cells(text, k, i) && cells(text, j, lineEnd(text, j, end)));
                if (lineMode || blank || row || (LIST_ITEM.test(text.slice(i + 1, Math.min(end, i + 12))) && !dashGoesOn(text, k, i, nextCh, proseLine)) || (((nextCh >= 48 && nextCh <= 57) || (nextCh >= 65 && nextCh <= 90)) && (runItem(OUTLINE, text, i + 1) || runItem(TIMED_ENTRY, text, i + 1) || runItem(KEYED_ITEM, text, i + 1))) || (isLetter(nextCh) && text.charCodeAt(j + 1) === 46 && runItem(LETTER_ITEM, text, i + 1))) {
                    push(s, i);
                    s = i + 1;
                }
                continue;
            }
            if (ch !== '.' && ch !== '!' && ch !== '?')
                continue;
            // (a form's question followed on its line by a column of answer, "Beads placed?      No - not this stage", is one
            // field: the answer says what the question asks)
            if (ch === '?' && FORM_ANSWER.test(text.slice(i + 1, Math.min(end, i + 100))))
                continue;
            // must be followed by whitespace (or the end), then a capital, digit, quote or bracket
            // (a closing quote or bracket right after the mark ends the sentence with it: 'lists "Cerament 10 mL." Please
            // clarify ...'; a quoted sentence is a sentence)
            let close = i + 1;
            while (close < end && close - i <= 2 && CLOSERS.has(text.charCodeAt(close)))
                close++;
            const quoted = close > i + 1 && (close >= end || text[close] === ' ' || text[close] === '\n');
            const next = quoted ? text[close] : text[i + 1];
            // a full stop glued to the next sentence by a lost space ("over the fluctuance.The forearm fascia") ends
            // it too: a word of two letters or more, then a word (in any case: casing never decides a sentence end)
            const glued = ch === '.' && next !== undefined && /^[A-Za-z]{2}/.test(text.slice(i + 1, i + 3)) && /[A-Za-z]{2}$/.test(text.slice(Math.max(0, i - 2), i));
            if (next !== undefined && next !== ' ' && next !== '\n' && !glued)
                continue;
            let k = quoted ? close : i + 1;
            while (k < end && (text[k] === ' ' || text[k] === '\n'))
                k++;
            if (k < end && !NEXT.test(text[k]))
                continue;
            if (ch === '.') {
                // a dotted leader to a form's check boxes ("Antibiotic beads placed ........ [ ] Yes  [X] No") ends no sentence
                let dots = 1;
                while (dots < 3 && text[i - dots] === '.')
                    dots++;
                // (or to its radio buttons: "Antibiotic-coated ...... ( ) Yes  (x) No")
                if (dots >= 3 && /^[ \t]*(?:\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612]|\([ xX\u2022\u25cf*]?\))/.test(text.slice(i + 1, i + 8)))
                    continue;
                // (or to the status that closes a list item's line: "3. Replacement bead chain (+20700-LT) ....... NOT DONE - not
                // needed", "1. Removal of beads ... DONE": the rest of the line holds no sentence mark)
                if (dots >= 3 && /^[ \t]+[^\s.!?][^\n.!?]*(?:\n|$)/.test(text.slice(i + 1, lineEnd(text, i + 1, end) + 1)))
                    continue;
                const before = text.slice(Math.max(sec.bodyStart, i - 8), i);
                if (TITLES.test(before))
                    continue;
                // a dotted abbreviation ("q.8h.", "b.i.d.", "p.o.") ends no sentence, whatever the case of what follows
                const token = /\S*$/.exec(text.slice(Math.max(sec.bodyStart, i - 10), i))[0];
                if (/^(?=[^.]*[A-Za-z])[A-Za-z0-9]{1,3}(?:\.[A-Za-z0-9]{1,3})+$/.test(token) && /[A-Za-z]/.test(token))
                    continue;
                if (BEFORE_NUMBER.test(before) && /[0-9]/.test(text[k] ?? ''))
                    continue;
                // a list marker "1." at the start of a line is not a sentence end
                if (i - s < 12 && /^\s*\d{1,2}$/.test(text.slice(s, i)))
                    continue;
                // (and nor is a letter "a." opening a line in a run of lettered items)
                if (i - s < 12 && /^\s*[A-Za-z]$/.test(text.slice(s, i)) && runItem(LETTER_ITEM, text, text.lastIndexOf('\n', i - 1) + 1))
                    continue;
                // a single initial ("J. Smith") is not a sentence end (a letter after a space, a stop or a bracket: the last letter of
                // "I&D." or "S/P." ends its abbreviation)
                // (in text written in capitals, where no word is in title case, before a word in capitals: "DR. X. AT DOUGH" reads
                // as "Dr. X. At dough" does)
                // (and so in text written all in lower case: "dr. x. at dough")
                if (/(?:^|[\s.(])[A-Z]$/.test(before) && (/[A-Z][a-z]/.test(text.slice(k, k + 2)) || (/[A-Z]{2}/.test(text.slice(k, k + 2)) && !/[a-z]/.test(text.slice(Math.max(sec.bodyStart, i - 60), k + 60)))) && !/\d/.test(before))
                    continue;
                if (/(?:^|[\s.(])[a-z]$/.test(before) && /[a-z]{2}/.test(text.slice(k, k + 2)) && !/[A-Z]/.test(text.slice(Math.max(sec.bodyStart, i - 60), k + 60)) && !/\d/.test(before))
                    continue;
            }
            const after = quoted ? close : i + 1;
            push(s, after);
            s = after;
        }
        push(s, end);
    });
    return out;
}
