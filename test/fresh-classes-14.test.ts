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

describe('a place measured from ("its tip 1 cm above the ankle joint", "two fingerbreadths proximal to the knee") is a reference point, not where the device went', () => {
  it('a canal rod whose tip is located against a joint is one intramedullary device', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal of the infected femoral nail (20680); reaming of the canal.\n' +
      'On the back table 40 g of PMMA was mixed by hand with 2 g of vancomycin and rolled around a threaded rod in a chest tube.\n' +
      'The antibiotic cement rod was passed into the femoral canal under fluoroscopy, its tip 2 cm above the knee joint and\n' +
      'the proximal end two fingerbreadths from the hip joint capsule.\n' +
      'Plan: rod out at the second stage in 6 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'placement-site')).toBe('pass');
    }
  });
  it('beads laid beneath the fascia "5 cm proximal to the ankle joint" are deep, not in the joint', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the distal tibia osteomyelitis (11044).\n' +
      'We mixed 20 g of PMMA with 1 g of vancomycin and rolled 15 beads by hand.\n' +
      'The beads were laid beneath the crural fascia in the debrided bed 5 cm proximal to the ankle joint.\n' +
      'Plan: beads out in 6 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
    }
  });
  it('(guard) a spacer placed into the knee joint is still in the joint when a distance is told of something else', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal of the infected knee prosthesis (27488).\n' +
      'Two 40 g bags of PMMA were mixed by hand with 4 g of vancomycin and molded into a spacer 2 cm thick.\n' +
      'The spacer was placed into the knee joint.\n' +
      'Plan: reimplantation after 8 weeks of antibiotics, spacer out then.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
});

describe('an options or consent talk ("Discussion:", "We reviewed a two-stage exchange: ...", "I explained ...") tells no device placed today', () => {
  const preop = (discussion: string) =>
    'PRE-OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    'Diagnosis: infected right total knee arthroplasty.\n' +
    'Planned procedure: washout of the right knee, possible removal of the components.\n' +
    discussion +
    '[X] Consent signed\n' +
    'Surgery is booked for Monday.\n';
  it('a section titled only "Discussion" that walks through a spacer', () => {
    const note = preop('Discussion: Two-stage revision. Removal of the implants, hand-made vancomycin cement spacer placed in the\nknee joint for 8 weeks, then reimplantation.\n');
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
  it('"We reviewed ..." and "I explained ..." with a colon list of the stages', () => {
    for (const verb of ['We reviewed', 'I explained', 'We went over']) {
      const note = preop(`Talk with patient: ${verb} the two-stage route: removal of the implants, insertion of an antibiotic cement spacer in the knee, six weeks of antibiotics, then a new knee.\n`);
      for (const t of layouts(note)) expect(events(checkNoteAll(t)), verb).toEqual([]);
    }
  });
  it('(guard) an operative note\'s spacer placed today is still an event beside such a talk', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal of the infected right knee prosthesis (27488); antibiotic spacer.\n' +
      'Discussion: We reviewed the options before surgery and chose a two-stage exchange.\n' +
      'Description: The components were removed. Two 40 g bags of PMMA were mixed by hand with 4 g of vancomycin, molded into\n' +
      'a spacer and placed into the knee joint.\n' +
      'Plan: spacer out at reimplantation in 8 weeks.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
});

describe("an editing trail: a superseded named version and an edit line's old value document nothing", () => {
  it('"ORIGINAL NOTE" followed by "AMENDED NOTE": the site of the original is not the site of the note', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      '\n' +
      '--- ORIGINAL VERSION (signed 10:12) ---\n' +
      'Procedure: Debridement of the left femur (11044); antibiotic beads into the femoral canal.\n' +
      'Details: 30 PMMA beads with gentamicin, hand rolled, placed into the femoral canal.\n' +
      '\n' +
      '--- AMENDED VERSION (signed next morning) ---\n' +
      'Procedure: Debridement of the left femur (11044); antibiotic beads into the bony defect.\n' +
      'Details: 40 g of PMMA mixed with 1 g gentamicin, rolled by hand into 30 beads and placed into the bony defect.\n' +
      'Plan: beads out in 4 weeks.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:unspecified']);
  });
  it('(guard) with no replacing version, an "original note" heading is the note itself', () => {
    const note =
      'ORIGINAL NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the left femur (11044); antibiotic beads into the femoral canal.\n' +
      'Details: 40 g of PMMA mixed with 1 g gentamicin, rolled by hand into 30 beads and placed into the femoral canal.\n' +
      'Plan: beads out in 4 weeks.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
  it('"Edited by Dr. X: changed \'tobramycin 1.2 g\' to \'antibiotic\'": the old value names no drug', () => {
    for (const [q1, q2] of [['"', '"'], ['\u201c', '\u201d']]) {
      const note =
        'OPERATIVE NOTE\n' +
        'Surgeon: Dr. X\n' +
        'Procedure: Removal of the tibial nail (20680); reaming; antibiotic cement rod into the tibial canal.\n' +
        `Edited by Dr. X at 09:40: changed ${q1}40 g PMMA with tobramycin 1.2 g${q2} to ${q1}40 g antibiotic PMMA${q2}.\n` +
        'Details: 40 g antibiotic PMMA was mixed by hand, molded in a chest tube into an 8 mm rod and inserted into the tibial canal.\n' +
        'Plan: rod removal in 6 weeks.\n';
      for (const t of layouts(note)) expect(el(checkNoteAll(t), '20702', 'drug')).toBe('fail');
    }
  });
});

describe('"Stage 1 of a planned two-stage revision" heads the stage done now, not an earlier operation', () => {
  it('the spacer listed under such a heading is placed today, in the joint its item names', () => {
    const note =
      'OPERATIVE REPORT\n' +
      'Surgeon: Dr. X\n' +
      '\n' +
      'Operation:\n' +
      '  Stage 1 of a planned two-stage revision, left hip:\n' +
      '  - Removal of the femoral and acetabular components (27091)\n' +
      '  - Articulating antibiotic cement spacer, made in theatre, placed in the hip joint\n' +
      '\n' +
      'Details: Two 40 g packs of Palacos were mixed by hand with 4 g vancomycin and molded over a rod into a spacer.\n' +
      'The spacer was then placed.\n' +
      'Plan: second stage in 8 weeks with spacer removal.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intra-articular']);
      expect(el(rs, '20704', 'primary-procedure')).toBe('pass');
    }
  });
});

