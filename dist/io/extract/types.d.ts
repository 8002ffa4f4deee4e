/** Shared shapes of the extraction stage (src/io/extract/*). */
import type { NoteFormat } from '../../types.js';
export type { NoteFormat };
/**
 * From line `line` (1-based, in the extracted text) on, quotes come from this place in the original,
 * until the next locator. Lets evidence carry `page` (PDF), `segment` (HL7 v2) or `section` (C-CDA).
 */
export interface Locator {
    line: number;
    page?: number;
    segment?: number;
    section?: string;
}
/** One note taken out of a file. */
export interface ExtractedNote {
    text: string;
    /** What this note was read as (a FHIR resource carrying a PDF is `fhir`). */
    format: NoteFormat;
    warnings: string[];
    /** Sorted by `line`. */
    locators?: Locator[];
}
/** One note of a container that could not be read (e.g. an HL7 message with no OBX text). */
export interface ExtractedError {
    error: string;
}
export type ExtractItem = ExtractedNote | ExtractedError;
/** Thrown by an extractor for a whole file that cannot be read; the message is one line for the user. */
export declare class ExtractError extends Error {
    readonly kind: 'error' | 'skip';
    name: string;
    /** `skip`: not a note at all (a JSON file that is not FHIR) — a note on stderr, not an error, in folder scans. */
    constructor(message: string, kind?: 'error' | 'skip');
}
export interface ExtractContext {
    /** Largest text / inflated size accepted, in bytes (`--max-size`). */
    maxSize: number;
    /** File name (for the extension fallback); may be empty. */
    name: string;
    /** Nesting depth (an HL7 ED or a FHIR attachment holding a PDF is depth 1); containers stop at 2. */
    depth: number;
}
/** Lines in `text` up to `offset` (1-based line of the character at `offset`). */
export declare function lineAt(text: string, offset: number): number;
/** Tidy extracted text: LF line ends, no trailing spaces, at most one blank line in a row, no blank edges. */
export declare function tidy(text: string): string;
/**
 * Builds extracted text line by line, each line tagged with where it came from; collapses runs of
 * blank lines and drops leading ones, so locators stay exact.
 */
export declare class LineBuilder {
    private lines;
    private locs;
    private lastKey;
    /** Add one or more lines (split on newlines) from `from` (page / segment / section). */
    add(text: string, from?: Omit<Locator, 'line'>): void;
    /** A paragraph break (one blank line). */
    blank(): void;
    get empty(): boolean;
    text(): string;
    locators(): Locator[];
}
