/**
 * Configuration: discovery, validation (zod, strict: unknown keys are errors) and merging with flags.
 *
 * Where the config comes from, first match wins (the order ESLint, Vale and markdownlint-cli2 use):
 *   1. `--config <file>` (the `explicit` argument);
 *   2. the `OPLINT_CONFIG` environment variable;
 *   3. a search upward from the working directory to the file system root; in each folder, the first of
 *      `.oplintrc.json`, `.oplintrc.yaml`, `.oplintrc.yml`, or `package.json` with an `"oplint"` key.
 * Only one file is used; configs are not cascaded.
 *
 * Any problem throws `ConfigError` whose one-line message names the file and the key.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { defaultJobs } from './batch/pool.js';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { lazy, yaml, zod } from './deps.js';
import { DEFAULT_EXTENSIONS, normalizeExtensions } from './io/discover.js';
import { DEFAULT_MAX_SIZE, parseSize } from './io/read.js';

export const CONFIG_FILES = ['.oplintrc.json', '.oplintrc.yaml', '.oplintrc.yml'] as const;
export const CONFIG_ENV = 'OPLINT_CONFIG';
export const FORMATS = ['pretty', 'json', 'jsonl', 'sarif', 'junit', 'csv', 'markdown', 'github', 'html'] as const;
export const SEVERITIES = ['error', 'warn', 'off'] as const;
export const FAIL_ON = ['fail', 'warn'] as const;

export type Format = (typeof FORMATS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type FailOn = (typeof FAIL_ON)[number];

/** A config file that could not be used. `file` is as shown to the user; `key` is a dotted path or ''. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly problem: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${problem}`);
    this.name = 'ConfigError';
  }
}

/** A bad command-line value (e.g. `--max-size lots`), reported like a config problem but naming the flag. */
export class OptionError extends Error {
  constructor(
    readonly flag: string,
    readonly problem: string,
  ) {
    super(`${flag}: ${problem}`);
    this.name = 'OptionError';
  }
}

const oneOf = (values: readonly string[]): string => `must be one of ${values.map((v) => `"${v}"`).join(', ')}`;

const __schemas = lazy(() => {
  const z = zod();
  const sizeSchema = z.union([z.number(), z.string()]).transform((v, ctx) => {
    try {
      return parseSize(v);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  });
  const configSchema = z.strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema this file follows (for editor completion): oplint-config.schema.json.' }),
    code: z
      .string({ error: 'must be a string: a code 20700-20705 or "auto"' })
      .regex(/^(2070[0-5]|auto)$/, { error: 'must be a code 20700-20705 or "auto"' })
      .optional()
      .meta({ description: 'Code to check: "auto" (the codes the operation\'s device events support) or one of 20700-20705. Flag: --code.' }),
    format: z.enum(FORMATS, { error: oneOf(FORMATS) }).optional().meta({ description: 'Report format. Flag: --format.' }),
    extensions: z
      .array(z.string().regex(/^\.?[\w-]+$/, { error: 'must be a file extension such as ".txt"' }), { error: 'must be a list of extensions' })
      .min(1, { error: 'must list at least one extension' })
      .optional()
      .meta({ description: 'Extensions scanned in folders (default .txt, .text, .md). Flag: --ext.' }),
    ignore: z
      .array(z.string({ error: 'must be a glob string' }), { error: 'must be a list of globs' })
      .optional()
      .meta({ description: 'gitignore-style globs of files not to check, relative to the working directory; added to --ignore.' }),
    patterns: z
      .array(z.string({ error: 'must be a folder path' }), { error: 'must be a list of folders' })
      .optional()
      .meta({ description: 'Extra pattern folders searched before the shipped ones, relative to this file; added to --patterns.' }),
    elements: z
      .record(
        z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'element ids are lower-case words joined by "-"' }),
        z.enum(SEVERITIES, { error: oneOf(SEVERITIES) }),
        { error: 'must map element ids to "error", "warn" or "off"' },
      )
      .optional()
      .meta({ description: 'Severity per element id (e.g. "drug", "placement-site"): "error", "warn" or "off". Unknown ids are errors.' }),
    failOn: z.enum(FAIL_ON, { error: oneOf(FAIL_ON) }).optional().meta({ description: 'What fails the run: "fail" (default) or "warn". Flag: --fail-on.' }),
    maxSize: sizeSchema.optional().meta({ description: 'Largest note accepted, in bytes or with a unit ("5MB"). Flag: --max-size.' }),
    jobs: z
      .number({ error: 'must be a whole number of at least 1' })
      .int({ error: 'must be a whole number of at least 1' })
      .min(1, { error: 'must be a whole number of at least 1' })
      .optional()
      .meta({ description: 'Checking threads (default: one per core but one, at least 1). Flag: --jobs.' }),
  });
  return { sizeSchema, configSchema };
});
const sizeSchema = () => __schemas().sizeSchema;
export const configSchema = () => __schemas().configSchema;

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

