import type { z } from 'zod';
import { lazy, zod } from '../deps.js';
import { PackError } from '../patterns/load.js';
import { patternStore } from '../patterns/store.js';
import { SplitAlternation } from '../text/regex.js';

const __schemas = lazy(() => {
  const z = zod();
  const LexiconSchema = z.strictObject({
    lexicon: z.string().min(1),
    description: z.string().optional(),
    /**
     * Misspellings: a word of at least `minLength` letters that no term matches but that is within `maxEdits`
     * edits (insert, delete, substitute, swap) of a one-word term, with the same first three letters, is that term
     * ("gentamycine", "vancomyacin", "stimulen"). One edit only for words shorter than `twoEditsFrom`.
     * `joinWords` (default 1, off): up to that many short words in a row (each of at most `joinPieceMax` letters, the
     * first with a term's first three letters) are read as one word, as speech recognition splits a long name into
     * sound-alike pieces ("gent a mice in" is "gentamicein", within one edit of gentamicin).
     */
    fuzzy: z
      .strictObject({
        minLength: z.number().int().positive(),
        maxEdits: z.number().int().min(1).max(2),
        twoEditsFrom: z.number().int().positive(),
        joinWords: z.number().int().min(1).max(6).default(1),
        joinPieceMax: z.number().int().min(1).max(12).default(6),
      })
      .optional(),
    entries: z
      .array(
        z
          .strictObject({
            name: z.string().min(1),
            terms: z.array(z.string().min(1)).default([]),
            /** Verb lemmas: their past tense, present tense and gerund are added to terms when the file is validated. */
            verbs: z.array(z.string().min(1)).optional(),
            /** Noun lemmas: singular and plural are added to terms. */
            nouns: z.array(z.string().min(1)).optional(),
            tags: z.array(z.string().min(1)).optional(),
            /**
             * A count of a whole ("11 of 14", "12/12"): the tags the match takes when its first number is fewer
             * than the second, or equal to it (any other count is no match).
             */
            countTags: z.strictObject({ fewer: z.array(z.string().min(1)), equal: z.array(z.string().min(1)) }).optional(),
          })
          .refine((e) => e.terms.length + (e.verbs?.length ?? 0) + (e.nouns?.length ?? 0) > 0, 'an entry needs terms, verbs or nouns'),
      )
      .min(1),
  });
  return { LexiconSchema };
});
export const LexiconSchema = () => __schemas().LexiconSchema;
export type LexiconFile = z.infer<ReturnType<typeof LexiconSchema>>;

export interface LexEntry {
  name: string;
  tags: Set<string>;
  /** A count of a whole (`countTags` in the file): the entry a match becomes when it falls short, or is whole. */
  byCount?: { fewer: LexEntry; equal: LexEntry };
}

/** The entry a count match becomes: its first number against its second ("11 of 14", "12/12"). */
function countEntry(e: NonNullable<LexEntry['byCount']>, text: string): LexEntry | undefined {
  const ns = text.match(/\d+/g);
  if (!ns || ns.length < 2) return undefined;
  const part = Number(ns[0]);
  const whole = Number(ns[1]);
  return part < whole ? e.fewer : part === whole ? e.equal : undefined;
}

