import type { ElementResult, ElementStatus, Evidence, ExplainEntry } from '../types.js';
import type { Analysis } from '../nlp/analyze.js';
import { type DeviceAnalysis } from '../nlp/devices.js';
import { type Pack } from './pack.js';
/** Everything an element check may read: the analysis, the device events and the pack. */
export interface EvalContext {
    a: Analysis;
    dev: DeviceAnalysis;
    pack: Pack;
    explain: boolean;
    patternDirs: string[];
}
interface Verdict {
    status: ElementStatus;
    messageKey: 'pass' | 'fail' | 'warn' | 'blocked' | 'generic' | 'noEvent' | 'na' | 'wrongSite' | 'partial' | 'genericSite' | 'literal';
    literal?: string;
    vars?: Record<string, string>;
    evidence: Evidence[];
    explain: ExplainEntry[];
}
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
export {};
