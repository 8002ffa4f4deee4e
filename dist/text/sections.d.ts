import type { z } from 'zod';
export declare const SECTION_CATEGORIES: readonly ["procedure", "narrative", "findings", "implants", "diagnosis", "history", "indications", "plan", "notdone", "other", "none"];
export type SectionCategory = (typeof SECTION_CATEGORIES)[number];
export declare const SectionsSchema: () => z.ZodObject<{
    sections: z.ZodArray<z.ZodObject<{
        category: z.ZodEnum<{
            findings: "findings";
            none: "none";
            procedure: "procedure";
            narrative: "narrative";
            implants: "implants";
            diagnosis: "diagnosis";
            history: "history";
            indications: "indications";
            plan: "plan";
            notdone: "notdone";
            other: "other";
        }>;
        titles: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
    notTitles: z.ZodDefault<z.ZodArray<z.ZodString>>;
    lineOpeners: z.ZodDefault<z.ZodArray<z.ZodString>>;
    titleNotAfter: z.ZodDefault<z.ZodArray<z.ZodString>>;
    lineOpenerAuthors: z.ZodDefault<z.ZodArray<z.ZodString>>;
    lineOpenerRemark: z.ZodDefault<z.ZodObject<{
        lines: z.ZodNumber;
        maxLength: z.ZodNumber;
    }, z.core.$strict>>;
    titleQualifiers: z.ZodDefault<z.ZodObject<{
        words: z.ZodArray<z.ZodString>;
        maxLength: z.ZodNumber;
    }, z.core.$strict>>;
    proseLineLength: z.ZodDefault<z.ZodNumber>;
    narrativeStarts: z.ZodDefault<z.ZodArray<z.ZodString>>;
    runInHeadings: z.ZodDefault<z.ZodObject<{
        minLines: z.ZodNumber;
        maxWords: z.ZodNumber;
    }, z.core.$strict>>;
}, z.core.$strict>;
export interface Section {
    /** Offsets in the normalised text: the header starts at `start`, the body at `bodyStart`. */
    start: number;
    bodyStart: number;
    end: number;
    title: string;
    category: SectionCategory;
}
export declare function categoryOf(title: string, patternDirs?: string[]): SectionCategory | undefined;
/** Split a normalised note into sections. Text before the first header is a section of category "none". */
export declare function findSections(text: string, patternDirs?: string[]): Section[];
