import type { Evidence } from '../types.js';
import { continuationRe, evidenceAt, normalize, type Doc } from '../text/normalize.js';
import { categoryOf, findSections, proseLineLength, titleWords, type Section, type SectionCategory } from '../text/sections.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { assertSpan, type AssertionDetail, type SectionAssertion } from './context.js';
import { getLexicon, matchAll, type LexEntry } from './lexicon.js';
import { findQuantities, type Quantity } from './quantity.js';
import type { Grammar } from './grammar.js';
import { datedBefore, findCodes, findOperations, inPrimaryRange, noteDates, type CodeMention, type NoteDates, type Operation } from './procedures.js';
import { patternStore } from '../patterns/store.js';
import { phrases } from '../text/regex.js';

/** A lexicon match placed in the document (offsets in the normalised text). */
export interface Mention {
  lexicon: string;
  entry: LexEntry;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

const SECTION_ASSERTION: Partial<Record<SectionCategory, SectionAssertion>> = {
  history: 'historical',
  plan: 'hypothetical',
  indications: 'hypothetical',
  notdone: 'negated',
};

/** The staged-item words of each rule set's grammar, compiled once. */
const stagedItemRe = new WeakMap<Grammar, RegExp>();
/** The clause breaks of each rule set's grammar, compiled once. */
const clauseBreakRe = new WeakMap<Grammar, RegExp>();

/** Sections whose sentences describe what was done in this operation. */
export const OPERATIVE: ReadonlySet<SectionCategory> = new Set(['procedure', 'narrative', 'findings', 'implants', 'other', 'none']);
/** Section categories of the operative record itself (what was done, found and used). */
const RECORD: ReadonlySet<SectionCategory> = new Set(['procedure', 'narrative', 'findings', 'implants']);

/**
 * The analysed note: normalised text, sections, sentences, and lazily computed lexicon mentions,
 * quantities and assertions. Later stages only read it.
 */
export class Analysis {
  readonly doc: Doc;
  private sectionList: Section[] | undefined;
  private sentenceList: Sentence[] | undefined;
  private startList: number[] | undefined;
  private readonly mentionCache = new Map<string, Mention[]>();
  /** Whole-note matches of a lexicon, before they are placed in sentences (one regex pass per lexicon). */
  private readonly rawCache = new Map<string, ReturnType<typeof matchAll>>();
  private readonly bySentence = new Map<string, Mention[][]>();
  private readonly assertCache = new Map<string, AssertionDetail>();
  private readonly quantityCache: (Quantity[] | undefined)[] = [];
  private readonly clauseBreaks: (number[] | undefined)[] = [];
  private readonly taggedCache = new Map<string, Mention[]>();
  private codeList: CodeMention[] | undefined;
  readonly grammar: Grammar;
  private operationList: Operation[] | undefined;
  private dates: NoteDates | undefined;

  constructor(
    input: string,
    readonly patternDirs: string[] = [],
  ) {
    this.grammar = patternStore(patternDirs).data<Grammar>('grammar.yaml');
    const g = this.grammar;
    this.doc = normalize(input, { continuationWords: g.layout.continuationWords, continuationStarts: g.layout.continuationStarts, amountUnits: g.layout.amountUnits, wrapWidth: g.layout.wrapWidth, codeMarkers: g.codes.markers, pageMarkers: g.layout.pageMarkers, pageFurniture: g.layout.pageFurniture, pageScreen: g.layout.pageScreen, labelMaxWords: g.layout.labelMaxWords, notLabelWords: g.layout.notLabelWords, knownTitle: (w) => categoryOf(w, patternDirs) !== undefined, ocrLetters: g.layout.ocrLetters, edits: g.layout.edits, hl7: g.layout.hl7, structured: g.layout.structured, titleWords: () => titleWords(patternDirs), dictation: g.layout.dictation });
  }

  /**
   * The operations the note tells (one, today's, unless operation headings split it), found on first use:
   * a pure function of the text, so when it runs never changes the answer. Operation headings are lines of
   * the note's own layout (a wrap join must not run one into its text).
   */
  get operations(): Operation[] {
    // (the sections of today's record that open a paragraph with their text on the title's line can end a block
    // told for an earlier time)
    return (this.operationList ??= findOperations(
      this.grammar,
      this.doc.layout,
      this.doc.text,
      this.sections.filter((s) => RECORD.has(s.category)).map((s) => s.start),
    ));
  }

  /**
   * Does this text (a sentence of the note) name a calendar date before the note's date of service, and none on or
   * after it? Such a sentence tells an earlier time.
   */
  datedBeforeService(text: string, yearless = false): boolean {
    this.dates ??= noteDates(this.grammar, this.doc.text);
    return datedBefore(this.grammar, text, this.dates, yearless);
  }

