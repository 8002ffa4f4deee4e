/**
 * docs/samples.md is generated from the samples' actual outputs (scripts/gen-samples-doc.mjs); this test
 * renders it again from the sources and fails when the page is stale.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNoteAll } from '../src/check.js';
import { draftNoteQuery } from '../src/query.js';
import { DOC, SAMPLES, renderSamplesDoc } from '../scripts/gen-samples-doc.mjs';

describe('docs/samples.md', () => {
  const page = renderSamplesDoc({ checkNoteAll, draftNoteQuery }) as string;

  it('matches what oplint reports for the samples (regenerate: npm run build && node scripts/gen-samples-doc.mjs)', () => {
    expect(readFileSync(DOC, 'utf8')).toBe(page);
  });

  it('has a row and a section for every sample, with its real status and gaps', () => {
    const names = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort();
    expect(names.length).toBeGreaterThanOrEqual(14);
    for (const n of names) {
      const text = readFileSync(join(SAMPLES, n), 'utf8');
      const rs = checkNoteAll(text);
      const row = page.split('\n').find((l) => l.startsWith(`| \`${n}\` |`));
      expect(row, n).toBeDefined();
      for (const r of rs) expect(row).toContain(`${r.code ?? 'no code'}: ${r.status}`);
      for (const e of rs.flatMap((r) => r.elements).filter((x) => x.status === 'fail' || x.status === 'warn')) {
        expect(row).toContain(`${e.id} ${e.status}`);
      }
      expect(page).toContain(`### ${n}`);
    }
  });
});
