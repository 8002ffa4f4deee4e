/**
 * Sentences written fresh for the classes fixed in stop 28: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
import { layouts } from './helpers/layouts.js';

describe('spoken punctuation is written out after wrapped lines are joined: a paragraph said aloud is no short heading line, a mark at a line start is said after a word', () => {
  const dictation =
    'OP NOTE - voice dictation\n' +
    'Surgeon: Dr. X\n' +
    'Procedure colon debridement of the left tibia comma CPT 11044 period\n' +
    'Description of procedure period new paragraph patient positioned supine on the table comma tourniquet up period the old\n' +
    'incision was opened comma sinus excised period the canal was reamed to 12 millimeters\n' +
    'period new paragraph we made a rod on the back table from 40 g of PMMA with 2 g of vancomycin comma molded in a chest tube\n' +
    'period the rod was then inserted into the tibial canal period wound closed period new paragraph plan colon rod removal in 6 weeks period\n';
  it('the rod, its drug, carrier and amounts are read in every layout (wrapped, capitals, CRLF)', () => {
    for (const t of layouts(dictation)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      for (const id of ['placement-site', 'drug', 'carrier', 'fabrication', 'quantity', 'primary-procedure', 'staged-removal']) expect(el(rs, '20702', id)).toBe('pass');
    }
  });
  it('a dictated note with irregular line ends: a line end between two lines that say marks is a wrap, and a mark said first on a line ends the sentence before it', () => {
    const note =
      'OP NOTE\n' +
      'Procedure colon excision of a deep thigh abscess comma CPT 27301 period\n' +
      'Details of the procedure period new paragraph patient placed\n' +
      'supine comma prepped and draped\n' +
      'period lateral incision over the abscess period necrotic muscle excised\n' +
      'period new paragraph\n' +
      'For the dead space we chose antibiotic beads period one 40 g pack of Palacos was mixed on the back\n' +
      'table with 2 g vancomycin comma rolled by hand into 20 beads period the\n' +
      'beads were laid deep to the fascia lata period\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'carrier')).toBe('pass');
      expect(el(rs, '20700', 'quantity')).toBe('pass');
    }
  });
  it('(guard) "period" as a word is not a mark ("the postoperative period was uneventful")', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Removal of antibiotic beads from the right thigh (11043).\n' +
      'Details: All 20 PMMA beads were removed from the deep thigh cavity for planned second stage. The postoperative period\n' +
      'was uneventful after the index procedure.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});