  /** The operation a normalised offset belongs to. */
  operationAt(at: number): Operation {
    return this.operations.find((o) => at >= o.start && at < o.end) ?? this.operations[this.operations.length - 1]!;
  }

  /** Every procedure code written in the note (any operation), with modifiers. */
  get codes(): CodeMention[] {
    return (this.codeList ??= findCodes(this.grammar, this.doc.text, {
      inProcedureList: (at) => {
        const si = this.sentenceAt(at);
        return si >= 0 && this.sentences[si]!.category === 'procedure';
      },
      sentenceText: (at) => {
        const si = this.sentenceAt(at);
        return si >= 0 ? this.sentences[si]!.text : '';
      },
    }));
  }

  /**
   * Codes of procedures done in today's operation: not in an earlier or planned operation's part of the
   * note, not in history, indications, plan or diagnosis sentences, not asserted historical or hypothetical,
   * and, for `primaryOnly`, inside the primary ranges and outside the device family.
   */
  todaysCodes(family: ReadonlySet<string>, primaryOnly = true): CodeMention[] {
    return this.codes.filter((c) => {
      if (this.operationAt(c.start).kind !== 'today') return false;
      if (primaryOnly && (family.has(c.code) || !inPrimaryRange(this.grammar, c.code))) return false;
      const si = this.sentenceAt(c.start);
      if (si < 0) return true;
      const cat = this.sentences[si]!.category;
      if (cat === 'history' || cat === 'indications' || cat === 'plan' || cat === 'diagnosis' || cat === 'notdone') return false;
      const d = this.assertion({ start: c.start, end: c.end, sentence: si });
      return !d.historical && !d.hypothetical && !d.negated;
    });
  }

  /** Sections, found on first use (a note with no device word never needs them). */
  get sections(): Section[] {
    return (this.sectionList ??= findSections(this.doc.text, this.patternDirs, this.doc.layout, continuationRe(this.grammar.layout.continuationWords)));
  }

  get sentences(): Sentence[] {
    return (this.sentenceList ??= splitSentences(this.doc.text, this.sections, proseLineLength(this.patternDirs)));
  }

  private get starts(): number[] {
    return (this.startList ??= this.sentences.map((s) => s.start));
  }

  /** True when a lexicon matches anywhere in the note (a quick test before any sentence work). */
  anywhere(lexicon: string): boolean {
    return this.raw(lexicon).length > 0;
  }

  private raw(lexicon: string): ReturnType<typeof matchAll> {
    let ms = this.rawCache.get(lexicon);
    if (!ms) {
      ms = matchAll(getLexicon(lexicon, this.patternDirs), this.doc.text);
      this.rawCache.set(lexicon, ms);
    }
    return ms;
  }

  /** Index of the sentence containing normalised offset `at`, or -1 (e.g. inside a header). */
  sentenceAt(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= at) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best >= 0 && at < this.sentences[best]!.end ? best : -1;
  }

  /** Every mention of a lexicon inside a sentence (matches in headers are dropped). */
  mentions(lexicon: string): Mention[] {
    let ms = this.mentionCache.get(lexicon);
    if (!ms) {
      ms = [];
      for (const m of this.raw(lexicon)) {
        const si = this.sentenceAt(m.start);
        if (si >= 0 && m.end <= this.sentences[si]!.end) ms.push({ ...m, sentence: si });
      }
      this.mentionCache.set(lexicon, ms);
      this.bySentence.delete(lexicon);
    }
    return ms;
  }

