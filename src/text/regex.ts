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
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
