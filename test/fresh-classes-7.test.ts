/**
 * Sentences written fresh for the classes fixed in stop 22 (blind sets holdout150 and later, and the residue of the
 * earlier sets): each test names the general pattern, and its notes were written for the test, not taken from a
 * fixture. Every class is also checked hard-wrapped, since a verdict must not depend on where the lines break.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
import { compileLexicon, matchAll } from '../src/nlp/lexicon.js';
import { Analysis } from '../src/nlp/analyze.js';
// @ts-expect-error plain ESM script without types
import { hardWrap } from '../scripts/metamorphic.mjs';

const layouts = (note: string) => [note, hardWrap(note, 64), hardWrap(note, 72), note.toUpperCase()];

/** A complete insertion of PMMA beads into a knee joint, with the plan sentence given. */
const kneeBeads = (plan: string) =>
  'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: arthrotomy and synovectomy of the left knee for septic arthritis (27334); ' +
  'antibiotic cement beads placed in the knee joint (20704).\n\n' +
  'A medial parapatellar arthrotomy was made and pus was evacuated. A complete synovectomy was done. ' +
  'On the back table 40 g of Simplex cement was mixed by hand with 2 g of vancomycin and rolled into 24 beads on a wire. ' +
  'The bead chain was placed into the knee joint and the capsule was closed.\n\n' +
  `Plan: ${plan}\n`;

describe('a plan whose condition has its own negation word keeps the plan ("... in 8 weeks if the infection has cleared")', () => {
  for (const plan of [
    'Beads out in 6 weeks if the infection has resolved.',
    'Second stage in about eight weeks once the wound has cleared.',
    'The beads will be exchanged at 2 weeks unless the cultures are negative.',
    'Bead exchange in 10 to 12 days when the swelling has subsided.',
  ]) {
    it(JSON.stringify(plan), () => {
      for (const t of layouts(kneeBeads(plan))) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toEqual(['insert:intra-articular']);
        expect(el(rs, '20704', 'staged-removal')).toBe('pass');
      }
    });
  }
  it('a negation trigger said of the main clause itself still negates it (guard: no subordinator stands between)', () => {
    // "resolved" said of the main clause's own subject, no subordinator between
    const t = kneeBeads('IV antibiotics. The effusion resolved.');
    for (const x of layouts(t)) expect(el(checkNoteAll(x), '20704', 'staged-removal')).toBe('warn');
  });
});

describe('a removal plan told with an active verb or with its time first', () => {
  for (const plan of [
    // active verb, then the time
    'We will remove the bead chain in 3 weeks in the operating room.',
    'I plan to remove the beads in about ten days.',
    // the time first, then what it is for
    'Repeat arthrotomy in 10 to 14 days to remove the beads and debride again.',
    'Second look in 4-5 days with removal of the bead chain at that time.',
    // number words past twelve, through the shared {{count}} macro
    'Bead removal at fourteen days.',
    'Removal of the beads in sixteen days.',
  ]) {
    it(JSON.stringify(plan), () => {
      for (const t of layouts(kneeBeads(plan))) expect(el(checkNoteAll(t), '20704', 'staged-removal')).toBe('pass');
    });
  }
  it('a time followed by the removal of something else is no plan for the device (guard: the new time-first term refuses sutures, staples and drains)', () => {
    for (const plan of ['Clinic in 2 weeks for suture removal.', 'Wound check in 10 days with removal of the staples.', 'Office visit in 2 weeks for drain removal.']) {
      for (const t of layouts(kneeBeads(plan))) expect(el(checkNoteAll(t), '20704', 'staged-removal')).toBe('warn');
    }
  });
});

describe('grammar macros: a lexicon term writes {{name}} for a shared piece of pattern', () => {
  const lex = (term: string) =>
    compileLexicon({ lexicon: 't', entries: [{ name: 'plan', terms: [term] }] }, 'patterns/lexicons/t.yaml', { count: '\\d+|fourteen|four', unit: 'days?|weeks?' });
  it('expands every use of a macro', () => {
    const l = lex('re:in\\s+{{count}}(?:\\s*-\\s*{{count}})?\\s+{{unit}}');
    expect(matchAll(l, 'out in fourteen days, or in 4-5 weeks').map((m) => m.text)).toEqual(['in fourteen days', 'in 4-5 weeks']);
  });
  it('an unknown macro is an error naming the file and the term', () => {
    expect(() => lex('re:in\\s+{{cuont}}\\s+days')).toThrow(/t\.yaml at entries\[0\]\.terms\[0\].*unknown macro \{\{cuont\}\}/);
  });
});

