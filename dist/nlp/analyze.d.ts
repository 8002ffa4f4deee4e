import type { Evidence } from '../types.js';
import { type Doc } from '../text/normalize.js';
import { type Section, type SectionCategory } from '../text/sections.js';
import { type Sentence } from '../text/sentences.js';
import { type AssertionDetail } from './context.js';
import { matchAll, type LexEntry } from './lexicon.js';
import { type Quantity } from './quantity.js';
import type { Grammar } from './grammar.js';
import { type CodeMention, type Operation } from './procedures.js';
/** A lexicon match placed in the document (offsets in the normalised text). */
export interface Mention {
    lexicon: string;
    entry: LexEntry;
    start: number;
    end: number;
    text: string;
    sentence: number;
}
/** Sections whose sentences describe what was done in this operation. */
export declare const OPERATIVE: ReadonlySet<SectionCategory>;
/**
 * The analysed note: normalised text, sections, sentences, and lazily computed lexicon mentions,
 * quantities and assertions. Later stages only read it.
 */
export declare class Analysis {
    readonly patternDirs: string[];
    readonly doc: Doc;
    private sectionList;
    private sentenceList;
    private startList;
    private readonly mentionCache;
    /** Whole-note matches of a lexicon, before they are placed in sentences (one regex pass per lexicon). */
    private readonly rawCache;
    private readonly bySentence;
    private readonly assertCache;
    private readonly quantityCache;
    private readonly clauseBreaks;
    private readonly taggedCache;
    private codeList;
    readonly grammar: Grammar;
    private operationList;
    private dates;
    constructor(input: string, patternDirs?: string[]);
    /**
     * The operations the note tells (one, today's, unless operation headings split it), found on first use:
     * a pure function of the text, so when it runs never changes the answer. Operation headings are lines of
     * the note's own layout (a wrap join must not run one into its text).
     */
    get operations(): Operation[];
    /**
     * Does this text (a sentence of the note) name a calendar date before the note's date of service, and none on or
     * after it? Such a sentence tells an earlier time.
     */
    datedBeforeService(text: string, yearless?: boolean): boolean;
    /** The operation a normalised offset belongs to. */
    operationAt(at: number): Operation;
    /** Every procedure code written in the note (any operation), with modifiers. */
    get codes(): CodeMention[];
    /**
     * Codes of procedures done in today's operation: not in an earlier or planned operation's part of the
     * note, not in history, indications, plan or diagnosis sentences, not asserted historical or hypothetical,
     * and, for `primaryOnly`, inside the primary ranges and outside the device family.
     */
    todaysCodes(family: ReadonlySet<string>, primaryOnly?: boolean): CodeMention[];
    /** Sections, found on first use (a note with no device word never needs them). */
    get sections(): Section[];
    get sentences(): Sentence[];
    private get starts();
    /** True when a lexicon matches anywhere in the note (a quick test before any sentence work). */
    anywhere(lexicon: string): boolean;
    private raw;
    /** Index of the sentence containing normalised offset `at`, or -1 (e.g. inside a header). */
    sentenceAt(at: number): number;
    /** Every mention of a lexicon inside a sentence (matches in headers are dropped). */
    mentions(lexicon: string): Mention[];
    /** Mentions of a lexicon in one sentence (matched on that sentence alone until the whole note is needed). */
    in(lexicon: string, sentence: number): Mention[];
    /** Matches of a lexicon in a piece of text that is not a sentence (a heading): offsets are the text's own. */
    matchText(lexicon: string, text: string): ReturnType<typeof matchAll>;
    /** True when the sentence has a mention of the lexicon with the tag (any tag when omitted). */
    has(lexicon: string, sentence: number, tag?: string): boolean;
    /**
     * True when the clause of a mention (its sentence cut at the grammar's clause breaks) has a mention of the
     * lexicon with the tag: a context word (irrigation, IV) speaks for its own clause, not the whole sentence.
     */
    hasInClause(lexicon: string, m: {
        start: number;
        end: number;
        sentence: number;
    }, tag: string): boolean;
    /** The clause (grammar.yaml clauses.breaks) of a span of a sentence: [start, end) in note offsets. */
    clauseSpan(m: {
        start: number;
        end: number;
        sentence: number;
    }): [number, number];
    /** ConText assertion of a span, with the sentence's section assertion (history, plan, indications). */
    assertion(span: {
        start: number;
        end: number;
        sentence: number;
    }): AssertionDetail;
    /**
     * The text ConText reads for a sentence: the sentence itself, except that a procedure-list item opening with
     * a staged-item word ("Planned repeat debridement ...") has that word blanked (same length, so offsets hold):
     * the item was done today as a planned stage.
     */
    private assertedText;
    /** Affirmed: not negated, possible, hypothetical or historical. */
    affirmed(span: {
        start: number;
        end: number;
        sentence: number;
    }): boolean;
    /** Amounts with a unit in a sentence (offsets in the normalised text). */
    quantities(sentence: number): Quantity[];
    evidence(start: number, end: number): Evidence;
    sentenceEvidence(sentence: number): Evidence;
    isOperative(sentence: number): boolean;
}
