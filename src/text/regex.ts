/** Small helpers for building regular expressions from word lists (pattern files). */

/** `s` with every regex metacharacter escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation of phrases, longest first (so the longest phrase wins at one position), each escaped and
 * with its spaces matching `space` (any run of whitespace by default).
 */
/**
 * The item of `text` that holds the span [start, end): from the end of the last `separator` match before `start` to the
 * start of the first one at or after `end` (the text's ends when there is none). `separator` must be global; its
 * lastIndex is reset here.
 */
export function itemAround(text: string, start: number, end: number, separator: RegExp): { from: number; to: number } {
  let from = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m && m.index + m[0].length <= start; m = separator.exec(text)) {
    from = m.index + m[0].length;
    if (m[0].length === 0) separator.lastIndex++;
  }
  separator.lastIndex = end;
  const next = separator.exec(text);
  separator.lastIndex = 0;
  return { from, to: next ? next.index : text.length };
}

export function phrases(words: readonly string[], space = '\\s+'): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/\s+/g, space)).join('|');
}

/** One match of an {@link OrderedAlternation}: which alternative (its index in the list given), and where. */
export interface AlternativeMatch {
  alt: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Every match of the alternation `(a0)|(a1)|...` in a text, left to right, exactly as one global regex would
 * find them (the leftmost match; at one position the first alternative in the list that matches; after an
 * empty match the search goes on one character later), but faster: the alternatives that start with a word
 * boundary run as one regex with that boundary factored out (`\b(?:(a0')|(a1')...)`), so the engine rejects a
 * position inside a word with one test instead of one per alternative; the others run as a second regex, and
 * the two streams are merged by position, then by list order.
 */
export class OrderedAlternation {
  private readonly parts: { re: RegExp; alts: number[] }[] = [];

  constructor(sources: readonly string[], flags: string) {
    const bounded: number[] = [];
    const other: number[] = [];
    sources.forEach((s, i) => (s.startsWith('\\b') && !topLevelBar(s) ? bounded : other).push(i));
    if (bounded.length) this.parts.push({ re: new RegExp(`\\b(?:${bounded.map((i) => `(${sources[i]!.slice(2)})`).join('|')})`, `${flags}g`), alts: bounded });
    if (other.length) this.parts.push({ re: new RegExp(other.map((i) => `(${sources[i]})`).join('|'), `${flags}g`), alts: other });
  }

