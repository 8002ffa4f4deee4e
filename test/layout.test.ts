import { describe, expect, it } from 'vitest';
import { joinWrappedLines, normalize } from '../src/text/normalize.js';
import { checkNoteAll } from '../src/check.js';
// @ts-expect-error plain ESM script without types
import { hardWrap } from '../scripts/metamorphic.mjs';

/** A paragraph long enough to be wrapped several times, written for this test. */
const PROSE =
  'After the humeral canal was reamed to 11 mm and irrigated with three litres of saline, forty grams of Simplex cement were mixed on the back table with two grams of vancomycin and rolled by hand into thirty beads of seven millimetres on a braided wire. The chain was then passed down the intramedullary canal of the left humerus and the wound was closed in layers over a drain.';

describe('hard-wrapped lines are joined back (layout does not change the text that is matched)', () => {
  it('joins the wrap points of a paragraph wrapped at 60, 64 and 72 columns', () => {
    for (const w of [60, 64, 72]) {
      const wrapped = hardWrap(PROSE, w) as string;
      expect(wrapped.split('\n').length).toBeGreaterThan(3);
      expect(joinWrappedLines(wrapped)).toBe(PROSE);
    }
  });

  it('keeps the same length so evidence offsets map back to the input', () => {
    const wrapped = hardWrap(PROSE, 64) as string;
    const doc = normalize(wrapped);
    expect(doc.text.length).toBe(wrapped.length);
    expect(doc.text).not.toContain('\n');
  });

  it('never joins list items, check boxes, labels, table rows or blank lines', () => {
    const form = [
      'Implants used during the case were documented by the circulating nurse',
      '[X] Antibiotic beads prepared on the back table by the operating surgeon',
      '[ ] Commercial bead chain (not used in this case, none opened at all)',
      'Site: left tibial intramedullary canal after reaming over the guide rod',
      '| Implant            | Lot      | Qty | Site                            |',
      '| PMMA + tobramycin  | A1234    | 24  | tibial canal                    |',
      '1. Irrigation and debridement of the open tibia fracture wound today',
      '2. Placement of hand-made tobramycin cement beads in the tibial canal',
      '',
      'The remaining text is a separate paragraph with its own sentence here.',
    ].join('\n');
    expect(joinWrappedLines(form)).toBe(form);
  });

  it('leaves a note whose lines are not wrapped alone', () => {
    const note = 'PROCEDURE: Debridement of the femur.\nFINDINGS: Purulence in the canal.\nThe beads were placed.\n' + PROSE + '\n';
    expect(joinWrappedLines(note)).toBe(note);
  });

  it('gives a wrapped note the same verdicts as the unwrapped one', () => {
    const note = `PROCEDURE: Irrigation and debridement of the left humerus with sequestrectomy (CPT 24134) and insertion of antibiotic beads into the intramedullary canal.\nSURGEON: Dr. Q\n\n${PROSE} The beads will be removed at a planned second stage in six weeks.\n`;
    const key = (t: string) => checkNoteAll(t).map((r) => [r.code, r.status, r.elements.map((e) => `${e.id}:${e.status}`)]);
    const base = key(note);
    expect(base[0]![0]).toBe('20702');
    for (const w of [56, 64, 72]) expect(key(hardWrap(note, w) as string)).toEqual(base);
  });
});

