import type { z } from 'zod';
import { lazy, zod } from '../deps.js';
import { loadPack, packFile, PackError } from '../patterns/load.js';
import type { Site } from '../types.js';

const __schemas = lazy(() => {
  const z = zod();
  const Messages = z.strictObject({
    pass: z.string().min(1),
    fail: z.string().min(1),
    warn: z.string().min(1).optional(),
    /** When a blocking term is found (e.g. "prefabricated"). */
    blocked: z.string().min(1).optional(),
    /** When only a generic term is found (e.g. "antibiotic cement" with no drug). */
    generic: z.string().min(1).optional(),
    /** Element status and message when the note documents no event of the pack's action. */
    noEvent: z.string().min(1).optional(),
    na: z.string().min(1).optional(),
    /** When the device went to another site than the pack's. */
    wrongSite: z.string().min(1).optional(),
    /** When only part of what is required is documented. */
    partial: z.string().min(1).optional(),
    /** When only a generic site ("the wound", "the bone") is named. */
    genericSite: z.string().min(1).optional(),
    /** When the count taken out is lower than the count the note says was placed ({removed}, {placed}). */
    countConflict: z.string().min(1).optional(),
  });
  const TermRef = z.strictObject({ lexicon: z.string().min(1), tags: z.array(z.string()).optional() });
  const Check = z.discriminatedUnion('type', [
    /** The event's site matches the pack's site. */
    z.strictObject({ type: z.literal('site') }),
    /** Terms of a lexicon found where the device is described. */
    z.strictObject({
      type: z.literal('terms'),
      find: z.array(TermRef).min(1),
      /**
       * Where to look: sentences describing the event, the whole note, or the whole note less the sentences
       * that describe only another device of this operation (`own`).
       */
      scope: z.enum(['event', 'note', 'own']).default('event'),
      /** Assertions that count (default: affirmed only). */
      assertions: z.array(z.enum(ASSERTIONS)).default(['affirmed']),
      /** Sentences with these context tags do not count (e.g. iv, irrigation). */
      skipContexts: z.array(z.string()).default([]),
      /** Terms whose presence fails the element (e.g. prefabricated). */
      block: z.array(TermRef).default([]),
      /** Terms that show the element was attempted but too vaguely (used for the generic message). */
      generic: z.array(TermRef).default([]),
      /** Terms that must also be present for a pass; without them the element warns. */
      alsoRequire: z.array(TermRef).default([]),
      /** Status when the `find` terms are there but `alsoRequire` ones are not (message `partial`). */
      alsoRequireStatus: z.enum(['fail', 'warn']).default('warn'),
      /**
       * An `alsoRequire` term also counts anywhere in the note, whatever its time, when it stands in one phrase
       * with a form of this code's device ("3 weeks after debridement with vancomycin PMMA beads placed"): the
       * history of a removed device describes it.
       */
      alsoRequireAttached: z.boolean().default(false),
      /**
       * A correction (addendum, late entry, attestation) that negates a `find` term ("Correction: no vancomycin was
       * added to the bead cement") withdraws that term wherever else the note says it.
       */
      withdrawnByCorrection: z.boolean().default(false),
      /**
       * Fail (message `countConflict`) when the count of the device taken out today is lower than the count the
       * note says was placed at an earlier time ("18 beads were counted" against an implant record of "20 beads").
       */
      blockOnCountConflict: z.boolean().default(false),
      /**
       * A count table decides: a pipe table with a column (or a row label) of the count taken out and one of the
       * count placed or the count left in ("| Placed 2 weeks ago | Removed today | Retained |" / "| 15 | 15 | 0 |").
       * The words name each column by its header: the count out equal to the count placed, or none left in, passes;
       * fewer out, or some left in, fails.
       */
      countTable: z.strictObject({ removed: z.array(z.string().min(1)).min(1), placed: z.array(z.string().min(1)).min(1), retained: z.array(z.string().min(1)).min(1) }).optional(),
      missing: z.enum(['fail', 'warn']).default('fail'),
    }),
    /** An amount for the device or its materials. */
    z.strictObject({
      type: z.literal('quantity'),
      /**
       * The device's own row of a table whose amount column (`columns`, by header) says the amount was not taken
       * (`words`: "| Antibiotic beads | anterior compartment | not recorded |"): the element fails, whatever other
       * amounts the device's sentences hold (they measure the rest of the record).
       */
      notRecorded: z.strictObject({ columns: z.array(z.string().min(1)).min(1), words: z.array(z.string().min(1)).min(1) }).optional(),
    }),
    /** The primary procedure, by CPT code (pass) or in words (warn). */
    z.strictObject({
      type: z.literal('primary-procedure'),
      find: z.array(TermRef).min(1),
      /** For removal codes: fail when the removal is the only procedure. */
      failWhenOnlyProcedure: z.boolean().default(false),
      onlyProcedure: z.string().optional(),
      /** A correction that negates a procedure ("no debridement was performed") takes it back wherever it is listed. */
      withdrawnByCorrection: z.boolean().default(false),
      /** Codes that are the removal itself, not another procedure (e.g. 20680, removal of a deep implant). */
      removalCodes: z.array(z.string().regex(/^\d{5}$/)).default([]),
    }),
    /** A planned later removal, a permanent device, or n/a for absorbable carriers. */
    z.strictObject({
      type: z.literal('staged-removal'),
      find: z.array(TermRef).min(1),
      carriers: TermRef,
    }),
  ]);
  const Element = z.strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'element ids are lower-case words joined by hyphens'),
    label: z.string().min(1),
    description: z.string().min(1),
    check: Check,
    messages: Messages,
    /**
     * Status when the note documents no event of the pack's action (default fail); `judge`: the element is a
     * fact of the note, not of the device (the primary procedure), and is judged by its rule all the same.
     */
    noEventStatus: z.enum(['fail', 'n/a', 'judge']).default('fail'),
    denialRisks: z.array(z.string().min(1)).min(1),
    fix: z.string().min(1),
  });
  const PackSchema = z.strictObject({
    code: z.string().regex(/^\d{5}$/, 'a five-digit CPT code'),
    extends: z.string().optional(),
    title: z.string().min(1),
    action: z.enum(['insert', 'remove']),
    site: z.enum(SITES),
    siteLabel: z.string().min(1),
    /** The site in a sentence a surgeon could write, used in fixes ({siteExample}). */
    siteExample: z.string().min(1),
    elements: z.array(Element).min(1).optional(),
  });
  return { Messages, TermRef, Check, Element, PackSchema };
});
const Messages = () => __schemas().Messages;
const TermRef = () => __schemas().TermRef;
const Check = () => __schemas().Check;
const Element = () => __schemas().Element;
export const PackSchema = () => __schemas().PackSchema;

