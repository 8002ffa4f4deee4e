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

describe('a negated placement that governs no device ("no cement was left in the canal") negates only the devices no affirmed verb of its sentence governs', () => {
  const narratives = [
    'The old spacer was extracted in one piece; it came out whole and no cement was left in the joint.',
    'Old spacer pulled out intact; fluoroscopy showed no residual cement left in the knee.',
  ];
  for (const n of narratives) {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Operation: Spacer exchange, left knee: removal of the old antibiotic spacer from the knee joint, debridement,\n' +
      'insertion of a new hand-made vancomycin and gentamicin cement spacer into the knee joint (27488).\n' +
      `Details: ${n} Two 40 g bags of Palacos were mixed by hand with 4 g vancomycin and moulded into a block.\n` +
      'The wound was closed over a drain.\n';
    it(`the listed new spacer stays placed: ${n.slice(0, 44)}…`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular', 'insert:intra-articular']);
    });
  }
  it('(guard) a removal negated with the device only named by a pronoun still unsays the listed removal', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Repeat irrigation and debridement of the thigh; bead removal\n' +
      'Description: The previously placed antibiotic beads were left in place; they were not removed today.\n' +
      'The wound was loosely closed.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});
