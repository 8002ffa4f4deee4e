/**
 * Sentences written fresh for the classes fixed in stop 31: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
import { layouts } from './helpers/layouts.js';

describe('a supply-log row whose status says the item was not used (wasted, opened in error, returned) names no material of the device', () => {
  const head =
    'OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    'Procedure: Debridement of the infected left femur with reaming of the canal (27303).\n' +
    'Description: The canal was reamed and irrigated. Antibiotic beads were hand rolled on the back table with 2 g vancomycin in the mix, and 18 beads were packed into the femoral canal.\n' +
    'Plan: bead removal in 6 weeks.\n' +
    '\n' +
    'IMPLANT LOG\n';
  it('"Palacos R 40 g ... opened in error - wasted": the carrier is not named', () => {
    const note = head + 'Antibiotic beads, hand made       qty 18   implanted, femoral canal\nPalacos R 40 g   lot PR-1182   qty 1   opened in error - wasted\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'carrier')).toBe('fail');
      expect(el(rs, '20702', 'drug')).toBe('pass');
    }
  });
  it('a pipe-table row "| Copal G+C 40 g | CG-22 | 1 | Returned unopened |": the carrier is not named', () => {
    const note = head + '| Item | Lot | Qty | Status |\n|---|---|---|---|\n| Antibiotic beads | - | 18 | Implanted |\n| Copal G+C 40 g | CG-22 | 1 | Returned unopened |\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20702', 'carrier')).toBe('fail');
  });
  it('(guard) the same row with the status "Used - beads": the carrier is named', () => {
    const note = head + '| Item | Lot | Qty | Status |\n|---|---|---|---|\n| Antibiotic beads | - | 18 | Implanted |\n| Copal G+C 40 g | CG-22 | 1 | Used - beads |\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20702', 'carrier')).toBe('pass');
  });
});

describe('a line under a rule line ("______", "=====") that reads as a title heads a new part of the note, known title or not', () => {
  const body =
    'OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    'Procedure: Debridement of the infected right calcaneus (28120); antibiotic beads deep to the plantar fascia.\n' +
    'Description: The cavity was curetted. Calcium sulfate was mixed by hand with 1 g vancomycin and 240 mg gentamicin in the bead mat, and 24 beads were packed into the cavity deep to the plantar fascia.\n' +
    'Plan: the beads dissolve; no removal planned.\n' +
    '\n' +
    'Attending attestation: I was present for the whole procedure. Dr. X\n' +
    '\n';
  const record = (rule: string, title: string) =>
    body + rule + '\n' + title + '\n' + '[x] Calcium sulfate 10 cc kit, hand mixed\n' + '[ ] Prefabricated antibiotic beads -- not used\n' + '[x] Antibiotic beads x 24 -- implanted, R heel\n';
  it('"CIRCULATING RN RECORD" under "________": the unchecked box of another product is not the attending\'s correction', () => {
    for (const t of layouts(record('_'.repeat(50), 'CIRCULATING RN RECORD'))) expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
  });
  it('"Perioperative nursing record (RN)" under "=========="', () => {
    for (const t of layouts(record('='.repeat(40), 'Perioperative nursing record (RN)'))) expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
  });
  it('(guard) with no rule, a known title still heads the record', () => {
    for (const t of layouts(record('', 'IMPLANT RECORD'))) expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
  });
});

describe('a device item of a procedure line, with its way in right after it ("abx beads into joint"), is a placement when nothing else in the note places that form', () => {
  const note = (proc: string, more = '') =>
    'BRIEF OP NOTE\n' +
    'Pre-op dx: infected L TKA\n' +
    `Procedure: ${proc}\n` +
    'Surgeon: Dr. X   Anes: GA\n' +
    'Findings: pus in the joint, loose tibial tray.\n' +
    more +
    'EBL 300. Cx x5. No comps.\n';
  it('"Removal of L TKA components (27488); debridement; vanc PMMA beads into knee joint": inserted in the joint', () => {
    for (const t of layouts(note('Removal of L TKA components (27488); debridement; vanc PMMA beads into knee joint'))) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
  it('"Explant of components, synovectomy, gentamicin cement chain into the joint space": inserted in the joint', () => {
    for (const t of layouts(note('Explant of components, synovectomy, gentamicin cement chain into the joint space'))) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
  it('(guard) when the narrative places the beads elsewhere, the item is a fragment of that placement', () => {
    const more = 'Gentamicin PMMA beads were then packed into the tibial canal after reaming.\n';
    for (const t of layouts(note('Removal of L TKA components (27488); debridement; vanc PMMA beads into the defect', more))) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('"and then" / "then" before an action noun with its of-phrase joins it to the noun before, in the same context ("prior washouts with insertion and then retrieval of beads")', () => {
  // (one dictated paragraph with no headings: no history section decides the context)
  const note = (hpi: string) =>
    `Dr. X, third look of the right thigh wound in a 40-year-old man who ${hpi} Today the wound base was excised back to bleeding tissue (11043), ` +
    'irrigated with 3 liters and covered with a negative-pressure dressing; EBL 30 mL.\n';
  it('"two previous washouts with insertion and then retrieval of tobramycin PMMA beads from the thigh": no event today', () => {
    for (const t of layouts(note('has had two previous washouts with insertion and then retrieval of tobramycin PMMA beads from the thigh.'))) expect(events(checkNoteAll(t))).toEqual([]);
  });
  it('"a prior debridement with placement, then removal of gentamicin beads beneath the fascia": no event today', () => {
    for (const t of layouts(note('had a prior debridement with placement, then removal of gentamicin beads beneath the fascia.'))) expect(events(checkNoteAll(t))).toEqual([]);
  });
  it('(guard) "then" before a clause still ends the earlier context: the beads placed today are an event', () => {
    const text =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Excisional debridement of the right thigh (11043).\n' +
      'Description: The prior incision was opened and the necrotic fascia excised, and then vancomycin PMMA beads rolled by hand on the back table were placed beneath the fascia lata.\n' +
      'Plan: bead removal in one week.\n';
    for (const t of layouts(text)) expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
  });
});

describe('a past-tense verb right after its subject pronoun ("so today we excised") governs the device after it, never one named before it', () => {
  it('a rod "doing its job" earlier in the sentence is not what "we excised"', () => {
    const note =
      'Dr. X: return to theatre for the left tibia wound of a man whose antibiotic cement rod sits in the tibial canal from the first stage; the rod is doing its job on the films but the wound edge is dusky, so today we excised the wound edge back to bleeding skin and closed it over a drain (11042); we will come back in four weeks for removal of the rod and grafting.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
  it('(guard) a spacer "well fixed" before "I then debrided" is not removed', () => {
    const note =
      'Dr. X. The right knee spacer placed at the first stage was found well fixed with no loosening and was left in place, and the wound sinus tracked superficially, so I then debrided the sinus tract and the subcutaneous tissue (11042) and closed in layers.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
  it('(guard) a device fronted right before its subject is that verb\'s object: "the beads we placed deep to the fascia"', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Drainage of a deep forearm abscess (25031), antibiotic beads.\n' +
      'Description: The abscess under the fascia was drained and debrided. Stimulan 5 cc we mixed with 240 mg tobramycin and pressed in the mat, and after hardening the beads we placed deep to the fascia in the dead space.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
  });
});

describe('a time "ago" that opens its clause, before the verb, makes that clause past ("who three weeks ago had his nail removed and a rod placed")', () => {
  it('one-paragraph dictation: the removal and placement three weeks ago are no events today', () => {
    const note =
      'Repeat debridement of the right femur wound for a 50-year-old woman who two weeks ago had her plate removed and antibiotic beads placed beneath the vastus lateralis; today the wound edges were excised to bleeding tissue (11042) and closed over a drain, and the beads were not disturbed. Dr. X\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
  it('(guard) "placed 3 weeks ago" after its verb stays past, and today\'s removal is an event', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Removal of antibiotic beads from the left thigh (20680).\n' +
      'Description: The tobramycin PMMA beads placed 3 weeks ago beneath the fascia lata were all removed, 20 of 20, and the wound was closed for infection control.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('"N weeks out from <an operation>" dates that operation: what its clause places was placed then', () => {
  it('"eight weeks out from resection of the infected hip with placement of a gentamicin spacer": today only removes the spacer', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Second stage, left hip: removal of the antibiotic spacer and revision total hip arthroplasty (27134).\n' +
      'Description: She is eight weeks out from resection of the infected hip with placement of a gentamicin PMMA spacer molded by hand; today, through the old incision, the spacer was removed from the hip joint intact and the new components were implanted.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
  it('"3 wks out from explant with insertion of a tobramycin cement rod": the rod was placed then', () => {
    const note =
      'Brief op note. Surgeon: Dr. X.\nIndication: 3 wks out from explant of the infected tibial nail with insertion of a tobramycin cement rod; wound breakdown today, rod left in place.\nProcedure: excisional debridement of the leg wound (11043), closure over a drain.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('the old spacer of a spacer exchange came out of the joint the new one goes into, when its removal names no place', () => {
  it('"spacer exchange, left knee" / "the antibiotic spacer was taken out in one piece" / a new spacer pressed into the knee joint', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: spacer exchange, left knee; repeat synovectomy.\n' +
      'Description: Pus around the spacer. The antibiotic spacer was taken out in one piece, and the debris was cleared from the femoral and tibial surfaces with a curette.\n' +
      'New spacer: two 40 g packs of Palacos R were mixed by hand with 4 g vancomycin and moulded into a static spacer, pressed into the knee joint between the femur and the tibia.\n' +
      'Plan: second stage in 8 weeks.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t)).sort()).toEqual(['insert:intra-articular', 'remove:intra-articular']);
  });
  it('(guard) beads of a bead exchange taken out of "the wound" keep no site when the new beads go beneath the fascia', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Bead exchange, right leg.\n' +
      'Description: The old beads were pulled out of the wound, 20 of 20. Fresh tobramycin PMMA beads rolled by hand on the back table were laid beneath the fascia.\n' +
      'Plan: removal in 2 weeks.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t)).sort()).toEqual(['insert:deep', 'remove:unspecified']);
  });
});

describe('"one" before a plural device noun is no count of it ("at the second one antibiotic beads were placed")', () => {
  const note = (desc: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of the left tibia (11044); antibiotic beads deep to the fascia.\n' +
    `Description: ${desc}\n` +
    'Plan: bead removal in 2 weeks.\n';
  it('"after the second one antibiotic beads rolled by hand ... were laid beneath the fascia": no amount', () => {
    for (const t of layouts(note('The wound was debrided and washed twice; after the second one antibiotic beads rolled by hand from vancomycin PMMA on the back table were laid beneath the fascia.'))) {
      expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('fail');
    }
  });
  it('(guard) "one chain of 12 beads" still counts', () => {
    for (const t of layouts(note('The wound was debrided; one chain of 12 vancomycin PMMA beads rolled by hand on the back table was laid beneath the fascia.'))) {
      expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('pass');
    }
  });
});

describe('a count that names its noun counts it, whatever the phrase after it says ("twelve 6 mm beads on 24-gauge wire")', () => {
  it('"ten 5 mm beads strung on 22-gauge wire" is the beads\' amount', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Saucerization of the left calcaneus (28120); antibiotic beads in the cavity.\n' +
      'Description: Vancomycin and tobramycin PMMA, mixed by hand on the back table, was rolled into ten 5 mm beads on 22-gauge wire, and the chain was packed into the saucerized cavity.\n' +
      'Plan: bead removal in 6 weeks.\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('pass');
  });
  it('(guard) "20 beads wasted" is still no amount of the placed device', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Saucerization of the left calcaneus (28120); antibiotic beads in the cavity.\n' +
      'Description: Vancomycin PMMA beads, rolled by hand on the back table, were packed into the saucerized cavity.\nImplant log: commercial beads, 20 beads wasted.\n' +
      'Plan: bead removal in 6 weeks.\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('fail');
  });
});

describe('a device made from what was left of a mix made for another device takes none of that mix\'s amounts', () => {
  const note = (beads: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Exchange nailing of the right tibia (27720) with an antibiotic-coated nail; antibiotic beads deep to the fascia.\n' +
    'Details:\n' +
    '- Canal reamed to 12 mm and irrigated.\n' +
    '- Cement: one 40 g pack of PMMA mixed by hand with 2 g vancomycin.\n' +
    '- Nail: cement injected into a chest tube around a 10 x 330 mm nail; the coated nail was inserted into the tibial canal.\n' +
    `- Beads: ${beads}\n` +
    'Plan: remove the beads in 6 weeks; the nail stays.\n';
  it('"the cement left in the bowl was rolled into beads, laid beneath the fascia": the beads have no amount, the nail keeps its own', () => {
    for (const t of layouts(note('the cement left in the bowl was rolled by hand into beads, which were laid beneath the fascia.'))) {
      const rs = checkNoteAll(t);
      expect(events(rs).sort()).toEqual(['insert:deep', 'insert:intramedullary']);
      expect(el(rs, '20700', 'quantity')).toBe('fail');
      expect(el(rs, '20702', 'quantity')).toBe('pass');
    }
  });
  it('(guard) "the remaining two packs were rolled into beads" is an amount of their own', () => {
    for (const t of layouts(note('the remaining two packs of Palacos R, mixed with gentamicin, were rolled by hand into beads, which were laid beneath the fascia.'))) {
      expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('pass');
    }
  });
});

describe('a plan for the device gives its time every way plans write it: hours, POD, day, weekday, before or after the removal', () => {
  const note = (plan: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Irrigation and debridement of the left leg (27603); antibiotic beads.\n' +
    'Description: Tobramycin PMMA beads, 16 in number, rolled by hand on the back table, were laid deep to the fascia.\n' +
    `Plan: ${plan}\n`;
  for (const plan of [
    'Beads out and closure planned on POD 4.',
    'Second look at 36-48 h, when the beads will be taken out.',
    'Relook on POD 6-8: removal of the bead chain and closure.',
    'Washout and removal of the beads on Thursday\'s list.',
  ]) {
    it(`"${plan}": a staged removal`, () => {
      for (const t of layouts(note(plan))) expect(el(checkNoteAll(t), '20700', 'staged-removal')).toBe('pass');
    });
  }
  it('(guard) "Back to theatre in 72 hrs with retrieval of the chain.": a staged removal', () => {
    for (const t of layouts(note('Back to theatre in 72 hrs with retrieval of the chain.'))) expect(el(checkNoteAll(t), '20700', 'staged-removal')).toBe('pass');
  });
  for (const plan of ['Suture removal on POD 14.', 'Wound check in 2 weeks and stitch removal.', 'On POD 10 the staples will be removed.']) {
    it(`(guard) "${plan}": the removal of something else`, () => {
      for (const t of layouts(note(plan))) expect(el(checkNoteAll(t), '20700', 'staged-removal')).toBe('warn');
    });
  }
});

describe('in a note without case, a line that ends with a number inside a phrase ("... IN 4 TO 6") goes on into a one-word "label" on the next line ("WEEKS: BEAD REMOVAL")', () => {
  // (hard-wrapped at 60 columns, as the dictation system printed it)
  const note = [
    'OPERATIVE NOTE',
    'SURGEON: DR. X',
    'PROCEDURE: DEBRIDEMENT OF THE LEFT THIGH ABSCESS (27301) AND',
    'PLACEMENT OF ANTIBIOTIC BEADS DEEP TO THE FASCIA LATA.',
    '',
    'DESCRIPTION: THE ABSCESS WAS OPENED THROUGH A LATERAL',
    'INCISION AND THE FASCIA LATA WAS DIVIDED. ABOUT 200 ML OF',
    'PUS WAS DRAINED AND THE NECROTIC MUSCLE WAS EXCISED BACK TO',
    'BLEEDING TISSUE. TWENTY VANCOMYCIN PMMA BEADS, ROLLED BY',
    'HAND ON THE BACK TABLE, WERE PLACED DEEP TO THE FASCIA LATA.',
    'THE FASCIA WAS CLOSED OVER THE BEADS AND A DRAIN WAS LEFT.',
    '',
    'ADDENDUM 03/04 DR. X: RETURN TO THE OPERATING ROOM IN 4 TO 6',
    'WEEKS: BEAD REMOVAL AND CLOSURE ONCE THE WOUND IS CLEAN.',
    '',
  ].join('\n');
  it('the bead removal is the plan, not a removal today', () => {
    const rs = checkNoteAll(note);
    expect(events(rs)).toEqual(['insert:deep']);
    expect(el(rs, '20700', 'staged-removal')).toBe('pass');
  });
});

describe('a return to the operating room with its time, before a colon, makes what follows the colon its plan ("Return to theatre in 10 days: bead removal")', () => {
  it('an addendum "return to theatre in 10 days: bead removal and closure": no removal today', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of the right calcaneus (28120) with antibiotic beads.\n' +
      'Description: Gentamicin PMMA beads, 12 in number, rolled by hand, were packed into the saucerized calcaneal cavity.\n' +
      'Addendum 14:10 Dr. X: return to theatre in 10 days: bead removal and closure.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
  });
});

describe('speech recognition that nobody corrected: a drug name split into short sound-alike words is that drug; "bee\'s" are beads; "palace OS" is Palacos', () => {
  const note = (drug: string, form = 'beads', carrier = 'PMMA') =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of the right tibia (11044) and antibiotic beads into the tibial canal.\n' +
    `Description: One 40 gram bag of ${carrier} was mixed by hand with 1 gram of ${drug} comma rolled into 18 ${form} comma which were placed into the tibial intramedullary canal period\n` +
    'Plan: return to the OR in three weeks for bead removal period\n';
  for (const drug of ['dap toe my sin', 'ami ka sin', 'gent a my sin']) {
    it(`"${drug}" is a named drug`, () => {
      for (const t of layouts(note(drug))) expect(el(checkNoteAll(t), '20702', 'drug')).toBe('pass');
    });
  }
  it('"hand made antibiotic bee\'s placed into the ankle joint" is a bead placement in the joint, with its count', () => {
    const text =
      "OPERATIVE NOTE\nSurgeon: Dr. X\nProcedures: arthrotomy of the left ankle (27610); hand made antibiotic bee's placed into the ankle joint.\n" +
      "Description: the joint was washed out, and 14 antibiotic bee's rolled by hand with vancomycin were placed into the tibiotalar joint period\n" +
      'Plan: return to the OR in two weeks for bead removal period\n';
    for (const t of layouts(text)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intra-articular']);
      expect(el(rs, '20704', 'quantity')).toBe('pass');
    }
  });
  it('"palace OS R plus G" is Palacos R+G', () => {
    for (const t of layouts(note('vancomycin', 'beads', 'palace OS R plus G'))) expect(el(checkNoteAll(t), '20702', 'carrier')).toBe('pass');
  });
  it('(guard) "the gent and the" joins into no drug; a stimulant is no Stimulan', () => {
    for (const t of layouts(note('nothing added: the gent and the stimulant'))) expect(el(checkNoteAll(t), '20702', 'drug')).not.toBe('pass');
  });
});

describe('structured data pasted as JSON- or XML-like text is read as its fields, one "Label: value" line each, nested fields under their block', () => {
  it('a JSON export with a device object: the device, its site and its count', () => {
    const note =
      'Periop export (coder paste)\n' +
      '{"surgeon":"Dr. X","procedures":[{"cpt":"11044","text":"Debridement of the left tibia including bone"}],\n' +
      '"localAntibioticDevice":{"used":true,"form":"antibiotic beads","carrier":"PMMA","drugAdded":"vancomycin 2 g",\n' +
      '"count":20,"site":"left tibial intramedullary canal","preparedBy":"surgeon, rolled by hand on the back table"},\n' +
      '"removalPlan":"bead removal in 6 weeks","ebl_mL":100}\n';
    const rs = checkNoteAll(note);
    expect(events(rs)).toEqual(['insert:intramedullary']);
    expect(el(rs, '20702', 'quantity')).toBe('pass');
    expect(el(rs, '20702', 'fabrication')).toBe('pass');
  });
  it('(guard) an XML export with a removal block: the removal, its form and its place, from the block\'s fields', () => {
    const note =
      '<?xml version="1.0"?>\n<Record><Surgeon>Dr. X</Surgeon><Procedure code="27301">Drainage of a deep abscess, right thigh</Procedure>\n' +
      '<DeviceEvent action="removal"><Form>beads</Form><Material>PMMA with tobramycin</Material>\n' +
      '<Site>beneath the fascia lata, right thigh</Site><Count>16 of 16</Count></DeviceEvent>\n<Comment>cavity clean</Comment></Record>\n';
    for (const t of [note, note.replace(/\n/g, '\r\n')]) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
  it('an XML export with a spacer block: the spacer in the hip joint, made by hand, its drugs and cement', () => {
    const note =
      '<OpRecord><Surgeon>Dr. X</Surgeon><Procedures><Item seq="1"><Code>27091</Code><Text>Resection of the infected left hip\n' +
      'arthroplasty</Text></Item><Item seq="2"><Text>Antibiotic cement spacer, left hip</Text></Item></Procedures><Spacer><Kind>static block</Kind><Location>left hip joint, acetabulum\n' +
      'to proximal femur</Location><Cement>Palacos R, 2 x 40 g</Cement><Antibiotic name="vancomycin" amount="4 g"/>\n' +
      '<Antibiotic name="gentamicin" amount="960 mg"/><MadeBy>hand-moulded on the back table by the surgeon</MadeBy>\n' +
      '</Spacer><Plan>Reimplantation in 10 weeks</Plan></OpRecord>\n';
    const rs = checkNoteAll(note);
    expect(events(rs)).toEqual(['insert:intra-articular']);
    expect(el(rs, '20704', 'drug')).toBe('pass');
    expect(el(rs, '20704', 'fabrication')).toBe('pass');
  });
  it('(guard) a note with HTML markup left in is read as before', () => {
    const note = '<p><b>Procedure:</b> Debridement of the left tibia (11044).</p>\n<p>Vancomycin PMMA beads, 20 in number, rolled by hand, were placed deep to the fascia.</p>\n<p><b>Plan:</b> bead removal in 3 weeks.</p>\n';
    expect(events(checkNoteAll(note))).toEqual(['insert:deep']);
  });
});

describe('a supply table that says by its marks that an item was not put in (Y under "Wasted", N under "Implanted") lists no device', () => {
  const note = (table: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Removal of hardware, right ankle (20680).\n' +
    'Narrative: The plate and screws were removed and the screw holes curetted. Frozen sections were negative.\n\nIMPLANT LOG\n' + table;
  it('"| PMMA with gentamicin 40 g | Y | N | Y |" under "| Item | Opened | Implanted | Wasted |": no device', () => {
    const t = '| Item | Opened | Implanted | Wasted |\n|---|---|---|---|\n| PMMA with gentamicin 40 g | Y | N | Y |\n| Tobramycin 1.2 g vial | Y | N | Y |\n';
    for (const x of layouts(note(t))) expect(events(checkNoteAll(x))).toEqual([]);
  });
  it('without outer pipes: "1 | Stimulan 10 cc kit | yes | no | yes"', () => {
    const t = '# | Item | Opened | Implanted | Wasted\n--+------+--------+-----------+-------\n1 | Stimulan 10 cc kit with vancomycin 1 g | yes | no | yes\n';
    for (const x of layouts(note(t))) expect(events(checkNoteAll(x))).toEqual([]);
  });
});

describe('layout classes met this stop: each verdict holds in every layout', () => {
  it('(guard) a column table\'s rule line, cut by a wrap, heads nothing: the drug row under it stays the device\'s', () => {
    const note =
      'OPERATIVE REPORT\nSurgeon: Dr. X\nProcedure: Debridement of the left tibia and antibiotic cement rod into the tibial canal.\n' +
      'Local antibiotics prepared by the team:\n\n' +
      '  Material                      Amount     Use\n' +
      '  ----------------------------  ---------  ---------------------------------\n' +
      '  Palacos R bone cement         1 x 40 g   rod\n' +
      '  vancomycin powder (added)     2 g        mixed into the pack\n\n' +
      'The cement was injected into a chest tube over a guide wire and the rod was inserted into the tibial canal.\n' +
      'Plan: rod removal in 6 weeks.\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20702', 'drug')).toBe('pass');
  });
  it('in capitals, "..., no" at a line end goes on into the next line ("ANTIBIOTIC CHAINS WERE USED"): no device', () => {
    const note =
      'OPERATIVE NOTE\nSURGEON: DR. X\nPROCEDURE: DRAINAGE OF A DEEP THIGH ABSCESS (27301).\n' +
      'COMMENT: BECAUSE THE CAVITY WAS SMALL AND A VAC IS PLANNED, NO\nANTIBIOTIC CHAINS WERE USED.\nPLAN: VAC CHANGE IN 3 DAYS.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
  it('(guard) a one-word known title alone on its line after a sentence ("PLAN") heads its block in any case', () => {
    const note =
      'OPERATIVE REPORT\nSurgeon: Dr. X\nPROCEDURE(S)\n[x] Debridement of the humeral canal (23935)\n[x] Antibiotic bead chain into the humeral medullary canal\n' +
      'Description: commercial gentamicin PMMA bead chain, 30 beads, threaded down the humeral medullary canal from the distal window.\n' +
      'FINDINGS\nSclerotic canal with pus and granulation over ten centimetres of the shaft and a small sequestrum, removed.\nPLAN\n[x] Chain removal in 2 weeks (planned return to theatre)  [ ] Permanent\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
  it('after a field\'s line, a known title alone at the margin ("Procedures (coded)") heads the next block, however the field line wraps', () => {
    const note =
      'STRUCTURED OPERATIVE DATA\nSurgeon............: Dr. X\nDiagnosis..........: Infected nonunion of the left femoral shaft with a retained plate\n' +
      'Procedures (coded)\n  1. 20680   Removal of left femoral plate and screws\n  2. add-on  Antibiotic cement rod, left femoral intramedullary canal\n' +
      'Cement.............: PMMA, 1 x 40 g, vancomycin 2 g added, hand-mixed by the team\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20702', 'primary-procedure')).toBe('pass');
  });
});

describe('a template pick list left unchosen ("[select: 5 mm | 7 mm | 9 mm]") documents none of its options', () => {
  const note = (size: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of the right calcaneus (28120); antibiotic beads in the cavity.\n' +
    `Description: Tobramycin PMMA beads rolled by hand on the back table were packed into the saucerized calcaneal cavity. Bead size: ${size}\n` +
    'Plan: bead removal in 2 weeks.\n';
  it('"Bead size: [select: 5 mm | 7 mm | 9 mm]": no amount', () => {
    for (const t of layouts(note('[select: 5 mm | 7 mm | 9 mm]'))) expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('fail');
  });
  it('"{choose one: 5 mm / 7 mm}": no amount', () => {
    for (const t of layouts(note('{choose one: 5 mm / 7 mm}'))) expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('fail');
  });
  it('(guard) a size written out, "7 mm", is an amount', () => {
    for (const t of layouts(note('7 mm'))) expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('pass');
  });
});
