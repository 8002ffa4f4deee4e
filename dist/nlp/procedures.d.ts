import type { Grammar } from './grammar.js';
/** today's operation, an earlier or a planned one, or text appended by others (a billing worksheet, an appeal). */
export type OperationKind = 'today' | 'earlier' | 'planned' | 'appended';
export interface Operation {
    kind: OperationKind;
    /** Offsets in the normalised text. */
    start: number;
    end: number;
    /** The date the heading gives (YYYY-MM-DD or MM-DD when the year is not written). */
    date?: string;
    /** The heading line, for --explain. */
    heading?: string;
}
export interface CodeMention {
    code: string;
    modifiers: string[];
    /** Offsets of the code itself in the normalised text. */
    start: number;
    end: number;
    /** Why the number was read as a code (for --explain). */
    why: 'marker' | 'brackets' | 'modifier' | 'line-start' | 'line-end' | 'block' | 'procedure-list' | 'procedure-words' | 'list' | 'column';
}
/** True when `code` may be a primary procedure (inside the grammar's primary ranges). */
export declare function inPrimaryRange(g: Grammar, code: string): boolean;
/** Split a written code with modifiers ("27506-RT-58", "20702 -59") into the code and its modifiers. */
export declare function parseCodeToken(g: Grammar, token: string): {
    code: string;
    modifiers: string[];
} | undefined;
export interface ProcedureContext {
    /** Offsets where each sentence / item starts and ends, with whether it is in a procedure list. */
    inProcedureList(at: number): boolean;
    /** The text of the sentence holding `at` (for procedure words), or '' outside sentences. */
    sentenceText(at: number): string;
}
/**
 * Every procedure code written in the note, with its modifiers and why the number was read as a code.
 * A five-digit number counts when something marks it as a code: a marker word, brackets, a modifier, its
 * place at the start or end of a line or list item, a coding block, a procedure list, or a sentence naming
 * procedures. Numbers marked as something else (a lot, a record number, a measurement) never count.
 */
export declare function findCodes(g: Grammar, text: string, ctx: ProcedureContext): CodeMention[];
/** A date of the note: a calendar date, or a day counted from admission (`rel`, month 0). */
export type DateKey = {
    key: string;
    y?: number;
    mo: number;
    d: number;
    rel?: boolean;
};
/** A note's dates of service and how it writes numeric dates, for `datedBefore`. */
export interface NoteDates {
    service: DateKey | undefined;
    /** The note writes numeric dates day first ("15/05/2025"): one of them has a first part over 12. */
    dayFirst: boolean;
}
/** The date of service (the first date after a service label: "Date of surgery: 3/9/2026") and the date order. */
export declare function noteDates(g: Grammar, text: string): NoteDates;
/**
 * True when `text` names a calendar date before the date of service and none on or after it ("First debridement
 * on 12/05/2025, when a bead chain was left in the wound" in a note of 15/05/2025): it tells an earlier time.
 */
export declare function datedBefore(g: Grammar, text: string, dates: NoteDates, yearless?: boolean): boolean;
/**
 * The operations a note tells, in text order. A note with no operation headings is one operation, today's.
 * A heading-shaped line naming an operation opens a part: earlier when it names an earlier one ("INDEX
 * PROCEDURE (5 days ago)") or is dated before the date of service, today's when it says so ("TODAY'S
 * OPERATION") or carries the date of service, planned when dated later. Text before the first such heading
 * is today's. Without a heading for today, an earlier part ends at the next heading of any kind.
 */
export declare function findOperations(g: Grammar, text: string, joined?: string, recordStarts?: readonly number[]): Operation[];
