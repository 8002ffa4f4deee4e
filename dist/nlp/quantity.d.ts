import type { z } from 'zod';
export declare const QuantitiesSchema: () => z.ZodObject<{
    units: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>;
    counted: z.ZodArray<z.ZodString>;
    deviceNouns: z.ZodDefault<z.ZodArray<z.ZodString>>;
    excluded: z.ZodArray<z.ZodString>;
    numberWords: z.ZodRecord<z.ZodString, z.ZodNumber>;
    countPhrases: z.ZodArray<z.ZodString>;
    hashCounts: z.ZodDefault<z.ZodArray<z.ZodString>>;
    unitFollowers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
    excludedReach: z.ZodDefault<z.ZodObject<{
        before: z.ZodObject<{
            words: z.ZodNumber;
            chars: z.ZodNumber;
        }, z.core.$strict>;
        after: z.ZodObject<{
            words: z.ZodNumber;
            chars: z.ZodNumber;
        }, z.core.$strict>;
    }, z.core.$strict>>;
    countNounBreaks: z.ZodDefault<z.ZodArray<z.ZodString>>;
    countWordsBetween: z.ZodDefault<z.ZodNumber>;
    countCellReach: z.ZodDefault<z.ZodNumber>;
    countMax: z.ZodDefault<z.ZodNumber>;
    sizes: z.ZodDefault<z.ZodObject<{
        units: z.ZodArray<z.ZodString>;
        words: z.ZodArray<z.ZodString>;
        reach: z.ZodNumber;
    }, z.core.$strict>>;
}, z.core.$strict>;
export interface Quantity {
    /** Offsets in the searched text. */
    start: number;
    end: number;
    text: string;
    value: number;
    unit: string;
    /** Why the amount does not describe the device (the nearby word), if it does not. */
    excludedBy?: string;
    /** The excluding word stands between the number and its noun ("16 days ago a chain"): no amount of anything. */
    excludedInside?: boolean;
    /** For a count, the counted noun as the patterns list it ("beads", "chain"). */
    noun?: string;
}
/** Amounts with a unit in `text`; each says whether a nearby word shows it belongs to something else. */
export declare function findQuantities(text: string, patternDirs?: string[]): Quantity[];
