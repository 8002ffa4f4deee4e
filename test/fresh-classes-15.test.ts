/**
 * Sentences written fresh for the classes fixed in stop 30: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
import { layouts } from './helpers/layouts.js';

describe('a preparation one device is made from, in a block headed by that device, is its own and not every device\'s', () => {
  it('"Antibiotic spacer:" block with the cement amounts, then a "Beads:" block with no amount: the beads have no amount', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedures:\n' +
      '1. Resection arthroplasty of the infected left knee (27488).\n' +
      '2. Antibiotic cement spacer, knee joint.\n' +
      '3. Antibiotic cement beads in the semimembranosus abscess cavity.\n' +
      'Antibiotic spacer: two 40 g packs of Simplex were mixed by hand with 3 g vancomycin and 4.8 g tobramycin and pressed into a mould.\n' +
      'The spacer was set in the knee joint after curing.\n' +
      'Antibiotic beads: further Simplex was mixed with gentamicin powder and rolled into beads on a wire.\n' +
      'The beads were laid in the abscess cavity deep to the semimembranosus fascia.\n' +
      'Plan: return in 6 weeks to remove the spacer and the beads.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intra-articular', 'insert:deep']);
      expect(el(rs, '20704', 'quantity')).toBe('pass');
      expect(el(rs, '20700', 'quantity')).toBe('fail');
      expect(el(rs, '20700', 'drug')).toBe('pass');
    }
  });
  it('(guard) beads made from "the rest of the same mix" told in the spacer block share its drugs', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedures:\n' +
      '1. Resection arthroplasty of the infected left knee (27488).\n' +
      '2. Antibiotic cement spacer, knee joint.\n' +
      '3. Antibiotic cement beads in the semimembranosus abscess cavity.\n' +
      'Antibiotic spacer: two 40 g packs of Simplex were mixed by hand with 3 g vancomycin and 4.8 g tobramycin and pressed into a mould.\n' +
      'The spacer was set in the knee joint after curing.\n' +
      'Antibiotic beads: the rest of the same mix was rolled by hand into 12 beads.\n' +
      'The beads were laid in the abscess cavity deep to the semimembranosus fascia.\n' +
      'Plan: return in 6 weeks to remove the spacer and the beads.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intra-articular', 'insert:deep']);
      expect(el(rs, '20700', 'drug')).toBe('pass');
      expect(el(rs, '20700', 'quantity')).toBe('pass');
    }
  });
});

describe('a subordinator in mid-sentence ("while", "whereas") opens a clause of its own: an IV or irrigation context before it says nothing of the device after it', () => {
  it('"vancomycin IV was running while a tobramycin calcium sulfate mix was prepared": the tobramycin is the device\'s drug', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the right distal tibia with reaming of the canal (27640).\n' +
      'Description: The canal was reamed to 12 mm. Vancomycin 1.5 g IV was running while a tobramycin calcium sulfate paste was mixed by hand on the back table.\n' +
      'The paste, 10 cc, was injected into the reamed tibial canal.\n' +
      'Plan: the calcium sulfate dissolves and will not be removed.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'drug')).toBe('pass');
    }
  });
  it('(guard) a drug given IV in the same clause as the device is still not its drug', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the right distal tibia with reaming of the canal (27640).\n' +
      'Description: The canal was reamed to 12 mm. Calcium sulfate paste was mixed by hand on the back table and tobramycin 80 mg IV was given.\n' +
      'The paste, 10 cc, was injected into the reamed tibial canal.\n' +
      'Plan: the calcium sulfate dissolves and will not be removed.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'drug')).toBe('fail');
    }
  });
});

describe('the minutes of a clock time are no count in any lexicon term ("09:16 beads removed" counts no beads)', () => {
  const note = (line: string) =>
    'OPERATIVE RECORD\n' +
    'Surgeon: Dr. X\n' +
    'Procedure: Removal of antibiotic beads from the left femoral canal; debridement of the femur (27360).\n' +
    'Indication: second stage, planned at the bead placement six weeks ago; the infection has settled.\n' +
    'Timeline:\n' +
    '09:02 incision through the lateral scar\n' +
    `${line}\n` +
    '09:40 canal reamed and irrigated\n' +
    '10:05 closure\n';
  it('a timeline line "09:16 beads removed from the femoral canal" documents no complete extraction', () => {
    for (const t of layouts(note('09:16 beads removed from the femoral canal'))) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:intramedullary']);
      expect(el(rs, '20703', 'completeness')).toBe('fail');
    }
  });
  it('(guard) "09:16 all 14 beads removed from the femoral canal" still documents it', () => {
    for (const t of layouts(note('09:16 all 14 beads removed from the femoral canal'))) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:intramedullary']);
      expect(el(rs, '20703', 'completeness')).toBe('pass');
    }
  });
});

describe('a count "matching the insertion count" tells the removal it follows, and a record of an earlier placement places nothing today', () => {
  it('(guard) a rod removal whose rod "matched the implantation record" places no rod', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal of the antibiotic cement rod from the right humeral canal; debridement of the humerus (23935).\n' +
      'Indication: planned second stage six weeks after the rod was placed; the wound has healed.\n' +
      'Details: The entry portal was opened and the gentamicin PMMA rod was pulled from the humeral canal in one piece.\n' +
      'The 8 mm antibiotic cement rod, 240 mm long, matched the implantation record.\n' +
      'The PMMA beads left beside the rod entry were taken out too; 6 beads, matching the placement count.\n' +
      'Fluoroscopy showed no cement left in the canal. The canal was reamed and irrigated.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs).filter((e) => e.startsWith('insert'))).toEqual([]);
    }
  });
  it('in an exchange, "All 20 beads were counted, matching the insertion count" tells the removal: the other removal has no count', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the right hip (27030) with removal of antibiotic beads from the joint and from beneath the gluteal fascia, and new beads in the joint.\n' +
      'Indication: second look as planned at the index debridement.\n' +
      'Details: The PMMA bead chain in the hip joint was taken out. All 20 beads were counted on the wire, matching the insertion count.\n' +
      'The second PMMA bead chain beneath the gluteal fascia was taken out as well.\n' +
      'The joint was debrided and irrigated. 40 g of PMMA was mixed by hand with 2 g vancomycin and rolled into 16 beads, which were placed in the hip joint.\n' +
      'Plan: return in 6 weeks to remove the new beads.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs).sort()).toEqual(['insert:intra-articular', 'remove:deep', 'remove:intra-articular']);
      expect(el(rs, '20705', 'completeness')).toBe('pass');
      expect(el(rs, '20701', 'completeness')).toBe('fail');
    }
  });
  it('(guard) "the placement of a new rod" is still a placement', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Exchange of the antibiotic cement rod of the right humeral canal; debridement of the humerus (23935).\n' +
      'Details: The old gentamicin PMMA rod was pulled from the humeral canal in one piece. The canal was reamed.\n' +
      'Placement of a new antibiotic cement rod followed: 40 g of PMMA with 2 g of vancomycin was mixed by hand, cast in a chest tube and the rod passed into the humeral canal.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs).sort()).toEqual(['insert:intramedullary', 'remove:intramedullary']);
    }
  });
});

describe('a device counted out with no action of its own, right after its removal, tells that removal even when the note places a device too', () => {
  it('"All 20 beads were counted on the strand" after the joint beads came out: the second (deep) removal has no count', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the left knee (27310) with removal of antibiotic beads from the joint and from beneath the vastus lateralis fascia, and new beads in the joint.\n' +
      'Indication: second look as planned at the index debridement.\n' +
      'Details: The PMMA beads in the knee joint were taken out. All 20 beads were counted on the strand.\n' +
      'The PMMA beads beneath the vastus lateralis fascia were taken out as well.\n' +
      'The joint was debrided and irrigated. 40 g of PMMA was mixed by hand with 2 g vancomycin and rolled into 16 beads, which were placed in the knee joint.\n' +
      'Plan: return in 6 weeks to remove the new beads.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs).sort()).toEqual(['insert:intra-articular', 'remove:deep', 'remove:intra-articular']);
      expect(el(rs, '20705', 'completeness')).toBe('pass');
      expect(el(rs, '20701', 'completeness')).toBe('fail');
    }
  });
});

describe('a Markdown heading ("## Plan", "### Coated rod ###") is a section heading', () => {
  const note =
    '# Left tibia, infected nonunion\n' +
    'Surgeon: Dr. X\n' +
    '## Procedure\n' +
    'Sequestrectomy of the left tibia (27640) with an antibiotic cement rod in the tibial canal.\n' +
    '## Description\n' +
    'The canal was reamed to 12 mm. One 40 g pack of Simplex was mixed by hand with 2 g vancomycin, injected into a chest tube over a guide wire, and the cured rod was passed into the tibial canal.\n' +
    '## Plan\n' +
    'Remove the antibiotic rod in 6 weeks, then place a new rod made of 40 g of cement with tobramycin.\n';
  it('"## Plan" opens a plan: the new rod it tells is no placement today, and the plan is the staged removal', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'staged-removal')).toBe('pass');
    }
  });
  it('(guard) a line "# of beads: 12" is a field, not a heading', () => {
    const beads =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the right calcaneus (28120); antibiotic beads into the calcaneal cavity.\n' +
      'Beads: PMMA mixed by hand with 1 g vancomycin, rolled into beads and packed into the calcaneal cavity.\n' +
      '# of beads: 12\n' +
      'Plan: beads out in 6 weeks.\n';
    for (const t of layouts(beads)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'quantity')).toBe('pass');
    }
  });
});

describe('a known title with more words after it, opening a numbered step, is the step\'s label and opens no section ("2. Hardware out:")', () => {
  it('steps "2. Hardware out:" then the device steps: the devices are placed today, not removed', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedures: Removal of the right humeral nail (24516); antibiotic cement rod into the humeral canal.\n' +
      'Steps:\n' +
      '1. Beach chair, time-out.\n' +
      '2. Hardware out:\n' +
      '   - locking screws removed\n' +
      '   - nail extracted\n' +
      '3. Rod:\n' +
      '   - one 40 g pack of Palacos mixed by hand with 2 g vancomycin, cast in a chest tube over a guide wire\n' +
      '   - the rod was passed into the humeral canal\n' +
      '4. Closure.\n' +
      'Plan: remove the rod in 6 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'drug')).toBe('pass');
    }
  });
});

describe('a plan written as an order, the removal verb with the device and its time ("Remove the antibiotic rod in 6 weeks"), is a staged removal', () => {
  const note = (plan: string) =>
    'OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    'Procedure: Debridement of the left femur (27360); antibiotic cement beads into the distal femoral cavity.\n' +
    'Description: 40 g of PMMA was mixed by hand with 2 g vancomycin, rolled into 20 beads and packed into the cavity of the distal femur.\n' +
    `Plan: ${plan}\n`;
  it('"Exchange beads at 4-6 wks." and "remove all beads in six weeks" plan the removal', () => {
    for (const p of ['Exchange beads at 4-6 wks.', 'IV antibiotics; remove all beads in six weeks.']) {
      for (const t of layouts(note(p))) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toEqual(['insert:deep']);
        expect(el(rs, '20700', 'staged-removal')).toBe('pass');
      }
    }
  });
  it('(guard) "sutures out in two weeks" plans nothing for the beads', () => {
    for (const t of layouts(note('Remove the sutures in 2 weeks.'))) {
      const rs = checkNoteAll(t);
      expect(el(rs, '20700', 'staged-removal')).toBe('warn');
    }
  });
});

describe('devices of one code told on the right and on the left are two devices: an element holds only when it holds for each side', () => {
  const note = (left: string) =>
    'OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    'Procedures: Debridement of both thighs (27301-RT, 27301-LT); antibiotic beads beneath the fascia lata on both sides.\n' +
    'Right thigh: the abscess cavity beneath the fascia lata was debrided. One 40 g pack of PMMA was mixed by hand with 2 g vancomycin, rolled into 20 beads and the beads were placed beneath the fascia lata.\n' +
    `Left thigh: ${left}\n` +
    'Plan: both bead chains out in 6 weeks.\n';
  it('the left beads have no drug and no amount of their own: drug and quantity fail', () => {
    for (const t of layouts(note('the cavity was debrided the same way and antibiotic cement beads rolled by the team were placed beneath the fascia lata.'))) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'drug')).toBe('fail');
      expect(el(rs, '20700', 'quantity')).toBe('fail');
      expect(el(rs, '20700', 'carrier')).toBe('pass');
    }
  });
  it('(guard) both sides documented: drug and quantity pass', () => {
    for (const t of layouts(note('a second 40 g pack of PMMA was mixed by hand with 1 g vancomycin, rolled into 16 beads and the beads were placed beneath the fascia lata.'))) {
      const rs = checkNoteAll(t);
      expect(el(rs, '20700', 'drug')).toBe('pass');
      expect(el(rs, '20700', 'quantity')).toBe('pass');
    }
  });
  it('(guard) "left in place" and "right angle" name no side: one right-sided device keeps its verdicts', () => {
    const one =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the right thigh (27301); antibiotic beads beneath the fascia lata.\n' +
      'Description: A right angle clamp spread the fascia. One 40 g pack of PMMA was mixed by hand with 2 g vancomycin and rolled into 20 beads.\n' +
      'The beads were left in the cavity beneath the fascia lata; the drain was left in place.\n' +
      'Plan: beads out in 6 weeks.\n';
    for (const t of layouts(one)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'drug')).toBe('pass');
      expect(el(rs, '20700', 'quantity')).toBe('pass');
    }
  });
});

describe('the tail of an indented list line that a wrap put at the margin goes on into the next line at the indent it was cut from', () => {
  it('"cement was mixed ... over a guide" / "wire;" / "   the rod came out ...": the rod is named in the preparation\'s sentence, so the cement is no device of its own', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the right humerus with reaming of the canal (23935).\n' +
      'Steps:\n' +
      '1. Deltopectoral approach; the canal was reamed to 11 mm.\n' +
      '2. A mould kit was opened. One 40 g pack of Palacos was mixed with\n' +
      '   1 g of vancomycin and injected over a guide\n' +
      'wire;\n' +
      '   the rod came out 8 mm x 250 mm.\n' +
      '3. The rod would not pass the narrow distal canal; it was not\n' +
      '   inserted and was discarded.\n' +
      '4. Closure.\n';
    const rs = checkNoteAll(note);
    expect(events(rs)).toEqual([]);
  });
});

describe('in a note that uses capitals, a line all in capitals after a line that is not is a heading of its own and is not joined to it', () => {
  it('a hospital name line then "OPERATIVE REPORT - STAGED TREATMENT ...", wrapped or not: the title stays a heading and its "STAGED" plans nothing', () => {
    const note =
      'MERIDIAN VALLEY MEDICAL CENTRE (invented), TOWNSVILLE\n' +
      'OPERATIVE REPORT - STAGED TREATMENT OF TIBIAL OSTEOMYELITIS\n' +
      '\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the left femur (27360) with a new antibiotic cement rod in the femoral canal.\n' +
      'Details: One 40 g pack of PMMA was mixed by hand with 2 g vancomycin, cast in a chest tube and the rod, 9 x 300 mm, was passed into the femoral canal.\n' +
      'Plan: IV antibiotics and review in clinic.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'staged-removal')).toBe('warn');
    }
  });
});

describe('"repeat stage" / "subsequent stage" with its time is a staged removal', () => {
  it('"Repeat stage in 6 weeks: removal of this rod" plans the removal', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the left femur (27360) with a new antibiotic cement rod in the femoral canal.\n' +
      'Details: One 40 g pack of PMMA was mixed by hand with 2 g vancomycin, cast in a chest tube and the rod, 9 x 300 mm, was passed into the femoral canal.\n' +
      'Plan: Repeat stage in 6 weeks: removal of this rod if the markers settle.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(el(rs, '20702', 'staged-removal')).toBe('pass');
    }
  });
});

describe('a print of several dated operative notes: the note on the date of service (the cover line "Encounter to code") is the operation, the others are other operations', () => {
  const older =
    'OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    'Date of service: 05/03/2025\n' +
    'Procedure: Debridement of the left tibia (27640) with antibiotic beads in the tibial canal.\n' +
    'Details: 40 g of PMMA was mixed by hand with 2 g vancomycin, rolled into 18 beads and packed into the tibial canal.\n' +
    'Plan: return in one week to take the beads out.\n' +
    'Signed: Dr. X\n';
  const coded =
    'OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    'Date of service: 05/10/2025\n' +
    'Procedure: Removal of the antibiotic beads from the left tibial canal; repeat debridement of the tibia (27640).\n' +
    'Details: the beads placed one week ago were taken out of the canal; all 18 counted. The canal was irrigated.\n' +
    'Signed: Dr. X\n';
  it('oldest first, with the cover line naming the later note: only its removal is an event', () => {
    const note = 'SERIES PRINT - OLDEST FIRST\nEncounter to code: 05/10\n\n' + older + '\n' + coded;
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:intramedullary']);
    }
  });
  it('newest first, with the cover line naming the earlier note: only its placement is an event', () => {
    const note = 'SERIES PRINT - NEWEST FIRST\nEncounter to code: 05/03\n\n' + coded + '\n' + older;
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'staged-removal')).toBe('pass');
    }
  });
});

describe('in a note that lost its newlines, an unknown short label after a sentence end and a run of spaces ends an indications paragraph, as a line start would', () => {
  it('"Indication: ... was planned.  Left knee: ... a new static spacer placed into the left knee joint space": the spacer is placed today, in the joint', () => {
    const note =
      'OPERATIVE NOTE    Surgeon: Dr. X    Anesthesia: General\n' +
      'Procedure: Repeat arthrotomy with debridement and placement of a new hand-molded static spacer (27488).  Indication: 70-year-old woman, stage 1 six weeks ago with a static spacer for an infected knee arthroplasty; a spacer exchange was planned.  Left knee: The static PMMA spacer was removed from the left knee joint in its entirety. Two 40 g packs of Palacos, each with 2 g of vancomycin, were hand-molded into a new static spacer, which was placed into the left knee joint space.  Plan: reimplantation in 8 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs).sort()).toEqual(['insert:intra-articular', 'remove:intra-articular']);
    }
  });
});

describe('a label in any alphabet ("Diagnóstico ......", "Espaçador:") is a label: dot leaders, field values and item starts do not depend on ASCII letters', () => {
  it('a dotted field list with accented labels keeps each field on its own line: the removed-implants row does not swallow the spacer row', () => {
    const note =
      'RELATÓRIO OPERATÓRIO / OPERATIVE REPORT\n' +
      'Cirurgião ............... Dr. X\n' +
      'Procedimentos ........... Removal of the infected knee prosthesis (CPT 27488)\n' +
      '                          and an antibiotic cement spacer in the knee joint\n' +
      'Implantes retirados ..... Femoral and tibial components with their cement\n' +
      'Espaçador ............... Palacos 2 x 40 g + vancomycin 4 g, moulded by hand\n' +
      '                          and placed in the knee joint\n' +
      'Plano ................... Reimplantation in 8 weeks, with removal of the spacer\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intra-articular']);
      expect(el(rs, '20704', 'quantity')).toBe('pass');
    }
  });
});

describe('Portuguese vocabulary, as data: pérolas, espaçador, cimento, haste de cimento, manipulated / confectioned cement', () => {
  it('"the cement with gentamicin was manipulated at the table and pérolas were confectioned, placed in the calcaneal cavity"', () => {
    const note =
      'OPERATIVE REPORT\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Sequestrectomy of the left calcaneus (28120) with antibiotic pérolas.\n' +
      'Description: One pack of 40 g of cimento was manipulated at the table with 1 g of gentamicin and 16 pérolas were confectioned by hand; the pérolas were placed in the calcaneal cavity.\n' +
      'Plan: removal of the pérolas in 6 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'carrier')).toBe('pass');
      expect(el(rs, '20700', 'fabrication')).toBe('pass');
    }
  });
  it('(guard) "the fracture was manipulated" prepares no device', () => {
    const note =
      'OPERATIVE REPORT\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the left calcaneus (28120) with antibiotic beads.\n' +
      'Description: The fracture was manipulated into place. Gentamicin PMMA beads were placed in the calcaneal cavity.\n' +
      'Plan: removal of the beads in 6 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(el(rs, '20700', 'fabrication')).toBe('fail');
    }
  });
});

describe('an absorbable carrier said to need no removal ("no removal procedure is planned", "will not need to be removed") addresses the removal: staged-removal passes', () => {
  const note = (plan: string) =>
    'OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    'Procedure: Debridement of the right tibia (27640) with calcium sulfate pellets in the tibial cavity.\n' +
    'Description: 10 cc of calcium sulfate was mixed by hand with 1 g vancomycin, cast into pellets and packed into the cavity of the distal tibia.\n' +
    `Plan: ${plan}\n`;
  it('"no removal procedure is planned for the pellets" and "they will not need to be removed" pass', () => {
    for (const p of ['Calcium sulfate resorbs; no removal procedure is planned for the pellets.', 'I told her the pellets dissolve and they will not need to be removed.']) {
      for (const t of layouts(note(p))) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toEqual(['insert:deep']);
        expect(el(rs, '20700', 'staged-removal')).toBe('pass');
      }
    }
  });
  it('(guard) removal not addressed: n/a', () => {
    for (const t of layouts(note('Splint; review in clinic in 2 weeks.'))) {
      expect(el(checkNoteAll(t), '20700', 'staged-removal')).toBe('n/a');
    }
  });
});

describe('a procedure noun before a word of a place ("the saucerization cavity") names where, not a procedure of today', () => {
  it('a bead removal whose only other words are "the chain lay in the saucerization cavity": the removal is the only procedure', () => {
    const note =
      'PROCEDURE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal of antibiotic beads from the left calcaneal cavity (CPT 20680)\n' +
      'Indication: planned removal four weeks after the beads were placed.\n' +
      'Findings: The bead chain lay in the saucerization cavity of the calcaneal body, lined by granulation tissue.\n' +
      'Description: Through a small incision the tobramycin PMMA chain was delivered; all 10 beads were counted.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:deep']);
      expect(el(rs, '20701', 'primary-procedure')).toBe('fail');
    }
  });
});

describe('a sentence that opens with its placement and leaves its subject out is about the device its block is headed by, or the one just before it', () => {
  it('(guard) "New rod: ... injected into a 24 Fr chest drain over a guide wire." / "Rod 9 mm." / "Inserted into the tibial canal": the rod is placed in the canal (a chest drain is a mould)', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Repeat sequestrectomy of the left tibia (27640).\n' +
      'New rod: one 40 g pack of plain cement mixed on the back table with 2 g vancomycin, injected into a 24 Fr chest drain over a guide wire. Rod 9 mm x 25 cm.\n' +
      '  Inserted into the reamed tibial medullary canal through the entry portal.\n' +
      'Plan: removal of the cement rod at 6 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
    }
  });
  it('(guard) "Placed supine." names no place of a device: nothing is placed', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the right knee (27310).\n' +
      'Description: Placed supine. The joint was washed out with 9 L of saline; no antibiotic beads were used.\n';
    for (const t of layouts(note)) {
      expect(events(checkNoteAll(t))).toEqual([]);
    }
  });
});

describe('a drug drawn "from IV vials" for the cement is the device\'s drug, not a systemic dose', () => {
  it('"mixed with 2 g vancomycin powder and 240 mg gentamicin from IV vials": the drug is named', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Sequestrectomy of the left femur (27360) with an antibiotic cement rod in the femoral canal.\n' +
      'Rod: one 40 g pack of plain cement was mixed by hand with 240 mg gentamicin from IV vials, cast in a chest tube and passed into the femoral canal.\n' +
      'Plan: remove the rod in 6 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'drug')).toBe('pass');
    }
  });
});

describe('in an exchange, the material of the form named as the new device ("for a new hand-made cement rod") is not the removed device\'s', () => {
  it('"planned exchange of the antibiotic rod for a new hand-made cement rod": the removed rod\'s material is not named', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Repeat debridement of the right tibia (27640); planned exchange of the antibiotic rod in the tibial canal for a new hand-made cement rod.\n' +
      'Description: The old antibiotic rod was withdrawn intact from the tibial canal. One 40 g pack of PMMA was mixed by hand with 2 g vancomycin, cast in a chest tube, and the new rod was passed into the tibial canal.\n' +
      'Plan: remove the rod in 6 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs).sort()).toEqual(['insert:intramedullary', 'remove:intramedullary']);
      expect(el(rs, '20703', 'device-removed')).toBe('fail');
    }
  });
});

describe('a device described with no placement of its own, of a form only taken out today, tells that removal', () => {
  it('"The pellet chain was found under the fascia." / "It was withdrawn; all 14 beads were counted." beside a new rod: the count is not the rod\'s amount', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedures: Removal of the antibiotic PMMA bead chain from the left thigh, beneath the fascia lata; antibiotic cement rod into the left femoral canal.\n' +
      'Description: The bead chain was found beneath the fascia lata in granulation tissue. It was withdrawn; all 14 beads on the wire were accounted for.\n' +
      'Dr. X mixed Palacos with vancomycin by hand and injected it into a chest tube over a guide wire. The tube was cut away and the rod was inserted into the femoral canal.\n' +
      'Plan: remove the rod in 6 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs).sort()).toEqual(['insert:intramedullary', 'remove:deep']);
      expect(el(rs, '20702', 'quantity')).toBe('fail');
    }
  });
});

describe('"Course:" alone heads the course of the operation, not a history ("hospital course" and "clinical course" stay history)', () => {
  it('"Course, as I observed it:" then the making and placing of the beads: the beads\' drug and amount are read', () => {
    const note =
      'BRIEF OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Drainage of a deep abscess of the left thigh (27301); antibiotic cement beads in the cavity.\n' +
      'Course, as I observed it:\n' +
      '  * Dr. X mixed one 40 g pack of Palacos with 2 g of vancomycin and rolled 24 beads by hand.\n' +
      '  * The beads were laid deep to the fascia lata in the abscess cavity.\n' +
      'Plan: beads out in 2 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'drug')).toBe('pass');
      expect(el(rs, '20700', 'quantity')).toBe('pass');
    }
  });
});

describe('an aside set off by two dashes ends the scope of a negation opened inside it; a single dash does not', () => {
  it('"opened from the package -- no mixing, used as supplied -- and packed into the tibial canal": the pellets are placed (ready-made)', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the right tibia (27640); gentamicin PMMA bead chain in the tibial canal.\n' +
      'Description: A commercial gentamicin PMMA bead chain, 30 beads, was opened from the package -- no mixing, used as supplied -- and passed down the tibial canal.\n' +
      'Plan: chain out in 2 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'fabrication')).toBe('fail');
    }
  });
  it('(guard) "removal of the antibiotic rod -- not performed today" still takes nothing out', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Wound washout of the right leg (11042).\n' +
      '- Scheduled procedure: removal of the antibiotic cement rod and exchange nailing -- not performed today\n' +
      'Plan: rod removal next week.\n';
    for (const t of layouts(note)) {
      expect(events(checkNoteAll(t))).toEqual([]);
    }
  });
});

describe('a table row that names another device\'s form belongs to that device, even inside a block or between rows of another', () => {
  it('"Beads:" block with a table whose rod row carries the amounts: the beads have no amount', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedures: Debridement of the right tibia (27640); antibiotic cement rod in the tibial canal; antibiotic cement beads deep to the crural fascia.\n' +
      'Rod: 40 g of PMMA was mixed by hand with 2 g vancomycin, cast in a chest tube, and the rod was inserted into the tibial canal.\n' +
      'Beads: a second batch of cement with vancomycin was mixed and beads were rolled by hand and placed deep to the crural fascia.\n' +
      '| Item | Material | Location |\n' +
      '| Rod | PMMA + vancomycin 2 g, 40 g pack, 8 mm | tibial canal |\n' +
      '| Beads | PMMA + vancomycin | deep to the crural fascia |\n' +
      'Plan: remove the rod and the beads in 6 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary', 'insert:deep']);
      expect(el(rs, '20702', 'quantity')).toBe('pass');
      expect(el(rs, '20700', 'quantity')).toBe('fail');
    }
  });
});

describe('in a note written all in capitals, a capitals line is no heading of its own: the wrap that cut a sentence before it is joined back', () => {
  it('(guard) "... WAS MIXED BY OUR TEAM" / "WITH 1 G VANCOMYCIN POWDER." wrapped at 64 columns: the drug is the beads\'', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'SURGEON: DR. X\n' +
      'PROCEDURE: REMOVAL OF THE INFECTED HUMERAL HEMIARTHROPLASTY (CPT 23334); ANTIBIOTIC CEMENT BEADS INTO THE GLENOHUMERAL JOINT.\n' +
      'DESCRIPTION: THE STEM WAS EXTRACTED AND THE JOINT DEBRIDED AND WASHED.\n' +
      'ON THE BACK TABLE 40 G SIMPLEX P BONE CEMENT WAS MIXED BY OUR TEAM\n' +
      'WITH 1 G VANCOMYCIN POWDER. 26 BEADS OF 7 MM WERE ROLLED BY HAND ON A\n' +
      'NO. 2 STEEL WIRE. THE BEAD CHAIN WAS PLACED INTO THE GLENOHUMERAL JOINT SPACE.\n' +
      'PLAN: SECOND STAGE IN 6 WEEKS WITH REMOVAL OF THE BEADS.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intra-articular']);
      expect(el(rs, '20704', 'drug')).toBe('pass');
    }
  });
});

describe('an indications paragraph ends before a table that follows it after a blank line, unless it introduces the table', () => {
  const table =
    '| Item      | Detail                                              |\n' +
    '|-----------|-----------------------------------------------------|\n' +
    '| Operation | Removal of the antibiotic bead chain, left thigh    |\n' +
    '| Removal   | PMMA bead chain pulled out from under the fascia lata |\n' +
    '| Count     | 20 of 20 beads counted                              |\n';
  it('"Indication: Planned removal ... CRP normal." / blank / a table telling the removal: the removal is today\'s', () => {
    const note = 'Operation Note\nSurgeon: Dr. X\n\nIndication: Planned removal of the bead chain placed 2 weeks ago. CRP normal.\n\n' + table + '\nPlan: staples out in 14 days.\n';
    for (const t of layouts(note)) {
      expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
    }
  });
  it('(guard) "Prior staged care:" introducing the table keeps it history', () => {
    const note = 'Operation Note\nSurgeon: Dr. X\nProcedure: Split skin graft to the left thigh (15100).\n\nIndication: Healed wound. Prior staged care:\n\n' + table.replace('Operation', 'Earlier op ').replace('Removal  ', 'At 2 weeks') + '\nPlan: dressing in 5 days.\n';
    for (const t of layouts(note)) {
      expect(events(checkNoteAll(t))).toEqual([]);
    }
  });
});