describe('an aim told before the act ("with the intention of placing", "intending to", "with a view to") places nothing', () => {
  it('a rod aimed at and then abandoned is no event', () => {
    for (const aim of ['with the intention of placing', 'intending to place', 'with a view to placing', 'with the aim of inserting']) {
      const note =
        'OPERATIVE NOTE\n' +
        'Surgeon: Dr. X\n' +
        'Procedure: Debridement of the right tibia with partial reaming (11044).\n' +
        `Details: The tibial canal was opened ${aim} an antibiotic cement rod into the tibial canal, and 40 g of PMMA with 2 g\n` +
        'of vancomycin was mixed. A crack appeared in the cortex, reaming stopped and the cement was thrown away.\n' +
        'Plan: return for fixation next week.\n';
      for (const t of layouts(note)) expect(events(checkNoteAll(t)), aim).toEqual([]);
    }
  });
  it('(guard) a rod placed after a sentence that says why is still placed', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Debridement of the right tibia and reaming (11044).\n' +
      'Details: The canal was reamed to 11 mm. 40 g of PMMA with 2 g of vancomycin was mixed by hand and molded into an 8 mm rod,\n' +
      'which was inserted into the tibial canal to fill the dead space.\n' +
      'Plan: rod out in 6 weeks.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('what a nursing log counts is no amount of the device: the minutes of a clock time, a supply logged as wasted', () => {
  it('"10:10  beads implanted" and "Stimulan 10 cc ... WASTED" leave hand-rolled beads with no amount', () => {
    const note =
      'PERIOPERATIVE RECORD\n' +
      'Surgeon: Dr. X\n' +
      'Event log\n' +
      '  09:58  calcium sulfate kit 10 cc  LOT K77Q  WASTED\n' +
      '  10:10  beads implanted, deep thigh\n' +
      '  10:25  closure\n' +
      'OPERATIVE NOTE\n' +
      'Procedure: Drainage of a deep thigh abscess (27301).\n' +
      'Details: PMMA with gentamicin was mixed by hand on the back table and rolled into beads, which were placed in the abscess\n' +
      'cavity beneath the fascia lata.\n' +
      'Plan: bead removal in 3 weeks.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'quantity')).toBe('fail');
    }
  });
  it('(guard) "10 beads" written as a count is an amount', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Drainage of a deep thigh abscess (27301).\n' +
      'Details: PMMA with gentamicin was mixed by hand and rolled into 10 beads, placed beneath the fascia lata.\n' +
      'Plan: bead removal in 3 weeks.\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('pass');
  });
});

