/**
 * Baselines: adopt oplint on a folder of legacy notes without drowning in old failures.
 *
 * `--write-baseline <file>` records today's gate failures, one entry per failing element of a note:
 * `{ source, code, element, hash }`, where `hash` is a short sha256 of the element's evidence quotes and
 * message (line numbers are left out, so edits elsewhere in the note do not invalidate the entry).
 * `--baseline <file>` then reports and fails on new failures only.
 *
 * Design of a filtered result (what `BaselineFilter.apply` returns):
 * - The element keeps its real `status` ('fail' or 'warn'): the checklist stays truthful.
 * - It gains `baselined: true`. Formatters should show it as known/suppressed (SARIF: a `suppressions`
 *   entry; pretty/markdown: a "(baselined)" mark) and gate logic ignores it.
 * - The note's `status` is recomputed: a note whose only failing elements are baselined becomes `pass`,
 *   so summaries and exit codes count new failures only. An `error` note is never touched.
 * - Claim findings (when present) are handled the same way, with element id `claim:<finding id>`.
 *
 * Sources are stored with `/` separators and without a leading `./`; absolute paths inside `cwd` are made
 * relative to it. Run with the same working directory when writing and applying a baseline (as with
 * ESLint's suppressions file).
 *
 * `fixedCount()` counts baseline entries for notes checked in this run that no longer fail; entries for
 * notes not checked in this run (e.g. pre-commit passing only changed files) are not counted as fixed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { lazy, zod } from './deps.js';
import type { ClaimFinding, ElementResult, NoteResult } from './types.js';

export const BASELINE_VERSION = 1;

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
export type BaselinedElement = ElementResult & { baselined?: true };
export type BaselinedFinding = ClaimFinding & { baselined?: true };

/** A baseline file that cannot be used; one-line message naming the file. */
export class BaselineError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'BaselineError';
  }
}

export interface BaselineOptions {
  /** Gate policy: with 'warn', warn elements are failures too (recorded and filtered). Default 'fail'. */
  failOn?: FailOn;
  /** Working directory for making absolute sources relative. Default process.cwd(). */
  cwd?: string;
}

/** The key a source is stored under. */
export function normalizeSource(source: string, cwd = process.cwd()): string {
  let s = source;
  if (s !== '-' && isAbsolute(s)) {
    const rel = relative(cwd, s);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) s = rel;
  }
  s = s.replace(/\\/g, '/');
  while (s.startsWith('./')) s = s.slice(2);
  return s;
}

/** Stable fingerprint of what an element found: its evidence quotes and its message, not positions. */
export function elementHash(parts: { evidence?: { text: string }[]; message: string }): string {
  const h = createHash('sha256');
  for (const e of parts.evidence ?? []) h.update(e.text).update('\u0000');
  h.update('\u0001').update(parts.message);
  return h.digest('hex').slice(0, 16);
}

function findingHash(f: ClaimFinding): string {
  return elementHash({ evidence: f.codes.map((c) => ({ text: c })), message: f.message });
}

function counts(status: string, failOn: FailOn): boolean {
  return status === 'fail' || (failOn === 'warn' && status === 'warn');
}

/** The gate-failing items of one result, as baseline entries. */
export function failingEntries(result: NoteResult, opts: BaselineOptions = {}): BaselineEntry[] {
  if (result.status === 'error') return [];
  const failOn = opts.failOn ?? 'fail';
  const source = normalizeSource(result.source, opts.cwd);
  const out: BaselineEntry[] = [];
  for (const el of result.elements) {
    if (counts(el.status, failOn)) out.push({ source, code: result.code, element: el.id, hash: elementHash(el) });
  }
  for (const f of result.claim?.findings ?? []) {
    if (counts(f.status, failOn)) out.push({ source, code: result.code, element: `claim:${f.id}`, hash: findingHash(f) });
  }
  return out;
}

const keyOf = (e: BaselineEntry): string => JSON.stringify([e.source, e.code, e.element, e.hash]);