  /** All matches in `text`. */
  matchAll(text: string): AlternativeMatch[] {
    const out: AlternativeMatch[] = [];
    const n = this.parts.length;
    // the next match of each part at or after `from` (null: none left), found lazily
    const next: (AlternativeMatch | null | undefined)[] = new Array(n).fill(undefined);
    const find = (k: number, from: number): AlternativeMatch | null => {
      const { re, alts } = this.parts[k]!;
      re.lastIndex = from;
      const m = re.exec(text);
      if (!m) return null;
      let gi = 1;
      while (gi < m.length && m[gi] === undefined) gi++;
      return { alt: alts[gi - 1] ?? alts[0]!, start: m.index, end: m.index + m[0].length, text: m[0] };
    };
    let from = 0;
    while (from <= text.length) {
      let best: AlternativeMatch | null = null;
      for (let k = 0; k < n; k++) {
        let c = next[k];
        if (c === undefined || (c !== null && c.start < from)) c = next[k] = find(k, from);
        if (c && (!best || c.start < best.start || (c.start === best.start && c.alt < best.alt))) best = c;
      }
      if (!best) break;
      out.push(best);
      from = best.end > best.start ? best.end : best.start + 1;
    }
    return out;
  }
}

/** True when a regex source has a `|` outside every group and class (`\\bno|none` is two alternatives). */
function topLevelBar(src: string): boolean {
  return splitTopLevel(src).length > 1;
}

/**
 * The characters a regex source can start a match with, lower-cased (the alternations here are case-insensitive),
 * or null when that is not simple to tell: a class such as `\s` or `.`, a negated class, an optional first atom,
 * an empty branch. Zero-width assertions at the start (`\b`, lookarounds, `^`) are passed over.
 */
export function leadChars(src: string): Set<string> | null {
  const branches = splitTopLevel(src);
  if (branches.length > 1) {
    const all = new Set<string>();
    for (const b of branches) {
      const l = leadChars(b);
      if (!l) return null;
      for (const c of l) all.add(c);
    }
    return all;
  }
  let i = 0;
  // pass over zero-width assertions
  for (;;) {
    if (src.startsWith('\\b', i) || src.startsWith('\\B', i)) i += 2;
    else if (src[i] === '^') i += 1;
    else if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      const end = closeParen(src, i);
      if (end < 0) return null;
      i = end + 1;
    } else break;
  }
  if (i >= src.length) return null;
  let chars: Set<string> | null;
  let next: number;
  const c = src[i]!;
  if (c === '(') {
    const end = closeParen(src, i);
    if (end < 0) return null;
    const inner = src.startsWith('(?:', i) ? src.slice(i + 3, end) : src[i + 1] === '?' ? null : src.slice(i + 1, end);
    if (inner === null) return null;
    chars = new Set();
    for (const branch of splitTopLevel(inner)) {
      const b = leadChars(branch);
      if (!b) return null;
      for (const x of b) chars.add(x);
    }
    next = end + 1;
  } else if (c === '[') {
    const r = classChars(src, i);
    if (!r) return null;
    chars = r.chars;
    next = r.end + 1;
  } else if (c === '\\') {
    const e = src[i + 1];
    if (e === undefined) return null;
    if (e === 'd') chars = new Set('0123456789');
    else if (/[sSwWDbB.pPk]/.test(e) || /[1-9]/.test(e)) return null;
    else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
      chars = new Set([String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16)).toLowerCase()]);
      next = i + 6;
      return orRest(src, next, chars);
    } else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4))) {
      chars = new Set([String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16)).toLowerCase()]);
      next = i + 4;
      return orRest(src, next, chars);
    } else if (/[tnrfv0]/.test(e)) return null;
    else chars = new Set([e.toLowerCase()]);
    next = i + 2;
  } else if ('.$|?*+{)'.includes(c)) return null;
  else {
    chars = new Set([c.toLowerCase()]);
    next = i + 1;
  }
  return orRest(src, next, chars);
}

/**
 * The first characters of a source whose first atom (ending before `i`) starts with `chars`: those, and when the
 * atom is optional (`?`, `*`, `{0,...}`) also those of what follows it (null when that is not known).
 */
function orRest(src: string, i: number, chars: Set<string>): Set<string> | null {
  const q = /^(?:\?|\*|\{0(?:,\d*)?\})\??/.exec(src.slice(i, i + 12));
  if (!q) return chars;
  const rest = leadChars(src.slice(i + q[0].length));
  if (!rest) return null;
  return new Set([...chars, ...rest]);
}

/** The index of the `)` that closes the `(` at `open`, or -1. */
function closeParen(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level branches of an alternation source. */
function splitTopLevel(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** The characters of the class at `open` (lower-cased) and where it ends, or null (negated, or a shorthand class). */
function classChars(src: string, open: number): { chars: Set<string>; end: number } | null {
  if (src[open + 1] === '^') return null;
  const chars = new Set<string>();
  let i = open + 1;
  const read = (): string | null => {
    const c = src[i]!;
    if (c !== '\\') {
      i++;
      return c;
    }
    const e = src[i + 1];
    if (e === undefined) return null;
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
      i += 6;
      return String.fromCharCode(parseInt(src.slice(i - 4, i), 16));
    }
    if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4))) {
      i += 4;
      return String.fromCharCode(parseInt(src.slice(i - 2, i), 16));
    }
    if (/[a-zA-Z0-9]/.test(e)) return null; // \s, \w, \d, \n ... (digits and letters escaped mean classes or controls)
    i += 2;
    return e;
  };
  while (i < src.length && src[i] !== ']') {
    const a = read();
    if (a === null) {
      if (src.startsWith('\\d', i)) {
        for (const d of '0123456789') chars.add(d);
        i += 2;
        continue;
      }
      return null;
    }
    if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
      i++;
      const b = read();
      if (b === null) return null;
      const from = a.charCodeAt(0);
      const to = b.charCodeAt(0);
      if (to < from || to - from > 128) return null;
      for (let k = from; k <= to; k++) chars.add(String.fromCharCode(k).toLowerCase());
    } else chars.add(a.toLowerCase());
  }
  if (src[i] !== ']') return null;
  return chars.size ? { chars, end: i } : null;
}