describe("another service's note in the same document (an infectious-diseases consult or follow-up) is not the surgeon's documentation", () => {
  const op =
    'OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    'Procedure: Debridement of the right thigh abscess (27301); antibiotic beads beneath the fascia lata.\n' +
    'Details: The bead powder was mixed by hand with 1 g vancomycin and rolled into 20 beads, placed beneath the fascia lata.\n' +
    'Plan: bead removal in 3 weeks.\n';
  const id =
    'INFECTIOUS DISEASES FOLLOW-UP NOTE (day 1)\n' +
    'Dr. Y, Infectious Diseases\n' +
    'Read the operative note: 20 PMMA beads with vancomycin beneath the fascia lata. Levels will be high locally.\n' +
    'Plan:\n' +
    '- IV cefazolin pending cultures.\n';
  it('the ID note below the operative note names a carrier the surgeon never names: the carrier still fails', () => {
    for (const t of layouts(op + '\n' + id)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'carrier')).toBe('fail');
    }
  });
  it('(guard) a plan bullet "Infectious disease consult; IV antibiotics" is the plan of the note, not another note', () => {
    const note = op.replace('Plan: bead removal in 3 weeks.\n', 'Plan:\n- Infectious disease consult; IV antibiotics per cultures.\n- Return in 3 weeks for bead removal.\n')
      .replace('The bead powder', 'PMMA bone cement');
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'staged-removal')).toBe('pass');
  });
});

