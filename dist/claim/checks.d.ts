/**
 * Claim-level checks: the claim lines judged against the note's device events and the code knowledge.
 *
 * Finding ids: addon-without-primary, primary-not-listed, modifier-51-on-addon, site-mismatch,
 * code-not-documented, documented-not-claimed, units-per-site, removal-only, excluded-pair.
 *
 * Pass findings: two checks report a pass, because they answer the questions a coder asks first
 * ("is the add-on backed by an eligible primary?" and "does the claimed site match the note?"):
 * `addon-without-primary` (naming the primary found and the list it was checked against) and
 * `site-mismatch` (the claimed family codes agree with the documented sites). `units-per-site` also
 * passes, but only for a code claimed more than once whose units the note's sites support. The other
 * checks report only problems. Any `fail` finding should fail the result (applied by the caller).
 *
 * Units: a family code is reported once per anatomic site (Ohio HIMA, Aug 2020). Two units of one code
 * (`20702x2`, or `20702` plus `20702-59` / `-XS`) need two documented sites of that space: two bones'
 * canals, two joints, two separate deep sites. Sites are counted from the names of bones, joints and body
 * regions (patterns/codes.yaml `anatomy`) in the evidence of the note's device events.
 *
 * Primary lists: a CMS AOC file (opts.aoc) takes precedence for an add-on it contains; a primary missing
 * from a Type 1 AOC list fails, from a Type 3 list warns, and Type 2 add-ons (no list) are not checked.
 * Without the file, the shipped list is used and a missing primary only warns (with source and confidence).
 */
import type { ClaimLine, ClaimResult, DeviceEvent, NoteResult } from '../types.js';
import { type CodeKnowledge } from '../codes.js';
import { type AocData } from './aoc.js';
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
    /**
     * The anatomic sites documented for each family code, e.g. { "20702": ["left femur", "left tibia"] };
     * a site with no name in the note is "unnamed site". Filled from the device events when absent.
     */
    sitesByCode?: Record<string, string[]>;
}
export interface ClaimCheckOptions {
    /** A loaded CMS NCCI add-on code file; takes precedence over the shipped primary lists. */
    aoc?: AocData;
    /** Date the AOC rows are judged on (default today). */
    asOf?: Date;
    /** Code knowledge (default: the shipped patterns). */
    knowledge?: CodeKnowledge;
}
/**
 * The anatomic sites of one space named by a set of device events, e.g. ["left femur", "tibia"]. A name
 * with no side merges with the same name given a side; an event that names nothing is one unnamed site
 * (counted only when no event names a site).
 */
export declare function siteNames(events: DeviceEvent[], site: Exclude<DeviceEvent['site'], 'unspecified'>, k?: CodeKnowledge): string[];
/** Sites per family code from the device events (see `siteNames`). */
export declare function sitesByCode(devices: DeviceEvent[], k?: CodeKnowledge): Record<string, string[]>;
/** Run every claim check; returns the lines and findings (pass findings only for the two checks above). */
export declare function checkClaim(lines: ClaimLine[], note: ClaimNoteFacts, opts?: ClaimCheckOptions): ClaimResult;
/** Whether any finding fails. */
export declare function claimFails(result: ClaimResult): boolean;
/**
 * Default note facts from a checked result: documented codes = suggestedCodes; primary codes = 5-digit
 * non-family codes quoted in the `primary-procedure` element's evidence; other procedures documented =
 * that element is not `fail` (removal packs fail it when removal is the only procedure). Pass `override`
 * when the pipeline knows better.
 */
export declare function claimFactsFromResult(result: NoteResult, override?: Partial<ClaimNoteFacts>): ClaimNoteFacts;
