/**
 * Sentences written fresh for the classes fixed in stop 29: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
import { layouts } from './helpers/layouts.js';

describe("the plan for a device placed today, told after the placement, speaks of that device and not of the one taken out in the same operation", () => {
  it("an exchange whose removed pellets have no stated material: the plan naming the new pellets' material does not describe the removed ones", () => {
    const note =
      'OPERATIVE REPORT\n' +
      'Surgeon: Dr. X\n' +
      'Procedures: Sequestrectomy of the left os calcis (28120). Exchange of antibiotic pellets.\n' +
      'Details: Through the lateral incision the old antibiotic pellets were taken out of the calcaneal cavity;\n' +
      'all 15 pellets were counted. This was the planned return. The cavity was curetted.\n' +
      'We mixed 10 cc of calcium sulfate with 1 g of vancomycin, cast it into pellets and packed them into the cavity.\n' +
      'Plan: the calcium sulfate pellets will dissolve over weeks and need no removal.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:deep', 'insert:deep']);
      expect(el(rs, '20701', 'device-removed')).toBe('fail');
      expect(el(rs, '20700', 'carrier')).toBe('pass');
    }
  });
  it('(guard) a plan told before the operation, to take out PMMA beads, still names the removed beads\' material', () => {
    const note =
      'OPERATIVE REPORT\n' +
      'Surgeon: Dr. X\n' +
      'Indication: She returns as planned to have the PMMA beads taken out of the right thigh.\n' +
      'Procedures: Debridement of the right thigh (27301). Bead exchange.\n' +
      'Details: The beads were removed from beneath the fascia lata; all 20 were counted. The cavity was debrided.\n' +
      'We mixed 40 g of PMMA with 2 g of vancomycin, rolled 18 beads by hand and placed them beneath the fascia lata.\n' +
      'Plan: the PMMA beads will come out in 6 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:deep', 'insert:deep']);
      expect(el(rs, '20701', 'device-removed')).toBe('pass');
    }
  });
});

describe('a volume of what came out of the patient (pus, a hematoma, an effusion, fluid drained or evacuated) is no amount of the device', () => {
  it('"about 150 mL of pus" and "60 cc hematoma evacuated", in an implants block, leave hand-rolled beads with no amount', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Incision and drainage of a deep abscess of the left thigh (27301).\n' +
      'Implants: beads, details below\n' +
      '- vastus lateralis split, abscess cavity deep to the fascia lata with about 150 mL of pus, cultures sent\n' +
      '- a 60 cc hematoma evacuated from the lower pole of the cavity\n' +
      '- PMMA mixed with gentamicin on the back table by the team, beads rolled by hand\n' +
      '- beads placed in the cavity deep to the fascia lata; beads to come out in 6 weeks\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'quantity')).toBe('fail');
    }
  });
  it('(guard) the beads\' own volume in the same note is still an amount', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Incision and drainage of a deep abscess of the left thigh (27301).\n' +
      'Implants: beads, details below\n' +
      '- about 150 mL of pus drained from under the fascia lata\n' +
      '- 20 cc of PMMA mixed with gentamicin on the back table by the team, beads rolled by hand\n' +
      '- beads placed in the cavity deep to the fascia lata; beads to come out in 6 weeks\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('pass');
  });
});
