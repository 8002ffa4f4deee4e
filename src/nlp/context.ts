/**
 * ConText assertion engine (after Harkema et al., J Biomed Inform 2009;42:839-51, an extension of NegEx,
 * Chapman et al. 2001). Triggers, pseudo-triggers, terminators and sentence boundaries are data in
 * `patterns/context.yaml`; this module compiles them once (lazily) into one case-insensitive regex for
 * triggers / pseudo / terminators and one case-sensitive regex for boundaries, and keeps the analysis of the
 * last sentence so that every mention of one sentence costs a single scan.
 */
import type { z } from 'zod';
import { lazy, zod } from '../deps.js';
import { PackError } from '../patterns/load.js';
import { patternStore } from '../patterns/store.js';
import { OrderedAlternation } from '../text/regex.js';
import { expandMacros } from './lexicon.js';

export type ContextCategory = 'negated' | 'possible' | 'hypothetical' | 'historical' | 'family';
/** Set by section headers (history / plan). */
/**
 * What a sentence's part of the note asserts of everything in it: `hypothetical` as a plan says (a sentence reporting in
 * the past tense what was done today still stands), `unasserted` as text that is not the note's documentation says
 * (text appended or prefixed by others: hypothetical, whatever its tense).
 */
export type SectionAssertion = 'historical' | 'hypothetical' | 'unasserted' | 'negated' | null;

export interface Assertion {
  negated: boolean;
  possible: boolean;
  hypothetical: boolean;
  historical: boolean;
}

export interface TriggerHit {
  category: ContextCategory;
  literal: string;
  direction: 'forward' | 'backward' | 'bidirectional' | 'section';
  start: number;
  end: number;
  scopeStart: number;
  scopeEnd: number;
}

/** `triggers` are the ones whose scope covers the target. */
export interface AssertionDetail extends Assertion {
  family: boolean;
  triggers: TriggerHit[];
}

// ------------------------------------------------------------------------------------------------ schema

const CATEGORIES = ['negated', 'possible', 'hypothetical', 'historical', 'family'] as const;

/** A regex source must compile and must not add capturing groups (they would break the combined regex). */
function checkPattern(src: string, ctx: z.RefinementCtx): void {
  try {
    new RegExp(src, 'i');
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `invalid regex: ${(err as Error).message}` });
    return;
  }
  const bare = src.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  if (/\((?!\?)/.test(bare)) ctx.addIssue({ code: 'custom', message: 'use (?:...) groups only' });
}

