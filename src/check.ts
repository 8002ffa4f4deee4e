import type { DeviceEvent, ElementResult, NoteResult } from './types.js';
import { Analysis } from './nlp/analyze.js';
import { analyseDevices, eventEvidence } from './nlp/devices.js';
import { evaluatePack, primaryFacts } from './rules/evaluate.js';
import { checkClaim, claimFactsFromResult, claimFails } from './claim/checks.js';
import { loadAocFile, type AocData } from './claim/aoc.js';
import { parseClaim } from './claim/parse.js';
import { draftQuery } from './query.js';
import { codeFor, FAMILY, loadCodePack, removalOnlyCodes } from './rules/pack.js';

export type Severity = 'error' | 'warn' | 'off';

export interface CheckOptions {
  /** Path as given, or "-" for stdin. */
  source?: string;
  /** A family code (20700-20705) or "auto" (default). */
  code?: string;
  /** Attach to each element the pattern, term and context that decided it. */
  explain?: boolean;
  /** Extra pattern directories searched before the shipped `patterns/`. */
  patternDirs?: string[];
  /** Element severity overrides: "warn" turns a fail into a warning, "error" a warning into a fail, "off" drops it. */
  elements?: Record<string, Severity>;
  /** Claim lines to check against the note, e.g. "27506,20702,20700-51". */
  claim?: string;
  /** A CMS NCCI add-on code edit file; its primary lists take precedence over the shipped ones. */
  aocFile?: string;
  /** Date the AOC file's rows are judged on (YYYY-MM-DD; default today). */
  asOf?: string;
  /** Draft a physician query for failing and warning elements. */
  query?: boolean;
}

const aocCache = new Map<string, AocData>();
function aocData(file: string): AocData {
  let d = aocCache.get(file);
  if (!d) {
    d = loadAocFile(file);
    aocCache.set(file, d);
  }
  return d;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Throw a UsageError unless `code` is "auto" or a family code. */
export function validateCode(code: string | undefined): void {
  if (code === undefined || code === 'auto') return;
  if (!(FAMILY as readonly string[]).includes(code)) {
    throw new UsageError(`unknown code '${code}': use auto or one of ${FAMILY.join(', ')}`);
  }
}

function applySeverity(elements: ElementResult[], overrides: Record<string, Severity> | undefined): ElementResult[] {
  if (!overrides) return elements;
  const out: ElementResult[] = [];
  for (const e of elements) {
    const sev = overrides[e.id];
    if (sev === 'off') continue;
    if (sev === 'warn' && e.status === 'fail') out.push({ ...e, status: 'warn' });
    else if (sev === 'error' && e.status === 'warn') out.push({ ...e, status: 'fail' });
    else out.push(e);
  }
  return out;
}

/**
 * Check one note: one result per code (with `code: "auto"`, one per suggested code in the order the events
 * appear, or a single result with `code: null` judged against 20702 when no code is supported).
 */
export function checkNoteAll(text: string, opts: CheckOptions = {}): NoteResult[] {
  validateCode(opts.code);
  const source = opts.source ?? '-';
  const dirs = opts.patternDirs ?? [];
  if (!text.trim()) {
    return [{ source, status: 'error', code: null, suggestedCodes: [], devices: [], elements: [], error: { message: 'empty note' } }];
  }
  const a = new Analysis(text, dirs);
  const dev = analyseDevices(a);
  const devices: DeviceEvent[] = dev.events.map((e) => ({ action: e.action, site: e.site, evidence: eventEvidence(a, e) }));
  const suggestedCodes: string[] = [];
  for (const e of dev.events) {
    const c = codeFor(e.action, e.site, dirs);
    if (c && !suggestedCodes.includes(c)) suggestedCodes.push(c);
  }
  const wanted = opts.code && opts.code !== 'auto' ? [opts.code] : suggestedCodes.length ? suggestedCodes : [null];
  const claimLines = opts.claim ? parseClaim(opts.claim) : undefined;
  const facts = claimLines ? primaryFacts(a) : undefined;
  const removalCodes = claimLines ? removalOnlyCodes(dirs) : new Set<string>();
  return wanted.map((code) => {
    const pack = loadCodePack(code ?? '20702', dirs);
    const elements = applySeverity(evaluatePack({ a, dev, pack, explain: !!opts.explain, patternDirs: dirs }), opts.elements);
    let failed = code === null || elements.some((e) => e.status === 'fail');
    const result: NoteResult = { source, status: 'pass', code, suggestedCodes, devices, elements };
    if (claimLines && facts) {
      const noteFacts = claimFactsFromResult(result, {
        primaryCodesInNote: facts.codes,
        otherProceduresDocumented: facts.codes.some((c) => !removalCodes.has(c)) || facts.described || dev.events.some((e) => e.action === 'insert'),
      });
      result.claim = checkClaim(claimLines, noteFacts, {
        ...(opts.aocFile ? { aoc: aocData(opts.aocFile) } : {}),
        ...(opts.asOf ? { asOf: new Date(opts.asOf) } : {}),
      });
      if (claimFails(result.claim)) failed = true;
    }
    result.status = failed ? 'fail' : 'pass';
    if (opts.query) {
      const q = draftQuery(result, text);
      if (q) result.query = q;
    }
    return result;
  });
}

/** Check one note against one code: the first result of `checkNoteAll`. */
export function checkNote(text: string, opts: CheckOptions = {}): NoteResult {
  return checkNoteAll(text, opts)[0]!;
}
