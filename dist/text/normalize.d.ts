import type { Evidence } from '../types.js';
/**
 * A note after normalisation. `text` is what every later stage reads; `map[i]` is the offset in the
 * input as given of `text[i]`, so evidence always quotes and locates the user's own bytes.
 */
export interface Doc {
    /** The input exactly as given (decoded). */
    input: string;
    /** Normalised text: LF newlines, no BOM, plain spaces and ASCII quotes and dashes. */
    text: string;
    /** Offset into `input` for each offset of `text` (length text.length + 1); null when they are the same. */
    map: Int32Array | null;
    /** Offsets in `input` where each line starts. */
    lineStarts: number[];
    /** `text` before hard-wrapped lines were joined (same length and offsets): the note's own line layout. */
    layout: string;
}
/**
 * A time of day that opens a line ("10:38  beads visualized ...", "07:55 - time-out"): an entry of a timed log when
 * the line next to it opens with one too (four digits alone, "0915", are too often an amount to count).
 */
export declare const TIMED_ENTRY: RegExp;
export interface LayoutOptions {
    /** Words a sentence cannot end with ("of", "with"): a line ending with one continues on the next. */
    continuationWords?: readonly string[];
    /** Words a sentence goes on with: in a note with no case cue, a line without closing punctuation goes on into a line
     * that opens with one. */
    continuationStarts?: readonly string[];
    /** Units of an amount: a line ending in a word goes on when the next line opens with an amount in one of them. */
    amountUnits?: readonly string[];
    /** The narrowest and widest columns a note can have been hard-wrapped at (grammar.yaml layout.wrapWidth). */
    wrapWidth?: {
        min: number;
        max: number;
    };
    /** Words that mark a code (grammar.yaml codes.markers): a line ending with one goes on when the next opens with a code. */
    codeMarkers?: readonly string[];
    /** Regular expressions of a printed page's furniture line ("Page 2 of 3"; grammar.yaml layout.pageMarkers). */
    pageMarkers?: readonly string[];
    /** Regular expressions of a line that belongs to a page break only next to a marker (the "2" of a wrapped "Page 2 of"). */
    pageFurniture?: readonly string[];
    /** Words one of which every page marker holds (grammar.yaml layout.pageScreen): a note with none is not searched. */
    pageScreen?: readonly string[];
    /**
     * Most words a form label has before its colon (grammar.yaml layout.labelMaxWords): a wrapped line that opens
     * with more words and a colon ("posterior leg abscess three weeks ago: 14 beads") goes on, in any case.
     */
    labelMaxWords?: number;
    /**
     * Words that end a phrase and never a field label (grammar.yaml layout.notLabelWords): a wrapped line that opens with
     * one and a colon ("STAGE 1 SIX WEEKS" / "AGO: EXTERNAL FIXATOR, ...") goes on, in any case.
     */
    notLabelWords?: readonly string[];
    /**
     * Whether a word is a known section title (sections.yaml): in a note without a case cue, a one-word "label" the wrap
     * put at a line start that is no known title ("RECOMMENDED A TWO-STAGE" / "APPROACH: REMOVAL OF THE NAIL") goes on.
     */
    knownTitle?: (word: string) => boolean;
    /** Digits text recognition reads for letters, with the letter (grammar.yaml layout.ocrLetters): "Simp1ex" is "Simplex". */
    ocrLetters?: Readonly<Record<string, string>>;
    /** Marks of an editing trail (grammar.yaml layout.edits): deleted text goes, added text stays without its mark. */
    edits?: readonly string[];
    /** HL7 v2 segments that carry a note's text, and the field it is in (grammar.yaml layout.hl7). */
    hl7?: {
        textFields: Readonly<Record<string, number>>;
        minLines: number;
        escapes: Readonly<Record<string, string>>;
    };
    /** Structured data pasted as JSON- or XML-like text (grammar.yaml layout.structured): read as field lines. */
    structured?: {
        minFields: number;
        values: Readonly<Record<string, string>>;
        markupTags: readonly string[];
    };
    /** The words of the known section titles, asked for only when structured data is read (labelWords). */
    titleWords?: () => ReadonlySet<string>;
    /** Punctuation said aloud, with what it stands for (grammar.yaml layout.dictation): written out in a dictated note. */
    dictation?: {
        marks: Readonly<Record<string, string>>;
        minCount: number;
        notBefore: readonly string[];
    };
}
/**
 * A line that ends where a sentence cannot (a continuation word, a comma): grammar.yaml layout.continuationWords. A
 * word counts whole (no letter before it); a phrase that opens with punctuation (", no") counts after any word.
 */
export declare function continuationRe(words: readonly string[] | undefined): RegExp | undefined;
export declare function joinWrappedLines(text: string, layout?: LayoutOptions, tabs?: readonly number[]): string;
/** Normalise a decoded note, keeping a map back to the input for evidence. */
export declare function normalize(input: string, layout?: LayoutOptions): Doc;
/** A character code of an ASCII letter. */
export declare const isAsciiLetter: (c: number) => boolean;
/** 1-based line and column in the input for an input offset. */
export declare function lineCol(doc: Doc, inputOffset: number): {
    line: number;
    column: number;
};
/** Evidence for the normalised span [start, end): the input's own text with its position. */
export declare function evidenceAt(doc: Doc, start: number, end: number): Evidence;