const __schemas = lazy(() => {
  const z = zod();
  const Matcher = z
    .object({ literal: z.string().min(1).optional(), pattern: z.string().min(1).optional() })
    .superRefine((m, ctx) => {
      if ((m.literal === undefined) === (m.pattern === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'give exactly one of literal or pattern' });
      }
      if (m.pattern !== undefined) checkPattern(m.pattern, ctx);
    });
  const TriggerDef = z
    .object({
      literal: z.string().min(1).optional(),
      pattern: z.string().min(1).optional(),
      category: z.enum(CATEGORIES),
      direction: z.enum(['forward', 'backward', 'bidirectional']),
      maxScope: z.number().int().positive().optional(),
      /** End the forward scope at the next comma ("Rather than a spacer, beads were used"). */
      stopAtComma: z.boolean().optional(),
      /**
       * Backward, the scope is the clause right before the comma that precedes the trigger: a dictated
       * self-correction takes back what was just said ("vancomycin was added, scratch that, ...").
       */
      previousClause: z.boolean().optional(),
      /**
       * Backward, the scope starts after the last match of this pattern that has words between it and the trigger:
       * what ends the clause of the trigger's own subject ("beads packed down the canal thru window, window not
       * replaced": the subject of "not replaced" is the window, not the beads).
       */
      backwardBarrier: z.string().min(1).optional(),
      /**
       * Backward, a bracketed pair before the trigger is read over: its closing bracket ends nothing and what is inside
       * it is skipped ("3. Replacement bead chain (+20700-LT) ....... NOT DONE" negates the whole item).
       */
      overBrackets: z.boolean().optional(),
      /**
       * Forward, the scope runs over the clauses of the sentence, semicolons too: only a terminator that names this
       * trigger's category in its `categories` ends it ("At the index fixation four months ago, a plate ... was placed": a sentence that
       * opens by dating itself, up to "today").
       */
      wholeSentence: z.boolean().optional(),
    })
    .strict()
    .superRefine((m, ctx) => {
      if ((m.literal === undefined) === (m.pattern === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'give exactly one of literal or pattern' });
      }
      if (m.pattern !== undefined) checkPattern(m.pattern, ctx);
      if (m.backwardBarrier !== undefined) checkPattern(m.backwardBarrier, ctx);
    });
  const TerminatorDef = z
    .object({
      literal: z.string().min(1).optional(),
      pattern: z.string().min(1).optional(),
      /** Categories whose scope it ends in both directions (all when no list is given). */
      categories: z.array(z.enum(CATEGORIES)).min(1).optional(),
      /** Categories whose forward scope only it ends. */
      forward: z.array(z.enum(CATEGORIES)).min(1).optional(),
      /** Categories whose backward scope only it ends. */
      backward: z.array(z.enum(CATEGORIES)).min(1).optional(),
    })
    .strict()
    .superRefine((m, ctx) => {
      if ((m.literal === undefined) === (m.pattern === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'give exactly one of literal or pattern' });
      }
      if (m.pattern !== undefined) checkPattern(m.pattern, ctx);
    });
  const ContextPackSchema = z
    .object({
      version: z.literal(1),
      triggers: z.array(TriggerDef).min(1),
      pseudo: z.array(Matcher).default([]),
      terminators: z.array(TerminatorDef).default([]),
      boundaries: z.array(Matcher).default([]),
      doneToday: z.array(Matcher).default([]),
      /** What ends a clause, for a trigger's previousClause: punctuation, or punctuation dictated as a word. */
      clauseMarks: z.array(Matcher).default([]),
      /**
       * Pairs of brackets (opening and closing character): a closing one ends only the scopes that start inside its
       * pair, and a trigger inside a pair opened after another trigger does not end that trigger's scope.
       */
      brackets: z.array(z.strictObject({ open: z.string().min(1), close: z.string().min(1) }).superRefine((b, ctx) => { checkPattern(b.open, ctx); checkPattern(b.close, ctx); })).default([{ open: '\\(', close: '\\)' }]),
    })
    .strict();
  return { Matcher, TriggerDef, TerminatorDef, ContextPackSchema };
});
const Matcher = () => __schemas().Matcher;
const TriggerDef = () => __schemas().TriggerDef;
const TerminatorDef = () => __schemas().TerminatorDef;
export const ContextPackSchema = () => __schemas().ContextPackSchema;




export type ContextPack = z.infer<ReturnType<typeof ContextPackSchema>>;

// ------------------------------------------------------------------------------------------------ compile

const KIND_TRIGGER = 0;
const KIND_PSEUDO = 1;
const KIND_TERM = 2;

const CAT_BIT: Record<ContextCategory, number> = {
  negated: 1,
  possible: 2,
  hypothetical: 4,
  historical: 8,
  family: 16,
};
const ALL_CATS = 31;

interface Entry {
  kind: number;
  category: ContextCategory;
  catBit: number;
  direction: 'forward' | 'backward' | 'bidirectional';
  maxScope: number;
  stopAtComma: boolean;
  previousClause: boolean;
  /** Backward scope starts after the last match (global, case-insensitive) with words before the trigger. */
  barrier: RegExp | null;
  /** Backward, a bracketed pair before the trigger is read over. */
  overBrackets: boolean;
  /** Forward, only terminators that name the category (termMaskNamed) end the scope. */
  wholeSentence: boolean;
  /** Terminators: categories whose forward / backward scope they end (bit sets); termMaskNamed, those named in `categories`. */
  termMask: number;
  termMaskNamed: number;
  termMaskBack: number;
  /** Rough length used to order alternatives (longer first). */
  weight: number;
}

interface Compiled {
  /** The triggers, pseudo-triggers and terminators, longest first: alternative i is entry groups[i]. */
  main: OrderedAlternation;
  boundary: RegExp | null;
  doneToday: RegExp | null;
  /** A clause mark (global) and one at the end of a text, with the spaces after it (context.yaml clauseMarks). */
  clauseMark: RegExp;
  clauseMarkAtEnd: RegExp;
  /** Any opening bracket and any closing bracket (global). */
  opener: RegExp;
  closer: RegExp;
  /** A boundary hit that is a closing bracket. */
  closerAt: RegExp;
  /** Entry of each capture group of `main` (group i + 1 is groups[i]). */
  groups: Entry[];
}

const WORD = /\w/;

function literalSource(lit: string): string {
  const words = lit.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  let src = words.join('\\s+');
  // \b first: the same test for a word character, but V8 can skip ahead on it (about twice as fast)
  if (WORD.test(lit.trim()[0]!)) src = `\\b(?<!')${src}`;
  if (WORD.test(lit.trim().slice(-1))) src = `${src}(?![\\w'])`;
  return src;
}

