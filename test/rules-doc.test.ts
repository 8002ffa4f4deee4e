import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_TYPES, describeCheck } from '../src/checks/index.js';
import { loadFamily } from '../src/rules/pack.js';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');

describe('docs/rules.md is generated from the check types', () => {
  it('every check type describes every element that uses it', () => {
    const used = new Set<string>();
    for (const p of loadFamily()) {
      for (const el of p.elements) {
        used.add(el.check.type);
        const rows = describeCheck(el.check, { pack: p, action: p.action === 'insert' ? 'insertion' : 'removal', refs: (rs) => rs.map((r) => r.lexicon).join(' or '), orList: (xs) => xs.join(', '), code: (s) => s });
        expect(rows.length, `${p.code}/${el.id}`).toBeGreaterThan(0);
        expect(rows.some(([st]) => st === 'pass'), `${p.code}/${el.id} says when it passes`).toBe(true);
      }
    }
    expect([...used].sort()).toEqual([...CHECK_TYPES].sort());
  });

  it('is not stale (node scripts/gen-rules-doc.mjs --check against the built dist/)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-rules-doc.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr + r.stdout).toMatch(/up to date/);
    expect(r.status).toBe(0);
  });
});
