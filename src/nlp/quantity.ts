import { createRequire } from 'node:module';
import type { z } from 'zod';
import { lazy, zod } from '../deps.js';
import { loadPack } from '../patterns/load.js';
import { patternStore } from '../patterns/store.js';

const __schemas = lazy(() => {
  const z = zod();
  const QuantitiesSchema = z.strictObject({
    units: z.record(z.string(), z.array(z.string().min(1)).min(1)),
    counted: z.array(z.string().min(1)),
    /** Nouns of whole devices (chains, strands): a count of them is no amount, and a counted noun before one qualifies it. */
    deviceNouns: z.array(z.string().min(1)).default([]),
    excluded: z.array(z.string().min(1)),
    /** Numbers written in words ("twelve", "a dozen", "half a"), with their value. */
    numberWords: z.record(z.string().min(1), z.number().positive()),
    /** Phrases after a number that make it a count of the device ("18 in number", "20 in total"). */
    countPhrases: z.array(z.string().min(1)),
    /**
     * Counted nouns after which "#N" counts them ("beads #20"); after any other one "#N" names one of them ("rod #2",
     * "chain #1"): a label, not an amount.
     */
    hashCounts: z.array(z.string().min(1)).default([]),
    /**
     * Words that, right after an amount in a unit, make it the size of something else: a gauge written "24 G wire",
     * "18 G needle" (canonical unit -> words).
     */
    unitFollowers: z.record(z.string(), z.array(z.string().min(1))).default({}),
    /**
     * How far the excluding words reach from an amount, within its clause: the last `before.words` words of the
     * `before.chars` characters before it, and the first `after.words` words of the `after.chars` after it.
     */
    excludedReach: z
      .strictObject({
        before: z.strictObject({ words: z.number().int().min(1), chars: z.number().int().min(1) }),
        after: z.strictObject({ words: z.number().int().min(1), chars: z.number().int().min(1) }),
      })
      .default({ before: { words: 3, chars: 28 }, after: { words: 4, chars: 32 } }),
    /** Words that open the next phrase after a count's own noun ("twelve beads on 24-gauge wire"): what follows them is not the count's. */
    countNounBreaks: z.array(z.string().min(1)).default([]),
    /** Words a count may have between its number and its counted noun ("12 tobramycin PMMA beads"). */
    countWordsBetween: z.number().int().min(1).default(3),
    /** Characters a table row may have between its counted noun and the cell holding the count. */
    countCellReach: z.number().int().min(1).default(80),
    /** The largest number a count may be: a larger one is a code, a lot or a year ("20700 Antibiotic cement beads"). */
    countMax: z.number().int().min(1).default(999),
    /**
     * A size (one of `units`) measures the device only with one of `words` within `reach` words of it in its clause
     * ("a 9 mm rod", "beads of 7 mm", "10 mm in diameter"); otherwise it measures the patient ("the posterior 2.5 cm
     * could not be closed"). No `units`: every size counts.
     */
    sizes: z
      .strictObject({ units: z.array(z.string().min(1)), words: z.array(z.string().min(1)), reach: z.number().int().min(1) })
      .default({ units: [], words: [], reach: 6 }),
  });
  return { QuantitiesSchema };
});
export const QuantitiesSchema = () => __schemas().QuantitiesSchema;

export interface Quantity {
  /** Offsets in the searched text. */
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  /** Why the amount does not describe the device (the nearby word), if it does not. */
  excludedBy?: string;
  /** The excluding word stands between the number and its noun ("16 days ago a chain"): no amount of anything. */
  excludedInside?: boolean;
  /** For a count, the counted noun as the patterns list it ("beads", "chain"). */
  noun?: string;
}

