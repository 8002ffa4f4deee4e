import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { regexProblem } from '../src/patterns/redos.js';

/** Every `re:` entry of the shipped pattern files, with where it is. */
function shippedRegexes(): { where: string; source: string }[] {
  const out: { where: string; source: string }[] = [];
  const visit = (v: unknown, where: string): void => {
    if (typeof v === 'string') {
      if (v.startsWith('re:')) out.push({ where, source: v.slice(3) });
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${where}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, `${where}.${k}`);
  };
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(f)) visit(parse(readFileSync(p, 'utf8')), p);
    }
  };
  walk(join(import.meta.dirname, '..', 'patterns'));
  return out;
}

describe('regexProblem', () => {
  it.each(['(?:a+)+$', '(a|a)*b', '(.*a){12}'])('rejects %s', (src) => {
    const why = regexProblem(src);
    expect(why).toMatch(/^catastrophic backtracking: /);
    expect(why).not.toContain('\n');
  });

  it.each([
    '(a+)+', // capturing
    '(?:a*b*)+', // nullable body
    '(?:\\w+\\s?)+$', // optional separator: words split many ways
    '(?:a|ab)+c', // overlapping alternatives
    '(?:x|[a-z]|\\d)*y', // overlap through a class
    '(?:[a-z]|[A-Z])+!', // overlap only once case is folded
    '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+$', // the classic e-mail ReDoS
    '(?=(?:a+)+)b', // inside a lookahead it still runs
    '(?:(?:a|b)+c?)+', // nested with optional tail
    '(\\d+){2,}x',
  ])('rejects other catastrophic shapes: %s', (src) => {
    expect(regexProblem(src)).toBeDefined();
  });

  it.each([
    'canal',
    '\\bnail(?=\\s+was\\s+coated)',
    '(?:\\w+\\s+){0,4}(?:confirm|show)',
    '(?:[\\w/&,.-]+\\s+){0,6}?(?:insertion|placement)',
    '[^.;:]{0,60}?(?:in|at)\\s+\\d+',
    '(?:ab)+',
    '(?:a|b)+c',
    'a+b+c+',
    '(?:\\d{1,2}[./-]){2}\\d{2,4}',
    '(?<!(?:spinal|ear)\\s)canal',
  ])('accepts %s', (src) => {
    expect(regexProblem(src)).toBeUndefined();
  });

  it('accepts every shipped re: pattern', () => {
    const shipped = shippedRegexes();
    expect(shipped.length).toBeGreaterThan(10);
    const flagged = shipped.map((r) => ({ ...r, why: regexProblem(r.source) })).filter((r) => r.why);
    expect(flagged).toEqual([]);
  });

  it('reports a syntax error as invalid', () => {
    expect(regexProblem('(?:a')).toMatch(/^invalid regular expression: /);
    expect(regexProblem('[z-a]')).toMatch(/^invalid regular expression: /);
  });

  it('folds case only under the i flag', () => {
    expect(regexProblem('(?:[a-z]|[A-Z])+!', '')).toBeUndefined();
    expect(regexProblem('(?:[a-z]|[A-Z])+!', 'i')).toBeDefined();
  });

  it('quotes the offending part of the pattern', () => {
    expect(regexProblem('foo\\s+(?:\\w+\\s?)+$')).toContain("'(?:\\w+\\s?)+'");
    // a body that ends differently from how it starts repeats in one way only
    expect(regexProblem('foo\\s+(?:bar+)+$')).toBeUndefined();
  });
});

describe('the pattern store refuses a user pattern that backtracks catastrophically', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { PatternStore, regexesOf } = await import('../src/patterns/store.js');
  const { regexProblem } = await import('../src/patterns/redos.js');
  it('names the file and the entry of a lexicon term re:(?:a+)+$', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oplint-redos-'));
    try {
      mkdirSync(join(dir, 'lexicons'));
      writeFileSync(join(dir, 'lexicons', 'drugs.yaml'), 'lexicon: drugs\nentries:\n  - name: bad\n    terms: ["re:(?:a+)+$"]\n');
      expect(() => new PatternStore([dir])).toThrow(/drugs\.yaml at entries\[0\]\.terms\[0\]: catastrophic backtracking/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('accepts every regular expression shipped in patterns/', () => {
    const store = new PatternStore([]);
    let n = 0;
    for (const f of store.list()) {
      for (const r of regexesOf(f.rel, f.data)) {
        n++;
        expect(regexProblem(r.source), `${f.rel} ${r.path}`).toBeUndefined();
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});
