/**
 * ConText assertion engine (after Harkema et al., J Biomed Inform 2009;42:839-51, an extension of NegEx,
 * Chapman et al. 2001). Triggers, pseudo-triggers, terminators and sentence boundaries are data in
 * `patterns/context.yaml`; this module compiles them once (lazily) into one case-insensitive regex for
 * triggers / pseudo / terminators and one case-sensitive regex for boundaries, and keeps the analysis of the
 * last sentence so that every mention of one sentence costs a single scan.
 */
import type { z } from 'zod';
export type ContextCategory = 'negated' | 'possible' | 'hypothetical' | 'historical' | 'family';
/** Set by section headers (history / plan). */
/**
 * What a sentence's part of the note asserts of everything in it: `hypothetical` as a plan says (a sentence reporting in
 * the past tense what was done today still stands), `unasserted` as text that is not the note's documentation says
 * (text appended or prefixed by others: hypothetical, whatever its tense).
 */
export type SectionAssertion = 'historical' | 'hypothetical' | 'unasserted' | 'negated' | null;
export interface Assertion {
    negated: boolean;
    possible: boolean;
    hypothetical: boolean;
    historical: boolean;
}
export interface TriggerHit {
    category: ContextCategory;
    literal: string;
    direction: 'forward' | 'backward' | 'bidirectional' | 'section';
    start: number;
    end: number;
    scopeStart: number;
    scopeEnd: number;
}
/** `triggers` are the ones whose scope covers the target. */
export interface AssertionDetail extends Assertion {
    family: boolean;
    triggers: TriggerHit[];
}
export declare const ContextPackSchema: () => z.ZodObject<{
    version: z.ZodLiteral<1>;
    triggers: z.ZodArray<z.ZodObject<{
        literal: z.ZodOptional<z.ZodString>;
        pattern: z.ZodOptional<z.ZodString>;
        category: z.ZodEnum<{
            negated: "negated";
            possible: "possible";
            hypothetical: "hypothetical";
            historical: "historical";
            family: "family";
        }>;
        direction: z.ZodEnum<{
            forward: "forward";
            backward: "backward";
            bidirectional: "bidirectional";
        }>;
        maxScope: z.ZodOptional<z.ZodNumber>;
        stopAtComma: z.ZodOptional<z.ZodBoolean>;
        previousClause: z.ZodOptional<z.ZodBoolean>;
        backwardBarrier: z.ZodOptional<z.ZodString>;
        overBrackets: z.ZodOptional<z.ZodBoolean>;
        wholeSentence: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    pseudo: z.ZodDefault<z.ZodArray<z.ZodObject<{
        literal: z.ZodOptional<z.ZodString>;
        pattern: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    terminators: z.ZodDefault<z.ZodArray<z.ZodObject<{
        literal: z.ZodOptional<z.ZodString>;
        pattern: z.ZodOptional<z.ZodString>;
        categories: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            negated: "negated";
            possible: "possible";
            hypothetical: "hypothetical";
            historical: "historical";
            family: "family";
        }>>>;
        forward: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            negated: "negated";
            possible: "possible";
            hypothetical: "hypothetical";
            historical: "historical";
            family: "family";
        }>>>;
        backward: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            negated: "negated";
            possible: "possible";
            hypothetical: "hypothetical";
            historical: "historical";
            family: "family";
        }>>>;
    }, z.core.$strict>>>;
    boundaries: z.ZodDefault<z.ZodArray<z.ZodObject<{
        literal: z.ZodOptional<z.ZodString>;
        pattern: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    doneToday: z.ZodDefault<z.ZodArray<z.ZodObject<{
        literal: z.ZodOptional<z.ZodString>;
        pattern: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    clauseMarks: z.ZodDefault<z.ZodArray<z.ZodObject<{
        literal: z.ZodOptional<z.ZodString>;
        pattern: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    brackets: z.ZodDefault<z.ZodArray<z.ZodObject<{
        open: z.ZodString;
        close: z.ZodString;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type ContextPack = z.infer<ReturnType<typeof ContextPackSchema>>;
/**
 * Shortest length a pattern can match (lookarounds and anchors count 0): used to order alternatives so that
 * at one position the longer phrase is tried first.
 */
export declare function minMatchLength(src: string): number;
/** Assertion of the span [start,end) inside `sentence` (offsets in the sentence string). */
export declare function assertSpan(sentence: string, start: number, end: number, opts?: {
    section?: SectionAssertion;
    patternDirs?: readonly string[];
}): AssertionDetail;
/** Public API: assertion for the first case-insensitive mention of `target` in `sentence` (whole sentence when not found). */
export declare function contextOf(sentence: string, target: string): Assertion;
/** One-line human explanation of triggers, e.g. "negated by 'not placed' (backward)". */
export declare function describeAssertion(d: AssertionDetail): string;
