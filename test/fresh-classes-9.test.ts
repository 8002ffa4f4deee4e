/**
 * Sentences written fresh for the classes fixed in stop 24 (blind sets holdout210 and later): each test names the
 * general pattern, and its notes were written for the test, not taken from a fixture. Every class is also checked in
 * other layouts, since a verdict must not depend on layout.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
import { joinWrappedLines } from '../src/text/normalize.js';
// @ts-expect-error plain ESM script without types
import { hardWrap } from '../scripts/metamorphic.mjs';

const layouts = (note: string) => [note, hardWrap(note, 64), hardWrap(note, 72), note.toUpperCase()];

describe('a ruled line (a page break\'s dashes) is no prose: it does not set the width the prose was wrapped at', () => {
  // a PDF copied back as text: a two-column header and page furniture drawn at 80 columns, the prose wrapped at 62;
  // the brand name "Cobalt G-HV" is cut by the wrap after a line that a page banner makes a field list
  const note =
      'NORTHSIDE HOSPITAL - OPERATIVE NOTE                                Page 1 of 2\n' +
      'Patient: [REDACTED]           Acct: [REDACTED]           Room: [REDACTED]\n' +
      '\n' +
      'Diagnosis:                                   Attending: Dr. X\n' +
      'Infected humeral nonunion                    Anesthesia: General\n' +
      'Procedure:                                   Blood loss: 300 mL\n' +
      'Debridement of the humeral canal (24134)     Drains: None\n' +
      'and antibiotic cement rod (20702)            Complications: None\n' +
      '\n' +
      'DESCRIPTION: The old plate and its eight screws were removed\n' +
      'through the previous incision, and the humeral canal was\n' +
      'reamed to 10 mm and irrigated with three litres of saline.\n' +
      '--------------------------------------------------------------------------------\n' +
      'Printed 04/02/2025 09:15   coding copy               Page 1 of 2\n' +
      'NORTHSIDE HOSPITAL - OPERATIVE NOTE                                Page 2 of 2\n' +
      'Patient: [REDACTED]           Acct: [REDACTED]\n' +
      'At the back table the scrub nurse opened one 40 g pack of Cobalt\n' +
      'G-HV, which I mixed by hand with 2 g of vancomycin and rolled\n' +
      'over a guide wire into a rod 7 mm wide. The rod was passed\n' +
      'into the humeral canal and the wound was closed in layers.\n' +
      'Plan: rod removal at the second stage in 6 weeks.\n' +
      '--------------------------------------------------------------------------------\n' +
      'Printed 04/02/2025 09:15   coding copy               Page 2 of 2\n';
  it('the carrier whose name the wrap cut is read whole', () => {
    for (const t of [note, note.toUpperCase(), note.replace(/\n/g, '\r\n')]) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'carrier')).toBe('pass');
      expect(el(rs, '20702', 'quantity')).toBe('pass');
    }
  });
});

describe('a device named as a landmark ("excised from around the spacer", "next to the beads") is not the object of the action', () => {
  const notes = {
    'membrane excised from around a retained spacer': 'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Irrigation and debridement of the left hip (27030).\n' +
      '\n' +
      'History: left hip spacer made of Palacos with vancomycin placed six weeks ago for infection.\n' +
      '\n' +
      'Findings: Hip opened through the old incision. Fibrinous membrane excised from around the antibiotic spacer. The spacer was stable. Wound closed over a drain.\n',
    'muscle excised next to retained beads, tissue curetted alongside the chain': 'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the right calf wound (11043).\n' +
      '\n' +
      'History: tobramycin PMMA beads were placed beneath the fascia at the index operation two weeks ago.\n' +
      '\n' +
      'Description: Necrotic muscle excised next to the antibiotic beads, which were left undisturbed. Granulation tissue curetted alongside the bead chain. Closure over a drain.\n',
  };
  for (const [name, note] of Object.entries(notes)) {
    it(name, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
    });
  }
  it('beads placed around a nail are placed (guard: the landmark is the nail, not the beads)', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of the infected tibial canal (27640).\n\n' +
      'Description: 40 g of Palacos was mixed by hand with 2 g of vancomycin and rolled into 18 beads. Placed the ' +
      'beads around the retained nail in the tibial canal. Plan: beads out at the second stage in 6 weeks.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('dates written day first with the month in letters ("17MAR2026", "19-Jan-26", "3 January 2026") date the event', () => {
  it('beads "placed 17MAR2026" in a note of 21MAR2026 were placed then, not today', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Date of surgery: 21MAR2026\n' +
      'Surgeon: Dr. X\n' +
      'Wounds:\n' +
      '- R leg: antibiotic bead chain placed 17MAR2026 (tobra PMMA, 20 beads, beneath the fascia of the anterior compartment).\n' +
      '- L forearm: open wound, dressing.\n' +
      'Procedure: Repeat excisional debridement of the left forearm wound, muscle (11043).\n' +
      'Plan: return to the OR on 24MAR2026 for bead exchange.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a removal verb with an earlier date right after it ("spacer removed 19-Jan-26", "explanted on 01/19/2026") tells an earlier removal', () => {
  const base = 'OPERATIVE NOTE\n' +
      'Date of surgery: 02-Feb-26\n' +
      'Surgeon: Dr. X\n' +
      'Implants:\n' +
      '- Left knee: antibiotic spacer of Palacos with vancomycin removed 19-Jan-26; revision prosthesis in place.\n' +
      'Procedure: Aspiration and washout of the left knee (27310). Cultures sent. The components were well fixed.\n';
  for (const [name, note] of [
    ['removed 19-Jan-26', base],
    ['removed on 01/19/2026', base.replace('removed 19-Jan-26', 'removed on 01/19/2026').replace('02-Feb-26', '02/02/2026')],
    ['explanted on 3 January 2026', base.replace('removed 19-Jan-26', 'explanted on 3 January 2026')],
  ] as const) {
    it(name, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
    });
  }
  it('the beads "placed on 17MAR2026 were removed" today (guard: the date tells the placement, the removal is today\'s)', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Date of surgery: 24MAR2026\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal of the antibiotic bead chain from beneath the fascia of the right leg (20694); excisional debridement, muscle (11043).\n' +
      'Description: The tobramycin PMMA beads placed on 17MAR2026 were removed, all 20 counted against the implant record. The wound was debrided and closed.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('a date before the date of service in a procedure\'s clause ("On 04/08/2026 the canal was reamed") tells an earlier operation', () => {
  const note =
      'OPERATIVE NOTE\n' +
      'Date of service: 05/20/2026\n' +
      'Surgeon: Dr. X\n' +
      'Pt: 44 y/o F. tibial shaft fracture nailed in 2024, infected nonunion. On 04/08/2026 the nail was removed, the canal was reamed and debrided, and a gentamicin PMMA rod was placed in the tibial canal.\n' +
      'Procedure: Removal of the antibiotic cement rod from the left tibial canal.\n' +
      'Description: The proximal incision was opened, the rod was grasped and withdrawn intact, and fluoroscopy showed no cement left in the canal. The wound was closed. No other procedure was performed.\n';
  it('the reaming of the earlier operation is no primary procedure of today\'s removal-only operation', () => {
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20703', 'primary-procedure')).toBe('fail');
  });
  it('a date is no count of the whole ("04/08/2026 the nail was removed" counts no 8 of 2026)', () => {
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20703', 'completeness')).toBe('pass');
  });
});

describe('a removal that only can or may be done, or one in a purpose clause ("so that the spacer can be removed"), is not done today', () => {
  const notes = {
    'a loop bent "so that the rod can be retrieved easily"': ['OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Irrigation and debridement of the left tibial canal (27640); antibiotic cement rod, left tibial canal (20702).\n' +
      'Description: The canal was reamed to 12 mm. 40 g of Simplex P was mixed by hand with 2 g of vancomycin and 2.4 g of tobramycin and rolled around a threaded guide wire into a rod 9 mm wide. A loop was bent at its end so that the rod can be retrieved easily. The rod was then passed into the tibial canal.\n' +
      'Plan: rod removal at the second stage in 6 to 8 weeks.\n', 'insert:intramedullary'],
    'a thin collar "so that later the spacer may be extracted"': ['OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Resection arthroplasty of the right hip with an antibiotic spacer (27091, 20704).\n' +
      'Description: The femoral stem and cup were removed and all cement cleared. Two 40 g packs of Palacos R+G were mixed by hand with 3 g of vancomycin and moulded over a Steinmann pin into a stemmed spacer. Only a thin layer of cement was used at the collar, so that later the spacer may be extracted without fracture. The spacer was seated in the hip joint and reduced.\n' +
      'Plan: second stage in 8 weeks.\n', 'insert:intra-articular'],
  } as const;
  for (const [name, [note, event]] of Object.entries(notes)) {
    it(name, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([event]);
    });
  }
  it('"the rod could be removed in one piece" removes it (guard: "could" in a narrative tells what was done)', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal of the antibiotic cement rod from the right femoral canal (20694).\n' +
      'Description: The old entry incision was opened. The loop of the rod was found at the trochanter, and the rod could be removed in one piece with a hook. Fluoroscopy showed no cement left in the canal. The wound was closed.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intramedullary']);
  });
});

describe('a cement product listed by brand with no verb is the fixation when the note says the components were cemented with it', () => {
  const note =
      'OPERATIVE NOTE - SECOND STAGE, LEFT HIP\n' +
      'Surgeon: Dr. X\n' +
      'Procedures: Removal of the antibiotic cement spacer from the left hip joint (20705); reimplantation total hip arthroplasty (27134).\n' +
      'Description: The articulating spacer was dislocated and removed from the hip joint in one piece, and fluoroscopy showed no cement left. Cultures were sent. The acetabular cup was press-fit and the femoral stem was cemented with Copal G+C, two packs mixed under vacuum. The hip was reduced and the wound closed.\n' +
      'Implants:\n' +
      '- Acetabular shell 54 mm\n' +
      '- Femoral stem size 4\n' +
      '- Copal G+C 40 g x 2\n';
  it('"the femoral stem was cemented with Copal G+C" / "- Copal G+C 40 g x 2" places no device', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
  it('the same brand listed for a spacer made of it is the spacer\'s (guard: no cementing verb, the log row is the device\'s)', () => {
    const t =
      'OPERATIVE NOTE - FIRST STAGE, LEFT HIP\nSurgeon: Dr. X\nProcedures: Removal of the infected left hip prosthesis (27091); antibiotic spacer, left hip joint (20704).\n' +
      'Description: The stem and cup were removed with all cement. Two packs of Copal G+C were mixed by hand with 2 g of vancomycin and moulded into a spacer, which was placed in the hip joint and reduced.\n' +
      'Implants:\n- Copal G+C 40 g x 2\nPlan: second stage in 8 weeks.\n';
    for (const x of layouts(t)) expect(events(checkNoteAll(x))).toEqual(['insert:intra-articular']);
  });
});

describe('a verbless row of a table whose only action heading is a removal ("| Explanted | Location |") lists a device taken out', () => {
  const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedures:\n' +
      '1. Removal of antibiotic cement spacer, left knee joint\n' +
      '2. Removal of antibiotic bead chain, lateral thigh below the fascia\n' +
      '3. Revision total knee arthroplasty (27487)\n' +
      '\n' +
      'Narrative: The spacer was removed from the knee joint in one piece and the bead chain was pulled from beneath the fascia lata, all 12 beads accounted for; fluoroscopy showed no cement left. The revision components were press-fit.\n' +
      '\n' +
      'Implant record:\n' +
      '| Explanted                        | Location                  | Condition      |\n' +
      '|----------------------------------|---------------------------|----------------|\n' +
      '| Static spacer, PMMA + vancomycin | left knee joint           | one piece      |\n' +
      '| Tobramycin PMMA bead chain       | lateral thigh, subfascial | 12 of 12       |\n';
  it('the rows remove, and place nothing', () => {
    for (const t of [note, note.toUpperCase(), note.replace(/\n/g, '\r\n')]) expect(events(checkNoteAll(t)).sort()).toEqual(['remove:deep', 'remove:intra-articular']);
  });
});

describe('a device that stands as an item of its own in a procedure line whose other items have verbs ("...(24160); synovectomy; hand-made antibiotic cement spacer in the elbow joint") was placed', () => {
  it('the spacer item places the spacer', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal of the infected right elbow arthroplasty components (24160); synovectomy; hand-made antibiotic cement spacer in the elbow joint.\n' +
      'Description: The humeral and ulnar components were removed with all their cement. Two 40 g packs of Palacos R+G with 2 g of vancomycin were mixed by hand and moulded over two Steinmann pins into humeral and ulnar stems joined by a hinge of cement. The stems were seated in the humerus and ulna and the joint reduced.\n' +
      'Plan: second stage in 10 weeks.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
  it('a spacer the line\'s removal governs ("Removal of the infected knee prosthesis and antibiotic cement spacer") is not placed (guard)', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal of the infected knee prosthesis and antibiotic cement spacer, right knee; revision total knee arthroplasty (27487).\n' +
      'Description: The knee was opened through the old incision. The components and the retained spacer fragments were removed. The revision components were press-fit with stems and the wound closed.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
  it('an item of a line that tells an earlier time ("2 years ago ... with a cement spacer") places nothing (guard)', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedures:\n1. Aspiration of the left hip (20610).\n' +
      '2. Left hip first stage 2 years ago: resection with a vancomycin cement spacer in the hip joint.\n' +
      'Description: The hip was aspirated under fluoroscopy and 8 mL of fluid sent for culture.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a count is a small number: a code before its line\'s device ("20700  Antibiotic cement beads") is no count of beads', () => {
  it('the coded line documents no amount', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'PROCEDURES\n' +
      '11043  Excisional debridement, right thigh, muscle  2025-06-02\n' +
      '20700  Antibiotic cement beads, deep, right thigh  2025-06-02\n' +
      'NARRATIVE\n' +
      'The abscess cavity under the fascia lata was debrided. Tobramycin-loaded Palacos beads, rolled by hand, were laid in the cavity beneath the fascia and the wound closed over a drain.\n' +
      'PLAN\n' +
      'Return in 2 weeks for bead removal.\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('fail');
  });
  it('"24 antibiotic cement beads" is still 24 beads (guard)', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'PROCEDURES\n' +
      '11043  Excisional debridement, right thigh, muscle  2025-06-02\n' +
      '20700  Antibiotic cement beads, deep, right thigh  2025-06-02\n' +
      'NARRATIVE\n' +
      'The abscess cavity under the fascia lata was debrided. 24 tobramycin-loaded Palacos beads, rolled by hand, were laid in the cavity beneath the fascia and the wound closed over a drain.\n' +
      'PLAN\n' +
      'Return in 2 weeks for bead removal.\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('pass');
  });
});

describe('a diagnosis paragraph ends at its blank line: the untitled procedure table after it is no part of the diagnosis', () => {
  it('the code in the table after the diagnosis is a primary procedure of today', () => {
    const note =
      'OPERATIVE REPORT\n' +
      'Surgeon: Dr. X\n' +
      '\n' +
      'Diagnosis: Infected right total elbow arthroplasty with a draining sinus\n' +
      '(Staphylococcus aureus)\n' +
      '\n' +
      '| # | Procedure                                   | CPT   |\n' +
      '| 1 | Removal of humeral and ulnar components      | 24160 |\n' +
      '| 2 | Antibiotic cement spacer, right elbow joint  | 20704 |\n' +
      '\n' +
      'Description: The components were removed with all of their cement. Two packs of Palacos R+G with 2 g of vancomycin were mixed by hand and moulded into a spacer, which was placed in the elbow joint.\n' +
      'Plan: second stage in 8 to 10 weeks.\n';
    for (const t of [note, note.toUpperCase(), note.replace(/\n/g, '\r\n')]) expect(el(checkNoteAll(t), '20704', 'primary-procedure')).toBe('pass');
  });
});

describe('layout: a table row without outer pipes that the wrap cut before its last cell, and a field value in a hanging indent', () => {
  it('the code cell the wrap put on a line of its own stays in its row, and the next row stays its own', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      '\n' +
      '  #  | Procedure performed today                                    | Code\n' +
      '  ---+--------------------------------------------------------------+------\n' +
      '  1  | Excisional debridement of the thigh through muscle           | 11043\n' +
      '  2  | Antibiotic cement beads beneath the fascia lata              | 20700\n' +
      '\n' +
      'Description: The abscess beneath the fascia lata was opened and debrided. 40 g of Palacos was mixed by hand with 1 g of vancomycin and rolled into 24 beads on a wire, which were laid in the cavity beneath the fascia.\n' +
      'Plan: bead removal in 2 weeks.\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'primary-procedure')).toBe('pass');
  });
  it('"Indication: Rod placed in the right tibial canal" / "            6 weeks ago ..." is one value, however it wraps', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure:  Removal of the antibiotic cement rod from the right tibial canal\n' +
      'Indication: Antibiotic cement rod placed in the right tibial canal\n' +
      '            6 weeks ago after debridement of an infected canal; the\n' +
      '            wound has healed and the fracture has united.\n' +
      'Description: The rod was pulled out intact through the proximal entry site and fluoroscopy showed no cement left in the canal. The wound was closed.\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20703', 'staged-link')).toBe('pass');
  });
});

describe('a joint\'s name before another noun ("from the left knee traumatic wound", "the right ankle open fracture wound") names no joint space', () => {
  it('beads taken out of a wound by the knee come out of an unspecified site', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedures:\n' +
      '1. Removal of antibiotic beads from the left knee traumatic wound.\n' +
      '2. Excisional debridement of the left knee wound, muscle (11043).\n' +
      'Description: The gentamicin PMMA beads were taken out of the wound, all 12 counted. Necrotic muscle was excised. The joint was not entered.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:unspecified']);
  });
  it('"removed from the left knee" is the joint (guard)', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedures:\n' +
      '1. Removal of antibiotic beads from the left knee.\n' +
      '2. Excisional debridement of the left knee wound, muscle (11043).\n' +
      'Description: The gentamicin PMMA beads were taken out of the wound, all 12 counted. Necrotic muscle was excised. The joint was not entered.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
});

describe('a drug in the item of a procedure line that takes the old device out ("removal of the old tobramycin cement spacer; new ... spacer placed") is not the new device\'s', () => {
  const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the right knee (27310); removal of the old tobramycin cement spacer from the right knee joint; new antibiotic cement spacer of Copal G+C molded by hand and placed in the right knee joint.\n' +
      'Description: The old spacer came out intact and fluoroscopy showed no cement left. Two 40 g packs of Copal G+C were mixed by hand and molded into a block, which was placed in the knee joint.\n' +
      'Plan: reimplantation in 8 weeks.\n';
  it('the new spacer\'s drug is not named', () => {
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20704', 'drug')).toBe('fail');
  });
  it('a drug in the new spacer\'s own item is its own (guard)', () => {
    const t = note.replace('new antibiotic cement spacer of Copal G+C', 'new vancomycin cement spacer of Copal G+C');
    for (const x of layouts(t)) expect(el(checkNoteAll(x), '20704', 'drug')).toBe('pass');
  });
});

describe('a box table ("+-----+-----+") parts its rows as a "|---|" table does: a cell wrapped onto a row of its own goes on the row above', () => {
  it('the gentamicin of the rod\'s wrapped cell is the rod\'s, not the beads\' of the next row', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedures: Excisional debridement of the left femur, bone (11012); antibiotic cement rod, left femoral canal; antibiotic beads beneath the fascia lata.\n' +
      '\n' +
      'Implant record:\n' +
      '+----------------------------------+--------------------------+-----+\n' +
      '| Item                             | Site                     | Qty |\n' +
      '+----------------------------------+--------------------------+-----+\n' +
      '| Simplex P 40 g + vancomycin      | Rod, left femoral canal  | 1   |\n' +
      '|   2 g + gentamicin 1 g           |                          |     |\n' +
      '| Copal G+C 40 g                   | Beads, lateral thigh     | 1   |\n' +
      '+----------------------------------+--------------------------+-----+\n' +
      '\n' +
      'Rod: Simplex P was mixed by hand with the vancomycin and gentamicin and rolled over a guide wire into a rod, which was passed into the femoral canal.\n' +
      'Beads: a separate pack of Copal G+C was mixed and rolled by hand into 20 beads, laid beneath the fascia lata.\n' +
      'Plan: rod and beads out at the second stage in 6 weeks.\n';
    for (const t of [note, note.toUpperCase(), note.replace(/\n/g, '\r\n')]) {
      const rs = checkNoteAll(t);
      expect(el(rs, '20702', 'drug')).toBe('pass');
      expect(el(rs, '20700', 'drug')).toBe('fail');
    }
  });
});

describe('a note wrapped twice: one long line the first wrap left whole does not set the first width', () => {
  // wrapped at 76 columns, one line of 88 left longer, then wrapped again at 64
  const note =
      'OPERATIVE NOTE - FIRST STAGE, RIGHT KNEE\n' +
      'SURGEON: DR. X\n' +
      'PROCEDURE: REMOVAL OF THE INFECTED RIGHT TOTAL KNEE PROSTHESIS, SYNOVECTOMY,\n' +
      'ANTIBIOTIC CEMENT DOWELS INTO THE FEMORAL AND TIBIAL CANALS AND A STATIC\n' +
      'ANTIBIOTIC CEMENT SPACER IN THE KNEE JOINT.\n' +
      '\n' +
      'DESCRIPTION: THE OLD MIDLINE INCISION WAS OPENED AND THE LOOSE COMPONENTS WERE TAKEN OUT\n' +
      'WITH ALL OF THEIR CEMENT. WE MIXED TWO 40 G PACKS OF PALACOS WITH\n' +
      '4 G OF VANCOMYCIN BY HAND. TWO DOWELS WERE ROLLED AND INSERTED INTO THE\n' +
      'FEMORAL AND TIBIAL CANALS. THE REST OF THE CEMENT WAS SHAPED BY HAND INTO\n' +
      'A BLOCK SPACER IN THE KNEE JOINT SPACE AROUND THE ENDS OF THE DOWELS.\n' +
      '\n' +
      'PLAN: REIMPLANTATION WITH REMOVAL OF THE SPACER AND DOWELS IN 8 WEEKS.\n';
  it('the procedure line the two wraps cut is one line again', () => {
    const out = joinWrappedLines(hardWrap(note, 64));
    expect(out.split('\n').find((l) => l.startsWith('PROCEDURE'))).toBe(
      'PROCEDURE: REMOVAL OF THE INFECTED RIGHT TOTAL KNEE PROSTHESIS, SYNOVECTOMY, ANTIBIOTIC CEMENT DOWELS INTO THE FEMORAL AND TIBIAL CANALS AND A STATIC ANTIBIOTIC CEMENT SPACER IN THE KNEE JOINT.',
    );
  });
});

describe('a number after "#" names a thing ("rod #2"): it counts nothing after it', () => {
  it('"-> rod #2" / "rod #2 passed down the canal" documents no amount', () => {
    const note =
      'op note - rod exchange\nattending dr. x\nproc:\n  - removal of abx cement rod, R tibial IM canal\n  - new abx cement rod, R tibial IM canal\n' +
      'steps ->\nold rod out in one piece, intact; fluoro: no retained cement in canal\nback table: PMMA + vanc/tobra hand mixed -> molded in chest tube -> rod #2\n' +
      'rod #2 passed down tibial IM canal, seated\nplan: rod #2 out at stage 2 in ~6 wk\n';
    for (const t of [note, note.replace('-> rod #2\nrod #2', '-> rod #2 rod #2'), note.toUpperCase()]) expect(el(checkNoteAll(t), '20702', 'quantity')).toBe('fail');
  });
});

describe('casing never qualifies a device: "AND" parts a drug word from a nail as "and" does', () => {
  it('"... REMOVAL OF THE ANTIBIOTIC ROD AND INSERTION OF THE NAIL" places no coated nail', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Removal of the antibiotic cement rod from the left tibial canal; reamed intramedullary nailing of the tibia (27759).\n' +
      'Description: The PMMA rod was pulled out intact and fluoroscopy showed no cement left. The canal was reamed and a plain titanium nail was inserted and locked.\n' +
      'Attestation: I was present for the key portions, including removal of the antibiotic rod and insertion of the nail.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intramedullary']);
  });
});

describe('a document title "OPERATION REPORT" on its own line is no procedure list', () => {
  it('a table field under the title that names a spacer in history is not a placement', () => {
    const note =
      'CITY HOSPITAL\nOPERATION REPORT\n| Surgeon   | Dr. X                                   |\n| History   | antibiotic cement spacer, left knee       |\n' +
      '\nOperation: Aspiration of the left knee (20610). Fluid sent for culture.\n';
    for (const t of [note, note.toUpperCase(), note.replace(/\n/g, '\r\n')]) expect(events(checkNoteAll(t))).toEqual([]);
  });
});
