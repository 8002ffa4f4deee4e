import { readFileSync, statSync } from 'node:fs';
import { patternStore } from './store.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { yaml } from '../deps.js';

/** A pattern pack that failed to load: names the file, the path inside it and what is wrong. */
export class PackError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${file}${path ? ` at ${path}` : ''}: ${problem}`);
    this.name = 'PackError';
  }
}

let override: ((rel: string) => string | undefined) | undefined;

/** Lets a bundled binary serve pattern files from embedded assets instead of the file system. */
export function setPatternSource(fn: (rel: string) => string | undefined): void {
  override = fn;
}

let shippedDir: string | undefined;

/**
 * The shipped `patterns/` folder, beside `dist/` or `src/`: found from this module (dist/patterns/load.js),
 * or from a one-file bundle (dist/cli.bundle.mjs).
 */
export function patternsDir(): string {
  if (shippedDir) return shippedDir;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, '..', '..', 'patterns'), resolve(here, '..', 'patterns')];
  const hasPacks = (d: string) => {
    try {
      return statSync(join(d, 'packs')).isDirectory();
    } catch {
      return false;
    }
  };
  // the folder beside this package's own package.json first: from the bundle (dist/cli.bundle.mjs) the first
  // candidate is the folder above the package, which may hold someone else's "patterns" (a user's override folder
  // beside a checkout)
  const ownPackage = (d: string) => {
    try {
      return (JSON.parse(readFileSync(join(d, '..', 'package.json'), 'utf8')) as { name?: string }).name === 'oplint';
    } catch {
      return false;
    }
  };
  shippedDir = candidates.find((d) => hasPacks(d) && ownPackage(d)) ?? candidates.find(hasPacks) ?? candidates[0]!;
  return shippedDir;
}

/** The embedded copy of a shipped pattern file (standalone binary), if any. */
export function embeddedPattern(rel: string): string | undefined {
  return override?.(rel);
}

/** The text of a pattern file: the first user directory that has it, else the embedded or shipped copy. */
export function readPatternText(rel: string, dirs: string[] = []): { text: string; file: string; overridden: boolean } {
  for (const d of dirs) {
    const file = join(d, rel);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // not in this directory
    }
    return { text: text.replace(/^\ufeff/, ''), file, overridden: true };
  }
  const embedded = override?.(rel);
  if (embedded !== undefined) return { text: embedded, file: `patterns/${rel}`, overridden: false };
  const file = join(patternsDir(), rel);
  try {
    return { text: readFileSync(file, 'utf8'), file, overridden: false };
  } catch (err) {
    throw new PackError(file, '', `cannot read pattern file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Parse YAML text and validate it with a zod schema; any problem becomes a PackError. */
export type SchemaArg<T> = z.ZodType<T> | (() => z.ZodType<T>);

export function parsePack<T>(text: string, file: string, schemaArg: SchemaArg<T>): T {
  const schema = typeof schemaArg === 'function' ? schemaArg() : schemaArg;
  let data: unknown;
  try {
    data = yaml().parse(text);
  } catch (err) {
    const msg = ((err as Error).message.split('\n')[0] ?? '').replace(/:\s*$/, '');
    throw new PackError(file, '', `invalid YAML: ${msg}`);
  }
  const res = schema.safeParse(data);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new PackError(file, path || '(root)', issue.message);
  }
  return res.data;
}

/**
 * Validated data of a pattern file (relative to the patterns folder), from the pattern store of these
 * directories: every file is validated when the store is built, with the schema of its kind. `schema` is
 * kept for callers' type inference only.
 */
export function loadPack<T>(rel: string, schema: SchemaArg<T>, dirs: string[] = []): T {
  void schema;
  return patternStore(dirs).data<T>(rel);
}

/** The file a pack comes from, as messages should name it: the user's folder, or `patterns/<rel>`. */
export function packFile(rel: string, dirs: string[] = []): string {
  return patternStore(dirs).fileOf(rel);
}

export { clearPatternStores as clearPackCache, disableBuiltCache } from './store.js';
