import type { z } from 'zod';
import type { DeviceAction, Site } from './types.js';
/** The six codes oplint covers. */
export declare const FAMILY: readonly ["20700", "20701", "20702", "20703", "20704", "20705"];
export type FamilyCode = (typeof FAMILY)[number];
export declare function isFamilyCode(code: string): code is FamilyCode;
/** The family code for a device event (null for an unspecified site). */
export declare function siteCode(action: DeviceAction, site: Site): FamilyCode | null;
/** Thrown for a code outside 20700-20705. */
export declare class UnknownCodeError extends Error {
    readonly code: string;
    constructor(code: string);
}
declare const medicareSchema: () => z.ZodObject<{
    year: z.ZodNumber;
    found: z.ZodBoolean;
    workRvu: z.ZodOptional<z.ZodNumber>;
    peRvu: z.ZodOptional<z.ZodNumber>;
    mpRvu: z.ZodOptional<z.ZodNumber>;
    totalRvu: z.ZodOptional<z.ZodNumber>;
    nationalPayment: z.ZodOptional<z.ZodNumber>;
    source: z.ZodString;
    confidence: z.ZodEnum<{
        high: "high";
        medium: "medium";
        low: "low";
        none: "none";
    }>;
}, z.core.$strict>;
declare const modifierRule: () => z.ZodObject<{
    modifier: z.ZodString;
    rule: z.ZodString;
}, z.core.$strict>;
export declare const codesFileSchema: () => z.ZodObject<{
    conversionFactor: z.ZodObject<{
        year: z.ZodNumber;
        value: z.ZodNumber;
        source: z.ZodString;
    }, z.core.$strict>;
    anatomy: z.ZodOptional<z.ZodObject<{
        sides: z.ZodObject<{
            left: z.ZodArray<z.ZodString>;
            right: z.ZodArray<z.ZodString>;
        }, z.core.$strict>;
        deep: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            terms: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>;
        intramedullary: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            terms: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>;
        'intra-articular': z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            terms: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    common: z.ZodObject<{
        modifiers: z.ZodArray<z.ZodObject<{
            modifier: z.ZodString;
            rule: z.ZodString;
        }, z.core.$strict>>;
        global: z.ZodLiteral<"ZZZ">;
        globalNote: z.ZodString;
        notes: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    codes: z.ZodArray<z.ZodObject<{
        code: z.ZodString;
        short: z.ZodString;
        meaning: z.ZodString;
        action: z.ZodEnum<{
            insert: "insert";
            remove: "remove";
        }>;
        site: z.ZodEnum<{
            intramedullary: "intramedullary";
            deep: "deep";
            "intra-articular": "intra-articular";
        }>;
        companion: z.ZodString;
        addOn: z.ZodBoolean;
        elements: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            summary: z.ZodString;
        }, z.core.$strict>>;
        denialRisks: z.ZodArray<z.ZodString>;
        medicare: z.ZodObject<{
            year: z.ZodNumber;
            found: z.ZodBoolean;
            workRvu: z.ZodOptional<z.ZodNumber>;
            peRvu: z.ZodOptional<z.ZodNumber>;
            mpRvu: z.ZodOptional<z.ZodNumber>;
            totalRvu: z.ZodOptional<z.ZodNumber>;
            nationalPayment: z.ZodOptional<z.ZodNumber>;
            source: z.ZodString;
            confidence: z.ZodEnum<{
                high: "high";
                medium: "medium";
                low: "low";
                none: "none";
            }>;
        }, z.core.$strict>;
        notes: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const primariesFileSchema: () => z.ZodObject<{
    addOn: z.ZodString;
    source: z.ZodString;
    date: z.ZodString;
    confidence: z.ZodEnum<{
        high: "high";
        medium: "medium";
        low: "low";
        none: "none";
    }>;
    complete: z.ZodBoolean;
    note: z.ZodOptional<z.ZodString>;
    groups: z.ZodArray<z.ZodObject<{
        basis: z.ZodString;
        codes: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
    excluded: z.ZodDefault<z.ZodArray<z.ZodObject<{
        code: z.ZodString;
        reason: z.ZodString;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type MedicareFigures = z.infer<ReturnType<typeof medicareSchema>>;
export type PrimaryList = z.infer<ReturnType<typeof primariesFileSchema>>;
export type ModifierRule = z.infer<ReturnType<typeof modifierRule>>;
/** Named anatomic sites per space (bones for the canal, joints, body regions for deep tissue), used to count sites. */
export type Anatomy = z.infer<ReturnType<typeof anatomySchema>>;
declare const anatomySchema: () => z.ZodObject<{
    sides: z.ZodObject<{
        left: z.ZodArray<z.ZodString>;
        right: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    deep: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        terms: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
    intramedullary: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        terms: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
    'intra-articular': z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        terms: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export interface CodeInfo {
    code: FamilyCode;
    short: string;
    meaning: string;
    action: DeviceAction;
    site: Exclude<Site, 'unspecified'>;
    companion: string;
    addOn: boolean;
    global: 'ZZZ';
    globalNote: string;
    elements: {
        id: string;
        summary: string;
    }[];
    denialRisks: string[];
    modifiers: ModifierRule[];
    medicare: MedicareFigures;
    notes: string[];
    primaries: PrimaryList;
}
export interface CodeKnowledge {
    codes: Map<string, CodeInfo>;
    conversionFactor: {
        year: number;
        value: number;
        source: string;
    };
    commonNotes: string[];
    /** Site names used to count the anatomic sites a note documents (empty lists when the file has none). */
    anatomy: Anatomy;
}
/**
 * Load code knowledge (codes.yaml and one primaries file per code). `patternDirs` are extra directories
 * searched before the shipped patterns folder. Throws PackError on a bad file.
 */
export declare function loadCodes(patternDirs?: string[]): CodeKnowledge;
/** Knowledge for one family code; throws UnknownCodeError for any other code. */
export declare function getCodeInfo(code: string, knowledge?: CodeKnowledge): CodeInfo;
/** Whether `code` is on a primary list (entries are codes or inclusive ranges "20802-20838"). */
export declare function listIncludes(list: PrimaryList, code: string): boolean;
/** Flat list of a primary list's entries (ranges kept as "a-b"). */
export declare function listEntries(list: PrimaryList): string[];
/** One line summarising the Medicare figures, e.g. "work 2.44, PE 1.5, MP 0.49, total 4.43, $147.97". */
export declare function medicareSummary(m: MedicareFigures): string;
/** Pretty `oplint explain <code>` text, readable at 80 columns. */
export declare function renderExplain(code: string, opts?: {
    color?: boolean;
}, knowledge?: CodeKnowledge): string;
/** JSON-ready object for `oplint explain <code> --format json`. */
export declare function explainJson(code: string, knowledge?: CodeKnowledge): Record<string, unknown>;
/** Pretty `oplint codes` table of the family. */
export declare function renderCodes(opts?: {
    color?: boolean;
}, knowledge?: CodeKnowledge): string;
/** JSON-ready array for `oplint codes --format json`. */
export declare function codesJson(knowledge?: CodeKnowledge): Record<string, unknown>[];
export {};