describe('a wrapped line that opens with more words before a colon than a form label has goes on, in any case', () => {
  // (a hanging indent under a bullet, and a plain wrapped line: the colon ends a clause of the sentence, it is no field)
  const note = (indent: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: removal of the antibiotic bead chain, right forearm (20680)\n\n' +
    '* Beads were placed by Dr. X at the incision and drainage of the forearm\n' +
    `${indent}deep volar abscess some four weeks ago: 12 PMMA beads with\n` +
    `${indent}gentamicin on a wire.\n` +
    '* Today the old incision was opened and all 12 beads were removed from the\n' +
    `${indent}deep volar compartment on their wire, intact.\n` +
    '* The wound was irrigated and closed.\n\nPlan: wound check in 10 days.\n';
  for (const indent of ['  ', '']) {
    it(`${indent ? 'hanging indent' : 'no indent'}: only today's removal is an event`, () => {
      for (const t of [note(indent), note(indent).toUpperCase(), note(indent).toLowerCase()]) {
        expect((checkNoteAll(t)[0]?.devices ?? []).map((d) => d.action)).toEqual(['remove']);
      }
    });
  }
  it('a short label on the next line still opens a field of its own (guard: "Reason for removal:" is a label)', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: removal of the antibiotic bead chain, right forearm (20680)\n' +
      'Beads removed from the deep volar compartment, all 12 counted on the wire\nREASON FOR REMOVAL: planned second stage\n';
    const sentences = new Analysis(t).sentences.map((s) => s.text);
    expect(sentences.find((s) => s.startsWith('Beads removed'))).toBe('Beads removed from the deep volar compartment, all 12 counted on the wire');
  });
});

