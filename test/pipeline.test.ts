import { describe, expect, it } from 'vitest';
import { evidenceAt, lineCol, normalize } from '../src/text/normalize.js';
import { findSections } from '../src/text/sections.js';
import { splitSentences } from '../src/text/sentences.js';
import { compileLexicon, getLexicon, matchAll, termSource } from '../src/nlp/lexicon.js';
import { findQuantities } from '../src/nlp/quantity.js';
import { Analysis } from '../src/nlp/analyze.js';
import { analyseDevices } from '../src/nlp/devices.js';
import { checkNote, checkNoteAll, validateCode } from '../src/check.js';
import { loadCodePack, loadFamily } from '../src/rules/pack.js';
import { PackError, parsePack } from '../src/patterns/load.js';
import { z } from 'zod';

const sentencesOf = (text: string) => {
  const doc = normalize(text);
  return splitSentences(doc.text, findSections(doc.text)).map((s) => s.text);
};

const devicesOf = (text: string) => analyseDevices(new Analysis(text)).events.map((e) => `${e.action}:${e.site}`);

describe('normalize', () => {
  it('keeps evidence in the input as given through CRLF, BOM, smart quotes and ellipses', () => {
    const input = '\ufeffLine one\r\nThe surgeon\u2019s \u201cbeads\u201d\u2026 were placed.\r\n';
    const doc = normalize(input);
    expect(doc.text).toBe("Line one\nThe surgeon's \"beads\"... were placed.\n");
    const at = doc.text.indexOf('beads');
    const ev = evidenceAt(doc, at, at + 5);
    expect(ev).toEqual({ text: 'beads', line: 2, column: 16 });
    expect(input.split(/\r\n/)[1]!.slice(ev.column - 1).startsWith('beads')).toBe(true);
  });
  it('maps offsets one to one when nothing changes length', () => {
    const doc = normalize('A\u00a0B\tC');
    expect(doc.map).toBeNull();
    expect(doc.text).toBe('A B C');
    expect(lineCol(doc, 4)).toEqual({ line: 1, column: 5 });
  });
  it('reopens run-on exports: "HEADER:," and "item.,2."', () => {
    expect(normalize('PROCEDURE:,  1. Removal.,2. Placement.').text).toBe('PROCEDURE:   1. Removal. 2. Placement.');
  });
});

describe('sections and sentences', () => {
  it('finds CAPS headers, known mixed-case titles and run-on headers', () => {
    const text = normalize('PREOPERATIVE DIAGNOSIS: Osteomyelitis.\nIndications: infection.\nPLAN:, Beads out in 6 weeks.,FINDINGS:, Pus.').text;
    const secs = findSections(text).map((s) => [s.title, s.category]);
    expect(secs).toEqual([
      ['PREOPERATIVE DIAGNOSIS', 'diagnosis'],
      ['Indications', 'indications'],
      ['PLAN', 'plan'],
      ['FINDINGS', 'findings'],
    ]);
  });
  it('splits a note typed all in lower case', () => {
    const body = 'the canal was irrigated w/ 9 l saline. we then mixed 1gm vancomycin into a 10cc kit of calcium sulfate and made 4.8mm pellets. ';
    const s = sentencesOf(`description: ${body.repeat(3)}`);
    expect(s[0]).toBe('the canal was irrigated w/ 9 l saline.');
    expect(s[1]).toBe('we then mixed 1gm vancomycin into a 10cc kit of calcium sulfate and made 4.8mm pellets.');
  });
    it('survives clinical abbreviations, decimals and numbered lists', () => {
    const s = sentencesOf('DESCRIPTION: Dr. X mixed 2.4 g of tobramycin q.8h. per protocol. The rod was 1.5 cm. It was placed.\nPROCEDURES:\n1. Debridement\n2. Placement of beads');
    expect(s).toEqual([
      'Dr. X mixed 2.4 g of tobramycin q.8h. per protocol.',
      'The rod was 1.5 cm.',
      'It was placed.',
      'Debridement',
      'Placement of beads',
    ]);
  });
});

