/**
 * Sentences written fresh for the classes fixed in stop 25 (blind sets holdout246 and later): each test names the
 * general pattern, and its notes were written for the test, not taken from a fixture. Every class is also checked in
 * other layouts, since a verdict must not depend on layout.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
import { layouts } from './helpers/layouts.js';

describe('a table row right between two rows of one device describes that device (its drug, its amount)', () => {
  const note =
    'OPERATIVE NOTE\n' +
    'Surgeon: Dr. X\n' +
    'Procedure: Debridement of the right distal femur (27360); antibiotic beads.\n' +
    '\n' +
    'The distal femoral metaphysis was opened through a cortical window and the abscess cavity curetted to bleeding bone.\n' +
    'Local antibiotic, made in theatre by Dr. X:\n' +
    '\n' +
    '| Item      | Detail                                           |\n' +
    '|-----------|--------------------------------------------------|\n' +
    '| Cement    | one 40 g pack of Simplex P                       |\n' +
    '| Drugs     | tobramycin 2.4 g and vancomycin 1 g              |\n' +
    '| Forming   | rolled by hand into 6 mm beads on a wire         |\n' +
    '| Placement | the 18 beads were laid in the metaphyseal cavity |\n' +
    '\n' +
    'The window was closed with the periosteum. Plan: bead removal in six weeks.\n';
  it('the drug row between the cement row and the forming row is the beads\' drug', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'drug')).toBe('pass');
      expect(el(rs, '20700', 'carrier')).toBe('pass');
    }
  });
  it('(guard) a findings row far from the device rows lends the device no amount', () => {
    const form =
      'OPERATIVE NOTE\n' +
      '| Field      | Detail |\n' +
      '|------------|--------|\n' +
      '| Procedure  | Partial excision of the calcaneus (28120); antibiotic calcium sulfate beads to the cavity |\n' +
      '| Approach   | Lateral utility incision through the old scar |\n' +
      '| Findings   | Soft grey bone over an area about 2 x 3 cm under the ulcer |\n' +
      '| Cultures   | Three bone specimens |\n' +
      '| Irrigation | Three litres of saline |\n' +
      '| Local drug | Stimulan mixed by hand with vancomycin powder into the bead mat; the beads were packed into the calcaneal cavity |\n' +
      '| Plan       | Non-weight-bearing; clinic in two weeks |\n';
    for (const t of layouts(form)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'quantity')).toBe('fail');
    }
  });
});

describe('a count noun before a placement word recalls the earlier placement ("matching the number placed"): nothing is placed today', () => {
  const notes = [
    'OPERATIVE NOTE\nProcedure: Removal of antibiotic beads from the left thigh, deep to the fascia lata; debridement of muscle (11043).\n' +
      'Description: The fascia was opened and the bead chain was removed from the subfascial space; 16 beads were counted on the wire, equal to the number implanted in March. The wound was closed over a drain.\n',
    'OPERATIVE NOTE\nProcedure: Removal of antibiotic PMMA beads from beneath the fascia of the right forearm; excisional debridement (11043).\n' +
      'Description: All tobramycin beads were retrieved from the subfascial pocket, 9 in all, the same as the count placed at the index operation. Skin closed with nylon.\n',
  ];
  it('the removal is the only device event', () => {
    for (const n of notes) for (const t of layouts(n)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('"packing" after an article or a dressing word is the gauze, not an act of packing a device', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Removal of antibiotic beads from the right heel wound; partial calcanectomy (28120).\n' +
    'Description: The iodoform packing and the antibiotic beads were taken out of the heel wound. The calcaneus was resected back to bleeding bone and the wound was closed.\n';
  it('only the removal is read', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:unspecified']);
  });
  it('(guard) "packing of the canal with beads" still places them', () => {
    const placed =
      'OPERATIVE NOTE\nProcedure: Reaming of the right tibial canal (27640); antibiotic beads.\n' +
      'Description: Palacos with 2 g vancomycin was rolled by hand into 20 beads. Packing of the tibial canal with the beads completed the case.\n';
    for (const t of layouts(placed)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('an attestation vouches for the operation the note tells: an action on a device that only the attestation tells is its summary\'s wording', () => {
  const note =
    'OPERATIVE NOTE\nSurgeon: Dr. X (attending), resident Dr. X\n' +
    'Procedure: Stage one revision of an infected right total hip: removal of components and cement (27091); antibiotic spacer.\n' +
    'Description: The femoral stem, the cup and all cement were removed. Two 40 g packs of Palacos were mixed by hand with 4 g of vancomycin and moulded into a spacer, which was seated in the hip joint and reduced.\n' +
    'Plan: spacer removal and reimplantation in eight weeks.\n' +
    '\n' +
    'Attending attestation: I was scrubbed for the whole case, including the explantation and the moulding of the spacer.\n';
  it('the spacer is placed, not removed', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
});

describe('a count of the whole may share its verb with another object ("all 12 of 12 beads and the wire were retrieved")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Removal of antibiotic beads, deep to the fascia of the left leg; debridement of muscle (11043).\n' +
    'Description: The fascia was opened. All 12 of 12 tobramycin PMMA beads and the wire were retrieved from the subfascial pocket. The pocket was irrigated. Reason: planned second stage.\n';
  it('completeness passes', () => {
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20701', 'completeness')).toBe('pass');
  });
});

describe('a count table decides completeness: the count out against the count placed or left in, row by row, site by site', () => {
  const head =
    'OPERATIVE NOTE\nProcedure: Removal of antibiotic PMMA beads from the right thigh, deep to the fascia; debridement of muscle (11043).\n' +
    'Reason: planned second stage. The fascia was opened and the gentamicin PMMA bead chain was removed from the subfascial space.\n\n';
  const withTable = (table: string) => head + table + '\nThe wound was closed over a drain.\n';
  it('as many out as placed passes', () => {
    const t = withTable('| Placed at stage 1 | Removed today |\n|---|---|\n| 14 | 14 |\n');
    for (const x of layouts(t)) expect(el(checkNoteAll(x), '20701', 'completeness')).toBe('pass');
  });
  it('none left in passes; some left in fails', () => {
    const none = withTable('| Removed today | Left in |\n|---|---|\n| 10 | 0 |\n');
    const some = withTable('| Removed today | Left in |\n|---|---|\n| 8 | 2 |\n');
    for (const x of layouts(none)) expect(el(checkNoteAll(x), '20701', 'completeness')).toBe('pass');
    for (const x of layouts(some)) expect(el(checkNoteAll(x), '20701', 'completeness')).toBe('fail');
  });
  it('(guard: the count-conflict rule already reads this) fewer out than placed fails, in a table labelled by rows too', () => {
    const rows = withTable('| Count | Beads |\n|---|---|\n| Placed | 20 |\n| Retrieved | 17 |\n');
    for (const x of layouts(rows)) expect(el(checkNoteAll(x), '20701', 'completeness')).toBe('fail');
  });
  it('a row of another site speaks for the device there', () => {
    const note =
      'OPERATIVE NOTE\nProcedure: Removal of antibiotic beads from the tibial canal and from beneath the fascia of the right leg; debridement (11043).\n' +
      'Reason: planned second stage. The bead chain was pulled out of the tibial medullary canal and a second chain was removed from the subfascial pocket.\n\n' +
      '| Location                    | Placed | Removed today |\n|---|---|---|\n| Tibial medullary canal      | 12     | 12            |\n| Subfascial pocket           | 10     | 7             |\n';
    for (const x of layouts(note)) {
      const rs = checkNoteAll(x);
      expect(el(rs, '20703', 'completeness')).toBe('pass');
      expect(el(rs, '20701', 'completeness')).toBe('fail');
    }
  });
  it('(guard) a size in a cell is no count', () => {
    const note =
      'OPERATIVE NOTE\nProcedure: Exchange of an antibiotic cement rod in the left femoral canal; reaming (27360).\n' +
      'Reason: planned exchange. The old gentamicin PMMA rod was pulled out of the femoral canal intact and fluoroscopy showed no retained cement.\n' +
      'A new rod of Palacos with 2 g vancomycin was made by hand over a guide wire and passed into the canal.\n\n' +
      '| Rod | Placed today | Removed today |\n|---|---|---|\n| Diameter x length | 12 x 380 mm | 11 x 380 mm |\n';
    for (const x of layouts(note)) expect(el(checkNoteAll(x), '20703', 'completeness')).toBe('pass');
  });
});

describe('a device made from a mix belongs to the one placed device of its form, wherever the sentence that makes it went', () => {
  const note =
    'OPERATIVE NOTE\nProcedure:\n1. Explantation of an infected total knee (27488).\n2. Antibiotic cement dowels in the femoral and tibial canals (20702).\n3. Static antibiotic cement spacer in the knee joint (20704).\n' +
    'Description: Components and cement were removed and both canals reamed. On the back table two 40 g packs of Simplex P were mixed by hand, each with 2 g of vancomycin and 2.4 g of tobramycin. Part of the first pack was rolled around a pin into a femoral dowel and a tibial dowel, and the dowels were pushed into the canals. The second pack was then shaped by hand into a block spacer occupying the joint space, holding the ends of the dowels. Closure over a drain.\n' +
    'Plan: reimplantation with spacer and dowel removal in 10 weeks.\n';
  it('the spacer takes the mix\'s drugs and amount', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary', 'insert:intra-articular']);
      expect(el(rs, '20704', 'drug')).toBe('pass');
      expect(el(rs, '20704', 'quantity')).toBe('pass');
    }
  });
});

describe('an implant log row of a cement the note says fixed the new components is not the removed device\'s material', () => {
  const note =
    'OPERATIVE NOTE\nProcedures: 1. Removal of the antibiotic spacer from the left knee joint (20705). 2. Revision total knee arthroplasty (27487).\n' +
    'Description: The spacer was lifted out of the knee joint in one piece. The femoral and tibial components were cemented with Simplex P.\n\n' +
    '| Item                     | Size | Qty |\n|---|---|---|\n| Femoral component        | 5    | 1   |\n| Tibial tray              | 4    | 1   |\n| Simplex P bone cement    | 40 g | 2   |\n| Explanted: antibiotic spacer | -  | 1   |\n';
  it('the spacer\'s material stays unknown', () => {
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20705', 'device-removed')).toBe('fail');
  });
});

describe('a row of empty cells under a device\'s row in a removal table is that row\'s cells wrapped', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Removal of the antibiotic spacer from the right knee joint (20705); reimplantation (27447).\n' +
    'Reason: planned second stage. The spacer was removed from the knee joint and fluoroscopy showed no cement left.\n\n' +
    '| Device removed             | Site       | Pieces placed | Pieces removed |\n|---|---|---|---|\n| Static spacer, vanc/tobra  | R knee     | 2      | 2      |\n| gentamicin PMMA, two halves |           |        |        |\n';
  it('(guard: the broader row rule of b85e382 read it; it holds now that material rows go only to placed devices or removal tables) the wrapped cell names the spacer\'s material', () => {
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20705', 'device-removed')).toBe('pass');
  });
});

describe('an adverb after the auxiliary keeps a deferral\'s scope ("placement was therefore deferred")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Debridement of an open tibia fracture (11012); external fixation (20690).\n' +
    'Description: The wound was debrided and a frame applied. An antibiotic cement rod in the tibial canal had been planned for today. The patient became unstable and rod insertion was thus postponed. The wound was dressed.\n';
  it('no rod is placed', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a correction that says no exchange was done takes back a listed exchange\'s new device', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Repeat washout of the left thigh; bead exchange\n' +
    'Description: The wound was opened and irrigated with 3 L of saline. The tobramycin beads already in the subfascial space looked clean and were not touched. The skin was closed loosely.\n\n' +
    'ADDENDUM: The procedure line was copied from the last note. No bead exchange was done today; the beads stay in place.\n';
  it('no device is placed', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t)).filter((e) => e.startsWith('insert'))).toEqual([]);
  });
});

describe('a device left at an earlier event of the course, named after its participle, was placed then ("the 12 beads left at the washout")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Removal of antibiotic beads from beneath the fascia of the right arm; debridement (11043).\n' +
    'Description: The fascia was opened. All 12 PMMA beads were removed on their wire; the count agrees with the 12 beads left at the last washout. Reason: planned second stage.\n';
  it('only the removal is read, and it is complete', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:deep']);
      expect(el(rs, '20701', 'completeness')).toBe('pass');
    }
  });
});

describe('a removal count in words, compared with the earlier placement ("Eight beads were retrieved, matching the eight placed at the first stage")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Removal of antibiotic beads from the left hip joint; revision arthroplasty (27134).\n' +
    'Description: Eight beads were retrieved from the hip joint, matching the eight placed at the first stage. Reason: planned second stage.\n';
  it('completeness passes', () => {
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20705', 'completeness')).toBe('pass');
  });
  it('(guard) "all but two beads were retrieved" is not complete', () => {
    const short = note.replace('Eight beads were retrieved from the hip joint, matching the eight placed at the first stage.', 'All but two beads were retrieved from the hip joint.');
    for (const t of layouts(short)) expect(el(checkNoteAll(t), '20705', 'completeness')).not.toBe('pass');
  });
});

describe('a known title after "of" and one word is the noun of its phrase, not a heading ("1. Removal of deep implant: bead strand")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure:\n1. Removal of retained implant: antibiotic bead chain, left forearm (20680)\n' +
    'Description: The fascia was opened and the gentamicin PMMA chain was withdrawn from beneath the fascia; all 9 beads were counted. No other procedure was needed. Reason: infection resolved.\n';
  it('the chain is removed, not placed', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('a known heading alone on its line, with no colon, owns the table under it ("EXPLANTED DEVICES" over "| Device | Site |")', () => {
  const note =
    'OPERATIVE NOTE\nProcedures: removal of antibiotic beads from beneath the fascia of the left thigh and of an antibiotic rod from the left femoral canal; femoral nailing (27506).\n' +
    'Description: The bead chain was drawn out of the subfascial space and the rod was pulled from the femoral canal; fluoroscopy showed no cement left. Reason: planned second stage.\n\n' +
    'EXPLANTED DEVICES\n| Device             | Site                 | Count   |\n|---|---|---|\n| PMMA beads (V/T)   | Subfascial, thigh    | 12 of 12 |\n| PMMA rod (V/T)     | Femoral IM canal     | 1       |\n';
  it('the rows are what came out, not placements', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep', 'remove:intramedullary']);
  });
});

describe('a verbless item that accounts for what came out ("16 of 16 PMMA beads counted") places nothing', () => {
  const note =
    'Operative Note\nProcedure: Removal of antibiotic beads, deep left forearm\n\nProcedure:\n- The fascia was opened and the bead chain withdrawn from the subfascial pocket.\n- 16 of 16 PMMA beads counted, as recorded at the first stage.\n- Skin closed with nylon.\n';
  it('only the removal is read', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('a device made by hand from a mix named again far back in its paragraph is made from it ("The second mix was rolled by hand into beads")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Removal of an infected femoral nail (27506 area); antibiotic devices.\n\n' +
    'We then made the local antibiotic devices ourselves. Two 40 g packs of Copal G+C were each mixed with 1 g of vancomycin. The first mix was poured into a 36 French drain around an 8 mm nail. After setting, the drain was peeled off, leaving a coated nail about 11 mm across. The coated nail was driven into the reamed femoral canal and locked. The second mix was rolled by hand into 6 mm beads, and 20 of these were strung on wire and laid deep to the fascia lata in the debrided cavity.\n\n' +
    'Plan: second stage in six weeks to remove the coated nail and the beads.\n';
  it('the beads are placed deep, with the mix\'s drug', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary', 'insert:deep']);
      expect(el(rs, '20700', 'drug')).toBe('pass');
    }
  });
});

describe('"This" stands for the device just made only before a linking verb and a verb of a way in ("This was inserted into the canal")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Exchange nailing of an infected tibia.\n' +
    'Description: One 40 g pack of Palacos R with 2 g of vancomycin was mixed by hand and injected into a chest tube over a 9 mm nail. Once cured the tube was cut away, leaving an antibiotic cement-coated nail. This was then inserted into the reamed tibial canal and locked. Wound closed.\n';
  it('the coated nail is placed in the canal', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
  it('(guard) "This was used as a landmark" places nothing', () => {
    const landmark =
      'OPERATIVE NOTE\nProcedure: Revision of the right hip (27134); removal of the antibiotic spacer from the hip joint.\n' +
      'Description: Dissection exposed the antibiotic spacer. This was used as a landmark for the rest of the exposure. The spacer was then removed from the hip joint in one piece. Reason: planned second stage.\n';
    for (const t of layouts(landmark)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
});

describe('a participle joined by "and" to a passive verb of its clause shares its auxiliary ("was grasped at its proud end with pliers and removed")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Staged treatment of an infected right femur.\n' +
    'Description: The old entry point was opened. The gentamicin cement rod placed at the first stage was grasped at its exposed tip with a heavy clamp and withdrawn. The canal was reamed.\n';
  it('the old rod is removed', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toContain('remove:intramedullary');
  });
});

describe('a title that opens an item of a list heads that item only ("  * Indication: ..." inside the steps)', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: bead exchange, deep right thigh.\n\nSteps:\n' +
    '  - Indication: beads placed at the index washout ten days ago; planned exchange today.\n' +
    '  - The fascia was opened and the old bead chain removed from the subfascial cavity; all 12 beads accounted for.\n' +
    '  - Palacos R with 2 g vancomycin was mixed by hand and rolled into 14 beads on a wire.\n' +
    '  - The new chain was laid in the cavity deep to the fascia lata.\n' +
    '  - Closure over a drain.\n';
  it('the steps after it are today\'s: the new beads are placed', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:deep', 'insert:deep']);
      expect(el(rs, '20700', 'drug')).toBe('pass');
    }
  });
});

describe('an option talked over with someone before the decision ("we discussed with the family placing a spacer if ...") is not done', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Arthrotomy and washout of the right knee.\n' +
    'Description: The knee was opened and irrigated with 9 L of saline. Beforehand we had discussed with the patient and his wife placing an antibiotic spacer if the cartilage was destroyed; the cartilage was healthy, so the joint was closed over a drain.\n';
  it('no spacer is placed', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a participle in the active perfect after a subject of its own governs no device told before it ("..., the cavity has filled with granulation tissue")', () => {
  const note =
    'ORTHOPAEDIC DEPARTMENT\n\nDear Doctor,\n\nI took this 61-year-old man to theatre today to graft his left heel wound. Five weeks ago he had a debridement of the heel, and at that operation calcium sulfate beads with vancomycin were placed in the cavity. Those beads have since resorbed, the cavity has filled with healthy granulation and his CRP is normal.\n\n' +
    'Under general anaesthesia a split-thickness skin graft was harvested from the thigh and applied to the heel.\n\nYours sincerely,\nDr. X\n';
  it('(guard: these fresh sentences already read right before the perfect-subject rule, which fixed holdout263\'s letter) no device event today', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('a count compared with the placement\'s ("matching the number recorded when they were implanted") places nothing and is complete', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Removal of antibiotic beads from beneath the fascia of the right calf; closure.\n' +
    'Description: The fascia was opened and the chain lifted out. 20 beads, matching the number recorded when they were implanted. Reason: planned second stage.\n';
  it('only a complete removal', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['remove:deep']);
      expect(el(rs, '20701', 'completeness')).toBe('pass');
    }
  });
});

describe('a manner phrase may stand between a verb of passage and its path ("driven by hand through the entry point into the canal")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Antibiotic cement-coated tibial nail.\n' +
    'Description: Two 40 g packs of Palacos R with 2 g of vancomycin were mixed by hand and moulded over an 8 mm nail in a chest tube. The coated nail was tapped by hand through the proximal entry point into the reamed tibial canal.\n';
  it('the coated nail is placed in the canal', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('a title of two joined by a slash takes the category of the part that has one ("Disposition/Plan:")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Antibiotic cement rod, right femoral canal.\nDescription: Palacos with 2 g vancomycin was rolled by hand over a guide wire into a 9 mm rod, which was passed into the reamed femoral canal.\n' +
    'Disposition/Plan: Non-weight-bearing. Stage 2 in 6 weeks: removal of the antibiotic rod and exchange nailing.\n';
  it('the plan\'s removal is a plan, not a removal today', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'staged-removal')).toBe('pass');
    }
  });
});

describe('pellets named with shotgun wadding are shot, not a device ("Wadding, loose pellets and dead muscle were removed")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Debridement of a shotgun wound of the left thigh (11043).\n' +
    'Description: The wounds were excised. Wadding, loose pellets and dead muscle were removed and the cavity irrigated. Plan: antibiotic beads may be needed at the second look.\n';
  it('no device event', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
  });
});

describe('the material named again as the subject of a placement, right after the sentence that made one device of it, is that device ("the cement was pressed into the joint")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Arthrotomy and synovectomy of the left knee (27310); antibiotic cement spacer.\n\nSteps:\n' +
    '1. Synovectomy and debridement back to bleeding bone.\n' +
    '2. Spacer: one 40 g pack of Simplex P mixed by hand with 3 g vancomycin.\n' +
    '3. When doughy, the cement was shaped into a block and pressed into the knee joint space.\n' +
    '4. Closure over a drain.\n';
  it('the spacer is placed in the joint with its drug', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intra-articular']);
      expect(el(rs, '20704', 'drug')).toBe('pass');
    }
  });
});

describe('a nail lives in a medullary canal: its event is intramedullary when the note names no site', () => {
  const note =
    'OPERATION NOTE\nProcedure: Removal of the antibiotic cement-coated tibial nail.\nDetails: The entry point was opened and the nail extracted intact with its coating whole. Wound closed.\nReason: fracture united and infection quiet.\n';
  it('the removal is from the canal', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intramedullary']);
  });
  it('and the nail\'s name is no primary procedure: removal alone fails it', () => {
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20703', 'primary-procedure')).toBe('fail');
  });
});

describe('a form\'s conditional field ("If yes: ... removal of the coated nail") tells a plan', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Antibiotic cement-coated nail, left tibia (27759).\nDescription: Palacos R with 2 g vancomycin was moulded by hand over a 9 mm nail in a chest tube; the coated nail was inserted into the reamed tibial canal and locked.\n' +
    'Second stage planned: [x] Yes  [ ] No\nIf yes: stage two in about 8 weeks -- removal of the coated nail and definitive fixation.\n';
  it('only the insertion is read', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('an earlier time after a reference participle dates what it refers to, not the sentence ("with the same drug load used at the first stage")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Repeat debridement, deep right thigh (11043).\n' +
    'Description: The old chain was removed from beneath the fascia lata; all 16 beads were counted. New beads: one 40 g pack of Simplex P mixed by hand with the same antibiotic dose used at the first stage, rolled into 16 beads and laid deep to the fascia lata.\n';
  it('the new beads are placed today, deep', () => {
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep', 'insert:deep']);
  });
});

describe('a device\'s own log row that says its amount was not taken fails its quantity, whatever else its sentences measure', () => {
  const note =
    'OPERATIVE NOTE\nProcedures: antibiotic cement rod into the left femoral canal; antibiotic beads deep to the fascia lata.\n\n' +
    '| Item               | Site              | Amount        |\n|---|---|---|\n| Simplex P          | rod               | 1 pack (40 g) |\n| Vancomycin         | in cement         | 2 g           |\n| Antibiotic rod     | femoral canal     | 9 mm x 30 cm  |\n| Antibiotic beads   | deep to fascia    | not recorded  |\n\n' +
    'Description: The pack of Simplex P was mixed by hand with 2 g vancomycin and made into a rod over a guide wire, which was passed into the femoral canal. The leftover cement was rolled by hand into beads on a wire, placed deep to the fascia lata.\n';
  it('the beads\' quantity fails; the rod\'s passes', () => {
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(el(rs, '20700', 'quantity')).toBe('fail');
      expect(el(rs, '20702', 'quantity')).toBe('pass');
    }
  });
});

describe('what came from an earlier operation is of that time ("Final cultures from the index I&D are sensitive")', () => {
  const note =
    'OPERATIVE NOTE\nProcedure: Removal of the antibiotic bead chain from beneath the fascia of the left calf.\n' +
    'Description: The fascia was opened and all 14 beads were withdrawn on their wire. Closure with nylon.\n' +
    'Findings: healthy granulation. Cultures from the initial debridement grew MSSA sensitive to cefazolin.\n';
  it('the removal is the only procedure: the primary procedure fails', () => {
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20701', 'primary-procedure')).toBe('fail');
  });
  it('(guard) a count checked "against the record from the index procedure" stays today\'s', () => {
    const counted = note.replace('all 14 beads were withdrawn on their wire', 'all 14 of 14 beads were withdrawn, counted against the record from the index procedure');
    for (const t of layouts(counted)) expect(el(checkNoteAll(t), '20701', 'completeness')).toBe('pass');
  });
});

describe('a participle joined by "and" to a passive verb with no device as its subject is read as it stands, unless it goes into the device it makes', () => {
  it('"mixed by hand and pressed into the knee joint space as a block spacer" places the spacer', () => {
    const note = 'OPERATIVE NOTE\nProcedure: Excision of the infected knee prosthesis (27488).\nDescription: Simplex P with 3 g vancomycin was mixed by hand and pressed into the knee joint space as a block spacer.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
  it('"mixed with vancomycin and pressed into 4 mm pellets" makes the pellets; the next sentence places them', () => {
    const note =
      'OPERATIVE NOTE\nProcedure: Excisional debridement of the left calf (11043).\n' +
      'Description: Joint lavage first. A 10 cc Stimulan kit was mixed with 1 g of vancomycin powder and pressed into 4 mm pellets. The pellets were packed beneath the posterior compartment fascia.\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:deep']);
      expect(el(rs, '20700', 'drug')).toBe('pass');
    }
  });
});
