/**
 * Claim-level checks: the claim lines judged against the note's device events and the code knowledge.
 *
 * Finding ids: addon-without-primary, primary-not-listed, modifier-51-on-addon, site-mismatch,
 * code-not-documented, documented-not-claimed, units-per-site, removal-only, excluded-pair.
 *
 * Pass findings: only two checks report a pass, because they answer the questions a coder asks first
 * ("is the add-on backed by an eligible primary?" and "does the claimed site match the note?"):
 * `addon-without-primary` (naming the primary found and the list it was checked against) and
 * `site-mismatch` (the claimed family codes agree with the documented sites). The other checks report only
 * problems. Any `fail` finding should fail the result (applied by the caller).
 *
 * Primary lists: a CMS AOC file (opts.aoc) takes precedence for an add-on it contains; a primary missing
 * from a Type 1 AOC list fails, from a Type 3 list warns, and Type 2 add-ons (no list) are not checked.
 * Without the file, the shipped list is used and a missing primary only warns (with source and confidence).
 */
import type { ClaimFinding, ClaimLine, ClaimResult, DeviceEvent, NoteResult } from '../types.js';
import { type CodeKnowledge, getCodeInfo, isFamilyCode, listIncludes, loadCodes, siteCode } from '../codes.js';
import { type AocData, aocLookup } from './aoc.js';

/** What the note contributes to the claim checks. */
export interface ClaimNoteFacts {
  /** The code the note was checked against (may be null). */
  code: string | null;
  /** Device insertions / removals performed in this operation. */
  devices: DeviceEvent[];
  /** Family codes the note supports (the result's suggestedCodes). */
  documentedCodes: string[];
  /** Non-family procedure codes the note names (e.g. "27506"). */
  primaryCodesInNote: string[];
  /** Whether any procedure other than the device insertion / removal is documented. */
  otherProceduresDocumented: boolean;
}

export interface ClaimCheckOptions {
  /** A loaded CMS NCCI add-on code file; takes precedence over the shipped primary lists. */
  aoc?: AocData;
  /** Date the AOC rows are judged on (default today). */
  asOf?: Date;
  /** Code knowledge (default: the shipped patterns). */
  knowledge?: CodeKnowledge;
}

const SITE_WORDS: Record<string, string> = {
  deep: 'deep (subfascial)',
  intramedullary: 'intramedullary',
  'intra-articular': 'intra-articular',
};
const ACTION_WORDS = { insert: 'insertion', remove: 'removal' } as const;

/** Modifiers that claim a separate site / session for a repeated line. */
const DISTINCT_SITE_MODIFIERS = new Set(['59', 'XS', 'XE', 'XP', 'XU', 'RT', 'LT']);

function list(codes: string[]): string {
  return codes.join(', ');
}