describe('lexicons', () => {
  it('never matches inside a longer word and allows spaces or hyphens', () => {
    const lex = compileLexicon({ lexicon: 't', entries: [{ name: 'cement', terms: ['cement', 'bone cement'] }, { name: 'Stimulan', terms: ['stimulan'] }, { name: 'IM', terms: ['intra-medullary canal'] }] });
    const hits = (t: string) => matchAll(lex, t).map((m) => m.text);
    expect(hits('placement of a stimulant')).toEqual([]);
    expect(hits('bone-cement and Stimulan in the intramedullary canal')).toEqual(['bone-cement', 'Stimulan', 'intramedullary canal']);
    expect(termSource('a b-c')).toBe('a(?:\\s+|-)\\s*b[\\s-]*c');
    // (a dash set off by spaces parts two words: "bone - cement" is no "bone cement")
    expect(hits('bone - cement')).toEqual(['cement']);
    expect(hits('bone-\ncement')).toEqual(['bone-\ncement']);
  });
  it('rejects capturing groups in regex terms with the file and path named', () => {
    expect(() => compileLexicon({ lexicon: 'x', entries: [{ name: 'n', terms: ['re:(a|b)'] }] }, 'patterns/lexicons/x.yaml')).toThrow(/x\.yaml at entries\[0\]\.terms\[0\]/);
  });
  it('knows typos and abbreviations of drugs', () => {
    const drugs = getLexicon('drugs');
    expect(matchAll(drugs, 'vanc, tobra and gentamycin').map((m) => m.entry.name)).toEqual(['vancomycin', 'tobramycin', 'gentamicin']);
  });
});

describe('quantities', () => {
  it('reads device amounts and flags amounts that belong to something else', () => {
    const q = findQuantities('Reamed to 12 mm; 40 g Palacos with 2.4-g tobramycin, 18 beads of 7 mm, beads x 20, EBL 200 mL, irrigated with 9 L.');
    const ok = q.filter((x) => !x.excludedBy).map((x) => x.text);
    expect(ok).toEqual(['40 g', '2.4-g', '18 beads', '7 mm', 'beads x 20']);
    expect(q.find((x) => x.text === '12 mm')?.excludedBy).toBe('Reamed');
  });
  it('reads counts written in words, with compromise for compound numbers', () => {
    const q = findQuantities('Twenty-two tobramycin PMMA beads and twenty beads more.');
    expect(q.map((x) => [x.value, x.unit])).toEqual([
      [22, 'count'],
      [20, 'count'],
    ]);
  });
});

describe('device events', () => {
  it('finds an insertion and its site', () => {
    expect(devicesOf('Vancomycin 2 g was mixed into 40 g PMMA and rolled into beads. The beads were placed into the medullary canal.')).toEqual(['insert:intramedullary']);
  });
  it('hard negatives produce no event', () => {
    for (const t of [
      'The wound was irrigated with antibiotic-impregnated saline.',
      'Cefazolin 2 g IV was given preoperatively and the IM nail was placed.',
      'Vancomycin powder 1 g was sprinkled into the wound.',
      'The femoral and tibial components were cemented with Palacos R+G antibiotic cement.',
      'A PEEK interbody spacer was placed at L4-5.',
      'The 10 mm spacer block was used to balance the flexion gap.',
      'HISTORY: Status post antibiotic bead placement 6 weeks ago.',
      'No antibiotic beads were placed given the clean wound.',
      'We will consider antibiotic beads at the next stage.',
      'The Stimulant effect of caffeine was noted; cement placement was not needed.',
    ]) expect(devicesOf(t), t).toEqual([]);
  });
  it('tells removal from insertion, and both in an exchange', () => {
    expect(devicesOf('The previously placed antibiotic beads were removed from the tibial canal.')).toEqual(['remove:intramedullary']);
    expect(devicesOf('Removal of plate, debridement, antibiotic beads placed in the ulnar canal.')).toEqual(['insert:intramedullary']);
    expect(devicesOf('The old antibiotic cement rod was removed from the femoral canal and a new antibiotic cement rod was inserted into the femoral canal.')).toEqual([
      'remove:intramedullary',
      'insert:intramedullary',
    ]);
  });
  it('follows "it" and "these" back to the device just described', () => {
    expect(devicesOf('Vancomycin 3 g was mixed into 80 g PMMA and hand-formed into a static spacer. Once set it was placed into the knee joint.')).toEqual(['insert:intra-articular']);
    expect(devicesOf('The wound was debrided. It was placed in a splint.')).toEqual([]);
  });
    it('gives each device its own space', () => {
    expect(devicesOf('A vancomycin cement-coated nail was inserted into the tibial canal. Tobramycin PMMA beads were placed deep to the fascia.')).toEqual([
      'insert:intramedullary',
      'insert:deep',
    ]);
  });
});

