/**
 * Sentences written fresh for the classes fixed in stop 20 (blind sets holdout86-89 and later): each test names the
 * general pattern, and its notes were written for the test, not taken from a fixture. Every class is also checked
 * hard-wrapped, since a verdict must not depend on where the lines break.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
// @ts-expect-error plain ESM script without types
import { hardWrap } from '../scripts/metamorphic.mjs';

type Results = ReturnType<typeof checkNoteAll>;
const el = (rs: Results, code: string, id: string) => rs.find((r) => r.code === code)?.elements.find((e) => e.id === id)?.status;
// (every result of a note lists all of the note's devices)
const events = (rs: Results) => (rs[0]?.devices ?? []).map((d) => `${d.action}:${d.site}`);
const layouts = (note: string) => [note, hardWrap(note, 64), hardWrap(note, 72)];

describe('a cell wrapped onto a table row of its own belongs to the row above; an implant / explant log is no removal block', () => {
  const note = (rows: string) =>
    'NURSING INTRAOPERATIVE RECORD\nSurgeon: Dr. X\nProcedures (circulator):\n' +
    '  1. Removal of the retained humeral nail, left (20680)\n' +
    '  2. Hand-made antibiotic cement rod into the left humeral canal (20702)\n\n' +
    'IMPLANT / EXPLANT LOG\n' +
    '| Item                           | Lot    | Qty | Site             | Status    |\n' +
    '|--------------------------------|--------|-----|------------------|-----------|\n' +
    '| Humeral nail 8 x 240 mm        | n/a    | 1   | L humerus        | EXPLANTED |\n' +
    '| PMMA cement 40 g               | P9031  | 1   | L humerus canal  | IMPLANTED |\n' +
    '| Threaded wire 2.5 x 400 mm     | W5512  | 1   | L humerus canal  | IMPLANTED |\n' +
    rows +
    '| Chest tube 36 Fr (mould)       | CT36   | 1   | n/a              | WASTED    |\n\n' +
    'SURGEON NOTE (Dr. X)\n' +
    'The old nail was taken out. I mixed the 40 g of PMMA with 1 g of vancomycin, poured it into the chest tube over the wire and\n' +
    'peeled the tube off once it had set, leaving a 9 mm rod. The rod was pushed down the humeral canal.\n' +
    'Plan: rod removal in about 8 weeks.\n';
  for (const rows of [
    '|   (inside the cement rod,      |        |     |                  |           |\n|   trimmed at the entry point)  |        |     |                  |           |\n',
    '| within the cement rod          |        |     |                  |           |\n',
  ]) {
    it(`${JSON.stringify(rows.slice(0, 34))}: the rod is placed, not removed, and its drug and amount are read`, () => {
      for (const t of layouts(note(rows))) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toEqual(['insert:intramedullary']);
        expect(el(rs, '20702', 'drug')).toBe('pass');
      }
    });
  }
  it('a row of that log that names a device and no status is no event of its own', () => {
    const t =
      'OPERATIVE RECORD\nSurgeon: Dr. X\nProcedure: removal of the antibiotic cement-coated tibial nail (20680, 20703).\n\n' +
      'The coated nail was extracted whole with its cement mantle, and the canal was reamed clean; no cement was left.\n\n' +
      'Implant / explant log\n' +
      'Cement-coated tibial nail 10 x 360 - qty 1 - R tibia canal\n' +
      '  - EXPLANTED - sent for sonication\n' +
      'Locking screws 5.0 - qty 2 - R tibia - EXPLANTED\n';
    for (const x of layouts(t)) expect(events(checkNoteAll(x))).toEqual(['remove:intramedullary']);
  });
});

describe('supplies pulled from stock, returned or pulled in error are no event in the patient', () => {
  const note = (row1: string, row2: string) =>
    'CIRCULATOR RECORD\nSurgeon: Dr. X\nProcedure: excisional debridement of the left foot ulcer down to bone (11044).\n\n' +
    'FIELD SUPPLIES\n' +
    '| Item                | Amount | Note                    | Disposition |\n' +
    '|---------------------|--------|-------------------------|-------------|\n' +
    row1 +
    row2 +
    '| Saline              | 3 L    | irrigation              | used        |\n\n' +
    'Surgeon note: The ulcer and the soft bone beneath it were debrided to bleeding tissue. No local antibiotic carrier was ' +
    'used. The wound was packed open.\n';
  for (const [r1, r2] of [
    ['| Stimulan kit        | 10 cc  | pulled for the case     | returned    |\n', '| Vancomycin vial     | 1 g    | pulled for Stimulan     | returned    |\n'],
    ['| PMMA cement pack    | 40 g   | wrong item pulled       | not opened  |\n', '| Gentamicin vial     | 80 mg  | pulled in error         | returned    |\n'],
    ['| Osteoset T beads    | 5 cc   | pulled from the core    | returned    |\n', '| Tobramycin vial     | 1.2 g  | pulled to the room      | not used    |\n'],
  ]) {
    it(`${JSON.stringify(r1.slice(0, 40))}`, () => {
      for (const t of layouts(note(r1, r2))) expect(events(checkNoteAll(t)), r1).toEqual([]);
    });
  }
  it('beads pulled out of the wound are still removed (guard)', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: removal of antibiotic beads from the thigh, deep to the fascia; debridement (11043).\n\n' +
      'The wound was opened. The chain of 20 PMMA gentamicin beads was pulled out of the space under the fascia, and all 20 ' +
      'beads were counted intact.\n';
    expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('each line of a timed log is an entry of its own', () => {
  const note = (title: string, indent: string, sep: string) =>
    'PERIOPERATIVE RECORD\nSurgeon: Dr. X\nProcedure: excisional debridement of the right leg wound to muscle (11043).\n\n' +
    `${title}\n` +
    `${indent}13:02${sep}patient in room\n` +
    `${indent}13:20${sep}necrotic muscle and fascia excised, wound 5 x 2 cm\n` +
    `${indent}13:41${sep}antibiotic beads visible at the wound base - left undisturbed per Dr. X\n` +
    `${indent}13:47${sep}negative pressure dressing applied\n` +
    `${indent}14:05${sep}to recovery\n\n` +
    'Surgeon note: The previous antibiotic beads were seen and not disturbed. They will come out at the second stage.\n';
  for (const [title, indent, sep] of [['EVENT LOG', '', '  '], ['Timeline', '  ', '  '], ['Case events', '', ' - '], ['EVENT LOG', '    ', ' '], ['Nursing flow', '  ', '  '], ['Description of procedure:', '', '  ']] as const) {
    it(`${title}, indent ${JSON.stringify(indent)}, separator ${JSON.stringify(sep)}: the excision and the dressing are no events of the beads`, () => {
      for (const t of layouts(note(title, indent, sep))) expect(events(checkNoteAll(t))).toEqual([]);
    });
  }
  it('an amount that opens a line is not a time (guard: "1.5 g" still reads as the amount)', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: tibial canal debridement with a hand-made antibiotic cement rod (20702).\n\n' +
      'A 40 g pack of PMMA was mixed by hand with\n1.5 g of vancomycin and rolled into a rod, which was inserted into the tibial canal.\nRemoval is planned in 6 weeks.\n';
    expect(el(checkNoteAll(t), '20702', 'quantity')).toBe('pass');
    expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('a contrast set off by commas negates only what stands between them', () => {
  const note = (sentence: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: incision and drainage of a deep gluteal abscess (26990).\n\n' +
    'Description: The abscess cavity under the gluteal fascia was opened, debrided and irrigated. On the back table 1 g of ' +
    'vancomycin was mixed by hand into 10 cc of calcium sulfate and 20 beads were made.\n' +
    `${sentence}\n` +
    'Plan: the beads will dissolve; no removal is planned.\n';
  for (const sentence of [
    'It was these vancomycin beads, and not loose powder, that were laid in the cavity beneath the fascia.',
    'The beads, not the powder, were placed deep to the gluteal fascia.',
    'The twenty beads, but not any loose antibiotic, were placed in the cavity under the fascia.',
  ]) {
    it(`"${sentence}"`, () => {
      for (const t of layouts(note(sentence))) expect(events(checkNoteAll(t)), sentence).toEqual(['insert:deep']);
    });
  }
  it('a negation that is not closed by a comma still negates the placement (guard)', () => {
    const t = note('The beads were not placed, because the cavity could not be closed over them.');
    expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a description of the made device ("the construct") refers to it however far back it was told', () => {
  const note = (ref: string) =>
    'OPERATIVE REPORT\nSurgeon: Dr. X\nProcedure: exchange nailing of the left tibia for infected nonunion (27720), with a hand-made antibiotic-coated nail.\n\n' +
    'Description: First, on the back table, 40 g of PMMA was mixed by hand with 2 g of vancomycin and 2.4 g of tobramycin, ' +
    'pushed into a 10 mm silicone tube, and a 9 x 330 mm nail was driven through it; the tube was cut away once set and the ' +
    'coated nail was wrapped in a moist towel.\n' +
    'The old nail was then extracted through the patellar tendon split. The canal was reamed to 12 mm. Six litres of saline ' +
    'were run through the canal. The fracture ends were freshened with a burr.\n' +
    `${ref} was then passed over the guide wire into the tibial canal and locked proximally and distally.\n` +
    'Plan: the coated nail is meant to stay as the definitive fixation.\n';
  for (const ref of ['The construct prepared at the start', 'This construct', 'The antibiotic construct']) {
    it(`"${ref} ... passed ... into the tibial canal" places the coated nail`, () => {
      for (const t of layouts(note(ref))) {
        const rs = checkNoteAll(t);
        expect(events(rs).filter((e) => e.startsWith('insert')), ref).toEqual(['insert:intramedullary']);
        expect(el(rs, '20702', 'drug')).toBe('pass');
      }
    });
  }
});

describe('an elliptical device line ("Beads: placed.") and the label that says where belong to the device told before', () => {
  const note = (lines: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: partial excision of the right calcaneus for osteomyelitis (28120).\n\n' +
    'Narrative: Through a lateral window the infected bone of the calcaneal body was curetted to bleeding bone. ' +
    'Ten cc of calcium sulfate was mixed by hand with 1 g of vancomycin and pressed into a mould; the beads were released after ten minutes.\n\n' +
    lines +
    '\nSkin closed over a drain. Splint.\n';
  for (const lines of [
    'Beads: placed.\nWhere: the saucerization cavity of the calcaneal body.\n',
    'Beads: inserted.\nSite: bone cavity in the body of the calcaneus.\n',
    'Pellets: placed\nLocation: the cavity in the calcaneal body\n',
  ]) {
    it(`${JSON.stringify(lines)}`, () => {
      for (const t of layouts(note(lines))) expect(events(checkNoteAll(t)), lines).toEqual(['insert:deep']);
    });
  }
  it("a macro's default line after a removal of that device is no placement (guard)", () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: second stage: removal of the antibiotic spacer from the left knee and revision arthroplasty (27487).\n' +
      'Antibiotic spacer: placed\n\n' +
      'Description: The spacer of vancomycin PMMA made at the first stage was removed whole and the joint was debrided before the revision components were cemented.\n';
    expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
});

describe('a check box cut in two by a hard wrap is one box again (guards: the fix is held by holdout97 under the layout test)', () => {
  const note = (row: string) =>
    'DEVICE FORM\nSurgeon: Dr. X\nProcedure: drainage of a deep abscess of the right calf (27603)\n\n' +
    `${row}\n` +
    'Narrative: The abscess under the crural fascia was drained and debrided. Gentamicin 240 mg was mixed by hand into 10 cc of calcium ' +
    'sulfate, set in a bead mat, and the beads were laid into the cavity deep to the fascia. They will dissolve; no removal is planned.\n';
  for (const row of [
    'Device used:   [x] beads   [ ] cement rod   [ ] coated nail   [\n] spacer   [ ] calcium sulfate paste',
    'Device used:   [x] beads   [ ] cement rod   [ ] coated nail   [ ] spacer   [\n] other',
    'Device used:   [ ] cement rod   [ ] coated nail   [ ] spacer   [x\n] beads',
  ]) {
    it(`${JSON.stringify(row.slice(50))}`, () => {
      for (const t of layouts(note(row))) expect(events(checkNoteAll(t)), row).toEqual(['insert:deep']);
    });
  }
});

describe('a subordinate clause that opens the sentence keeps its negation to itself', () => {
  const note = (sentence: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: removal of the infected left tibial nail (20680); canal debridement.\n\n' +
    'Description: The nail and screws were removed and the canal was reamed and irrigated.\n' +
    `${sentence}\n` +
    'Plan: the beads will come out at the next stage in two weeks.\n';
  for (const sentence of [
    'Because the cement mould was not available, a chain of 30 gentamicin PMMA beads made by hand on the back table was passed down the tibial canal.',
    'Since no rod could be made, 30 hand-rolled gentamicin PMMA beads on a wire were threaded into the tibial canal.',
    'As the cement did not cure in the mould, the 30 vancomycin PMMA beads we had rolled by hand were placed in the tibial canal instead.',
  ]) {
    it(`"${sentence.slice(0, 60)}..." places the beads in the canal`, () => {
      for (const t of layouts(note(sentence))) expect(events(checkNoteAll(t)).filter((e) => e.startsWith('insert')), sentence).toEqual(['insert:intramedullary']);
    });
  }
  it('a negation in the main clause still negates (guard)', () => {
    const t = note('Because the canal was still purulent, no beads were placed in the tibial canal today.');
    expect(events(checkNoteAll(t)).filter((e) => e.startsWith('insert'))).toEqual([]);
  });
});

describe('the product a loaded material is made into is a device however far the material was told in its sentence', () => {
  const note = (sentence: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: removal of the infected humeral nail (20680); debridement of the humeral canal.\n\n' +
    'Description: The nail was removed and the canal reamed to 10 mm and irrigated with 6 L of saline.\n' +
    `${sentence}\n` +
    'Plan: rod removal and bone grafting at a second stage in 6 weeks.\n';
  for (const sentence of [
    'Then one 40 g bag of Palacos with 2 g of vancomycin and 2.4 g of tobramycin was pushed into a 40 French chest tube over a 3 mm guide wire to make a rod of 9 mm diameter, cut to 30 cm, which was inserted into the humeral canal.',
    'Two bags of Simplex with 3 g of vancomycin and 2.4 g of tobramycin were squeezed by hand into a silicone tube around a threaded wire to form a rod 8 mm across, trimmed to length, which was then pushed down the humeral canal.',
  ]) {
    it(`"${sentence.slice(0, 60)}..."`, () => {
      for (const t of layouts(note(sentence))) {
        const rs = checkNoteAll(t);
        expect(events(rs).filter((e) => e.startsWith('insert')), sentence).toEqual(['insert:intramedullary']);
        expect(el(rs, '20702', 'drug')).toBe('pass');
      }
    });
  }
});

describe('"the former" and "the latter" are the earlier and the later of the last two devices told', () => {
  const note = (s1: string, s2: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: removal of the infected tibial plate (20680) and debridement of a calf abscess (27603).\n\n' +
    'Description: The plate was removed and the tibial canal reamed and irrigated. The abscess under the crural fascia was drained.\n' +
    'Two things were made on the back table. Dr. X mixed 40 g of PMMA with 2 g of vancomycin by hand and moulded it over a wire into a 9 mm rod. ' +
    'Separately, a 10 cc calcium sulfate kit with 1 g of gentamicin was set in a mat into 40 pellets.\n' +
    `${s1} ${s2}\n` +
    'Plan: rod removal at the second stage in 6 weeks; the pellets dissolve.\n';
  for (const [s1, s2] of [
    ['The former was passed down the tibial canal.', 'The latter were laid deep to the crural fascia in the abscess cavity.'],
    ['The latter were packed into the abscess cavity beneath the crural fascia.', 'The former was then inserted into the tibial canal.'],
  ]) {
    it(`"${s1} ${s2}"`, () => {
      for (const t of layouts(note(s1, s2))) expect([...events(checkNoteAll(t))].sort(), s1).toEqual(['insert:deep', 'insert:intramedullary']);
    });
  }
});

describe('a procedure line that lists several procedures between semicolons is read item by item', () => {
  const note = (line: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\n' +
    `Procedure: ${line}\n\n` +
    'Description: The dead muscle of the posterior compartment was excised to bleeding tissue, leaving a dead space deep to the crural fascia. ' +
    'On the back table Dr. X mixed 40 g of PMMA with 2 g of vancomycin by hand and rolled 20 beads on a wire.\n' +
    '| Item    | Site                          | Amount   |\n|---------|-------------------------------|----------|\n| Chain   | deep to the crural fascia     | 20 beads |\n\n' +
    'Plan: bead removal at the second look in one week.\n';
  for (const line of [
    'Excisional debridement of skin, subcutaneous tissue and muscle of the left leg, about 150 sq cm (11043); antibiotic bead chain to the posterior compartment.',
    'Debridement of the left leg down to and including muscle over about 150 sq cm of the calf (11043); hand-made antibiotic beads, deep posterior leg.',
  ]) {
    it(`"${line.slice(0, 50)}..." lists the beads, and the table's site column says where`, () => {
      for (const t of layouts(note(line))) expect(events(checkNoteAll(t)), line).toEqual(['insert:deep']);
    });
  }
});

describe('a device placed and taken back out in the same operation, with nothing of it left, did not stay', () => {
  const note = (sentence: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: partial excision of the right calcaneus (28120); negative pressure dressing.\n\n' +
    '1. The infected bone of the calcaneal body was removed with a burr, leaving a cavity.\n' +
    '2. PMMA was mixed by hand with 1 g of vancomycin and rolled into 16 beads on a wire, which were laid in the cavity.\n' +
    `3. ${sentence}\n` +
    '4. A negative pressure dressing was applied over the open cavity.\n\n' +
    'Plan: return in 3 days; local antibiotics will be reconsidered then.\n';
  for (const sentence of [
    'The skin would not close over them, so the beads were taken back out and discarded; no beads were left in the patient.',
    'Because the wound could not be closed, the chain was pulled back out. None of it was left.',
    'The beads were removed again before closure and nothing was left in the cavity.',
  ]) {
    it(`"${sentence}"`, () => {
      for (const t of layouts(note(sentence))) expect(events(checkNoteAll(t)), sentence).toEqual([]);
    });
  }
  it('a chain pulled back out and put back, or one bead retrieved, leaves the device in (guard)', () => {
    for (const sentence of ['Bleeding followed, so the chain was pulled back out, the bleeding was controlled, and the same chain was laid back in the cavity.', 'One bead slipped off and was retrieved and discarded; 15 beads stayed on the wire in the cavity.']) {
      expect(events(checkNoteAll(note(sentence))), sentence).toEqual(['insert:deep']);
    }
  });
});

describe('an event named by its noun and put in the future after it is a plan', () => {
  const note = (sentence: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: irrigation and debridement of the left knee with synovectomy (27310); the antibiotic spacer was kept.\n\n' +
    'History: a hand-made vancomycin PMMA articulating spacer was placed in the left knee six weeks ago.\n' +
    'Description: The knee was opened, the spacer was inspected and found stable, and it was left in place. Synovectomy and 9 L of irrigation followed.\n' +
    `${sentence}\n`;
  for (const sentence of [
    'Spacer removal will take place at the reimplantation in about four weeks.',
    'Removal of the spacer is to take place once the markers settle.',
    'Exchange of the spacer is going to follow when cultures are final.',
  ]) {
    it(`"${sentence}"`, () => {
      for (const t of layouts(note(sentence))) expect(events(checkNoteAll(t)), sentence).toEqual([]);
    });
  }
});

describe("the size of a threaded wire or cerclage is no amount of the device", () => {
  const note = (sentence: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: removal of the clavicle plate (20680); antibiotic cement rod into the clavicle canal.\n\n' +
    `Description: The plate was removed and the medullary canal of the clavicle reamed. ${sentence} After curing the tube was cut away ` +
    'and the rod was passed into the medullary canal of the clavicle.\nPlan: rod removal at a second stage.\n';
  for (const sentence of [
    'Palacos was mixed by hand with vancomycin and tobramycin and injected into a chest tube around a 2.0 mm threaded wire.',
    'Hand-mixed Palacos with vancomycin was pushed into a tube over a 1.6 mm olive wire.',
  ]) {
    it(`"${sentence}": quantity fails`, () => {
      for (const t of layouts(note(sentence))) expect(el(checkNoteAll(t), '20702', 'quantity'), sentence).toBe('fail');
    });
  }
});

describe('the sub-items of a list item that describes a device belong to that device', () => {
  const note = (marks: [string, string, string]) =>
    'OPERATIVE NOTE - STEPS\nSurgeon: Dr. X\nProcedures: removal of the left humeral nail (20680); humeral canal debridement; antibiotic cement rod.\n\n' +
    'Step 1: The nail was removed and the canal reamed to 11 mm.\n' +
    'Step 2: Back table: rod made by Dr. X.\n' +
    `  ${marks[0]} One 40 g packet of Simplex P opened.\n` +
    `  ${marks[1]} Vancomycin 2 g and tobramycin 2.4 g powder blended into the polymer.\n` +
    `  ${marks[2]} Cement rolled by hand around a 3 mm wire into a 9 mm rod.\n` +
    'Step 3: Rod advanced into the humeral canal under fluoroscopy.\n' +
    'Step 4: Closure.\n\nPlan: rod removal at the second stage in 6 weeks.\n';
  for (const marks of [['a.', 'b.', 'c.'], ['i.', 'ii.', 'iii.'], ['-', '-', '-'], ['1)', '2)', '3)']] as [string, string, string][]) {
    it(`sub-items marked ${marks.join(' ')}: the drug and amount are the rod's`, () => {
      for (const t of [note(marks), note(marks).toUpperCase()]) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toEqual(['insert:intramedullary']);
        expect(el(rs, '20702', 'drug')).toBe('pass');
      }
    });
  }
});

describe('an abbreviation\'s full stop before a capital ends no assertion scope (the note in capitals reads as in lower case)', () => {
  const note =
    'Operative note\nSurgeon: Dr. X\nProcedure: removal of the infected tibial nail (20680); hand-made antibiotic cement rod to the tibial canal.\n\n' +
    'Description: The nail was removed and the canal reamed. 40 g of PMMA with 2 g of vancomycin was mixed by hand into a rod, which was passed into the tibial canal.\n' +
    'Plan: exchange of the rod vs. removal in approx. 6 wks depending on the markers.\n';
  it('"rod vs. removal" is the same undecided plan in capitals', () => {
    const lower = el(checkNoteAll(note), '20702', 'staged-removal');
    expect(lower).toBe('warn');
    expect(el(checkNoteAll(note.toUpperCase()), '20702', 'staged-removal')).toBe(lower);
  });
});

describe('an approximate count of removed beads is no count of the whole', () => {
  const note = (sentence: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: planned removal of antibiotic PMMA beads from beneath the fascia of the thigh (stage 2).\n\n' +
    `Description: The fascia was opened. ${sentence} The wound was irrigated and closed.\n`;
  for (const sentence of ['Approx. 15 beads were removed from the subfascial space.', 'About 20 beads were retrieved.', 'Roughly 12 beads were removed with the wire.']) {
    it(`"${sentence}": completeness fails`, () => {
      for (const t of layouts(note(sentence))) expect(el(checkNoteAll(t), '20701', 'completeness'), sentence).toBe('fail');
    });
  }
  it('an exact count still documents the removal (guard)', () => {
    expect(el(checkNoteAll(note('All 15 beads were removed from the subfascial space.')), '20701', 'completeness')).toBe('pass');
  });
});

describe('long sentences: a relative clause with "of which" (guards: held by holdout102) and a clause between an auxiliary and its participle are asides', () => {
  const removal = (sentence: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: planned removal of antibiotic PMMA beads from beneath the fascia lata of the right thigh (stage 2).\n\n' +
    `Description: The old incision was reopened down to the fascia lata. ${sentence} The wound was closed in layers.\n`;
  for (const sentence of [
    'The bead chain, the end of which was found lying coiled beneath the fascia where it had been left at the index operation, was drawn out under gentle traction, and all 14 beads were accounted for.',
    'The chain of beads, most of which had become wrapped in a thin grey membrane over the last three weeks, was pulled out from beneath the fascia, and all 14 beads were accounted for.',
  ]) {
    it(`"${sentence.slice(0, 60)}..." removes the beads`, () => {
      for (const t of layouts(removal(sentence))) expect(events(checkNoteAll(t)), sentence).toEqual(['remove:deep']);
    });
  }
  const insertion = (sentence: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: arthrotomy and synovectomy of the left knee (27334); antibiotic beads.\n\n' +
    'Description: Twenty beads were rolled by hand from 40 g of Simplex with 1.2 g of tobramycin and strung on a suture. ' +
    `${sentence} The capsule was closed.\nPlan: bead removal at a second look in two weeks.\n`;
  for (const sentence of [
    'The beads were, after the joint had been irrigated with 9 L of saline and every recess inspected so as to be sure that no loose debris remained, placed into the knee joint.',
    'These were, once we had confirmed that no graft fragments were left behind, placed into the joint space of the knee.',
  ]) {
    it(`"${sentence.slice(0, 60)}..." places the beads in the joint`, () => {
      for (const t of layouts(insertion(sentence))) expect(events(checkNoteAll(t)), sentence).toEqual(['insert:intra-articular']);
    });
  }
});

describe('what is done as a habit or in general is not what was done in this operation', () => {
  const ins = (generic: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: drainage of a deep abscess of the right thigh (27301); antibiotic beads deep to the fascia lata.\n\n' +
    'Description: The abscess beneath the fascia lata was drained and debrided. Beads were laid into the cavity beneath the fascia, which was closed over them.\n' +
    `${generic}\n`;
  for (const generic of [
    'Teaching comment: our beads are generally made from 40 g of PMMA with 2 g of vancomycin and 2.4 g of tobramycin, rolled by hand.',
    'We typically use PMMA with vancomycin and tobramycin for these beads, about 20 of them.',
    'As a rule the beads are made from Palacos with 2 g of vancomycin.',
  ]) {
    it(`"${generic.slice(0, 60)}...": no drug is documented for these beads`, () => {
      for (const t of layouts(ins(generic))) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toEqual(['insert:deep']);
        expect(el(rs, '20700', 'drug'), generic).toBe('fail');
      }
    });
  }
  it('a generic sentence is the only mention of a device: no event', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: arthroscopic washout of the left knee (29871).\n\n' +
      'Description: The knee was washed out with 9 L of saline and the synovium debrided.\n' +
      'Patient education: an antibiotic spacer is usually made from bone cement with antibiotics and is typically removed at a second operation.\n';
    for (const x of layouts(t)) expect(events(checkNoteAll(x))).toEqual([]);
  });
});

describe('a table whose cells are split by tabs keeps its rows when a wrap breaks them (guard: the fix is held by holdout109 under the layout test)', () => {
  const note =
    'OP NOTE\tLeft knee\nSurgeon\tDr. X\n\nPROCEDURES\nCode\tDescription\tSide\tModifier\n' +
    '27310\tKnee arthrotomy for infection with washout, synovectomy and resection of the necrotic joint surfaces\tLT\t\n' +
    '20704\tAntibiotic cement spacer moulded by hand and set in the knee joint\tLT\t\n\n' +
    'DEVICE\nDevice\tSite\tCarrier\tDrug\tDose\tAmount\tMade by\tPlan\n' +
    'Block spacer, femoral and tibial halves\tL knee joint space\tPMMA bone cement\tvancomycin, tobramycin\t3 g vanc + 3.6 g tobra per bag\t2 x 40 g bags\tMixed and moulded by Dr. X in the room\tremoval at reimplantation in 8 weeks\n';
  it('wrapped at 64 and 72 columns, the spacer and its drug, amount and plan are read as unwrapped', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intra-articular']);
      for (const id of ['drug', 'carrier', 'quantity', 'fabrication', 'staged-removal']) expect(el(rs, '20704', id), id).toBe('pass');
    }
  });
});

describe('a title with a field set to its right is a title and a field (guard: the fix is held by holdout109 under the layout test)', () => {
  const note = (first: string) =>
    `${first}\n\n` +
    'Procedure: removal of antibiotic PMMA beads from beneath the fascia lata of the left thigh (planned second stage).\n' +
    'Description: The fascia was opened and the chain of 14 beads was pulled out; all 14 beads were counted.\n';
  for (const first of ['OPERATIVE NOTE - LEFT THIGH, STAGE 2                   Surgeon: Dr. X', 'Operative report, left thigh          Attending: Dr. X']) {
    it(`"${first.replace(/ {5,}/, ' ... ')}": the removal is read with its site in every case`, () => {
      for (const t of [...layouts(note(first)), note(first).toLowerCase(), note(first).toUpperCase()]) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
    });
  }
});

describe('an indented line under an indented line of the same list is an item, not a heading (guard: the fix is held by holdout111 under the layout test)', () => {
  const note = (item: string) =>
    'OPERATIVE NOTE (structured)\nSurgeon: Dr. X\n\nProcedure(s) performed:\n' +
    '  Removal of the infected humeral and glenoid components, left shoulder (23334)\n  Synovectomy and debridement of the glenohumeral joint\n' +
    `  ${item}\n\n` +
    'Narrative: The components were removed and the joint debrided. Vancomycin and tobramycin were mixed by hand into 40 g of PMMA and rolled into 20 beads, ' +
    'which were placed in the glenohumeral joint. Removal of the beads is planned at reimplantation in 8 weeks.\n';
  for (const item of ['Antibiotic bead placement (see below)', 'Antibiotic beads, glenohumeral joint', 'Antibiotics in cement beads (see narrative)']) {
    it(`"${item}" is read as a procedure item`, () => {
      for (const t of layouts(note(item))) expect(events(checkNoteAll(t)), item).toEqual(['insert:intra-articular']);
    });
  }
});

describe('a form item answered "[ ] Yes  [X] No" after a dotted leader is negated', () => {
  const note = (rows: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: removal of all components of the left total hip arthroplasty; resection arthroplasty (27091).\n\n' +
    `Intra-operative checklist\n${rows}\n\n` +
    'Narrative: The stem and cup were removed with all cement, the hip debrided and irrigated with 9 L of saline, and the wound closed over a drain. The resection is intended as definitive treatment.\n';
  for (const rows of [
    '  Cultures sent ..................... [X] Yes  [ ] No\n  Antibiotic cement spacer placed ... [ ] Yes  [X] No\n  Antibiotic beads placed ........... [ ] Yes  [X] No',
    '  Antibiotic spacer inserted ........ \u2610 Yes  \u2612 No\n  Gentamicin PMMA beads ............. [ ] Yes  [x] No',
  ]) {
    it(`${JSON.stringify(rows.slice(0, 50))}...: no device`, () => {
      for (const t of layouts(note(rows))) expect(events(checkNoteAll(t))).toEqual([]);
    });
  }
  it('a ticked "Yes" still places the device (guard)', () => {
    const t = note('  Antibiotic beads placed ........... [X] Yes  [ ] No').replace('The resection is intended as definitive treatment.', '20 vancomycin PMMA beads rolled by hand were placed in the acetabular dead space; removal in 6 weeks.');
    expect(events(checkNoteAll(t)).length).toBeGreaterThan(0);
  });
});

describe('the placement a count of the whole refers back to is the earlier operation\'s', () => {
  const note = (sentence: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: planned removal of tobramycin PMMA beads from beneath the fascia lata, right thigh (stage 2).\n\n' +
    `Description: The old incision was opened and the bead chain was withdrawn from the subfascial space. ${sentence} The space was irrigated and closed.\n`;
  for (const sentence of ['All 14 of the 14 beads placed were counted on the back table.', '16/16 pellets implanted at the index were retrieved.', 'Twelve of the 12 beads originally placed were accounted for.'.replace('Twelve', '12')]) {
    it(`"${sentence}" is no placement today`, () => {
      for (const t of layouts(note(sentence))) expect(events(checkNoteAll(t)), sentence).toEqual(['remove:deep']);
    });
  }
});

describe('a colon after a closing bracket at the end of a wrapped line of prose is no label', () => {
  const note =
    'OPERATIVE REPORT\n1. SURGEON: Dr. X\n2. PROCEDURE: Removal of the deep implant from the right thigh (20680): tobramycin PMMA bead chain from the subfascial space.\n' +
    '3. DESCRIPTION: The old incision was reopened and the bead chain was withdrawn from beneath the fascia lata; all 14 beads were counted. The wound was closed.\n';
  it('wrapped anywhere, the procedure line places nothing and the removal stays deep', () => {
    for (const t of [note, hardWrap(note, 60), hardWrap(note, 64), hardWrap(note, 72)]) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('in a terse note, a participle right after a noun of another object is that object\'s', () => {
  const note = (narr: string) =>
    'ASC OP NOTE  R hand  Surgeon Dr. X  Proc: removal of plate 4th MC, debridement, abx cement rod into the 4th MC canal  ' +
    `Narr: ${narr} Vancomycin 1 g was mixed by hand into 20 g of PMMA and rolled around a K-wire into a 3 mm rod, which was inserted into the medullary canal of the 4th MC.  Plan: rod removal at stage 2 in 6 wk.\n`;
  for (const narr of ['dorsal incision, plate removed, devitalized shaft excised, irrigated 2 L.', 'incision; screws removed; plate removed; canal curetted.']) {
    it(`"${narr}": the rod is placed, not removed`, () => {
      for (const t of layouts(note(narr))) expect(events(checkNoteAll(t)), narr).toEqual(['insert:intramedullary']);
    });
  }
  it('"12 beads on one wire placed into the joint" is still the beads\' placement (guard)', () => {
    const t = 'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: arthrotomy of the left elbow (24000); antibiotic beads.\n\nVancomycin PMMA was rolled by hand into beads; 12 beads on one wire placed into the elbow joint. Removal in 2 weeks.\n';
    expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
});
