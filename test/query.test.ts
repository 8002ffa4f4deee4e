import { describe, expect, it } from 'vitest';
import { draftQuery, sentenceAt } from '../src/query.js';
import type { ElementResult, ElementStatus, Evidence, NoteResult } from '../src/types.js';

const NOTE = [
  'PROCEDURE: Irrigation and debridement of open tibial shaft fracture.',
  '',
  'DESCRIPTION: The wound was debrided down to bone. Antibiotic beads were',
  'placed in the wound. The wound was closed in layers.',
  'Cefazolin 2 g IV was given preoperatively.',
].join('\n');

function ev(text: string, src = NOTE): Evidence {
  const at = src.indexOf(text);
  const before = src.slice(0, at).split('\n');
  return { text, line: before.length, column: before[before.length - 1]!.length + 1 };
}

function el(id: string, status: ElementStatus, evidence: Evidence[] = []): ElementResult {
  return { id, label: id, status, message: `${id} message naming 20702`, evidence, denialRisks: ['denied for $'], fix: 'add it' };
}

function result(elements: ElementResult[], devices: NoteResult['devices'] = []): NoteResult {
  return { source: 'note.txt', status: 'fail', code: '20702', suggestedCodes: [], devices, elements };
}

const FORBIDDEN = /payment|pay\b|paid|reimburs|RVU|\$|dollar|revenue|money|bill|charge|denial|denied|fee|value|\bcodes?\b|CPT|modifier|\b2070\d\b|insurance|payer/i;

describe('draftQuery', () => {
  const insertion = result(
    [
      el('placement-site', 'fail', [ev('placed in the wound')]),
      el('drug', 'fail'),
      el('carrier', 'pass', [ev('Antibiotic beads')]),
      el('fabrication', 'fail'),
      el('quantity', 'fail'),
      el('primary-procedure', 'warn', [ev('Irrigation and debridement of open tibial shaft fracture')]),
      el('staged-removal', 'warn'),
    ],
    [{ action: 'insert', site: 'unspecified', evidence: [ev('Antibiotic beads')] }],
  );

  it('returns undefined when nothing fails or warns', () => {
    expect(draftQuery(result([el('drug', 'pass'), el('staged-removal', 'n/a')]), NOTE)).toBeUndefined();
  });

  it('asks one question per failing or warning element, in order', () => {
    const q = draftQuery(insertion, NOTE)!;
    const titles = q.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(titles).toEqual([
      '1. Placement site of the device',
      '2. Medication in the device',
      '3. Preparation of the device',
      '4. Amount of material placed',
      '5. Procedure(s) performed',
      '6. Plan for the device',
    ]);
    expect(q).not.toContain('Carrier material');
  });

  it('quotes the note\'s own words around the evidence', () => {
    const q = draftQuery(insertion, NOTE)!.replace(/\n\s+/g, ' ');
    expect(q).toContain('The note states: "Antibiotic beads were placed in the wound."');
    expect(q).toContain('The note states: "PROCEDURE: Irrigation and debridement of open tibial shaft fracture."');
  });

  it('multiple-choice questions offer other and unable-to-determine and every site', () => {
    const q = draftQuery(insertion, NOTE)!;
    const site = q.slice(q.indexOf('1. Placement'), q.indexOf('2. Medication'));
    expect(site).toMatch(/intramedullary/);
    expect(site).toMatch(/below the fascia/);
    expect(site).toMatch(/joint space/);
    expect(site).toContain('[ ] Other (please specify)');
    expect(site).toContain('[ ] Clinically unable to determine');
    const fab = q.slice(q.indexOf('3. Preparation'), q.indexOf('4. Amount'));
    expect(fab).toMatch(/prefabricated/);
    expect(fab).toMatch(/Prepared in the operating room/);
    expect((q.match(/\[ \] Clinically unable to determine/g) ?? []).length).toBe(3);
  });

  it('never mentions payment, codes or their value, nor the element messages', () => {
    const q = draftQuery(insertion, NOTE)!;
    expect(q).not.toMatch(FORBIDDEN);
    expect(q).not.toContain('message naming');
    for (const line of q.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('drafts removal queries for the removal elements', () => {
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
    );
    const q = draftQuery(r, text)!.replace(/\n\s+/g, ' ');
    expect(q).toContain('Extent of removal');
    expect(q).toContain('Reason for removal');
    expect(q).toContain('in addition to the device removal');
    expect(q).toContain('Relation to an earlier operation');
    expect(q).toContain('"The previously placed antibiotic cement rod was removed from the femoral canal."');
    expect(q).not.toMatch(FORBIDDEN);
  });

  it('falls back to a device sentence, then to saying the note does not describe it', () => {
    const text = 'Tobramycin beads were left in the cavity. Skin closed.';
    const q = draftQuery(result([el('quantity', 'fail')]), text)!;
    expect(q).toContain('"Tobramycin beads were left in the cavity."');
    const none = draftQuery(result([el('drug', 'fail')]), 'Skin closed with staples.')!;
    expect(none).toContain('The note does not describe this.');
  });

  it('sentenceAt stops at sentence ends and headings, not decimals', () => {
    const t = 'HISTORY: none.\nPlan: 1.5 g vancomycin mixed into 40 g cement. Done.';
    expect(sentenceAt(t, t.indexOf('vancomycin'))).toBe('Plan: 1.5 g vancomycin mixed into 40 g cement.');
  });
});
