import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '../src/patterns/load.js';
import { QueriesSchema, draftNoteQuery, draftQuery, fixesInNoteWords, quotableNote, quoteEvidence, sentenceAt } from '../src/query.js';
import type { DeviceEvent, ElementResult, ElementStatus, Evidence, NoteResult } from '../src/types.js';

const NOTE = [
  'PROCEDURE: Irrigation and debridement of open tibial shaft fracture.',
  '',
  'DESCRIPTION OF PROCEDURE: The wound was debrided down to bone. Antibiotic beads were',
  'placed in the wound. The wound was closed in layers.',
  'Cefazolin 2 g IV was given preoperatively.',
].join('\n');

function ev(text: string, src = NOTE): Evidence {
  const at = src.indexOf(text);
  if (at < 0) throw new Error(`not in note: ${text}`);
  const before = src.slice(0, at).split('\n');
  return { text, line: before.length, column: before[before.length - 1]!.length + 1 };
}

function el(id: string, status: ElementStatus, evidence: Evidence[] = [], message = `${id} message naming 20702`): ElementResult {
  return { id, label: id, status, message, evidence, denialRisks: ['denied for $'], fix: 'add it' };
}

function result(elements: ElementResult[], devices: DeviceEvent[] = [], code: string | null = '20702'): NoteResult {
  return { source: 'note.txt', status: 'fail', code, suggestedCodes: [], devices, elements };
}

const FORBIDDEN = /payment|pay\b|paid|reimburs|RVU|\$|dollar|revenue|money|bill|charge|denial|denied|fee|\bcodes?\b|CPT|modifier|\b2070\d\b|insurance|payer/i;
const titlesOf = (q: string) => q.split('\n').filter((l) => /^\d+\. /.test(l));
const flat = (q: string) => q.replace(/\n\s+/g, ' ');

