import type { z } from 'zod';
import { lazy, zod } from '../deps.js';
import { loadPack } from '../patterns/load.js';
import { patternStore } from '../patterns/store.js';

export const SECTION_CATEGORIES = [
  'procedure', 'narrative', 'findings', 'implants', 'diagnosis', 'history', 'indications', 'plan', 'notdone', 'other', 'none',
] as const;
export type SectionCategory = (typeof SECTION_CATEGORIES)[number];

const __schemas = lazy(() => {
  const z = zod();
  const SectionsSchema = z.strictObject({
    sections: z.array(
      z.strictObject({
        category: z.enum(SECTION_CATEGORIES),
        titles: z.array(z.string().min(1)).min(1),
      }),
    ),
    /** Capitalised words before a colon that are not headers ("CPT: 27640", "IV: cefazolin"). */
    notTitles: z.array(z.string().min(1)).default([]),
    /**
     * Titles that open a section at the start of a line whatever remark follows them on that line (a time, an
     * author, a reason: "ADDENDUM - CORRECTION (entered 14:55) -- Dr. X:"); each must be a title above.
     */
    lineOpeners: z.array(z.string().min(1)).default([]),
    /**
     * Words a title inside a line never follows: after them the word is a noun of the sentence, not a title run in
     * from a lost newline ("... imported from that operation:", "the procedure: ...").
     */
    titleNotAfter: z.array(z.string().min(1)).default([]),
    /** Who wrote it, named before an opener on its line ("ATTENDING AMENDMENT (Dr. X)", "Surgeon's addendum"). */
    lineOpenerAuthors: z.array(z.string().min(1)).default([]),
    /** How many short lines (of at most `maxLength` characters) an opener's remark may go on over to its colon. */
    lineOpenerRemark: z.strictObject({ lines: z.number().int().min(0), maxLength: z.number().int().positive() }).default({ lines: 2, maxLength: 40 }),
    /**
     * A known title may go on with a phrase opened by one of these words, up to `maxLength` characters, before its
     * colon ("Procedures performed by Dr. X with my assistance:", "Findings at surgery:").
     */
    titleQualifiers: z.strictObject({ words: z.array(z.string().min(1)), maxLength: z.number().int().positive() }).default({ words: [], maxLength: 1 }),
    /**
     * Sections written as one paragraph (an indications, history or plan paragraph, a diagnosis written out): a blank
     * line after one ends it, and the untitled paragraphs after it are not part of it (see `narrativeStarts`).
     */
    paragraphCategories: z.array(z.enum(SECTION_CATEGORIES)).default(['indications', 'history', 'plan']),
    /** ... of which these, in a note without a single blank line, end at their line end when the next line opens a sentence. */
    lineCategories: z.array(z.enum(SECTION_CATEGORIES)).default(['indications', 'history']),
    /**
     * ... of which these go on over the untitled paragraphs after their blank line that do not open the operation, up
     * to the titled section after them (an options discussion after the indications); the others (a diagnosis, a
     * plan) end at the blank line.
     */
    continuingCategories: z.array(z.enum(SECTION_CATEGORIES)).default(['indications', 'history']),
    /** A line at least this long that does not end a sentence is prose going on: a "Word:" after it is no title. */
    proseLineLength: z.number().int().positive().default(40),
    proseSections: z.array(z.string()).default([]),
    listEndedCategories: z.array(z.string()).default([]),
    /**
     * Words that open the story of the operation ("The patient was brought to the operating room", "prepped and
     * draped"). An indications or history paragraph that a blank line ends goes on over the untitled paragraphs
     * after it (an options discussion, a consent conversation) when none of them opens the operation and a titled
     * section follows them; otherwise it ends at the paragraph that opens the operation, or at the blank line.
     */
    narrativeStarts: z.array(z.string().min(1)).default([]),
    /** Words that mark an answer after a question in a form ("Q: Diagnosis A: ..."): the question is the title. */
    answerMarks: z.array(z.string().min(1)).default([]),
    /** ... when a question mark of the form stands before it ("Q:"). */
    questionMarks: z.array(z.string().min(1)).default([]),
    /** A capitalised "title" with one of these words is a sentence written in capitals ("THE BEAD STRANDS WERE RETRIEVED:"). */
    sentenceVerbs: z.array(z.string().min(1)).default([]),
    /**
     * Headings run into their text in a note without any colon heading ("Indications she had stage one ..."):
     * a title of at most `maxWords` words opening a line counts when at least `minLines` lines open so.
     */
    runInHeadings: z.strictObject({ minLines: z.number().int().min(1), maxWords: z.number().int().positive() }).default({ minLines: 3, maxWords: 5 }),
  });
  return { SectionsSchema };
});
export const SectionsSchema = () => __schemas().SectionsSchema;

export interface Section {
  /** Offsets in the normalised text: the header starts at `start`, the body at `bodyStart`. */
  start: number;
  bodyStart: number;
  end: number;
  title: string;
  category: SectionCategory;
}