const byKey = (a: BaselineEntry, b: BaselineEntry): number => {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** Collects entries while results stream by (`--write-baseline`). */
export class BaselineRecorder {
  private readonly entries: BaselineEntry[] = [];
  constructor(private readonly opts: BaselineOptions = {}) {}

  /** Add the results of one note (or any results). */
  add(results: NoteResult | NoteResult[]): void {
    for (const r of Array.isArray(results) ? results : [results]) this.entries.push(...failingEntries(r, this.opts));
  }

  get size(): number {
    return this.entries.length;
  }

  /** The baseline, entries sorted so the file is stable across runs and diffs well. */
  toBaseline(): Baseline {
    return { version: BASELINE_VERSION, tool: 'oplint', entries: [...this.entries].sort(byKey) };
  }
}

/** Build a baseline from finished results in one go. */
export function createBaseline(results: Iterable<NoteResult>, opts: BaselineOptions = {}): Baseline {
  const rec = new BaselineRecorder(opts);
  for (const r of results) rec.add(r);
  return rec.toBaseline();
}

export function serializeBaseline(b: Baseline): string {
  const lines = b.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "version": ${b.version},\n  "tool": "oplint",\n  "entries": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

const __schemas = lazy(() => {
  const z = zod();
  const baselineSchema = z.object({
    version: z.literal(BASELINE_VERSION, { error: `unsupported baseline version (this oplint reads version ${BASELINE_VERSION})` }),
    tool: z.literal('oplint').optional(),
    entries: z.array(
      z.object({
        source: z.string(),
        code: z.string().nullable(),
        element: z.string(),
        hash: z.string().regex(/^[0-9a-f]{8,64}$/),
      }),
    ),
  });
  return { baselineSchema };
});
const baselineSchema = () => __schemas().baselineSchema;

/** Parse baseline JSON; `file` only names the file in errors. */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(file, `invalid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  const res = baselineSchema().safeParse(data);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    const problem = issue.path[0] === 'version' ? issue.message : `not an oplint baseline${where}: ${issue.message}`;
    throw new BaselineError(file, problem);
  }
  return { version: BASELINE_VERSION, tool: 'oplint', entries: res.data.entries };
}

/** Read a baseline file (`--baseline`). Throws BaselineError with a one-line message. */
export function readBaseline(file: string, cwd = process.cwd()): Baseline {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new BaselineError(file, code === 'ENOENT' ? 'baseline file not found (create it with --write-baseline)' : `cannot read baseline (${code})`);
  }
  return parseBaseline(text, file);
}

/** Write a baseline file (`--write-baseline`). Throws BaselineError with a one-line message. */
export function writeBaseline(file: string, baseline: Baseline, cwd = process.cwd()): void {
  try {
    writeFileSync(resolve(cwd, file), serializeBaseline(baseline));
  } catch (err) {
    throw new BaselineError(file, `cannot write baseline (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Applies a baseline to results as they stream by (`--baseline`). One instance per run:
 * call `apply()` for every result, then read `newFailures` and `fixedCount()` at the end.
 */
export class BaselineFilter {
  private readonly remaining = new Map<string, number>();
  private readonly bySource = new Map<string, Set<string>>();
  private readonly seenSources = new Set<string>();
  private readonly failOn: FailOn;
  /** Gate failures not in the baseline, so far. */
  newFailures = 0;
  /** Gate failures that the baseline suppressed, so far. */
  baselined = 0;

  constructor(
    baseline: Baseline,
    private readonly opts: BaselineOptions = {},
  ) {
    this.failOn = opts.failOn ?? 'fail';
    for (const e of baseline.entries) {
      const k = keyOf(e);
      this.remaining.set(k, (this.remaining.get(k) ?? 0) + 1);
      const keys = this.bySource.get(e.source) ?? new Set<string>();
      keys.add(k);
      this.bySource.set(e.source, keys);
    }
  }

  /** Return a copy of `result` with baselined items marked and the note status recomputed. */
  apply(result: NoteResult): NoteResult {
    if (result.status === 'error') return result;
    const source = normalizeSource(result.source, this.opts.cwd);
    this.seenSources.add(source);
    const take = (element: string, hash: string): boolean => {
      const k = keyOf({ source, code: result.code, element, hash });
      const n = this.remaining.get(k) ?? 0;
      if (n > 0) {
        this.remaining.set(k, n - 1);
        this.baselined++;
        return true;
      }
      this.newFailures++;
      return false;
    };
    let changed = false;
    const elements = result.elements.map((el): BaselinedElement => {
      if (!counts(el.status, this.failOn) || !take(el.id, elementHash(el))) return el;
      changed = true;
      return { ...el, baselined: true };
    });
    let claim = result.claim;
    if (claim) {
      const findings = claim.findings.map((f): BaselinedFinding => {
        if (!counts(f.status, this.failOn) || !take(`claim:${f.id}`, findingHash(f))) return f;
        changed = true;
        return { ...f, baselined: true };
      });
      claim = { ...claim, findings };
    }
    if (!changed) return result;
    const out: NoteResult = { ...result, elements, ...(claim ? { claim } : {}) };
    if (result.status === 'fail') {
      const stillFails =
        elements.some((e) => e.status === 'fail' && !e.baselined) ||
        (claim?.findings as BaselinedFinding[] | undefined)?.some((f) => f.status === 'fail' && !f.baselined) === true;
      if (!stillFails) out.status = 'pass';
    }
    return out;
  }

  /** Baseline entries for notes checked in this run that no longer fail (fixed since the baseline). */
  fixedCount(): number {
    let fixed = 0;
    for (const source of this.seenSources) {
      for (const k of this.bySource.get(source) ?? []) fixed += this.remaining.get(k) ?? 0;
    }
    return fixed;
  }
}

/** Batch form: apply a baseline to all results at once. */
export function applyBaseline(
  results: NoteResult[],
  baseline: Baseline,
  opts: BaselineOptions = {},
): { results: NoteResult[]; newFailures: number; fixed: number } {
  const f = new BaselineFilter(baseline, opts);
  const out = results.map((r) => f.apply(r));
  return { results: out, newFailures: f.newFailures, fixed: f.fixedCount() };
}

/**
 * Does this (possibly baselined) result fail the gate? `fail` notes always do; with `failOn: 'warn'`
 * a warn element (or claim finding) that is not baselined does too. `error` results are not gate
 * failures here: the CLI maps unreadable inputs to exit 2 separately.
 */
export function failsGate(result: NoteResult, failOn: FailOn = 'fail'): boolean {
  if (result.status === 'fail') return true;
  if (result.status !== 'pass' || failOn !== 'warn') return false;
  const els = result.elements as BaselinedElement[];
  const findings = (result.claim?.findings ?? []) as BaselinedFinding[];
  return els.some((e) => e.status === 'warn' && !e.baselined) || findings.some((f) => f.status === 'warn' && !f.baselined);
}
