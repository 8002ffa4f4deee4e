import { describe, expect, it } from 'vitest';
import { patternStore } from '../src/patterns/store.js';
import type { Grammar } from '../src/nlp/grammar.js';
import { findCodes, findOperations, parseCodeToken } from '../src/nlp/procedures.js';
import { checkNote } from '../src/check.js';

const g = patternStore([]).data<Grammar>('grammar.yaml');
const noContext = { inProcedureList: () => false, sentenceText: () => '' };
const codes = (text: string) => findCodes(g, text, noContext).map((c) => `${c.code}${c.modifiers.map((m) => `-${m}`).join('')}`);

describe('procedure codes in the ways notes write them (sentences written for this test)', () => {
  it('reads a code ending a sentence, after CPT or CPT®, in brackets and in a list after a marker', () => {
    expect(codes('The humerus was debrided down to bleeding bone, CPT 11012.')).toEqual(['11012']);
    expect(codes('Billed as CPT® 27640 with the add-on.')).toEqual(['27640']);
    expect(codes('Sequestrectomy of the radius (25145) was done first.')).toEqual(['25145']);
    expect(codes('CPT codes: 11044, 20245 and 27303 were submitted.')).toEqual(['11044', '20245', '27303']);
  });
  it('parses modifiers written after the code', () => {
    expect(codes('Nailing of the femur 27506-RT was carried out.')).toEqual(['27506-RT']);
    expect(codes('Add-on 20702 -59 for the second canal.')).toEqual(['20702-59']);
    expect(codes('Revision 27447-LT-58 today.')).toEqual(['27447-LT-58']);
    expect(parseCodeToken(g, '20700-xs')).toEqual({ code: '20700', modifiers: ['XS'] });
    expect(parseCodeToken(g, 'vancomycin')).toBeUndefined();
  });
  it('reads codes leading a bullet or table row and trailing a line', () => {
    expect(codes('• 11043 - debridement of muscle, left calf')).toEqual(['11043']);
    expect(codes('23935   Incision of the humerus for osteomyelitis')).toEqual(['23935']);
    expect(codes('Partial excision of the calcaneus - 28120')).toEqual(['28120']);
    expect(codes('| 27303 | Incision of femur | 1 |')).toEqual(['27303']);
  });
  it('reads the numbers of a Coding block as codes', () => {
    expect(codes('Coding:\n24134\n20702\n\nThe patient went to recovery.')).toEqual(['24134', '20702']);
  });
  it('never reads lot, record or measurement numbers as codes', () => {
    expect(codes('Palacos lot 27506 was opened; MRN 11012; the rod was 11012 mm? no.')).toEqual([]);
    expect(codes('Catalog # 20702, serial 11044.')).toEqual([]);
    expect(codes('The count was 12345 in the log.')).toEqual([]);
  });
});

describe('the operation timeline', () => {
  it('splits an earlier operation told under its own heading from today', () => {
    const text = 'PRIOR SURGERY (ten days ago)\n- 11043 debridement, tobramycin beads placed in the thigh\n\nTODAY\n- Beads removed from the thigh, 11043 repeated\n';
    const ops = findOperations(g, text);
    expect(ops.map((o) => o.kind)).toEqual(['earlier', 'today']);
    expect(text.slice(ops[1]!.start)).toMatch(/^TODAY/);
  });
  it('uses dated operation headings against the date of service', () => {
    const text = 'Date of service: 03/14/2026\nOperation of 03/09/2026: debridement and beads.\nOperation of 03/14/2026: bead removal.\n';
    expect(findOperations(g, text).map((o) => o.kind)).toEqual(['today', 'earlier', 'today']);
  });
  it('keeps a note without operation headings as one operation', () => {
    expect(findOperations(g, 'PROCEDURE: Debridement.\nFINDINGS: Pus in the canal.\nPLAN: Beads out in 3 weeks.').map((o) => o.kind)).toEqual(['today']);
  });
  it('credits neither the codes nor the devices of an earlier operation to today', () => {
    const note = [
      'INDEX OPERATION (4 days ago)',
      '- 11044-RT debridement of the right leg; 12 gentamicin PMMA beads rolled by hand and placed beneath the fascia',
      '',
      "TODAY'S OPERATION",
      'The beads were removed from beneath the fascia, all 12 counted. Wound closed. No other procedure.',
    ].join('\n');
    const r = checkNote(note);
    expect(r.devices.map((d) => `${d.action}:${d.site}`)).toEqual(['remove:deep']);
    expect(r.elements.find((e) => e.id === 'primary-procedure')?.status).toBe('fail');
  });
});

describe('sentences anchored to an earlier time', () => {
  it('does not read a placement told with "weeks ago" or "at the index operation" as today', () => {
    for (const s of [
      'Three weeks ago gentamicin PMMA beads were rolled by hand and placed in the tibial canal.',
      'At the prior debridement, tobramycin cement beads were placed deep to the fascia.',
    ]) {
      const r = checkNote(`INDICATIONS: ${s}\nPROCEDURE: The beads were removed from the same space, all counted, and the wound was closed. Repeat debridement (CPT 11043).`);
      expect(r.devices.map((d) => d.action), s).toEqual(['remove']);
    }
  });
  it('still reads a placement done today beside an earlier anchor', () => {
    const r = checkNote('Two weeks ago the canal was debrided. Today vancomycin PMMA beads were rolled by hand and placed into the femoral canal (CPT 27303).');
    expect(r.devices.map((d) => `${d.action}:${d.site}`)).toEqual(['insert:intramedullary']);
  });
});