describe('a device made from "the cement" is made from the nearest mix prepared before it, not from an earlier mix that made another device', () => {
  const note = (nailMix: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: debridement of the infected left tibial nonunion (11044); antibiotic cement-coated nail ' +
    'into the tibial canal (20702); antibiotic beads deep to the fascia of the leg (20700).\n\n' +
    'The canal was reamed to 12 mm and irrigated. ' +
    'First, 40 g of Simplex P was mixed with 2 g of vancomycin on the back table and rolled by hand into 20 beads on a wire; the bead ' +
    'chain was laid deep to the crural fascia. ' +
    nailMix +
    ' A 10 mm nail was passed through a 40 French chest tube mold filled with the doughy cement, and the coated nail was extruded once it had set. ' +
    'The coated nail was inserted into the tibial canal and locked.\n\nPlan: bead removal in 3 weeks; the coated nail stays as definitive fixation.\n';
  it('a second mix prepared without a drug: the nail has no drug, the beads keep theirs', () => {
    for (const t of layouts(note('Next, a second 40 g pack of Palacos cement was mixed by hand on the back table.'))) {
      const rs = checkNoteAll(t);
      expect(events(rs).sort()).toEqual(['insert:deep', 'insert:intramedullary']);
      expect(el(rs, '20702', 'drug')).toBe('fail');
      expect(el(rs, '20700', 'drug')).toBe('pass');
    }
  });
  it('no second mix: the nail is made of the beads\' mix and has its drug (guard: a sentence only using the cement ends no search)', () => {
    for (const t of layouts(note('The rest of that cement was kept soft.'))) expect(el(checkNoteAll(t), '20702', 'drug')).toBe('pass');
  });
});

describe('a code that text recognition misread (O for 0, l or I for 1) is still the code', () => {
  const note = (code: string) =>
    `OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: sequestrectomy of the right tibial shaft ${code}; antibiotic beads deep to the fascia (2O700).\n\n` +
    'The sequestrum was excised and the cavity curetted. 40 g of Palacos was mixed by hand with 2 g of vancomycin and rolled into ' +
    '20 beads on a wire, which were laid deep to the fascia in the cavity. Plan: bead removal in 4 weeks.\n';
  for (const code of ['(2764O)', '(CPT 2764O)', '(CPT l1044)', '(I1044)', '(11O44)']) {
    it(`${code} passes the primary procedure`, () => {
      for (const t of layouts(note(code))) expect(el(checkNoteAll(t), '20700', 'primary-procedure')).toBe('pass');
    });
  }
  it('a word of such letters with too few digits, or a lot number, is no code (guard: the misread letters need three digits beside them)', () => {
    for (const code of ['(lOOl1)', '(lot 2764O)']) for (const t of layouts(note(code))) expect(el(checkNoteAll(t), '20700', 'primary-procedure')).not.toBe('pass');
  });
});

describe('a digit text recognition read for a letter inside a word ("Simp1ex", "VANC0MYCIN") is that letter', () => {
  const note = (mix: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: debridement of the left calcaneus (28120); antibiotic beads into the calcaneal cavity (20700).\n\n' +
    `The calcaneal body was saucerized. ${mix} The beads were packed into the calcaneal cavity deep to the plantar fascia. Plan: bead removal in 4 weeks.\n`;
  for (const mix of [
    'One 40 g pack of Simp1ex P was mixed by hand with 2 g of vanc0mycin and rolled into 18 beads on a wire.',
    'ONE 40 G PACK OF PALAC0S WAS MIXED BY HAND WITH 2 G OF VANC0MYCIN AND ROLLED INTO 18 BEADS ON A WIRE.',
    'One 40 g pack of Pa1acos was mixed by hand with 2 g of gentamicin and rolled into 18 beads on a wire.',
  ]) {
    it(JSON.stringify(mix.slice(0, 60)), () => {
      for (const t of layouts(note(mix))) {
        const rs = checkNoteAll(t);
        expect(events(rs)).toEqual(['insert:deep']);
        expect(el(rs, '20700', 'drug')).toBe('pass');
        expect(el(rs, '20700', 'carrier')).toBe('pass');
      }
    });
  }
});

describe('an exchange listed as procedures: the new device of the kind just removed is placed ("New ... spacer", "set into")', () => {
  const note = (item: string, narrative: string) =>
    'OPERATIVE REPORT\nSurgeon: Dr. X\nProcedures:\n1) Removal of antibiotic cement spacer, left hip joint\n2) Debridement of the acetabulum and femur (27091)\n' +
    `3) ${item}\n\nDescription: The old spacer was removed from the hip joint in one piece and the joint was debrided. ${narrative} ` +
    'Plan: reimplantation in 8 weeks.\n';
  it('a verb-less list item "New hand-moulded spacer, left hip joint" lists the new spacer placed', () => {
    for (const t of layouts(note('New hand-moulded spacer, left hip joint', 'A fresh spacer was moulded by hand from 40 g of Palacos with 2 g of vancomycin.'))) {
      expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular', 'insert:intra-articular']);
    }
  });
  it('"the moulded components were set into the hip joint" places them', () => {
    for (const t of layouts(note('Articulating hip spacer', 'Two 40 g packs of Palacos with 2 g of vancomycin were moulded by hand into a spacer, which was set into the hip joint and reduced.'))) {
      expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular', 'insert:intra-articular']);
    }
  });
  it('a list item naming the removed spacer again without a word of newness lists no new one (guard)', () => {
    for (const t of layouts(note('Irrigation of the spacer pocket, left hip joint', 'No new spacer was placed; the joint was left empty.'))) {
      expect(events(checkNoteAll(t))).toEqual(['remove:intra-articular']);
    }
  });
});

describe('a page break written "Pg 1 of 2" with a speck of scanner noise beside it is dropped, and the sentence reads on', () => {
  it('the insertion cut by the page break is found', () => {
    const t =
      'Pg 1 of 2                 OPERATIVE REPORT                 FAX\nSurgeon: Dr. X\nProcedure: debridement of the left tibia (11044) and\n' +
      'placement of an antibiotic cement rod (20702)\n\nDescription: The bone was debrided. Two 40 g packs of Palacos were mixed by\n' +
      'hand with 2 g of vancomycin and moulded around a wire into a rod of 9 mm, which was passed into the\n\'\n' +
      'Pg 2 of 2                 OPERATIVE REPORT                 FAX\ntibial canal. Plan: rod removal in 6 weeks.\n';
    for (const x of [t, t.toUpperCase()]) {
      const rs = checkNoteAll(x);
      expect(events(rs)).toEqual(['insert:intramedullary']);
      expect(el(rs, '20702', 'drug')).toBe('pass');
    }
  });
});

describe('beads left in a wound at no named site stay a device of their own when a log row names the other device\'s cement', () => {
  it('a spacer in the joint, beads "left in the wound", and a materials table with a row for each', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: removal of the infected right elbow arthroplasty (24160), debridement, antibiotic spacer in the elbow joint, and antibiotic beads.\n\n' +
      'Description: The spacer cement was mixed on the back table and moulded by hand into a block. The spacer was set into the elbow joint. A separate mix of ' +
      'plain Simplex with tobramycin was rolled by hand into beads and left in the wound before closure.\n\nMaterials used:\n\n' +
      '| Item | Detail |\n| Spacer cement | Copal G+C, 2 x 40 g |\n| Bead cement | Simplex 40 g + tobramycin 1.2 g |\n\nPlan: second stage in 8 weeks.\n';
    for (const x of [t, t.toUpperCase()]) expect(events(checkNoteAll(x))).toEqual(['insert:intra-articular', 'insert:unspecified']);
  });
});

describe('layout: rows cut by a wrap go on, and a quoted sentence ends at its closing quote', () => {
  const wrapSame = (note: string) => {
    const base = checkNoteAll(note).map((r) => [r.code, r.elements.map((e) => e.status).join(',')].join(':'));
    for (const w of [64, 72, 48]) expect(checkNoteAll(hardWrap(note, w)).map((r) => [r.code, r.elements.map((e) => e.status).join(',')].join(':'))).toEqual(base);
  };
  it('a row of cells cut right after a pipe keeps its cells together', () => {
    const t = hardWrap(
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: debridement of the right ankle joint (27610) with antibiotic beads in the joint (20704).\n' +
        'Implant 1: Form=PMMA bead chain | Location=Right ankle joint | Antibiotic=Gentamicin 1 g + vancomycin 1 g | Cement=Palacos 40 g | Made=Rolled by hand on the back table | Count=20\n' +
        'Narrative: The ankle was debrided and irrigated, and the bead chain was placed in the joint. Plan: bead removal in 3 weeks.\n',
      60,
    );
    const rows = new Analysis(t).sentences.map((s) => s.text).filter((x) => x.includes('Form='));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Count=20');
  });
  it('a row of check boxes whose last box the wrap moved keeps its boxes on one line', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: debridement of the right ankle joint (27610); antibiotic beads in the joint (20704).\n' +
      'Narrative: The ankle was debrided. 40 g of Palacos was mixed by hand with 1 g of vancomycin and rolled into 20 beads, which were placed in the ankle joint.\n' +
      'Removal plan:  [ ] Return to theatre   [ ] Left in permanently   [ ] Not recorded\n';
    const w = hardWrap(t, 64);
    // ("Removal plan:" heads the boxes: they are its one line)
    expect(new Analysis(w).sentences.filter((s) => s.text.includes('[ ]')).map((s) => s.text.replace(/\s+/g, ' '))).toEqual([
      '[ ] Return to theatre [ ] Left in permanently [ ] Not recorded',
    ]);
    wrapSame(t);
  });
  it('"... lists \\"Cerament 10 mL.\\" Please clarify ..." is two sentences, however the lines fall', () => {
    const t = 'CDI QUERY\nIndicator: The implant record lists "Stimulan 10 cc." Please clarify whether any antibiotic was added to the filler.\n';
    for (const x of [t, hardWrap(t, 40), t.replace('." Please', '."\nPlease')]) {
      const texts = new Analysis(x).sentences.map((s) => s.text.replace(/\s+/g, ' '));
      expect(texts).toContain('The implant record lists "Stimulan 10 cc."');
    }
  });
});