interface Compiled {
  re: RegExp;
  /** The start of the phrase after a count's own noun (quantities.yaml countNounBreaks). */
  countNounBreak: RegExp;
  numberWords: Map<string, number>;
  unitOf: Map<string, string>;
  counted: Set<string>;
  excludedRe: RegExp;
  /** Words right after an amount in a unit that make it the size of something else (quantities.yaml unitFollowers). */
  followers: Map<string, { after: RegExp; before: RegExp }>;
  /** The largest number a count may be (quantities.yaml countMax). */
  countMax: number;
  /** The counted nouns (global: for String.match). */
  nounRe: RegExp;
  reach: { before: { words: number; chars: number }; after: { words: number; chars: number } };
  sizeUnits: Set<string>;
  /** A device or dimension word (quantities.yaml sizes.words), or null when sizes need none. */
  sizeWordRe: RegExp | null;
  sizeReach: number;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(patternDirs: string[]): Compiled {
  return patternStore(patternDirs).compiled('quantities', () => compileQuantities(patternDirs));
}

function compileQuantities(patternDirs: string[]): Compiled {
  const q = loadPack('quantities.yaml', QuantitiesSchema, patternDirs);
  const unitOf = new Map<string, string>();
  for (const [canon, spellings] of Object.entries(q.units)) for (const s of spellings) unitOf.set(s.toLowerCase(), canon);
  for (const c of q.counted) unitOf.set(c.toLowerCase(), 'count');
  const unitAlt = [...unitOf.keys()].sort((a, b) => b.length - a.length).map(esc).join('|');
  const numberWords = new Map(Object.entries(q.numberWords).map(([w, v]) => [w.toLowerCase().replace(/\s+/g, ' '), v]));
  // words of three letters or more ("a" alone would read every article as a number); several words match any spacing
  const words = [...numberWords.keys()].filter((w) => w.length > 2).sort((a, b) => b.length - a.length).map((w) => esc(w).replace(/ /g, '\\s+'));
  const num = `(?:\\d+(?:[.,]\\d+)?(?:\\s*(?:-|to)\\s*\\d+(?:\\.\\d+)?)?|${words.join('|')})`;
  const countPhrases = q.countPhrases.map((p) => esc(p).replace(/ /g, '\\s+')).join('|');
  // "40 g", "2.4-g", "10 x 7 mm", "20 beads", "x 10 beads", "beads x 20", "#20"
  // (words as an alternation, longest first, so that at one position the longest word wins)
  const alternation = (ws: string[]) => ws.map(esc).sort((a, b) => b.length - a.length).join('|');
  const countedAlt = alternation(q.counted);
  // "40 g", "2.4-g", "10 x 7 mm", "20 beads", "beads x 20", "#20", "twenty tobramycin PMMA beads"
  // (the minutes of a clock time count nothing: "10:10  beads implanted")
  // (a number after "#" names a thing, "rod #2", "#2 nylon": it counts nothing after it)
  // a counted noun right before another one qualifies it: "two bead strands" counts strands, not beads
  const headAlt = alternation([...q.counted, ...q.deviceNouns]);
  const notBeforeNoun = `(?!(?<=(?:${countedAlt}))\\s+(?:${headAlt})(?![A-Za-z0-9]))`;
  const hashAlt = alternation(q.hashCounts);
  const hash = hashAlt ? `|(?:${hashAlt})\\s*#` : '';
  const re = new RegExp(
    `(?<![A-Za-z0-9.#])(?<!\\d:)(?:(${num})\\s*(?:x\\s*\\d+(?:\\.\\d+)?\\s*)?-?\\s*(${unitAlt})(?![A-Za-z0-9])${notBeforeNoun}|(?:(?:${countedAlt})\\s*(?:x|count(?:\\s+of)?)${hash})\\s*(\\d+)|(${num})\\s+(?:[A-Za-z0-9+-]+\\s+){1,${q.countWordsBetween}}?(?:${countedAlt})(?![A-Za-z0-9])${notBeforeNoun}|(\\d+)\\s+(?:${countPhrases})\\b|(?:${countedAlt})(?![A-Za-z])[^|\\n]{0,${q.countCellReach}}\\|[ \\t]*(\\d{1,3})[ \\t]*(?=\\||$))`,
    'gi',
  );
  const excludedRe = new RegExp(`(?<![A-Za-z])(?:${alternation(q.excluded)})(?![A-Za-z])`, 'i');
  const nounRe = new RegExp(`(?<![A-Za-z])(?:${countedAlt})(?![A-Za-z])`, 'gi');
  const sizeWordRe = q.sizes.units.length && q.sizes.words.length ? new RegExp(`(?<![A-Za-z])(?:${alternation(q.sizes.words)})(?![A-Za-z])`, 'i') : null;
  const followers = new Map(
    Object.entries(q.unitFollowers).map(([u, ws]) => [u, { after: new RegExp(`^[ \\t-]*(?:${alternation(ws)})(?![A-Za-z])`, 'i'), before: new RegExp(`(?<![A-Za-z])(?:${alternation(ws)})(?![A-Za-z])`, 'i') }]),
  );
  const countNounBreak = q.countNounBreaks.length ? new RegExp(`^(?:${alternation(q.countNounBreaks)})(?![A-Za-z])`, 'i') : /(?!)/;
  return { re, countNounBreak, numberWords, unitOf, counted: new Set(q.counted), excludedRe, nounRe, reach: q.excludedReach, sizeUnits: new Set(q.sizes.units), sizeWordRe, sizeReach: q.sizes.reach, followers, countMax: q.countMax };
}

function parseNumber(s: string, c: Compiled): number {
  const w = c.numberWords.get(s.toLowerCase().replace(/\s+/g, ' '));
  if (w !== undefined) return w;
  const first = /\d+(?:[.,]\d+)?/.exec(s)?.[0] ?? '0';
  return Number(first.replace(',', '.'));
}

// Compound spelled numbers the regex cannot read ("twenty-two beads"): compromise parses them.
const SPELLED = /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)\b/i;

