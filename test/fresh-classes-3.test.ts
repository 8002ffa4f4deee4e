/**
 * Sentences written fresh for the classes fixed in stop 18 (blind sets holdout58-61): each test names the
 * general pattern, and its notes were written for the test, not taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';

type Results = ReturnType<typeof checkNoteAll>;
const el = (rs: Results, code: string, id: string) => rs.find((r) => r.code === code)?.elements.find((e) => e.id === id)?.status;
const events = (rs: Results) => rs.flatMap((r) => r.devices.map((d) => `${d.action}:${d.site}`));

describe('a correction block titled with its author and no colon corrects the note', () => {
  const body =
    'PROCEDURE: Removal of the infected left tibial nail (CPT 20680) and reaming of the canal.\n\n' +
    'DESCRIPTION: The nail was extracted and the canal reamed to 12 mm and washed out. Forty grams of Simplex P with ' +
    '1 g vancomycin were mixed by hand and moulded over a beaded guide wire into a rod. The rod was inserted into the ' +
    'tibial canal. The wound was closed.\n\n';
  for (const title of ['ATTENDING AMENDMENT (Dr. X)', "Surgeon's addendum - 17:05", 'Teaching physician attestation']) {
    it(`"${title}": the rod it says was never inserted is no event`, () => {
      const note =
        body +
        `${title}\nI reviewed the note above and agree with the approach. The canal kept bleeding after reaming. The cement rod was made but was not inserted; it was thrown away. We will come back in two days.\n`;
      expect(events(checkNoteAll(note)), title).toEqual([]);
    });
  }
  it('without the correction the rod is placed (the block is what retracts it)', () => {
    expect(events(checkNoteAll(body))).toEqual(['insert:intramedullary']);
  });
});

describe('a correction that negates a drug withdraws that drug from the note', () => {
  const note = (addendum: string) =>
    'PROCEDURE: Excision of the infected right calcaneus (CPT 28120) with antibiotic beads.\n\n' +
    'DESCRIPTION: One 40 g bag of Copal G+C was mixed with 1 g of vancomycin and rolled into beads by hand, and 16 beads ' +
    'were packed into the calcaneal cavity deep to the fascia.\n\n' +
    'PLAN: Remove the beads in 6 weeks.\n\n' +
    addendum;
  it('"no vancomycin was added" takes back the vancomycin told above; the brand is all that is left', () => {
    const r = checkNoteAll(note('ADDENDUM (late entry): No vancomycin was added to the bead cement; the vial went back to pharmacy.\n'));
    expect(r[0]?.code).toBe('20700');
    expect(el(r, '20700', 'drug')).not.toBe('pass');
  });
  it('a correction shown above the note withdraws the drug below it too', () => {
    const top = 'Late entry, Dr. X: Correction. Vancomycin was not added to the cement; please disregard it below.\n\n';
    const r = checkNoteAll(top + note(''));
    expect(el(r, '20700', 'drug')).not.toBe('pass');
  });
  it('a correction about something else leaves the drug, and so does a negated drug outside any correction', () => {
    expect(el(checkNoteAll(note('ADDENDUM: No drain was left in the wound.\n')), '20700', 'drug')).toBe('pass');
    expect(el(checkNoteAll(note('Note: the patient did not receive IV vancomycin before the cultures.\n')), '20700', 'drug')).toBe('pass');
  });
  it('a negated word of preparation in a correction does not withdraw the preparation', () => {
    const r = checkNoteAll(note('ADDENDUM: No vancomycin was added to the mix; the vial was never emptied into it.\n'));
    expect(el(r, '20700', 'fabrication')).toBe('pass');
  });
});
