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
import { lazy, zod } from './deps.js';
export const BASELINE_VERSION = 1;
/** A baseline file that cannot be used; one-line message naming the file. */
export class BaselineError extends Error {
    file;
    problem;
    constructor(file, problem) {
        super(`${file}: ${problem}`);
        this.file = file;
        this.problem = problem;
        this.name = 'BaselineError';
    }
}
/** The key a source is stored under. */
export function normalizeSource(source, cwd = process.cwd()) {
    let s = source;
    if (s !== '-' && isAbsolute(s)) {
        const rel = relative(cwd, s);
        if (rel && !rel.startsWith('..') && !isAbsolute(rel))
            s = rel;
    }
    s = s.replace(/\\/g, '/');
    while (s.startsWith('./'))
        s = s.slice(2);
    return s;
}
/** Stable fingerprint of what an element found: its evidence quotes and its message, not positions. */
export function elementHash(parts) {
    const h = createHash('sha256');
    for (const e of parts.evidence ?? [])
        h.update(e.text).update('\u0000');
    h.update('\u0001').update(parts.message);
    return h.digest('hex').slice(0, 16);
}
function findingHash(f) {
    return elementHash({ evidence: f.codes.map((c) => ({ text: c })), message: f.message });
}
function counts(status, failOn) {
    return status === 'fail' || (failOn === 'warn' && status === 'warn');
}
/** The gate-failing items of one result, as baseline entries. */
export function failingEntries(result, opts = {}) {
    if (result.status === 'error')
        return [];
    const failOn = opts.failOn ?? 'fail';
    const source = normalizeSource(result.source, opts.cwd);
    const out = [];
    for (const el of result.elements) {
        if (counts(el.status, failOn))
            out.push({ source, code: result.code, element: el.id, hash: elementHash(el) });
    }
    for (const f of result.claim?.findings ?? []) {
        if (counts(f.status, failOn))
            out.push({ source, code: result.code, element: `claim:${f.id}`, hash: findingHash(f) });
    }
    return out;
}
const keyOf = (e) => JSON.stringify([e.source, e.code, e.element, e.hash]);
const byKey = (a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
};
/** Collects entries while results stream by (`--write-baseline`). */
export class BaselineRecorder {
    opts;
    entries = [];
    constructor(opts = {}) {
        this.opts = opts;
    }
    /** Add the results of one note (or any results). */
    add(results) {
        for (const r of Array.isArray(results) ? results : [results])
            this.entries.push(...failingEntries(r, this.opts));
    }
    get size() {
        return this.entries.length;
    }
    /** The baseline, entries sorted so the file is stable across runs and diffs well. */
    toBaseline() {
        return { version: BASELINE_VERSION, tool: 'oplint', entries: [...this.entries].sort(byKey) };
    }
}
/** Build a baseline from finished results in one go. */
export function createBaseline(results, opts = {}) {
    const rec = new BaselineRecorder(opts);
    for (const r of results)
        rec.add(r);
    return rec.toBaseline();
}
export function serializeBaseline(b) {
    const lines = b.entries.map((e) => `    ${JSON.stringify(e)}`);
    return `{\n  "version": ${b.version},\n  "tool": "oplint",\n  "entries": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}
const __schemas = lazy(() => {
    const z = zod();
    const baselineSchema = z.object({
        version: z.literal(BASELINE_VERSION, { error: `unsupported baseline version (this oplint reads version ${BASELINE_VERSION})` }),
        tool: z.literal('oplint').optional(),
        entries: z.array(z.object({
            source: z.string(),
            code: z.string().nullable(),
            element: z.string(),
            hash: z.string().regex(/^[0-9a-f]{8,64}$/),
        })),
    });
    return { baselineSchema };
});
const baselineSchema = () => __schemas().baselineSchema;
/** Parse baseline JSON; `file` only names the file in errors. */
export function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new BaselineError(file, `invalid JSON: ${err.message.split('\n')[0]}`);
    }
    const res = baselineSchema().safeParse(data);
    if (!res.success) {
        const issue = res.error.issues[0];
        const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
        const problem = issue.path[0] === 'version' ? issue.message : `not an oplint baseline${where}: ${issue.message}`;
        throw new BaselineError(file, problem);
    }
    return { version: BASELINE_VERSION, tool: 'oplint', entries: res.data.entries };
}
/** Read a baseline file (`--baseline`). Throws BaselineError with a one-line message. */
export function readBaseline(file, cwd = process.cwd()) {
    let text;
    try {
        text = readFileSync(resolve(cwd, file), 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new BaselineError(file, code === 'ENOENT' ? 'baseline file not found (create it with --write-baseline)' : `cannot read baseline (${code})`);
    }
    return parseBaseline(text, file);
}
/** Write a baseline file (`--write-baseline`). Throws BaselineError with a one-line message. */
export function writeBaseline(file, baseline, cwd = process.cwd()) {
    try {
        writeFileSync(resolve(cwd, file), serializeBaseline(baseline));
    }
    catch (err) {
        throw new BaselineError(file, `cannot write baseline (${err.code ?? 'error'})`);
    }
}
/**
 * Applies a baseline to results as they stream by (`--baseline`). One instance per run:
 * call `apply()` for every result, then read `newFailures` and `fixedCount()` at the end.
 */
export class BaselineFilter {
    opts;
    remaining = new Map();
    bySource = new Map();
    seenSources = new Set();
    failOn;
    /** Gate failures not in the baseline, so far. */
    newFailures = 0;
    /** Gate failures that the baseline suppressed, so far. */
    baselined = 0;
    constructor(baseline, opts = {}) {
        this.opts = opts;
        this.failOn = opts.failOn ?? 'fail';
        for (const e of baseline.entries) {
            const k = keyOf(e);
            this.remaining.set(k, (this.remaining.get(k) ?? 0) + 1);
            const keys = this.bySource.get(e.source) ?? new Set();
            keys.add(k);
            this.bySource.set(e.source, keys);
        }
    }
    /** Return a copy of `result` with baselined items marked and the note status recomputed. */
    apply(result) {
        if (result.status === 'error')
            return result;
        const source = normalizeSource(result.source, this.opts.cwd);
        this.seenSources.add(source);
        const take = (element, hash) => {
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
        const elements = result.elements.map((el) => {
            if (!counts(el.status, this.failOn) || !take(el.id, elementHash(el)))
                return el;
            changed = true;
            return { ...el, baselined: true };
        });
        let claim = result.claim;
        if (claim) {
            const findings = claim.findings.map((f) => {
                if (!counts(f.status, this.failOn) || !take(`claim:${f.id}`, findingHash(f)))
                    return f;
                changed = true;
                return { ...f, baselined: true };
            });
            claim = { ...claim, findings };
        }
        if (!changed)
            return result;
        const out = { ...result, elements, ...(claim ? { claim } : {}) };
        if (result.status === 'fail') {
            const stillFails = elements.some((e) => e.status === 'fail' && !e.baselined) ||
                claim?.findings?.some((f) => f.status === 'fail' && !f.baselined) === true;
            if (!stillFails)
                out.status = 'pass';
        }
        return out;
    }
    /** Baseline entries for notes checked in this run that no longer fail (fixed since the baseline). */
    fixedCount() {
        let fixed = 0;
        for (const source of this.seenSources) {
            for (const k of this.bySource.get(source) ?? [])
                fixed += this.remaining.get(k) ?? 0;
        }
        return fixed;
    }
}
/** Batch form: apply a baseline to all results at once. */
export function applyBaseline(results, baseline, opts = {}) {
    const f = new BaselineFilter(baseline, opts);
    const out = results.map((r) => f.apply(r));
    return { results: out, newFailures: f.newFailures, fixed: f.fixedCount() };
}
/**
 * Does this (possibly baselined) result fail the gate? `fail` notes always do; with `failOn: 'warn'`
 * a warn element (or claim finding) that is not baselined does too. `error` results are not gate
 * failures here: the CLI maps unreadable inputs to exit 2 separately.
 */
export function failsGate(result, failOn = 'fail') {
    if (result.status === 'fail')
        return true;
    if (result.status !== 'pass' || failOn !== 'warn')
        return false;
    const els = result.elements;
    const findings = (result.claim?.findings ?? []);
    return els.some((e) => e.status === 'warn' && !e.baselined) || findings.some((f) => f.status === 'warn' && !f.baselined);
}