describe('more layouts that must not change a verdict (sentences written for this test)', () => {
  const key = (t: string) => checkNoteAll(t).map((r) => [r.code, r.status, r.devices.map((d) => `${d.action}:${d.site}`), r.elements.map((e) => `${e.id}:${e.status}`)]);
  it('a terse note with lower-case sentence starts reads the same in capitals', () => {
    const note = 'Proc: I&D R tibia (11044).\nDetails:\n- 40 g Palacos + 2 g vanc hand mixed on back table, rolled into beads. chain approx 20 beads, 7 mm\n- chain passed down tibial canal under fluoro\nPlan: beads out in 3 wk\n';
    const base = key(note);
    expect(base[0]![2]).toEqual(['insert:intramedullary']);
    expect(key(note.toUpperCase())).toEqual(base);
  });
  it('a pipe-table row wrapped before its closing pipe stays one row', () => {
    const row = '| Simplex P cement, 40 g pack with vancomycin 1 g | 2 | rod (1), subfascial beads (1) |';
    const note = `PROCEDURE: Debridement of the femur (CPT 27303); antibiotic rod into the femoral canal.\nIMPLANTS\n${row}\nThe rod was molded by hand in a chest tube and inserted into the femoral canal; removal in 6 weeks.\n`;
    expect(key(hardWrap(note, 60) as string)).toEqual(key(note));
  });
  it('a label inside an open bracket at a line end goes on with its value', () => {
    const note = 'PROCEDURE: Revision nailing of the femur (CPT 27472).\nIMPLANTS\nFemoral nail 11 x 380 mm; 3 locking screws. (Explanted:\ngentamicin PMMA rod 8 x 300 mm, intact.)\nThe canal was reamed to 13 mm.\n';
    const r = checkNoteAll(note)[0]!;
    // what was explanted is a removal, never read as an implant placed today
    expect(r.devices.map((d) => d.action)).toEqual(['remove']);
    expect(key(note.replace('(Explanted:\n', '(Explanted: '))).toEqual(key(note));
  });
});

describe('a full stop glued to the next sentence, in any case (sentences written for this test)', () => {
  const key = (t: string) => checkNoteAll(t).map((r) => [r.code, r.status, r.devices.map((d) => `${d.action}:${d.site}`), r.elements.map((e) => `${e.id}:${e.status}`)]);
  it('gives a note with lost spaces after full stops the same verdicts in capitals', () => {
    const note = 'PROCEDURE: I&D of the right humerus, CPT 23935.DESCRIPTION: The canal was reamed to 11 mm.Palacos 40 g with vancomycin 2 g was mixed by hand and molded into a rod.The rod was passed into the humeral canal.Removal planned in 6 weeks.';
    const base = key(note);
    expect(base[0]![2]).toEqual(['insert:intramedullary']);
    expect(key(note.toUpperCase())).toEqual(base);
  });
});

describe('headings run into the text before them (sentences written for this test)', () => {
  const key = (t: string) => checkNoteAll(t).map((r) => [r.code, r.status, r.devices.map((d) => `${d.action}:${d.site}`), r.elements.map((e) => `${e.id}:${e.status}`)]);
  it('finds a known heading after a plain word, so a wrap that starts a line with another heading decides nothing', () => {
    const note = 'OP NOTE Surgeon: Dr. X Pre-op diagnosis: Osteomyelitis of the left tibia Post-op diagnosis: Same Procedures: Debridement of the tibia CPT 11044 and placement of hand-rolled vancomycin PMMA beads into the tibial canal, 12 beads Plan: beads out in 4 weeks.';
    const base = key(note);
    expect(base[0]!.slice(0, 3)).toEqual(['20702', 'pass', ['insert:intramedullary']]);
    for (const w of [40, 52, 64, 72]) expect(key(hardWrap(note, w) as string), `wrap ${w}`).toEqual(base);
  });
});

describe('a list keyed by numbers (sentences written for this test)', () => {
  it('never joins two code-keyed procedure lines, whatever the wrap', () => {
    const text = [
      'The patient was brought to the operating room and placed supine on the table,',
      'and after induction of general anaesthesia the right leg was prepped in the',
      'usual sterile fashion with chlorhexidine and draped free for the whole case.',
      'Procedures',
      '  27447  Removal of the infected total knee components, right knee (all three)',
      '  20704  Antibiotic cement spacer made by hand and placed in the right knee joint',
      '',
    ].join('\n');
    const joined = joinWrappedLines(text);
    expect(joined.split('\n')).toContain('  20704  Antibiotic cement spacer made by hand and placed in the right knee joint');
  });
});