export interface Lexicon {
  id: string;
  entries: LexEntry[];
  /** One-word terms by their first three letters, for misspellings (`fuzzy` in the file), and the words worth a look. */
  fuzzy?: { minLength: number; maxEdits: number; twoEditsFrom: number; byPrefix: Map<string, { term: string; entry: LexEntry }[]>; words: RegExp; pieces?: RegExp };
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

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `{{name}}` in a pattern term, replaced by the grammar's macro of that name. */
const MACRO = /\{\{([a-zA-Z][\w-]*)\}\}/g;

/** A `re:` term's source with its `{{name}}` macros expanded, macros inside macros too (an unknown name is a message, not a source). */
export function expandMacros(source: string, macros: Readonly<Record<string, string>>): string | { unknown: string } {
  let unknown: string | undefined;
  let out = source;
  // (a macro may use others: a few rounds, then a cycle is left as written and the regex says so)
  for (let round = 0; round < 4 && MACRO.test(out); round++) {
    MACRO.lastIndex = 0;
    out = out.replace(MACRO, (_, name: string) => {
      const m = macros[name];
      if (m === undefined) unknown ??= name;
      return m === undefined ? '' : `(?:${m})`;
    });
  }
  MACRO.lastIndex = 0;
  return unknown === undefined ? out : { unknown };
}

/**
 * Turn a lexicon term into a regex source: a space matches a run of white space or a hyphen (with a line break or
 * spaces after it, as a wrap leaves it), never a dash set off by spaces, which separates ("[ ] no - retained cement" is
 * an answer and its remark, not "no retained cement"); hyphens are optional.
 */
export function termSource(term: string): string {
  if (term.startsWith('re:')) return term.slice(3);
  return term
    .trim()
    .split(/(\s+|-)/)
    .map((part) => (part === '-' ? '[\\s-]*' : /^\s+$/.test(part) ? '(?:\\s+|-)\\s*' : esc(part)))
    .join('');
}

export function compileLexicon(file: LexiconFile, where = file.lexicon, macros: Readonly<Record<string, string>> = {}): Lexicon {
  const entries: LexEntry[] = [];
  const terms: { t: string; entry: LexEntry }[] = [];
  const expanded = file.entries.map((e, ei) => ({
    ...e,
    terms: e.terms.map((t, ti) => {
      if (!t.startsWith('re:') || !t.includes('{{')) return t;
      const x = expandMacros(t.slice(3), macros);
      if (typeof x !== 'string') throw new PackError(where, `entries[${ei}].terms[${ti}]`, `unknown macro {{${x.unknown}}} (grammar.yaml macros)`);
      return `re:${x}`;
    }),
  }));
  expanded.forEach((e, ei) => {
    e.terms.forEach((t, ti) => {
      if (!t.startsWith('re:')) return;
      let groupsInTerm: number;
      try {
        groupsInTerm = new RegExp(`${t.slice(3)}|`).exec('')!.length - 1;
      } catch (err) {
        throw new PackError(where, `entries[${ei}].terms[${ti}]`, `invalid regular expression: ${(err as Error).message}`);
      }
      if (groupsInTerm > 0) throw new PackError(where, `entries[${ei}].terms[${ti}]`, 'use (?:...) instead of capturing groups');
    });
    const entry: LexEntry = { name: e.name, tags: new Set(e.tags ?? []) };
    if (e.countTags) {
      entry.byCount = { fewer: { name: e.name, tags: new Set(e.countTags.fewer) }, equal: { name: e.name, tags: new Set(e.countTags.equal) } };
      entries.push(entry.byCount.fewer, entry.byCount.equal);
    }
    entries.push(entry);
    for (const t of e.terms) terms.push({ t, entry });
  });
  // At one position the longest term wins, whichever entry it belongs to ("Palacos R+G" is not "Palacos R"
  // followed by "+G"): one group per term, longest first (a pattern term counts by its source length).
  terms.sort((a, b) => b.t.length - a.t.length);
  const groupEntries = terms.map((x) => x.entry);
  let regex: SplitAlternation;
  try {
    // Terms start with a letter or digit, so a word boundary is the cheap way to refuse a match inside a
    // longer word (it also treats "_" as a letter, which notes do not use).
    const startsWithWord = file.entries.every((e) => e.terms.every((t) => t.startsWith('re:') || /^[A-Za-z0-9]/.test(t.trim())));
    const lead = startsWithWord ? '\\b' : '(?<![A-Za-z0-9])';
    regex = new SplitAlternation(
      terms.map((x) => termSource(x.t)),
      { flags: 'gi', prefix: lead, suffix: 's?(?![A-Za-z0-9])' },
    );
  } catch (err) {
    throw new PackError(where, 'entries', `invalid term pattern: ${(err as Error).message}`);
  }
  let fuzzy: Lexicon['fuzzy'];
  if (file.fuzzy) {
    const byPrefix = new Map<string, { term: string; entry: LexEntry }[]>();
    for (const x of terms) {
      const t = x.t.trim().toLowerCase();
      if (t.startsWith('re:') || !/^[a-z]+$/.test(t) || t.length < file.fuzzy.minLength - file.fuzzy.maxEdits) continue;
      const k = t.slice(0, PREFIX);
      byPrefix.set(k, [...(byPrefix.get(k) ?? []), { term: t, entry: x.entry }]);
    }
    // the words worth a look: a known first three letters and enough letters after them (one regex pass)
    const words = new RegExp(`\\b(?:${[...byPrefix.keys()].join('|')})[a-z]{${Math.max(0, file.fuzzy.minLength - PREFIX)},}\\b`, 'gi');
    // (and runs of short words that may be one name split by speech recognition: "gent a mice in")
    const j = file.fuzzy.joinWords ?? 1;
    const pm = file.fuzzy.joinPieceMax ?? 6;
    const pieces = j > 1 ? new RegExp(`\\b(?:${[...byPrefix.keys()].join('|')})[a-z]{0,${Math.max(0, pm - PREFIX)}}(?:[ ]+[a-z]{1,${pm}}){1,${j - 1}}\\b`, 'gi') : undefined;
    fuzzy = { ...file.fuzzy, byPrefix, words, ...(pieces ? { pieces } : {}) };
  }
  return { id: file.lexicon, entries, groupEntries, regex, ...(fuzzy ? { fuzzy } : {}) };
}

/** Letters a misspelling keeps from the start of its word. */
const PREFIX = 3;

/** Edit distance with adjacent swaps (optimal string alignment), or `max + 1` as soon as it must exceed `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Words of `text` that misspell a one-word term of a fuzzy lexicon, outside the spans already matched. */
function fuzzyMatches(lex: Lexicon, text: string, taken: Match[]): Match[] {
  const f = lex.fuzzy!;
  const out: Match[] = [];
  const word = f.words;
  word.lastIndex = 0;
  let k = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[0];
    const cands = f.byPrefix.get(w.slice(0, PREFIX).toLowerCase());
    if (!cands) continue;
    while (k < taken.length && taken[k]!.end <= m.index) k++;
    if (k < taken.length && taken[k]!.start < m.index + w.length) continue;
    const lw = w.toLowerCase();
    const max = lw.length >= f.twoEditsFrom ? f.maxEdits : 1;
    let best: { entry: LexEntry; d: number } | undefined;
    for (const c of cands) {
      if (c.term === lw) continue;
      const d = editDistance(lw, c.term, max);
      if (d <= max && (!best || d < best.d)) best = { entry: c.entry, d };
    }
    if (best) out.push({ lexicon: lex.id, entry: best.entry, start: m.index, end: m.index + w.length, text: w });
  }
  if (f.pieces) out.push(...joinedMatches(lex, text, [...taken, ...out].sort((x, y) => x.start - y.start)));
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Runs of short words that, read as one word, misspell a one-word term of a fuzzy lexicon (`joinWords`): the longest
 * run of two or more pieces, from the first, that is within the allowed edits; outside the spans already matched.
 */
function joinedMatches(lex: Lexicon, text: string, taken: Match[]): Match[] {
  const f = lex.fuzzy!;
  const out: Match[] = [];
  const re = f.pieces!;
  re.lastIndex = 0;
  let k = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const cands = f.byPrefix.get(m[0].slice(0, PREFIX).toLowerCase());
    while (k < taken.length && taken[k]!.end <= m.index) k++;
    if (!cands || (k < taken.length && taken[k]!.start < m.index + m[0].length)) continue;
    const pieces = [...m[0].matchAll(/\S+/g)];
    const parts = pieces.map((x) => x[0]);
    let best: { entry: LexEntry; n: number } | undefined;
    for (let n = 2; n <= parts.length; n++) {
      const lw = parts.slice(0, n).join('').toLowerCase();
      if (lw.length < f.minLength) continue;
      const max = lw.length >= f.twoEditsFrom ? f.maxEdits : 1;
      for (const c of cands) {
        if (editDistance(lw, c.term, max) <= max) best = { entry: c.entry, n };
      }
    }
    if (!best) continue;
    // (the run ends after its last piece; the words after it are searched again)
    const last = pieces[best.n - 1]!;
    const end = m.index + last.index! + last[0].length;
    out.push({ lexicon: lex.id, entry: best.entry, start: m.index, end, text: text.slice(m.index, end) });
    re.lastIndex = end;
  }
  return out;
}