describe('a question asks, it does not say: a documentation query names devices it does not document', () => {
  const note = (query: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: percutaneous kyphoplasty of T12 (22513).\n\n' +
    'Description: Under fluoroscopy a balloon tamp created a cavity in T12, which was filled with 4 mL of PMMA cement. No leak.\n\n' +
    `CDI QUERY: ${query}\n`;
  for (const query of [
    'Were antibiotic beads placed into the vertebral body at this operation?',
    'Was vancomycin added to the cement and were beads placed into the vertebral body?',
  ]) {
    it(JSON.stringify(query), () => {
      for (const t of layouts(note(query))) expect(events(checkNoteAll(t))).toEqual([]);
    });
  }
  it('a request to clarify, and a question opened by "did", name no device either', () => {
    for (const query of ['Please clarify whether antibiotic beads were placed into the vertebral body.', 'Did the team place antibiotic beads into the vertebral body?']) {
      for (const t of layouts(note(query))) expect(events(checkNoteAll(t))).toEqual([]);
    }
  });
  it('a statement after a question is still a statement (guard: only the question is hypothetical)', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: debridement of the left calcaneus (28120) with antibiotic beads (20700).\n\n' +
      'Description: Why was the wound still draining? The cavity held infected bone. 40 g of Palacos was mixed by hand with 2 g of ' +
      'vancomycin and rolled into 20 beads, which were placed into the calcaneal cavity deep to the plantar fascia. Plan: removal in 3 weeks.\n';
    for (const x of layouts(t)) expect(events(checkNoteAll(x))).toEqual(['insert:deep']);
  });
});

