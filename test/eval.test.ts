import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { evaluate } from '../scripts/eval.mjs';
import * as lib from '../src/index.js';

/** Floors on the labelled data (npm run eval prints the figures); measured values are in the README. */
describe('accuracy floors (npm run eval)', async () => {
  const r = await evaluate(lib);
  const prf = (d: { tp: number; fp: number; fn: number }) => ({ p: d.tp / (d.tp + d.fp || 1), r: d.tp / (d.tp + d.fn || 1) });

  it('development set: device events, codes and element statuses', () => {
    expect(r.labelled.notes).toBeGreaterThanOrEqual(60);
    const d = prf(r.labelled.devices);
    expect(d.p).toBeGreaterThanOrEqual(0.97);
    expect(d.r).toBeGreaterThanOrEqual(0.97);
    expect(r.labelled.suggestedCodesAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.labelled.elementAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('every blind held-out set stays above its floor', () => {
    const sets = Object.entries(r.holdouts as Record<string, { notes: number; elementAccuracy: number; devices: { tp: number; fp: number; fn: number } }>);
    expect(sets.length).toBeGreaterThanOrEqual(1);
    for (const [name, h] of sets) {
      expect(h.notes, name).toBeGreaterThanOrEqual(20);
      expect(h.elementAccuracy, name).toBeGreaterThanOrEqual(0.9);
      expect(prf(h.devices).r, name).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('real MTSamples notes: no device event on the notes that place or remove none', () => {
    if (r.real.skipped) return; // ../shared is not there (outside this workplace)
    expect(r.real.notes).toBe(72);
    expect(r.real.falseEvents).toBe(0);
    expect(prf(r.real).r).toBeGreaterThanOrEqual(0.85);
  });
});