describe('"today" told as the time of a plan ("with removal planned at this time") dates the plan, not the sentence', () => {
  const removal = (history: string) =>
    'OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    history +
    'Procedure: Removal of the antibiotic PMMA beads from beneath the fascia lata of the right thigh.\n' +
    'Description: The fascia lata was opened and the chain removed; all 24 of 24 beads were accounted for. Wound closed.\n' +
    'Plan: clinic in two weeks.\n';
  it('a placement told with an earlier time and a plan "at this time" is the earlier placement', () => {
    for (const plan of ['with removal planned at this time', 'with a return scheduled for this operation']) {
      const note = removal(`Patient: 79-year-old woman. Four weeks ago, at the debridement of the infected plate, a chain of 24 vancomycin PMMA beads was placed beneath the\nfascia lata of the right thigh, ${plan}.\n`);
      for (const t of layouts(note)) expect(events(checkNoteAll(t)), plan).toEqual(['remove:deep']);
    }
  });
  it('(guard) a long sentence whose opening phrase sets the earlier time tells the earlier placement', () => {
    const note = removal('Patient: 79-year-old woman. Four weeks ago, after a long debridement of the infected lateral femoral plate and of the dead muscle around it,\na chain of 24 vancomycin PMMA beads was placed beneath the fascia lata of the right thigh.\n');
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('French, as bilingual notes from Quebec and New Brunswick write it: the devices, sites, actions and sections', () => {
  it('a tibial cement rod and its removal plan, written in French', () => {
    const note =
      'PROTOCOLE OPÉRATOIRE\n' +
      'Chirurgien : Dr X\n' +
      'Intervention : ablation du clou tibial infecté (CPT 20680), alésage du canal, mise en place d\'une tige de ciment antibiotique.\n' +
      'Description : Le clou a été retiré. Le canal médullaire a été alésé à 11 mm. Sur la table arrière, 40 g de ciment osseux ont été\n' +
      'mélangés à la main avec 2 g de vancomycine et moulés dans un drain thoracique. La tige a été insérée dans le canal tibial.\n' +
      'Plan : retrait de la tige prévu au deuxième temps, dans 6 semaines.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      for (const id of ['placement-site', 'drug', 'carrier', 'fabrication', 'quantity', 'staged-removal']) expect(el(rs, '20702', id), id).toBe('pass');
    }
  });
  it('beads removed from under the fascia, counted, in French', () => {
    const note =
      'PROTOCOLE OPÉRATOIRE\n' +
      'Chirurgien : Dr X\n' +
      'Intervention : retrait des billes de ciment antibiotique sous le fascia de la cuisse droite, deuxième temps prévu.\n' +
      'Description : Le fascia a été ouvert; le chapelet de billes a été retiré. Toutes les billes ont été retirées (22 sur 22).\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:deep']);
      expect(el(rs, '20701', 'completeness')).toBe('pass');
    }
  });
  it('(guard) a prosthesis stem ("tige fémorale") is no cement rod', () => {
    const note =
      'PROTOCOLE OPÉRATOIRE\n' +
      'Chirurgien : Dr X\n' +
      'Intervention : reprise de prothèse de hanche; la tige fémorale a été retirée et une nouvelle tige fémorale cimentée a été insérée.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a brief note typed on a phone: shorthand for beads and cement ("abx bds x20", "cmt rod") and a "dx:" line that ends at its line', () => {
  it('"abx bds x20 placed ... deep to fascia" in a lower-case note with no full stops', () => {
    const note =
      'r calf abscess I&D - Dr. X\n' +
      'dx: deep posterior compartment abscess r leg\n' +
      '1. I&D deep abscess r calf (27603), necrotic muscle out\n' +
      '2. pmma + vanc 1g mixed by us, rolled -> abx bds x20\n' +
      '3. bds placed in the abscess cavity deep to fascia\n' +
      'plan: back in 3 wk for bds out\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      for (const id of ['drug', 'carrier', 'fabrication', 'quantity', 'staged-removal']) expect(el(rs, '20700', id), id).toBe('pass');
    }
  });
  it('"cmt" is the cement of a rod: "vanc/tobra cmt rod into the r fem canal"', () => {
    const note =
      'r fem osteo - Dr. X\n' +
      'dx: infected r fem nail\n' +
      '1. nail out (20680), canal reamed to 13\n' +
      '2. 40g cmt + vanc 2g + tobra 2.4g mixed by us, molded in 40fr chest tube -> 10mm cmt rod\n' +
      '3. vanc/tobra cmt rod into the r fem canal\n' +
      'plan: rod out ~6 wk\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'carrier')).toBe('pass');
    }
  });
});

describe('in a description in prose, a long line that does not end a sentence goes on in the next, however the note is cased', () => {
  it('"... lifted out of its bed lying" / "beneath the fascia: 22 of 22 beads" keeps its site in every case', () => {
    const note =
      'Operative note\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal of antibiotic PMMA beads, right thigh (11043 debridement).\n' +
      'Description:\n' +
      'The old incision was reopened and the chain of PMMA beads was then lifted out of its bed lying\n' +
      'beneath the fascia: 22 of 22 beads, all counted, wire intact. Planned second stage.\n';
    for (const t of [note, note.toUpperCase(), note.toLowerCase()]) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('a note whose first letter is lower case is written in lower case: its line starts say nothing of where sentences go on', () => {
  it('"cavity clean, no pus" on one line does not negate the pellets packed two lines below', () => {
    const note =
      'r thigh abscess stage 2 - Dr. X\n' +
      'today: old incision opened -> bds out of the subfascial cavity, 14/14 counted\n' +
      'cavity clean, granulating, no pus, cx x3 sent\n' +
      'excisional debridement fascia/muscle (11043)\n' +
      'stimulan 10cc + vanc 1g mixed by us -> pellets packed in the subfascial cavity\n' +
      'skin closed over drain\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:deep', 'insert:deep']);
    }
  });
});

describe('a radio button answers like a check box: "( )" is not chosen, "(x)" or "(•)" is', () => {
  const form = (prep: string, device: string) =>
    'SYNOPTIC OPERATIVE REPORT\n' +
    'Surgeon: Dr. X\n' +
    'Procedure: Removal of the infected knee prosthesis (27488); antibiotic spacer.\n' +
    `Local antibiotic device: ${device}\n` +
    'Spacer: static block, Palacos R 2 x 40 g with vancomycin 4 g, placed in the knee joint\n' +
    `Prepared:  ${prep}\n` +
    'Plan: reimplantation in 8 weeks with spacer removal.\n';
  it('"(x) Hand-made by team  ( ) Prefabricated": the spacer was made by the team', () => {
    for (const t of layouts(form('(x) Hand-made by team  ( ) Prefabricated', '(x) Yes  ( ) No'))) expect(el(checkNoteAll(t), '20704', 'fabrication')).toBe('pass');
  });
  it('"( ) Hand-made by team  (\u2022) Prefabricated": a prefabricated spacer', () => {
    for (const t of layouts(form('( ) Hand-made by team  (\u2022) Prefabricated', '(x) Yes  ( ) No'))) expect(el(checkNoteAll(t), '20704', 'fabrication')).toBe('fail');
  });
  it('(guard) "Local antibiotic device (beads/rod/spacer): ( ) Yes  (x) No" in a nailing note places no device', () => {
    const note =
      'SYNOPTIC OPERATIVE REPORT\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Intramedullary nailing of the left femur (27506)\n' +
      'Antibiotic-coated nail ...... ( ) Yes  (x) No\n' +
      'Local antibiotic device (beads/rod/spacer):  ( ) Yes  (x) No\n' +
      'Narrative: the canal was reamed and a 11 x 380 mm nail was inserted; vancomycin powder 1 g in the wounds.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a form line whose label runs to 48 characters ("Local antibiotic device (beads/rod/spacer):") is a field of its own, not the wrapped end of the line above', () => {
  it('(guard) a nailing note that answers "No" keeps no device when the line above it fills the wrap width', () => {
    const note =
      'SYNOPTIC OPERATIVE REPORT\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Reamed intramedullary nailing of the right tibia (27759)\n' +
      'Nail ............... titanium 10 x 345 mm, two screws at each end\n' +
      'Vancomycin powder .. 1 g sprinkled in the incisions before closure\n' +
      'Local antibiotic device (beads/rod/spacer):  ( ) Yes  (x) No\n' +
      '\n' +
      'Narrative: the canal was reamed and the nail inserted; wounds closed.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
  it('a checklist whose two-dot leaders and 42-character label keep their lines when wrapped: the "No" answers keep the nailing note free of devices', () => {
    const note =
      'LAKESIDE CLINICS | Trauma Synoptic Operative Report\n' +
      'Surgeon: Dr. X        Assistant: PA        Anesthesia: spinal\n' +
      '\n' +
      'Diagnosis: Closed left femoral shaft fracture\n' +
      'Procedure: Antegrade reamed nailing of the left femoral shaft (27506)\n' +
      '\n' +
      'Implant ............ [X] Intramedullary nail  [ ] Plate  [ ] External fixator\n' +
      'Nail ............... titanium, 11 x 380 mm, 2 proximal / 2 distal screws\n' +
      'Antibiotic-coated .. ( ) Yes  (x) No\n' +
      'Reaming ............ to 12.5 mm\n' +
      'Vancomycin powder .. 1 g applied to the incisions before closure\n' +
      'Local antibiotic device (beads/rod/spacer):  ( ) Yes  (x) No\n' +
      '\n' +
      'Narrative\n' +
      'Supine on the fracture table. The entry point was made at the piriformis\n' +
      'fossa, the canal reamed to 12.5 mm and an 11 by 380 mm nail inserted.\n' +
      'Vancomycin powder was sprinkled into the wounds, closed in layers.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});