/** `patterns/lexicons/<name>.yaml` of the rule set of these directories (extra directories first), compiled once per rule set. */
export function getLexicon(name: string, patternDirs: readonly string[] = []): Lexicon {
  return patternStore(patternDirs).compiled(`lexicon:${name}`, (store) => {
    const rel = `lexicons/${name}.yaml`;
    return compileLexicon(store.data<LexiconFile>(rel), store.fileOf(rel), store.data<{ macros?: Record<string, string> }>('grammar.yaml').macros);
  });
}

/** All matches of a lexicon in `text`, left to right, longest alternative first. */
export function matchAll(lex: Lexicon, text: string): Match[] {
  const out: Match[] = [];
  let from = 0;
  for (let m = lex.regex.exec(text, from); m; m = lex.regex.exec(text, from)) {
    if (m.end === m.start) {
      from = m.start + 1;
      continue;
    }
    // (the minutes of a clock time are no count: "08:12 beads removed from beneath the fascia"; the words after the
    // digits may still match on their own)
    const digits = /^\d+/.exec(m.text);
    if (digits && m.start >= 2 && text[m.start - 1] === ':' && /\d/.test(text[m.start - 2]!)) {
      from = m.start + digits[0].length;
      continue;
    }
    from = m.end;
    let entry: LexEntry | undefined = lex.groupEntries[m.alt];
    if (entry?.byCount) entry = countEntry(entry.byCount, m.text);
    if (entry) out.push({ lexicon: lex.id, entry, start: m.start, end: m.end, text: m.text });
  }
  if (!lex.fuzzy) return out;
  const extra = fuzzyMatches(lex, text, out);
  return extra.length ? [...out, ...extra].sort((x, y) => x.start - y.start) : out;
}
