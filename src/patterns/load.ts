import { readFileSync, statSync } from 'node:fs';
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
  shippedDir = candidates.find((d) => {
    try {
      return statSync(join(d, 'packs')).isDirectory();
    } catch {
      return false;
    }
  }) ?? candidates[0]!;
  return shippedDir;
}

export function readPatternText(rel: string, dirs: string[] = []): { text: string; file: string } {
  for (const d of dirs) {
    const file = join(d, rel);
    try {
      return { text: readFileSync(file, 'utf8'), file };
    } catch {
      /* not in this extra directory */
    }
  }
  const embedded = override?.(rel);
  if (embedded !== undefined) return { text: embedded, file: `patterns/${rel}` };
  const file = join(patternsDir(), rel);
  try {
    return { text: readFileSync(file, 'utf8'), file };
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

const cache = new Map<string, unknown>();

/**
 * Build-time cache of the shipped packs (`dist/patterns.cache.json`, written by scripts/build-patterns.mjs):
 * parsed and validated data keyed by file, with the size and mtime it was built from. A pack edited after
 * the build no longer matches and is read from its YAML again, so a coder's new synonym takes effect at once.
 */
interface CacheEntry {
  size: number;
  mtimeMs: number;
  data: unknown;
}
let built: Record<string, CacheEntry> | null | undefined;
const recorded: Record<string, CacheEntry> = {};

function builtCache(): Record<string, CacheEntry> | null {
  if (built !== undefined) return built;
  try {
    // dist/patterns.cache.json, seen from dist/patterns/load.js or from the bundle in dist/
    const file = join(dirname(patternsDir()), 'dist', 'patterns.cache.json');
    built = (JSON.parse(readFileSync(file, 'utf8')) as { files: Record<string, CacheEntry> }).files;
  } catch {
    built = null;
  }
  return built;
}

function shippedStat(rel: string): { size: number; mtimeMs: number } | undefined {
  try {
    const st = statSync(join(patternsDir(), rel));
    return { size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return undefined;
  }
}

/** Load and validate a pattern file once per process (relative to the patterns folder). */
export function loadPack<T>(rel: string, schema: SchemaArg<T>, dirs: string[] = []): T {
  const key = `${dirs.join('|')}::${rel}`;
  if (cache.has(key)) return cache.get(key) as T;
  const overridden = dirs.some((d) => {
    try {
      return statSync(join(d, rel)).isFile();
    } catch {
      return false;
    }
  });
  if (!overridden && !override) {
    const st = shippedStat(rel);
    const hit = builtCache()?.[rel];
    if (st && hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) {
      cache.set(key, hit.data);
      return hit.data as T;
    }
  }
  const { text, file } = readPatternText(rel, dirs);
  const value = parsePack(text, file, schema);
  cache.set(key, value);
  if (!overridden) {
    const st = shippedStat(rel);
    if (st) recorded[rel] = { ...st, data: value };
  }
  return value;
}

/** The file a pack comes from, as messages should name it: the user's folder, or `patterns/<rel>`. */
export function packFile(rel: string, dirs: string[] = []): string {
  for (const d of dirs) {
    try {
      if (statSync(join(d, rel)).isFile()) return join(d, rel);
    } catch {
      /* not in this folder */
    }
  }
  return `patterns/${rel}`;
}

/** The shipped packs parsed in this process, for the build-time cache. */
export function recordedPacks(): Record<string, CacheEntry> {
  return recorded;
}

export function clearPackCache(): void {
  cache.clear();
  built = undefined;
}

/** Ignore the build-time cache (the build script uses it to record fresh data). */
export function disableBuiltCache(): void {
  built = null;
}
