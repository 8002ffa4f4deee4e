/**
 * The pattern store: every pattern file under `patterns/`, loaded once per list of pattern directories,
 * validated whole and kept as one immutable snapshot.
 *
 * - A file in a user directory (`--patterns <dir>`, config `patterns`) overrides the shipped file with the
 *   same relative path, for every kind of file (lexicons, packs, primaries, context, sections, quantities,
 *   codes, queries, grammar).
 * - Every file of every user directory is read and validated when the store is built, so a broken override
 *   stops the run (PackError → exit 2, naming the file) even when this run would not have needed it.
 * - Shipped files whose text hashes to the value recorded at build time (`dist/patterns.cache.json`) are not
 *   parsed again: the cache is keyed by content, so an installed package or the standalone binary uses it.
 * - Workers build the same store from the same directories.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { PackError, parsePack, patternsDir, readPatternText, embeddedPattern } from './load.js';
import { LexiconSchema } from '../nlp/lexicon.js';
import { PackSchema } from '../rules/pack.js';
import { QuantitiesSchema } from '../nlp/quantity.js';
import { ContextPackSchema } from '../nlp/context.js';
import { SectionsSchema } from '../text/sections.js';
import { codesFileSchema, primariesFileSchema } from '../codes.js';
import { QueriesSchema } from '../query.js';
import { GrammarSchema } from '../nlp/grammar.js';
import { OutcomesSchema } from '../outcomes.js';
import { regexProblem } from './redos.js';
import { nounForms, verbForms } from '../nlp/inflect.js';

type SchemaGetter = () => z.ZodType<unknown>;

/** Which schema validates which relative path (a function: the schema modules import this one). */
const KINDS = (): { test: RegExp; what: string; schema: SchemaGetter }[] => [
  { test: /^lexicons\/[A-Za-z0-9_-]+\.yaml$/, what: 'lexicons/<name>.yaml', schema: LexiconSchema as SchemaGetter },
  { test: /^packs\/\d{5}\.yaml$/, what: 'packs/<code>.yaml', schema: PackSchema as SchemaGetter },
  { test: /^primaries\/\d{5}\.yaml$/, what: 'primaries/<code>.yaml', schema: primariesFileSchema as SchemaGetter },
  { test: /^context\.yaml$/, what: 'context.yaml', schema: ContextPackSchema as SchemaGetter },
  { test: /^sections\.yaml$/, what: 'sections.yaml', schema: SectionsSchema as SchemaGetter },
  { test: /^quantities\.yaml$/, what: 'quantities.yaml', schema: QuantitiesSchema as SchemaGetter },
  { test: /^codes\.yaml$/, what: 'codes.yaml', schema: codesFileSchema as SchemaGetter },
  { test: /^queries\.yaml$/, what: 'queries.yaml', schema: QueriesSchema as SchemaGetter },
  { test: /^grammar\.yaml$/, what: 'grammar.yaml', schema: GrammarSchema as SchemaGetter },
  { test: /^outcomes\.yaml$/, what: 'outcomes.yaml', schema: OutcomesSchema as SchemaGetter },
];

export function schemaFor(rel: string): SchemaGetter | undefined {
  return KINDS().find((k) => k.test.test(rel))?.schema;
}

