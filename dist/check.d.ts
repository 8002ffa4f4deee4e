import type { NoteResult } from './types.js';
export type Severity = 'error' | 'warn' | 'off';
export interface CheckOptions {
    /** Path as given, or "-" for stdin. */
    source?: string;
    /** A family code (20700-20705, as a string or a number) or "auto" (default). */
    code?: string | number;
    /** Attach to each element the pattern, term and context that decided it. */
    explain?: boolean;
    /** Extra pattern directories searched before the shipped `patterns/`. */
    patternDirs?: string[];
    /** Element severity overrides: "warn" turns a fail into a warning, "error" a warning into a fail, "off" drops it. */
    elements?: Record<string, Severity>;
    /** Claim lines to check against the note, e.g. "27506,20702,20700-51". */
    claim?: string | string[];
    /** A CMS NCCI add-on code edit file; its primary lists take precedence over the shipped ones. */
    aocFile?: string;
    /** Date the AOC file's rows are judged on (YYYY-MM-DD; default today). */
    asOf?: string;
    /** Draft a physician query for failing and warning elements. */
    query?: boolean;
}
export declare class UsageError extends Error {
    name: string;
}
/** Throw a UsageError unless `code` is "auto" or a family code. */
export declare function validateCode(code: string | number | undefined): void;
/** A note as text, or as the bytes of a file (decoded like a file: BOM, UTF-16, Windows-1252 fallback). */
export type NoteInput = string | Uint8Array;
/**
 * Check one note: one result per code (with `code: "auto"`, one per code the operation's device events
 * support, in the order the events appear; a single `no-device` result when the operation places and
 * removes no drug-delivery device; a single result with `code: null` judged against 20702 when a device
 * event has no specific site).
 */
export declare function checkNoteAll(input: NoteInput, options?: CheckOptions): NoteResult[];
/** Check one note against one code: the first result of `checkNoteAll`. */
export declare function checkNote(input: NoteInput, opts?: CheckOptions): NoteResult;