describe('a pipe table whose rows were hard-wrapped (sentences written for this test)', () => {
  const key = (t: string) => checkNoteAll(t).map((r) => [r.code, r.status, r.devices.map((d) => `${d.action}:${d.site}`), r.elements.map((e) => `${e.id}:${e.status}`)]);
  const table = [
    '| Line | Material placed                                  | Amount            | Count |',
    '|------|--------------------------------------------------|-------------------|-------|',
    '| A    | Simplex P with tobramycin, rolled by hand into beads | 40 g + 3.6 g      | 14    |',
    '| B    | Suction drain, 10 French                         | n/a               | 1     |',
  ].join('\n');
  const note = `PROCEDURE: Sequestrectomy of the right femur (CPT 27360) and placement of antibiotic beads in the femoral canal.\nSURGEON: Dr. X\n\nMATERIALS\n${table}\n\nThe beads were passed down the femoral canal. They come out at the second stage in 6 weeks.\n`;

  it('joins the pieces of a row cut at a cell border, inside a cell, or into three lines', () => {
    // cut after a pipe, inside a cell, and a row long enough to be cut twice
    for (const w of [30, 44, 58, 64, 72]) {
      const wrapped = hardWrap(table, w) as string;
      expect(wrapped.split('\n').length, `wrap ${w}`).toBeGreaterThan(4);
      const joined = joinWrappedLines(wrapped);
      expect(joined.split('\n').length, `wrap ${w}`).toBe(4);
    }
  });

  it('gives the wrapped note the verdicts of the unwrapped one', () => {
    const base = key(note);
    expect(base[0]!.slice(0, 3)).toEqual(['20702', 'pass', ['insert:intramedullary']]);
    for (const w of [44, 58, 64, 72]) expect(key(hardWrap(note, w) as string), `wrap ${w}`).toEqual(base);
  });

  it('leaves a table with no separator row, and prose after a table, as they were', () => {
    const plain = '| Item | Qty |\n| Beads | 10 |\nThe beads | were placed.\n';
    expect(joinWrappedLines(plain)).toBe(plain);
  });
});

describe('a check-box row cut after a box (sentences written for this test)', () => {
  it('joins the box at a line end with its label on the next line', () => {
    const row = 'Carrier used:        [ ] PMMA   [ ] Calcium sulfate   [ ] Collagen   [X] None of these';
    const cut = row.replace('[X] None', '[X]\nNone');
    expect(joinWrappedLines(cut)).toBe(row.replace('[X] None', '[X] None'));
    const note = `PROCEDURE: Debridement of the left ulna (25150).\nSURGEON: Dr. X\nLocal antibiotic device:   [ ] Beads   [ ] Spacer   [ ] Rod   [X] None placed   [ ] Other\nThe wound was closed.\n`;
    const key = (t: string) => checkNoteAll(t).map((r) => [r.status, r.devices.map((d) => `${d.action}:${d.site}`)]);
    for (const w of [40, 48, 56, 64, 72]) expect(key(hardWrap(note, w) as string), `wrap ${w}`).toEqual(key(note));
  });
});

describe('an amount that opens a line goes on from the line before (sentences written for this test)', () => {
  it('joins "... head diameter" and "54 mm, ..." but not two amounts on their own lines', () => {
    expect(joinWrappedLines('Preformed tobramycin spacer, stem diameter\n12 mm, length 140 mm.', { amountUnits: ['mm', 'g'] })).toBe('Preformed tobramycin spacer, stem diameter 12 mm, length 140 mm.');
    const log = 'Simplex P 40 g\n2 g vancomycin';
    expect(joinWrappedLines(log, { amountUnits: ['mm', 'g'] })).toBe(log);
  });
  it('keeps the amount of an implants line whatever the wrap', () => {
    const note = 'PROCEDURE: Resection arthroplasty of the right hip (27091) with a preformed antibiotic spacer.\nSURGEON: Dr. X\n\nIMPLANTS\n\nPreformed hip spacer (factory made, gentamicin-loaded PMMA, sterile pack), head diameter\n50 mm, stem length 130 mm.\n\nDESCRIPTION: Components removed. The preformed spacer was seated and reduced into the right hip joint. Second stage in 10 weeks.\n';
    const q = (t: string) => checkNoteAll(t).find((r) => r.code === '20704')?.elements.find((e) => e.id === 'quantity')?.status;
    expect(q(note)).toBe('pass');
    for (const w of [56, 64, 72]) expect(q(hardWrap(note, w) as string), `wrap ${w}`).toBe('pass');
  });
});
