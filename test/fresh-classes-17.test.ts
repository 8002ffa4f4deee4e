/**
 * Sentences written fresh for the classes fixed in stop 32: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout. Tests named "(guard)" pass without the change too: they pin what the change must not break.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { Analysis } from '../src/nlp/analyze.js';
import { el, events } from './helpers/verdicts.js';
import { layouts } from './helpers/layouts.js';

const noDevice = (note: string) => {
  for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual([]);
};

describe('a removal told in a relative clause after a placement that the sentence dates earlier is part of that earlier story', () => {
  const note = (history: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\n' +
    `Indications: ${history}\n` +
    'Procedure: Excision of the sinus tract of the left ulna (25150).\n' +
    'Description: The sinus was excised down to healthy bone and the wound closed over a drain. No local antibiotic carrier was used.\n';
  it('"... 6 weeks ago with placement of gentamicin beads, which were removed at 10 days": no device of today', () => {
    noDevice(note('Open fracture of the forearm 6 weeks ago, debrided with placement of gentamicin PMMA beads, which were removed at 10 days.'));
  });
  it('"..., both of which were removed at 2 weeks": no device of today', () => {
    noDevice(note('She had two debridements 5 months ago, with insertion of tobramycin PMMA beads, both of which were removed at 2 weeks.'));
  });
  it('(guard) "..., which were removed today": the removal is today\'s', () => {
    const t = 'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Removal of antibiotic beads from the forearm (20680).\nDescription: The beads placed 3 weeks ago deep to the forearm fascia, which were removed today, were counted: 12 of 12.\n';
    expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('a plan to return to the operating room on a named day ("Return to OR Friday for ...") is a plan, not a removal', () => {
  const note = (plan: string) =>
    'PROGRESS NOTE\nPost-op day 2 after debridement of the right thigh with antibiotic beads deep to the fascia lata.\n' +
    'Exam: wound dry, compartments soft.\n' +
    `A/P:\n- ${plan}\n- continue IV cefazolin\n`;
  it('"Return to OR Monday for bead removal and closure"', () => noDevice(note('Return to OR Monday for bead removal and closure')));
  it('(guard) "return to theatre tomorrow for removal of the antibiotic beads"', () => noDevice(note('return to theatre tomorrow for removal of the antibiotic beads')));
  it('"Return to the OR next week for bead exchange"', () => noDevice(note('Return to the OR next week for bead exchange')));
  it('(guard) "Returns today for bead removal" in an operative note: today\'s removal', () => {
    const t = 'OPERATIVE NOTE\nSurgeon: Dr. X\nIndication: returns today for bead removal.\nDescription: The 12 antibiotic beads deep to the fascia lata were removed, 12 of 12 counted.\n';
    expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('a dot leader that ends in a colon ("LOCATION.......: ...") is one label and its value', () => {
  it('the field\'s sentence opens with its value, not with a second colon', () => {
    const note = 'BRIEF OP NOTE\nSURGEON...........: Dr. X\nLOCATION..........: Right knee joint space\nCEMENT............: Simplex P 2 x 40 g\n';
    for (const t of layouts(note)) {
      const texts = new Analysis(t, []).sentences.map((x) => x.text.trim());
      expect(texts.some((x) => /^right knee joint space/i.test(x))).toBe(true);
      expect(texts.some((x) => x.startsWith(':'))).toBe(false);
    }
  });
  it('(guard) the spacer of a fixed-width form is in the joint its LOCATION field names', () => {
    const note =
      'BRIEF OP NOTE\nSURGEON...........: Dr. X\n' +
      'PROCEDURE.........: Explant of infected right TKA (27488)\n' +
      'DEVICE............: Antibiotic cement spacer, hand molded on the back table\n' +
      'LOCATION..........: Right knee joint space\n' +
      'CEMENT............: Simplex P 2 x 40 g with vancomycin 4 g\n';
    for (const t of layouts(note)) {
      const rs = checkNoteAll(t);
      expect(events(rs)).toEqual(['insert:intra-articular']);
      expect(el(rs, '20704', 'placement-site')).toBe('pass');
    }
  });
});

describe('a spacer with its joint right after it and a side ("cement spacer left knee") is in that joint', () => {
  it('"... static antibiotic cement spacer right hip" in a procedure list', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\n' +
      'Procedure: Explant of infected right THA (27091), static antibiotic cement spacer right hip.\n' +
      'Description: Two 40 g packs of Palacos with 4 g vancomycin were mixed by hand and molded into a spacer.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
});

describe('a blank right after a ticked option is that option\'s amount left unfilled; the option itself is chosen', () => {
  const note = (row: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Incision and drainage of a deep thigh abscess (27301).\n' +
    'Description: The abscess cavity deep to the fascia lata was debrided and 20 beads were placed in the cavity, as recorded below.\n\n' +
    'DRUG-DELIVERY DEVICE\n' +
    '  Device type:   [X] Beads   [ ] Rod   [ ] Spacer\n' +
    '  Carrier:       [X] PMMA    [ ] Calcium sulfate\n' +
    `  Antibiotic:    ${row}\n` +
    '  Prepared by:   [X] Surgical team, hand-rolled on the back table\n' +
    '  Removal plan:  [X] Return to OR in 2 weeks for bead removal\n';
  it('"[X] Gentamicin ____ mg": the drug is named', () => {
    for (const t of layouts(note('[X] Gentamicin ____ mg   [ ] Vancomycin ____ g'))) expect(el(checkNoteAll(t), '20700', 'drug')).toBe('pass');
  });
  it('(guard) "[ ] Gentamicin ____ mg" with no box ticked: no drug is named', () => {
    for (const t of layouts(note('[ ] Gentamicin ____ mg   [ ] Vancomycin ____ g'))) expect(el(checkNoteAll(t), '20700', 'drug')).toBe('fail');
  });
});

describe('antituberculous and regional cement drugs are drugs', () => {
  for (const drug of ['streptomycin 1 g', 'kanamycin 1 g', 'isoniazid 300 mg']) {
    it(`"${drug}" mixed into the beads`, () => {
      const note =
        'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of a tuberculous abscess of the left thigh (27301).\n' +
        `Description: 20 g of PMMA was mixed by hand with ${drug} and rolled into 15 beads, which were placed deep to the fascia lata. Removal of the beads is planned at 3 weeks.\n`;
      for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'drug')).toBe('pass');
    });
  }
});

describe('a cage or interbody spacer in a sentence that sprinkles a drug powder is no drug device', () => {
  it('"1 g of vancomycin powder was sprinkled into the debrided bed before the spacer was impacted"', () => {
    noDevice(
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Anterior L3-L4 corpectomy with a titanium mesh cage (22558).\n' +
        'Description: The infected vertebral body was resected. 1 g of vancomycin powder was sprinkled into the debrided bed before the spacer was impacted between L3 and L4.\n',
    );
  });
});

describe('a carrier made with its drug stays loaded when the note says nothing extra was added, and that phrase ends at its comma', () => {
  const note = (phrase: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of the left femur (27303); antibiotic beads deep to the fascia lata.\n' +
    `Description: With one pack of Palacos R+G, ${phrase}, 16 beads were rolled by hand and placed under the fascia lata. Removal of the beads is planned at the second stage.\n`;
  it('"without additional antibiotic"', () => {
    for (const t of layouts(note('without additional antibiotic'))) expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
  });
  it('"without additives"', () => {
    for (const t of layouts(note('without additives'))) expect(events(checkNoteAll(t))).toEqual(['insert:deep']);
  });
  it('(guard) "Beads were not placed, without ..." still negates what it says', () => {
    noDevice('OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of the left femur (27303).\nDescription: The cavity was irrigated; no beads were placed.\n');
  });
});

describe('text that the note says was copied from an earlier note tells that earlier operation', () => {
  const tail =
    'Procedure: Removal of the antibiotic spacer from the left knee joint; revision total knee arthroplasty (27487).\n' +
    'Description: The spacer was removed intact and fluoroscopy showed no retained cement. The new components were cemented.\n';
  it('a banner noticing that the note contains carried-forward text opens no earlier part: today\'s removal is found', () => {
    const note = 'OPERATIVE NOTE\nSurgeon: Dr. X\n### This record includes text copied forward from the previous operative note ###\n\n' + tail;
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
  it('a bracketed label that introduces a quotation ("[Copied from the stage 1 note:] "...") makes the quotation the earlier operation\'s', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\n' +
      '[Carried forward from the first stage operative note:] "An antibiotic spacer was molded by hand from Palacos with 2 g vancomycin and placed in the knee joint."\n\n' +
      tail;
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
  });
});

describe('a clause that opens with its auxiliary takes its subject after the verb, and "-ment" nouns are no participles', () => {
  const note = (sentence: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of the right tibia (27640).\n' +
    `Technique: The canal was reamed and irrigated. ${sentence} Plan: removal of the beads in 6 weeks.\n`;
  it('"Were placed the antibiotic beads in the medullary canal of the tibia."', () => {
    for (const t of layouts(note('Were placed 20 antibiotic beads of PMMA with vancomycin in the medullary canal of the tibia.'))) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
  it('"Was performed the placement of antibiotic beads in the tibial canal."', () => {
    for (const t of layouts(note('Was performed the placement of antibiotic beads of PMMA with gentamicin in the tibial medullary canal.'))) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
  it('"Then the placement of antibiotic beads in the tibial canal was done."', () => {
    for (const t of layouts(note('Then the placement of gentamicin PMMA beads in the tibial medullary canal was done.'))) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe("a date on the note's own title dates today; a dated title with its text on its line tells that day's operation", () => {
  it('"OPERATIVE NOTE (HOSPITAL DAY 6)" and "Hospital day 2: ... antibiotic bead placement": the beads were placed on day 2', () => {
    const note =
      'OPERATIVE NOTE - SECOND LOOK (HOSPITAL DAY 6)\n\nSurgeon: Dr. X\n' +
      'Hospital day 2: washout of the right leg with antibiotic bead placement deep to the fascia.\n\n' +
      'Procedure: Removal of antibiotic beads, right leg (add-on).\n' +
      'Description: The wound was opened; the bead chain deep to the fascia was removed, 20 of 20 beads counted.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('a row of a two-column table whose first cell is empty goes on with the cell above it', () => {
  it('"| 3 | The gentamicin beads lying under the fascia |" / "|   | were removed. |": a removal, not a placement', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Removal of antibiotic beads from the left thigh; closure.\n\n' +
      '| Step | What was done                                  |\n' +
      '| 1    | The old incision was opened.                   |\n' +
      '| 2    | The gentamicin PMMA beads lying deep to the    |\n' +
      '|      | fascia lata were removed, 15 of 15 counted.    |\n' +
      '| 3    | Irrigation and closure over a drain.           |\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('a spacer told after fixation hardware in a removal\'s list took the place of what came out', () => {
  it('"Resection of the femoral head with removal of the plate and a static antibiotic cement spacer in the hip joint"', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\n' +
      'Procedure: Resection of the left femoral head (27122) with removal of the plate and a static antibiotic cement spacer in the hip joint.\n' +
      'Description: The plate was removed. One 40 g pack of Palacos with 2 g vancomycin was mixed by hand and molded into a spacer, which was placed in the hip joint.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intra-articular']);
  });
});

describe('a stage log line whose label names a stage still to come tells a planned operation', () => {
  const note = (label: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\n\nStaging summary\n' +
    '  Stage 1 (today): debridement of the femur, antibiotic cement rod into the femoral canal.\n' +
    `  ${label}: removal of the rod and the beads, bone graft.\n\n` +
    'Procedure: Debridement of the left femur (27303); antibiotic cement rod in the femoral canal.\n' +
    'Description: One 40 g pack of Palacos was mixed by hand with 2 g vancomycin, formed over a guide wire into a rod and inserted down the femoral canal.\n';
  it('(guard) "Stage 2 (planned, in 8 weeks)"', () => {
    for (const t of layouts(note('Stage 2 (planned, in 8 weeks)'))) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
  it('(guard) "Next stage (scheduled)"', () => {
    for (const t of layouts(note('Next stage (scheduled)'))) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('a table row dated earlier by a cell of its own tells that time\'s work, removals too', () => {
  it('(guard) "| 2 | 5 wk ago | chain removal | 24 beads removed |" in a history table: no removal today', () => {
    noDevice(
      'OPERATIVE NOTE\nSurgeon: Dr. X\n\nHistory of operations\n' +
        '| Op | When      | What                 | Local antibiotic      |\n' +
        '|----|-----------|----------------------|-----------------------|\n' +
        '| 1  | 9 wk ago  | washout of the thigh | PMMA beads placed     |\n' +
        '| 2  | 5 wk ago  | chain removal        | 24 beads removed      |\n\n' +
        'Procedure: Split skin graft to the thigh wound (15100).\nDescription: The graft was harvested and applied.\n',
    );
  });
});

describe('a placement verb with the path it took from an entry point ("passed from the entry portal down the canal") places', () => {
  it('"The rod was passed from the trochanteric entry point down the femoral canal"', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement and reaming of the right femur (27303).\n' +
      'Description: Two packs of Simplex P with 2 g vancomycin were mixed by hand and formed into a rod over a wire. The rod was passed from the trochanteric entry point down the femoral canal to the distal metaphysis.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('a loaded product whose name holds a drug\'s short name names no drug added by the team', () => {
  it('"Cemex Genta" alone: the drug is not named', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of the iliac crest (27070).\n' +
      'Description: One 40 g pack of Cemex Genta bone cement was mixed by hand and rolled into 20 beads, which were placed deep in the cavity of the ilium. Removal is planned at 6 weeks.\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'drug')).toBe('fail');
  });
  it('(guard) "genta 1 g" added to PMMA: the drug is named', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Debridement of the iliac crest (27070).\n' +
      'Description: One 40 g pack of PMMA with genta 1 g was mixed by hand and rolled into 20 beads, which were placed deep in the cavity of the ilium. Removal is planned at 6 weeks.\n';
    for (const t of layouts(note)) expect(el(checkNoteAll(t), '20700', 'drug')).toBe('pass');
  });
});

describe('a correction that says a form was not removed today retracts its removal', () => {
  it('(guard) an addendum: "the bead removal line was copied in error; no beads were removed today"', () => {
    noDevice(
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure:\n1. Skin graft to the leg wound (15100)\n2. Removal of antibiotic beads from the leg\n\n' +
        'Description: The wound bed was clean and the graft was applied with staples.\n\n' +
        'ADDENDUM (Dr. X): Line 2 of the procedure list was copied from the previous template in error. No beads were removed today; they came out at the last operation.\n',
    );
  });
});

describe('"none" with words after it in its clause speaks forward, not back over the clause before', () => {
  it('(guard) "16 of 16 beads removed, none left behind": the removal stands', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Removal of antibiotic beads from the deep thigh (add-on).\n' +
      'Description: The chain deep to the fascia lata was taken out: 16 of 16 beads removed, none left behind.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['remove:deep']);
  });
});

describe('a stage log entry tells the time it names: earlier, today or planned', () => {
  it('"Stage 0: ... (outside, 1 year ago)" / "Stage 1: TODAY - ..." / "Stage 2: planned at 8 weeks - rod removal ...": today places, nothing is removed', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\n\nStages\n' +
      '  Stage 0: plate fixation of the tibia (outside, 1 year ago)\n' +
      '  Stage 1: TODAY - plate removal, resection, antibiotic cement rod in the tibial canal\n' +
      '  Stage 2: planned at 8 weeks - rod removal, bone graft, nail\n\n' +
      'Description: The plate was removed. Two packs of Palacos with 2 g vancomycin were mixed by hand and formed into a rod, which was inserted down the tibial canal.\n';
    for (const t of layouts(note)) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
  });
});

describe('a cell of a space-aligned three-column table wrapped under its own column joins its text', () => {
  it('"3     beads removed from beneath the      resident" / "      fascia lata": a deep removal', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Removal of the antibiotic beads from the thigh.\n\n' +
      'Step  What was done                                       By\n' +
      '1     Old incision reopened                               Dr. X\n' +
      '2     Gentamicin PMMA beads removed from beneath the      resident\n' +
      '      fascia lata, 20 of 20 counted\n' +
      '3     Closure in layers                                   resident\n';
    expect(events(checkNoteAll(note))).toEqual(['remove:deep']);
  });
});

describe('an initial in text written all in capitals or all in lower case reads as it does in mixed case', () => {
  it('"... BY THE SCRUB NURSE AND DR. X. AT DOUGH STAGE THE CEMENT ..." keeps the device its mixed-case note has', () => {
    const note =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Stage 1 revision of the right knee (27488): hand-moulded antibiotic cement spacer.\n' +
      'Spacer: 2 g vancomycin was added to each 40 g pack of Palacos R+G and hand-mixed by the scrub nurse and Dr. X. At dough stage the cement was moulded by hand into a block and placed into the knee joint.\n';
    const base = events(checkNoteAll(note));
    expect(base).toEqual(['insert:intra-articular']);
    expect(events(checkNoteAll(note.toUpperCase()))).toEqual(base);
    expect(events(checkNoteAll(note.toLowerCase()))).toEqual(base);
  });
});

describe('an absorbable brand said to hold no drug is filler, not a drug device', () => {
  it('"10 cc of plain calcium sulfate pellets (Stimulan, no antibiotic) were packed into the cyst"', () => {
    noDevice(
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Curettage of a unicameral bone cyst of the humerus (23150).\n' +
        'Description: The cyst was curetted. 10 cc of plain calcium sulfate pellets (Stimulan, no antibiotic) were packed into the cavity of the cyst.\n',
    );
  });
});
