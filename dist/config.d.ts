import type { z } from 'zod';
export declare const CONFIG_FILES: readonly [".oplintrc.json", ".oplintrc.yaml", ".oplintrc.yml"];
export declare const CONFIG_ENV = "OPLINT_CONFIG";
export declare const FORMATS: readonly ["pretty", "json", "jsonl", "sarif", "junit", "csv", "markdown", "github", "html"];
export declare const SEVERITIES: readonly ["error", "warn", "off"];
export declare const FAIL_ON: readonly ["fail", "warn"];
export type Format = (typeof FORMATS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type FailOn = (typeof FAIL_ON)[number];
/** A config file that could not be used. `file` is as shown to the user; `key` is a dotted path or ''. */
export declare class ConfigError extends Error {
    readonly file: string;
    readonly key: string;
    readonly problem: string;
    constructor(file: string, key: string, problem: string);
}
/** A bad command-line value (e.g. `--max-size lots`), reported like a config problem but naming the flag. */
export declare class OptionError extends Error {
    readonly flag: string;
    readonly problem: string;
    constructor(flag: string, problem: string);
}
export declare const configSchema: () => z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    code: z.ZodOptional<z.ZodString>;
    format: z.ZodOptional<z.ZodEnum<{
        html: "html";
        csv: "csv";
        jsonl: "jsonl";
        github: "github";
        json: "json";
        pretty: "pretty";
        sarif: "sarif";
        junit: "junit";
        markdown: "markdown";
    }>>;
    extensions: z.ZodOptional<z.ZodArray<z.ZodString>>;
    ignore: z.ZodOptional<z.ZodArray<z.ZodString>>;
    patterns: z.ZodOptional<z.ZodArray<z.ZodString>>;
    elements: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodEnum<{
        warn: "warn";
        error: "error";
        off: "off";
    }>>>;
    failOn: z.ZodOptional<z.ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
    maxSize: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    jobs: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
/** The config file schema (what a user writes). */
/** A validated config. `patterns` are absolute (resolved against the config file's folder). */
export interface OplintConfig {
    code?: string;
    format?: Format;
    extensions?: string[];
    ignore?: string[];
    patterns?: string[];
    elements?: Record<string, Severity>;
    failOn?: FailOn;
    maxSize?: number;
    jobs?: number;
}
export interface LoadedConfig {
    config: OplintConfig;
    /** Absolute path of the file the config came from. */
    file: string;
}
/** Validate already-parsed data; `file` is the absolute file path, used for messages and `patterns`. */
export declare function validateConfig(data: unknown, file: string, cwd?: string, prefix?: string): OplintConfig;
/** The config file that applies from `cwd` (searching upward), without reading it; undefined if none. */
export declare function findConfigFile(cwd: string): string | undefined;
export interface LoadConfigOptions {
    cwd: string;
    /** `--config <file>`, relative to cwd. */
    explicit?: string;
    /** Environment to read `OPLINT_CONFIG` from (default `process.env`). */
    env?: Record<string, string | undefined>;
}
/** Find, read and validate the config. Returns null when there is none. Throws ConfigError. */
export declare function loadConfig(opts: LoadConfigOptions): LoadedConfig | null;
/** Everything the run needs, after config and flags are merged and defaults applied. */
export interface ResolvedOptions {
    code: string;
    format: Format;
    extensions: string[];
    ignore: string[];
    patterns: string[];
    elements: Record<string, Severity>;
    failOn: FailOn;
    maxSize: number;
    jobs: number;
}
/** Flags as commander hands them over (strings where the user typed strings). */
export interface CliOptions {
    code?: string;
    format?: string;
    /** `--ext`: repeatable or comma-separated ("txt,md"). `extensions` is accepted as an alias. */
    ext?: string | string[];
    extensions?: string | string[];
    ignore?: string | string[];
    patterns?: string | string[];
    failOn?: string;
    maxSize?: string | number;
    jobs?: string | number;
}
export declare function defaultOptions(): ResolvedOptions;
/** Edit distance (Levenshtein), for "did you mean" suggestions. */
export declare function editDistance(a: string, b: string): number;
/** The closest of `known` to `word` when it is close enough to be a typo (or a prefix / plural), else undefined. */
export declare function didYouMean(word: string, known: Iterable<string>): string | undefined;
/**
 * Element ids in the config's `elements` must exist in the loaded packs (a typo such as "drugs" would
 * otherwise silently leave "drug" at its default severity). Throws ConfigError naming the file and key.
 */
export declare function checkElementIds(loaded: LoadedConfig | null | undefined, known: Iterable<string>, cwd?: string): void;
/**
 * Pattern folders named in the config must exist; the error blames the config file and its key
 * (`patterns[1]`), not the `--patterns` flag. Returns the config's folders (absolute).
 */
export declare function checkConfigPatternDirs(loaded: LoadedConfig | null | undefined, cwd?: string): string[];
/** A mistyped pattern folder would silently leave a coder's lexicon unused: refuse it (the CLI calls this). */
export declare function checkPatternDirs(dirs: string[], fromConfig?: readonly string[]): void;
/**
 * Merge defaults ← config ← command-line flags. A flag wins only when the user actually gave it:
 * pass the names of the given options in `given` (with commander:
 * `new Set(Object.keys(opts).filter((k) => cmd.getOptionValueSource(k) === 'cli'))`); without `given`,
 * every defined value in `cli` counts as given.
 *
 * `ignore` and `patterns` add up (config + flags, like ESLint's `--ignore-pattern`); everything else
 * is replaced by the flag. `patterns` from flags are resolved against `cwd`.
 * Throws OptionError for a flag value that does not parse (e.g. `--jobs 0`).
 */
export declare function mergeOptions(config: OplintConfig | null | undefined, cli: CliOptions, given?: ReadonlySet<string>, cwd?: string): ResolvedOptions;
