import type { z } from 'zod';
/** A pattern pack that failed to load: names the file, the path inside it and what is wrong. */
export declare class PackError extends Error {
    readonly file: string;
    readonly path: string;
    readonly problem: string;
    constructor(file: string, path: string, problem: string);
}
/** Lets a bundled binary serve pattern files from embedded assets instead of the file system. */
export declare function setPatternSource(fn: (rel: string) => string | undefined): void;
/**
 * The shipped `patterns/` folder, beside `dist/` or `src/`: found from this module (dist/patterns/load.js),
 * or from a one-file bundle (dist/cli.bundle.mjs).
 */
export declare function patternsDir(): string;
/** The embedded copy of a shipped pattern file (standalone binary), if any. */
export declare function embeddedPattern(rel: string): string | undefined;
/** The text of a pattern file: the first user directory that has it, else the embedded or shipped copy. */
export declare function readPatternText(rel: string, dirs?: string[]): {
    text: string;
    file: string;
    overridden: boolean;
};
/** Parse YAML text and validate it with a zod schema; any problem becomes a PackError. */
export type SchemaArg<T> = z.ZodType<T> | (() => z.ZodType<T>);
export declare function parsePack<T>(text: string, file: string, schemaArg: SchemaArg<T>): T;
/**
 * Validated data of a pattern file (relative to the patterns folder), from the pattern store of these
 * directories: every file is validated when the store is built, with the schema of its kind. `schema` is
 * kept for callers' type inference only.
 */
export declare function loadPack<T>(rel: string, schema: SchemaArg<T>, dirs?: string[]): T;
/** The file a pack comes from, as messages should name it: the user's folder, or `patterns/<rel>`. */
export declare function packFile(rel: string, dirs?: string[]): string;
export { clearPatternStores as clearPackCache, disableBuiltCache } from './store.js';