type Nlp = (text: string) => { numbers(): { json(): { text: string; number?: { num?: number } }[] } };
let nlp: Nlp | null | undefined;

/** compromise, loaded on first need only (about 0.2 s); null when it cannot be loaded (e.g. a bundled binary). */
function compromise(): Nlp | null {
  if (nlp === undefined) {
    try {
      // a bundled binary registers its embedded copy; otherwise node_modules
      const embedded = (globalThis as { __OPLINT_COMPROMISE__?: () => Nlp }).__OPLINT_COMPROMISE__;
      nlp = embedded ? embedded() : (createRequire(import.meta.url)('compromise') as Nlp);
    } catch {
      nlp = null;
    }
  }
  return nlp;
}

/** Counts written in words, read by compromise: "twenty-two PMMA beads" is 22 beads. */
function spelledCounts(text: string, c: Compiled): Quantity[] {
  const lib = compromise();
  if (!lib) return [];
  const out: Quantity[] = [];
  let from = 0;
  for (const n of lib(text).numbers().json()) {
    const value = n.number?.num;
    const at = text.indexOf(n.text, from);
    if (at < 0 || value === undefined) continue;
    from = at + n.text.length;
    const words = /^(?:\s+[A-Za-z0-9+-]+){1,4}/.exec(text.slice(from))?.[0] ?? '';
    const noun = [...words.matchAll(/[A-Za-z]+/g)].find((w) => c.counted.has(w[0].toLowerCase()));
    if (!noun) continue;
    const end = from + noun.index + noun[0].length;
    out.push({ start: at, end, text: text.slice(at, end), value, unit: 'count' });
  }
  return out;
}

