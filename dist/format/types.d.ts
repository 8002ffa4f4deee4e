/**
 * Formatter interface shared by every output format (pretty, json, jsonl, sarif, junit, csv, markdown).
 *
 * Streaming-first: the CLI writes `begin()`, then `result()` once per note as results arrive (in input
 * order), then `end()`. Each call returns the text to write (possibly ''). Formats that need totals
 * (SARIF, JUnit, JSON) may buffer internally and emit everything from `end()`.
 */
import type { NoteResult, Summary } from '../types.js';
/** Rule metadata, used for SARIF `driver.rules` (one per `code/element`). */
export interface RuleMeta {
    /** CPT code, e.g. "20702". */
    code: string;
    /** Element id, e.g. "placement-site". */
    element: string;
    /** Human label, e.g. "Placement site". */
    label: string;
    /** One-line description of what the element checks. */
    description: string;
    /** Help text: how to satisfy the element (e.g. the fix). */
    help: string;
}
export interface FormatContext {
    /** Emit ANSI colour (pretty only). */
    color: boolean;
    /** Include --explain details where the format supports them. */
    explain: boolean;
    /** Working directory; SARIF and other path-bearing formats make sources relative to it. */
    cwd: string;
    /** oplint version (tool.version). */
    version: string;
    /** Include clinical queries where supported. */
    query?: boolean;
    /** Known rules (for SARIF driver.rules); rules seen in results are added as they stream. */
    rules?: RuleMeta[];
    /** Only failing notes (pretty/markdown may honour it). */
    quiet?: boolean;
    /**
     * Folder artifact URIs are relative to (SARIF `originalUriBaseIds.SRCROOT`): the git top level when the
     * run is inside a work tree, else the working directory. Default: `cwd`.
     */
    root?: string;
    /** Columns to wrap pretty output at (the terminal's width; 80 when not a terminal). */
    width?: number;
    /** JUnit: write the non-standard `file` attribute on testcases (default true; GitLab and Jenkins read it). */
    junitFile?: boolean;
}
/** Extra information known only at the end of a run. */
export interface EndExtra {
    /** Number of baselined failures that are now fixed (with --baseline). */
    baselineFixed?: number;
}
export interface Formatter {
    /** Text written before any result (may be ''). */
    begin(): string;
    /** All results (one per code) of ONE note; returns text to write now (may be '' when buffering). */
    result(results: NoteResult[]): string;
    /** Text written at the end (totals, closing brackets, buffered documents). */
    end(summary: Summary, extra?: EndExtra): string;
}
export type FormatterFactory = (ctx: FormatContext) => Formatter;
/**
 * The code a result's elements were judged against. Contract v1: with `--code auto` and no insertion found,
 * `code` is null and the elements are still judged against 20702.
 */
export declare const DEFAULT_CODE = "20702";
export declare function effectiveCode(r: NoteResult): string;
/** True when a source names stdin rather than a file. */
export declare function isStdin(source: string): boolean;
/**
 * A source path as a path relative to `cwd`, with forward slashes ("stdin" for stdin). Sources that are not
 * file paths (e.g. ids from --stdin-jsonl) come back unchanged apart from slashes.
 */
export declare function relativePath(source: string, cwd: string): string;
/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
export declare function pathToUriRef(rel: string): string;
