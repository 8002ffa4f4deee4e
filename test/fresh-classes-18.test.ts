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

describe('an operation written as a titled list of steps ("Steps" / "1. Supine, ...") is the operation, not the history paragraph above it', () => {
  const note = (title: string, first: string) =>
    'OPERATION NOTE: REIMPLANTATION R HIP\n\nSurgeon: Dr. X\n\n' +
    'History: stage one 9 weeks ago - excision arthroplasty of the right hip with a\nhand-made gentamicin PMMA spacer left in the joint. CRP now 3, aspirate\nsterile. Listed for reimplantation.\n\n' +
    `${title}\n1. ${first}\n2. Posterior approach through the old scar.\n3. The cement spacer was removed from the hip joint in one piece; no cement\n   left behind on the image intensifier.\n4. Cementless revision THR.\n5. Closure.\n\n` +
    'Post op: PWB, IV antibiotics until cultures final.\n';
  it('"Steps" over the list: the spacer removal is today\'s', () => {
    eventsIn(note('Steps', 'Lateral, hip prepped.'), ['remove:intra-articular']);
  });
  it('"Operative steps" over the list: the removal is today\'s', () => {
    eventsIn(note('Operative steps', 'Lateral, hip prepped.'), ['remove:intra-articular']);
  });
  it('an untitled step list that opens on the positioning ("Supine, tourniquet up") opens the operation', () => {
    eventsIn(note('', 'Supine, tourniquet up 300 mmHg.'), ['remove:intra-articular']);
  });
  it('(guard) a numbered history under its own title stays history: no device of today', () => {
    const t = 'OPERATION NOTE\nSurgeon: Dr. X\n\nHistory:\n1. 2023 ORIF of the tibia.\n2. 2024 removal of hardware and antibiotic PMMA beads placed in the canal.\n\nProcedure: Excision of a sebaceous cyst of the back (11403).\n';
    eventsIn(t, []);
  });
});