/** Amounts with a unit in `text`; each says whether a nearby word shows it belongs to something else. */
export function findQuantities(text: string, patternDirs: string[] = []): Quantity[] {
  const c = compile(patternDirs);
  const out: Quantity[] = [];
  c.re.lastIndex = 0;
  for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const unit = m[2] ? (c.unitOf.get(m[2].toLowerCase()) ?? m[2]) : 'count';
    // (a table row's count stands in the cell after its noun: "| Beads removed today | 27 |")
    const value = parseNumber(m[1] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '0', c);
    // (a count is a small number: "20700  Antibiotic cement beads" is a code before its line's device, not 20700 beads)
    if (unit === 'count' && value > c.countMax) continue;
    // the words just before and after decide what the amount belongs to (patterns/quantities.yaml: excludedReach),
    // within the clause: a comma or semicolon ends what a nearby word can say about the amount
    const { before: rb, after: ra } = c.reach;
    // (the space next to the amount is no word: "guide wire of 3 mm" has "guide wire of" in its last three words)
    const before = (text.slice(Math.max(0, start - rb.chars), start).split(/[,;]/).pop() ?? '').trim().split(/\s+/).slice(-rb.words).join(' ');
    // (nor is a field label after it, which opens the next field of a note that lost its newlines: "rod 7 mm x 240 mm
    // EBL: 300 mL")
    const after = (text.slice(end, end + ra.chars).split(/[,;]|\.\s|\s[A-Za-z][\w/-]*:/)[0] ?? '').trim().split(/\s+/).slice(0, ra.words).join(' ');
    // a count read across words ("6 wks for rod") is also judged on the words between the number and the noun
    const inner = m[4] !== undefined ? m[0].slice(m[4].length) : '';
    // (a count that names its noun, "twelve 6 mm beads", counts that noun: a word after it belongs to the next phrase,
    // "on 24-gauge wire")
    // (a count that names its noun, "twelve 6 mm beads", counts that noun: words after a preposition that opens the next
    // phrase belong to that phrase, "on 24-gauge wire")
    const nouns = unit === 'count' ? m[0].match(c.nounRe) : null;
    const countsNoun = nouns !== null && (m[4] !== undefined || m[1] !== undefined);
    const hit = c.excludedRe.exec(countsNoun && c.countNounBreak.test(after) ? `${before} | ${inner}` : `${before} | ${inner} | ${after}`);
    const q: Quantity = { start, end, text: m[0], value, unit };
    // (right after the amount, or before it in its cell: "on a 24 G wire", "| Braided stainless wire, 24 G |")
    const fr = c.followers.get(unit);
    const follower = fr ? (fr.after.exec(text.slice(end, end + 40)) ?? fr.before.exec(text.slice(Math.max(0, start - 40), start).split(/\||\n|[ \t]{2,}|[.;:]\s/).pop() ?? '')) : null;
    if (follower) q.excludedBy = follower[0].trim();
    else if (hit) q.excludedBy = hit[0];
    else if (c.sizeWordRe && c.sizeUnits.has(unit)) {
      // (a size measures the device only beside a device or dimension word in its sentence part, up to a semicolon and
      // across the commas of an appositive: "a PMMA rod, 8.5 mm x 300 mm, was inserted"; in a table row, the row's
      // cells before it: "| Rod, prefabricated | LOT 0000 | 8 mm x 280 mm |")
      const n = c.sizeReach;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const row = text.slice(lineStart, start).includes('|');
      const beforeText = row ? text.slice(lineStart, start) : (text.slice(Math.max(0, start - n * 16), start).split(/;|\.\s/).pop() ?? '');
      // (a bracketed aside between the device and its size is skipped: "tibial nail (off the shelf) 9 x 345 mm")
      const wordsBefore = row ? beforeText : beforeText.replace(/\([^()]*\)/g, ' ').split(/\s+/).slice(-n).join(' ');
      const wordsAfter = (text.slice(end, end + n * 16).split(/;|\.\s/)[0] ?? '').split(/\s+/).slice(0, n + 1).join(' ');
      if (!c.sizeWordRe.test(`${wordsBefore} ${m[0]} ${wordsAfter}`)) q.excludedBy = 'a size of no device';
    }
    if (hit && inner && c.excludedRe.test(inner)) q.excludedInside = true;
    if (unit === 'count') {
      // (the last one: "two bead strands" counts strands)
      if (nouns) q.noun = nouns[nouns.length - 1]!.toLowerCase();
      // (one before a plural noun is no count of it: "at the second one antibiotic beads were placed" is the second
      // operation, then its beads)
      if (m[4] !== undefined && value === 1 && q.noun?.endsWith('s') && c.counted.has(q.noun.slice(0, -1)) && !q.excludedBy) q.excludedBy = 'one before a plural noun';
    }
    out.push(q);
  }
  if (SPELLED.test(text)) {
    for (const q of spelledCounts(text, c)) {
      // the parsed count replaces what the regex read of the same words ("two PMMA beads" from "twenty-two")
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < q.end && out[i]!.end > q.start) out.splice(i, 1);
      out.push(q);
    }
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}
