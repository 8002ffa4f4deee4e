/**
 * The HTML renderer shared by `--format html` and `oplint serve`: one note as an `<article>` (checklist per
 * code, highlighted note text, devices, suggested codes, claim findings, query drafts), the batch summary
 * (counts, charts, tables by folder and by surgeon) and the page shell (CSP, styles, script).
 *
 * Pure functions returning strings; every value from a note, a file name or a pack is escaped.
 */
import type { NoteResult } from '../../types.js';
export declare function statusInfo(status: string): {
    icon: string;
    text: string;
    tone: string;
};
export declare function badge(status: string): string;
/** A note's overall status: error, then fail, then any other non-pass status, then pass. */
export declare function noteStatus(results: NoteResult[]): string;
export interface NoteInput {
    /** 1-based position in the report; ids are built from it (never from file names). */
    index: number;
    /** All results of the note (one per code). */
    results: NoteResult[];
    /** The note text as checked, when known. */
    text?: string;
    /** Why the text is missing (shown instead of the text). */
    textMissing?: string;
    /** Surgeon from the note's header field. */
    surgeon?: string;
    /** Show --explain details. */
    explain?: boolean;
    /** Label of the source shown in the heading (default: the result's source). */
    label?: string;
}
/** A gap: an element that failed or warned, for the summary. */
export interface Gap {
    code: string;
    element: string;
    label: string;
    status: 'fail' | 'warn';
}
export interface NoteSummary {
    source: string;
    status: string;
    surgeon?: string;
    gaps: Gap[];
}
export interface RenderedNote {
    /** HTML up to the `<details` attribute position. */
    head: string;
    /** The rest; join as `head + (open ? ' open' : '') + tail`. */
    tail: string;
    summary: NoteSummary;
}
/** Render one note; `open` is decided by the caller (large batches collapse). */
export declare function renderNote(input: NoteInput): RenderedNote;
export interface BatchFacts {
    notes: NoteSummary[];
    folderOf: (source: string) => string;
    /** Results-level totals from the CLI. */
    checked: number;
    baselineFixed?: number;
}
/** The summary at the top of a report. */
export declare function renderSummary(f: BatchFacts): string;
