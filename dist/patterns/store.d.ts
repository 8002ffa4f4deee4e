import type { z } from 'zod';
type SchemaGetter = () => z.ZodType<unknown>;
export declare function schemaFor(rel: string): SchemaGetter | undefined;
/** Relative paths of the YAML files under a folder (forward slashes), skipping dot-folders and README files. */
export declare function yamlFiles(dir: string): string[];
export declare const contentHash: (text: string) => string;
/** Ignore the build-time cache (the build script records fresh data). */
export declare function disableBuiltCache(): void;
export interface StoredFile {
    rel: string;
    /** The file as messages name it: the user's path, or `patterns/<rel>`. */
    file: string;
    /** True when it comes from a user directory. */
    overridden: boolean;
    hash: string;
    data: unknown;
}
/** An immutable snapshot of every pattern file for one list of directories. */
export declare class PatternStore {
    readonly dirs: readonly string[];
    private readonly files;
    /** What was compiled from this store's data (lexicon regexes, the ConText engine, section titles...). */
    private readonly built;
    constructor(dirs: readonly string[]);
    private load;
    has(rel: string): boolean;
    /** Validated data of a pattern file; a missing file is a PackError naming it. */
    data<T>(rel: string): T;
    /**
     * Something compiled from this store's data, built on first use and kept with the store: the rule set's
     * compiled forms hang off the one immutable snapshot they come from, never off a module-level cache keyed by
     * directory names, so two rule sets in one process never see each other's compiled patterns.
     */
    compiled<T>(key: string, build: (store: PatternStore) => T): T;
    /** Where a file comes from, as messages should name it. */
    fileOf(rel: string): string;
    /** Every file, for the build-time cache and `--print-config`. */
    list(): StoredFile[];
}
/**
 * The store for a list of directories: built on first use, then shared (it is immutable). This is the one
 * process-wide memo of pattern data; everything compiled from it hangs off the store's RuleSet.
 */
export declare function patternStore(dirs?: readonly string[]): PatternStore;
/** Forget every store (tests that edit pattern files on disk). */
export declare function clearPatternStores(): void;
/** The regular expressions a pattern file holds, with their path in the file (for the ReDoS guard). */
export declare function regexesOf(rel: string, data: unknown): {
    path: string;
    source: string;
}[];
export {};
