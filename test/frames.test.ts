import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';

/** Notes with two devices at two sites, written for this test. */
const el = (rs: ReturnType<typeof checkNoteAll>, code: string, id: string) => rs.find((r) => r.code === code)?.elements.find((e) => e.id === id)?.status;

describe('device frames: each device keeps its own slots', () => {
  it('does not credit the nail drugs to beads that name only a brand', () => {
    const rs = checkNoteAll(
      [
        'PROCEDURE: Sequestrectomy of the left femur (CPT 27360) with an antibiotic coated nail and beads.',
        'A 40 g pack of Copal cement was mixed with 3 g of vancomycin by hand and used to coat a 10 mm nail, which was inserted into the femoral canal.',
        'Separately, 16 Palacos R+G beads were rolled by hand and placed beneath the fascia of the thigh.',
        'The nail will remain as the definitive implant. The beads will be removed in 3 weeks.',
      ].join('\n'),
    );
    expect(rs.map((r) => r.code).sort()).toEqual(['20700', '20702']);
    expect(el(rs, '20702', 'drug')).toBe('pass');
    expect(el(rs, '20700', 'drug')).not.toBe('pass');
    expect(el(rs, '20700', 'staged-removal')).toBe('pass');
  });

  it('shares a back-table preparation that names no form with the devices told after it', () => {
    const rs = checkNoteAll(
      [
        'PROCEDURE: Debridement of the right tibia (CPT 11044).',
        'Two 40 g bags of Simplex P were each mixed on the back table with 1 g of vancomycin.',
        'The first bag coated an 9 mm nail that was inserted into the tibial canal.',
        'The second bag was rolled into 18 beads that were placed deep to the fascia of the calf.',
        'Both devices come out at the second stage in six weeks.',
      ].join('\n'),
    );
    expect(rs.map((r) => r.code).sort()).toEqual(['20700', '20702']);
    for (const code of ['20700', '20702']) {
      expect(el(rs, code, 'drug'), code).toBe('pass');
      expect(el(rs, code, 'carrier'), code).toBe('pass');
    }
  });

  it('does not take a plan for another device as this one’s plan', () => {
    const rs = checkNoteAll(
      [
        'PROCEDURE: Irrigation and debridement of the humerus (CPT 23935).',
        'Vancomycin 2 g was mixed into 40 g of PMMA and the cement was applied by hand over a 8 mm nail, which was placed down the humeral canal.',
        'Twelve tobramycin PMMA beads made on the back table were placed in the subfascial dead space.',
        'The coated nail is permanent and will not be removed.',
      ].join('\n'),
    );
    expect(el(rs, '20702', 'staged-removal')).toBe('pass');
    expect(el(rs, '20700', 'staged-removal')).toBe('warn');
  });
});

describe('slots filled only by what belongs to the device', () => {
  const status = (text: string, id: string, code = '20702') => checkNoteAll(text, { code }).find((r) => r.code === code)?.elements.find((e) => e.id === id)?.status;
  it('does not count a chest-tube mould French size as the amount of the rod', () => {
    const note = 'Debridement of the femur (CPT 27303). Vancomycin was mixed by hand into Palacos and injected into a 32 French chest tube around a guide wire; the rod was then passed into the femoral canal and is to come out in 6 weeks.';
    expect(status(note, 'quantity')).toBe('fail');
    expect(status(note.replace('a 32 French chest tube', 'a 32 French chest tube, giving a 9 mm rod,'), 'quantity')).toBe('pass');
  });
  it('does not count stringing ready-made beads on a wire as making them', () => {
    const note = 'Debridement of the tibia (CPT 11044). Forty tobramycin PMMA beads were strung on a wire and threaded onto a suture, then placed into the tibial canal; removal in 4 weeks.';
    expect(status(note, 'fabrication')).toBe('fail');
    expect(status(note.replace('were strung', 'were rolled by hand, strung'), 'fabrication')).toBe('pass');
  });
});

describe('a site belongs to the clause of its own action', () => {
  it('keeps a generic place stated for a removal, not a neighbouring clause or sentence canal', () => {
    const r = checkNoteAll(
      [
        'PROCEDURES: removal of the gentamicin PMMA beads from the open calf wound; repeat debridement; reaming of the tibial canal.',
        'The 14 beads were lifted out of the open calf wound and counted. The tibial canal was reamed to 12 mm.',
        'A vancomycin PMMA rod made on the back table was then inserted into the tibial canal; removal planned in 6 weeks (CPT 11044).',
      ].join('\n'),
    );
    expect(r[0]!.devices.map((d) => `${d.action}:${d.site}`).sort()).toEqual(['insert:intramedullary', 'remove:unspecified']);
  });
});

