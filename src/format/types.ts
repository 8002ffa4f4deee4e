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

// ---------------------------------------------------------------------------------------------------------
// Small helpers shared by the formatters (pure functions, no I/O).

/**
 * The code a result's elements were judged against. Contract v1: with `--code auto` and no insertion found,
 * `code` is null and the elements are still judged against 20702.
 */
export const DEFAULT_CODE = '20702';
export function effectiveCode(r: NoteResult): string {
  return r.code ?? DEFAULT_CODE;
}

/** True when a source names stdin rather than a file. */
export function isStdin(source: string): boolean {
  return source === '-' || source === '<stdin>' || source === 'stdin';
}

/**
 * A source path as a path relative to `cwd`, with forward slashes ("stdin" for stdin). Sources that are not
 * file paths (e.g. ids from --stdin-jsonl) come back unchanged apart from slashes.
 */
export function relativePath(source: string, cwd: string): string {
  if (isStdin(source)) return 'stdin';
  let p = source.replace(/\\/g, '/');
  const base = cwd.replace(/\\/g, '/').replace(/\/+$/, '');
  const isAbs = p.startsWith('/') || /^[A-Za-z]:\//.test(p);
  if (isAbs) {
    if (p === base) return '.';
    if (base && p.startsWith(base + '/')) p = p.slice(base.length + 1);
    else if (base) p = relativeFrom(base, p);
  }
  p = p.replace(/^(\.\/)+/, '').replace(/\/{2,}/g, '/');
  return p || '.';
}

function relativeFrom(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  if (/^[A-Za-z]:$/.test(a[0] ?? '') && a[0]!.toLowerCase() !== (b[0] ?? '').toLowerCase()) return to;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...Array(a.length - i).fill('..'), ...b.slice(i)].join('/');
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
export function pathToUriRef(rel: string): string {
  return rel
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}
