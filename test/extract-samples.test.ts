/**
 * Every sample in samples/formats/ (made by scripts/gen-format-samples.mjs) gives the same verdicts as
 * its plain-text twin, one result group per note in multi-note files, and every evidence quote is found
 * in the extracted text at the line and column given.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { executeTask, withLocators } from '../src/batch/worker.js';
import { checkNoteAll } from '../src/check.js';
import { extractBytes, readDocument } from '../src/io/read.js';
// @ts-expect-error -- plain JavaScript writers shared with scripts/gen-format-samples.mjs
import { toCcda, toDocx, toHl7Ft, toHl7Tx, toHtml, toPdf, toRtf } from '../scripts/gen-format-samples.mjs';
import type { Evidence, NoteResult } from '../src/types.js';

const dir = join(import.meta.dirname, '..', 'samples', 'formats');
const twins = parse(readFileSync(join(dir, 'twins.yaml'), 'utf8')) as Record<string, string[]>;
const twinText = (name: string) => readFileSync(join(import.meta.dirname, '..', 'samples', `${name}.txt`), 'utf8');

/** The verdict of a result: what a coder acts on. */
const verdict = (r: NoteResult) => ({
  status: r.status,
  code: r.code,
  suggestedCodes: r.suggestedCodes,
  devices: r.devices.map((d) => `${d.action}/${d.site}`),
  elements: Object.fromEntries(r.elements.map((e) => [e.id, e.status])),
});

function evidenceOf(r: NoteResult): Evidence[] {
  return [...r.devices.flatMap((d) => d.evidence), ...r.elements.flatMap((e) => e.evidence)];
}

/** The text at `line:column` (1-based, lines split on LF, CRLF or CR like the checker does). */
function at(text: string, ev: Evidence): string {
  const lines = text.split(/\r\n|\r|\n/);
  let off = 0;
  for (let i = 0; i < ev.line - 1; i++) off += lines[i]!.length + 1;
  const crlf = text.includes('\r\n') ? ev.line - 1 : 0;
  return text.slice(off + crlf + ev.column - 1, off + crlf + ev.column - 1 + ev.text.length);
}

const EXPECTED_FORMAT: Record<string, string> = {
  rtf: 'rtf', hl7: 'hl7v2', json: 'fhir', xml: 'ccda', docx: 'docx', pdf: 'pdf', html: 'html', txt: 'text',
};