describe('a noun action governs the noun of its of-phrase', () => {
  it('does not read "removal of the prosthesis with a spacer" as a spacer removal', () => {
    const r = checkNoteAll('PROCEDURE: Removal of the infected knee prosthesis with a hand-molded vancomycin PMMA spacer, knee joint (CPT 27488).\nThe spacer was placed into the knee joint; reimplantation in 8 weeks.');
    expect(r[0]!.devices.map((d) => `${d.action}:${d.site}`)).toEqual(['insert:intra-articular']);
  });
  it('still reads "removal of the antibiotic beads with a rongeur" as a bead removal', () => {
    const r = checkNoteAll('PROCEDURE: Removal of the tobramycin PMMA beads with a rongeur from the subfascial space of the thigh, all 12 counted (CPT 11043).');
    expect(r[0]!.devices.map((d) => `${d.action}:${d.site}`)).toEqual(['remove:deep']);
  });
});

describe('a passive verb with an instrument names the place as its subject (sentences written for this test)', () => {
  const events = (t: string) => checkNoteAll(t)[0]!.devices.map((d) => `${d.action}:${d.site}`);
  it('reads "the cavity was filled with the beads" as beads placed in the cavity', () => {
    expect(events('Debridement of the calf (CPT 11043). Tobramycin PMMA beads, 20 of them, were rolled by hand.\nThe dead space under the fascia was then packed with the antibiotic beads.')).toEqual(['insert:deep']);
    expect(events('I&D of the humerus (CPT 23935). The reamed humeral canal was filled completely with vancomycin calcium sulfate pellets, 10 cc.')).toEqual(['insert:intramedullary']);
    expect(events('Knee debridement (CPT 27310). The knee joint was filled using a gentamicin cement spacer molded by hand.')).toEqual(['insert:intra-articular']);
  });
  it('still reads a passive verb without an instrument by the device before it', () => {
    expect(events('Debridement (CPT 11043). The gentamicin PMMA beads were placed beneath the fascia with care.')).toEqual(['insert:deep']);
  });
  it('does not make a device of a passive verb whose instrument is not a device', () => {
    expect(checkNoteAll('Debridement of the thigh (CPT 11043). The abscess cavity was packed with iodoform gauze. Vancomycin 1 g IV was given.')[0]!.status).toBe('no-device');
  });
});

describe('an exchange puts the new device where the old one came out (sentences written for this test)', () => {
  it('gives the insertion half of an exchange the site of the removal', () => {
    const r = checkNoteAll(
      [
        'Procedure: hip spacer exchange (CPT 27091).',
        'The old gentamicin PMMA spacer was removed from the hip joint in one piece; no cement was left.',
        'A new spacer of Palacos R mixed by hand with 2 g vancomycin, 40 g, was molded and cemented in.',
        'Second-stage reimplantation is planned in 8 weeks.',
      ].join('\n'),
    );
    expect(r[0]!.devices.map((d) => `${d.action}:${d.site}`).sort()).toEqual(['insert:intra-articular', 'remove:intra-articular']);
  });
  it('does not move a new device that names its own site', () => {
    const r = checkNoteAll(
      [
        'Procedure: bead exchange (CPT 11044).',
        'The tobramycin PMMA beads were removed from the tibial canal, all 15 counted.',
        'New vancomycin PMMA beads, 12, hand rolled, were placed beneath the fascia of the calf; removal in 3 weeks.',
      ].join('\n'),
    );
    expect(r.map((x) => x.devices.map((d) => `${d.action}:${d.site}`).sort())[0]).toEqual(['insert:deep', 'remove:intramedullary']);
  });
});

describe('materials told apart from the insertion sentence (sentences written for this test)', () => {
  it('credits the drugs of an implants / medication log to every device placed today', () => {
    const rs = checkNoteAll(
      [
        'PROCEDURE: Debridement of the right femur (CPT 27303) with an antibiotic cement rod and antibiotic beads.',
        '',
        'Implant and medication record (scanned by OR nurse)',
        '| Simplex P cement 40 g | Stryker | 2 |',
        '| Gentamicin 80 mg vial | Fresenius | 3 |',
        '',
        'DESCRIPTION: The cement (contents as recorded above) was mixed by hand. A rod 10 mm wide was molded in a tube and',
        'inserted into the femoral canal. The rest was rolled into 12 beads, placed deep to the fascia lata.',
        'PLAN: rod and beads out in 6 weeks.',
      ].join('\n'),
    );
    expect(rs.map((r) => r.code).sort()).toEqual(['20700', '20702']);
    for (const code of ['20700', '20702']) expect(el(rs, code, 'drug'), code).toBe('pass');
  });
  it('shares a preparation with every device its section tells after it, whichever device is made from it first', () => {
    const rs = checkNoteAll(
      [
        'PROCEDURES: Resection of the infected hip prosthesis (CPT 27091); hand-made antibiotic cement spacer, hip joint; antibiotic cement beads, subfascial thigh.',
        'Back table: two 40 g packs of Copal were mixed, each with 1 g of vancomycin.',
        'One pack went to the spacer. It was molded by hand and placed into the hip joint.',
        'The other pack was worked for some minutes and then rolled into 14 beads.',
        'The beads were laid under the fascia lata. Both come out at the second stage in 8 weeks.',
      ].join('\n'),
    );
    expect(rs.map((r) => r.code).sort()).toEqual(['20700', '20704']);
    for (const code of ['20700', '20704']) expect(el(rs, code, 'drug'), code).toBe('pass');
  });
});

