/**
 * Sentences written fresh for the classes fixed in stop 31: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
import { layouts } from './helpers/layouts.js';

describe('a supply-log row whose status says the item was not used (wasted, opened in error, returned) names no material of the device', () => {
  const head =
    'OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    'Procedure: Debridement of the infected left femur with reaming of the canal (27303).\n' +
    'Description: The canal was reamed and irrigated. Antibiotic beads were hand rolled on the back table with 2 g vancomycin in the mix, and 18 beads were packed into the femoral canal.\n' +
    'Plan: bead removal in 6 weeks.\n' +
    '\n' +
    'IMPLANT LOG\n';
  it('"Palacos R 40 g ... opened in error - wasted": the carrier is not named', () => {
    const note = head + 'Antibiotic beads, hand made       qty 18   implanted, femoral canal\nPalacos R 40 g   lot PR-1182   qty 1   opened in error - wasted\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'carrier')).toBe('fail');
      expect(el(rs, '20702', 'drug')).toBe('pass');
    }
  });
  it('a pipe-table row "| Copal G+C 40 g | CG-22 | 1 | Returned unopened |": the carrier is not named', () => {
    const note = head + '| Item | Lot | Qty | Status |\n|---|---|---|---|\n| Antibiotic beads | - | 18 | Implanted |\n| Copal G+C 40 g | CG-22 | 1 | Returned unopened |\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20702', 'carrier')).toBe('fail');
  });
  it('(guard) the same row with the status "Used - beads": the carrier is named', () => {
    const note = head + '| Item | Lot | Qty | Status |\n|---|---|---|---|\n| Antibiotic beads | - | 18 | Implanted |\n| Copal G+C 40 g | CG-22 | 1 | Used - beads |\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20702', 'carrier')).toBe('pass');
  });
});
