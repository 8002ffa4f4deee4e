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

describe('a clause that times the main clause by an action not yet done ("Before the rod was inserted, ...") asserts nothing of that action', () => {
  const note = (line: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Excisional debridement of the left femur (11012); external fixation (20690).\n' +
    'Narrative: The femur was debrided and irrigated with 6 L. On the back table 40 g Simplex was mixed with 2 g vancomycin and a rod 9 mm wide was moulded over a wire. ' +
    `${line} A uniplanar external fixator was applied.\n`;
  it('"Before the rod was inserted, the anaesthetist asked us to finish; it was discarded": no device', () => {
    eventsIn(note('Before the rod was inserted, the anaesthetist asked us to finish quickly because of bleeding. The rod was discarded.'), []);
  });
  it('(guard) "Until the rod could be placed, ..." in another wording: no device', () => {
    eventsIn(note('Until the rod could be placed, the canal was packed with gauze. It was then abandoned because the patient became unstable.'), []);
  });
  it('(guard) "Before closure, the rod was inserted into the femoral canal": placed', () => {
    eventsIn(note('Before closure, the rod was inserted into the femoral canal.'), ['insert:intramedullary']);
  });
});

describe('a terse plan to go back to the operating room after a time ("Return OR ~10-14 d for chain removal") is a plan', () => {
  const note = (plan: string) =>
    'OP NOTE\nSurgeon: Dr. X\nProcedure: I&D R femur (27303) + abx PMMA beads into the femoral canal.\n' +
    'Narrative: 40 g Palacos + 2 g vanc mixed by hand, 20 beads rolled on wire and placed into the femoral canal.\n' +
    `${plan}\n`;
  it('"Return OR ~10-14 d for chain removal"', () => eventsIn(note('Return OR ~10-14 d for chain removal.'), ['insert:intramedullary']));
  it('"RTOR 2 wk for bead removal"', () => eventsIn(note('RTOR 2 wk for bead removal.'), ['insert:intramedullary']));
  it('(guard) "Back to theatre in 12 days for removal of the beads"', () => eventsIn(note('Back to theatre in 12 days for removal of the beads.'), ['insert:intramedullary']));
});

describe('the purpose a device was made for ("with a loop to allow later retrieval") is no removal', () => {
  const note = (why: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of the left tibia (11044); antibiotic cement rod into the tibial canal.\n' +
    `${why}\n`;
  it('"RODS: ... rolled by hand into a rod with a loop at one end to allow later retrieval: tibial rod 10 mm x 25 cm, placed in the tibial canal"', () =>
    eventsIn(note('RODS: 40 g Copal with 2 g vancomycin was rolled by hand into a rod with a loop at one end to allow later retrieval: tibial rod 10 mm x 25 cm, placed in the tibial canal.'), ['insert:intramedullary']));
  it('(guard) "BEADS: ... strung on wire with a long tail to facilitate retrieval: 20 beads, placed in the tibial canal"', () =>
    eventsIn(note('BEADS: 40 g Copal with 2 g vancomycin was rolled by hand into beads strung on wire with a long tail to facilitate retrieval: 20 beads, placed in the tibial canal.'), ['insert:intramedullary']));
});

describe('a device out of its mould is being made, not removed ("Rod out of mold, ends trimmed")', () => {
  it('a time-stamped nursing line "09:40  Rod out of mold" adds no removal', () => {
    const t = 'OPERATIVE RECORD\nSurgeon: Dr. X\nProcedure: Tibial debridement (11044); antibiotic cement rod, tibial canal.\n\nNursing events:\n09:31  Cement mixed with vancomycin 2 g\n09:40  Rod out of mold, ends trimmed\n09:46  Rod inserted into tibial canal\n';
    eventsIn(t, ['insert:intramedullary']);
  });
  it('(guard) "beads out of the wound" is a removal', () => {
    const t = 'OPERATIVE RECORD\nSurgeon: Dr. X\nProcedure: Washout of the thigh (27301).\n\nNursing events:\n09:31  Incision\n09:40  12 PMMA beads out of the subfascial space, count 12 of 12\n';
    eventsIn(t, ['remove:deep']);
  });
});

describe('terse list items parted by a spaced slash ("ex-fix removed / I&D femur / abx-coated IMN"): each item keeps its own verb', () => {
  it('the removal of the ex-fix does not take the coated nail out', () => {
    const t = 'R tibia op note - Dr. X\nInd: R tibia infected nonunion, s/p ex-fix x4 mo\nDone: ex-fix removed / I&D tibia / canal reamed to 12 / abx-coated IMN\nCoated nail made on back table: 40g Simplex + 2g vanc mixed, poured into 40Fr chest tube around 9 x 340 nail, cured, tube peeled\n-> nail passed into reamed tibial canal, locked x2\nClosure nylon. EBL 200.\n';
    eventsIn(t, ['insert:intramedullary']);
  });
  it('(guard) a translation after a slash is no list: "New spacer / Nouvel espaceur: ..., then placed into the hip joint"', () => {
    const t = 'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Spacer exchange, left hip.\n\nNouvel espaceur / New spacer: two 40 g packs of Palacos R+G, each with 2 g of vancomycin added, mixed and moulded by hand on the back table, then placed into the left hip joint and reduced.\n';
    expect(events(checkNoteAll(t))).toContain('insert:intra-articular');
  });
});

describe('an arrow right after a device is its way in when a place follows ("Spacer -> R hip joint"), and "then" before a step', () => {
  const note = (step: string) =>
    'OPERATIVE NOTE\nSURGEON: DR. X\nPROCEDURE: STAGE 1 L KNEE - REMOVAL INFECTED TKA (27488)\n\nSTEPS:\n1. MEDIAL PARAPATELLAR ARTHROTOMY\n2. COMPONENTS OUT, CEMENT OUT\n3. SPACER: 2 X 40 G SIMPLEX + VANC 3 G, HAND MIXED -> MOULDED BLOCK\n' +
    `4. ${step}\n5. CLOSE\n`;
  it('"SPACER -> L KNEE JOINT" places the spacer in the joint', () => eventsIn(note('SPACER -> L KNEE JOINT, LEG IN EXTENSION'), ['insert:intra-articular']));
  it('"spacer → knee joint space" with the arrow character', () => eventsIn(note('spacer \u2192 knee joint space'), ['insert:intra-articular']));
});

describe('a place borrowed from a neighbouring sentence that names no device yields to the place the note tells for that device', () => {
  it('(guard) "Abscess deep to fascia lata drained." before "Coated nail: cement ... hand mixed ... nail placed in a chest tube": the nail stays in the canal', () => {
    const t = 'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedures: 27303 debridement R femur; abx-coated IMN into R femoral canal; abx beads subfascial lat thigh.\n\nSteps:\n1. Abscess deep to fascia lata, 80 mL pus evacuated.\n2. Coated nail: 40 g Simplex + vanc 2 g hand mixed, 10 x 380 mm nail placed in 40 Fr chest tube, cement injected around it, tube peeled off.\n3. Coated nail inserted into the reamed R femoral canal.\n4. Leftover cement rolled into beads and laid subfascial, lateral thigh.\n';
    const rs = checkNoteAll(t);
    expect(events(rs).sort()).toEqual(['insert:deep', 'insert:intramedullary']);
    expect(el(rs, '20702', 'drug')).toBe('pass');
  });
  it('a semicolon clause naming another place ("the humeral canal entry; ... so we proceeded with bead exchange") gives the exchange no place of its own', () => {
    const t = 'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedures: Arthrotomy R shoulder (23040); removal and replacement of antibiotic PMMA beads, R glenohumeral joint.\n\nThe beads were removed from the glenohumeral joint, 20 of 20. The joint was debrided, including the glenoid and the humeral canal entry; frozen section was still positive, so we proceeded with bead exchange. New beads of 40 g Palacos with 2 g vancomycin were rolled by hand and placed into the glenohumeral joint.\n';
    expect(events(checkNoteAll(t)).sort()).toEqual(['insert:intra-articular', 'remove:intra-articular']);
  });
});

describe('section titles written in Dutch, German or a Scandinavian language in an English note', () => {
  const note = (plan: string, dx: string) =>
    'OPERATIEVERSLAG\nOperateur: Dr. X\n' +
    `${dx}: chronic osteomyelitis of the right tibia.\nVerrichting: debridement of the tibia (CPT 11044) with PMMA beads into the tibial canal.\n` +
    'Verslag: the canal was debrided; 40 g Palacos with 2 g vancomycin was mixed by hand and 20 beads were placed into the tibial canal.\n' +
    `${plan}: reimplantation of a nail after 6 weeks, with removal of the beads.\n`;
  it('"Beleid:" is the plan: its removal is to come', () => eventsIn(note('Beleid', 'Diagnose'), ['insert:intramedullary']));
  it('"Procedere:" is the plan', () => eventsIn(note('Procedere', 'Diagnose'), ['insert:intramedullary']));
  it('(guard) "Åtgärd:" after "Diagnos:" lists the procedure, so its code is today\'s', () => {
    const t = 'OPERATIONSBERÄTTELSE\nOperatör: Dr. X\nDiagnos: chronic osteomyelitis of the calcaneus.\nÅtgärd: partial excision of the calcaneus (CPT 28120). Vancomycin-loaded calcium sulfate beads, 10 cc, mixed by the team and packed into the calcaneal cavity deep to the lateral wall.\n';
    expect(el(checkNoteAll(t), '20700', 'primary-procedure')).toBe('pass');
  });
});

describe('a running operative record: earlier entries, with their header fields, are earlier operations; the entry marked as this one is today\'s', () => {
  it('"=== ENTRY n -- D+k ===" entries with "(TODAY)" on the last: the beads of entry 2 are not placed today', () => {
    const t = 'RUNNING OPERATIVE RECORD - FIELD HOSPITAL\n\n=== ENTRY 1 -- D0, OR 3 -- Dr. X ===\nDamage control laparotomy by general surgery; L leg fasciotomies. NPWT.\n\n=== ENTRY 2 -- D+2, OR 1 -- Dr. X ===\nI&D L leg. 30 hand-rolled PMMA beads (40 g Palacos, 2 g vancomycin) placed beneath the crural fascia.\n\n=== ENTRY 3 -- D+4 (TODAY), OR 2 -- Dr. X ===\nProcedures: I&D R forearm wound (11043-RT).\nL leg: bead pouch inspected, seal intact, left undisturbed.\n';
    eventsIn(t, []);
  });
  it('"OPERATION #1 <date> (previous)" / "Operator: Dr. X" then "OPERATION #2 <date> *** THIS RECORD ***": the field line does not end the earlier part', () => {
    const t = 'OPERATION RECORD - ONE SHEET PER ADMISSION\n\nOPERATION #1   2025-03-02   (previous)\nOperator: Dr. X\nDebridement of the right femur; hand-made gentamicin PMMA beads placed into the femoral medullary canal.\n\nOPERATION #2   2025-03-16   *** THIS RECORD ***\nOperator: Dr. X\nProcedure: Local flap cover of the right thigh (15736). Beads left in the canal, not removed.\n';
    eventsIn(t, []);
  });
  it('(guard) the note\'s own title with a stage in it keeps its fields: "HIP INFECTION - STAGE 1 OPERATIVE RECORD" / "Surgeon: Dr. X"', () => {
    const t = 'HIP INFECTION - STAGE 1 OPERATIVE RECORD\nSurgeon: Dr. X\nAnesthesia: spinal\n\nProcedure: Removal of the infected hip prosthesis (27091) and a hand-made vancomycin PMMA spacer into the hip joint.\nNarrative: 2 x 40 g Palacos with 4 g vancomycin was moulded by hand into a spacer, which was placed into the hip joint and reduced.\n';
    eventsIn(t, ['insert:intra-articular']);
  });
  it('(guard) "the entry portal" and "LATE ENTRY - <date>" are no operation headings', () => {
    const t = 'OPERATIVE REPORT\nSurgeon: Dr. X\nProcedure: Antibiotic cement rod into the left tibial canal (20702); debridement (11044).\nNarrative: 40 g Simplex with 2 g vancomycin was moulded by hand into a rod.\n10.6 The rod was passed down the reamed tibial canal from the entry portal.\n\nLATE ENTRY - 08/16/2025 09:15 - Dr. X\nThis late entry documents that the rod was 8 mm wide.\n';
    eventsIn(t, ['insert:intramedullary']);
  });
});

describe('removed beads counted "on the back table" are a count, not the making of the new device', () => {
  it('an exchange to calcium-sulfate pellets with no making told: fabrication fails', () => {
    const t = 'OPERATIVE REPORT\nSurgeon: Dr. X\nProcedures: Removal of antibiotic PMMA beads, subfascial, right thigh (20701); antibiotic calcium sulfate beads, subfascial, right thigh (20700); debridement (11043).\n\nThe fascia lata was opened. Two strands of PMMA beads were withdrawn from the subfascial cavity. All 30 beads were counted on the back table and accounted for. 10 cc of Stimulan beads with vancomycin were placed into the same subfascial cavity.\n';
    expect(el(checkNoteAll(t), '20700', 'fabrication')).toBe('fail');
  });
  it('(guard) beads mixed and rolled "on the back table": fabrication passes', () => {
    const t = 'OPERATIVE REPORT\nSurgeon: Dr. X\nProcedures: Debridement (11043); antibiotic PMMA beads, subfascial, right thigh (20700).\n\nOn the back table 40 g Palacos was mixed with 2 g vancomycin and rolled into 24 beads, which were placed into the subfascial cavity of the thigh.\n';
    expect(el(checkNoteAll(t), '20700', 'fabrication')).toBe('pass');
  });
});

describe('a terse fragment whose way in closes it, after the device\'s making ("new beads: 40g Palacos hand-rolled, x26 on wire -> down tibial IM canal")', () => {
  const note = (line: string) => `R tib osteo, bead exchange - Dr. X\n- old chain out of tibial canal, 20/20 beads\n- canal re-reamed, irrig 6L\n- ${line}\n- closed 2-0/staples\nCx: 27640-RT / 20703-RT / 20702-RT\n`;
  it('"new beads: ... -> down tibial IM canal" places the new beads', () => eventsIn(note('new beads: 40g Palacos R+G hand-rolled, 6mm x 20 on wire -> down tibial IM canal'), ['remove:intramedullary', 'insert:intramedullary']));
  it('"beads: ..., into femoral canal" without "new"', () => {
    eventsIn('L femur osteo - Dr. X\n- I&D femur, canal reamed 12\n- beads: 40g Simplex + 1g vanc hand-rolled, x18 on wire, into femoral canal\n- closed\nCx: 27303-LT / 20702-LT\n', ['insert:intramedullary']);
  });
  it('(guard) a sentence with its own verb before the device is no fragment: "gentle rotation reduced the spacer head into the acetabulum"', () => {
    eventsIn('CLOSED REDUCTION OF A DISLOCATED HIP SPACER - Dr. X\nThe spacer placed 4 weeks ago had dislocated.\nUnder sedation, traction and gentle internal rotation reduced the spacer head into the acetabulum with a clunk.\nPlan: second stage as planned.\n', []);
  });
});

describe('an addendum that confirms a count relocates no device: the other site\'s removal stands', () => {
  it('"Addendum: scrub RN count of old beads from the GH joint 18 of 18; ... the 12 new beads in the joint"', () => {
    const t = 'Ortho op note - L shoulder, 2nd look - Dr. X\nProcedures:\n  - Arthrotomy L GH joint (23040)\n  - I&D subdeltoid abscess (23030)\n\nSteps:\n  - GH joint: old vanc PMMA beads removed from joint\n  - subdeltoid: beads pulled from under deltoid fascia\n  - new beads: 40 g PMMA + vanc 2 g, rolled by hand, x12 -> into GH joint\n\nAddendum (Dr. X, same day): scrub RN count of old beads from the GH joint 18 of 18; fluoro shows only the 12 new beads in the joint.\n';
    expect(events(checkNoteAll(t)).sort()).toEqual(['insert:intra-articular', 'remove:deep', 'remove:intra-articular']);
  });
});

describe('a heading framed by rule lines ("=====" / "PREVIOUS ENTRY (Operation #1, 11 days ago)" / "-----") opens its part as one between blank lines does', () => {
  it('the beads of the previous entry are not placed today', () => {
    const t = 'HOSPITAL SYSTEM PRINTOUT - CUMULATIVE OPERATIVE RECORD\n\n==========================================\nPREVIOUS ENTRY (Operation #1 of this admission, 9 days ago)\n------------------------------------------\nSurgeon: Dr. X\nProcedure: Sequestrectomy of the left tibia; hand-made vancomycin PMMA beads (40 g, 20 beads) into the tibial medullary canal.\n==========================================\n\nCURRENT ENTRY (Operation #2 of this admission - today)\n------------------------------------------\nSurgeon: Dr. X\nProcedure: Debridement of the wound edge (11042-LT). The bead wire was seen in place; the beads were not removed.\n';
    eventsIn(t, []);
  });
});

describe('an action inside an open bracket does not govern a device outside it ("removal of antibiotic spacer, knee joint (antibiotic cement used for fixation ...)")', () => {
  it('a coding line that explains the fixation cement in brackets places no spacer', () => {
    const t = 'OPERATION NOTE\nSurgeon: Dr. X\nProcedure: Second stage: removal of the articulating cement spacer from the left knee joint and reimplantation of a revision knee (27487).\nThe spacer was removed from the knee joint in one piece; fluoroscopy showed no retained cement.\n\nCoding:\n27487-LT      revision knee arthroplasty\n+20705        removal of antibiotic spacer, knee joint (antibiotic cement used for fixation of the revision components - not a separate device)\n';
    eventsIn(t, ['remove:intra-articular']);
  });
});

describe('layout: a known title with a remark in brackets, alone on its line after a blank or ruled line, heads what follows in every wrap', () => {
  it('"ANTIBIOTIC DEVICE (complete if any box above checked)" over its fields keeps the fields as the device\'s', () => {
    const t = 'KNEE WASHOUT - TEMPLATE NOTE\nSurgeon: Dr. X\nPROCEDURES (check all that apply)                                   CPT\n [x] Open I&D right knee ................................................ 27310-RT\n [x] Antibiotic bead insertion\n       site: [ ] IM canal  [ ] deep/subfascial  [x] intra-articular\n\nANTIBIOTIC DEVICE (complete if any box above checked)\n Prepared by surgical team on back table?  [x] Yes  [ ] No (commercial)\n Carrier:   [x] PMMA  brand: Palacos R (plain)\n Antibiotic(s)/dose: vancomycin 2 g + tobramycin 2.4 g (per 40 g)\n Amount: 1 x 40 g pack; 20 beads, ~7 mm, strung on #2 braided suture\n Location: right knee joint, suprapatellar pouch and gutters\n Planned removal: [x] Yes -- bead removal in 5-7 days\n';
    for (const x of layouts(t)) {
      const rs = checkNoteAll(x);
      expect(events(rs)).toEqual(['insert:intra-articular']);
      expect(el(rs, '20704', 'drug')).toBe('pass');
      expect(el(rs, '20704', 'fabrication')).toBe('pass');
    }
  });
  it('(guard) "ADDENDUM (Dr. X, same day, 18:40)" under a rule line keeps its retraction in every wrap', () => {
    const t = 'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Incision and drainage of a deep thigh abscess (27301).\nDESCRIPTION: The fascia lata was incised and the abscess evacuated. Antibiotic beads were placed in the abscess cavity deep to the fascia.\n\nDr. X\n\n----------------------------------------------------------------\nADDENDUM (Dr. X, same day, 18:40)\nThe sentence above stating that antibiotic beads were placed is incorrect and is retracted. It was carried forward from a template. No antibiotic beads or other antibiotic delivery device were placed at this operation.\n';
    eventsIn(t, []);
  });
});

describe('layout: a field value whose tail a wrap put at the margin still holds its value column ("PLANNED 2ND STAGE: [X] YES ... (REIMPLANTATION," / "  SPACER REMOVAL)")', () => {
  it('(guard) the planned spacer removal stays one field, in every wrap: no removal today', () => {
    const t = 'ARTHROPLASTY OPERATION RECORD\nSURGEON: DR. X\nPROCEDURE: 1ST STAGE REVISION R KNEE - EXCISION OF COMPONENTS (27488-RT)\nDESCRIPTION: A STATIC SPACER WAS MADE BY HAND FROM 3 X 40 G SIMPLEX WITH 3 G VANCOMYCIN AND PLACED INTO THE KNEE JOINT SPACE.\n\nPLANNED 2ND STAGE:  [X] YES - APPROX 10-12 WEEKS (REIMPLANTATION,\n                    SPACER REMOVAL)   [ ] NO   [ ] UNDECIDED\n\nSIGNED: DR. X\n';
    eventsIn(t, ['insert:intra-articular']);
  });
});

describe('layout: in a note that lost its newlines, a title run in after two others is a title, not a noun of the words before it', () => {
  it('"... purulence in the joint PROCEDURE: 1. removal of ... (27090-LT)" gives a coded primary in every wrap', () => {
    const t = 'OPERATIVE REPORT Surgeon: Dr. X PREOPERATIVE DIAGNOSIS: infected left hip hemiarthroplasty POSTOPERATIVE DIAGNOSIS: same, gross purulence in the joint PROCEDURE: 1. removal of left hip hemiarthroplasty (27090-LT) 2. placement of antibiotic cement beads, left hip joint (20704-LT) ANESTHESIA: spinal DESCRIPTION: The stem was removed. On the back table Palacos 40 g was mixed with 2 g vancomycin and 25 beads were hand-rolled. The bead string was placed into the hip joint. PLAN: bead removal and reimplantation planned in 6 weeks. Dr. X\n';
    for (const x of layouts(t)) expect(el(checkNoteAll(x), '20704', 'primary-procedure'), x).toBe('pass');
  });
});

describe('layout: a heading that a wrap cut in two (">>> COPIED FORWARD ... -- for" / "reference only <<<") still opens the earlier part', () => {
  it('the copied-forward beads of the index operation are not placed today, in every wrap', () => {
    const t = 'PERIOPERATIVE RECORD -- RETURN TO OR #2\n\nSurgeon: Dr. X        Anesthesia: general (LMA)        Side: RIGHT femur / thigh\n\n>>> COPIED FORWARD FROM INDEX OPERATIVE NOTE (OR #1, 4 days ago) -- for reference only <<<\n| Debridement of open distal femur fracture. Antibiotic beads: one 40 g pack of Palacos R hand-mixed\n| with 2 g vancomycin, rolled into 18 beads on a wire, inserted into the distal femoral medullary canal.\n>>> END OF COPIED TEXT <<<\n\nTODAY\'S PROCEDURE (OR #2)\nRepeat excisional debridement of the thigh wound (11043-RT). The bead chain was left in place; no beads were removed or added.\n';
    eventsIn(t, []);
  });
});

describe('what a step was done in anticipation of is still to come ("In anticipation of rod placement, ... had been mixed")', () => {
  it('a rod mixed in anticipation of its placement and then discarded is no device', () => {
    const t = 'OPERATIVE REPORT\nSurgeon: Dr. X\nProcedure performed: Saucerization of the left tibia (27640-LT).\nDescription: The canal was debrided and irrigated. In anticipation of rod placement, 40 g of Simplex had been mixed with 2 g vancomycin and poured into a chest tube mould; after discussion with anaesthesia the rod was discarded without being placed. The wound was closed over a drain.\n';
    eventsIn(t, []);
  });
  it('(guard) "ischiectomy ahead of flap coverage (CPT 15946)" keeps its code', () => {
    const t = 'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedures:\n1. Right ischial ulcer excision with partial ischiectomy ahead of flap coverage (CPT 15946).\n2. Vancomycin-loaded calcium sulfate beads, 10 cc, mixed by the team and packed into the ischial cavity deep to the fascia.\n';
    expect(el(checkNoteAll(t), '20700', 'primary-procedure')).toBe('pass');
  });
});

describe('a procedure item that names today\'s stage as one of a planned series ("Stage 1 of planned two-stage revision:") is today\'s', () => {
  it('the spacer of "2. Stage 1 of planned two-stage revision: hand-moulded antibiotic cement spacer inserted into the left glenohumeral joint" is placed today', () => {
    const t = 'OPERATIVE REPORT\nStaff: Dr. X\n\nProcedures:\n1. Removal of humeral and glenoid components, left reverse shoulder arthroplasty (CPT 23335-LT).\n2. Stage 1 of planned two-stage revision: hand-moulded antibiotic cement\n   spacer inserted into the left glenohumeral joint (CPT 20704).\n\nSpacer: two 40 g bags of Palacos R with 2 g vancomycin each were mixed on the back table and moulded by hand into a spacer.\n';
    expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
});
