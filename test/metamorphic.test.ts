/**
 * Layout invariance (issue 8): every labelled note, hard-wrapped at 64 and 72 columns, with CRLF line ends,
 * in capitals, in lower case and indented as a whole, keeps its verdicts (per code: status, element statuses
 * and device events). A failure names the note, the layout and what changed.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { hardWrap, labelledFiles, metamorphic } from '../scripts/metamorphic.mjs';
import * as lib from '../src/index.js';

describe('verdicts do not depend on layout', () => {
  const files = labelledFiles() as string[];
  const r = metamorphic(lib, files) as { notes: number; changed: Record<string, { file: string; base: string; got: string }[]> };

  it('covers every labelled note', () => {
    expect(r.notes).toBeGreaterThanOrEqual(240);
  });

  it('the wrap transform breaks long lines, but not the lines of a two-column page (it would reorder the words)', () => {
    const prose = 'The fascia was opened and the antibiotic beads were placed beneath it in the dead space of the thigh.';
    expect(hardWrap(prose, 64).split('\n').length).toBe(2);
    const left = ['Preop Dx: chronic infection of the right', 'total knee arthroplasty with a loose tibial', 'component and a draining sinus over the', 'anterior knee; aspirate grew MSSA and the', 'markers are raised despite antibiotics'];
    const right = ['Postop Dx: same', 'EBL: 400 mL', 'Drains: none', 'Complications: none', 'Specimens: cultures'];
    const page = left.map((l, i) => l.padEnd(52) + right[i]).join('\n');
    expect(hardWrap(page, 64)).toBe(page);
    expect(hardWrap(page.split('\n').slice(0, 2).join('\n'), 64)).not.toBe(page.split('\n').slice(0, 2).join('\n'));
  });

  it.each(['crlf', 'upper', 'lower', 'indent', 'wrap64', 'wrap72'])('%s keeps every verdict', (layout) => {
    const changed = r.changed[layout]!.map((c) => c.file.replace(/^.*?(samples|test\/fixtures)\//, '$1/'));
    expect(changed).toEqual([]);
  });
});