/** Run every claim check; returns the lines and findings (pass findings only for the two checks above). */
export function checkClaim(lines: ClaimLine[], note: ClaimNoteFacts, opts: ClaimCheckOptions = {}): ClaimResult {
  const k = opts.knowledge ?? loadCodes();
  const findings: ClaimFinding[] = [];
  const add = (id: string, status: ClaimFinding['status'], message: string, codes: string[]) =>
    findings.push({ id, status, message, codes });

  const family = lines.filter((l) => isFamilyCode(l.code));
  const others = lines.filter((l) => !isFamilyCode(l.code));
  const otherCodes = [...new Set(others.map((l) => l.code))];
  const familyCodes = [...new Set(family.map((l) => l.code))];

  // ---- primaries: addon-without-primary, primary-not-listed, excluded-pair
  for (const code of familyCodes) {
    const info = getCodeInfo(code, k);
    const excluded = info.primaries.excluded.filter((x) => otherCodes.includes(x.code));
    for (const x of excluded) {
      add('excluded-pair', 'fail', `${code} is not reported with ${x.code}: ${x.reason}`, [code, x.code]);
    }
    const candidates = otherCodes.filter((c) => !excluded.some((x) => x.code === c));
    if (otherCodes.length === 0) {
      const hint = note.primaryCodesInNote.length ? `; the note names ${list(note.primaryCodesInNote)}` : '';
      add('addon-without-primary', 'fail', `${code} is an add-on code but the claim has no primary procedure${hint}`, [code]);
      continue;
    }
    if (candidates.length === 0) {
      add('addon-without-primary', 'fail', `${code} has no eligible primary on the claim (${list(otherCodes)} excluded)`, [code, ...otherCodes]);
      continue;
    }
    const lookup = opts.aoc ? aocLookup(opts.aoc, code, opts.asOf) : undefined;
    if (lookup) {
      const src = `CMS AOC file ${lookup.file}, as of ${lookup.asOf}`;
      if (lookup.editType === '2') {
        add('addon-without-primary', 'pass', `${code} is reported with ${list(candidates)} (Type 2 add-on in ${src}: no fixed primary list)`, [code, ...candidates]);
        continue;
      }
      const listed = candidates.filter((c) => lookup.primaries.has(c));
      if (listed.length) {
        add('addon-without-primary', 'pass', `${code} is reported with primary ${list(listed)} (listed in ${src})`, [code, ...listed]);
      } else {
        const status = lookup.editType === '3' ? 'warn' : 'fail';
        const why = lookup.activeRows === 0 ? `no row for ${code} applies on that date` : `not among its ${lookup.primaries.size} listed primaries`;
        add('primary-not-listed', status, `${list(candidates)} not an eligible primary for ${code} in ${src} (${why}${lookup.editType ? `, edit type ${lookup.editType}` : ''})`, [code, ...candidates]);
      }
      continue;
    }
    const plist = info.primaries;
    const listed = candidates.filter((c) => listIncludes(plist, c));
    const fallback = opts.aoc ? `; ${code} is not in ${opts.aoc.file}` : '';
    const prov = `${plist.complete ? 'published' : 'partial'} list, ${plist.source}, confidence ${plist.confidence}${fallback}`;
    if (listed.length) {
      add('addon-without-primary', 'pass', `${code} is reported with primary ${list(listed)} (on oplint's ${prov})`, [code, ...listed]);
    } else {
      add('primary-not-listed', 'warn', `${list(candidates)} not on oplint's primary list for ${code} (${prov}); verify against the CMS AOC file`, [code, ...candidates]);
    }
  }

  // ---- modifier-51-on-addon, units-per-site
  for (const l of family) {
    if (l.modifiers.includes('51')) {
      add('modifier-51-on-addon', 'fail', `remove modifier 51 from ${l.code}: add-on codes are exempt from the multiple-procedure reduction`, [l.code]);
    }
    if (l.units > 1) {
      add('units-per-site', 'fail', `${l.code} billed with ${l.units} units: report one unit per anatomic site`, [l.code]);
    }
  }
  for (const code of familyCodes) {
    const same = family.filter((l) => l.code === code);
    if (same.length < 2) continue;
    const distinct = same.slice(1).every((l) => l.modifiers.some((m) => DISTINCT_SITE_MODIFIERS.has(m)));
    if (distinct) {
      add('units-per-site', 'warn', `${code} is on ${same.length} lines: the note must document ${same.length} separate anatomic sites`, [code]);
    } else {
      add('units-per-site', 'fail', `${code} is on ${same.length} lines without a separate-site modifier (59 / XS): one unit per anatomic site`, [code]);
    }
  }

  // ---- documented vs claimed: site-mismatch, code-not-documented, documented-not-claimed
  const documented = new Set<string>(note.documentedCodes.filter(isFamilyCode));
  for (const d of note.devices) {
    const c = siteCode(d.action, d.site);
    if (c) documented.add(c);
  }
  const explained = new Set<string>();
  let mismatches = 0;
  for (const code of familyCodes) {
    if (documented.has(code)) continue;
    const info = getCodeInfo(code, k);
    const sameAction = [...documented].sort().filter((c) => getCodeInfo(c, k).action === info.action && !familyCodes.includes(c));
    if (sameAction.length) {
      for (const c of sameAction) explained.add(c);
      mismatches++;
      const sites = sameAction.map((c) => SITE_WORDS[getCodeInfo(c, k).site]).join(' and ');
      add(
        'site-mismatch',
        'fail',
        `${code} is for ${SITE_WORDS[info.site]} ${ACTION_WORDS[info.action]} but the note documents ${sites} ${ACTION_WORDS[info.action]}: report ${sameAction.join(' / ')}`,
        [code, ...sameAction],
      );
    } else {
      const unsited = note.devices.some((d) => d.action === info.action && d.site === 'unspecified');
      const what = unsited
        ? `a device ${ACTION_WORDS[info.action]} without naming the site (${code} needs ${SITE_WORDS[info.site]})`
        : note.devices.length === 0 && documented.size === 0
          ? 'no drug-delivery device insertion or removal'
          : `no ${SITE_WORDS[info.site]} ${ACTION_WORDS[info.action]}`;
      add('code-not-documented', 'fail', `${code} is claimed but the note documents ${what}`, [code]);
    }
  }
  if (familyCodes.length && mismatches === 0 && familyCodes.every((c) => documented.has(c))) {
    add('site-mismatch', 'pass', `claimed ${list(familyCodes)} match the documented site(s)`, familyCodes);
  }

  // ---- removal-only
  const removalClaimed = familyCodes.filter((c) => getCodeInfo(c, k).action === 'remove');
  const removalOnly =
    !note.otherProceduresDocumented && documented.size > 0 && [...documented].every((c) => getCodeInfo(c, k).action === 'remove');
  if (removalOnly) {
    for (const code of removalClaimed) {
      add('removal-only', 'fail', `removal is the only procedure documented: report 20680, not add-on ${code}`, [code, '20680']);
    }
  }

  for (const code of [...documented].sort()) {
    if (familyCodes.includes(code) || explained.has(code)) continue;
    // A removal-only case is reported with 20680, so its removal code is not "lost".
    if (removalOnly && getCodeInfo(code, k).action === 'remove') continue;
    const info = getCodeInfo(code, k);
    add('documented-not-claimed', 'warn', `the note documents ${SITE_WORDS[info.site]} ${ACTION_WORDS[info.action]} (${code}) but ${code} is not on the claim`, [code]);
  }

  return { lines, findings };
}

/** Whether any finding fails. */
export function claimFails(result: ClaimResult): boolean {
  return result.findings.some((f) => f.status === 'fail');
}

/**
 * Default note facts from a checked result: documented codes = suggestedCodes; primary codes = 5-digit
 * non-family codes quoted in the `primary-procedure` element's evidence; other procedures documented =
 * that element is not `fail` (removal packs fail it when removal is the only procedure). Pass `override`
 * when the pipeline knows better.
 */
export function claimFactsFromResult(result: NoteResult, override: Partial<ClaimNoteFacts> = {}): ClaimNoteFacts {
  const primary = result.elements.find((e) => e.id === 'primary-procedure');
  const codes = new Set<string>();
  for (const ev of primary?.evidence ?? []) {
    for (const m of ev.text.matchAll(/\b(\d{5}|\d{4}[FTU])\b/g)) if (!isFamilyCode(m[1]!)) codes.add(m[1]!);
  }
  return {
    code: result.code,
    devices: result.devices,
    documentedCodes: result.suggestedCodes,
    primaryCodesInNote: [...codes],
    otherProceduresDocumented: primary ? primary.status !== 'fail' : true,
    ...override,
  };
}
