import type { z } from 'zod';
import { SplitAlternation } from '../text/regex.js';
export declare const LexiconSchema: () => z.ZodObject<{
    lexicon: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    fuzzy: z.ZodOptional<z.ZodObject<{
        minLength: z.ZodNumber;
        maxEdits: z.ZodNumber;
        twoEditsFrom: z.ZodNumber;
        joinWords: z.ZodDefault<z.ZodNumber>;
        joinPieceMax: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    entries: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        terms: z.ZodDefault<z.ZodArray<z.ZodString>>;
        verbs: z.ZodOptional<z.ZodArray<z.ZodString>>;
        nouns: z.ZodOptional<z.ZodArray<z.ZodString>>;
        tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
        countTags: z.ZodOptional<z.ZodObject<{
            fewer: z.ZodArray<z.ZodString>;
            equal: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type LexiconFile = z.infer<ReturnType<typeof LexiconSchema>>;
export interface LexEntry {
    name: string;
    tags: Set<string>;
    /** A count of a whole (`countTags` in the file): the entry a match becomes when it falls short, or is whole. */
    byCount?: {
        fewer: LexEntry;
        equal: LexEntry;
    };
}
export interface Lexicon {
    id: string;
    entries: LexEntry[];
    /** One-word terms by their first three letters, for misspellings (`fuzzy` in the file), and the words worth a look. */
    fuzzy?: {
        minLength: number;
        maxEdits: number;
        twoEditsFrom: number;
        byPrefix: Map<string, {
            term: string;
            entry: LexEntry;
        }[]>;
        words: RegExp;
        pieces?: RegExp;
    };
    /** The entry of each capture group: group i+1 is one term of `groupEntries[i]`. */
    groupEntries: LexEntry[];
    /** The whole lexicon as one alternation, one alternative per term (`groupEntries`), longest term first across entries. */
    regex: SplitAlternation;
}
export interface Match {
    lexicon: string;
    entry: LexEntry;
    /** Offsets in the searched text. */
    start: number;
    end: number;
    text: string;
}
/** A `re:` term's source with its `{{name}}` macros expanded, macros inside macros too (an unknown name is a message, not a source). */
export declare function expandMacros(source: string, macros: Readonly<Record<string, string>>): string | {
    unknown: string;
};
/**
 * Turn a lexicon term into a regex source: a space matches a run of white space or a hyphen (with a line break or
 * spaces after it, as a wrap leaves it), never a dash set off by spaces, which separates ("[ ] no - retained cement" is
 * an answer and its remark, not "no retained cement"); hyphens are optional.
 */
export declare function termSource(term: string): string;
export declare function compileLexicon(file: LexiconFile, where?: string, macros?: Readonly<Record<string, string>>): Lexicon;
/** `patterns/lexicons/<name>.yaml` of the rule set of these directories (extra directories first), compiled once per rule set. */
export declare function getLexicon(name: string, patternDirs?: readonly string[]): Lexicon;
/** All matches of a lexicon in `text`, left to right, longest alternative first. */
export declare function matchAll(lex: Lexicon, text: string): Match[];
