import { z } from 'zod';
import { loadPack } from '../patterns/load.js';

export const SECTION_CATEGORIES = [
  'procedure', 'narrative', 'findings', 'implants', 'diagnosis', 'history', 'indications', 'plan', 'other', 'none',
] as const;
export type SectionCategory = (typeof SECTION_CATEGORIES)[number];

const SectionsSchema = z.strictObject({
  sections: z.array(
    z.strictObject({
      category: z.enum(SECTION_CATEGORIES),
      titles: z.array(z.string().min(1)).min(1),
    }),
  ),
});

export interface Section {
  /** Offsets in the normalised text: the header starts at `start`, the body at `bodyStart`. */
  start: number;
  bodyStart: number;
  end: number;
  title: string;
  category: SectionCategory;
}

interface Compiled {
  byTitle: Map<string, SectionCategory>;
  known: RegExp;
}

let compiled: Compiled | undefined;
let compiledFor: string | undefined;

const key = (t: string) => t.toLowerCase().replace(/[^a-z0-9()/&]+/g, ' ').trim();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(patternDirs: string[]): Compiled {
  const id = patternDirs.join('|');
  if (compiled && compiledFor === id) return compiled;
  const pack = loadPack('sections.yaml', SectionsSchema, patternDirs);
  const byTitle = new Map<string, SectionCategory>();
  const titles: string[] = [];
  for (const s of pack.sections) {
    for (const t of s.titles) {
      byTitle.set(key(t), s.category);
      titles.push(t);
    }
  }
  titles.sort((a, b) => b.length - a.length);
  // A known title at the start of a line, in any case, followed by a colon.
  const known = new RegExp(`(?:^|\\n)[ ]*(${titles.map((t) => esc(t).replace(/ /g, '\\s+')).join('|')})[ ]*:`, 'gi');
  compiled = { byTitle, known };
  compiledFor = id;
  return compiled;
}

// An ALL-CAPS header anywhere a header can start: line start, or after a sentence end / run-on comma
// (exports that lost their newlines read "... FINDINGS:, The canal ...").
const CAPS = /(^|\n|[.,;:]\s*|\s{2,})[ ]*([A-Z][A-Z0-9/&()'\- ]{2,60}?)[ ]*:(?!\d)/g;

export function categoryOf(title: string, patternDirs: string[] = []): SectionCategory | undefined {
  return compile(patternDirs).byTitle.get(key(title));
}

/** Split a normalised note into sections. Text before the first header is a section of category "none". */
export function findSections(text: string, patternDirs: string[] = []): Section[] {
  const c = compile(patternDirs);
  const heads: { start: number; bodyStart: number; title: string; category: SectionCategory }[] = [];
  c.known.lastIndex = 0;
  for (let m = c.known.exec(text); m; m = c.known.exec(text)) {
    const title = m[1]!;
    const start = m.index + m[0].indexOf(title);
    heads.push({ start, bodyStart: m.index + m[0].length, title, category: c.byTitle.get(key(title)) ?? 'other' });
  }
  CAPS.lastIndex = 0;
  for (let m = CAPS.exec(text); m; m = CAPS.exec(text)) {
    const title = m[2]!.trim();
    const letters = title.replace(/[^A-Z]/g, '').length;
    if (letters < 3 || /^(CPT|NOTE|MM|CM|CC|ML|IV|IM|PO|OR)$/.test(title)) {
      CAPS.lastIndex = m.index + m[0].length;
      continue;
    }
    const start = m.index + m[0].indexOf(m[2]!);
    heads.push({ start, bodyStart: m.index + m[0].length, title, category: c.byTitle.get(key(title)) ?? 'other' });
    CAPS.lastIndex = m.index + m[0].length;
  }
  heads.sort((a, b) => a.start - b.start);
  const dedup = heads.filter((h, i) => i === 0 || h.start >= heads[i - 1]!.bodyStart);
  const sections: Section[] = [];
  if (dedup.length === 0 || dedup[0]!.start > 0) {
    sections.push({ start: 0, bodyStart: 0, end: dedup[0]?.start ?? text.length, title: '', category: 'none' });
  }
  dedup.forEach((h, i) => {
    let bodyStart = h.bodyStart;
    while (text[bodyStart] === ',' || text[bodyStart] === ' ') bodyStart++; // "HEADER:," run-on exports
    sections.push({ ...h, bodyStart, end: dedup[i + 1]?.start ?? text.length });
  });
  return sections;
}