/** Relative paths of the YAML files under a folder (forward slashes), skipping dot-folders and README files. */
export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const n of names) {
      if (n.startsWith('.')) continue;
      const p = join(d, n);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (/\.ya?ml$/i.test(n)) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

export const contentHash = (text: string): string => createHash('sha1').update(text).digest('hex');

interface CacheEntry {
  hash: string;
  data: unknown;
}
let built: Record<string, CacheEntry> | null | undefined;

/** The build-time cache: validated data of the shipped files keyed by the hash of their text. */
function builtCache(): Record<string, CacheEntry> | null {
  if (built !== undefined) return built;
  built = null;
  const embedded = embeddedPattern('patterns.cache.json');
  let text = embedded;
  if (text === undefined) {
    try {
      text = readFileSync(join(dirname(patternsDir()), 'dist', 'patterns.cache.json'), 'utf8');
    } catch {
      text = undefined;
    }
  }
  if (text !== undefined) {
    try {
      const parsed = JSON.parse(text) as { version?: number; files?: Record<string, CacheEntry> };
      if (parsed.version === 2 && parsed.files) built = parsed.files;
    } catch {
      built = null;
    }
  }
  return built;
}

/** Ignore the build-time cache (the build script records fresh data). */
export function disableBuiltCache(): void {
  built = null;
}

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
export class PatternStore {
  private readonly files = new Map<string, StoredFile>();
  /** What was compiled from this store's data (lexicon regexes, the ConText engine, section titles...). */
  private readonly built = new Map<string, unknown>();

  constructor(readonly dirs: readonly string[]) {
    const rels = new Set<string>();
    const cache = builtCache();
    const shipped = cache ? Object.keys(cache) : yamlFiles(patternsDir());
    for (const rel of shipped) rels.add(rel);
    for (const d of dirs) {
      for (const rel of yamlFiles(d)) {
        if (!schemaFor(rel)) {
          throw new PackError(join(d, rel), '', `not a pattern file oplint reads (expected one of ${KINDS().map((k) => k.what).join(', ')})`);
        }
        rels.add(rel);
      }
    }
    for (const rel of [...rels].sort()) this.files.set(rel, this.load(rel, cache));
  }

  private load(rel: string, cache: Record<string, CacheEntry> | null): StoredFile {
    const { text, file, overridden } = readPatternText(rel, [...this.dirs]);
    const hash = contentHash(text);
    const hit = !overridden ? cache?.[rel] : undefined;
    if (hit && hit.hash === hash) return { rel, file, overridden, hash, data: hit.data };
    const schema = schemaFor(rel);
    if (!schema) throw new PackError(file, '', 'not a pattern file oplint reads');
    const data = expandLemmas(rel, parsePack(text, file, schema));
    // a user's regular expression must not backtrack catastrophically (the shipped ones are checked by a test)
    if (overridden) {
      for (const r of regexesOf(rel, data)) {
        const problem = regexProblem(r.source);
        if (problem) throw new PackError(file, r.path, problem);
      }
    }
    return { rel, file, overridden, hash, data };
  }

  has(rel: string): boolean {
    return this.files.has(rel);
  }

  /** Validated data of a pattern file; a missing file is a PackError naming it. */
  data<T>(rel: string): T {
    const f = this.files.get(rel);
    if (!f) throw new PackError(`patterns/${rel}`, '', 'pattern file not found');
    return f.data as T;
  }

  /**
   * Something compiled from this store's data, built on first use and kept with the store: the rule set's
   * compiled forms hang off the one immutable snapshot they come from, never off a module-level cache keyed by
   * directory names, so two rule sets in one process never see each other's compiled patterns.
   */
  compiled<T>(key: string, build: (store: PatternStore) => T): T {
    if (this.built.has(key)) return this.built.get(key) as T;
    const value = build(this);
    this.built.set(key, value);
    return value;
  }

  /** Where a file comes from, as messages should name it. */
  fileOf(rel: string): string {
    return this.files.get(rel)?.file ?? `patterns/${rel}`;
  }

  /** Every file, for the build-time cache and `--print-config`. */
  list(): StoredFile[] {
    return [...this.files.values()];
  }
}

const stores = new Map<string, PatternStore>();

/**
 * The store for a list of directories: built on first use, then shared (it is immutable). This is the one
 * process-wide memo of pattern data; everything compiled from it hangs off the store's RuleSet.
 */
export function patternStore(dirs: readonly string[] = []): PatternStore {
  const key = dirs.join('\u0000');
  let s = stores.get(key);
  if (!s) {
    s = new PatternStore(dirs);
    stores.set(key, s);
  }
  return s;
}

/** Forget every store (tests that edit pattern files on disk). */
export function clearPatternStores(): void {
  stores.clear();
  built = undefined;
}

/** The regular expressions a pattern file holds, with their path in the file (for the ReDoS guard). */
export function regexesOf(rel: string, data: unknown): { path: string; source: string }[] {
  const out: { path: string; source: string }[] = [];
  const d = data as Record<string, unknown>;
  if (rel.startsWith('lexicons/')) {
    ((d.entries as { terms: string[] }[]) ?? []).forEach((e, ei) =>
      e.terms.forEach((t, ti) => {
        if (t.startsWith('re:')) out.push({ path: `entries[${ei}].terms[${ti}]`, source: t.slice(3) });
      }),
    );
  } else if (rel === 'context.yaml') {
    for (const key of ['triggers', 'pseudo', 'terminators', 'boundaries', 'doneToday']) {
      ((d[key] as { pattern?: string }[]) ?? []).forEach((e, i) => {
        if (e.pattern) out.push({ path: `${key}[${i}].pattern`, source: e.pattern });
      });
    }
  } else if (rel === 'grammar.yaml') {
    const t = (d.timeline ?? {}) as Record<string, string[]>;
    for (const key of ['earlierAnchors', 'todayAnchors']) (t[key] ?? []).forEach((p, i) => out.push({ path: `timeline.${key}[${i}]`, source: p }));
  }
  return out;
}

/** A lexicon's verb and noun lemmas expanded into their inflections (compromise), added to its terms. */
function expandLemmas(rel: string, data: unknown): unknown {
  if (!rel.startsWith('lexicons/')) return data;
  const d = data as { entries: { terms: string[]; verbs?: string[]; nouns?: string[] }[] };
  if (!d.entries.some((e) => e.verbs?.length || e.nouns?.length)) return data;
  return {
    ...d,
    entries: d.entries.map((e) => {
      if (!e.verbs?.length && !e.nouns?.length) return e;
      const terms = [...e.terms];
      for (const t of [...verbForms(e.verbs ?? []), ...nounForms(e.nouns ?? [])]) if (!terms.some((x) => x.toLowerCase() === t)) terms.push(t);
      return { ...e, terms };
    }),
  };
}