describe('samples/formats: each copy agrees with its plain-text twin', () => {
  const files = readdirSync(dir).filter((f) => f !== 'twins.yaml').sort();

  it('covers every format the issue lists', () => {
    expect(Object.keys(twins).sort()).toEqual(files);
    const exts = new Set(files.map((f) => f.split('.').pop()));
    for (const e of ['rtf', 'hl7', 'json', 'xml', 'docx', 'pdf', 'html', 'txt']) expect(exts).toContain(e);
  });

  it.each(files)('%s', async (file) => {
    const doc = await readDocument(join(dir, file));
    if (!doc.ok) throw new Error(`${file}: ${doc.message}`);
    const names = twins[file]!;
    expect(doc.items).toHaveLength(names.length);
    expect(doc.format).toBe(EXPECTED_FORMAT[file.split('.').pop()!]);
    for (let n = 0; n < names.length; n++) {
      const item = doc.items[n]!;
      if ('error' in item) throw new Error(`${file}#${n + 1}: ${item.error}`);
      const mine = checkNoteAll(item.text, { source: file });
      const theirs = checkNoteAll(twinText(names[n]!), { source: names[n] });
      expect(mine.map(verdict)).toEqual(theirs.map(verdict));
      for (const r of mine) {
        for (const ev of evidenceOf(r)) {
          expect(item.text).toContain(ev.text);
          expect(at(item.text, ev)).toBe(ev.text);
        }
      }
    }
  });

  it('names each note of a multi-note file <path>#<n> and says the format', async () => {
    const check = (text: string, o: { source: string }) => checkNoteAll(text, o);
    const hl7 = await executeTask({ path: join(dir, '03-04-batch-ft.hl7') }, check, {});
    expect([...new Set(hl7.map((r) => r.source))]).toEqual([`${join(dir, '03-04-batch-ft.hl7')}#1`, `${join(dir, '03-04-batch-ft.hl7')}#2`]);
    expect(hl7.every((r) => r.format === 'hl7v2')).toBe(true);
    const bundle = await executeTask({ path: join(dir, '07-08-bundle.fhir.json'), source: 'b.json' }, check, {});
    expect([...new Set(bundle.map((r) => r.source))]).toEqual(['b.json#1', 'b.json#2']);
    const single = await executeTask({ path: join(dir, '01-complete-20702.rtf'), source: 'one.rtf' }, check, {});
    expect(single.map((r) => [r.source, r.format])).toEqual([['one.rtf', 'rtf']]);
  });

  it('points evidence back into the original: PDF page, HL7 segment, C-CDA section', async () => {
    const check = (text: string, o: { source: string }) => checkNoteAll(text, o);
    const pdf = await executeTask({ path: join(dir, '12-exchange.pdf') }, check, {});
    const pages = new Set(pdf.flatMap(evidenceOf).map((e) => e.page));
    expect(pages.has(1) && pages.has(2)).toBe(true);
    const hl7 = await executeTask({ path: join(dir, '02-missing-site.hl7') }, check, {});
    const raw = readFileSync(join(dir, '02-missing-site.hl7'), 'utf8').split('\r');
    for (const ev of hl7.flatMap(evidenceOf)) {
      expect(ev.segment).toBeGreaterThan(5);
      // the segment named holds the quote's first word
      expect(raw[ev.segment! - 1]).toMatch(/^OBX\|/);
      expect(raw[ev.segment! - 1]).toContain(ev.text.split('\n')[0]!.split(' ')[0]!);
    }
    const ccda = await executeTask({ path: join(dir, '09-wrong-site-subfascial.ccda.xml') }, check, {});
    const sections = new Set(ccda.flatMap(evidenceOf).map((e) => e.section));
    expect(sections.has('DESCRIPTION OF PROCEDURE')).toBe(true);
  });

  it('withLocators: the last locator at or before the quote line wins, on every block that quotes the note', () => {
    const ev = (line: number) => ({ text: 'x', line, column: 1 });
    const r = {
      source: 's', status: 'fail', code: null, suggestedCodes: [], devices: [{ action: 'insert', site: 'deep', evidence: [ev(1)] }],
      elements: [{ id: 'e', label: 'E', status: 'fail', message: 'm', evidence: [ev(4)], denialRisks: [], fix: '', explain: [{ pattern: 'p', term: 't', evidence: ev(3), accepted: true }] }],
      noDevice: { message: 'none', evidence: [ev(9)] },
    } as unknown as NoteResult;
    const [out] = withLocators([r], [{ line: 1, page: 1 }, { line: 3, page: 2 }, { line: 8, section: 'PLAN' }]) as unknown as [Record<string, any>];
    expect(out.devices[0].evidence[0]).toEqual({ ...ev(1), page: 1 });
    expect(out.elements[0].evidence[0]).toEqual({ ...ev(4), page: 2 });
    expect(out.elements[0].explain[0].evidence).toEqual({ ...ev(3), page: 2 });
    expect(out.noDevice.evidence[0]).toEqual({ ...ev(9), section: 'PLAN' });
    // the input is not changed
    expect(r.devices[0]!.evidence[0]).toEqual(ev(1));
  });

});

describe('every plain-text sample, written in every format, keeps its verdicts', () => {
  const samples = readdirSync(join(import.meta.dirname, '..', 'samples')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const writers: [string, (t: string) => Uint8Array | string, string][] = [
    ['rtf', (t) => toRtf(t), 'n.rtf'],
    ['rtf (space after every paragraph)', (t) => toRtf(t).replace('\\pard\\sa0', '\\pard\\sa200'), 'n.rtf'],
    ['html', (t) => toHtml(t), 'n.html'],
    ['docx (soft breaks)', (t) => toDocx(t), 'n.docx'],
    ['docx (a paragraph per line)', (t) => toDocx(t, { softBreaks: false }), 'n.docx'],
    ['pdf', (t) => toPdf(t), 'n.pdf'],
    ['hl7 TX', (t) => toHl7Tx(t, 'M1'), 'n.hl7'],
    ['hl7 FT', (t) => toHl7Ft(t, 'M1'), 'n.hl7'],
    ['ccda', (t) => toCcda(t), 'n.xml'],
    ['utf-16be', (t) => Buffer.from(t, 'utf16le').swap16(), 'n.txt'],
  ];
  it.each(writers.map(([name]) => name))('%s', async (name) => {
    const [, write, file] = writers.find((w) => w[0] === name)!;
    for (const s of samples) {
      const text = twinText(s);
      const out = write(text);
      const doc = await extractBytes(typeof out === 'string' ? Buffer.from(out, 'utf8') : out, file);
      if (!doc.ok) throw new Error(`${s} as ${name}: ${doc.message}`);
      const item = doc.items[0]!;
      if ('error' in item) throw new Error(`${s} as ${name}: ${item.error}`);
      expect({ sample: s, verdicts: checkNoteAll(item.text, {}).map(verdict) }).toEqual({ sample: s, verdicts: checkNoteAll(text, {}).map(verdict) });
    }
  }, 60000);
});