  /** Mentions of a lexicon in one sentence (matched on that sentence alone until the whole note is needed). */
  in(lexicon: string, sentence: number): Mention[] {
    let per = this.bySentence.get(lexicon);
    if (!per) {
      per = new Array<Mention[]>(this.sentences.length);
      const whole = this.mentionCache.get(lexicon);
      if (whole) {
        for (let i = 0; i < per.length; i++) per[i] = [];
        for (const m of whole) per[m.sentence]!.push(m);
      }
      this.bySentence.set(lexicon, per);
    }
    let list = per[sentence];
    if (!list) {
      const s = this.sentences[sentence];
      if (!s) return [];
      list = matchAll(getLexicon(lexicon, this.patternDirs), s.text).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start, sentence }));
      per[sentence] = list;
    }
    return list;
  }

  /** Matches of a lexicon in a piece of text that is not a sentence (a heading): offsets are the text's own. */
  matchText(lexicon: string, text: string): ReturnType<typeof matchAll> {
    return matchAll(getLexicon(lexicon, this.patternDirs), text);
  }

  /** True when the sentence has a mention of the lexicon with the tag (any tag when omitted). */
  has(lexicon: string, sentence: number, tag?: string): boolean {
    return this.in(lexicon, sentence).some((m) => !tag || m.entry.tags.has(tag));
  }

  /**
   * True when the clause of a mention (its sentence cut at the grammar's clause breaks) has a mention of the
   * lexicon with the tag: a context word (irrigation, IV) speaks for its own clause, not the whole sentence.
   */
  hasInClause(lexicon: string, m: { start: number; end: number; sentence: number }, tag: string): boolean {
    const key = `${lexicon}\u0000${tag}\u0000${m.sentence}`;
    let others = this.taggedCache.get(key);
    if (!others) this.taggedCache.set(key, (others = this.in(lexicon, m.sentence).filter((o) => o.entry.tags.has(tag))));
    if (!others.length) return false;
    const [from, to] = this.clauseSpan(m);
    return others.some((o) => o.end > from && o.start < to);
  }

  /** The clause (grammar.yaml clauses.breaks) of a span of a sentence: [start, end) in note offsets. */
  clauseSpan(m: { start: number; end: number; sentence: number }): [number, number] {
    const s = this.sentences[m.sentence]!;
    // the sentence's clause breaks, found once per sentence: [start, end) pairs in note offsets
    let breaks = this.clauseBreaks[m.sentence];
    if (!breaks) {
      let re = clauseBreakRe.get(this.grammar);
      if (!re) clauseBreakRe.set(this.grammar, (re = new RegExp(this.grammar.clauses.breaks.map((b) => `(?:${b})`).join('|'), 'gi')));
      breaks = [];
      re.lastIndex = 0;
      for (let b = re.exec(s.text); b; b = re.exec(s.text)) {
        breaks.push(s.start + b.index, s.start + b.index + b[0].length);
        if (b[0].length === 0) re.lastIndex++;
      }
      this.clauseBreaks[m.sentence] = breaks;
    }
    let from = s.start;
    let to = s.end;
    for (let i = 0; i < breaks.length; i += 2) {
      if (breaks[i + 1]! <= m.start) from = breaks[i + 1]!;
      else if (breaks[i]! >= m.end) {
        to = breaks[i]!;
        break;
      }
    }
    return [from, to];
  }

  /** ConText assertion of a span, with the sentence's section assertion (history, plan, indications). */
  assertion(span: { start: number; end: number; sentence: number }): AssertionDetail {
    const key = `${span.start}:${span.end}`;
    let d = this.assertCache.get(key);
    if (!d) {
      const s = this.sentences[span.sentence]!;
      const part = this.operationAt(s.start);
      const op = part.kind;
      // (a part dated after the date of service is a later encounter's own record, "C. OPERATIVE REPORT 04/02/2024"
      // in a bundle about 02/06: it asserts nothing of this operation, past tense or not; an undated planned part is
      // a plan)
      const section = op === 'earlier' ? 'historical' : op === 'planned' ? (part.date !== undefined ? 'unasserted' : 'hypothetical') : op === 'appended' ? 'unasserted' : (SECTION_ASSERTION[s.category] ?? null);
      d = assertSpan(this.assertedText(span.sentence), span.start - s.start, span.end - s.start, { section, patternDirs: this.patternDirs });
      this.assertCache.set(key, d);
    }
    return d;
  }

  /**
   * The text ConText reads for a sentence: the sentence itself, except that a procedure-list item opening with
   * a staged-item word ("Planned repeat debridement ...") has that word blanked (same length, so offsets hold):
   * the item was done today as a planned stage.
   */
  private assertedText(sentence: number): string {
    const s = this.sentences[sentence]!;
    if (s.category !== 'procedure') return s.text;
    let re = stagedItemRe.get(this.grammar);
    if (!re) stagedItemRe.set(this.grammar, (re = new RegExp(`^\\s*(?:${phrases(this.grammar.timeline.stagedItemWords)})\\b`, 'i')));
    const m = re.exec(s.text);
    return m ? ' '.repeat(m[0].length) + s.text.slice(m[0].length) : s.text;
  }

  /** Affirmed: not negated, possible, hypothetical or historical. */
  affirmed(span: { start: number; end: number; sentence: number }): boolean {
    const d = this.assertion(span);
    return !d.negated && !d.possible && !d.hypothetical && !d.historical;
  }

  /** Amounts with a unit in a sentence (offsets in the normalised text). */
  quantities(sentence: number): Quantity[] {
    const s = this.sentences[sentence];
    if (!s) return [];
    return (this.quantityCache[sentence] ??= findQuantities(s.text, this.patternDirs).map((q) => ({ ...q, start: q.start + s.start, end: q.end + s.start })));
  }

  evidence(start: number, end: number): Evidence {
    return evidenceAt(this.doc, start, end);
  }

  sentenceEvidence(sentence: number): Evidence {
    const s = this.sentences[sentence]!;
    return evidenceAt(this.doc, s.start, s.end);
  }

  isOperative(sentence: number): boolean {
    const s = this.sentences[sentence]!;
    return OPERATIVE.has(s.category) && this.operationAt(s.start).kind === 'today';
  }
}
