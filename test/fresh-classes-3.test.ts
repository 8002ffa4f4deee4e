/**
 * Sentences written fresh for the classes fixed in stop 18 (blind sets holdout58-61): each test names the
 * general pattern, and its notes were written for the test, not taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
// @ts-expect-error plain ESM script without types
import { hardWrap } from '../scripts/metamorphic.mjs';
import { joinWrappedLines } from '../src/text/normalize.js';

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

describe('a correction that says a procedure was not done takes it out of the procedure list', () => {
  const note = (correction: string) =>
    correction +
    'OPERATIVE NOTE\n\nProcedures:\n1. Removal of the antibiotic cement rod from the left femur.\n2. Debridement of the femoral canal.\n\n' +
    'Description: The entry portal was opened and the gentamicin PMMA rod placed 7 weeks ago was pulled out of the femoral canal in one ' +
    'piece; the final image showed no cement left in the canal. The canal was flushed with saline and the portal closed.\n';
  it('with the list alone, the listed debridement is another procedure (warn: no code)', () => {
    expect(el(checkNoteAll(note('')), '20703', 'primary-procedure')).toBe('warn');
  });
  it('"no debridement was done" in a late entry leaves the removal as the only procedure', () => {
    for (const c of [
      'LATE ENTRY (Dr. X): The canal was only flushed; no debridement was done. Line 2 of the list is wrong.\n\n',
      'Correction by the surgeon: item 2 is to be deleted. Debridement was not performed.\n\n',
    ]) expect(el(checkNoteAll(note(c)), '20703', 'primary-procedure'), c).toBe('fail');
  });
});

describe('a procedure word used as an adjective of a place tells a state, not a procedure of this operation', () => {
  const note = (where: string) =>
    'PROCEDURE: Removal of antibiotic beads, right distal tibia.\n\n' +
    'INDICATION: Four weeks ago the tibial abscess was opened and a chain of vancomycin PMMA beads was left in it; return planned.\n\n' +
    `DESCRIPTION: The old incision was reopened. The chain was drawn out of ${where} intact with all 12 beads; the count matched the ` +
    'implant record. The wound was washed out and closed.\n';
  for (const where of ['the debrided cavity', 'the saucerized cavity of the tibia', 'the thoroughly debrided cavity']) {
    it(`"${where}": the removal stays the only procedure`, () => {
      expect(el(checkNoteAll(note(where)), '20701', 'primary-procedure'), where).toBe('fail');
    });
  }
  it('a participle that is the verb of its clause still tells a procedure ("the bone was debrided")', () => {
    const r = checkNoteAll(note('the cavity') + 'The cavity wall was debrided back to bleeding bone with a curette.\n');
    expect(el(r, '20701', 'primary-procedure')).toBe('warn');
  });
});

describe('an H&P excerpt pasted before the op note is history, whatever its heading remark', () => {
  const note = (heading: string) =>
    `${heading}\n70-year-old woman whose infected knee replacement was taken out four months ago and an antibiotic spacer put in. She ` +
    'has chosen to live with a resection knee rather than have another replacement.\n\n' +
    'OPERATIVE NOTE\nProcedure: Removal of the antibiotic spacer from the right knee joint (20705 only).\n' +
    'Description: The knee was opened through the old scar and the cement spacer was lifted out in two pieces; no cement was left. ' +
    'Cultures were taken and the knee was closed over a drain.\n';
  for (const heading of ['PRE-OPERATIVE H&P (excerpt)', 'Interval H&P', 'History & Physical - copied from clinic']) {
    it(`"${heading}": a procedure word of the history is no procedure of today`, () => {
      expect(el(checkNoteAll(note(heading)), '20705', 'primary-procedure'), heading).toBe('fail');
    });
  }
});

describe('a check-box row wrapped inside a label, with more boxes after it, is still one row', () => {
  const note =
    'OPERATIVE NOTE - REVISION LEFT TOTAL HIP\n\nProcedure: Revision of the left hip replacement with a cemented femoral stem (27134).\n\n' +
    'Description: The loose stem was removed and the canal cleared of old cement and membrane. Trials were stable. Because of her ' +
    'diabetes, 1 g of vancomycin was hand-mixed into each bag of fixation cement and the new stem was cemented into the femoral canal. ' +
    'The capsule was repaired and the wound closed in layers over a drain.\n\n' +
    'Local antibiotic delivery device (tick one):\n[ ] bead chain    [ ] articulating spacer    [ ] cement rod / coated nail    [X] none\n';
  it('the row read whole and wrapped at 64 or 72 columns places no device', async () => {
    expect(events(checkNoteAll(note))).toEqual([]);
    for (const w of [64, 72]) {
      const wrapped = hardWrap(note, w);
      expect(wrapped).not.toBe(note);
      expect(events(checkNoteAll(wrapped)), String(w)).toEqual([]);
    }
  });
});

describe('a trigger that follows its own subject after a comma negates only its own clause', () => {
  const note = (tail: string) =>
    'PROCEDURE: Partial excision of the left radius (CPT 24136) with local antibiotic carrier.\n\n' +
    'DESCRIPTION: The sinus and dead bone were excised. Calcium sulfate 10 cc with 1 g vancomycin was mixed on the back table and ' +
    `set in a 6 mm mould to make pellets. The pellets were packed into the bone cavity, ${tail}. The skin was closed.\n`;
  for (const tail of ['spill cleared', 'excess cleared away', 'oozing subsided']) {
    it(`"..., ${tail}": the pellets are still placed`, () => {
      expect(events(checkNoteAll(note(tail))), tail).toEqual(['insert:deep']);
    });
  }
  it('right after the comma the trigger still speaks of what stands before it', () => {
    expect(events(checkNoteAll(note('which has since resolved')))).toEqual(['insert:deep']);
  });
});

describe('a supply log whose rows are split by pipes keeps each row whole when a wrap cuts it', () => {
  const prose =
    'The knee was opened through the old incision and the fluid\nwas sent for culture. The synovium was debrided back to healthy\n' +
    'tissue and the joint was washed out with nine litres of saline.\nThe capsule and skin were closed over a drain and a dressing\n' +
    'was applied; the patient went to recovery in a stable state.\n';
  it('a cell cut onto the next line by the wrap goes back onto its row', () => {
    const log = 'Supply log:\n  Stimulan Rapid Cure 10 cc kit | lot RC4471 | qty 1 | -- |\nWASTED - opened in error, not used\n';
    const joined = joinWrappedLines(prose + log);
    expect(joined).toContain('| -- | WASTED - opened in error, not used');
  });
  it('a row cut before a cell, whose rest opens with a pipe, is one row; the next row stays its own', () => {
    const log =
      'Supply log:\n  Vancomycin 1 g vial     | lot VN2209 | qty 1 | back table\n| mixed into the beads\n' +
      '  Gentamicin 80 mg vial   | lot GN1187 | qty 3 | back table\n| mixed into the beads\nExplants: none.\n';
    const lines = joinWrappedLines(prose + log).split('\n');
    expect(lines).toContain('  Vancomycin 1 g vial     | lot VN2209 | qty 1 | back table | mixed into the beads');
    expect(lines).toContain('  Gentamicin 80 mg vial   | lot GN1187 | qty 3 | back table | mixed into the beads');
    expect(lines).toContain('Explants: none.');
  });
  it('a row of two cells cut before its last pipe is one row too', () => {
    const joined = joinWrappedLines(prose + 'Implant record:\n  PMMA bead chain, surgeon-made | 20 beads, 7 mm\n| L thigh, deep | implanted\n');
    expect(joined).toContain('| 20 beads, 7 mm | L thigh, deep | implanted');
  });
});

describe('an implant history imported from earlier encounters is history', () => {
  const note = (title: string) =>
    'SURGERY RECORD - LEFT FEMUR\n\n' +
    `${title}\n  Visit 1 (last year): gentamicin PMMA cement rod, L femoral canal - implanted\n  Visit 2 (eight weeks after visit 1): cement rod, L femoral canal - explanted; femoral nail 11 x 380 mm - implanted\n\n` +
    'OPERATIVE NOTE\nProcedure: Removal of the left femoral nail for pain (20680).\n' +
    'Description: The nail and its locking screws were removed through the old incisions. The canal was not entered further. Closure in layers.\n';
  for (const title of ['IMPLANT HISTORY (imported from prior encounters)', 'Prior implants:', 'Previous implant log']) {
    it(`"${title}": the earlier rod removal is no event of today`, () => {
      expect(events(checkNoteAll(note(title))), title).toEqual([]);
    });
  }
});

describe('a title word after a determiner inside a line of prose is the noun of its sentence', () => {
  const note = (line: string) =>
    'H&P UPDATE\n45-year-old man two weeks after drainage of a deep thigh abscess.\n' +
    `${line}\n  PMMA bead chain with tobramycin, hand-made | 16 beads | L thigh, deep to the fascia | implanted\n` +
    'Afebrile since; CRP falling.\n\n' +
    'Procedures: Removal of the antibiotic bead chain from beneath the fascia lata, left thigh (20701); debridement (11043).\n\n' +
    'OPERATIVE REPORT\nThe chain was drawn out from the subfascial cavity and all 16 beads were counted. The wound was closed.\n';
  for (const line of ['Implant record copied in from that operation:', 'Below is the implant line from the procedure:']) {
    it(`"${line}": the earlier implant line is no insertion of today`, () => {
      expect(events(checkNoteAll(note(line))), line).toEqual(['remove:deep']);
    });
  }
  it('a short label at the start of a line is still a title ("Summary of the operation:")', () => {
    const t =
      'Diagnosis: Deep abscess of the right forearm.\nSummary of the operation:\nThe abscess was drained and 12 hand-rolled vancomycin PMMA beads were placed deep to the fascia. ' +
      'CPT 25028, 20700.\n';
    expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
  });
});

describe('a note written in lower case with acronyms reads its lines as the writer broke them', () => {
  const note = [
    'op note - stage 2 (bead exchange)',
    'dx: L femur osteomyelitis, s/p I&D + PMMA beads 3 wk ago, CRP still up',
    'proc: repeat I&D L thigh (27301-LT) + removal of beads + new beads deep to fascia',
    'findings: chain intact, thin fibrin in the cavity, no pus',
    'steps ->',
    'old incision opened -> chain pulled out intact, all 14 beads counted -> lavage 6L',
    'back table: PMMA 40g + vanc 2g + tobra 2.4g hand rolled -> 12 beads on wire',
    'new chain laid deep to fascia lata in the dead space',
    'plan: chain out at stage 3 in ~2 wk',
    '',
  ].join('\n');
  it('the lavage of one line is no context for the drugs of the next', () => {
    const r = checkNoteAll(note);
    expect(el(r, '20700', 'drug')).toBe('pass');
    expect(el(checkNoteAll(note.toUpperCase()), '20700', 'drug')).toBe('pass');
  });
});

describe('"#N" after a device names one of them; after a plural it counts them', () => {
  const note = (line: string) =>
    'PROCEDURE: Exchange of the antibiotic cement rod, right tibial canal (27640).\n\n' +
    'DESCRIPTION: The old rod came out intact. PMMA with vancomycin and tobramycin was mixed by hand and moulded over a wire. ' +
    `${line} The wound was closed.\n\nPLAN: Rod out at the next stage in 6 weeks.\n`;
  it('"rod #2 was passed down the canal" gives no amount', () => {
    expect(el(checkNoteAll(note('Rod #2 was passed down the tibial canal.')), '20702', 'quantity')).toBe('fail');
  });
  it('"beads #20" still counts the beads', () => {
    const t = note('The rod was passed down the tibial canal and beads #20 were laid deep to the fascia.');
    expect(checkNoteAll(t).find((r) => r.code === '20700')?.elements.find((e) => e.id === 'quantity')?.status).toBe('pass');
  });
});

describe('a label in lower case that a wrap put at a line start, in a note that uses capitals, is the sentence going on', () => {
  const note =
    'H&P UPDATE\n52-year-old man nine days after drainage of a deep abscess of the right thigh with placement of a gentamicin PMMA bead chain deep to the fascia lata. Copied implant record from that operation: "Bead chain, surgeon-made, 20 x 7 mm, R thigh subfascial, implanted." The wound still drains a little. Plan: second look; the beads stay in for now.\n\n' +
    'PROCEDURE: Excisional debridement of the superficial wound, right thigh (11042).\n\n' +
    'DESCRIPTION: The superficial wound was debrided to bleeding tissue. The fascia was intact and the bead chain beneath it was left undisturbed. The skin was closed loosely over a drain.\n';
  it('the copied implant line stays in the history, read whole or wrapped at any width', async () => {
    expect(events(checkNoteAll(note))).toEqual([]);
    for (let w = 60; w <= 80; w += 2) expect(events(checkNoteAll(hardWrap(note, w))), String(w)).toEqual([]);
  });
});

describe('a placement word that names the device by its earlier placement places nothing today', () => {
  const removal = (sentence: string) =>
    'PROCEDURE: Removal of antibiotic beads, right thigh, deep to the fascia lata (20701), with debridement (11043).\n\n' +
    `DESCRIPTION: The old incision was reopened and the fascia divided. ${sentence} The cavity was washed out and closed over a drain.\n`;
  for (const sentence of [
    'The vancomycin PMMA beads placed at the time of the first debridement were seen under the fascia. They were lifted out on their wire.',
    'The chain was lifted out from beneath the fascia and 22 of the 24 beads placed were accounted for.',
    'The chain was drawn out from beneath the fascia; twelve beads were counted, matching the number recorded at placement.',
  ]) {
    it(`"${sentence.slice(0, 60)}...": removal only`, () => {
      expect(events(checkNoteAll(removal(sentence))), sentence).toEqual(['remove:deep']);
    });
  }
  it('a participle of today\'s placement after its device still places it ("the ones placed down the canal had ...")', () => {
    const t =
      'PROCEDURE: Debridement of the left humerus (24134) with antibiotic beads.\n\nDESCRIPTION: One pack of PMMA with 2 g of vancomycin was rolled into beads by hand. ' +
      'Some beads were laid in the glenoid cavity. The ones placed down the humeral canal had a suture attached for retrieval.\n';
    expect(events(checkNoteAll(t))).toContain('insert:intramedullary');
  });
});

describe('a removal count lower than the count the note says was placed is no complete extraction', () => {
  const note = (history: string, today: string) =>
    `INDICATIONS: ${history} Planned return for removal.\n\n` +
    'PROCEDURE: Removal of antibiotic beads from beneath the fascia of the left thigh (20701); debridement (11043).\n\n' +
    `DESCRIPTION: The fascia was reopened. ${today} The cavity was washed out and the wound closed over a drain.\n`;
  const completeness = (t: string) => el(checkNoteAll(t), '20701', 'completeness');
  it('16 placed, 14 counted out: fail, quoting both counts', () => {
    const t = note('Two weeks ago a chain of 16 gentamicin PMMA beads was placed deep to the fascia.', 'The chain was pulled out and 14 beads were counted on the wire.');
    expect(completeness(t)).toBe('fail');
    const e = checkNoteAll(t)[0]!.elements.find((x) => x.id === 'completeness')!;
    expect(e.message).toMatch(/14 beads.*16 gentamicin PMMA beads/);
  });
  it('the same count both times passes', () => {
    expect(completeness(note('Two weeks ago a chain of 16 gentamicin PMMA beads was placed deep to the fascia.', 'The chain was pulled out and 16 beads were counted on the wire.'))).toBe('pass');
  });
  it('a count table whose rows disagree fails even beside "all beads were removed"', () => {
    const t = note(
      'Gentamicin PMMA beads were left deep to the fascia at the index drainage.',
      'The chains were drawn out.\n\n| Item | Count |\n|---|---|\n| Beads placed at the index drainage | 26 |\n| Beads removed today | 23 |\n\nAll beads were removed.',
    );
    expect(completeness(t)).toBe('fail');
  });
  it('counts of other nouns are not compared ("two bead chains" against "30 beads")', () => {
    const t = note('Two weeks ago 30 gentamicin PMMA beads on two chains were placed deep to the fascia.', 'The two bead chains were pulled out intact with all their beads; fluoroscopy showed no retained beads.');
    expect(completeness(t)).toBe('pass');
  });
});

describe('a bare "return in N weeks" with no object is a clinic visit, not a plan for the device', () => {
  const note = (plan: string) =>
    'PROCEDURE: Debridement of the right femur (27303) with antibiotic beads.\n\nDESCRIPTION: 40 g of Palacos mixed by hand with 1 g of vancomycin was rolled into 20 beads, ' +
    `which were placed in the femoral canal.\n\nPLAN: ${plan}\n`;
  it('"Return in two weeks." alone: the removal is not addressed', () => {
    for (const plan of ['Return in two weeks.', 'Non-weight bearing; return in 10 days, sooner if febrile.']) expect(el(checkNoteAll(note(plan)), '20702', 'staged-removal'), plan).toBe('warn');
  });
  it('a return with its object is still a plan', () => {
    for (const plan of ['Return in two weeks for removal of the beads.', 'Return to the OR in 2 weeks.']) expect(el(checkNoteAll(note(plan)), '20702', 'staged-removal'), plan).toBe('pass');
  });
});

describe('a plan told with its time and no finite verb, or as a return after a time, is to come', () => {
  const note = (plan: string) =>
    'PROCEDURE: Removal of the infected right knee replacement (27488); insertion of a static antibiotic spacer.\n\n' +
    'DESCRIPTION: The components were removed and the joint debrided. Two bags of Palacos R+G, each with 2 g of vancomycin added by hand, were moulded into a block spacer and pressed into the knee joint space.\n\n' +
    `PLAN: Locked brace. ${plan}\n`;
  for (const plan of [
    'Stage two, removal of the spacer and revision knee replacement, anticipated 10 to 12 weeks from today.',
    'Spacer removal and reimplantation, expected in about three months if the markers settle.',
    'Agreed with her: a spacer today, then come back in about eight weeks to remove the spacer and reimplant.',
    'Staged care as discussed: spacer today, return to theatre in 10 weeks to take out the spacer.',
  ]) {
    it(`"${plan.slice(0, 50)}...": no removal today`, () => {
      const r = checkNoteAll(note(plan));
      expect(events(r), plan).toEqual(['insert:intra-articular']);
      expect(el(r, '20704', 'staged-removal'), plan).toBe('pass');
    });
  }
  it('a removal told as done stays one ("the old spacer was removed; she came back after 8 weeks")', () => {
    const t = 'PROCEDURE: Second stage, right knee.\n\nDESCRIPTION: She came back after eight weeks as planned. The cement spacer was removed from the knee joint in one piece and the knee was reimplanted (27486).\n';
    expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
});

describe('"advanced" with a phrase between it and its place is a placement word of its device', () => {
  const note = (sentence: string) =>
    'PROCEDURE: Removal of the infected left femoral nail (20680), reaming, antibiotic cement rod.\n\nDESCRIPTION: The nail was extracted and the canal reamed. ' +
    'On the back table 40 g of Simplex P was mixed by hand with 2 g of vancomycin and moulded over a beaded wire into a rod. ' +
    `${sentence} Closure in layers.\n`;
  it('"the rod was advanced over the wire down the femoral canal" places it in the canal', () => {
    expect(events(checkNoteAll(note('The rod was advanced over the wire down the femoral canal to the level of the knee.')))).toEqual(['insert:intramedullary']);
  });
  it('an advanced guide wire or an advanced disease places nothing', () => {
    const t =
      'PROCEDURE: Reaming of the left femoral canal for advanced osteomyelitis (27360).\n\nDESCRIPTION: A guide wire was advanced across the nonunion and the canal was reamed. No antibiotic beads or rod were used.\n';
    expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a log line that sends a drug powder to the wound qualifies no cage or spacer beside it', () => {
  const note = (log: string) =>
    'PROCEDURE: L5-S1 transforaminal interbody fusion (22630).\n\nDESCRIPTION: The disc was removed and the endplates prepared; a PEEK interbody spacer filled with autograft was impacted. ' +
    `Screws and rods were placed. The wound was closed over a drain.\n\nImplant log: ${log}\n`;
  for (const log of ['screws x 4; rods x 2; PEEK interbody spacer 12 mm; vancomycin 1 g powder - wound.', 'PEEK interbody spacer 12 mm; vancomycin powder 1 g -> incision; rods x 2.']) {
    it(`"${log.slice(0, 60)}...": no device`, () => expect(events(checkNoteAll(note(log))), log).toEqual([]));
  }
});

describe('the narrative wins over a procedure line, whatever heading the narrative was dictated under', () => {
  const note = (narrative: string) =>
    'BRIEF OP NOTE\nProcedures: Drainage of deep abscess, left forearm (25028); placement of antibiotic beads (20700)\n\n' +
    `OPERATIVE REPORT\nProcedure: The forearm fascia was opened and the abscess drained. ${narrative} The wound was packed open.\n`;
  it('"so no beads were placed" under a "Procedure:" heading takes back the listed beads', () => {
    expect(events(checkNoteAll(note('The cavity was small and clean after debridement, so no antibiotic beads were placed.')))).toEqual([]);
  });
  it('the listed beads stand when the narrative places them', () => {
    expect(events(checkNoteAll(note('Twelve vancomycin PMMA beads rolled by hand were placed deep to the fascia in the cavity.')))).toEqual(['insert:deep']);
  });
});

describe('a supply-log row of an item not used is no event, whatever its other words', () => {
  const note = (row: string) =>
    'PROCEDURE: Washout of the infected left knee (27310).\n\nDESCRIPTION: The knee was opened, debrided and washed out with 9 litres. No local antibiotic carrier was used. Closed over a drain.\n\n' +
    `Supply log:\n  ${row}\n  Hemovac drain | lot 55 | qty 1 | L knee | placed\n`;
  for (const row of ['Palacos R+G 40 g | lot P77 | qty 1 | pulled, not opened, returned to stock', 'Stimulan 10 cc kit | lot S12 | qty 1 | opened in error - wasted']) {
    it(`"${row}"`, () => expect(events(checkNoteAll(note(row))), row).toEqual([]));
  }
});

describe('a table row labelled as a plan plans its value; a place below the joint surface is in the bone', () => {
  const note = (rows: string, passage: string) =>
    'PROCEDURE: Removal of the infected right femoral nail (20680-RT), reaming (27303-RT), antibiotic rod.\n\n' +
    `| field | value |\n|---|---|\n${rows}\n\n` +
    `DESCRIPTION: PMMA with 2 g vancomycin was mixed by hand and moulded over a wire. ${passage}\n`;
  it('"| removal plan | [x] staged -> rod out ~6 wk |" removes nothing today', () => {
    const r = checkNoteAll(note('| removal plan | [x] staged -> rod out ~6 wk with nailing |', 'The rod was passed retrograde into the femoral canal.'));
    expect(events(r)).toEqual(['insert:intramedullary']);
  });
  it('"end countersunk below articular surface" places the rod in the canal only', () => {
    const r = checkNoteAll(note('| site | femoral canal |', 'The rod was passed retrograde into the femoral canal, end countersunk below articular surface.'));
    expect(events(r)).toEqual(['insert:intramedullary']);
  });
});

describe('an earlier placement told with a noun ("... ago, with placement of a spacer") links a removal to it', () => {
  it('the removal is linked to the earlier insertion', () => {
    const t =
      'HISTORY: Four months ago she underwent removal of an infected left knee replacement with placement of an antibiotic spacer. She now wants no further surgery beyond taking the spacer out.\n\n' +
      'PROCEDURE: Removal of the antibiotic spacer from the left knee joint; arthrodesis with an external fixator (27580).\n\n' +
      'DESCRIPTION: The spacer was removed from the knee joint in two pieces and no cement was left behind.\n';
    expect(el(checkNoteAll(t), '20705', 'staged-link')).toBe('pass');
  });
});

describe('the reason for a removal told as the markers and cultures now stand', () => {
  const note = (indication: string) =>
    `INDICATION: ${indication}\n\nPROCEDURE: Removal of the antibiotic cement rod from the right tibial canal; plate fixation of the tibia (27758).\n\n` +
    'DESCRIPTION: The rod was pulled out of the tibial canal intact; fluoroscopy showed no cement left. A medial plate was applied.\n';
  for (const indication of ['Her ESR and CRP are now normal after eight weeks of antibiotics.', 'The markers have settled and the aspirate was culture-negative.', 'CRP back to normal; repeat cultures showed no growth.']) {
    it(`"${indication}"`, () => expect(el(checkNoteAll(note(indication)), '20703', 'removal-reason'), indication).toBe('pass'));
  }
  it('markers still raised give no reason of this kind', () => {
    expect(el(checkNoteAll(note('Her CRP remains 60 and she still has pain.')), '20703', 'removal-reason')).toBe('fail');
  });
});

describe('"ABC" right before a device is antibiotic bone cement; alone it is no carrier', () => {
  const note = (line: string) => `proc: I&D L humerus (24134)\n${line}\nplan: beads out ~2 wk\n`;
  it('"ABC beads w/ vanc 1g" names the carrier', () => {
    expect(el(checkNoteAll(note('ABC beads w/ vanc 1g, hand rolled, x12, packed deep to fascia in the cavity')), '20700', 'carrier')).toBe('pass');
  });
  it('an aneurysmal bone cyst ("ABC of the humerus") is no carrier', () => {
    const r = checkNoteAll('Diagnosis: ABC of the proximal humerus.\nProcedure: curettage and grafting (23150). No antibiotic carrier was used.\n');
    expect(events(r)).toEqual([]);
  });
});

describe('in an operation that takes a device out, a plan told in the indications is the plan carried out today', () => {
  const note = (plan: string) =>
    'INDICATIONS: Two weeks after drainage of a deep thigh abscess with PMMA beads. Planned second stage: bead removal and new beads.\n\n' +
    'PROCEDURE: Removal of antibiotic beads and placement of new beads, left thigh, deep to the fascia (27301).\n\n' +
    'DESCRIPTION: The old chain was drawn out with all 16 beads. One pack of PMMA with 1 g vancomycin was rolled into 12 new beads by hand, which were laid deep to the fascia.\n\n' +
    `PLAN: ${plan}\n`;
  it('with no plan of its own, the new beads\' removal is not addressed', () => {
    expect(el(checkNoteAll(note('Dressing changes; IV antibiotics.')), '20700', 'staged-removal')).toBe('warn');
  });
  it('a plan told after the operation still counts ("third stage in about 6 weeks for removal")', () => {
    expect(el(checkNoteAll(note('Third stage planned in about 6 weeks for removal of the new beads.')), '20700', 'staged-removal')).toBe('pass');
  });
});

describe('a dictated self-correction takes back what was just said', () => {
  const note = (passage: string) =>
    'PROCEDURE: Drainage of a deep abscess of the right forearm (25028), antibiotic beads.\n\n' +
    `DESCRIPTION: The fascia was opened and the abscess drained and debrided. ${passage} The fascia was closed loosely.\n`;
  it('"gentamicin was added, scratch that, ..." withdraws the gentamicin', () => {
    const r = checkNoteAll(note('A pack of plain Palacos was mixed; gentamicin was added, scratch that, the pharmacy had none, so the plain cement was rolled by hand into ten beads, which were placed deep to the fascia.'));
    expect(el(r, '20700', 'drug')).not.toBe('pass');
  });
  it('"... were placed in the cavity comma scratch that comma" takes back the placement', () => {
    const t = note('Ten tobramycin PMMA beads were placed deep to the fascia in the cavity comma scratch that comma that was the previous case period. No beads were needed here.');
    expect(events(checkNoteAll(t))).toEqual([]);
  });
  it('"two grams of vancomycin, correction, make that tobramycin" keeps the mixing and names tobramycin', () => {
    const r = checkNoteAll(note('On the back table forty grams of Palacos were mixed by hand with two grams of vancomycin, correction, make that tobramycin, rolled into twelve beads and placed deep to the fascia.'));
    expect(el(r, '20700', 'fabrication')).toBe('pass');
    expect(el(r, '20700', 'drug')).toBe('pass');
  });
});
