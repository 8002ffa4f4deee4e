/**
 * Physician query drafts (CDI style) for the documentation gaps of a checked note.
 *
 * The drafts follow the AHIMA/ACDIS "Guidelines for Achieving a Compliant Query Practice" (2019, 2022
 * update); docs/queries.md says how:
 * - A query rests on the record: every question quotes the sentence of the note (with its section) that
 *   holds the gap. A note with no device event of the checked action gets no query at all, even when a
 *   family code was asked for or claimed: a note that negates a device, or never mentions one, gives no
 *   clinical indicator, and asking where or what the device was would introduce information the record
 *   does not support.
 * - A question is asked only where the note is silent or imprecise, never where it already answers: no
 *   site question when the note names another space (the code is wrong, not the note), no preparation
 *   question when it calls the device prefabricated, no procedure question when removal is the only
 *   procedure or a procedure is described (codes are the coder's job).
 * - Questions are open-ended, or multiple choice with every clinically reasonable answer plus "Other" and
 *   "Clinically unable to determine"; none presumes a fact the note does not state, none names codes,
 *   payment or quality measures, and no question is asked twice.
 * - The draft has blank patient, record number, date of service, to and from fields for the sender.
 * Returns plain text wrapped at 80 columns; never prints.
 */
import type { ElementResult, Evidence, NoteResult } from './types.js';
import { type Doc } from './text/normalize.js';
import { type Section } from './text/sections.js';
import { type Sentence } from './text/sentences.js';
/** Query templates live in patterns/queries.yaml, so wording is edited without touching code. */
export declare const QueriesSchema: () => import("zod").ZodObject<{
    heading: import("zod").ZodDefault<import("zod").ZodString>;
    fields: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
    intro: import("zod").ZodDefault<import("zod").ZodString>;
    closing: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
    other: import("zod").ZodString;
    unable: import("zod").ZodString;
    siteOptions: import("zod").ZodArray<import("zod").ZodString>;
    repeatedFor: import("zod").ZodDefault<import("zod").ZodString>;
    ordinals: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
    ordinalSuffix: import("zod").ZodDefault<import("zod").ZodString>;
    templates: import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodObject<{
        title: import("zod").ZodString;
        question: import("zod").ZodString;
        options: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodString>>;
    }, import("zod/v4/core").$strict>>;
}, import("zod/v4/core").$strict>;
/** A note split into sections and sentences once, for quoting (the shapes of src/text, as an Analysis has them). */
export interface QuotableNote {
    doc: Doc;
    sections: Section[];
    sentences: Sentence[];
}
export declare function quotableNote(text: string): QuotableNote;
/** A quoted sentence: the note's words, and the title of the section holding it ('' when untitled). */
export interface Quote {
    section: string;
    /** The section's kind (procedure list, narrative, ...), from the note's section titles. */
    category: Sentence['category'];
    text: string;
    /** Index of the sentence (for telling quotes apart). */
    sentence: number;
}
/** The sentence holding a piece of evidence, quoted with its section title. */
export declare function quoteEvidence(note: QuotableNote, ev: Evidence): Quote | undefined;
/** Kept for callers of the old API: the sentence of `text` around offset `at`, whitespace collapsed. */
export declare function sentenceAt(text: string, at: number, length?: number): string;
/**
 * Draft a physician query for the result's failing or warning elements; undefined when there is nothing a
 * compliant query may ask (see the file comment). `noteText` is the note as given (evidence line / column
 * refer to it). A caller that has already analysed the note may pass its sentences and sections as `note`
 * (e.g. `{ doc: a.doc, sections: a.sections, sentences: a.sentences }`) instead of having them split again.
 */
export declare function draftQuery(result: NoteResult, noteText: string, note?: QuotableNote, patternDirs?: readonly string[]): string | undefined;
/**
 * One query for all results of one note (`checkNoteAll`), asking each question once: an exchange or a
 * two-site note checked against two codes would otherwise ask, for example, about the procedures twice.
 * A question is the same when it has the same element and quotes the same sentence.
 */
export declare function draftNoteQuery(results: NoteResult[], noteText: string, note?: QuotableNote, patternDirs?: readonly string[]): string | undefined;
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
export declare function fixesInNoteWords(result: NoteResult, noteText: string): ElementResult[];