describe('element verdicts', () => {
  const complete = `PROCEDURES: 1. Sequestrectomy, tibia (CPT 27640). 2. Antibiotic cement rod into the tibial intramedullary canal.
DESCRIPTION: On the back table 2 g vancomycin was hand-mixed into 40 g of PMMA bone cement and molded in a chest tube into a 10 mm rod. The rod was inserted into the intramedullary canal.
PLAN: Planned removal of the rod at a second stage in 6 weeks.`;
  it('passes a complete note with evidence for every element', () => {
    const r = checkNote(complete, { source: 'x.txt' });
    expect(r.code).toBe('20702');
    expect(r.status).toBe('pass');
    expect(r.elements.map((e) => e.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    for (const e of r.elements) expect(e.evidence.length, e.id).toBeGreaterThan(0);
  });
  it('fails the gaps with risks and fixes', () => {
    const r = checkNote('DESCRIPTION: Antibiotic cement beads were placed into the wound after debridement.', { code: '20702' });
    const by = Object.fromEntries(r.elements.map((e) => [e.id, e]));
    expect(by['placement-site']!.status).toBe('fail');
    expect(by['drug']!.status).toBe('fail');
    expect(by['drug']!.message).toMatch(/antibiotic/i);
    expect(by['fabrication']!.status).toBe('fail');
    expect(by['quantity']!.status).toBe('fail');
    expect(by['primary-procedure']!.status).toBe('warn');
    expect(by['staged-removal']!.status).toBe('warn');
    expect(by['drug']!.denialRisks.length).toBeGreaterThan(0);
    expect(by['drug']!.fix).toMatch(/drug|medication/i);
  });
  it('names the code a wrong site supports', () => {
    const r = checkNote('PROCEDURE: I&D (CPT 27301). On the back table 2 g vancomycin was mixed into 40 g PMMA and rolled into beads, which were placed deep to the fascia.', { code: '20702' });
    expect(r.elements[0]!.status).toBe('fail');
    expect(r.elements[0]!.message).toMatch(/20700/);
    expect(r.suggestedCodes).toEqual(['20700']);
  });
  it('gives a note with no device event the no-device outcome, quoting the sentence that rules it out', () => {
    const r = checkNote('No antibiotic beads were placed. Irrigation and debridement (CPT 11044).');
    expect(r.code).toBeNull();
    expect(r.status).toBe('no-device');
    expect(r.elements).toEqual([]);
    expect(r.noDevice?.message).toMatch(/No drug-delivery device was placed or removed/);
    expect(r.noDevice?.evidence.map((e) => e.text)).toEqual(['No antibiotic beads were placed.']);
    expect(r.suggestedCodes).toEqual([]);
  });
  it('fails a no-device note when a code is asked for, without asking to document the device', () => {
    for (const opts of [{ code: '20702' }, { code: 20702 }, { claim: '11044,20702' }, { claim: ['11044', '20702'] }]) {
      const r = checkNote('The surgeon decided against antibiotic beads; none were used. Excisional debridement of the tibia (CPT 11044).', opts);
      expect(r.code).toBe('20702');
      expect(r.status).toBe('fail');
      // the device elements fail; the primary procedure is a fact of the note, judged by its rule (CPT 11044)
      expect(r.elements.map((e) => e.status)).toEqual(['fail', 'fail', 'fail', 'fail', 'fail', 'pass', 'n/a']);
      for (const e of r.elements.filter((x) => x.status !== 'pass')) {
        expect(e.message + e.fix).not.toMatch(/\bstate\b|\bname the\b|\bdocument (?:the|where|each)/i);
      }
      expect(r.elements[0]!.message).toMatch(/No drug-delivery device was placed or removed in this operation, so 20702/);
    }
  });
  it('accepts a note as bytes (UTF-8, UTF-16 with a BOM) and rejects other types in one line', () => {
    const text = 'Vancomycin PMMA beads were rolled by hand and placed into the tibial canal.';
    const a = checkNote(text);
    expect(checkNote(Buffer.from(text)).devices).toEqual(a.devices);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(checkNote(new Uint8Array(utf16)).devices).toEqual(a.devices);
    expect(() => checkNote(42 as unknown as string)).toThrow(/^checkNote: note must be a string, a Buffer or a Uint8Array, not number$/);
    expect(() => checkNote(text, { asOf: 'yesterday' })).toThrow(/option asOf: expected a day as YYYY-MM-DD/);
    expect(() => checkNote(text, { code: '20799' })).toThrow(/unknown code '20799'/);
  });
  it('checks one result per suggested code in auto mode', () => {
    const rs = checkNoteAll('The old antibiotic cement rod was removed from the femoral canal. A new vancomycin PMMA rod was molded by hand and inserted into the femoral canal.');
    expect(rs.map((r) => r.code)).toEqual(['20703', '20702']);
    expect(rs[0]!.elements.map((e) => e.id)).toEqual(['removal-site', 'device-removed', 'completeness', 'removal-reason', 'primary-procedure', 'staged-link']);
  });
  it('applies element severity overrides and explains decisions', () => {
    const r = checkNote('Antibiotic beads were placed into the wound.', { code: '20702', elements: { 'primary-procedure': 'off', quantity: 'warn' }, explain: true });
    expect(r.elements.find((e) => e.id === 'primary-procedure')).toBeUndefined();
    expect(r.elements.find((e) => e.id === 'quantity')!.status).toBe('warn');
    expect(r.elements[0]!.explain!.length).toBeGreaterThan(0);
  });
  it('rejects unknown codes', () => {
    expect(() => validateCode('99999')).toThrow(/unknown code/);
  });
});

describe('packs', () => {
  it('every family pack loads with its fixed element ids', () => {
    const ids = loadFamily().map((p) => `${p.code}:${p.elements.map((e) => e.id).join(',')}`);
    expect(ids).toContain('20702:placement-site,drug,carrier,fabrication,quantity,primary-procedure,staged-removal');
    expect(ids).toContain('20705:removal-site,device-removed,completeness,removal-reason,primary-procedure,staged-link');
    expect(loadCodePack('20700').site).toBe('deep');
  });
  it('a broken pack names the file, the path inside it and the problem', () => {
    const schema = z.strictObject({ elements: z.array(z.strictObject({ id: z.string() })) });
    expect(() => parsePack('elements:\n  - id: 3\n', 'patterns/packs/20702.yaml', schema)).toThrow(PackError);
    expect(() => parsePack('elements:\n  - id: 3\n', 'patterns/packs/20702.yaml', schema)).toThrow(/20702\.yaml at elements\[0\]\.id/);
    expect(() => parsePack('elements: [\n', 'f.yaml', schema)).toThrow(/f\.yaml: invalid YAML/);
  });
});

describe('--explain explains every failing or warning element', () => {
  it('holds for every sample and development note, in auto mode and against 20702', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..');
    let n = 0;
    for (const dir of ['samples', 'test/fixtures/notes']) {
      for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.txt'))) {
        const text = readFileSync(join(root, dir, f), 'utf8');
        for (const opts of [{ explain: true }, { explain: true, code: '20702' }]) {
          for (const r of checkNoteAll(text, opts)) {
            for (const e of r.elements) {
              if (e.status !== 'fail' && e.status !== 'warn') continue;
              n++;
              expect(e.explain?.length, `${f} ${r.code} ${e.id}`).toBeGreaterThan(0);
            }
          }
        }
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});
