/**
 * Layout invariance (issue 8): every labelled note, hard-wrapped at 64 and 72 columns, with CRLF line ends,
 * and in capitals, keeps its verdicts (per code: status, element statuses and device events). A failure
 * names the note, the layout and what changed.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { labelledFiles, metamorphic } from '../scripts/metamorphic.mjs';
import * as lib from '../src/index.js';

describe('verdicts do not depend on layout', () => {
  const files = labelledFiles() as string[];
  const r = metamorphic(lib, files) as { notes: number; changed: Record<string, { file: string; base: string; got: string }[]> };

  it('covers every labelled note', () => {
    expect(r.notes).toBeGreaterThanOrEqual(240);
  });

  it.each(['crlf', 'upper', 'wrap64', 'wrap72'])('%s keeps every verdict', (layout) => {
    const changed = r.changed[layout]!.map((c) => c.file.replace(/^.*?(samples|test\/fixtures)\//, '$1/'));
    expect(changed).toEqual([]);
  });
});