describe('draftQuery', () => {
  const beads: DeviceEvent = { action: 'insert', site: 'unspecified', evidence: [ev('Antibiotic beads were\nplaced in the wound')] };
  const insertion = result(
    [
      el('placement-site', 'fail', [ev('placed in the wound')]),
      el('drug', 'fail'),
      el('carrier', 'pass', [ev('Antibiotic beads')]),
      el('fabrication', 'fail'),
      el('quantity', 'fail'),
      el('primary-procedure', 'fail'),
      el('staged-removal', 'warn'),
    ],
    [beads],
  );

  it('returns undefined when nothing fails or warns', () => {
    expect(draftQuery(result([el('drug', 'pass'), el('staged-removal', 'n/a')], [beads]), NOTE)).toBeUndefined();
  });

  it('asks one question per open element, in order', () => {
    const q = draftQuery(insertion, NOTE)!;
    expect(titlesOf(q)).toEqual([
      '1. Location of the device',
      '2. Medication in the device',
      '3. Preparation of the device',
      '4. Amount of material',
      '5. Procedure(s) performed',
      '6. Plan for the device',
    ]);
    expect(q).not.toContain('Material of the device');
  });

  it('carries blank patient, record number, date of service, to and from fields', () => {
    const q = draftQuery(insertion, NOTE)!;
    for (const f of ['Patient', 'Record number', 'Date of service', 'To', 'From']) {
      expect(q).toMatch(new RegExp(`^${f}: +_{10,}$`, 'm'));
    }
  });

  it('quotes the whole sentence holding the gap, with its section, once', () => {
    const q = flat(draftQuery(insertion, NOTE)!);
    expect(q).toContain('In the DESCRIPTION OF PROCEDURE section, the note states: "Antibiotic beads were placed in the wound."');
    expect(q.match(/Antibiotic beads were placed in the wound/g)).toHaveLength(1);
    expect(q).toContain('The note: see the sentence quoted in question 1.');
  });

  it('multiple-choice questions offer every site, other and unable to determine; open ones unable to determine', () => {
    const q = draftQuery(insertion, NOTE)!;
    const site = q.slice(q.indexOf('1. Location'), q.indexOf('2. Medication'));
    expect(site).toMatch(/medullary canal/);
    expect(site).toMatch(/below the fascia/);
    expect(site).toMatch(/joint space/);
    expect(site).toContain('[ ] Other (please specify)');
    expect(site).toContain('[ ] Clinically unable to determine');
    const fab = q.slice(q.indexOf('3. Preparation'), q.indexOf('4. Amount'));
    expect(fab).toMatch(/Commercially manufactured/);
    expect(fab).toMatch(/Prepared in the operating room/);
    expect((q.match(/\[ \] Clinically unable to determine/g) ?? []).length).toBe(6);
    expect((q.match(/\[ \] Other \(please specify\)/g) ?? []).length).toBe(3);
  });

  it('never mentions payment, codes or their value, nor the element messages; fits 80 columns', () => {
    const q = draftQuery(insertion, NOTE)!;
    expect(q).not.toMatch(FORBIDDEN);
    expect(q).not.toContain('message naming');
    for (const line of q.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('does not presume a medication: the drug question allows none', () => {
    expect(flat(draftQuery(insertion, NOTE)!)).toContain('each medication, if any,');
  });

  it('drafts removal questions for the removal elements', () => {
    const text = 'The previously placed antibiotic cement rod was removed from the femoral canal. Cultures were sent.';
    const r = result(
      [
        el('removal-site', 'pass', [ev('femoral canal', text)]),
        el('device-removed', 'pass'),
        el('completeness', 'fail'),
        el('removal-reason', 'fail'),
        el('primary-procedure', 'fail'),
        el('staged-link', 'warn'),
      ],
      [{ action: 'remove', site: 'intramedullary', evidence: [ev('cement rod', text)] }],
      '20703',
    );
    const q = flat(draftQuery(r, text)!);
    expect(titlesOf(draftQuery(r, text)!)).toEqual([
      '1. Extent of removal', '2. Reason for removal', '3. Procedure(s) performed', '4. Relation to an earlier operation',
    ]);
    expect(q).toContain('"The previously placed antibiotic cement rod was removed from the femoral canal."');
    expect(q).not.toMatch(FORBIDDEN);
  });
});

describe('what a compliant query does not ask', () => {
  it('nothing when the note has no device event of the checked action, even with a code asked', () => {
    const text = 'The wound was clean, so antibiotic beads were not placed. The wound was closed.';
    const elements = ['placement-site', 'drug', 'carrier', 'fabrication', 'quantity', 'primary-procedure'].map((id) =>
      el(id, 'fail', [], 'No drug-delivery device insertion is documented in this operation.'),
    );
    expect(draftQuery(result(elements, [], null), text)).toBeUndefined();
    expect(draftQuery(result(elements, [], '20702'), text)).toBeUndefined();
    // a removal note checked against an insertion code: no question about a placement
    const removal: DeviceEvent = { action: 'remove', site: 'intramedullary', evidence: [ev('beads', text)] };
    expect(draftQuery(result(elements, [removal], '20702'), text)).toBeUndefined();
  });

  it('nothing when the only sentence about the device is its history', () => {
    const text = 'HISTORY: Antibiotic beads were placed 2 weeks ago.\n\nDESCRIPTION: The wound was irrigated and closed.';
    const r = result([el('drug', 'fail'), el('quantity', 'fail')], [{ action: 'insert', site: 'deep', evidence: [ev('Antibiotic beads were placed', text)] }], '20700');
    expect(draftQuery(r, text)).toBeUndefined();
  });

  it('no location question when the note names another space (the code is wrong, not the note)', () => {
    const text = 'DESCRIPTION: The beads were placed deep to the fascia. No amount was recorded.';
    const deep: DeviceEvent = { action: 'insert', site: 'deep', evidence: [ev('beads were placed deep to the fascia', text)] };
    const r = result([el('placement-site', 'fail', [ev('deep to the fascia', text)]), el('quantity', 'fail')], [deep], '20702');
    expect(titlesOf(draftQuery(r, text)!)).toEqual(['1. Amount of material']);
  });

  it('no preparation question when the note calls the device prefabricated', () => {
    const text = 'DESCRIPTION: A prefabricated gentamicin bead chain was inserted into the femoral canal.';
    const im: DeviceEvent = { action: 'insert', site: 'intramedullary', evidence: [ev('bead chain was inserted into the femoral canal', text)] };
    const r = result([el('fabrication', 'fail', [ev('prefabricated', text)]), el('quantity', 'fail')], [im]);
    expect(titlesOf(draftQuery(r, text)!)).toEqual(['1. Amount of material']);
  });

  it('no procedure question when a procedure is described or removal is the only procedure', () => {
    const text = 'PROCEDURE: Removal of antibiotic beads from the tibial canal.\n\nDESCRIPTION: All beads were removed. No other procedure was performed.';
    const rem: DeviceEvent = { action: 'remove', site: 'intramedullary', evidence: [ev('Removal of antibiotic beads from the tibial canal', text)] };
    const only = el('primary-procedure', 'fail', [], 'Removal is the only procedure documented: report 20680 (deep implant removal), not the add-on.');
    expect(draftQuery(result([el('removal-site', 'pass'), only], [rem], '20703'), text)).toBeUndefined();
    const described = el('primary-procedure', 'warn', [ev('Removal', text)]);
    expect(draftQuery(result([el('removal-site', 'pass'), described], [rem], '20703'), text)).toBeUndefined();
  });
});

describe('quoting', () => {
  it('quotes a whole sentence of a note that lost its newlines, not a run-on fragment', () => {
    const file = join(import.meta.dirname, 'fixtures', 'notes', 'ins-im-femur-lost-newlines.txt');
    const text = readFileSync(file, 'utf8');
    const q = quoteEvidence(quotableNote(text), ev('Insertion of antibiotic cement rod into the femoral canal', text))!;
    expect(q.text).toBe('Insertion of antibiotic cement rod into the femoral canal.');
    expect(q.section).toBe('PROCEDURE PERFORMED');
    const r = quoteEvidence(quotableNote(text), ev('molded by the surgical team', text))!;
    expect(r.section).toBe('DESCRIPTION OF PROCEDURE');
    expect(r.text).toMatch(/^On the back table two 40 g packs of Palacos R\+G were mixed by hand .* 40 cm length\.$/);
    expect(r.text).not.toMatch(/:,|\.,/);
  });

  it('shortens a very long sentence around the evidence with marked cuts', () => {
    const long = `DESCRIPTION: ${'The field was irrigated again and inspected, '.repeat(12)}then vancomycin beads were placed and ${'the layers were closed with care, '.repeat(10)}end.`;
    const q = quoteEvidence(quotableNote(long), ev('vancomycin beads', long))!;
    expect(q.text.length).toBeLessThanOrEqual(306);
    expect(q.text).toContain('vancomycin beads were placed');
    expect(q.text.startsWith('...')).toBe(true);
    for (const part of q.text.split('...').filter((p) => p.trim())) expect(long.replace(/\s+/g, ' ')).toContain(part.trim());
  });

  it('sentenceAt stops at sentence ends and headings, not decimals', () => {
    const t = 'HISTORY: none.\nPlan: 1.5 g vancomycin mixed into 40 g cement. Done.';
    expect(sentenceAt(t, t.indexOf('vancomycin'))).toBe('1.5 g vancomycin mixed into 40 g cement.');
  });
});

describe('draftNoteQuery', () => {
  it('asks a question about the whole operation once across the results of one note', () => {
    const text = 'DESCRIPTION: The old beads were removed from the thigh. New beads were placed deep to the fascia.';
    const rem: DeviceEvent = { action: 'remove', site: 'deep', evidence: [ev('old beads were removed', text)] };
    const ins: DeviceEvent = { action: 'insert', site: 'deep', evidence: [ev('New beads were placed deep to the fascia', text)] };
    const a = result([el('removal-site', 'pass'), el('completeness', 'fail'), el('primary-procedure', 'fail')], [rem, ins], '20701');
    const b = result([el('placement-site', 'pass'), el('quantity', 'fail'), el('primary-procedure', 'fail')], [rem, ins], '20700');
    expect(titlesOf(draftQuery(a, text)!)).toContain('2. Procedure(s) performed');
    expect(titlesOf(draftQuery(b, text)!)).toContain('2. Procedure(s) performed');
    expect(titlesOf(draftNoteQuery([a, b], text)!)).toEqual(['1. Extent of removal', '2. Procedure(s) performed', '3. Amount of material']);
  });
});

describe('fixesInNoteWords', () => {
  const siteFix = "Document the space the device went into (e.g. '... placed into the intramedullary canal of the [bone]').";
  const drugFix = "Name each drug (e.g. '[dose] of [drug] mixed into the [carrier]').";
  const primaryFix = "Name the procedure (e.g. '[procedure], [side] [bone] (CPT [code])').";
  const withFix = (id: string, status: ElementStatus, fix: string, evidence: Evidence[] = []): ElementResult => ({ ...el(id, status, evidence), fix });

  it('fills the bone, side and carrier the note gives, and leaves what it does not give as placeholders', () => {
    const text = 'DIAGNOSIS: Open fracture, right tibial shaft.\n\nDESCRIPTION: Beads of PMMA were placed in the wound.';
    const beads: DeviceEvent = { action: 'insert', site: 'unspecified', evidence: [ev('Beads of PMMA were placed in the wound', text)] };
    const r = result([
      withFix('placement-site', 'fail', siteFix),
      withFix('drug', 'fail', drugFix),
      el('carrier', 'pass', [ev('PMMA', text)]),
      withFix('primary-procedure', 'fail', primaryFix),
    ], [beads], null);
    const fixes = Object.fromEntries(fixesInNoteWords(r, text).map((e) => [e.id, e.fix]));
    expect(fixes['placement-site']).toBe("Document the space the device went into (e.g. '... placed into the intramedullary canal of the right tibia').");
    expect(fixes['drug']).toBe("Name each drug (e.g. '[dose] of [drug] mixed into the PMMA').");
    expect(fixes['primary-procedure']).toBe("Name the procedure (e.g. '[procedure], right tibia (CPT [code])').");
  });

  it('fills nothing when the note names two bones or the device sits in another space', () => {
    const two = 'DESCRIPTION: Beads were placed in the wound over the tibia and the fibula.';
    const beads: DeviceEvent = { action: 'insert', site: 'unspecified', evidence: [ev('Beads were placed in the wound', two)] };
    expect(fixesInNoteWords(result([withFix('placement-site', 'fail', siteFix)], [beads], null), two)[0]!.fix).toBe(siteFix);
    const deep = 'DESCRIPTION: Beads were placed deep to the fascia of the thigh, near the femur.';
    const sub: DeviceEvent = { action: 'insert', site: 'deep', evidence: [ev('Beads were placed deep to the fascia of the thigh', deep)] };
    expect(fixesInNoteWords(result([withFix('placement-site', 'fail', siteFix)], [sub], '20702'), deep)[0]!.fix).toBe(siteFix);
  });
});

describe('queries.yaml', () => {
  it('a user file written before the header keys existed still loads, with the blank fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oplint-queries-'));
    try {
      writeFileSync(join(dir, 'queries.yaml'), 'other: "Other: ____"\nunable: Unable to determine\nsiteOptions: []\ntemplates:\n  drug: { title: Drug, question: Which drug? }\n');
      const q = loadPack('queries.yaml', QueriesSchema, [dir]) as { fields: string[]; heading: string };
      expect(q.fields).toEqual(['Patient', 'Record number', 'Date of service', 'To', 'From', 'Date of query']);
      expect(q.heading).toMatch(/query/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