/** A character inside a regex class. */
const inClass = (c: string) => (/[\\\]^-]/.test(c) ? `\\${c}` : c);

/** True when a regex source opens with a lookaround. */
const LOOKAROUND_START = /^\(\?<?[=!]/;

/**
 * The alternation `prefix(?:(a0)|(a1)|...)suffix` of a case-insensitive global regex, run as up to two regexes that
 * find exactly what the one would (the leftmost match; at one position the first alternative in the list whose
 * match the suffix accepts), but faster on long lexicons.
 *
 * Why: the regex engine skips ahead quickly to the positions where an alternation can start only while every
 * alternative opens with something it can read ahead (a letter, a known group). One alternative that opens with
 * a lookbehind or an optional word is tried, with all the others, at every position of the text; measured on the
 * bench corpus, a few such alternatives made a 175-term lexicon 15 times slower. So those alternatives run in a
 * second regex, where an alternative that opens with a lookaround is first guarded by a one-character lookahead
 * of the characters its match can start with (`(?=[bt])(?<!...)`), and the two streams are merged by position,
 * then by list order.
 */
export class SplitAlternation {
  private readonly parts: { re: RegExp; alts: number[] }[] = [];
  private text: string | undefined;
  /** Per part: the search start of its cached match, and the match (null: none at or after that start). */
  private cache: { from: number; m: AlternativeMatch | null }[] = [];

  constructor(alternatives: readonly string[], opts: { flags: string; prefix?: string; suffix?: string }) {
    const fast: number[] = [];
    const slow: number[] = [];
    const leads = alternatives.map((a) => leadChars(a));
    alternatives.forEach((a, i) => (leads[i] && !LOOKAROUND_START.test(a) ? fast : slow).push(i));
    const guard = (i: number) => {
      const l = leads[i];
      return l && LOOKAROUND_START.test(alternatives[i]!) ? `(?=[${[...l].map(inClass).join('')}])${alternatives[i]}` : alternatives[i]!;
    };
    const flags = opts.flags.includes('g') ? opts.flags : `${opts.flags}g`;
    for (const alts of [fast, slow]) {
      if (alts.length) this.parts.push({ re: new RegExp(`${opts.prefix ?? ''}(?:${alts.map((i) => `(${guard(i)})`).join('|')})${opts.suffix ?? ''}`, flags), alts });
    }
  }

  /** The first match at or after `from`, as the single regex with lastIndex `from` would find it. */
  exec(text: string, from: number): AlternativeMatch | null {
    if (text !== this.text) {
      this.text = text;
      this.cache = this.parts.map(() => ({ from: Infinity, m: null }));
    }
    let best: AlternativeMatch | null = null;
    for (let k = 0; k < this.parts.length; k++) {
      const c = this.cache[k]!;
      // the cached match is still the first at or after `from` when its search started at or before `from`
      // and it starts at or after `from` (or there was none)
      if (!(c.from <= from && (c.m === null || c.m.start >= from))) {
        const { re, alts } = this.parts[k]!;
        re.lastIndex = from;
        const m = re.exec(text);
        let hit: AlternativeMatch | null = null;
        if (m) {
          let gi = 1;
          while (gi < m.length && m[gi] === undefined) gi++;
          hit = { alt: alts[gi - 1] ?? alts[0]!, start: m.index, end: m.index + m[0].length, text: m[0] };
        }
        c.from = from;
        c.m = hit;
      }
      const h = c.m;
      if (h && (!best || h.start < best.start || (h.start === best.start && h.alt < best.alt))) best = h;
    }
    return best;
  }
}
