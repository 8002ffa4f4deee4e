/**
 * Plain words in every output a coder sees: no internal markers ("[3P]", "[K]") or files that are not
 * shipped ("DOMAIN.md", the "seed page"); sources named as the public documents they are; fix examples that
 * say what to document rather than facts to paste.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { checkNoteAll } from '../src/check.js';
import { FAMILY, codesJson, explainJson, getCodeInfo, renderCodes, renderExplain } from '../src/codes.js';
import { draftNoteQuery, fixesInNoteWords } from '../src/query.js';

const ROOT = join(import.meta.dirname, '..');
const INTERNAL = /\[3P\]|\[K\]|DOMAIN\.md|seed (?:reference )?page/i;

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(n)) out.push(p);
  }
  return out;
}

const SAMPLES = files(join(ROOT, 'samples'), /\.txt$/);

/** Lines of `text` that contain an internal marker, for a readable failure. */
const offending = (where: string, text: string) =>
  text.split('\n').filter((l) => INTERNAL.test(l)).map((l) => `${where}: ${l.trim().slice(0, 160)}`);

describe('no internal markers or unshipped files in any output', () => {
  it('the detector itself catches each marker', () => {
    for (const s of ['[3P]', '[K]', 'see DOMAIN.md', 'the seed page', 'the seed reference page']) expect(INTERNAL.test(s), s).toBe(true);
  });

  it('check results of every sample, with --explain and --query, in auto mode and with each code', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const f of SAMPLES) {
      const text = readFileSync(f, 'utf8');
      for (const code of ['auto', ...FAMILY]) {
        const rs = checkNoteAll(text, { explain: true, query: true, code, claim: `27640,${code === 'auto' ? '20702' : code}x2,20700-51` });
        checked += rs.length;
        bad.push(...offending(`${relative(ROOT, f)} [${code}]`, JSON.stringify(rs, null, 1)));
        const q = draftNoteQuery(rs, text);
        if (q) bad.push(...offending(`${relative(ROOT, f)} [${code}] query`, q));
      }
    }
    expect(checked).toBeGreaterThanOrEqual(SAMPLES.length * 7);
    expect(bad).toEqual([]);
  });

  it('oplint explain <code> and oplint codes, pretty and JSON', () => {
    const bad: string[] = [];
    for (const code of FAMILY) {
      bad.push(...offending(`explain ${code}`, renderExplain(code, { color: false })));
      bad.push(...offending(`explain ${code} --format json`, JSON.stringify(explainJson(code), null, 1)));
    }
    bad.push(...offending('codes', renderCodes({ color: false })));
    bad.push(...offending('codes --format json', JSON.stringify(codesJson(), null, 1)));
    expect(bad).toEqual([]);
  });

  it('every text of every shipped pattern file (what any command may print)', () => {
    const bad: string[] = [];
    for (const f of files(join(ROOT, 'patterns'), /\.ya?ml$/)) {
      bad.push(...offending(relative(ROOT, f), JSON.stringify(parse(readFileSync(f, 'utf8')), null, 1)));
    }
    expect(bad).toEqual([]);
  });
});

describe('sources are named as public documents', () => {
  it('every code names its Medicare and primary-list source', () => {
    for (const code of FAMILY) {
      const info = getCodeInfo(code);
      expect(info.medicare.source).toMatch(/CMS|code-lookup website|not found/);
      expect(info.primaries.source).toMatch(/CPT Assistant|code-lookup website|coder practice/);
    }
    expect(getCodeInfo('20702').medicare.source).toContain('CMS Physician Fee Schedule');
    expect(getCodeInfo('20700').primaries.source).toContain('CPT Assistant, September 2021');
    const text = FAMILY.map((c) => renderExplain(c)).join(' ').replace(/\s+/g, ' ');
    for (const doc of ['CPT Assistant', 'AAOS Now Jul 2022', 'Ohio HIMA', 'CMS']) expect(text).toContain(doc);
  });
});

describe('fixes say what to document, not facts to paste', () => {
  // a dose, an amount or a size stated as a number, a side, a named bone or a CPT code is a fact only the note can give
  const FACT = /\b\d+(?:\.\d+)?\s?(?:g|mg|gm|cc|ml|mm|cm|weeks?|beads)\b|\b(?:right|left)\s+(?:tibia|femur|humerus|knee|hip|shoulder|thigh)\b|\(CPT \d{5}\)|\b(?:Palacos|Simplex|Stimulan|Sequestrectomy)\b/i;

  /** Whether a fact a fix states comes from the note itself (its side and bone, its brand, its amount). */
  const fromNote = (fact: string, note: string) => {
    const n = note.toLowerCase().replace(/\s+/g, ' ');
    const m = /^(right|left)\s+(\w+)$/i.exec(fact);
    if (m) return n.includes(m[1]!.toLowerCase()) && n.includes(m[2]!.toLowerCase().slice(0, 4));
    return n.includes(fact.toLowerCase().replace(/\s+/g, ' '));
  };

  it('no fix of any sample result states a dose, an amount, a side, a brand or a code the note does not give', () => {
    const bad: string[] = [];
    for (const f of SAMPLES) {
      const text = readFileSync(f, 'utf8');
      for (const code of ['auto', ...FAMILY]) {
        for (const r of checkNoteAll(text, { code })) {
          // as printed today, and with the placeholders filled from the note
          for (const e of [...r.elements, ...fixesInNoteWords(r, text)]) {
            if (!e.fix) continue;
            for (const m of e.fix.matchAll(new RegExp(FACT.source, 'gi'))) {
              if (!fromNote(m[0], text)) bad.push(`${relative(ROOT, f)} [${r.code}] ${e.id}: '${m[0]}' in ${e.fix}`);
            }
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('a fix for a note that names another space does not ask to document the code\'s own space as fact', () => {
    const text = readFileSync(join(ROOT, 'samples', '09-wrong-site-subfascial.txt'), 'utf8');
    const site = checkNoteAll(text, { code: '20702' })[0]!.elements.find((e) => e.id === 'placement-site')!;
    expect(site.status).toBe('fail');
    expect(site.fix).toMatch(/\[bone\]/);
    expect(site.fix).toMatch(/another space/);
  });
});
