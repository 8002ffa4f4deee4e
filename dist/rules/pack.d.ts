import type { z } from 'zod';
import type { Site } from '../types.js';
declare const Check: () => z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"site">;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"terms">;
    find: z.ZodArray<z.ZodObject<{
        lexicon: z.ZodString;
        tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    scope: z.ZodDefault<z.ZodEnum<{
        note: "note";
        event: "event";
        own: "own";
    }>>;
    assertions: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        affirmed: "affirmed";
        negated: "negated";
        possible: "possible";
        hypothetical: "hypothetical";
        historical: "historical";
    }>>>;
    skipContexts: z.ZodDefault<z.ZodArray<z.ZodString>>;
    block: z.ZodDefault<z.ZodArray<z.ZodObject<{
        lexicon: z.ZodString;
        tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>>;
    generic: z.ZodDefault<z.ZodArray<z.ZodObject<{
        lexicon: z.ZodString;
        tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>>;
    alsoRequire: z.ZodDefault<z.ZodArray<z.ZodObject<{
        lexicon: z.ZodString;
        tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>>;
    alsoRequireStatus: z.ZodDefault<z.ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
    alsoRequireAttached: z.ZodDefault<z.ZodBoolean>;
    withdrawnByCorrection: z.ZodDefault<z.ZodBoolean>;
    blockOnCountConflict: z.ZodDefault<z.ZodBoolean>;
    countTable: z.ZodOptional<z.ZodObject<{
        removed: z.ZodArray<z.ZodString>;
        placed: z.ZodArray<z.ZodString>;
        retained: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
    missing: z.ZodDefault<z.ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"quantity">;
    notRecorded: z.ZodOptional<z.ZodObject<{
        columns: z.ZodArray<z.ZodString>;
        words: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"primary-procedure">;
    find: z.ZodArray<z.ZodObject<{
        lexicon: z.ZodString;
        tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    failWhenOnlyProcedure: z.ZodDefault<z.ZodBoolean>;
    onlyProcedure: z.ZodOptional<z.ZodString>;
    withdrawnByCorrection: z.ZodDefault<z.ZodBoolean>;
    removalCodes: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"staged-removal">;
    find: z.ZodArray<z.ZodObject<{
        lexicon: z.ZodString;
        tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    carriers: z.ZodObject<{
        lexicon: z.ZodString;
        tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>;
}, z.core.$strict>], "type">;
declare const Element: () => z.ZodObject<{
    id: z.ZodString;
    label: z.ZodString;
    description: z.ZodString;
    check: z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"site">;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"terms">;
        find: z.ZodArray<z.ZodObject<{
            lexicon: z.ZodString;
            tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
        scope: z.ZodDefault<z.ZodEnum<{
            note: "note";
            event: "event";
            own: "own";
        }>>;
        assertions: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            affirmed: "affirmed";
            negated: "negated";
            possible: "possible";
            hypothetical: "hypothetical";
            historical: "historical";
        }>>>;
        skipContexts: z.ZodDefault<z.ZodArray<z.ZodString>>;
        block: z.ZodDefault<z.ZodArray<z.ZodObject<{
            lexicon: z.ZodString;
            tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>>;
        generic: z.ZodDefault<z.ZodArray<z.ZodObject<{
            lexicon: z.ZodString;
            tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>>;
        alsoRequire: z.ZodDefault<z.ZodArray<z.ZodObject<{
            lexicon: z.ZodString;
            tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>>;
        alsoRequireStatus: z.ZodDefault<z.ZodEnum<{
            warn: "warn";
            fail: "fail";
        }>>;
        alsoRequireAttached: z.ZodDefault<z.ZodBoolean>;
        withdrawnByCorrection: z.ZodDefault<z.ZodBoolean>;
        blockOnCountConflict: z.ZodDefault<z.ZodBoolean>;
        countTable: z.ZodOptional<z.ZodObject<{
            removed: z.ZodArray<z.ZodString>;
            placed: z.ZodArray<z.ZodString>;
            retained: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>;
        missing: z.ZodDefault<z.ZodEnum<{
            warn: "warn";
            fail: "fail";
        }>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"quantity">;
        notRecorded: z.ZodOptional<z.ZodObject<{
            columns: z.ZodArray<z.ZodString>;
            words: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"primary-procedure">;
        find: z.ZodArray<z.ZodObject<{
            lexicon: z.ZodString;
            tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
        failWhenOnlyProcedure: z.ZodDefault<z.ZodBoolean>;
        onlyProcedure: z.ZodOptional<z.ZodString>;
        withdrawnByCorrection: z.ZodDefault<z.ZodBoolean>;
        removalCodes: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"staged-removal">;
        find: z.ZodArray<z.ZodObject<{
            lexicon: z.ZodString;
            tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
        carriers: z.ZodObject<{
            lexicon: z.ZodString;
            tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>;
    }, z.core.$strict>], "type">;
    messages: z.ZodObject<{
        pass: z.ZodString;
        fail: z.ZodString;
        warn: z.ZodOptional<z.ZodString>;
        blocked: z.ZodOptional<z.ZodString>;
        generic: z.ZodOptional<z.ZodString>;
        noEvent: z.ZodOptional<z.ZodString>;
        na: z.ZodOptional<z.ZodString>;
        wrongSite: z.ZodOptional<z.ZodString>;
        partial: z.ZodOptional<z.ZodString>;
        genericSite: z.ZodOptional<z.ZodString>;
        countConflict: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    noEventStatus: z.ZodDefault<z.ZodEnum<{
        fail: "fail";
        "n/a": "n/a";
        judge: "judge";
    }>>;
    denialRisks: z.ZodArray<z.ZodString>;
    fix: z.ZodString;
}, z.core.$strict>;
export declare const PackSchema: () => z.ZodObject<{
    code: z.ZodString;
    extends: z.ZodOptional<z.ZodString>;
    title: z.ZodString;
    action: z.ZodEnum<{
        insert: "insert";
        remove: "remove";
    }>;
    site: z.ZodEnum<{
        intramedullary: "intramedullary";
        deep: "deep";
        "intra-articular": "intra-articular";
    }>;
    siteLabel: z.ZodString;
    siteExample: z.ZodString;
    elements: z.ZodOptional<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        label: z.ZodString;
        description: z.ZodString;
        check: z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"site">;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"terms">;
            find: z.ZodArray<z.ZodObject<{
                lexicon: z.ZodString;
                tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>;
            scope: z.ZodDefault<z.ZodEnum<{
                note: "note";
                event: "event";
                own: "own";
            }>>;
            assertions: z.ZodDefault<z.ZodArray<z.ZodEnum<{
                affirmed: "affirmed";
                negated: "negated";
                possible: "possible";
                hypothetical: "hypothetical";
                historical: "historical";
            }>>>;
            skipContexts: z.ZodDefault<z.ZodArray<z.ZodString>>;
            block: z.ZodDefault<z.ZodArray<z.ZodObject<{
                lexicon: z.ZodString;
                tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>>;
            generic: z.ZodDefault<z.ZodArray<z.ZodObject<{
                lexicon: z.ZodString;
                tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>>;
            alsoRequire: z.ZodDefault<z.ZodArray<z.ZodObject<{
                lexicon: z.ZodString;
                tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>>;
            alsoRequireStatus: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
            alsoRequireAttached: z.ZodDefault<z.ZodBoolean>;
            withdrawnByCorrection: z.ZodDefault<z.ZodBoolean>;
            blockOnCountConflict: z.ZodDefault<z.ZodBoolean>;
            countTable: z.ZodOptional<z.ZodObject<{
                removed: z.ZodArray<z.ZodString>;
                placed: z.ZodArray<z.ZodString>;
                retained: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>;
            missing: z.ZodDefault<z.ZodEnum<{
                warn: "warn";
                fail: "fail";
            }>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"quantity">;
            notRecorded: z.ZodOptional<z.ZodObject<{
                columns: z.ZodArray<z.ZodString>;
                words: z.ZodArray<z.ZodString>;
            }, z.core.$strict>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"primary-procedure">;
            find: z.ZodArray<z.ZodObject<{
                lexicon: z.ZodString;
                tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>;
            failWhenOnlyProcedure: z.ZodDefault<z.ZodBoolean>;
            onlyProcedure: z.ZodOptional<z.ZodString>;
            withdrawnByCorrection: z.ZodDefault<z.ZodBoolean>;
            removalCodes: z.ZodDefault<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"staged-removal">;
            find: z.ZodArray<z.ZodObject<{
                lexicon: z.ZodString;
                tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>;
            carriers: z.ZodObject<{
                lexicon: z.ZodString;
                tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>;
        }, z.core.$strict>], "type">;
        messages: z.ZodObject<{
            pass: z.ZodString;
            fail: z.ZodString;
            warn: z.ZodOptional<z.ZodString>;
            blocked: z.ZodOptional<z.ZodString>;
            generic: z.ZodOptional<z.ZodString>;
            noEvent: z.ZodOptional<z.ZodString>;
            na: z.ZodOptional<z.ZodString>;
            wrongSite: z.ZodOptional<z.ZodString>;
            partial: z.ZodOptional<z.ZodString>;
            genericSite: z.ZodOptional<z.ZodString>;
            countConflict: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>;
        noEventStatus: z.ZodDefault<z.ZodEnum<{
            fail: "fail";
            "n/a": "n/a";
            judge: "judge";
        }>>;
        denialRisks: z.ZodArray<z.ZodString>;
        fix: z.ZodString;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type CheckSpec = z.infer<ReturnType<typeof Check>>;
export type ElementSpec = z.infer<ReturnType<typeof Element>>;
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
export { FAMILY };
/** Load `patterns/packs/<code>.yaml` (following `extends`), validated. */
export declare function loadCodePack(code: string, patternDirs?: string[]): Pack;
/** All family packs, loaded and validated. */
export declare function loadFamily(patternDirs?: string[]): Pack[];
/** The family code for an event (action + site), or undefined for an unspecified site. */
export declare function codeFor(action: 'insert' | 'remove', site: Site, patternDirs?: string[]): string | undefined;
/** Codes that are a device removal itself (e.g. 20680), from the removal packs' primary-procedure rules. */
export declare function removalOnlyCodes(patternDirs?: string[]): Set<string>;