describe('a gauge written "24 G" beside a wire or needle is no amount of the device', () => {
  const note = (detail: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: excision of the thigh abscess (27301); antibiotic beads deep to the fascia lata (20700).\n\n' +
    `Description: The abscess under the fascia lata was excised. Antibiotic beads made by hand from Palacos with vancomycin were ${detail} and laid deep to the fascia lata. Plan: bead removal in 3 weeks.\n`;
  it('"strung on a 24 G wire", "threaded with an 18 G needle onto a 22 G stainless wire": no quantity', () => {
    for (const d of ['strung on a 24 G wire', 'threaded with an 18 G needle onto a 22 G stainless wire']) {
      for (const t of layouts(note(d))) expect(el(checkNoteAll(t), '20700', 'quantity')).not.toBe('pass');
    }
  });
  it('an implant-log cell "Stainless wire, 24 G" is a gauge', () => {
    const t = note('strung on wire') + '\nImplant log:\n  * Palacos R   REF 66036643   LOT 8E66\n  * Braided stainless wire, 24 G   REF 0417-24   LOT W5562\n';
    for (const x of layouts(t)) expect(el(checkNoteAll(x), '20700', 'quantity')).not.toBe('pass');
  });
  it('grams of cement on a wire still count (guard: "40 g of Palacos ... on a wire")', () => {
    for (const t of layouts(note('rolled from 40 g of cement and strung on a wire'))) expect(el(checkNoteAll(t), '20700', 'quantity')).toBe('pass');
  });
});

describe('an "Explant log" heading lists what came out: its device rows are no new devices', () => {
  const note = (heading: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedures:\n1. Removal of the antibiotic PMMA bead chain from the left calf, deep to the fascia (20680).\n2. Closure.\n\n' +
    `${heading}\n  Tobramycin PMMA bead chain on 24 G wire\n  Beads placed: 18    Beads recovered: 18\n\n` +
    'Description: The fascia was opened and the bead chain was drawn out of the subfascial space in one piece; all 18 beads were counted.\n';
  for (const heading of ['Explant log', 'EXPLANTED DEVICES', 'Devices removed']) {
    it(JSON.stringify(heading), () => {
      for (const t of layouts(note(heading))) expect((checkNoteAll(t)[0]?.devices ?? []).map((d) => d.action)).toEqual(['remove']);
    });
  }
});

describe('a K-wire or pin coated in antibiotic cement is a rod of the small bones', () => {
  const note = (device: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: debridement of the left small finger middle phalanx (26236); antibiotic device into the P2 canal (20702).\n\n' +
    `Description: The canal of P2 was curetted. 20 g of Palacos was mixed by hand with 1 g of vancomycin. ${device} Plan: removal at the second stage in 6 weeks.\n`;
  for (const device of [
    'A 0.045-inch K-wire was coated with the cement by hand, and the coated K-wire was inserted into the medullary canal of P2.',
    'The cement was rolled by hand along a Kirschner wire and the cement-coated wire was passed into the P2 medullary canal.',
    'An antibiotic cement-coated pin made by hand was inserted into the medullary canal of the middle phalanx.',
  ]) {
    it(JSON.stringify(device.slice(0, 60)), () => {
      for (const t of layouts(note(device))) expect(events(checkNoteAll(t))).toEqual(['insert:intramedullary']);
    });
  }
  it('a hydroxyapatite-coated external fixator pin is no device (guard: a coating of no cement)', () => {
    const t = note('Two hydroxyapatite-coated pins were inserted into the proximal phalanx for the external fixator.');
    for (const x of layouts(t)) expect(events(checkNoteAll(x))).toEqual([]);
  });
});

describe('a table cell "same batch" makes its device of the mix told before it', () => {
  it('two devices from one batch, the second described only as "same batch, molded by hand"', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedures:\n1) Debridement of the left index PIP joint and P1 (26080)\n2) Antibiotic cement rod in the P1 canal (20702)\n' +
      '3) Antibiotic cement spacer placed in the index PIP joint (20704)\n\nDescription: 1 g of vancomycin was mixed by hand into a 20 g pack of PMMA. ' +
      'A rod was rolled by hand and inserted into the P1 medullary canal. The rest was molded into a block for the joint.\n\n' +
      '| Device | Location | Material |\n| Cement rod | Index P1 medullary canal | PMMA + vancomycin 1 g |\n| Cement spacer | Index PIP joint | same batch, molded by hand |\n\n' +
      'Plan: second stage in 6 weeks to remove the rod and the spacer.\n';
    for (const x of [t, t.toUpperCase()]) {
      const rs = checkNoteAll(x);
      expect(events(rs)).toEqual(['insert:intramedullary', 'insert:intra-articular']);
      expect(el(rs, '20704', 'drug')).toBe('pass');
    }
  });
});

