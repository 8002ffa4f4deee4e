/**
 * Sentences written fresh for the classes fixed in stop 33: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout. Tests named "(guard)" pass without the change too: they pin what the change must not break.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
import { layouts } from './helpers/layouts.js';

const eventsIn = (note: string, want: string[]) => {
  for (const t of layouts(note)) expect(events(checkNoteAll(t)), t).toEqual(want);
};

describe('a procedure catalogue name in "ACTION, OBJECT, SITE" order: the action word governs the object after its comma', () => {
  const note = (item: string) =>
    'BRIEF OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure(s):\n' +
    `   ${item}\n` +
    '   DEBRIDEMENT, BONE, FEMUR (Left)\nAnesthesia: General\n\n' +
    'Narrative: The femur was debrided through the old incision and the wound was closed over a drain.\n';
  it('"REMOVAL, ANTIBIOTIC CEMENT ROD, FEMORAL CANAL (Left)" is a removal from the canal, not a placement', () => {
    eventsIn(note('REMOVAL, ANTIBIOTIC CEMENT ROD, FEMORAL CANAL (Left)'), ['remove:intramedullary']);
  });
  it('"Explantation, gentamicin PMMA beads, femoral medullary canal" in mixed case: a removal', () => {
    eventsIn(note('Explantation, gentamicin PMMA beads, femoral medullary canal (Left)'), ['remove:intramedullary']);
  });
  it('(guard) "INSERTION, ANTIBIOTIC CEMENT ROD, FEMORAL CANAL (Left)" stays a placement', () => {
    eventsIn(note('INSERTION, ANTIBIOTIC CEMENT ROD, FEMORAL CANAL (Left)'), ['insert:intramedullary']);
  });
  it('(guard) a removal word inside an item, then a comma, governs nothing after it: "Debridement and removal of the plate, then antibiotic PMMA beads into the femoral canal"', () => {
    eventsIn(note('Debridement and removal of the plate, then antibiotic PMMA beads into the femoral canal'), ['insert:intramedullary']);
  });
});
