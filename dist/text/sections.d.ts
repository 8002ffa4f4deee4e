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
    paragraphCategories: z.ZodDefault<z.ZodArray<z.ZodEnum<{
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
    }>>>;
    lineCategories: z.ZodDefault<z.ZodArray<z.ZodEnum<{
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
    }>>>;
    continuingCategories: z.ZodDefault<z.ZodArray<z.ZodEnum<{
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
    }>>>;
    proseLineLength: z.ZodDefault<z.ZodNumber>;
    proseSections: z.ZodDefault<z.ZodArray<z.ZodString>>;
    listEndedCategories: z.ZodDefault<z.ZodArray<z.ZodString>>;
    narrativeStarts: z.ZodDefault<z.ZodArray<z.ZodString>>;
    answerMarks: z.ZodDefault<z.ZodArray<z.ZodString>>;
    questionMarks: z.ZodDefault<z.ZodArray<z.ZodString>>;
    sentenceVerbs: z.ZodDefault<z.ZodArray<z.ZodString>>;
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
/** The words of the known section titles (lower case, two letters or more): the words a field label is made of. */
export declare function titleWords(patternDirs?: string[]): ReadonlySet<string>;
/** How long a line at the margin must be to read as prose going on (`sections.yaml` `proseLineLength`). */
export declare function proseLineLength(patternDirs?: string[]): number;
export declare function categoryOf(title: string, patternDirs?: string[]): SectionCategory | undefined;
/** Split a normalised note into sections. Text before the first header is a section of category "none". */
/**
 * `lines` is the note as it was laid out, before wrapped lines were joined (same offsets as `text`): run-in
 * headings open its lines, whatever a join made of them ("diagnosis infected tibia after nailing" / "procedure 1
 * removal of the nail ..." stays two sections when a wrap join runs the lines together). A line the join ran on from
 * a line that cannot end there (`continues`: "... prepped and draped and" / "time out called") opens no heading.
 */
export declare function findSections(text: string, patternDirs?: string[], lines?: string, continues?: RegExp): Section[];
