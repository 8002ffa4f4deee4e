import type { ClaimFinding, ElementResult, NoteResult } from './types.js';
export declare const BASELINE_VERSION = 1;
export type FailOn = 'fail' | 'warn';
export interface BaselineEntry {
    source: string;
    /** The result's code; null when no code was determined (elements were judged against 20702). */
    code: string | null;
    /** Element id, or `claim:<id>` for a claim finding. */
    element: string;
    /** 16 hex characters of sha256(evidence quotes + message). */
    hash: string;
}
export interface Baseline {
    version: 1;
    tool: 'oplint';
    entries: BaselineEntry[];
}
/** An element after a baseline was applied. */
export type BaselinedElement = ElementResult & {
    baselined?: true;
};
export type BaselinedFinding = ClaimFinding & {
    baselined?: true;
};
/** A baseline file that cannot be used; one-line message naming the file. */
export declare class BaselineError extends Error {
    readonly file: string;
    readonly problem: string;
    constructor(file: string, problem: string);
}
export interface BaselineOptions {
    /** Gate policy: with 'warn', warn elements are failures too (recorded and filtered). Default 'fail'. */
    failOn?: FailOn;
    /** Working directory for making absolute sources relative. Default process.cwd(). */
    cwd?: string;
}
/** The key a source is stored under. */
export declare function normalizeSource(source: string, cwd?: string): string;
/** Stable fingerprint of what an element found: its evidence quotes and its message, not positions. */
export declare function elementHash(parts: {
    evidence?: {
        text: string;
    }[];
    message: string;
}): string;
/** The gate-failing items of one result, as baseline entries. */
export declare function failingEntries(result: NoteResult, opts?: BaselineOptions): BaselineEntry[];
/** Collects entries while results stream by (`--write-baseline`). */
export declare class BaselineRecorder {
    private readonly opts;
    private readonly entries;
    constructor(opts?: BaselineOptions);
    /** Add the results of one note (or any results). */
    add(results: NoteResult | NoteResult[]): void;
    get size(): number;
    /** The baseline, entries sorted so the file is stable across runs and diffs well. */
    toBaseline(): Baseline;
}
/** Build a baseline from finished results in one go. */
export declare function createBaseline(results: Iterable<NoteResult>, opts?: BaselineOptions): Baseline;
export declare function serializeBaseline(b: Baseline): string;
/** Parse baseline JSON; `file` only names the file in errors. */
export declare function parseBaseline(text: string, file: string): Baseline;
/** Read a baseline file (`--baseline`). Throws BaselineError with a one-line message. */
export declare function readBaseline(file: string, cwd?: string): Baseline;
/** Write a baseline file (`--write-baseline`). Throws BaselineError with a one-line message. */
export declare function writeBaseline(file: string, baseline: Baseline, cwd?: string): void;
/**
 * Applies a baseline to results as they stream by (`--baseline`). One instance per run:
 * call `apply()` for every result, then read `newFailures` and `fixedCount()` at the end.
 */
export declare class BaselineFilter {
    private readonly opts;
    private readonly remaining;
    private readonly bySource;
    private readonly seenSources;
    private readonly failOn;
    /** Gate failures not in the baseline, so far. */
    newFailures: number;
    /** Gate failures that the baseline suppressed, so far. */
    baselined: number;
    constructor(baseline: Baseline, opts?: BaselineOptions);
    /** Return a copy of `result` with baselined items marked and the note status recomputed. */
    apply(result: NoteResult): NoteResult;
    /** Baseline entries for notes checked in this run that no longer fail (fixed since the baseline). */
    fixedCount(): number;
}
/** Batch form: apply a baseline to all results at once. */
export declare function applyBaseline(results: NoteResult[], baseline: Baseline, opts?: BaselineOptions): {
    results: NoteResult[];
    newFailures: number;
    fixed: number;
};
/**
 * Does this (possibly baselined) result fail the gate? `fail` notes always do; with `failOn: 'warn'`
 * a warn element (or claim finding) that is not baselined does too. `error` results are not gate
 * failures here: the CLI maps unreadable inputs to exit 2 separately.
 */
export declare function failsGate(result: NoteResult, failOn?: FailOn): boolean;
