import type { Evidence } from '../types.js';

/**
 * A note after normalisation. `text` is what every later stage reads; `map[i]` is the offset in the
 * input as given of `text[i]`, so evidence always quotes and locates the user's own bytes.
 */
export interface Doc {
  /** The input exactly as given (decoded). */
  input: string;
  /** Normalised text: LF newlines, no BOM, plain spaces and ASCII quotes and dashes. */
  text: string;
  /** Offset into `input` for each offset of `text` (length text.length + 1); null when they are the same. */
  map: Int32Array | null;
  /** Offsets in `input` where each line starts. */
  lineStarts: number[];
}

const SIMPLE: Record<string, string> = {
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00d7': 'x', '\t': ' ', '\f': '\n', '\v': '\n', '\u2028': '\n', '\u2029': '\n',
};

const SIMPLE_RE = new RegExp(`[${Object.keys(SIMPLE).join('')}]`, 'g');
const RESIZING = /[\r\ufeff\u200b\u00ad\u2026]/;

function lineStartsOf(input: string): number[] {
  const starts = [0];
  if (input.includes('\r')) {
    for (let i = 0; i < input.length; i++) {
      const ch = input.charCodeAt(i);
      if (ch === 10 || (ch === 13 && input.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    return starts;
  }
  for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Normalise a decoded note, keeping a map back to the input for evidence. */
export function normalize(input: string): Doc {
  const lineStarts = lineStartsOf(input);
  if (!RESIZING.test(input)) {
    // same length as the input: offsets map one to one, no table needed
    const text = input.replace(SIMPLE_RE, (ch) => SIMPLE[ch]!).replace(/([.:]),/g, '$1 ');
    return { input, text, map: null, lineStarts };
  }
  const n = input.length;
  const out: string[] = [];
  const map = new Int32Array(n * 3 + 2);
  let j = 0;
  let prev = '';
  for (let i = 0; i < n; i++) {
    const ch = input[i]!;
    if (ch === '\ufeff' || ch === '\u200b' || ch === '\u00ad') continue; // BOM, zero-width space, soft hyphen
    if (ch === '\r') {
      if (input[i + 1] === '\n') continue; // CRLF: keep the LF
      out.push('\n');
      prev = '\n';
      map[j++] = i;
      continue;
    }
    if (ch === '\u2026') {
      for (let k = 0; k < 3; k++) {
        out.push('.');
        map[j++] = i;
      }
      prev = '.';
      continue;
    }
    // exports that lost their newlines run sections and list items on as "HEADER:," and "item.,2."
    const c = ch === ',' && (prev === '.' || prev === ':') ? ' ' : (SIMPLE[ch] ?? ch);
    out.push(c);
    prev = c;
    map[j++] = i;
  }
  map[j] = n;
  return { input, text: out.join(''), map: map.subarray(0, j + 1), lineStarts };
}

/** 1-based line and column in the input for an input offset. */
export function lineCol(doc: Doc, inputOffset: number): { line: number; column: number } {
  const ls = doc.lineStarts;
  let lo = 0;
  let hi = ls.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ls[mid]! <= inputOffset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: inputOffset - ls[lo]! + 1 };
}

/** Evidence for the normalised span [start, end): the input's own text with its position. */
export function evidenceAt(doc: Doc, start: number, end: number): Evidence {
  const m = doc.map;
  const a = m ? m[start]! : start;
  const b = end > start ? (m ? m[end - 1]! : end - 1) + 1 : a;
  const { line, column } = lineCol(doc, a);
  return { text: doc.input.slice(a, b), line, column };
}