function shown(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function keyPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** Validate already-parsed data; `file` is the absolute file path, used for messages and `patterns`. */
export function validateConfig(data: unknown, file: string, cwd = process.cwd(), prefix = ''): OplintConfig {
  const name = shown(file, cwd);
  if (data === null || data === undefined) return {};
  const res = configSchema().safeParse(data);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    const base = [prefix, keyPath(issue.path)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => (base ? `${base}.${k}` : k));
      throw new ConfigError(name, '', `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`);
    }
    if (issue.path.length === 0) {
      throw new ConfigError(name, prefix, prefix ? 'must be an object of settings' : 'the config must be an object of settings');
    }
    throw new ConfigError(name, base || prefix, issue.message);
  }
  const { $schema: _schema, ...c } = res.data;
  const out: OplintConfig = { ...c };
  if (c.extensions) out.extensions = normalizeExtensions(c.extensions);
  if (c.patterns) out.patterns = c.patterns.map((p) => resolve(dirname(file), p));
  return out;
}

function readConfigFile(file: string, cwd: string): OplintConfig {
  const name = shown(file, cwd);
  let text: string;
  try {
    // a UTF-8 byte-order mark (Notepad, PowerShell's Out-File) is not part of the JSON or YAML
    text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`;
    throw new ConfigError(name, '', `cannot read config file: ${why}`);
  }
  if (basename(file) === 'package.json') {
    let pkg: unknown;
    try {
      pkg = JSON.parse(text);
    } catch (err) {
      throw new ConfigError(name, '', `invalid JSON: ${(err as Error).message.split('\n')[0]}`);
    }
    const section = (pkg as Record<string, unknown> | null)?.oplint;
    return validateConfig(section ?? {}, file, cwd, 'oplint');
  }
  let data: unknown;
  const ext = extname(file).toLowerCase();
  if (ext === '.json') {
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new ConfigError(name, '', `invalid JSON: ${(err as Error).message.split('\n')[0]}`);
    }
  } else {
    // .yaml, .yml, and any other name given with --config (YAML also reads JSON).
    try {
      data = yaml().parse(text);
    } catch (err) {
      throw new ConfigError(name, '', `invalid YAML: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  return validateConfig(data, file, cwd);
}

function packageHasOplint(file: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8').replace(/^\ufeff/, '')) as Record<string, unknown> | null;
    return typeof pkg === 'object' && pkg !== null && 'oplint' in pkg;
  } catch {
    // A package.json that does not parse is only ours to report if it carries our key; it cannot say.
    return false;
  }
}

/** The config file that applies from `cwd` (searching upward), without reading it; undefined if none. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const f = join(dir, name);
      if (existsSync(f)) return f;
    }
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && packageHasOplint(pkg)) return pkg;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export interface LoadConfigOptions {
  cwd: string;
  /** `--config <file>`, relative to cwd. */
  explicit?: string;
  /** Environment to read `OPLINT_CONFIG` from (default `process.env`). */
  env?: Record<string, string | undefined>;
}

/** Find, read and validate the config. Returns null when there is none. Throws ConfigError. */
export function loadConfig(opts: LoadConfigOptions): LoadedConfig | null {
  const cwd = resolve(opts.cwd);
  const env = opts.env ?? process.env;
  const chosen = opts.explicit ?? (env[CONFIG_ENV] ? env[CONFIG_ENV] : undefined);
  const file = chosen !== undefined ? resolve(cwd, chosen) : findConfigFile(cwd);
  if (!file) return null;
  return { config: readConfigFile(file, cwd), file };
}

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

export function defaultOptions(): ResolvedOptions {
  return {
    code: 'auto',
    format: 'pretty',
    extensions: [...DEFAULT_EXTENSIONS],
    ignore: [],
    patterns: [],
    elements: {},
    failOn: 'fail',
    maxSize: DEFAULT_MAX_SIZE,
    jobs: defaultJobs(),
  };
}

/** Comma-separated or repeated values (`--ext txt,md`). */
const list = (v: string | string[]): string[] =>
  (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
/** Repeated values kept whole: a folder or glob may contain a comma. */
const each = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean);

/** Edit distance (Levenshtein), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest of `known` to `word` when it is close enough to be a typo (or a prefix / plural), else undefined. */
export function didYouMean(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  return bestD <= limit || best.startsWith(word) || word.startsWith(best) ? best : undefined;
}

/** The key a config file's settings live under ("oplint" in package.json), for messages. */
function prefixOf(file: string): string {
  return basename(file) === 'package.json' ? 'oplint.' : '';
}