describe('a procedure-list item that opens with "Planned" names today’s staged procedure (sentences written for this test)', () => {
  it('reads "Planned bead exchange" in the procedure list as done today', () => {
    const r = checkNoteAll(
      [
        'PROCEDURE: Planned second-look debridement of the left leg with removal of tobramycin PMMA beads from the subfascial space (CPT 11043).',
        'DESCRIPTION: The wound was opened and all 12 beads came out; none were left behind on fluoroscopy.',
      ].join('\n'),
    );
    const removal = r.find((x) => x.code === '20701');
    expect(removal?.elements.find((e) => e.id === 'device-removed')?.status).toBe('pass');
  });
  it('still reads "Planned" opening a plan or a narrative sentence as a plan', () => {
    const plan = checkNoteAll('PROCEDURE: Debridement of the left leg (CPT 11043).\nPLAN: Planned placement of tobramycin PMMA beads beneath the fascia in 2 days.');
    expect(plan[0]!.status).toBe('no-device');
    const narrative = checkNoteAll('PROCEDURE: Debridement of the left leg (CPT 11043).\nDESCRIPTION: The wound was debrided. Planned placement of tobramycin PMMA beads beneath the fascia at the next washout.');
    expect(narrative[0]!.status).toBe('no-device');
  });
});

describe('a directional verb takes its action from the preposition after it (sentences written for this test)', () => {
  const events = (t: string) => checkNoteAll(t)[0]!.devices.map((d) => `${d.action}:${d.site}`);
  it('reads "delivered from" / "brought out of" as a removal', () => {
    expect(events('Bead removal, right forearm (CPT 25028). The gentamicin PMMA bead chain was delivered from the space beneath the fascia intact, all 10 beads.')).toEqual(['remove:deep']);
    expect(events('Spacer removal, hip (CPT 27091). The old vancomycin cement spacer was brought carefully out of the hip joint in one piece.')).toEqual(['remove:intra-articular']);
  });
  it('reads "delivered into" as a placement', () => {
    expect(events('I&D of the tibia (CPT 11044). Twelve hand-rolled tobramycin PMMA beads were delivered into the tibial canal.')).toEqual(['insert:intramedullary']);
  });
  it('reads a directional verb with no preposition as neither', () => {
    expect(checkNoteAll('I&D of the tibia (CPT 11044). The vancomycin PMMA beads were brought to the field. Cultures were sent.')[0]!.status).toBe('no-device');
  });
});

describe('a passive verb governs its own subject (sentences written for this test)', () => {
  const events = (t: string) => checkNoteAll(t)[0]!.devices.map((d) => `${d.action}:${d.site}`);
  it('does not read "... around the rod, and the mould was cut and removed" as a rod removal', () => {
    expect(events('Debridement of the humerus (CPT 23935). Palacos with 2 g vancomycin was mixed by hand and poured around a wire to make a rod, and once set the mould was cut and removed. The rod was inserted into the humeral canal.')).toEqual(['insert:intramedullary']);
  });
  it('still reads a device followed by a prepositional phrase as the subject', () => {
    expect(events('Bead removal (CPT 11043). Tobramycin PMMA beads in the dead space of the lateral thigh were removed, all 14 counted.')).toEqual(['remove:deep']);
  });
  it('does not read the tail of a chain brought out through the skin as a removal', () => {
    expect(events('I&D forearm (CPT 25028). A gentamicin PMMA bead chain, hand rolled, 12 beads, was placed beneath the fascia, with the tail of the chain brought out through the wound edge.')).toEqual(['insert:deep']);
  });
});

