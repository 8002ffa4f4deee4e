/**
 * Sentences written fresh for the classes fixed in stop 26: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
// @ts-expect-error plain ESM script without types
import { hardWrap } from '../scripts/metamorphic.mjs';
import { layouts } from './helpers/layouts.js';

describe('a verb joined by "and" to a removal dated right after it shares that earlier time ("removed 8 weeks ago and replaced with a spacer")', () => {
  const history = [
    'The infected humeral nail was removed 8 weeks ago and replaced with an antibiotic cement rod in the canal.',
    'Her femoral nail was explanted on 14 August 2026 and then exchanged for a vancomycin cement spacer.',
    'The tibial nail was taken out three months ago and replaced by a gentamicin-loaded cement rod.',
  ];
  for (const h of history) {
    const note =
      'OPERATIVE REPORT\n' +
      'Date of service: 30 November 2026\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal of the antibiotic cement device from the intramedullary canal; reamed intramedullary nailing (27506).\n' +
      `History: ${h} Inflammatory markers have normalised.\n` +
      'Operation: Through the previous incisions the cement device was extracted intact from the canal. The canal was\n' +
      'reamed, irrigated and a new locked nail was inserted.\n' +
      'Plan: Mobilise as comfort allows.\n';
    it(`the history's replacing is of that time; today's removal stands: ${h.slice(0, 40)}…`, () => {
      for (const t of layouts(note)) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toEqual(['remove:intramedullary']);
        expect(rs.map((r) => r.code)).toEqual(['20703']);
      }
    });
  }
  it('(guard) an earlier device removed today and replaced with a new one is today\'s exchange', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Exchange of antibiotic beads, left tibia.\n' +
      'Findings: The beads placed 3 weeks ago were removed today and replaced with 20 fresh hand-rolled tobramycin PMMA beads\n' +
      'in the tibial canal.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toContain('insert:intramedullary');
      expect(events(rs)).toContain('remove:intramedullary');
    }
  });
});

describe('a passive verb joined by "and" with its own auxiliary shares the subject of the verb before it, however long the first clause', () => {
  const sentences = [
    'A fresh cement rod was moulded by hand on the back table from one 40 g bag of Palacos mixed with 2 g of vancomycin around a threaded guide pin and was then passed into the tibial canal.',
    'The replacement rod was fashioned by Dr. X from two packs of Simplex cement with 3.6 g tobramycin powder over a 3 mm wire in a chest tube mould and was advanced down the femoral canal.',
  ];
  for (const s of sentences) {
    const note =
      'OPERATIVE NOTE\n' +
      'Surgeon: Dr. X\n' +
      'Procedure: Removal and replacement of antibiotic cement rod.\n' +
      'Description: The previous antibiotic rod was withdrawn from the intramedullary canal in one piece and the canal was reamed and irrigated.\n' +
      `${s}\n` +
      'Plan: Removal of the rod and definitive fixation in 6 weeks.\n';
    it(`the second verb's device is the rod of the first: ${s.slice(0, 40)}…`, () => {
      for (const t of layouts(note)) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toEqual(['remove:intramedullary', 'insert:intramedullary']);
        expect(el(rs, '20702', 'fabrication')).toBe('pass');
        expect(el(rs, '20702', 'drug')).toBe('pass');
      }
    });
  }
  it('(guard) a subject of its own between the verbs keeps the second verb from the device', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Irrigation and debridement of the femur (27303).\n' +
      'Description: A vancomycin cement rod was considered on the back table from the leftover cement, and the canal was irrigated and was then closed without any device.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual([]);
    }
  });
});

describe('a verb in a clause opened by a time measured since it ("ten days after the beads were removed") is that earlier event', () => {
  const clauses = [
    'The wound dehisced ten days after the gentamicin beads were removed from the calf.',
    'Drainage restarted three weeks following the tobramycin PMMA chain was taken out of the thigh.',
    'She has had pain since the antibiotic spacer was extracted from the knee 6 weeks ago.',
  ];
  for (const c of clauses) {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Excisional debridement of wound, skin and subcutaneous tissue, 20 sq cm (11042).\n' +
      `Indication: ${c}\n` +
      'Description: The wound was debrided with a curette to healthy tissue and irrigated. It was closed loosely over a drain.\n';
    it(`no device event today: ${c.slice(0, 45)}…`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
    });
  }
  it('(guard) a removal today after an earlier placement dated by a participle stays today\'s', () => {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Removal of antibiotic beads, left thigh; excisional debridement of muscle (11043).\n' +
      'Description: The 16 vancomycin PMMA beads placed two weeks ago were removed from beneath the fascia of the thigh; all 16\n' +
      'were accounted for.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('an irregular participle after "was" / "were" reports a realised event: the historical adjective on its subject does not reach it', () => {
  const sentences = [
    'The previous cement spacer was withdrawn from the knee joint in two pieces.',
    'The prior tobramycin bead chain was drawn out of the tibial canal intact.',
    'The earlier antibiotic rod was taken out of the femoral canal with a T-handle.',
  ];
  for (const s of sentences) {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Second-stage reconstruction with removal of the antibiotic device.\n' +
      `Description: ${s} The cavity was debrided and irrigated with 6 L of saline.\n`;
    it(`today's removal: ${s.slice(0, 45)}…`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t)).filter((e) => e.startsWith('remove:')).length).toBe(1);
    });
  }
});

describe('a removal field label ("Explanted:", "Hardware removed:") heads a field even when run into the line before it', () => {
  const body =
    'OPERATIVE NOTE Procedure: Removal of infected plate, left ulna; debridement of ulnar canal; antibiotic cement rod into the ' +
    'ulnar intramedullary canal. Description: The plate was removed. The canal was reamed. Simplex cement with 2 g of vancomycin was ' +
    'rolled by hand over a wire into a 6 mm rod, which was slid into the ulnar canal. Implants: Vancomycin cement rod, made at the ' +
    'back table, left ulnar canal';
  const tails = [' Explanted: Plate and six screws Specimens: Canal tissue for culture Plan: Rod removal in 6 weeks.',
    ' Hardware removed: 3.5 mm plate and screws EBL: 100 mL Plan: Rod removal in 6 weeks.'];
  for (const tail of tails) {
    const note = body + tail + '\n';
    it(`the rod is placed, nothing of it removed: ${tail.trim().slice(0, 30)}…`, () => {
      for (const t of [note, hardWrap(note, 64), hardWrap(note, 72), note.toUpperCase()]) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
    });
  }
});

describe('a procedure "not felt / not thought / not deemed to be necessary" was not done', () => {
  const sentences = [
    'Because the cavity was small, bone grafting was not thought to be necessary.',
    '(guard) A sequestrectomy was not deemed needed as the bone bled well.',
    '(guard) Further debridement of the calcaneus was not felt to be required.',
  ];
  for (const g of sentences) {
    const s = g.replace('(guard) ', '');
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Removal of antibiotic beads, left calcaneus (20680).\n' +
      'Indication: Planned removal of the 14 tobramycin PMMA beads placed in the calcaneal cavity 6 weeks ago; the wound has healed.\n' +
      `Description: The lateral incision was reopened and all 14 beads were removed from the calcaneal cavity on their wire. ${s} The skin was closed.\n`;
    it(`${g.startsWith('(guard)') ? '(guard) ' : ''}the bead removal is the only procedure: ${s.slice(0, 40)}…`, () => {
      for (const t of layouts(note)) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toEqual(['remove:deep']);
        expect(el(rs, '20701', 'primary-procedure')).toBe('fail');
      }
    });
  }
});

describe("an implant's own size between its name and the link to its coating ('nail 11 x 380 mm coated with ...') measures that implant", () => {
  const lines = [
    'Implants: Femoral nail 11 x 380 mm coated with Simplex and tobramycin; PMMA bead chain with gentamicin',
    'Implants: Humeral nail 8 x 240 mm, coated in Palacos with vancomycin; antibiotic cement beads (vancomycin)',
  ];
  for (const line of lines) {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedures: 1) Debridement of bone (11044) 2) Antibiotic-coated nail 3) Antibiotic beads in the thigh dead space\n' +
      `${line}\n` +
      'Description: The canal was reamed and the cement-coated nail, made on the back table with cement and antibiotic powder\n' +
      'in a chest tube, was inserted into the canal. A second batch of cement with antibiotic powder was rolled by hand into beads,\n' +
      'which were placed deep to the fascia lata in the dead space.\n' +
      'Plan: Return for bead removal in one week; the nail stays.\n';
    it(`the beads have no amount of their own: ${line.slice(11, 45)}…`, () => {
      for (const t of layouts(note)) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toEqual(expect.arrayContaining(['insert:deep', 'insert:intramedullary']));
        expect(el(rs, '20700', 'quantity')).toBe('fail');
        expect(el(rs, '20702', 'quantity')).toBe('pass');
      }
    });
  }
});

describe('a numbered list run into one line ("1) ... 2) ... 3) ...") is a list: each item stands on its own, as on lines of its own', () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Procedures: 1) Debridement of tibia (11044) 2) Antibiotic cement rod, left tibial canal 3) Antibiotic beads, 24 of 5 mm, deep to fascia of the calf\n' +
    'Description: The tibial canal was reamed. Palacos with vancomycin was mixed by hand and rolled over a guide wire into a rod that was\n' +
    'passed into the tibial canal. More Palacos with vancomycin was rolled by hand into beads, placed deep to the fascia of the calf.\n' +
    'Plan: Removal of beads and rod in 6 weeks.\n';
  it("the beads' item gives the beads their amount; the rod's item gives the rod none", () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs).sort()).toEqual(['insert:deep', 'insert:intramedullary']);
      expect(el(rs, '20700', 'quantity')).toBe('pass');
      expect(el(rs, '20702', 'quantity')).toBe('fail');
    }
  });
  it('(guard) numbers in brackets that do not run 1, 2, 3 are no list', () => {
    const text =
      'OPERATIVE NOTE\n' +
      'Description: Tobramycin PMMA beads (n = 2) 10 mm and (4) 7 mm were strung on a wire and placed deep to the fascia of the thigh.\n';
    for (const t of layouts(text)) expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
  });
});

describe('a line that is a clause (it has a verb such as "was") is no operation heading, even when it names an earlier stage and ends in a colon', () => {
  const leads = [
    'The new spacer was made just as at the index operation:',
    'A fresh rod was prepared the same way as at the first stage:',
  ];
  for (const lead of leads) {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Exchange of antibiotic cement rod, right femur; debridement of the femoral canal (27360).\n' +
      'Description: The old antibiotic rod was pulled out of the femoral canal whole and the canal was debrided and irrigated.\n' +
      `${lead}\n` +
      'gentamicin 1 g and vancomycin 2 g mixed by hand into 40 g of PMMA and rolled over a guide wire.\n' +
      'It was pushed down the femoral canal. Plan: rod removal and nailing in 6 weeks.\n';
    it(`the preparation after the colon is today's: ${lead.slice(0, 40)}…`, () => {
      for (const t of layouts(note)) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toContain('insert:intramedullary');
        expect(el(rs, '20702', 'drug')).toBe('pass');
        expect(el(rs, '20702', 'fabrication')).toBe('pass');
      }
    });
  }
});

describe("a log row of drugs alone belongs to the devices the note tells loaded with those drugs, not to beads of a premixed cement", () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Procedures: 1. Debridement of tibial nonunion (27640) 2. Antibiotic-coated tibial nail 3. Antibiotic beads, deep to the fascia of the leg\n' +
    'Description: The canal was reamed to 12 mm. Coated nail: one 40 g pack of Simplex P was mixed by hand with 2 g vancomycin\n' +
    'and 2.4 g tobramycin, injected into a chest tube over a 10 x 345 mm nail, cured and peeled; the coated nail was inserted\n' +
    'into the tibial canal and locked. Beads: a 40 g pack of Copal G+C was rolled by hand into 20 beads on a wire, which were\n' +
    'laid deep to the fascia of the leg.\n' +
    'IMPLANTS\n' +
    '- Tibial nail 10 x 345 mm, qty 1\n' +
    '- Simplex P 40 g, qty 1 (nail)\n' +
    '- Copal G+C 40 g, qty 1 (beads)\n' +
    '- Vancomycin 1 g vial, qty 2; Tobramycin 1.2 g vial, qty 2\n' +
    'PLAN: Bead removal at a second look in 10 days; the nail stays.\n';
  it("the vials are the nail's: the beads' drug is not named", () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs).sort()).toEqual(['insert:deep', 'insert:intramedullary']);
      expect(el(rs, '20702', 'drug')).toBe('pass');
      expect(el(rs, '20700', 'drug')).toBe('fail');
    }
  });
});

describe("the metal nail's own size is no amount of a coated nail; the coating's amounts and diameter are", () => {
  const base = (extra: string) =>
    'OPERATIVE NOTE\n' +
    'Procedure: Debridement of femoral nonunion (27470); antibiotic cement-coated nail, right femur.\n' +
    'Description: The canal was reamed. Palacos with vancomycin powder was mixed by hand and injected into a chest tube holding an\n' +
    `11 x 400 mm femoral nail${extra}. The coated nail was inserted into the femoral canal and locked. It will stay as the definitive fixation.\n`;
  it('only the nail size: quantity fails', () => {
    for (const t of layouts(base(''))) expect(el(checkNoteAll(t), '20702', 'quantity')).toBe('fail');
  });
  it('(guard) the coating diameter counts', () => {
    for (const t of layouts(base(', giving a coated nail 14 mm in diameter'))) expect(el(checkNoteAll(t), '20702', 'quantity')).toBe('pass');
  });
});

describe('a block of implant fields that describes one device describes it in every field, also those that name no device', () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Procedures: 1. Sequestrectomy, left tibia (11044) 2. Antibiotic cement rod into the left tibial canal\n' +
    'Local antibiotic device:\n' +
    'Type: Vancomycin-loaded cement rod\n' +
    'Site: Left tibial medullary canal\n' +
    'Made by: Dr. X, rolled by hand over a guide wire on the back table\n' +
    'Amount: Two 40 g packs\n' +
    'Plan for removal: At the second stage in 6 weeks\n' +
    'Description: The sequestrum was excised and the canal reamed and irrigated. The rod was passed down the tibial canal.\n';
  it('the amount field is the rod\'s amount', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'quantity')).toBe('pass');
    }
  });
});

describe('a finding that describes a device in place, with no action, is the device found there (the one taken out), not the new one', () => {
  const findings = ['Three bead chains in place in the abscess cavity of the thigh', 'Old vancomycin beads seen in the cavity, some loose, 24 in number'];
  for (const f of findings) {
    const note =
      'OPERATIVE NOTE - bead exchange, right thigh\n' +
      'Procedures:\n' +
      '- Repeat excisional debridement of the thigh, muscle (11043)\n' +
      '- Removal of the antibiotic PMMA beads placed at the index operation\n' +
      '- New tobramycin PMMA beads placed deep to the fascia lata\n' +
      'Findings:\n' +
      `- ${f}\n` +
      '- Healthier granulation tissue than last time\n' +
      'Procedure:\n' +
      '- The old beads were pulled out of the cavity deep to the fascia lata; all were accounted for on their wires.\n' +
      '- A new mix of Palacos with tobramycin powder was rolled by hand into beads, which were laid deep to the fascia lata.\n' +
      'Plan: Bead removal at the next look in one week.\n';
    it(`the finding gives the new beads no amount: ${f.slice(0, 30)}…`, () => {
      for (const t of layouts(note)) {
        const rs = checkNoteAll(t);
        expect(events(rs).sort()).toEqual(['insert:deep', 'remove:deep']);
        expect(el(rs, '20700', 'quantity')).toBe('fail');
      }
    });
  }
});

describe('"chain of custody" is a record of evidence, never a chain of beads', () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Procedure: Incision and drainage of a deep abscess of the left thigh (27301); antibiotic beads in the cavity.\n' +
    'Description: The abscess beneath the fascia lata was drained and debrided. Bullet fragment removed with forceps for the\n' +
    'police chain-of-custody form. Tobramycin PMMA cement was rolled by hand into 18 beads on a wire, laid in the cavity deep\n' +
    'to the fascia lata. Plan: Bead removal in one week.\n';
  it('only the insertion: no removal of a chain', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
  });
});

describe('a field label set off by a dot leader ("Plan ......... text") is a label, like "Plan: text"', () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Surgeon ............. Dr. X\n' +
    'Procedure ........... Antibiotic cement rod into the left tibial canal; sequestrectomy (11044)\n' +
    'Description ......... The sequestrum was excised and the canal reamed. Palacos with 2 g vancomycin was rolled by hand\n' +
    '                      over a guide wire into a rod, which was passed into the tibial canal.\n' +
    'Plan ................ Second stage in 6 weeks: removal of the cement rod and bone grafting.\n';
  it('the plan\'s removal is a plan, not a removal today', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'staged-removal')).toBe('pass');
    }
  });
});

describe('where a wrap puts a word and a colon at the start of a line, the verdict does not depend on capitals', () => {
  it('a bullet item continued under its own text ("... against the index" / "  note: 18 of 18.") goes on', () => {
    const note =
      'Procedure note, signed by Dr. X\n' +
      '\n' +
      'Summary\n' +
      '- Today: removal of the vancomycin PMMA beads only.\n' +
      '\n' +
      'Key steps\n' +
      '- Lateral incision reopened; fascia of the leg opened.\n' +
      '- Bead chain found deep to the fascia of the leg, no pus.\n' +
      '- All 18 beads removed and checked against the index op\n' +
      '  note: 18 of 18.\n' +
      '- Skin closed.\n';
    const mixed = events(checkNoteAll(note));
    expect(mixed).toEqual(['remove:deep']);
    expect(events(checkNoteAll(note.toUpperCase()))).toEqual(mixed);
    expect(events(checkNoteAll(note.toLowerCase()))).toEqual(mixed);
  });
  it('a time phrase cut before its colon ("Stage 1 five weeks" / "ago: ...") goes on', () => {
    const note =
      'OP NOTE - STAGE 2, LEFT LEG\n' +
      '\n' +
      'Pt: 52 F. Infected open femur fracture (IIIA). Stage 1 five weeks\n' +
      'ago: spanning fixator, gentamicin PMMA cement rod in the femoral\n' +
      'canal, and gentamicin PMMA beads in the wound under a foil\n' +
      'dressing (bead pouch).\n' +
      'Surgeon: Dr. X    Anesthesia: general\n' +
      '\n' +
      'Procedure: Removal of the beads from the wound and of the cement\n' +
      'rod from the femoral canal; removal of the fixator; reamed locked\n' +
      'femoral nail (27506).\n' +
      'Steps: the beads were lifted out of the wound and the rod was\n' +
      'pulled from the femoral canal in one piece; the canal was reamed\n' +
      'and a locked nail inserted.\n';
    const mixed = events(checkNoteAll(note));
    expect(events(checkNoteAll(note.toUpperCase()))).toEqual(mixed);
    expect(events(checkNoteAll(note.toLowerCase()))).toEqual(mixed);
  });
});

describe("a table header that names an earlier operation and today's work both ('Placed (index)   Removed today') opens no earlier part of the note", () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Procedure: Repeat debridement of the left thigh (11043); removal of bead chains; new antibiotic beads.\n' +
    '\n' +
    'The wound was opened and the two gentamicin PMMA bead chains were pulled from beneath the fascia lata. The count\n' +
    'matched the first operation:\n' +
    '\n' +
    '    CHAIN COUNT     Placed (index)    Removed today    Left\n' +
    '    Chain 1               12                12              0\n' +
    '    Chain 2               12                12              0\n' +
    '\n' +
    'Necrotic fat was excised and the cavity irrigated with 3 L of saline. Debridement was sharp and complete back to bleeding tissue.\n' +
    '\n' +
    'As a cavity of 6 x 3 cm remains under the fascia, new beads were made: one 40 g pack of Copal G+V rolled by hand into 18 beads.\n' +
    'These were laid in the cavity beneath the fascia lata.\n';
  it('the new beads are placed today, in every layout', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep', 'insert:deep']);
  });
});

describe("a drug powder sprinkled in the wound is no drug of the device, also as an item of a materials list", () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Procedure: Irrigation and debridement of a deep wound infection after lumbar fusion (22015); antibiotic beads.\n' +
    'Key steps: The fascia was opened and the deep collection drained and debrided. Beads were made on the back table from one\n' +
    '40 g bag of antibiotic-loaded PMMA, rolled by hand into 16 beads on a wire and laid deep to the lumbodorsal fascia.\n' +
    'Materials: Antibiotic-loaded PMMA cement, 40 g; wire; vancomycin powder 1 g (subcutaneous); 10 Fr drain\n' +
    'Follow-up: Return in one week for washout and bead removal.\n';
  it("the beads' drug is not named", () => {
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'drug')).toBe('fail');
  });
  it('(guard) a powder mixed into the cement and poured into a mould is the device\'s drug', () => {
    const made =
      'OPERATIVE NOTE\n' +
      'Procedure: Antibiotic cement rod into the right femoral canal; debridement (27303).\n' +
      'Description: Palacos was mixed with vancomycin powder and poured into a chest tube mould around a guide wire; the rod was\n' +
      'passed into the femoral canal. Plan: rod removal in 6 weeks.\n';
    for (const t of layouts(made)) expect(el(checkNoteAll(t), '20702', 'drug')).toBe('pass');
  });
});

describe('a joint spacer whose stem is seated in a canal and whose head is reduced into the joint, in one sentence, is in the joint', () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Indication: 71-year-old woman with a chronic infection of her right total hip replacement; two-stage revision agreed, with\n' +
    'insertion of an antibiotic cement spacer made in theatre.\n' +
    'Description: The posterior approach was used. The femoral stem and cup were removed and the acetabulum and femoral canal were\n' +
    'debrided. Two 40 g packs of Palacos R+G with 2 g vancomycin were mixed by hand and poured into a spacer mould over a pin.\n' +
    'The spacer stem was seated in the proximal femoral canal with a little doughy cement at its collar only, so that it can\n' +
    'come out easily, and the head was reduced into the acetabulum to restore the hip joint.\n' +
    'Plan: Second stage in about 8 weeks.\n';
  it('one joint event, no canal event', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
});

describe('a line ending in an open noun phrase goes on into a one-word "label" that is no known title, in capitals too', () => {
  const note =
    'OPERATIVE NOTE - LIMB RECONSTRUCTION\n' +
    '\n' +
    'Indications: This 52-year-old woman has an infected nonunion of the right\n' +
    'femur with a retained nail. We discussed salvage at length and she chose\n' +
    'a staged plan after she had heard all the options and agreed to a two-stage\n' +
    'strategy: removal of the nail, debridement of the canal and a temporary\n' +
    'antibiotic cement rod, followed later by bone grafting and plating.\n' +
    '\n' +
    'Description: The nail and screws were removed and the femoral canal was\n' +
    'reamed and irrigated. Palacos with 2 g of vancomycin was mixed by hand\n' +
    'and rolled over a guide wire into a 10 mm rod, which was passed into the\n' +
    'femoral canal.\n' +
    'Plan: Rod removal and grafting in about 8 weeks.\n';
  it('(guard) only the rod placed today, in every case', () => {
    const mixed = events(checkNoteAll(note));
    expect(mixed).toEqual(['insert:intramedullary']);
    expect(events(checkNoteAll(note.toUpperCase()))).toEqual(mixed);
    expect(events(checkNoteAll(note.toLowerCase()))).toEqual(mixed);
  });
});

describe('the reamings are debris sent as a specimen, not a procedure: a removal with nothing else done is the only procedure', () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Procedure: Removal of antibiotic cement rod, left tibia (20680).\n' +
    'Specimens: Canal reamings x2 for culture.\n' +
    'Indication: Planned removal of the vancomycin PMMA rod placed 8 weeks ago; the nonunion has healed.\n' +
    'Description: The rod was pulled from the tibial canal intact and the reamings were sent; fluoroscopy showed no retained cement.\n' +
    'The wound was closed.\n';
  it('primary-procedure fails: the removal is the only procedure', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:intramedullary']);
      expect(el(rs, '20703', 'primary-procedure')).toBe('fail');
    }
  });
});

describe('a listed device with no verb, followed by "out of", came out', () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Procedures:\n' +
    '| CPT   | What was done                                    |\n' +
    '|-------|--------------------------------------------------|\n' +
    '| 20703 | Gentamicin PMMA rod out of the femoral canal      |\n' +
    '| 27506 | Reamed locked femoral nail                        |\n' +
    'Description: The rod was withdrawn from the femoral canal in one piece, the canal was reamed and a locked nail was inserted.\n' +
    'Plan: Weight bearing as tolerated.\n';
  it('one removal, no placement of the rod', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intramedullary']);
  });
});

describe('a passive verb whose subject is an amount of the material places the device its sentence named before it', () => {
  const sentences = [
    'Stimulan (a calcium sulfate paste with 1 g of vancomycin powder added) was mixed on the back table by the scrub nurse and by me following the kit instructions, and 10 cc was injected into the cavity of the calcaneus.',
    '(guard) Calcium sulfate paste loaded with 240 mg gentamicin was prepared on the back table, and 5 mL were pressed into the cavity of the cuboid.',
  ];
  for (const s of sentences) {
    const note =
      'OPERATIVE NOTE\n' +
      'Procedure: Partial excision of bone, foot (28120).\n' +
      `Description: The cavity was curetted to bleeding bone and irrigated. ${s.replace('(guard) ', '')} The skin was closed.\n`;
    it(`${s.startsWith('(guard)') ? '(guard) ' : ''}the paste is placed deep: ${s.replace('(guard) ', '').slice(0, 40)}…`, () => {
      for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
    });
  }
});