describe('"in the index" is the index finger when a finger word follows, not the index operation', () => {
  for (const where of ['in the index PIP joint', 'in the index MCP joint']) {
    it(`a spacer placed ${where} is placed today`, () => {
      const t =
        `OPERATIVE NOTE\nSurgeon: Dr. X\nProcedures:\n1) Debridement of the septic joint (26075)\n2) Antibiotic cement spacer placed ${where} (20704)\n\n` +
        'Description: 10 g of Palacos was mixed by hand with 0.5 g of vancomycin and molded into a small spacer. Plan: second stage in 6 weeks.\n';
      for (const x of layouts(t)) expect((checkNoteAll(x)[0]?.devices ?? []).map((d) => d.action)).toEqual(['insert']);
    });
  }
  it('"beads placed at the index operation" stay the index operation\'s (guard)', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: removal of antibiotic beads from the thigh (20680).\n\n' +
      'Description: The beads placed in the index stage were removed from the subfascial space; all 20 were counted.\n';
    for (const x of layouts(t)) expect((checkNoteAll(x)[0]?.devices ?? []).map((d) => d.action)).toEqual(['remove']);
  });
});

describe('the deep spaces of the hand are deep (the midpalmar, thenar and Parona\'s spaces)', () => {
  for (const space of ['the thenar space', 'the midpalmar space', "Parona's space of the distal forearm"]) {
    it(space, () => {
      const t =
        'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: drainage of the deep hand abscess (26034); antibiotic beads (20700).\n\n' +
        `Description: The abscess was drained and debrided. 10 g of Simplex was mixed by hand with 0.5 g of vancomycin and rolled into 8 beads, which were laid in ${space}. Plan: bead removal in 10 days.\n`;
      for (const x of layouts(t)) expect(events(checkNoteAll(x))).toEqual(['insert:deep']);
    });
  }
});

describe('the new device of an exchange told in one sentence goes where the old one came out', () => {
  it('"Spacer exchange of the left knee: removal of the spacer ... and insertion of a new spacer" with the old one out of the knee joint', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Spacer exchange of the left knee: removal of the cement spacer, repeat synovectomy (27335), and insertion of a new hand-molded antibiotic cement spacer.\n\n' +
      'Description: The old spacer was removed from the knee joint in one piece and no cement was left. Two 40 g packs of Palacos were mixed by hand with 2 g of vancomycin and molded into a new spacer, ' +
      'which was reduced and held until hard. Plan: reimplantation in 8 weeks.\n';
    for (const x of layouts(t)) expect(events(checkNoteAll(x)).sort()).toEqual(['insert:intra-articular', 'remove:intra-articular']);
  });
});