function normLiteral(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Shortest length a pattern can match (lookarounds and anchors count 0): used to order alternatives so that
 * at one position the longer phrase is tried first.
 */
export function minMatchLength(src: string): number {
  let i = 0;
  const atom = (): number => {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1]!;
      i += 2;
      return 'bB'.includes(n) ? 0 : 1;
    }
    if (c === '[') {
      i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      return 1;
    }
    if (c === '(') {
      i++;
      let look = false;
      if (src[i] === '?') {
        look = src[i + 1] === '=' || src[i + 1] === '!' || src[i + 1] === '<';
        i += src[i + 1] === '<' ? 3 : 2;
      }
      const n = alternation();
      i++; // ')'
      return look ? 0 : n;
    }
    i++;
    return c === '^' || c === '$' ? 0 : 1;
  };
  const sequence = (): number => {
    let total = 0;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let n = atom();
      const q = src[i];
      if (q === '?' || q === '*') {
        n = 0;
        i++;
      } else if (q === '+') i++;
      else if (q === '{') {
        const close = src.indexOf('}', i);
        n *= Number.parseInt(src.slice(i + 1, close), 10) || 0;
        i = close + 1;
      }
      if (src[i] === '?') i++; // lazy
      total += n;
    }
    return total;
  };
  const alternation = (): number => {
    let best = sequence();
    while (src[i] === '|') {
      i++;
      best = Math.min(best, sequence());
    }
    return best;
  };
  return alternation();
}

function alt(list: string[]): RegExp | null {
  return list.length ? new RegExp(list.map((s) => `(?:${s})`).join('|'), 'g') : null;
}

function compile(pack: ContextPack, macros: Readonly<Record<string, string>> = {}): Compiled {
  const entries: { src: string; entry: Entry }[] = [];
  const literals = new Map<string, Entry>();
  // (a pattern may use the named pieces of grammar.yaml macros, "{{count}}", as a lexicon's re: term does)
  const expand = (p: string): string => {
    const x = expandMacros(p, macros);
    if (typeof x !== 'string') throw new Error(`unknown macro {{${x.unknown}}} in '${p}' (grammar.yaml macros)`);
    return x;
  };
  const add = (m: { literal?: string | undefined; pattern?: string | undefined }, e: Omit<Entry, 'weight'>) => {
    const isLit = m.literal !== undefined;
    const src = isLit ? literalSource(m.literal!) : expand(m.pattern!);
    const entry: Entry = {
      ...e,
      weight: isLit ? m.literal!.trim().length : minMatchLength(src),
    };
    if (isLit) {
      const key = normLiteral(m.literal!);
      const prev = literals.get(key);
      // same literal listed twice: pseudo beats terminator beats trigger
      if (prev && prev.kind >= entry.kind) return;
      literals.set(key, entry);
    }
    entries.push({ src, entry });
  };
  for (const t of pack.triggers) {
    add(t, {
      kind: KIND_TRIGGER,
      category: t.category,
      catBit: CAT_BIT[t.category],
      direction: t.direction,
      maxScope: t.maxScope ?? 0,
      stopAtComma: t.stopAtComma ?? false,
      previousClause: t.previousClause ?? false,
      barrier: t.backwardBarrier ? new RegExp(t.backwardBarrier, 'gi') : null,
      overBrackets: t.overBrackets ?? false,
      wholeSentence: t.wholeSentence ?? false,
      termMask: 0,
      termMaskNamed: 0,
      termMaskBack: 0,
    });
  }
  for (const p of pack.pseudo) {
    add(p, { kind: KIND_PSEUDO, category: 'negated', catBit: 0, direction: 'forward', maxScope: 0, stopAtComma: false, previousClause: false, barrier: null, overBrackets: false, wholeSentence: false, termMask: 0, termMaskNamed: 0, termMaskBack: 0 });
  }
  for (const t of pack.terminators) {
    const bits = (l?: ContextCategory[]) => (l ?? []).reduce((a, c) => a | CAT_BIT[c], 0);
    const both = t.categories || t.forward || t.backward ? bits(t.categories) : ALL_CATS;
    add(t, {
      kind: KIND_TERM,
      category: 'negated',
      catBit: 0,
      direction: 'forward',
      maxScope: 0,
      stopAtComma: false,
      previousClause: false,
      barrier: null,
      overBrackets: false,
      wholeSentence: false,
      termMask: both | bits(t.forward),
      termMaskNamed: bits(t.categories),
      termMaskBack: both | bits(t.backward),
    });
  }
  // Longer alternatives first, so that at one position the longest phrase wins; pseudo before triggers on ties.
  entries.sort((a, b) => b.entry.weight - a.entry.weight || b.entry.kind - a.entry.kind);
  // one capture group per entry: the group that matched names the entry, no second regex run needed
  const main = new OrderedAlternation(
    entries.map((e) => e.src),
    'i',
  );
  const groups = entries.map((e) => e.entry);
  const boundary = alt(pack.boundaries.map((b) => (b.literal !== undefined ? literalSource(b.literal) : b.pattern!)));
  const done = pack.doneToday.map((b) => (b.literal !== undefined ? literalSource(b.literal) : b.pattern!));
  const doneToday = done.length ? new RegExp(done.map((s) => `(?:${s})`).join('|'), 'i') : null;
  const marks = pack.clauseMarks.map((b) => `(?:${b.literal !== undefined ? literalSource(b.literal) : b.pattern!})`).join('|') || '(?!)';
  const any = (srcs: string[]) => new RegExp(srcs.map((x) => `(?:${x})`).join('|'), 'g');
  const closer = any(pack.brackets.map((b) => b.close));
  const brackets = { opener: any(pack.brackets.map((b) => b.open)), closer, closerAt: new RegExp(`^(?:${closer.source})$`) };
  return { ...brackets, main, boundary, doneToday, groups, clauseMark: new RegExp(marks, 'gi'), clauseMarkAtEnd: new RegExp(`(?:${marks})\\s*$`, 'i') };
}