const ASSERTIONS = ['affirmed', 'negated', 'possible', 'hypothetical', 'historical'] as const;

export type CheckSpec = z.infer<ReturnType<typeof Check>>;

export type ElementSpec = z.infer<ReturnType<typeof Element>>;

const SITES = ['intramedullary', 'deep', 'intra-articular'] as const;


export interface Pack {
  code: string;
  title: string;
  action: 'insert' | 'remove';
  site: Exclude<Site, 'unspecified'>;
  siteLabel: string;
  siteExample: string;
  elements: ElementSpec[];
  file: string;
}

import { FAMILY } from '../codes.js';
import { patternStore } from '../patterns/store.js';
export { FAMILY };

/** Load `patterns/packs/<code>.yaml` (following `extends`), validated. */
export function loadCodePack(code: string, patternDirs: string[] = []): Pack {
  return patternStore(patternDirs).compiled(`pack:${code}`, () => buildPack(code, patternDirs));
}

function buildPack(code: string, patternDirs: string[]): Pack {
  const rel = `packs/${code}.yaml`;
  const raw = loadPack(rel, PackSchema, patternDirs);
  const shown = packFile(rel, patternDirs);
  let elements = raw.elements;
  if (raw.extends) {
    const base = loadCodePack(raw.extends, patternDirs);
    if (base.action !== raw.action) throw new PackError(shown, 'extends', `extends a ${base.action} pack but is a ${raw.action} pack`);
    elements ??= base.elements;
  }
  if (!elements) throw new PackError(shown, 'elements', 'a pack needs elements or extends');
  const ids = new Set<string>();
  elements.forEach((e, i) => {
    if (ids.has(e.id)) throw new PackError(shown, `elements[${i}].id`, `duplicate element id ${e.id}`);
    ids.add(e.id);
  });
  if (raw.code !== code) throw new PackError(shown, 'code', `file is for ${code} but says ${raw.code}`);
  const pack: Pack = { code: raw.code, title: raw.title, action: raw.action, site: raw.site, siteLabel: raw.siteLabel, siteExample: raw.siteExample, elements, file: shown };
  return pack;
}

/** All family packs, loaded and validated. */
export function loadFamily(patternDirs: string[] = []): Pack[] {
  return FAMILY.map((c) => loadCodePack(c, patternDirs));
}

/** The family code for an event (action + site), or undefined for an unspecified site. */
export function codeFor(action: 'insert' | 'remove', site: Site, patternDirs: string[] = []): string | undefined {
  if (site === 'unspecified') return undefined;
  return loadFamily(patternDirs).find((p) => p.action === action && p.site === site)?.code;
}

/** Codes that are a device removal itself (e.g. 20680), from the removal packs' primary-procedure rules. */
export function removalOnlyCodes(patternDirs: string[] = []): Set<string> {
  const out = new Set<string>();
  for (const p of loadFamily(patternDirs)) {
    for (const e of p.elements) if (e.check.type === 'primary-procedure') for (const c of e.check.removalCodes) out.add(c);
  }
  return out;
}
