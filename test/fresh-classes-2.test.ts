/**
 * Sentences written fresh for the classes fixed in stop 17 (blind sets holdout38-41): each test names the
 * general pattern, and its notes were written for the test, not taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';

type Results = ReturnType<typeof checkNoteAll>;
const el = (rs: Results, code: string, id: string) => rs.find((r) => r.code === code)?.elements.find((e) => e.id === id)?.status;
const events = (rs: Results) => (rs[0]?.devices ?? []).map((d) => `${d.action}:${d.site}`);

const beadsNote = (plan: string) =>
  'PROCEDURE: Debridement of the right femur (CPT 27303).\n\n' +
  'DESCRIPTION: Two 40 g packs of Simplex P were mixed by hand with 2 g of vancomycin and rolled into 30 beads, which ' +
  'were placed into the femoral canal.\n\n' +
  `PLAN: ${plan}\n`;

describe('intervals said in words (a fortnight, a couple of weeks, one week)', () => {
  it('a plan to take the device out after an interval in words is a staged removal', () => {
    for (const plan of [
      'Return to theatre in about a fortnight to remove the beads.',
      'Bead removal in a couple of weeks, then definitive fixation.',
      'Back to the OR in one week for exchange of the beads.',
    ]) expect(el(checkNoteAll(beadsNote(plan)), '20702', 'staged-removal'), plan).toBe('pass');
  });
  it('a clinic visit after an interval is no plan for the device', () => {
    for (const plan of ['Return visit in 1 week for a wound check.', 'Return for a dressing change in a week.']) {
      expect(el(checkNoteAll(beadsNote(plan)), '20702', 'staged-removal'), plan).toBe('warn');
    }
  });
});

describe('a powdered drug mixed into the carrier is the device\'s drug; powder put in the wound is not', () => {
  const table = (rows: string) =>
    'PROCEDURES: Resection arthroplasty of the right knee (CPT 27488); antibiotic spacer.\n\n' +
    'DESCRIPTION: The components were removed and the joint debrided. A static spacer was moulded by hand and pressed into the knee joint.\n\n' +
    'SPACER PREPARATION (by hand, back table):\n\n' +
    '| Ingredient | Amount |\n|---|---|\n' +
    rows +
    '\nPLAN: Reimplantation in 8 weeks.\n';
  it('an ingredient row naming a drug powder gives the drug and its amount', () => {
    const rs = checkNoteAll(table('| Simplex P cement | 80 g |\n| Gentamicin powder | 1.2 g |\n| Cefazolin powder | 2 g |\n'));
    const listed = checkNoteAll(table('').replace(/\| Ingredient[^]*?\n\|---\|---\|\n/, 'Simplex P, 2 packs of 40 g\nVancomycin powder 3 g\n'));
    expect(el(listed, '20704', 'drug')).toBe('pass');
    expect(el(rs, '20704', 'drug')).toBe('pass');
    expect(rs[0]!.elements.find((e) => e.id === 'drug')!.evidence.map((e) => e.text).join(' ')).toMatch(/Gentamicin|Cefazolin/);
  });
  it('a drug sprinkled into the wound and listed in the log alone is not the device\'s drug', () => {
    const note =
      'PROCEDURE: Debridement of the left tibia (CPT 11044).\n\n' +
      'DESCRIPTION: A 40 g pack of Palacos R+G was rolled by hand into 20 beads, which were laid beneath the fascia. ' +
      'Then 1 g of tobramycin powder was sprinkled over the deep layer before closure.\n\n' +
      'IMPLANTS / MEDICATIONS:\nPalacos R+G 40 g\nTobramycin powder 1 g\n\nPLAN: Remove the beads in 6 weeks.\n';
    const rs = checkNoteAll(note);
    expect(events(rs)).toEqual(['insert:deep']);
    expect(el(rs, '20700', 'drug')).toBe('fail');
  });
});

describe('a site field of the device\'s block (a table row or form field labelled Site / Location)', () => {
  const block = (field: string, narrative = 'The abscess was drained and the necrotic muscle excised.') =>
    'PROCEDURE: Drainage of a deep abscess of the left calf (CPT 27603) and placement of antibiotic beads.\n\n' +
    `DESCRIPTION: ${narrative}\n\n` +
    'BEAD DETAILS:\n' +
    '| Field | Value |\n|---|---|\n' +
    '| Carrier | Simplex P, one 40 g pack |\n' +
    '| Drug | tobramycin 2.4 g |\n' +
    '| Making | rolled by hand into 7 mm beads |\n' +
    `${field}\n` +
    '\nPLAN: Remove the beads in 3 weeks.\n';
  it('gives the site when the event\'s own words name none', () => {
    expect(events(checkNoteAll(block('| Site | beneath the deep fascia of the posterior compartment |')))).toEqual(['insert:deep']);
    expect(events(checkNoteAll(block('| Location | subfascial dead space |')))).toEqual(['insert:deep']);
  });
  it('does not override a place the narrative gives for the device', () => {
    const rs = checkNoteAll(block('| Site | intramedullary canal |', 'The beads were laid into the open wound over the calf.'));
    expect(events(rs)).toEqual(['insert:unspecified']);
  });
});