describe('"Implants in:" / "Implants out:" fields: what is listed out came out, and cement beside a stemmed revision fixes it', () => {
  it('a reimplantation with its fields: the spacer out, components and cement in, no new device', () => {
    const t =
      'BRIEF OP NOTE\nSurgeon: Dr. X\nProcedure: Second-stage reimplantation of the right total knee (27487); removal of the antibiotic spacer, right knee\n' +
      'Implants in: stemmed revision femur and tibia, constrained poly, Simplex with tobramycin x 2\nImplants out: antibiotic cement spacer\n\n' +
      'Description: The spacer was removed from the knee joint in one piece. The final components were cemented with two packs of Simplex with tobramycin.\n';
    for (const x of layouts(t)) expect(events(checkNoteAll(x))).toEqual(['remove:intra-articular']);
  });
});

describe('a bare heading line such as "OPERATIVE DETAIL" ends the diagnosis above it and opens the narrative', () => {
  for (const heading of ['OPERATIVE DETAIL', 'Surgical details', 'PROCEDURE NARRATIVE']) {
    it(heading, () => {
      const t =
        'PERIOPERATIVE RECORD\nSurgeon: Dr. X\nProcedure: debridement of the right elbow joint (24000)\n\n' +
        `Pre-op diagnosis: septic arthritis, right elbow\nPost-op diagnosis: same\n\n${heading}\n` +
        'The joint was debrided. 20 g of Palacos was mixed by hand with 1 g of vancomycin and rolled into 12 beads, which were placed into the elbow joint. Plan: bead removal in 2 weeks.\n';
      for (const x of layouts(t)) expect(events(checkNoteAll(x))).toEqual(['insert:intra-articular']);
    });
  }
});

describe('an absorbable device needs no removal: a later stage told without naming it plans nothing for it', () => {
  const note = (plan: string) =>
    'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: excisional debridement of the right thigh abscess (27301); calcium sulfate beads deep to the fascia (20700).\n\n' +
    'Description: The abscess cavity deep to the fascia lata was debrided. One 10 cc kit of Stimulan was mixed by hand with 1 g of vancomycin and cast into beads, which were packed into the cavity deep to the fascia.\n\n' +
    `Plan: ${plan}\n`;
  it('"second-stage reconstruction of the femur in 8 weeks" (of the bone, not the beads): n/a', () => {
    for (const t of layouts(note('Second-stage reconstruction of the femur in 8 weeks once the infection has settled.'))) expect(el(checkNoteAll(t), '20700', 'staged-removal')).toBe('n/a');
  });
  it('a plan that names the beads, or says they stay, still counts (guard)', () => {
    for (const plan of ['The beads will be removed at the second stage in 6 weeks.', 'The beads will resorb and will not be removed.']) {
      for (const t of layouts(note(plan))) expect(el(checkNoteAll(t), '20700', 'staged-removal')).toBe('pass');
    }
  });
});

describe('a procedure named as the maker of a place ("the cavity left by the saucerization") was an earlier operation', () => {
  for (const place of ['the cavity left by the saucerization', 'the cavity created by the earlier resection', 'the dead space left after the debridement']) {
    it(`a removal from ${place} is still the only procedure`, () => {
      const t =
        'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: Removal of antibiotic cement beads, left calcaneus (20680).\n\n' +
        `Description: The old incision was reopened and the bead chain was delivered from ${place}; all 16 beads were counted on the wire. The skin was closed.\n`;
      for (const x of layouts(t)) expect(el(checkNoteAll(x), '20701', 'primary-procedure')).toBe('fail');
    });
  }
});

describe('"matching the 14 placed" compares a count with the placement, it places nothing today', () => {
  for (const tail of ['matching the 14 placed', 'the same as the 14 originally placed', 'compared with the 14 placed at the index']) {
    it(tail, () => {
      const t =
        'BEDSIDE PROCEDURE NOTE\nDr. X\nProcedure: removal of the antibiotic PMMA bead strand at the bedside, left calcaneus.\n' +
        `With steady traction on the wire the bead strand was drawn out of the cavity in the calcaneal body. All 14 beads were on the wire, ${tail}.\n`;
      for (const x of layouts(t)) expect((checkNoteAll(x)[0]?.devices ?? []).map((d) => d.action)).toEqual(['remove']);
    });
  }
});