/**
 * Element ids in the config's `elements` must exist in the loaded packs (a typo such as "drugs" would
 * otherwise silently leave "drug" at its default severity). Throws ConfigError naming the file and key.
 */
export function checkElementIds(loaded: LoadedConfig | null | undefined, known: Iterable<string>, cwd = process.cwd()): void {
  const elements = loaded?.config.elements;
  if (!loaded || !elements) return;
  const ids = [...new Set(known)].sort();
  for (const key of Object.keys(elements)) {
    if (ids.includes(key)) continue;
    const near = didYouMean(key, ids);
    const hint = near ? `; did you mean "${near}"?` : `; known elements: ${ids.join(', ')}`;
    throw new ConfigError(shown(loaded.file, cwd), `${prefixOf(loaded.file)}elements.${key}`, `unknown element "${key}"${hint}`);
  }
}

/**
 * Pattern folders named in the config must exist; the error blames the config file and its key
 * (`patterns[1]`), not the `--patterns` flag. Returns the config's folders (absolute).
 */
export function checkConfigPatternDirs(loaded: LoadedConfig | null | undefined, cwd = process.cwd()): string[] {
  const dirs = loaded?.config.patterns ?? [];
  dirs.forEach((p, i) => {
    if (!isDir(p)) throw new ConfigError(shown(loaded!.file, cwd), `${prefixOf(loaded!.file)}patterns[${i}]`, `${p} is not a folder`);
  });
  return dirs;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A mistyped pattern folder would silently leave a coder's lexicon unused: refuse it (the CLI calls this). */
export function checkPatternDirs(dirs: string[], fromConfig: readonly string[] = []): void {
  for (const p of dirs) {
    if (fromConfig.includes(p)) continue; // checked against the config file by checkConfigPatternDirs
    if (!isDir(p)) throw new OptionError('--patterns', `${p} is not a folder`);
  }
}

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
export function mergeOptions(
  config: OplintConfig | null | undefined,
  cli: CliOptions,
  given?: ReadonlySet<string>,
  cwd = process.cwd(),
): ResolvedOptions {
  const out = defaultOptions();
  const c = config ?? {};
  if (c.code !== undefined) out.code = c.code;
  if (c.format !== undefined) out.format = c.format;
  if (c.extensions !== undefined) out.extensions = [...c.extensions];
  if (c.ignore !== undefined) out.ignore = [...c.ignore];
  if (c.patterns !== undefined) out.patterns = [...c.patterns];
  if (c.elements !== undefined) out.elements = { ...c.elements };
  if (c.failOn !== undefined) out.failOn = c.failOn;
  if (c.maxSize !== undefined) out.maxSize = c.maxSize;
  if (c.jobs !== undefined) out.jobs = c.jobs;

  const has = (k: keyof CliOptions): boolean => cli[k] !== undefined && (given ? given.has(k) : true);

  if (has('code')) {
    const v = String(cli.code).toLowerCase();
    if (!/^(2070[0-5]|auto)$/.test(v)) throw new OptionError('--code', `"${cli.code}" is not a code 20700-20705 or "auto"`);
    out.code = v;
  }
  if (has('format')) {
    const v = String(cli.format);
    if (!(FORMATS as readonly string[]).includes(v)) throw new OptionError('--format', `"${v}" ${oneOf(FORMATS)}`);
    out.format = v as Format;
  }
  const ext = has('ext') ? cli.ext : has('extensions') ? cli.extensions : undefined;
  if (ext !== undefined) {
    const exts = normalizeExtensions(list(ext));
    if (exts.length === 0) throw new OptionError('--ext', 'needs at least one extension');
    out.extensions = exts;
  }
  if (has('ignore')) out.ignore.push(...each(cli.ignore!));
  if (has('patterns')) out.patterns.push(...each(cli.patterns!).map((p) => resolve(cwd, p)));

  if (has('failOn')) {
    const v = String(cli.failOn);
    if (!(FAIL_ON as readonly string[]).includes(v)) throw new OptionError('--fail-on', `"${v}" ${oneOf(FAIL_ON)}`);
    out.failOn = v as FailOn;
  }
  if (has('maxSize')) {
    try {
      out.maxSize = parseSize(cli.maxSize!);
    } catch (err) {
      throw new OptionError('--max-size', (err as Error).message);
    }
  }
  if (has('jobs')) {
    const n = typeof cli.jobs === 'number' ? cli.jobs : /^\s*\d+\s*$/.test(String(cli.jobs)) ? Number(cli.jobs) : NaN;
    if (!Number.isInteger(n) || n < 1) throw new OptionError('--jobs', `"${cli.jobs}" must be a whole number of at least 1`);
    out.jobs = n;
  }
  return out;
}