/**
 * The ConText engine of one rule set: its compiled lexicon and the sentences it analysed last. It hangs off the
 * rule set's pattern store (one per list of pattern directories); nothing is module-level state.
 */
class Engine {
  /**
   * The last few sentences analysed, most recent last: callers ask about the mentions of a note sentence by
   * sentence but not strictly in order (a device in one sentence, its drug in the next, back to the first),
   * and a one-entry cache re-scanned a long sentence on every such return.
   */
  readonly analysed = new Map<string, Analysed>();
  lastAnalysis: Analysed | null = null;
  // the answer for the last sentence asked: every mention of a long plan-section sentence asks again
  doneSentence: string | null = null;
  doneValue = false;
  constructor(readonly c: Compiled) {}
}

/** The engine of the context.yaml of these pattern directories (a user's override or the shipped one). */
function engineFor(dirs: readonly string[]): Engine {
  return patternStore(dirs).compiled('context', (store) => {
    try {
      return new Engine(compile(store.data<ContextPack>('context.yaml'), store.data<{ macros?: Record<string, string> }>('grammar.yaml').macros));
    } catch (err) {
      throw new PackError(store.fileOf('context.yaml'), '', `cannot compile lexicon: ${(err as Error).message}`);
    }
  });
}

// ------------------------------------------------------------------------------------------------ analysis

/** One match in a sentence: a trigger with its scope, a terminator or a boundary (pseudo hits are dropped). */
interface Hit {
  entry: Entry | null; // null = sentence boundary
  start: number;
  end: number;
  scopeStart: number;
  scopeEnd: number;
  text: string;
}

/** The analysis of one sentence. */
interface Analysed {
  sentence: string;
  hits: Hit[];
  triggers: number;
  /** Coverage index of the triggers, built on first use when there are many (see `coveringTriggers`). */
  index: TriggerIndex | null;
}
const ANALYSED_MAX = 8;
/** Sentences longer than this many triggers answer `assess` from an index instead of a scan of every trigger. */
const INDEX_FROM = 32;


const isWordCode = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** End offset after `n` word tokens starting at `from` (sentence end if fewer). */
function forwardTokens(s: string, from: number, n: number, limit: number): number {
  let count = 0;
  let i = from;
  while (i < limit) {
    while (i < limit && !isWordCode(s.charCodeAt(i))) i++;
    if (i >= limit) break;
    while (i < limit && isWordCode(s.charCodeAt(i))) i++;
    if (++count >= n) return i;
  }
  return limit;
}

/** Start offset `n` word tokens before `from` (not before `limit`). */
function backwardTokens(s: string, from: number, n: number, limit: number): number {
  let count = 0;
  let i = from;
  while (i > limit) {
    while (i > limit && !isWordCode(s.charCodeAt(i - 1))) i--;
    if (i <= limit) break;
    while (i > limit && isWordCode(s.charCodeAt(i - 1))) i--;
    if (++count >= n) return i;
  }
  return limit;
}

