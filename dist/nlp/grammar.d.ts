/**
 * Schema of `patterns/grammar.yaml`: the language knowledge the mechanisms in src/ use — how procedure codes
 * and their modifiers are written, which words mark a number as something other than a code, and the
 * operation-timeline words. src/ holds no word lists of its own; it reads them from here.
 */
import type { z } from 'zod';
export declare const GrammarSchema: () => z.ZodObject<{
    codes: z.ZodObject<{
        primaryRanges: z.ZodArray<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>;
        markers: z.ZodArray<z.ZodString>;
        blockLabels: z.ZodArray<z.ZodString>;
        modifiers: z.ZodArray<z.ZodString>;
        notCodeBefore: z.ZodArray<z.ZodString>;
        notCodeAfter: z.ZodArray<z.ZodString>;
        procedureWords: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    timeline: z.ZodObject<{
        serviceLabels: z.ZodArray<z.ZodString>;
        operationWords: z.ZodArray<z.ZodString>;
        months: z.ZodArray<z.ZodString>;
        appendedWords: z.ZodArray<z.ZodString>;
        dayLabels: z.ZodArray<z.ZodString>;
        admissionDayWords: z.ZodArray<z.ZodString>;
        earlierWords: z.ZodArray<z.ZodString>;
        todayWords: z.ZodArray<z.ZodString>;
        earlierAnchors: z.ZodArray<z.ZodString>;
        todayAnchors: z.ZodArray<z.ZodString>;
        stagedItemWords: z.ZodArray<z.ZodString>;
        correctionWords: z.ZodArray<z.ZodString>;
        attestationWords: z.ZodArray<z.ZodString>;
        proseWords: z.ZodArray<z.ZodString>;
        headingMaxLength: z.ZodNumber;
        bannerMaxLength: z.ZodNumber;
    }, z.core.$strict>;
    coreference: z.ZodObject<{
        anaphors: z.ZodArray<z.ZodString>;
        pronouns: z.ZodArray<z.ZodString>;
        linkingVerbs: z.ZodArray<z.ZodString>;
        amountVerbs: z.ZodArray<z.ZodString>;
        materialWords: z.ZodArray<z.ZodString>;
        separateMaterialWords: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    devices: z.ZodObject<{
        drugAbsentWords: z.ZodArray<z.ZodString>;
        relativePronouns: z.ZodArray<z.ZodString>;
        qualifierWindow: z.ZodNumber;
        linkVerbs: z.ZodArray<z.ZodString>;
        linkPrepositions: z.ZodArray<z.ZodString>;
        attachedWindow: z.ZodNumber;
        attachBreakWords: z.ZodArray<z.ZodString>;
        spacerSkipContexts: z.ZodArray<z.ZodString>;
        listCategories: z.ZodArray<z.ZodString>;
        governBack: z.ZodNumber;
        governForward: z.ZodNumber;
        passiveAuxiliaries: z.ZodArray<z.ZodString>;
        passiveLookback: z.ZodNumber;
        determiners: z.ZodArray<z.ZodString>;
        clauseOpeners: z.ZodArray<z.ZodString>;
        mouldWords: z.ZodArray<z.ZodString>;
        instrumentPrepositions: z.ZodArray<z.ZodString>;
        participleEndings: z.ZodArray<z.ZodString>;
        presentParticipleEndings: z.ZodArray<z.ZodString>;
        pastPerfectAuxiliaries: z.ZodArray<z.ZodString>;
        pastPerfectSubordinators: z.ZodArray<z.ZodString>;
        irregularParticiples: z.ZodArray<z.ZodString>;
        presentAuxiliaries: z.ZodArray<z.ZodString>;
        stateAdverbs: z.ZodArray<z.ZodString>;
        asFoundWords: z.ZodArray<z.ZodString>;
        ownObjectWords: z.ZodArray<z.ZodString>;
        outwardPrepositions: z.ZodArray<z.ZodString>;
        inwardPrepositions: z.ZodArray<z.ZodString>;
        siteWindow: z.ZodNumber;
        siteConjunctions: z.ZodArray<z.ZodString>;
        awayFromWords: z.ZodArray<z.ZodString>;
        itemMaxLength: z.ZodNumber;
        siteFieldLabels: z.ZodArray<z.ZodString>;
        notPlacedToday: z.ZodArray<z.ZodString>;
        ofPhraseStops: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    header: z.ZodObject<{
        surgeonFields: z.ZodArray<z.ZodString>;
        otherPeople: z.ZodArray<z.ZodString>;
        emptyValues: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    layout: z.ZodObject<{
        continuationWords: z.ZodArray<z.ZodString>;
        amountUnits: z.ZodArray<z.ZodString>;
        wrapWidth: z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strict>;
        finiteVerbs: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    clauses: z.ZodObject<{
        breaks: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
}, z.core.$strict>;
export type Grammar = z.infer<ReturnType<typeof GrammarSchema>>;