describe('a paragraph that opens in an earlier time goes on telling it (sentences written for this test)', () => {
  const status = (t: string) => checkNoteAll(t)[0]!.status;
  it('does not read the next sentences of a dated paragraph as today', () => {
    expect(status('Procedure: debridement of the right calf (CPT 11043).\nThree weeks ago she had an I&D of the calf. Eighteen gentamicin PMMA beads were rolled by hand and placed beneath the fascia.\n\nToday the wound was debrided and a negative-pressure dressing applied. No device was placed.')).toBe('no-device');
  });
  it('stops at a sentence that says today', () => {
    const r = checkNoteAll('Procedure: debridement of the right calf (CPT 11043).\nThree weeks ago she had an I&D of the calf. She returns today for a second look. 18 gentamicin PMMA beads were rolled by hand and placed beneath the fascia.');
    expect(r[0]!.devices.map((d) => `${d.action}:${d.site}`)).toEqual(['insert:deep']);
  });
  it('stops at the end of the paragraph', () => {
    const r = checkNoteAll('Procedure: debridement of the right calf (CPT 11043).\nThree weeks ago she had an I&D of the calf.\n\nThe calf was debrided. 18 gentamicin PMMA beads were rolled by hand and placed beneath the fascia.');
    expect(r[0]!.devices.map((d) => `${d.action}:${d.site}`)).toEqual(['insert:deep']);
  });
});

describe('where a site is borrowed from (sentences written for this test)', () => {
  const events = (t: string) => checkNoteAll(t)[0]!.devices.map((d) => `${d.action}:${d.site}`).sort();
  it('takes the site from a nearby sentence about the same device, not from a sentence about a joint left alone', () => {
    expect(events('Procedure: bead removal, left calf (CPT 11043).\nThe tobramycin PMMA bead chain sat under the fascia of the calf. The ankle joint, just below it, was not opened. The chain was pulled out and all 14 beads were counted.')).toEqual(['remove:deep']);
  });
  it('never gives a procedure-list item the site of the item beside it', () => {
    expect(events('PROCEDURES:\n1. Removal of gentamicin PMMA beads, right leg\n2. Reaming of the tibial canal, CPT 27640\nDESCRIPTION: The beads were removed from beneath the fascia of the leg, all 20 counted.')).toEqual(['remove:deep']);
  });
});

describe('removal words that remove no device (sentences written for this test)', () => {
  const events = (t: string) => checkNoteAll(t)[0]!.devices.map((d) => `${d.action}:${d.site}`).sort();
  it('reads a participle between a determiner and a noun as an adjective', () => {
    expect(events('Procedure: hip resection (CPT 27091). Palacos with 3 g vancomycin was hand mixed and shaped into a spacer the size of the removed femoral head, then placed in the hip joint.')).toEqual(['insert:intra-articular']);
  });
  it('reads taking the device out of its mould as a step of making it', () => {
    expect(events('Procedure: tibial debridement (CPT 11044). Simplex with 2 g vancomycin was mixed by hand and injected into a silicone sleeve; once hard the sleeve was cut and the rod pulled free. The rod was passed down the tibial canal.')).toEqual(['insert:intramedullary']);
  });
  it('still reads a removal with its own site in a sentence that names a mould', () => {
    expect(events('Procedure: spacer exchange, knee (CPT 27488). The old gentamicin PMMA spacer was removed from the knee joint and a new one was cast in a mold.')).toContain('remove:intra-articular');
  });
});

describe('what an event places (sentences written for this test)', () => {
  const events = (t: string) => checkNoteAll(t)[0]!.devices.map((d) => `${d.action}:${d.site}`).sort();
  it('reads putting material into its mould as making the device, not placing it', () => {
    expect(events('Procedure: I&D of the humerus (CPT 23935). Stimulan 10 cc was mixed with 1 g vancomycin, and the paste was spread into a bead mat to set. The pellets were packed into the humeral canal.')).toEqual(['insert:intramedullary']);
  });
  it('reads "pressed into the joint space" as a placement', () => {
    expect(events('Procedure: knee resection arthroplasty (CPT 27488). Palacos with 2 g vancomycin was mixed by hand and pressed into the knee joint space as a block spacer.')).toEqual(['insert:intra-articular']);
  });
  it('gives an event the device its action governs, not every device its sentence names', () => {
    const rs = checkNoteAll(
      [
        'PROCEDURES: knee resection arthroplasty (CPT 27488); antibiotic cement dowels, femoral canal; antibiotic cement spacer, knee joint.',
        'Two packs of Copal with vancomycin 2 g were mixed by hand and rolled around pins into dowels, which were pushed into the femoral canal.',
        'The last pack, 40 g, was shaped by hand into a block spacer, which was pressed into the joint space so that it locked onto the dowels.',
        'Spacer and dowels come out at reimplantation in 8 weeks.',
      ].join('\n'),
    );
    expect(rs.map((r) => r.code).sort()).toEqual(['20702', '20704']);
    expect(el(rs, '20704', 'quantity')).toBe('pass');
    expect(el(rs, '20704', 'fabrication')).toBe('pass');
  });
});
