/**
 * Sentences written fresh for the classes fixed in stop 27: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
import { layouts } from './helpers/layouts.js';

describe('a fronted "instead of / rather than / without ..." phrase negates only itself: a subject pronoun with its own verb opens the main clause', () => {
  const cases: [string, string][] = [
    ['Instead of a locked nail we inserted a vancomycin PMMA rod, hand-made from 40 g of cement, into the femoral canal.', 'insert:intramedullary'],
    ['Rather than closing primarily we packed the dead space with 24 tobramycin PMMA beads rolled by hand.', 'insert:deep'],
    ['Without further reaming we advanced a gentamicin cement rod, moulded on the back table, down the tibial canal.', 'insert:intramedullary'],
    ['In lieu of bone graft they placed a hand-formed vancomycin cement spacer into the knee joint.', 'insert:intra-articular'],
  ];
  for (const [s, ev] of cases) {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Irrigation and debridement of bone (11044).\n' +
      `Description: The wound was opened and debrided to bleeding bone. ${s} The wound was closed in layers.\n`;
    it(`the main clause's placement stands: ${s.slice(0, 48)}…`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([ev]);
    });
  }
  it('the fronted phrase negates what it names and the main clause places its own device ("Instead of beads we used ...": no beads)', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Irrigation and debridement of bone (11044).\n' +
      'Description: Instead of beads we used a vancomycin cement rod, made by hand, in the femoral canal.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
  it('(guard) a clause after "that" stays inside the negation ("It was not felt that we needed beads")', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Irrigation and debridement of bone (11044).\n' +
      'Description: The canal was clean. It was not thought that we placed antibiotic beads in the wound.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a negated placement that governs no device ("no cement was left in the canal") negates only the devices no affirmed verb of its sentence governs', () => {
  const narratives = [
    'The old spacer was extracted in one piece; it came out whole and no cement was left in the joint.',
    'Old spacer pulled out intact; fluoroscopy showed no residual cement left in the knee.',
  ];
  for (const n of narratives) {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Operation: Spacer exchange, left knee: removal of the old antibiotic spacer from the knee joint, debridement,\n' +
      'insertion of a new hand-made vancomycin and gentamicin cement spacer into the knee joint (27488).\n' +
      `Details: ${n} Two 40 g bags of Palacos were mixed by hand with 4 g vancomycin and moulded into a block.\n` +
      'The wound was closed over a drain.\n';
    it(`the listed new spacer stays placed: ${n.slice(0, 44)}…`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular', 'insert:intra-articular']);
    });
  }
  it('(guard) a removal negated with the device only named by a pronoun still unsays the listed removal', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Repeat irrigation and debridement of the thigh; bead removal\n' +
      'Description: The previously placed antibiotic beads were left in place; they were not removed today.\n' +
      'The wound was loosely closed.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a section title in square brackets ("[PLAN] ...", as transcription services set them) opens that section, at a line start or after a sentence in a note that lost its newlines', () => {
  const body =
    '[PRE-OP DIAGNOSIS] Infected right knee arthroplasty.\n' +
    '[OPERATION] Removal of the knee components (27488); hand-made gentamicin cement spacer in the knee joint.\n' +
    '[FINDINGS] Turbid fluid, loose femoral component.\n' +
    '[DESCRIPTION] The components were removed and the joint debrided. Two 40 g bags of Palacos R+G were mixed by hand\n' +
    'and moulded into a static spacer, which was pressed into the knee joint.\n' +
    '[PLAN] Reimplantation in about 8 weeks with removal of the spacer.\n';
  const note = 'TRANSCRIBED OPERATIVE REPORT\nSurgeon: Dr. X\n' + body;
  it('the plan under "[PLAN]" removes nothing today, in every layout', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
  it('... and the same with every heading run into one line', () => {
    const one = 'TRANSCRIBED OPERATIVE REPORT - Surgeon: Dr. X\n' + body.replace(/\n/g, ' ');
    expect(events(checkNoteAll(one))).toEqual(['insert:intra-articular']);
  });
  it('(guard) a bracketed word that is no title ("[inaudible]") opens nothing', () => {
    const n = 'OPERATIVE REPORT\nProcedure: Debridement of the tibia (11044).\nDescription: The canal was reamed.\n[inaudible] A gentamicin PMMA rod made by hand was inserted into the tibial canal.\n';
    for (const t of layouts(n)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('a removal that "may be" done ("the beads may be taken out later if needed") is a possibility, not today\'s removal', () => {
  const plans = [
    'The chain may be removed in clinic if it becomes prominent.',
    'These beads may be taken out at a later visit should the wound drain.',
  ];
  it('(guard) "may later be extracted" was already a possibility', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Debridement of the right femur (11044) with placement of an antibiotic rod.\n' +
      'Description: A vancomycin PMMA rod made by hand was placed in the femoral canal. The rod may later be extracted if the infection recurs.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
  for (const p of plans) {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Debridement of the right femur (11044) with placement of antibiotic devices.\n' +
      'Description: The cavity was debrided. 20 tobramycin PMMA beads on a chain and a vancomycin PMMA rod, both made by hand,\n' +
      `were placed: the beads under the fascia lata and the rod in the femoral canal. ${p}\n`;
    it(`no removal today: ${p.slice(0, 40)}…`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t)).filter((e) => e.startsWith('remove'))).toEqual([]);
    });
  }
});

describe('a plan headed as European reports head it ("Postoperative procedure:", "Further management:") is a plan section', () => {
  for (const title of ['Postoperative procedure', 'Further management', 'Further procedure']) {
    const note =
      'OPERATION REPORT\n' +
      'Operation: Reaming of the humeral canal, insertion of a hand-made gentamicin PMMA rod (20702).\n' +
      'Report of the operation: The canal was reamed and a rod of 40 g Palacos R+G was moulded by hand and pushed into the humeral canal.\n' +
      `${title}:\n` +
      'Sling. Second stage after about 6 weeks:\n' +
      'removal of the antibiotic rod and plate fixation.\n';
    it(`"${title}:" removes nothing today`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
    });
  }
});

describe('a place named as where the device is not ("outside the canal") is no site of it', () => {
  const rows = ['Site: bone cavity of the calcaneus (outside the canal)', 'Site: metaphyseal cavity, outside of the medullary canal'];
  for (const r of rows) {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Partial excision of the calcaneus (28120); antibiotic calcium sulfate beads.\n' +
      'Drug delivery device:\n' +
      `  ${r}\n` +
      '  Carrier: calcium sulfate 10 cc, mixed by the team with vancomycin 1 g\n' +
      'Narrative: The calcaneal cavity was debrided and the beads were packed into it.\n';
    it(`no intramedullary event: ${r}`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).not.toContain('insert:intramedullary');
    });
  }
});

describe('rows of a table whose rows do not open with a pipe stand whole when each has as many cells as the widest row, however long', () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Procedure: Removal of the antibiotic cement spacer from the left knee joint (20705); revision total knee arthroplasty (27487).\n' +
    'Description: The spacer was removed from the knee joint in one piece. The revision components were cemented with Palacos R+G for fixation.\n' +
    'Implant log:\n' +
    'Implant description                 | Vendor       | Lot      | Qty | Status\n' +
    'FEMORAL COMPONENT REVISION SIZE 5   | ACME ORTHO   | 5512309  | 1   | Implanted\n' +
    'BONE CEMENT PALACOS R+G 40 G        | HERAEUS      | 77Z1200  | 2   | Implanted\n' +
    'TIBIAL BASEPLATE REVISION SIZE 4    | ACME ORTHO   | 5519921  | 1   | Implanted\n' +
    'ANTIBIOTIC SPACER KNEE (STAGE 1)    | ---          | ---      | 1   | Explanted\n';
  it('the fixation cement of the log places nothing, in every layout', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
});

describe('a joint surface named as where a spacer goes ("against the debrided glenoid") is no fixation of a component', () => {
  const note =
    'OPERATION RECORD\n' +
    'Operation: Removal of the infected shoulder prosthesis (23335); hand-made antibiotic cement spacer.\n' +
    'Spacer: two packs of Palacos R were mixed with 4 g vancomycin by me and moulded by hand into a 44 mm ball; after setting it was placed in the glenohumeral joint against the debrided glenoid and the joint reduced.\n';
  it('the spacer is placed in the joint, in every layout', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
  it('(guard) a cemented glenoid component is still fixation', () => {
    const n =
      'OPERATIVE NOTE\nProcedure: Reimplantation of the shoulder (23473).\nDescription: The antibiotic spacer was removed from the shoulder joint. The glenoid component was cemented with Palacos R+G.\n';
    for (const t of layouts(n)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
});

describe('a note carried in HL7 v2 segments ("NTE|n|P|text", "OBX|n|TX|...|text|||F") is the text of its text segments', () => {
  // (a segment's header inside a sentence, "No new beads were" / "NTE|6|P|placed.", cut the negation from its verb)
  const lines = [
    'Procedure^Repeat debridement of the right knee (27310)^Removal of antibiotic beads from the knee joint',
    'Description:',
    'The old arthrotomy was reopened. The gentamicin PMMA bead chain placed',
    'at the index operation 3 weeks ago was removed from the knee',
    'joint, as planned. All 20 beads were accounted for. No new beads were',
    'placed. The capsule was closed.',
  ];
  const nte = ['MSH|^~\\&|OPDOC|ORTHO|EHR|MAIN|||ORU^R01|MSG0042|P|2.4', 'OBR|1|||OPNOTE^Operative Note^LOCAL|||||||||||Dr^X', ...lines.map((l, i) => `NTE|${i + 1}|P|${l}`)].join('\n') + '\n';
  const obx = ['MSH|^~\\&|OPDOC|ORTHO|EHR|MAIN|||ORU^R01|MSG0042|P|2.4', ...lines.map((l, i) => `OBX|${i + 1}|TX|OPNOTE^Op note^LOCAL|1|${l}|||||F`)].join('\n') + '\n';
  for (const [name, note] of [['NTE', nte], ['OBX', obx]] as const) {
    it(`${name}: the removal only, in every layout`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
    });
  }
  it('(guard) the escape \\.br\\ is a line end and \\T\\ an ampersand in one long segment', () => {
    const one = 'MSH|^~\\&|OPDOC|ORTHO|EHR|MAIN|||ORU^R01|MSG0042|P|2.4\nOBX|1|FT|OPNOTE||' + lines.join(' ').replace('Description:', '\\.br\\Description:').replace('irrigated', 'irrigated \\T\\ debrided') + '|||F\nNTE|1|P|Signed Dr. X\nNTE|2|P|End of note\n';
    expect(events(checkNoteAll(one))).toEqual(['remove:intra-articular']);
  });
});

describe('the size of a thing named before it with "of" ("over a guide wire of 3 mm", "a chest tube of 40 Fr") measures that thing, not the device', () => {
  for (const [s, guard] of [['injected into a chest tube over a ball-tipped guide wire of 3 mm', ''], ['moulded into a rod around a guide wire of 2.5 mm', '(guard) ']]) {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Removal of the broken femoral nail (20680); reaming of the femoral canal (27303); antibiotic cement rod.\n' +
      `Description: Cement with gentamicin and added vancomycin was mixed by hand on the table and ${s}. The rod was introduced in the intramedullary canal of the femur.\n` +
      'Plan: Second stage at 6 weeks with removal of the rod.\n';
    it(`${guard}no amount of the rod is given: ${s}`, () => {
      for (const t of layouts(note)) expect(el(checkNoteAll(t), '20702', 'quantity')).toBe('fail');
    });
  }
});

describe('a placement verb dated after it with a date before the date of service, even without its year ("put in place on 03/04"), tells the earlier placement', () => {
  for (const [label, date] of [['Date of intervention', '22/04/2025'], ['Date of service', '22/04/2025']]) {
    const note =
      'OPERATIVE REPORT\n' +
      `${label}: ${date}\n` +
      'Intervention: Removal of the chain of PMMA beads with gentamicin from the calcaneal cavity (CPT 28120).\n' +
      'Protocol: The chain was removed: 12 beads recovered, corresponding to the 12 beads put in place on 03/04, wire intact.\n' +
      'The cavity was curetted and irrigated and the skin closed.\n';
    it(`the removal only (${label})`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
    });
  }
});

describe('a drug in a clause that fixes components ("components cemented with tobramycin cement") makes no gap-balancing spacer block a device', () => {
  const note =
    'OPERATIVE REPORT\n' +
    'Procedure: Left total knee arthroplasty, cemented (27447).\n' +
    'Technique: The flexion gap was checked with the 10 mm spacer block and the spacer block was removed; the components were\n' +
    'cemented with two packs of Simplex P with tobramycin cement. A 10 mm polyethylene insert was placed.\n';
  it('no device event, in every layout', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a procedure named as the operation a device was placed at ("the 16 placed at resection") is that earlier operation, not another procedure today', () => {
  for (const [s, guard] of [['All 16 beads removed; the count matches the 16 placed at resection.', ''], ['The chain inserted during the first debridement was removed whole.', '(guard) ']]) {
    const note =
      'OPERATIVE LETTER\n' +
      'Dear Dr. X, today I took your patient back to theatre only to take out the antibiotic beads from her shoulder joint.\n' +
      'Procedure: Removal of tobramycin PMMA beads, right shoulder joint (20680)\n' +
      `Details: The old incision was reopened and the glenohumeral joint entered. ${s} Fluoroscopy showed no retained beads. Layered closure.\n`;
    it(`${guard}the removal is the only procedure: ${s.slice(0, 40)}…`, () => {
      for (const t of layouts(note)) expect(el(checkNoteAll(t), '20705', 'primary-procedure')).toBe('fail');
    });
  }
});

describe('a known title with a bracketed remark and a comma remark ("Operation (hospital day 1), as dictated:") opens its section', () => {
  const note =
    'DISCHARGE SUMMARY\n' +
    'Background: Ten weeks ago a static antibiotic cement spacer was placed in the right knee joint.\n' +
    'Operation (hospital day 1), as dictated:\n' +
    '1. The static vancomycin PMMA spacer was lifted out of the knee joint en bloc and all cement fragments were cleared.\n' +
    '2. Reimplantation of a stemmed revision knee (CPT 27487).\n';
  it('(guard) the removal is today\'s, in every layout', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
});

describe('a two-column field table without colons ("Procedure    Aspiration ..." / "Plan         ..."): a known title set off by spaces in one column is its section', () => {
  const note =
    'FIELD        VALUE\n' +
    'Surgeon      Dr. X\n' +
    'Procedure    Aspiration of the right hip with an antibiotic spacer in place\n' +
    '             (20610), under fluoroscopy\n' +
    'History      Stage 1 resection 8 weeks ago with a gentamicin PMMA spacer placed\n' +
    '             in the hip joint.\n' +
    'Technique    18-gauge needle; 8 mL of clear fluid aspirated. The spacer was\n' +
    '             not disturbed.\n' +
    'Plan         If the aspirate is negative, stage 2 in 2 weeks: spacer removal.\n';
  it('no device event today, in every layout', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a number that closes a bracket of words ("(stage 2) in 8 weeks") is no inline list marker: a plan reaches past it', () => {
  for (const p of ['Planned reimplantation (stage 2) in 8-12 weeks with spacer removal.', 'Planned revision (step 2) after 6 weeks with removal of the beads.']) {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Resection arthroplasty of the left hip (27091) and hand-made gentamicin cement spacer in the hip joint.\n' +
      `Description: Two bags of Palacos R+G were moulded by hand into a spacer, which was reduced into the hip joint. 20 tobramycin PMMA beads were left beneath the fascia lata. ${p}\n`;
    it(`no removal today: ${p.slice(0, 40)}…`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t)).filter((e) => e.startsWith('remove'))).toEqual([]);
    });
  }
});

describe('two known titles joined by a slash open a section inside a line too ("... canal. Implants/Explants: ...")', () => {
  const note =
    'OPERATIVE REPORT Surgeon: Dr. X Procedures: 1. Removal of the infected femoral nail (20680). 2. Antibiotic cement rod placed in the femoral canal (20702). ' +
    'Description: The nail was removed. One 40 g pack of PMMA was mixed by hand with 2 g of vancomycin and moulded into a rod, which was inserted into the femoral canal. ' +
    'Implants/Explants: Vancomycin PMMA rod 9 mm x 38 cm / femoral nail and 2 screws. Plan: Rod removal in 6 weeks.\n';
  it('the explant log removes no rod, in every layout', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('a field that asks an insurer for a procedure ("Package requested:", "Procedure authorised:") tells what was asked for, not what was done', () => {
  for (const label of ['Package requested', 'Procedure authorised', 'Requested procedure']) {
    const note =
      'Insurance pre-authorisation\n' +
      `${label}: Debridement of the tibia with insertion of antibiotic impregnated PMMA beads\n` +
      '\n' +
      'OPERATIVE RECORD\n' +
      'Procedure: The sinus was excised and the tibial cavity saucerised. The cavity was small and well filled by bleeding bone,\n' +
      'so no beads were used. The wound was closed over a drain.\n';
    it(`no device event: ${label}`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
    });
  }
});

describe('a form\'s instruction for when to fill a block in ("complete for any antibiotic bead / rod / spacer", "check all that apply") places no device', () => {
  for (const head of ['LOCAL ANTIBIOTIC DEVICE (complete for any antibiotic bead / rod / spacer)', 'Antibiotic carrier - fill in only if a bead, rod or spacer was used']) {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Resection of the first metatarsal head for osteomyelitis (28122).\n' +
      `${head}\n` +
      '  Device placed this case ...... [ ] Yes  [X] No\n' +
      'Narrative: The metatarsal head was resected to bleeding bone and the wound irrigated and closed. No antibiotic beads were placed.\n';
    it(`no device event: ${head.slice(0, 40)}…`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
    });
  }
});