function analyse(eng: Engine, sentence: string): Analysed {
  if (eng.lastAnalysis && eng.lastAnalysis.sentence === sentence) return eng.lastAnalysis;
  const known = eng.analysed.get(sentence);
  if (known) {
    eng.analysed.delete(sentence);
    eng.analysed.set(sentence, known);
    eng.lastAnalysis = known;
    return known;
  }
  const c = eng.c;
  const hits: Hit[] = [];
  let triggers = 0;
  for (const m of c.main.matchAll(sentence)) {
    if (m.end === m.start) continue;
    const e = c.groups[m.alt];
    if (!e || e.kind === KIND_PSEUDO) continue;
    if (e.kind === KIND_TRIGGER) triggers++;
    hits.push({ entry: e, start: m.start, end: m.end, scopeStart: 0, scopeEnd: 0, text: m.text });
  }
  if (triggers > 0 && c.boundary) {
    const b = c.boundary;
    b.lastIndex = 0;
    for (let m = b.exec(sentence); m; m = b.exec(sentence)) {
      if (m[0].length === 0) {
        b.lastIndex++;
        continue;
      }
      hits.push({ entry: null, start: m.index, end: m.index + m[0].length, scopeStart: 0, scopeEnd: 0, text: m[0] });
    }
    hits.sort((a, z) => a.start - z.start);
  }
  const n = hits.length;
  // Parenthesis facts per hit, from one forward sweep (hits are in start order): the last '(' and ')' at or
  // before the hit's start (-1: none), and the first hit at or after j that is a boundary or follows a ')' (a
  // run of hits inside a parenthesis opened after a trigger is skipped by that trigger in one jump). This
  // replaces a lastIndexOf back to the sentence start per hit and trigger, quadratic on a long sentence.
  let openAt: Int32Array | null = null;
  let closeAt: Int32Array | null = null;
  let regionEnd: Int32Array | null = null;
  if (triggers > 0) {
    openAt = new Int32Array(n);
    closeAt = new Int32Array(n);
    regionEnd = new Int32Array(n + 1);
    let nextOpen = indexFrom(c.opener, sentence, 0);
    let nextClose = indexFrom(c.closer, sentence, 0);
    let lastOpen = -1;
    let lastClose = -1;
    for (let j = 0; j < n; j++) {
      const at = hits[j]!.start;
      while (nextOpen !== -1 && nextOpen <= at) {
        lastOpen = nextOpen;
        nextOpen = indexFrom(c.opener, sentence, nextOpen + 1);
      }
      while (nextClose !== -1 && nextClose <= at) {
        lastClose = nextClose;
        nextClose = indexFrom(c.closer, sentence, nextClose + 1);
      }
      openAt[j] = lastOpen;
      closeAt[j] = lastClose;
    }
    regionEnd[n] = n;
    for (let j = n - 1; j >= 0; j--) regionEnd[j] = !hits[j]!.entry || closeAt[j]! > openAt[j]! ? j : regionEnd[j + 1]!;
  }
  for (let i = 0; i < n; i++) {
    const h = hits[i]!;
    const e = h.entry;
    if (!e || e.kind !== KIND_TRIGGER) continue;
    const bit = e.catBit;
    let fwdEnd = h.end;
    let bwdStart = h.start;
    if (e.direction !== 'backward') {
      fwdEnd = sentence.length;
      for (let j = i + 1; j < n; j++) {
        const o = hits[j]!;
        if (o.start < h.end) continue;
        const oe = o.entry;
        // a closing parenthesis ends only the scopes that start inside the parenthesis
        if (!oe && c.closerAt.test(o.text) && openAt![j]! >= h.start) continue;
        // (a sentence dated as a whole is dated across its semicolons: "At the washout three weeks ago, the joint was only
        // irrigated; no beads were placed at that time either")
        if (!oe && e.wholeSentence && o.text === ';') continue;
        // a trigger or terminator inside a parenthesis opened after this trigger does not end its scope; nor
        // do the hits after it up to the next boundary or ')' (the same parenthesis, or one opened later)
        if (oe && insideParenAfter(openAt![j]!, closeAt![j]!, h.end)) {
          j = regionEnd![j + 1]! - 1;
          continue;
        }
        if (!oe || (oe.kind === KIND_TERM && (e.wholeSentence ? oe.termMaskNamed : oe.termMask) & bit) || (oe.kind === KIND_TRIGGER && oe.catBit === bit)) {
          fwdEnd = o.start;
          break;
        }
      }
      if (e.stopAtComma) {
        const comma = nextComma(sentence, h.end);
        if (comma >= 0 && comma < fwdEnd) fwdEnd = comma;
      }
      if (e.maxScope) fwdEnd = forwardTokens(sentence, h.end, e.maxScope, fwdEnd);
    }
    if (e.direction !== 'forward') {
      bwdStart = 0;
      for (let j = i - 1; j >= 0; j--) {
        const o = hits[j]!;
        if (o.end > h.start) continue;
        const oe = o.entry;
        // (over brackets: a closing bracket before the trigger closes a pair the trigger is outside of; it ends no scope
        // of the trigger, nor do the hits inside the pair: "Replacement bead chain (+20700-LT) ...... NOT DONE")
        if (e.overBrackets && !oe && c.closerAt.test(o.text) && openAt![j]! >= 0 && openAt![j]! < o.start) {
          const open = openAt![j]!;
          while (j > 0 && hits[j - 1]!.start >= open) j--;
          continue;
        }
        if (!oe || (oe.kind === KIND_TERM && oe.termMaskBack & bit) || (oe.kind === KIND_TRIGGER && oe.catBit === bit)) {
          bwdStart = o.end;
          break;
        }
      }
      if (e.maxScope) bwdStart = backwardTokens(sentence, h.start, e.maxScope, bwdStart);
      if (e.previousClause) {
        // the clause before the clause mark (context.yaml clauseMarks) right before the trigger
        const before = sentence.slice(0, h.start).replace(c.clauseMarkAtEnd, '');
        let cut = 0;
        c.clauseMark.lastIndex = 0;
        for (let m = c.clauseMark.exec(before); m; m = c.clauseMark.exec(before)) cut = m.index + Math.max(1, m[0].length);
        // (the whole clause: the words of the clause do not end this scope, "vancomycin was added, scratch that")
        bwdStart = e.maxScope ? backwardTokens(sentence, h.start, e.maxScope, cut) : cut;
      }
      // (backward, only when the trigger has words of its own clause before it: "..., excess cleared"; right after
      // the comma it speaks of what stands before it: "Small bowel obstruction, resolved")
      if (e.stopAtComma) {
        const comma = sentence.lastIndexOf(',', h.start - 1);
        if (comma >= bwdStart && /[A-Za-z]/.test(sentence.slice(comma + 1, h.start))) bwdStart = comma + 1;
      }
      if (e.barrier) {
        // (only the barrier nearest the trigger counts, and only with words between: "..., tobramycin was not added"
        // cuts at its comma; "the chain, which was loose, was not removed" does not, its subject stands before the aside)
        const before = sentence.slice(0, h.start);
        let last = -1;
        e.barrier.lastIndex = bwdStart;
        for (let m = e.barrier.exec(before); m; m = e.barrier.exec(before)) {
          last = m.index + m[0].length;
          if (m[0].length === 0) e.barrier.lastIndex++;
        }
        if (last >= 0 && /[A-Za-z]/.test(before.slice(last))) bwdStart = last;
      }
      // a trigger inside a parenthesis looks back no further than its opening bracket ("beads out in 3 weeks
      // (clinic vs OR)": the doubt is about where, inside the bracket), unless the bracket holds the trigger alone: then it
      // is a remark on what stands before it ("exchanged at stage 2 (10 d ago)")
      const alone = () => sentence.slice(openAt![i]! + 1, h.start).trim() === '' && /^\s*\)/.test(sentence.slice(h.end, h.end + 8));
      if (openAt![i]! > closeAt![i]! && openAt![i]! < h.start && openAt![i]! + 1 > bwdStart && !alone()) bwdStart = openAt![i]! + 1;
    }
    h.scopeStart = bwdStart;
    h.scopeEnd = fwdEnd;
  }
  const a: Analysed = { sentence, hits, triggers, index: null };
  if (eng.analysed.size >= ANALYSED_MAX) eng.analysed.delete(eng.analysed.keys().next().value!);
  eng.analysed.set(sentence, a);
  eng.lastAnalysis = a;
  return a;
}