interface Compiled {
  /** An answer mark at the end of a question, and a question mark before it (sections.yaml answerMarks, questionMarks). */
  answerMark: RegExp | null;
  questionMark: RegExp | null;
  /** Words that make a capitalised title a sentence (sections.yaml sentenceVerbs). */
  sentenceVerb: RegExp | null;
  /** Words that open the story of the operation (sections.yaml narrativeStarts). */
  narrativeStart: RegExp | null;
  byTitle: Map<string, SectionCategory>;
  known: RegExp;
  /** A line that starts with a line-opener title and a remark separator (or nothing) after it. */
  opener: RegExp | null;
  /** The words a title inside a line never follows (sections.yaml titleNotAfter), ending the text before it. */
  notAfter: RegExp | null;
  openerRemark: { lines: number; maxLength: number };
  runIn: { minLines: number; maxWords: number };
  memo: Map<string, SectionCategory>;
  notTitles: Set<string>;
  proseLine: number;
  proseSections: Set<string>;
  listEnded: Set<string>;
  /** Sections written as one paragraph (sections.yaml paragraphCategories). */
  paragraphs: ReadonlySet<SectionCategory>;
  /** ... and those that end at their line end in a note without blank lines (sections.yaml lineCategories). */
  lines: ReadonlySet<SectionCategory>;
  /** ... and those that go on over untitled paragraphs (sections.yaml continuingCategories). */
  continuing: ReadonlySet<SectionCategory>;
}


const key = (t: string) => t.toLowerCase().replace(/[^a-z0-9()/&]+/g, ' ').trim();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(patternDirs: readonly string[]): Compiled {
  return patternStore(patternDirs).compiled('sections', () => compileSections(patternDirs));
}

function compileSections(patternDirs: readonly string[]): Compiled {
  const pack = loadPack('sections.yaml', SectionsSchema, [...patternDirs]);
  const byTitle = new Map<string, SectionCategory>();
  const titles: string[] = [];
  for (const s of pack.sections) {
    for (const t of s.titles) {
      byTitle.set(key(t), s.category);
      titles.push(t);
    }
  }
  titles.sort((a, b) => b.length - a.length);
  // A known title at the start of a line, in any case, followed by a colon.
  // a known title, in any case, possibly followed by a few words ("Procedures this date", "Plan for follow-up"),
  // a number ("Procedure 2", "Procedure #2") and a remark in brackets, after a dash or a comma ("Implant log
  // (entered by RN)", "IMPLANT RECORD - circulating RN", "Addendum, Dr. X, same day"), or two of them ("Operation
  // (hospital day 1), as dictated")
  const qw = pack.titleQualifiers.words.map((t) => esc(t).replace(/ /g, '\\s+')).join('|');
  const qualifier = qw ? `|[ ]+(?:${qw})[ ]+[^\\n:]{1,${pack.titleQualifiers.maxLength}}` : '';
  const known = new RegExp(`^(?:${titles.map((t) => esc(t).replace(/ /g, '\\s+')).join('|')})(?:[ ]+[A-Za-z/-]+){0,3}(?:[ ]+#?\\d{1,2})?(?:[ ]*\\([^()\\n]{1,60}\\)|[ ]+[-\u2013\u2014][ ]+[^\\n:]{1,40}|,[ ]*[^\\n:]{1,40}${qualifier}){0,2}$`, 'i');
  const openers = pack.lineOpeners.filter((t) => byTitle.has(key(t))).sort((a, b) => b.length - a.length);
  const authorWords = [...pack.lineOpenerAuthors].sort((a, b) => b.length - a.length).map((t) => esc(t).replace(/ /g, '\\s+'));
  const authors = authorWords.length ? `(?:(?:${authorWords.join('|')})[ ]+)?` : '';
  const opener = openers.length
    ? new RegExp(`(?:^|\\n)[ ]*(${authors}(?:${openers.map((t) => esc(t).replace(/ /g, '\\s+')).join('|')})(?=[ ]*(?:$|\\n|[-\u2013\u2014(,:]))[^\\n]*)`, 'gi')
    : null;
  // (one word may stand between: "Removal of deep implant:", "from that earlier operation:")
  const notAfter = pack.titleNotAfter.length ? new RegExp(`(?:^|[^A-Za-z])(?:${pack.titleNotAfter.map((t) => esc(t).replace(/ /g, '\\s+')).join('|')})[ ]+(?:[a-z][\\w-]*[ ]+)?$`, 'i') : null;
  const ns = pack.narrativeStarts.map((t) => esc(t).replace(/ /g, '\\s+')).join('|');
  const narrativeStart = ns ? new RegExp(`\\b(?:${ns})\\b`, 'i') : null;
  const sv = pack.sentenceVerbs.map((t) => esc(t).replace(/ /g, '\\s+')).join('|');
  const sentenceVerb = sv ? new RegExp(`\\b(?:${sv})\\b`, 'i') : null;
  const am = pack.answerMarks.map((t) => esc(t)).join('|');
  const answerMark = am ? new RegExp(`[ ]+(?:${am})[ ]*$`, 'i') : null;
  const qm = pack.questionMarks.map((t) => esc(t)).join('|');
  const questionMark = qm ? new RegExp(`(?:^|[^A-Za-z])(?:${qm})[ ]*:\\s*$`, 'i') : null;
  return { questionMark, answerMark, sentenceVerb, narrativeStart, byTitle, known, opener, notAfter, openerRemark: pack.lineOpenerRemark, runIn: pack.runInHeadings, memo: new Map(), notTitles: new Set(pack.notTitles.map((t) => t.toLowerCase())), proseLine: pack.proseLineLength, proseSections: new Set(pack.proseSections), listEnded: new Set(pack.listEndedCategories), paragraphs: new Set(pack.paragraphCategories), lines: new Set(pack.lineCategories), continuing: new Set(pack.continuingCategories) };
}

