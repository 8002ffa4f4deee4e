/**
 * Sentences written fresh for the classes fixed in stop 35: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout. Tests named "(guard)" pass without the change too: they pin what the change must not break.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { Analysis } from '../src/nlp/analyze.js';
import { el, events } from './helpers/verdicts.js';
import { layouts } from './helpers/layouts.js';

const eventsIn = (note: string, want: string[]) => {
  for (const t of layouts(note)) expect(events(checkNoteAll(t)), t).toEqual(want);
};
const elIn = (note: string, code: string, id: string, want: string) => {
  for (const t of layouts(note)) expect(el(checkNoteAll(t), code, id), t).toBe(want);
};

describe("an operation's heading is measured without the bracketed remark that closes its line", () => {
  const note = (first: string) =>
    'CUMULATIVE RECORD - LEFT FEMUR\nSurgeon: Dr. X\n\n' +
    `${first}\n` +
    'Washout of the femoral canal and a hand-rolled gentamicin PMMA rod (40 g Palacos, 1 g gentamicin, 8 mm) passed\ninto the left femoral intramedullary canal.\n\n' +
    'OPERATION 2 (TODAY, hospital day 6)\n' +
    'Procedures: excisional debridement of the thigh wound, muscle (11043-LT).\n' +
    'The rod was seen through the window, intact and undisturbed, and was left in place. Irrigation 3 L. Closed.\n' +
    'Plan: rod out at the second stage in about 6 weeks.\n';
  it('"OPERATION 1 (index washout, hospital day 2 -- dictated separately by the on-call team; shown here for the sequence)" heads an earlier part', () => {
    eventsIn(note('OPERATION 1 (index washout, hospital day 2 -- dictated separately by the on-call team; shown here for the sequence)'), []);
  });
  it('(guard) "OPERATION 1 (index, hospital day 2)" heads an earlier part', () => {
    eventsIn(note('OPERATION 1 (index, hospital day 2)'), []);
  });
});

describe('a space in a lexicon term never matches a dash set off by spaces: "[ ] no - retained cement" is an answer and its remark', () => {
  const note = (answer: string) =>
    'OPERATIVE NOTE\nProcedure: removal of an antibiotic cement rod from the right tibial canal (20680-RT, +20703-RT); sequestrectomy (11044-RT).\n' +
    'Indication: planned second stage, infection controlled, CRP normal.\n' +
    'Description: The tibial window was reopened and the gentamicin PMMA rod was pulled from the canal with its loop; a piece of the tip broke off.\n\n' +
    'DOCUMENTATION QUERY\nWas all of the cement retrieved from the canal?\n' +
    `${answer}\n` +
    'Dr. X\n';
  it('an unticked option "[ ] no - retained cement" says nothing of completeness', () => {
    elIn(note('[ ] yes - confirmed on imaging\n[ ] no - retained cement\n[x] cannot say'), '20703', 'completeness', 'fail');
  });
  it('a ticked "[x] no - retained fragment" says a piece stayed, not that none did', () => {
    elIn(note('[ ] yes - confirmed on imaging\n[x] no - retained fragment\n[ ] cannot say'), '20703', 'completeness', 'fail');
  });
  it('(guard) "fluoroscopy showed no retained cement in the canal" is a complete extraction', () => {
    elIn(note('Reply: fluoroscopy showed no retained cement in the canal.'), '20703', 'completeness', 'pass');
  });
});

describe("a later sentence of this operation that prepares a device it names (an addendum's answer) gives that device its drug", () => {
  const note = (addendum: string) =>
    'OPERATIVE REPORT\nProcedures: sequestrectomy, left tibia (11044-LT); antibiotic cement rod, left tibial canal (+20702-LT).\n' +
    'Description: One 40 g bag of Simplex was mixed with antibiotics on the back table and molded over a 3 mm guide wire in a 40 Fr chest tube. ' +
    'The rod was passed into the left tibial intramedullary canal. Closure in layers.\n' +
    'Plan: rod removal and bone grafting at 6-8 weeks.\n\n' +
    `ADDENDUM (same day, Dr. X): ${addendum}\n`;
  it('"The drugs added to the Simplex were vancomycin 2 g and tobramycin 2.4 g, hand-mixed by me before the rod was molded" names the drug', () => {
    elIn(note('The drugs added to the 40 g of Simplex were vancomycin 2 g and tobramycin 2.4 g, hand-mixed by me before the rod was molded.'), '20702', 'drug', 'pass');
  });
  it('(guard) a plan to hand-mix tobramycin into a new rod at the next stage names no drug of this one', () => {
    elIn(note('At the next stage we will hand-mix tobramycin into a new rod if cultures grow gram-negative organisms.'), '20702', 'drug', 'fail');
  });
});

describe('a counted piece that stayed, and where ("one bead retained in the distal canal"), is an incomplete extraction', () => {
  const note = (last: string) =>
    'OP NOTE\nProcedure: removal of antibiotic beads, right femoral canal (20680-RT, +20703-RT); debridement of the canal (11044-RT).\n' +
    'Indication: planned removal, infection controlled.\n' +
    'Description: The beads were pulled out on their wire and the canal was reamed and irrigated. All beads were removed.\n' +
    `${last}\n`;
  it('"the radiograph shows one bead retained in the distal femoral canal" fails completeness', () => {
    elIn(note('ADDENDUM: the postoperative radiograph shows one bead retained in the distal femoral canal.'), '20703', 'completeness', 'fail');
  });
  it('"two pellets remain within the canal" fails completeness', () => {
    elIn(note('Addendum, next day: on review two pellets remain within the canal above the isthmus.'), '20703', 'completeness', 'fail');
  });
  it('(guard) "18 beads were left in the canal at the first operation" recalls the placement: completeness still passes', () => {
    elIn(note('For the record, 18 beads were left in the canal at the first operation; 18 came out today.'), '20703', 'completeness', 'pass');
  });
});

describe('a reason word said of plain hardware ("broken distal locking screw", "exchange nailing") is no reason to remove the device', () => {
  const note = (dx: string, proc: string) =>
    `OPERATIVE NOTE\nPreop dx: ${dx}\n` +
    `Procedures: removal of PMMA antibiotic beads from the left tibial canal (+20703-LT); ${proc} (27724-LT).\n` +
    'Description: Old nail removed. 9 beads were found in the canal and removed with a curette; fluoroscopy showed no beads left. Canal reamed.\nDr. X\n';
  it('"broken distal locking screw" and "exchange nailing" state no reason', () => {
    elIn(note('Nonunion of the left tibia with a broken distal locking screw.', 'exchange nailing with autograft'), '20703', 'removal-reason', 'fail');
  });
  it('(guard) a broken rod is a reason', () => {
    elIn(note('Nonunion of the left tibia; the antibiotic rod is broken.', 'repair of nonunion with a nail'), '20703', 'removal-reason', 'pass');
  });
  it('(guard) a bead exchange is a reason', () => {
    elIn(note('Nonunion of the left tibia, planned bead exchange.', 'repair of nonunion with a nail'), '20703', 'removal-reason', 'pass');
  });
});

describe('an earlier operation named by the time since it or by its order ("14 days after incision and drainage, at which ...", "at the first washout") anchors what it placed', () => {
  const note = (indication: string) =>
    'OPERATIVE NOTE\nProcedure: removal of antibiotic beads, left thigh, deep to the fascia (20680-LT, +20701-LT); debridement (11043-LT).\n' +
    `Indications: ${indication}\n` +
    'Description: The fascia was opened and the bead chain was removed whole; 20 of 20 beads were counted. Planned second look done, cavity clean.\nDr. X\n';
  it('"Ten days after incision and drainage of the abscess, at which a chain of 20 beads was placed deep to the fascia" places nothing today', () => {
    eventsIn(note('Ten days after incision and drainage of the thigh abscess, at which a chain of 20 tobramycin PMMA beads was placed deep to the fascia.'), ['remove:deep']);
  });
  it('"At the first washout a bead pouch was made: 20 beads laid deep to the fascia" places nothing today', () => {
    eventsIn(note('At the first washout a bead pouch was made: 20 gentamicin PMMA beads laid deep to the fascia under an adhesive film.'), ['remove:deep']);
  });
});

describe('a device as the subject of "filled" in a note that takes that form out tells how it was found', () => {
  const removal = (line: string) =>
    'OPERATIVE NOTE\nProcedures: removal of antibiotic spacer, left knee (27488-LT, +20705-LT); reimplantation.\n' +
    `Description: Arthrotomy through the old scar. ${line} It was cut with an osteotome and removed in pieces; all cement was cleared from the joint. ` +
    'The new components were cemented with plain cement.\nDr. X\n';
  it('"The static spacer filled the joint and was bonded to the cut bone" is no placement', () => {
    eventsIn(removal('The static spacer filled the joint and was bonded to the cut bone.'), ['remove:intra-articular']);
  });
  it('(guard) "the pellets filled the cavity" in a note that takes nothing out places them', () => {
    eventsIn(
      'OPERATIVE NOTE\nProcedure: saucerization, right calcaneus (28120-RT), antibiotic pellets (+20700-RT).\n' +
        'Description: 10 cc of calcium sulfate mixed by hand with 1 g vancomycin was formed into pellets. After saucerization of the calcaneal body, the pellets filled the resulting bone cavity.\nDr. X\n',
      ['insert:deep'],
    );
  });
});

describe('a list item whose status after a dotted leader or a dash says it was not done is negated whole', () => {
  const note = (items: string) =>
    'OPERATIVE REPORT\nProcedures consented:\n' +
    `${items}\n\n` +
    'Description: The fascia was opened and both bead chains were removed; 16 of 16 beads counted. The cavity was clean, so no new chain was needed. Closed.\n' +
    'Indication: planned removal, infection controlled.\nDr. X\n';
  it('"2. New antibiotic bead chain (+20700-LT) ........ NOT DONE - not required" places nothing', () => {
    eventsIn(note(' 1. Removal of antibiotic beads, left thigh, deep to the fascia (20680-LT, +20701-LT) ..... DONE\n 2. New antibiotic bead chain (+20700-LT) ............. NOT DONE - not required\n 3. Skin graft (15100) ....... NOT DONE'), ['remove:deep']);
  });
  it('"2. Bead chain replacement -- cancelled" places nothing', () => {
    eventsIn(note(' 1. Removal of antibiotic beads, left thigh, deep to the fascia (20680-LT, +20701-LT) -- done\n 2. New antibiotic bead chain (+20700-LT) -- cancelled'), ['remove:deep']);
  });
  it('a removal that was the only item done is reported with 20680', () => {
    elIn(note(' 1. Removal of antibiotic beads, left thigh, deep to the fascia (20680-LT, +20701-LT) ..... DONE\n 2. Excisional debridement, muscle (11043-LT) ..... NOT DONE - tissue healthy'), '20701', 'primary-procedure', 'fail');
  });
});

describe("a spacer's joint told after the action done to it ('antibiotic spacer exchange, left hip') is its site", () => {
  it('"Repeat debridement with antibiotic spacer exchange, left hip" removes and places in the joint', () => {
    eventsIn(
      'OPERATIVE NOTE\nProcedure: Repeat debridement with antibiotic spacer exchange, left hip.\nCPT: 27091-LT, +20705-LT, +20704-LT\n' +
        'Description: The old spacer was loose and was removed whole. Two 40 g packs of Palacos R+G were hand-mixed with 2 g vancomycin each and molded into a new spacer, which was seated and reduced.\nDr. X\n',
      ['insert:intra-articular', 'remove:intra-articular'],
    );
  });
});

describe("a form field's ticked option on a line of its own under the site label gives the device's site", () => {
  const note = (rows: string) =>
    'BRIEF OPERATIVE NOTE\nProcedure: I&D of left thigh abscess (27301-LT) [x] antibiotic beads (+20700-LT)\n\n' +
    'ANTIBIOTIC DEVICE\n  Carrier:     [x] PMMA (Palacos, 40 g)\n  Antibiotic:  vancomycin 2 g\n  Made by:     [x] surgical team, back table\n  Form:        [x] beads, 20 on wire\n' +
    `${rows}\n` +
    '  Removal:     [x] planned at second look in 2 weeks\n\nDr. X\n';
  it('"Site: [ ] intramedullary" / "[x] deep / subfascial" / "[ ] joint" places the beads deep', () => {
    eventsIn(note('  Site:        [ ] intramedullary\n               [x] subfascial (vastus lateralis)\n               [ ] intra-articular'), ['insert:deep']);
  });
  it('(guard) the ticked option on the label line gives the site', () => {
    eventsIn(note('  Site:        [x] subfascial (vastus lateralis)\n               [ ] intramedullary'), ['insert:deep']);
  });
});

describe('a singular "was not <participle>" has one subject, in its own comma clause: "..., tobramycin was not added" negates the tobramycin only', () => {
  const note = (prep: string) =>
    'OPERATIVE NOTE\nProcedure: revision of the infected left knee with antibiotic spacer (27488-LT, +20704-LT).\n' +
    `Description: The new spacer was made on the back table by me. ${prep} The dough was molded into a block spacer, which was placed into the left knee joint.\n` +
    'Plan: spacer removal and reimplantation in 8-12 weeks.\nDr. X\n';
  it('"Two bags of Simplex were each mixed with 2 g of vancomycin, gentamicin was not added" names the vancomycin', () => {
    elIn(note('Two 40 g bags of Simplex were each mixed with 2 g of vancomycin powder, gentamicin was not added.'), '20704', 'drug', 'pass');
  });
  it('(guard) "Vancomycin and gentamicin were not added to the cement" names no drug in it', () => {
    elIn(note('Two 40 g bags of Simplex were mixed by hand; vancomycin and gentamicin were not added to the cement.'), '20704', 'drug', 'fail');
  });
});

describe('the omission of words from the note ("cement detail omitted above") negates nothing the sentence describes', () => {
  it('"Spacer cement detail omitted above -- each pack was mixed with 2 g vancomycin" names the spacer\'s drug', () => {
    elIn(
      'OPERATIVE NOTE\nProcedure: exchange of the antibiotic spacer, right hip (27091-RT, +20705-RT, +20704-RT).\n' +
        'Description: The old spacer was removed whole. New spacer: two packs of cement were mixed with antibiotics on the back table and molded by hand into a stem-and-ball spacer, which was placed into the right hip joint and reduced.\n' +
        'Plan: reimplantation in about 10 weeks.\n\nADDENDUM (Dr. X, same day): Spacer cement detail omitted above -- each 40 g pack of Palacos R was mixed with 2 g vancomycin.\n',
      '20704',
      'drug',
      'pass',
    );
  });
});

describe('"at that <operation>" closing a clause dates what the clause tells ("the spacer ... was removed at that fusion")', () => {
  it('a recalled removal "(... the cement spacer from the first stage was taken out at that arthrodesis)" is no removal today', () => {
    eventsIn(
      'OPERATIVE NOTE\nProcedure: removal of painful retained screws, left hindfoot (20680-LT).\n' +
        'Indications: Three years after a subtalar arthrodesis (the second stage of an infected fracture; the cement spacer from the first stage was taken out at that arthrodesis), she has pain over two prominent screws.\n' +
        'Description: Two 6.5 mm screws were removed through stab incisions. Closed with nylon.\nDr. X\n',
      [],
    );
  });
});

describe("a stage log's entry whose label names a time to come ('Stage 2 in about 6 weeks:') tells a planned operation", () => {
  it('"Stage 2 in about 6 weeks: removal of the antibiotic rod, bone grafting" is no removal today', () => {
    eventsIn(
      'OPERATIVE NOTE - STEPWISE\nProcedure: debridement of the right tibial canal (11044-RT); antibiotic cement rod (+20702-RT).\n' +
        'Device placement: 40 g Palacos hand-mixed with 2 g vancomycin was molded over a guide wire into an 8 mm rod, which was passed into the right tibial intramedullary canal.\n' +
        'Stage 2 in about 6 weeks: removal of the antibiotic rod, cultures, bone grafting and fixation.\nDr. X\n',
      ['insert:intramedullary'],
    );
  });
});

describe('a label\'s bracketed remark that calls the cement fixation ("CEMENT (fixation): Palacos R+G ...") names no device', () => {
  it('(guard) a reimplantation whose implant record lists "CEMENT (fixation): two 40 g packs of Palacos R+G, 1 g vancomycin added" places nothing', () => {
    eventsIn(
      'OPERATIVE REPORT\nProcedures: removal of left knee antibiotic spacer (+20705-LT); revision total knee arthroplasty (27487-LT).\n' +
        'Description: The static spacer was removed whole and the joint debrided. The new components were cemented and the knee closed.\n\n' +
        'IMPLANTS\nFemoral component: size 5\nTibial tray: size 4, stem 100 mm\nCEMENT (fixation): Simplex P with tobramycin, two 40 g packs, each with 1 g vancomycin added.\n\nDr. X\n',
      ['remove:intra-articular'],
    );
  });
});

describe('an action inside quotation marks repeats words said elsewhere (a nursing line, a pasted report), not what this operation did', () => {
  const note = (quote: string) =>
    'OPERATIVE NOTE\nProcedure: repeat irrigation and debridement of the left leg wound (11043-LT).\n' +
    'Interval: the antibiotic beads placed in the left tibial canal at the index operation four days ago stay in place.\n' +
    `${quote}\n` +
    'Description: Packing out, necrotic muscle excised, irrigation 6 L. The bead wire was seen in the window; no beads were removed or added. Partial closure.\nDr. X\n';
  it('Nursing: "beads L tibia, wound packed, dressing changed twice" places nothing', () => {
    eventsIn(note('Nursing: "beads L tibia, wound packed, dressing changed twice overnight."'), []);
  });
  it('(guard) a pasted film report "... beads were inserted in the tibial canal ..." places nothing', () => {
    eventsIn(note('XR tibia (pasted): "Interval postoperative change; antibiotic beads were inserted in the tibial canal, unchanged."'), []);
  });
  it('(guard) an export whose rows quote each cell still places its beads', () => {
    eventsIn(
      '"doc","seq","section","sentence"\n"OP-7",1,"PROCEDURE","Debridement of the left tibial canal (11044-LT)."\n' +
        '"OP-7",2,"DESCRIPTION","40 g Palacos was hand-mixed with 2 g vancomycin and rolled into 20 beads on wire."\n' +
        '"OP-7",3,"DESCRIPTION","The beads were packed into the left tibial intramedullary canal."\n"OP-7",4,"PLAN","Bead removal in 6 weeks."\n',
      ['insert:intramedullary'],
    );
  });
});

describe('words of placement that say something else: blood given ("packed red cells"), things set out to count ("laid out on the back table")', () => {
  const actionWords = (t: string) => {
    const a = new Analysis(t);
    return a.sentences.flatMap((_, i) => a.in('actions', i).map((m) => m.text.toLowerCase()));
  };
  it('"needing two units of packed red cells" holds no word of placement; "the canal was packed with beads" does', () => {
    expect(actionWords('Before the spacer stage she became hypotensive, needing two units of packed red cells.')).toEqual([]);
    expect(actionWords('The tibial canal was packed with the beads.')).toEqual(['packed']);
  });
  it('"each chain was laid out on a towel and counted" after their removal places nothing', () => {
    eventsIn(
      'OPERATIVE NOTE\nProcedure: removal of antibiotic bead chains, right thigh, deep to the fascia (20680-RT, +20701-RT); debridement (11043-RT).\n' +
        'Indication: planned removal, infection controlled.\nDescription: The fascia was opened and both bead chains were withdrawn from the subfascial cavity. Each chain was laid out on a towel on the back table and counted: 20 of 20 and 20 of 20.\nDr. X\n',
      ['remove:deep'],
    );
  });
  it('(guard) "the beads were laid into the cavity" places them', () => {
    eventsIn(
      'OPERATIVE NOTE\nProcedure: debridement of right thigh abscess (27301-RT), antibiotic beads (+20700-RT).\n' +
        'Description: 40 g Palacos was hand-mixed with 2 g vancomycin and rolled into 20 beads on wire. The beads were laid into the cavity deep to the fascia lata.\nPlan: bead removal in 2 weeks.\nDr. X\n',
      ['insert:deep'],
    );
  });
});

describe('a device as the subject of its own coming out, from a place ("the chain came out from the subfascial space"), is removed', () => {
  const note = (line: string) =>
    'BEDSIDE PROCEDURE NOTE\nProcedure: removal of the antibiotic bead chain from the right thigh by traction on its wire.\n' +
    'Indication: the chain was placed at the drainage 12 days ago; planned removal, CRP down.\n' +
    `Description: Gentle traction on the wire tail. ${line} 18 of 18 beads on the wire.\nDr. X\n`;
  it('"The chain came out from the subfascial space in one piece" removes it from deep', () => {
    eventsIn(note('The chain came out from the subfascial space in one piece.'), ['remove:deep']);
  });
  it('(guard) a cast rod that "came out intact, 10 mm across" when its tube was split is no removal', () => {
    eventsIn(
      'OPERATIVE NOTE\nProcedure: debridement of the left tibial canal (11044-LT), antibiotic cement rod (+20702-LT).\n' +
        'Description: 40 g Simplex hand-mixed with 2 g vancomycin was injected into a chest tube over a guide wire. When the tube was split the rod came out intact, 10 mm across and 34 cm long. It was passed into the left tibial intramedullary canal.\nPlan: rod removal at 6 weeks.\nDr. X\n',
      ['insert:intramedullary'],
    );
  });
});

describe('a procedure-list item that tells where a device was found ("bead chain found in the subfascial space") places nothing', () => {
  it('"Procedures: gentamicin PMMA bead chain found beneath the fascia lata. Chain removed; 16 beads counted." removes only', () => {
    eventsIn(
      'Procedure note -- bead removal, right thigh\nProcedures:\n- Fascia reopened through the old incision.\n- Gentamicin PMMA bead chain found beneath the fascia lata.\n- Chain removed; all 16 beads counted, wire intact.\n' +
        'Indication: planned removal, infection controlled.\nDr. X\n',
      ['remove:deep'],
    );
  });
});

describe('a plan told after its noun reads over the bracketed remark between ("Second stage (spacer removal + revision) planned in about 8 weeks")', () => {
  it('"Second stage (spacer removal and revision arthroplasty) planned in roughly 10 weeks" removes nothing today', () => {
    eventsIn(
      'OPERATIVE NOTE\nProcedure: removal of infected right shoulder arthroplasty (23335-RT), antibiotic spacer (+20704-RT).\n' +
        'Description: Two 40 g packs of Palacos were hand-mixed with 2 g vancomycin each and molded into a spacer, which was seated in the glenohumeral joint and reduced.\n' +
        'Second stage (spacer removal and revision arthroplasty) planned in roughly 10 weeks.\nDr. X\n',
      ['insert:intra-articular'],
    );
  });
});

describe('a code in a table column headed by a code word is a code: a fixed-width "PROCEDURE ... CODE ... MOD" table, a pipe table "|Procedure|CPT|Mod|"', () => {
  const body = '\nDescription: Arthrotomy of the left knee, synovectomy and washout. 40 g Palacos hand-mixed with 2 g vancomycin was rolled into 15 beads, which were laid in the left knee joint.\nPlan: bead removal at the second look in 7 days.\nDr. X\n';
  it('(guard) fixed-width columns "PROCEDURE   CODE   MOD": the primary is coded', () => {
    elIn('PROCEDURE NOTE\nPROCEDURE                                  CODE     MOD   UNITS\nArthrotomy L knee, synovectomy, washout    27310    LT    1\nAntibiotic beads, L knee joint             20704    LT    1\n' + body, '20704', 'primary-procedure', 'pass');
  });
  it('a pipe table "|Procedure|CPT|Mod|" whose rows do not line up: the primary is coded', () => {
    elIn('**Knee washout**\n\n|Operation|CPT|Mod|\n|:--|:-:|:-:|\n|Arthrotomy of the left knee with synovectomy and washout|27310|LT|\n|Antibiotic beads, left knee joint|20704|LT|\n' + body, '20704', 'primary-procedure', 'pass');
  });
});

describe('a paragraph opened by a correction\'s label is the correction, all of it; the words an edit quotes to strike are not asserted', () => {
  it('"*** CORRECTION (Dr. X): the sentence above is wrong. The pellets were prepared ... The pellets were NOT placed." places nothing', () => {
    eventsIn(
      'OPERATIVE NOTE\nProcedure: drainage of a deep abscess of the right thigh (27301-RT).\n' +
        'Description: Fascia opened, abscess drained, irrigated 6 L. Calcium sulfate pellets (10 cc with 1 g vancomycin) were placed in the cavity.\n' +
        '*** CORRECTION (Dr. X, before signing): the sentence above is wrong. The pellets were mixed on the back table, but the cavity closed down after irrigation. The pellets were NOT placed and were discarded. ***\nDr. X\n',
      [],
    );
  });
  it('\'[Attending edit: strike "with 2 g tobramycin" -- none was added]\' names no drug', () => {
    elIn(
      'OPERATIVE NOTE\nProcedure: drainage of deep left thigh abscess (27301-LT), antibiotic beads (+20700-LT).\n' +
        'Beads: one 40 g bag of Palacos R ~~with 2 g tobramycin~~ [Attending edit: strike "with 2 g tobramycin" -- no drug was added; the bag was used as supplied] was mixed by hand and rolled into 20 beads, which were laid in the cavity deep to the fascia lata.\n' +
        'Plan: bead removal at the return to the OR in 2 weeks.\nDr. X\n',
      '20700',
      'drug',
      'fail',
    );
  });
});

describe('layout: verdicts that must not depend on where a wrap or an editor broke the lines', () => {
  const summary = (t: string) => checkNoteAll(t).map((r) => `${r.code} ${events([r]).join(',')} ${r.elements.map((e) => e.id + '=' + e.status).join(',')}`);
  const sameIn = (note: string) => {
    const want = summary(note);
    for (const t of layouts(note)) expect(summary(t), t).toEqual(want);
  };
  it('(guard) a line an editor soft-wrapped keeps the space it broke at, and goes on in capitals too', () => {
    sameIn(
      'OPERATIVE NOTE\n\nPreoperative diagnosis: Loosened antibiotic cement \ncoating of a femoral intramedullary nail, right, 9 \ndays after insertion.\nProcedures: Removal of the antibiotic cement-coated \nnail from the right femoral canal and exchange to a \nplain reamed nail.\nIndication: coating debonded; planned conversion.\nDescription: The coated nail was extracted; the canal was reamed and a plain nail placed.\nDr. X\n',
    );
  });
  it('(guard) "at I&D." ends its sentence, so a plan before it does not reach the removal after it, in any case', () => {
    sameIn('Removal deep abx beads R calf (20680-RT). Planned 2nd stage, beads placed 2 wk ago at I&D.\nSubfascial pocket opened, 16/16 gent-PMMA beads removed, wire intact. Closed. Dr. X\n');
  });
  it('(guard) a list whose items end in dotted leaders and a status keeps each item whole however it wraps', () => {
    sameIn(
      'OPERATIVE REPORT\nProcedures consented:\n 1. Removal of antibiotic beads, right thigh, deep to the fascia lata (20680-RT, +20701-RT) ... DONE\n 2. Repeat excisional debridement, muscle (11043-RT) ............... NOT DONE - tissue healthy\n 3. Biopsy of femur (20245-RT) ............................................ NOT DONE\n 4. Split-thickness skin graft (15100) ....................................... NOT DONE\n\n' +
        'Description: both chains were removed; 16 of 16 beads counted. Indication: planned removal, infection controlled.\nDr. X\n',
    );
  });
  it('(guard) procedure lines that end with their codes stay items of their own however the width reads', () => {
    sameIn(
      'OPERATIVE NOTE\nProcedures:\n  Removal of infected right knee prosthesis, all components (27488-RT)\n  Hand-molded antibiotic cement spacer, right knee joint (20704-RT)\n\n' +
        'Description: two 40 g packs of Palacos were hand-mixed with 2 g vancomycin each and molded into a static spacer placed in the knee joint.\nPlan: reimplantation in 8-12 weeks with spacer removal.\nDr. X\n',
    );
  });
  it('(guard) a second colon on a labelled line opens that label\'s value, wherever the wrap cut it', () => {
    sameIn(
      'OPERATIVE NOTE\nProcedure: repeat debridement of the left leg wound (11043-LT).\nHISTORY OF THIS INJURY: Index surgery on the day of the injury: irrigation and debridement and an antibiotic bead pouch (tobramycin PMMA beads) in the open wound.\n' +
        'Second look 4 days ago: the bead pouch was removed.\nDescription: wound debrided, irrigated, VAC replaced. No beads were placed or removed today.\nDr. X\n',
    );
  });
});