/** The first match of the global `re` in `s` at or after `from` (-1: none). */
function indexFrom(re: RegExp, s: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/**
 * Is a hit inside a parenthesis opened at or after `from`? `open` / `close` are the last '(' / ')' at or
 * before the hit (-1: none).
 */
function insideParenAfter(open: number, close: number, from: number): boolean {
  return open >= from && close < open;
}

// The first comma at or after an offset, remembered: triggers are visited in order, so a sentence without
// commas is searched once, not once per "rather than" / "instead of".
let commaIn: string | null = null;
let commaFrom = 0;
let commaAt = -1;
function nextComma(s: string, from: number): number {
  if (s !== commaIn || from < commaFrom || (commaAt !== -1 && from > commaAt)) {
    commaIn = s;
    commaFrom = from;
    commaAt = s.indexOf(',', from);
  }
  return commaAt;
}

// ------------------------------------------------------------------------------------------------ coverage index

/**
 * The triggers of one sentence (disjoint, in start order) with two max / min trees: the end of each forward
 * scope and the start of each backward scope. A target's covering triggers are found in O((k + 1) log n)
 * instead of a scan of every trigger, which made a long one-sentence note quadratic (one scan per mention).
 */
interface TriggerIndex {
  /** Indexes into the hit list. */
  at: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  size: number;
  /** Max over leaves of the forward scope end (-1 for backward-only triggers). */
  fwd: Int32Array;
  /** Min over leaves of the backward scope start (MAX for forward-only triggers). */
  bwd: Int32Array;
}

const NONE_MIN = 0x7fffffff;

function buildIndex(hits: Hit[]): TriggerIndex {
  const list: number[] = [];
  for (let i = 0; i < hits.length; i++) {
    const e = hits[i]!.entry;
    if (e && e.kind === KIND_TRIGGER) list.push(i);
  }
  let size = 1;
  while (size < list.length) size *= 2;
  const at = Int32Array.from(list);
  const starts = new Int32Array(list.length);
  const ends = new Int32Array(list.length);
  const fwd = new Int32Array(2 * size).fill(-1);
  const bwd = new Int32Array(2 * size).fill(NONE_MIN);
  list.forEach((hi, k) => {
    const h = hits[hi]!;
    starts[k] = h.start;
    ends[k] = h.end;
    if (h.entry!.direction !== 'backward') fwd[size + k] = h.scopeEnd;
    if (h.entry!.direction !== 'forward') bwd[size + k] = h.scopeStart;
  });
  for (let v = size - 1; v >= 1; v--) {
    fwd[v] = Math.max(fwd[2 * v]!, fwd[2 * v + 1]!);
    bwd[v] = Math.min(bwd[2 * v]!, bwd[2 * v + 1]!);
  }
  return { at, starts, ends, size, fwd, bwd };
}

/** Leaves in [lo, hi] of the subtree `v` (covering [vl, vr]) whose value passes `ok`, appended to `out`. */
function collect(tree: Int32Array, ok: (x: number) => boolean, v: number, vl: number, vr: number, lo: number, hi: number, out: number[]): void {
  if (hi < vl || vr < lo || !ok(tree[v]!)) return;
  if (vl === vr) {
    out.push(vl);
    return;
  }
  const mid = (vl + vr) >> 1;
  collect(tree, ok, 2 * v, vl, mid, lo, hi, out);
  collect(tree, ok, 2 * v + 1, mid + 1, vr, lo, hi, out);
}

/**
 * Hit indexes, in order, of a superset of the triggers that can cover [start, end) (start < end): those
 * ending before the target whose forward scope reaches it, those starting after it whose backward scope
 * reaches it, and those overlapping it. The caller applies the exact tests.
 */
function coveringTriggers(ix: TriggerIndex, start: number, end: number): number[] {
  const n = ix.at.length;
  // p: first trigger with end > start; q: first trigger with start >= end (ends and starts both ascend)
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.ends[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  const p = lo;
  hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.starts[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  const q = lo;
  const ks: number[] = [];
  if (p > 0) collect(ix.fwd, (x) => x > start, 1, 0, ix.size - 1, 0, p - 1, ks);
  for (let k = p; k < q; k++) ks.push(k);
  if (q < n) collect(ix.bwd, (x) => x < end, 1, 0, ix.size - 1, q, n - 1, ks);
  return ks.map((k) => ix.at[k]!);
}

/** Does trigger `h` cover the target [start,end)? */
function covers(h: Hit, start: number, end: number): boolean {
  const e = h.entry!;
  // a target inside the trigger phrase itself ("beads were not placed": target "placed") is covered
  if (start >= h.start && end <= h.end) return true;
  if (e.direction !== 'backward' && start >= h.end && start < h.scopeEnd) return true;
  if (e.direction !== 'forward' && end <= h.start && end > h.scopeStart) return true;
  return false;
}

function toTriggerHit(h: Hit): TriggerHit {
  const e = h.entry!;
  return {
    category: e.category,
    literal: normLiteral(h.text),
    direction: e.direction,
    start: h.start,
    end: h.end,
    scopeStart: h.scopeStart,
    scopeEnd: h.scopeEnd,
  };
}

/** Assertion of the span [start,end) inside `sentence` (offsets in the sentence string). */
export function assertSpan(
  sentence: string,
  start: number,
  end: number,
  opts?: { section?: SectionAssertion; patternDirs?: readonly string[] },
): AssertionDetail {
  return assess(engineFor(opts?.patternDirs ?? []), sentence, start, end, opts?.section ?? null);
}

function assess(eng: Engine, sentence: string, start: number, end: number, section: SectionAssertion): AssertionDetail {
  const a = analyse(eng, sentence);
  const hits = a.hits;
  const d: AssertionDetail = {
    negated: false,
    possible: false,
    hypothetical: false,
    historical: false,
    family: false,
    triggers: [],
  };
  if (a.triggers > 0) {
    // many triggers (a long run-on sentence): visit only the ones an index says can cover the target
    let visit: number[] | null = null;
    if (a.triggers > INDEX_FROM && start < end) {
      a.index ??= buildIndex(hits);
      visit = coveringTriggers(a.index, start, end);
    }
    const count = visit ? visit.length : hits.length;
    for (let vi = 0; vi < count; vi++) {
      const i = visit ? visit[vi]! : vi;
      const h = hits[i]!;
      const e = h.entry;
      if (!e || e.kind !== KIND_TRIGGER) continue;
      // a trigger overlapping the target partially is part of the target's own words: ignore
      if (h.start < end && h.end > start && !(start >= h.start && end <= h.end)) continue;
      if (!covers(h, start, end)) continue;
      d[e.category] = true;
      d.triggers.push(toTriggerHit(h));
    }
  }
  if (section === 'negated' && !d.negated) {
    d.negated = true;
    d.triggers.push(sectionHit('negated', sentence));
  } else if (section === 'historical' && !d.historical) {
    d.historical = true;
    d.triggers.push(sectionHit('historical', sentence));
  } else if (((section === 'hypothetical' && !reportsDoneToday(eng, sentence)) || section === 'unasserted') && !d.hypothetical) {
    d.hypothetical = true;
    d.triggers.push(sectionHit('hypothetical', sentence));
  }
  return d;
}

function sectionHit(category: ContextCategory, sentence: string): TriggerHit {
  return { category, literal: `${category} section`, direction: 'section', start: 0, end: 0, scopeStart: 0, scopeEnd: sentence.length };
}

/** True when the sentence reports, in the past tense, something done today (and is not itself hypothetical). */
function reportsDoneToday(eng: Engine, sentence: string): boolean {
  if (sentence !== eng.doneSentence) {
    eng.doneValue = computeDoneToday(eng, sentence);
    eng.doneSentence = sentence;
  }
  return eng.doneValue;
}

function computeDoneToday(eng: Engine, sentence: string): boolean {
  const re = eng.c.doneToday;
  if (!re || !re.test(sentence)) return false;
  const { hits } = analyse(eng, sentence);
  for (const h of hits) if (h.entry && h.entry.kind === KIND_TRIGGER && h.entry.category === 'hypothetical') return false;
  return true;
}

const WS_RUN = /\s+/g;

/** First case-insensitive mention of `target` in `sentence` (runs of whitespace match any whitespace). */
function findTarget(sentence: string, target: string): [number, number] | null {
  const t = target.trim();
  if (!t) return null;
  let at = sentence.indexOf(t);
  if (at >= 0) return [at, at + t.length];
  at = lowerOf(sentence).indexOf(t.toLowerCase());
  if (at >= 0) return [at, at + t.length];
  const src = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(WS_RUN, '\\s+');
  const m = new RegExp(src, 'i').exec(sentence);
  return m ? [m.index, m.index + m[0].length] : null;
}

let lowerSrc: string | null = null;
let lowerVal = '';
function lowerOf(s: string): string {
  if (s !== lowerSrc) {
    lowerSrc = s;
    lowerVal = s.toLowerCase();
  }
  return lowerVal;
}

/** Public API: assertion for the first case-insensitive mention of `target` in `sentence` (whole sentence when not found). */
export function contextOf(sentence: string, target: string): Assertion {
  // not found: the whole sentence is the span, so only triggers around it (none) or containing it apply
  const span = findTarget(sentence, target) ?? [0, sentence.length];
  const d = assess(engineFor([]), sentence, span[0], span[1], null);
  return { negated: d.negated, possible: d.possible, hypothetical: d.hypothetical, historical: d.historical };
}

/** One-line human explanation of triggers, e.g. "negated by 'not placed' (backward)". */
export function describeAssertion(d: AssertionDetail): string {
  if (!d.triggers.length) return 'affirmed (no context trigger)';
  const byCat = new Map<ContextCategory, string[]>();
  for (const t of d.triggers) {
    const list = byCat.get(t.category) ?? [];
    list.push(t.direction === 'section' ? `the ${t.category} section` : `'${t.literal}' (${t.direction})`);
    byCat.set(t.category, list);
  }
  return [...byCat].map(([cat, list]) => `${cat} by ${list.join(', ')}`).join('; ');
}
