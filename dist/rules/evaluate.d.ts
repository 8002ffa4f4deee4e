/**
 * Judging a pack: every element's check (src/checks/, one file per type) on the analysed note, with the
 * pack's messages, denial risks and fix. Also the procedure facts the claim checks read.
 */
import type { ElementResult } from '../types.js';
import type { Analysis } from '../nlp/analyze.js';
import { type EvalContext, type Verdict } from '../checks/index.js';
export type { EvalContext } from '../checks/index.js';
/** What decided an element, as a typed kind (never a display string): read by code suggestion. */
export type VerdictKind = Verdict['messageKey'];
/** Element results with the typed kind that decided each (by element id). */
export interface PackJudgement {
    elements: ElementResult[];
    kinds: Map<string, VerdictKind>;
}
/** Judge every element of a pack against the analysed note. */
export declare function evaluatePack(ctx: EvalContext): ElementResult[];
/** Judge every element of a pack, keeping the typed kind of each verdict. */
export declare function judgePack(ctx: EvalContext, noEvent?: {
    message: string;
    fix: string;
}): PackJudgement;
/** Procedure facts for claim checks: CPT codes named for today's procedures, and whether any is described in words. */
export declare function primaryFacts(a: Analysis, primaryLexicon?: string): {
    codes: string[];
    described: boolean;
};