describe('a correction\'s heading goes on over its byline ("ADDENDUM" / "Author: Dr. X" / the correction)', () => {
  for (const byline of ['Author: Dr. X', 'Signed by: Dr. X', 'Date: 12/03 14:20']) {
    it(byline, () => {
      const t =
        `ADDENDUM TO OPERATIVE REPORT\n\n${byline}\n\n` +
        'This addendum corrects the report dictated earlier today. The dictation listed insertion of antibiotic cement beads into the knee joint among the ' +
        'procedures; that line came from a template in error. Antibiotic beads were not placed during this operation.\n';
      for (const x of layouts(t)) expect(events(checkNoteAll(x))).toEqual([]);
    });
  }
});

describe('a form question answered "[x] Not applicable" is not asserted', () => {
  it('"Antibiotic beads placed: [ ] Yes [ ] No [x] Not applicable" places no beads', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: irrigation and debridement of the open tibial fracture; reamed nailing of the tibia (27759).\n\n' +
      'Device checklist\nAntibiotic beads placed:        [ ] Yes   [ ] No   [x] Not applicable\nAntibiotic-coated nail:         [ ] Yes   [ ] No   [x] Not applicable\n\n' +
      'Description: The wound was debrided and irrigated, and a standard tibial nail was inserted and locked.\n';
    for (const x of [t, t.toUpperCase(), t.replace(/\n/g, '\r\n')]) expect(events(checkNoteAll(x))).toEqual([]);
  });
});

describe('a spacer its own words make a trial, a liner or another material is no drug device', () => {
  for (const spacer of ['a trial polyethylene spacer', 'a PEEK interbody spacer', 'a silicone toe spacer']) {
    it(`${spacer} in a note with antibiotic cement is none`, () => {
      const t =
        'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: cemented arthroplasty (27447)\n\nDescription: We mixed two packs of Palacos R+G and added 1 g of vancomycin to each, ' +
        `applied the cement and impacted the components, and ${spacer} was placed while the cement cured, then removed.\n`;
      for (const x of layouts(t)) expect(events(checkNoteAll(x))).toEqual([]);
    });
  }
  it('a static block spacer of antibiotic cement is still one (guard)', () => {
    const t =
      'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: resection of the infected knee arthroplasty (27488)\n\nDescription: Two packs of Palacos R+G with 2 g of vancomycin were ' +
      'mixed by hand and molded into a static block spacer, which was placed into the knee joint. Plan: reimplantation in 8 weeks.\n';
    for (const x of layouts(t)) expect(events(checkNoteAll(x))).toEqual(['insert:intra-articular']);
  });
});

describe('a form\'s question with its answer in a column on the same line is one field ("Beads placed?      No")', () => {
  const note = (answer: string) =>
    'OPERATIVE REPORT\nSurgeon: Dr. X\nProcedures:\n1. Excisional debridement of the open tibial fracture (11012)\n\n[Drug delivery device]\n' +
    `  Antibiotic beads placed?            ${answer}\n[End]\n\nSteps: the wound was debrided and irrigated with 9 L of saline.\n`;
  it('answered "No - not at this stage": nothing placed', () => {
    for (const x of layouts(note('No - not at this stage'))) expect(events(checkNoteAll(x))).toEqual([]);
  });
});

describe('an absorbable device said to need no removal has its plan ("will resorb", "no removal is planned")', () => {
  for (const plan of ['The calcium sulfate will resorb and be replaced by bone; no removal is planned.', 'No further removal will be needed.', 'The pellets will dissolve.']) {
    it(JSON.stringify(plan), () => {
      const t =
        'OPERATIVE NOTE\nSurgeon: Dr. X\nProcedure: debridement of the tibial canal (27640); antibiotic calcium sulfate into the canal (20702).\n\n' +
        'Description: One 10 cc kit of Stimulan was mixed by hand with 1 g of vancomycin and the pellets were packed into the tibial medullary canal.\n\n' +
        `Plan: ${plan}\n`;
      for (const x of layouts(t)) expect(el(checkNoteAll(x), '20702', 'staged-removal')).toBe('pass');
    });
  }
});