// An ALL-CAPS header anywhere a header can start: line start, or after a sentence end / run-on comma
// (exports that lost their newlines read "... FINDINGS:, The canal ...").
const CAPS_TITLE = /^[A-Z][A-Z0-9/&()'\- ]{2,60}$/;
const CAPS_CHAR = /[\p{Lu}0-9/&()'\- ]/u;
// (letters of any script: "OPERACIÓN REALIZADA:")
const TITLE_CHAR = /[\p{L}0-9/&()'\- ]/u;
function isCapsTitle(title: string, c: Compiled): boolean {
  return CAPS_TITLE.test(title) && title.replace(/[^A-Z]/g, '').length >= 3 && !c.notTitles.has(title.toLowerCase()) && !(c.sentenceVerb?.test(title) ?? false);
}

/** The category of a title: exact, or of its longest known leading words ("Procedures this date"). */
function categoryFor(c: Compiled, title: string): SectionCategory {
  let hit = c.memo.get(title);
  if (!hit) {
    hit = categoryOfWords(c, title);
    c.memo.set(title, hit);
  }
  return hit;
}

function categoryOfWords(c: Compiled, title: string): SectionCategory {
  // a bracketed remark or plural mark keeps the title's category ("Antibiotic(s)", "Implants (entered by RN)")
  const bare = title.replace(/\([^()]*\)/g, ' ');
  if (bare !== title && c.byTitle.has(key(bare))) return c.byTitle.get(key(bare))!;
  const words = key(title).split(' ');
  for (let n = words.length; n > 0; n--) {
    const hit = c.byTitle.get(words.slice(0, n).join(' '));
    if (hit) return hit;
  }
  // a title of two joined by a slash or an ampersand ("Disposition/Plan", "Findings & procedure"): the category of a
  // part that has one other than "other", else "other"
  const parts = key(title).split(/\s*[/&]\s*/).filter(Boolean);
  if (parts.length > 1) {
    const cats = parts.map((p) => (p === title ? undefined : categoryOfWords(c, p)));
    return cats.find((k) => k !== undefined && k !== 'other') ?? 'other';
  }
  return 'other';
}

/**
 * Whether the line before `lineStart` is a line of prose that goes on: not blank, not ending a sentence, long
 * enough to have been wrapped, and not laid out in columns.
 */
function afterProse(text: string, lineStart: number, proseLine: number): boolean {
  if (lineStart < 2) return false;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const prev = text.slice(prevStart, lineStart - 1).trim();
  // (a line laid out in columns, with a run of three spaces inside it, is a form's line, not prose)
  return prev.length >= proseLine && !/[.:;!?)]$/.test(prev) && !/\S {3,}\S/.test(prev);
}

const TABLE_SEPARATOR = /^[ ]*\|(?:[ ]*:?-{3,}:?[ ]*\|)+[ ]*$/;
// (digits only inside a bracket remark: "Procedure this admission (hospital day 1)"; "Device 1 - coated nail" is a label)
const BARE_LINE = /(?:^|\n)[ ]*([A-Za-z](?:[A-Za-z /&()-]|\([A-Za-z0-9 ,./&-]{1,40}\)){2,60}?)[ ]*(?=\r?\n)/g;
// a line's first words, for headings run into their text in dictated notes
const RUN_IN_LINE = /(?:^|\n)[ \t]*([A-Za-z][A-Za-z/&-]*(?:[ \t]+[A-Za-z0-9][\w/&-]*){1,12})/g;


const LABEL = /^[A-Z][A-Za-z/&.-]*(?:[ ][A-Za-z/&.-]+){0,2}$/;
const LOWER_LABEL = /^[a-z][A-Za-z/&.-]*(?:[ ][A-Za-z/&.-]+){0,2}$/;

/** A short label (one to three words, in any case) after a sentence's end and two spaces or more, up to its colon. */
const RUN_IN_LABEL = /[.!?][ \t]{2,}([A-Za-z][a-z]+|[A-Z]{2,})((?:[ ][A-Za-z]+){0,2})$/;

/** The first paragraph of a text that opens with a table's row or rule ("| Item | Detail |", "+------+"): its start. */
const TABLE_PARAGRAPH = /(^|\n[ ]*\n)(?=[ \t]*(?:\||\+[-=+]{3,}))/;

/** A rule line (eight or more of _ = - * ~), blank lines, then a line that starts with a letter (any case) and has no colon or sentence end. */
const RULE_TITLE = /(?:^|\n)[ \t]*[_=*~-]{8,}[ \t]*\n(?:[ \t]*\n)*[ \t]*([A-Za-z][^\n:.!?;]{2,79}?)[ \t]*(?=\n|$)/g;

/** A list item's number or letter alone before a title on its line ("2. ", "b) ", "(3) "). */
const LIST_NUMBER = /^[ \t]*\(?(?:\d{1,3}|[a-z])[.)][ \t]*$/i;

const titleWordsMemo = new WeakMap<Compiled, ReadonlySet<string>>();
/** The words of the known section titles (lower case, two letters or more): the words a field label is made of. */
export function titleWords(patternDirs: string[] = []): ReadonlySet<string> {
  const c = compile(patternDirs);
  let words = titleWordsMemo.get(c);
  if (!words) {
    words = new Set([...c.byTitle.keys()].flatMap((t) => t.split(/[^a-z]+/)).filter((w) => w.length >= 2));
    titleWordsMemo.set(c, words);
  }
  return words;
}

/** How long a line at the margin must be to read as prose going on (`sections.yaml` `proseLineLength`). */
export function proseLineLength(patternDirs: string[] = []): number {
  return compile(patternDirs).proseLine;
}

export function categoryOf(title: string, patternDirs: string[] = []): SectionCategory | undefined {
  return compile(patternDirs).byTitle.get(key(title));
}

/** Split a normalised note into sections. Text before the first header is a section of category "none". */
/**
 * `lines` is the note as it was laid out, before wrapped lines were joined (same offsets as `text`): run-in
 * headings open its lines, whatever a join made of them ("diagnosis infected tibia after nailing" / "procedure 1
 * removal of the nail ..." stays two sections when a wrap join runs the lines together). A line the join ran on from
 * a line that cannot end there (`continues`: "... prepped and draped and" / "time out called") opens no heading.
 */
export function findSections(text: string, patternDirs: string[] = [], lines: string = text, continues?: RegExp): Section[] {
  const c = compile(patternDirs);
  const heads: { start: number; bodyStart: number; title: string; category: SectionCategory }[] = [];
  // the known titles alone on their lines, without a colon ("INDICATION", "Procedures performed"), found first: a label
  // inside the paragraph one of them opens is judged as in that paragraph (see `inParagraph`)
  const bare: { start: number; title: string; category: SectionCategory }[] = [];
  BARE_LINE.lastIndex = 0;
  for (let m = BARE_LINE.exec(text); m; m = BARE_LINE.exec(text)) {
    const title = m[1]!.trim();
    if (c.known.test(title)) bare.push({ start: m.index + m[0].indexOf(m[1]!), title, category: categoryFor(c, title) });
  }
  let bareAt = 0;
  // Every header ends with a colon: visit the colons (a few per note) instead of scanning every position.
  // the start of the current line, kept as the scan moves forward (a note can be one 5 MB line)
  let lineStart = 0;
  // the first newline not yet passed (-1: none left), so a note without newlines is searched once, not per colon
  let nextNl = text.indexOf('\n');
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const next = text[colon + 1];
    if (next !== undefined && next >= '0' && next <= '9') continue; // "10:30"
    while (nextNl >= 0 && nextNl < colon) {
      lineStart = nextNl + 1;
      nextNl = text.indexOf('\n', nextNl + 1);
    }
    const bodyStart = colon + 1;
    const near = colon - lineStart <= 80;
    // (a bullet before a known title is the list's mark, not the title's: "- Today (Dr. X):" under a background list)
    const rawLine = near ? text.slice(lineStart, colon) : '';
    const bullet = /^[ \t]*[-*\u2022][ \t]+/.exec(rawLine);
    // (a short title only, with at most a bracketed remark: an item that names a device and its place, "- Antibiotic
    // spacer, hand-formed, into the knee joint ..... +20704", is an item of the list)
    const bulleted = bullet ? rawLine.slice(bullet[0].length).trim() : '';
    const marked = bullet !== null && !bulleted.includes(',') && bulleted.replace(/\([^()]*\)/g, ' ').trim().split(/\s+/).length <= 3 && c.known.test(bulleted);
    // (the mark's own indent is the title's: "- Plan:" at the margin is not indented)
    const raw = marked ? rawLine.slice(0, rawLine.length - rawLine.trimStart().length) + rawLine.slice(bullet![0].length) : rawLine;
    const title = raw.trim();
    const start = marked ? lineStart + bullet![0].length : lineStart + (raw.length - raw.trimStart().length);
    if (title && near) {
      // a known title at the start of a line, in any case, possibly followed by a few words
      const known = c.known.test(title) ? categoryFor(c, title) : undefined;
      const indented = /^[ \t]/.test(raw);
      if (known) {
        // an indented known title right under a device block is one of its fields ("Device REMOVED:\n  Device: chain")
        const prev = heads[heads.length - 1];
        if (indented && prev && prev.category === 'implants' && !/\n[ \t]*\n/.test(text.slice(prev.start, lineStart))) continue;
        heads.push({ start, bodyStart, title, category: known });
        continue;
      }
      // an unknown short "Label:" (up to three words, any case) also starts a section; casing never decides;
      // an indented one is a field of the section above it ("Local antibiotic device:\n  Carrier: PMMA")
      // (not inside an indications, history or plan paragraph, on a line that goes on from a line of prose: "This
      // is stage one of a planned two-stage" / "RECONSTRUCTION: return to the OR ...", whatever its case)
      while (bareAt < bare.length && bare[bareAt]!.start < lineStart) bareAt++;
      const lastBare = bareAt > 0 ? bare[bareAt - 1] : undefined;
      const lastHead = heads[heads.length - 1];
      const open = lastBare && (!lastHead || lastBare.start > lastHead.start) ? lastBare : lastHead;
      const inParagraph = open !== undefined && (c.paragraphs.has(open.category) || c.proseSections.has(open.category)) && !/\n[ \t]*\n/.test(text.slice(open.start, lineStart));
      // a label written in lower case ("coding summary:", "steps:") is one too (a line that a wrap cut is joined
      // back before sections are found, so a line break left before it is the writer's own)
      // (a "label" with a sentence's verb is a sentence that a wrap cut: "strands were retrieved: the tibial strand")
      const label = (LABEL.test(title) || LOWER_LABEL.test(title)) && !(c.sentenceVerb?.test(title) ?? false);
      if (label && !indented && (next === undefined || next === ' ' || next === ',' || next === '\n') && !c.notTitles.has(title.toLowerCase()) && !(inParagraph && afterProse(text, lineStart, c.proseLine))) {
        // an unknown label right under a device or implants field, with no blank line between, is another field
        // of that block ("Device: antibiotic cement rod / Site: IM canal / Drug: vanco 2 g / Prep: hand-mixed")
        const prev = heads[heads.length - 1];
        if (prev && prev.category === 'implants' && !/\n[ \t]*\n/.test(text.slice(prev.start, lineStart))) continue;
        heads.push({ start, bodyStart, title, category: categoryFor(c, title) });
        continue;
      }
    }
    // in a paragraph section (indications, history, plan) of a note that lost its newlines, an unknown short label
    // after a sentence's end and a run of spaces, where its line break was ("... before any reimplantation.  Right
    // knee: Old incision."), starts a section as at a line start
    {
      const open = heads[heads.length - 1];
      if (open !== undefined && c.paragraphs.has(open.category) && (next === ' ' || next === '\t')) {
        const um = RUN_IN_LABEL.exec(text.slice(Math.max(lineStart, colon - 48), colon));
        const label = um ? um[1]! + um[2]! : '';
        if (um && !c.notTitles.has(label.toLowerCase()) && !(c.sentenceVerb?.test(label) ?? false)) {
          heads.push({ start: colon - label.length, bodyStart, title: label, category: categoryFor(c, label) });
          continue;
        }
      }
    }
    // a known title inside a line, after a sentence end, a run-on comma or a run of spaces ("... pain. FINDINGS:,
    // ..." from exports that lost their newlines), in any case
    let k = colon;
    while (k > lineStart && k > colon - 62 && TITLE_CHAR.test(text[k - 1]!)) k--;
    // (a question of a question-and-answer form ends at its answer mark: "Q: Procedure(s) and code(s) A: Removal ...")
    // (the question mark may end the line above: "... baseplate. Q:" / "Procedure(s) and code(s) A: Removal ...")
    const mark = c.answerMark && c.questionMark?.test(text.slice(Math.max(0, k - 12), k)) ? c.answerMark.exec(text.slice(k, colon)) : null;
    const end = mark ? colon - mark[0].length : colon;
    let inline = text.slice(k, end);
    // the longest run of words before the colon that is a known title
    for (;;) {
      const t = inline.trim();
      if (!t) break;
      // (two known titles joined by a slash are a title too: "... from the proximal entry. Implants/Explants: ...")
      if (c.known.test(t) || (t.includes('/') && t.split('/').every((p) => p.trim() !== '' && c.known.test(p.trim())))) {
        const exact = c.byTitle.has(key(t));
        const at = end - inline.length + (inline.length - inline.trimStart().length);
        const before = text.slice(Math.max(lineStart, at - 2), at);
        const punct = at === lineStart || /[.,;:!?][ ]*$/.test(before) || / {2}$/.test(before);
        // (after a plain word too when the colon ends the title: "... diabetes Postoperative diagnosis: Same
        // Procedure: 1) ..." lost its newlines, and a wrap that puts one of them at a line start must not decide)
        // (not for the titles of category other, such as "surgeon" or "date", common at the end of a phrase)
        // (not after a word such as "that" or "the" inside a line of prose: "Index implant record, imported from that
        // operation:" is the sentence's noun; a short label at the line start stays one, "Summary of the operation:")
        const lead = text.slice(lineStart, at);
        // (in a line that already ran two titles in, a note that lost its newlines, a title is no noun of the words before
        // it: "POSTOPERATIVE DIAGNOSIS: same, purulence in the joint PROCEDURE: 1. removal ...")
        // (counted in its paragraph, titles run into a line, not opening one: a wrap may cut the note anywhere)
        // (looked at only when the words before it read as a noun phrase)
        const runOfTitles = () => {
          const paraStart = text.lastIndexOf('\n\n', at) + 1;
          return heads.filter((h) => h.start >= paraStart && h.start > 0 && text[h.start - 1] !== '\n' && text.slice(text.lastIndexOf('\n', h.start - 1) + 1, h.start).trim() !== '').length >= 2;
        };
        const noun = c.notAfter !== null && c.notAfter.test(lead.slice(-20)) && lead.trim().split(/\s+/).length > 3 && !runOfTitles();
        const plain = / $/.test(before) && /^(?:[ \t\r\n]|$)/.test(text.slice(colon + 1, colon + 2)) && categoryFor(c, t) !== 'other' && !noun;
        // a title with a few words after it ("PROCEDURE DETAIL:") counts after punctuation, as at a line start
        // (a known title with more words after it, opening a numbered step, is that step's label: "2. Hardware out:" /
        // "   - screws removed"; a title as it stands still heads a numbered line: "2. Procedure: ...")
        const stepLabel = !exact && LIST_NUMBER.test(text.slice(lineStart, at));
        if ((exact && (punct || plain)) || (!exact && punct && !stepLabel && categoryFor(c, t) !== 'other')) {
          heads.push({ start: at, bodyStart, title: t, category: categoryFor(c, t) });
          break;
        }
        if (exact) break;
      }
      const sp = inline.search(/\S\s/);
      if (sp < 0) break;
      inline = inline.slice(sp + 1);
    }
  }
  const colonHeads = heads.length;
  // a pipe table whose header row names a known title ("| # | Procedure | CPT |" over a separator row) opens a
  // section of that title's category
  for (let at = text.indexOf('|'); at >= 0; at = text.indexOf('|', at + 1)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (text.slice(lineStart, at).trim()) {
      at = text.indexOf('\n', at);
      if (at < 0) break;
      continue;
    }
    const lineEnd = text.indexOf('\n', at);
    const nextEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
    const next = lineEnd < 0 ? '' : text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
    // (a table right under a heading of its own, "Devices removed:" over "| Device | Location |", is that
    // heading's: its header row names columns)
    const underHeading = () => {
      const before = text.slice(Math.max(0, lineStart - 200), lineStart).replace(/\s+$/, '');
      const prevStart = Math.max(0, lineStart - 200) + before.lastIndexOf('\n') + 1;
      if (before.endsWith(':')) return heads.some((h) => h.start === prevStart);
      // (or a known title alone on the line above, without a colon: "EXPLANTED DEVICES" over "| Device | Site |")
      const prevLine = before.slice(before.lastIndexOf('\n') + 1).trim();
      return prevLine.length > 0 && prevLine.length <= 60 && /^[A-Za-z][A-Za-z /&()-]*$/.test(prevLine) && c.known.test(prevLine);
    };
    if (TABLE_SEPARATOR.test(next) && !underHeading()) {
      const cells = text.slice(at, lineEnd).split('|').map((x) => x.trim()).filter(Boolean);
      const cat = cells.map((x) => c.byTitle.get(key(x))).find((k) => k === 'procedure' || k === 'implants');
      if (cat && !heads.some((h) => h.start === lineStart)) heads.push({ start: lineStart, bodyStart: lineStart, title: cells.join(' | '), category: cat });
    }
    if (lineEnd < 0) break;
    at = lineEnd;
  }
  // a heading alone on its line, without a colon ("Procedures performed", "NARRATIVE"): known titles only
  const starts = new Set(heads.map((h) => h.start));
  for (const { start, title, category } of bare) {
    // (an indented line under an indented line of the same block is an item of that list, not a heading: "  Synovectomy
    // of the joint" / "  Antibiotic bead placement (see section below)")
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const indent = start - lineStart;
    if (indent > 0 && lineStart > 0) {
      const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      const prev = text.slice(prevStart, lineStart - 1);
      if (prev.trim() !== '' && prev.length - prev.trimStart().length === indent) continue;
    }
    if (!starts.has(start)) {
      starts.add(start);
      heads.push({ start, bodyStart: start + title.length, title, category });
    }
  }
  // a line under a rule line ("______" / "-----" / "=====") that reads as a title, not a sentence ("CIRCULATOR
  // CHECKLIST / IMPLANT RECORD", "Nursing intraoperative record"): a rule parts the pieces of a print, and the line
  // under it heads the next piece, known title or not
  RULE_TITLE.lastIndex = 0;
  for (let m = RULE_TITLE.exec(text); m; m = RULE_TITLE.exec(text)) {
    const title = m[1]!.trim();
    const start = m.index + m[0].length - m[1]!.length;
    RULE_TITLE.lastIndex = start;
    // (not a table's rule: a line laid out in columns, under the rule or above it, is a row of the table, whatever a
    // wrap made of its rule line)
    const ruleStart = m.index + (text[m.index] === '\n' ? 1 : 0);
    const above = text.slice(text.lastIndexOf('\n', Math.max(0, ruleStart - 2)) + 1, Math.max(0, ruleStart - 1));
    if (/\S {3,}\S/.test(title) || /\S {3,}\S/.test(above) || /^[ \t]*[_=*~-]{3,}/.test(above)) continue;
    if (starts.has(start) || (c.sentenceVerb?.test(title) ?? false)) continue;
    starts.add(start);
    heads.push({ start, bodyStart: start + m[1]!.length, title, category: categoryFor(c, title) });
  }
  // a line that starts with a line-opener title ("ADDENDUM - CORRECTION (entered 14:55) -- Dr. X:"): the title
  // opens a section, its remark is part of the heading, and the body starts after the line's first colon that
  // is not a time, else on the next line
  if (c.opener) {
    c.opener.lastIndex = 0;
    for (let m = c.opener.exec(text); m; m = c.opener.exec(text)) {
      const line = m[1]!;
      const start = m.index + m[0].length - line.length;
      if (starts.has(start)) continue;
      const word = /^[A-Za-z]+(?:\s+[A-Za-z]+)*?(?=[ ]*(?:$|[-\u2013\u2014(,:]))/.exec(line)?.[0] ?? line;
      let bodyStart = -1;
      for (let i = line.indexOf(':'); i >= 0; i = line.indexOf(':', i + 1)) {
        if (!/\d/.test(line[i + 1] ?? '')) {
          bodyStart = start + i + 1;
          break;
        }
      }
      if (bodyStart < 0) {
        // the remark may go on over a short line or two that end in the colon ("case) --" / "Dr. X:")
        bodyStart = start + line.length;
        let at = bodyStart;
        for (let k = 0; k < c.openerRemark.lines && text[at] === '\n'; k++) {
          const nl = text.indexOf('\n', at + 1);
          const next = text.slice(at + 1, nl < 0 ? text.length : nl).trim();
          if (!next || next.length > c.openerRemark.maxLength) break;
          at = nl < 0 ? text.length : nl;
          if (next.endsWith(':')) {
            bodyStart = at;
            break;
          }
        }
      }
      starts.add(start);
      heads.push({ start, bodyStart, title: word, category: categoryFor(c, word) });
    }
  }
  // a dictated note without a single colon heading runs its headings into the text ("Indications she had
  // stage one ...", "Description midline incision ..."): when at least three lines open with a known title
  // followed by more words (sections.yaml runInHeadings), those titles open sections
  const laid = lines.length === text.length ? lines : text;
  if (colonHeads === 0 && laid.includes('\n')) {
    const runIn: typeof heads = [];
    // (a line whose first word would have fitted on the line before it, as wide as the note's widest line, was broken
    // by its writer; one whose first word would not have fitted, after a line that ends a sentence, may have been
    // broken by a wrap between two run-on sentences, and a wrap is no heading: "... on a right clavicle." /
    // "Preoperative diagnosis infected ..."; after a line with no stop, "diagnosis infected ... after nailing" /
    // "procedure 1 removal ...", the writer broke the line)
    // (computed once, and only when a candidate comes after a line that ends a sentence)
    let widest = -1;
    const width = () => {
      if (widest < 0) {
        widest = 0;
        for (let at = 0; at < laid.length; ) {
          const nl = laid.indexOf('\n', at);
          const end = nl < 0 ? laid.length : nl;
          if (end - at > widest) widest = end - at;
          at = end + 1;
        }
      }
      return widest;
    };
    RUN_IN_LINE.lastIndex = 0;
    for (let m = RUN_IN_LINE.exec(laid); m; m = RUN_IN_LINE.exec(laid)) {
      const words = m[1]!.split(/[ \t]+/);
      const start = m.index + m[0].indexOf(m[1]!);
      // (the line before the candidate's, read once for both tests below)
      const lineStartAt = laid.lastIndexOf('\n', start - 1);
      const prevLine = lineStartAt > 0 ? laid.slice(laid.lastIndexOf('\n', lineStartAt - 1) + 1, lineStartAt).trimEnd() : '';
      if (/[.!?]["')\]]*$/.test(prevLine) && prevLine.length + 1 + words[0]!.length > width()) continue;
      if (continues && start > 0 && text[start - 1] !== '\n' && continues.test(prevLine)) continue;
      for (let k = Math.min(words.length - 1, c.runIn.maxWords); k >= 1; k--) {
        const title = words.slice(0, k).join(' ');
        const category = c.byTitle.get(key(title));
        if (!category) continue;
        if (!starts.has(start)) runIn.push({ start, bodyStart: start + m[1]!.indexOf(words[k]!, title.length), title, category });
        break;
      }
    }
    if (runIn.length >= c.runIn.minLines) for (const h of runIn) heads.push(h);
  }
  heads.sort((a, b) => a.start - b.start);
  const terse = !/\n[ \t]*\n/.test(text);
  const dedup = heads.filter((h, i) => i === 0 || h.start >= heads[i - 1]!.bodyStart);
  const sections: Section[] = [];
  if (dedup.length === 0 || dedup[0]!.start > 0) {
    sections.push({ start: 0, bodyStart: 0, end: dedup[0]?.start ?? text.length, title: '', category: 'none' });
  }
  dedup.forEach((h, i) => {
    let bodyStart = h.bodyStart;
    while (text[bodyStart] === ',' || text[bodyStart] === ' ') bodyStart++; // "HEADER:," run-on exports
    const end = dedup[i + 1]?.start ?? text.length;
    // Indications, history and plan are one paragraph in dictated notes: a blank line after one ends it,
    // and the untitled narrative that follows is not part of it.
    if (c.paragraphs.has(h.category)) {
      // (a title that opens an item of a list, "  * Indication: beads were placed at the index ...", heads that item
      // only: the list's next item at its indent goes back to the section the list is in)
      const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
      const marker = /^([ \t]*)(?:[-*+\u2022]|\d{1,2}[.)])[ \t]+$/.exec(text.slice(lineStart, h.start));
      if (marker) {
        const next = new RegExp(`\\n${marker[1]}(?:[-*+\\u2022]|\\d{1,2}[.)])[ \\t]`).exec(text.slice(bodyStart, end));
        const outer = sections[sections.length - 1];
        if (next && outer) {
          const cut = bodyStart + next.index + 1;
          sections.push({ ...h, bodyStart, end: cut });
          sections.push({ start: cut, bodyStart: cut, end, title: outer.title, category: outer.category });
          return;
        }
      }
      const gap = /\n[ ]*\n(?=[ ]*\S)/.exec(text.slice(bodyStart, end));
      // a terse note without a single blank line writes one block per line: an indications or history line
      // ("Ind: planned removal; rod placed 6 wk ago") ends at its line end when the next line opens a sentence
      // (... and a diagnosis line ends where a numbered or bulleted list starts on the next line: "dx: infected l tib
      // nonunion" / "1. rem IMN l tib (20680), ...")
      const line = gap || !terse ? null : c.lines.has(h.category)
        ? /^[^\n]*\S[^\n]*\n(?=[ \t]*\S)/.exec(text.slice(bodyStart, end))
        : c.listEnded.has(h.category) ? /^[^\n]*\S[^\n]*\n(?=[ \t]*(?:\d{1,2}[.)]|[-*\u2022])[ \t]+\S)/.exec(text.slice(bodyStart, end)) : null;
      let cut = gap ? bodyStart + gap.index + gap[0].length : line ? bodyStart + line[0].length : -1;
      // (an indications or history paragraph goes on over untitled paragraphs that do not open the operation, up to
      // the titled section after them: "Indications, alternatives and consent:" / "..." / "" / "The third option was
      // a chain of antibiotic beads ..." / "" / "Description of procedure:")
      if (gap && c.continuing.has(h.category) && c.narrativeStart && dedup[i + 1]) {
        const rest = text.slice(cut, end);
        const at = c.narrativeStart.exec(rest);
        // (a paragraph that is a table, "| Item | Detail |" / "| Operation | Removal of the bead chain |", is no talk of
        // the options: the indications end before it, as they end before the operation's words)
        // (unless the paragraph introduces it, "Prior staged care:" / "| When | What was done |", or the title itself does)
        const before = text.slice(bodyStart, cut).trim();
        const table = /[.!?]$/.test(before) ? TABLE_PARAGRAPH.exec(rest) : null;
        if (table && (!at || table.index < at.index)) cut += table.index + table[1]!.length;
        else if (!at) cut = -1;
        else {
          // (the paragraph that opens the operation starts after the last blank line before its words)
          const gaps = /\n[ ]*\n/g;
          let last = 0;
          for (let m = gaps.exec(rest); m && m.index < at.index; m = gaps.exec(rest)) last = m.index + m[0].length;
          cut += last;
        }
      }
      if (cut >= 0 && cut < end) {
        sections.push({ ...h, bodyStart, end: cut });
        sections.push({ start: cut, bodyStart: cut, end, title: '', category: 'none' });
        return;
      }
    }
    sections.push({ ...h, bodyStart, end });
  });
  return sections;
}
