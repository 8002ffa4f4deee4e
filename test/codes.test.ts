import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackError } from '../src/patterns/load.js';
import {
  FAMILY, UnknownCodeError, codesJson, explainJson, getCodeInfo, listIncludes, loadCodes, renderCodes, renderExplain, siteCode,
} from '../src/codes.js';

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('code knowledge', () => {
  it('covers every family code with consistent pairs and sites', () => {
    const k = loadCodes();
    expect([...k.codes.keys()].sort()).toEqual([...FAMILY]);
    for (const code of FAMILY) {
      const info = getCodeInfo(code);
      expect(info.addOn).toBe(true);
      expect(info.global).toBe('ZZZ');
      const comp = getCodeInfo(info.companion);
      expect(comp.companion).toBe(code);
      expect(comp.site).toBe(info.site);
      expect(comp.action).not.toBe(info.action);
      expect(siteCode(info.action, info.site)).toBe(code);
      expect(info.primaries.addOn).toBe(code);
      expect(info.modifiers.map((m) => m.modifier)).toEqual(expect.arrayContaining(['51', '58']));
      expect(info.primaries.excluded.map((x) => x.code)).toEqual(expect.arrayContaining(['27091', '27488']));
    }
    expect(siteCode('insert', 'unspecified')).toBeNull();
  });

  it('holds the 2026 figures with source and year', () => {
    const m = getCodeInfo('20702').medicare;
    expect(m).toMatchObject({ year: 2026, found: true, workRvu: 2.44, peRvu: 1.5, mpRvu: 0.49, totalRvu: 4.43, nationalPayment: 147.97 });
    expect(m.source).toBe('CMS Physician Fee Schedule RVU file RVU26A, January 2026');
    expect(getCodeInfo('20700').medicare).toMatchObject({ workRvu: 1.46, nationalPayment: 84.84, confidence: 'low' });
    expect(getCodeInfo('20703').medicare).toMatchObject({ workRvu: 1.76, nationalPayment: 108.55 });
    expect(getCodeInfo('20704').medicare).toMatchObject({ totalRvu: 4.66, nationalPayment: 155.65 });
    expect(getCodeInfo('20705').medicare).toMatchObject({ workRvu: 2.1, totalRvu: 3.84, nationalPayment: 128.26 });
    expect(getCodeInfo('20701').medicare.found).toBe(false);
    for (const c of ['20700', '20703', '20704', '20705']) expect(getCodeInfo(c).medicare.source).toContain('unofficial code-lookup website');
  });

  it('records primary-list provenance: 20700 published, the others partial and low', () => {
    const p = getCodeInfo('20700').primaries;
    expect(p).toMatchObject({ confidence: 'high', complete: true, date: '2021-09' });
    expect(p.source).toContain('CPT Assistant');
    expect(listIncludes(p, '27603')).toBe(true);
    expect(p.excluded.map((x) => x.code)).toContain('11981');
    for (const c of ['20701', '20702', '20703', '20704', '20705']) {
      const q = getCodeInfo(c).primaries;
      expect(q.complete).toBe(false);
      expect(q.confidence).toBe('low');
      expect(q.source).toMatch(/no (?:complete )?public list found/);
      expect(q.excluded.map((x) => x.code)).not.toContain('11981');
    }
    expect(listIncludes(getCodeInfo('20702').primaries, '20824')).toBe(true);
    expect(listIncludes(getCodeInfo('20702').primaries, '20839')).toBe(false);
  });

  it('a bad codes.yaml in an extra pattern dir throws PackError naming the file and key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oplint-codes-'));
    try {
      writeFileSync(join(dir, 'codes.yaml'), 'conversionFactor: { year: 2026, value: 33.4, source: x }\ncommon: { modifiers: [], global: ZZZ, globalNote: x, notes: [] }\ncodes:\n  - code: "2070"\n');
      expect(() => loadCodes([dir])).toThrow(PackError);
      expect(() => loadCodes([dir])).toThrow(/codes\.yaml at codes\[0\]\.code: expected a 5-digit code/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('unknown codes throw a one-line UnknownCodeError', () => {
    expect(() => getCodeInfo('99999')).toThrow(UnknownCodeError);
    expect(() => renderExplain('99999')).toThrow('unknown code 99999: oplint covers 20700-20705');
    expect(() => explainJson('20680')).toThrow(UnknownCodeError);
  });
});

describe('explain and codes rendering', () => {
  it('explain 20702 prints the figures and sources, within 80 columns', () => {
    const text = renderExplain('20702', { color: false });
    for (const s of ['2.44', '1.5', '0.49', '4.43', '$147.97', 'RVU26A', '2026', 'ZZZ', '20703', 'intramedullary', 'PARTIAL list', '51:', '58:']) {
      expect(text).toContain(s);
    }
    expect(text).not.toMatch(/\u001b\[/);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('every family code explains within 80 columns, colour only on request', () => {
    for (const code of FAMILY) {
      const colored = renderExplain(code, { color: true });
      expect(colored).toMatch(/\u001b\[/);
      const plain = stripAnsi(colored);
      expect(plain).toBe(renderExplain(code, { color: false }));
      expect(plain.startsWith(code)).toBe(true);
      for (const line of plain.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
      expect(plain).toContain(getCodeInfo(code).primaries.source.slice(0, 30));
    }
    expect(renderExplain('20701')).toContain('Figures not found');
    expect(renderExplain('20700')).toContain('published list');
    expect(renderExplain('20700')).toContain('11981');
  });

  it('explainJson carries the same facts', () => {
    const j = explainJson('20702') as { medicare: { totalRvu: number; source: string }; primaries: { confidence: string }; companion: string };
    expect(j.medicare.totalRvu).toBe(4.43);
    expect(j.medicare.source).toContain('RVU26A');
    expect(j.primaries.confidence).toBe('low');
    expect(j.companion).toBe('20703');
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });

  it('codes table lists the family', () => {
    const t = renderCodes({ color: false });
    const rows = t.split('\n').filter((l) => /^207\d\d /.test(l));
    expect(rows.map((r) => r.slice(0, 5))).toEqual([...FAMILY]);
    expect(rows[2]).toMatch(/20702 +insert +intramedullary +20703 +ZZZ +4\.43 +\$147\.97 +partial\/low/);
    expect(rows[1]).toContain('n/f');
    for (const line of t.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    const j = codesJson();
    expect(j.map((r) => r.code)).toEqual([...FAMILY]);
    expect(j[0]).toMatchObject({ code: '20700', site: 'deep', companion: '20701', primaries: { complete: true, confidence: 'high' } });
  });
});
