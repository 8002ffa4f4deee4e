/**
 * Sentences written fresh for the classes fixed in stop 27: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { events } from './helpers/verdicts.js';
// @ts-expect-error plain ESM script without types
import { hardWrap } from '../scripts/metamorphic.mjs';

const layouts = (note: string) => [note, hardWrap(note, 64), hardWrap(note, 72), note.toUpperCase(), note.replace(/\n/g, '\r\n')];

describe('a fronted "instead of / rather than / without ..." phrase negates only itself: a subject pronoun with its own verb opens the main clause', () => {
  const cases: [string, string][] = [
    ['Instead of a locked nail we inserted a vancomycin PMMA rod, hand-made from 40 g of cement, into the femoral canal.', 'insert:intramedullary'],
    ['Rather than closing primarily we packed the dead space with 24 tobramycin PMMA beads rolled by hand.', 'insert:deep'],
    ['Without further reaming we advanced a gentamicin cement rod, moulded on the back table, down the tibial canal.', 'insert:intramedullary'],
    ['In lieu of bone graft they placed a hand-formed vancomycin cement spacer into the knee joint.', 'insert:intra-articular'],
  ];
  for (const [s, ev] of cases) {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Irrigation and debridement of bone (11044).\n' +
      `Description: The wound was opened and debrided to bleeding bone. ${s} The wound was closed in layers.\n`;
    it(`the main clause's placement stands: ${s.slice(0, 48)}…`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([ev]);
    });
  }
  it('the fronted phrase negates what it names and the main clause places its own device ("Instead of beads we used ...": no beads)', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Irrigation and debridement of bone (11044).\n' +
      'Description: Instead of beads we used a vancomycin cement rod, made by hand, in the femoral canal.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
  it('(guard) a clause after "that" stays inside the negation ("It was not felt that we needed beads")', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Irrigation and debridement of bone (11044).\n' +
      'Description: The canal was clean. It was not thought that we placed antibiotic beads in the wound.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});
