/**
 * The plain-text path loads no format library: unpdf, mammoth, html-to-text and fast-xml-parser are
 * imported only when a file of their format is met.
 */
import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error -- plain JavaScript writers shared with scripts/gen-format-samples.mjs
import { toCcda, toDocx, toHtml, toPdf, toRtf } from '../scripts/gen-format-samples.mjs';

const loaded: string[] = [];
vi.mock('unpdf', async (orig) => (loaded.push('unpdf'), await orig()));
vi.mock('mammoth', async (orig) => (loaded.push('mammoth'), await orig()));
vi.mock('html-to-text', async (orig) => (loaded.push('html-to-text'), await orig()));
vi.mock('fast-xml-parser', async (orig) => (loaded.push('fast-xml-parser'), await orig()));

const { extractBytes } = await import('../src/io/read.js');
const NOTE = 'PROCEDURES:\n1. Beads placed.\n';

describe('format libraries load lazily', () => {
  it('text, RTF, HL7 and FHIR text need none of them', async () => {
    await extractBytes(Buffer.from(NOTE), 'a.txt');
    await extractBytes(Buffer.from(NOTE, 'utf16le'), 'a.txt');
    await extractBytes(Buffer.from(toRtf(NOTE)), 'a.rtf');
    await extractBytes(Buffer.from(`MSH|^~\\&|A|B|C|D|1||MDM^T02|1|P|2.5\rOBX|1|TX|X||Beads placed.`), 'a.hl7');
    await extractBytes(Buffer.from(JSON.stringify({ resourceType: 'Binary', contentType: 'text/plain', data: Buffer.from(NOTE).toString('base64') })), 'a.json');
    expect(loaded).toEqual([]);
  });

  it('each library is loaded when its format is met', async () => {
    await extractBytes(Buffer.from(toHtml(NOTE)), 'a.html');
    expect(loaded).toEqual(['html-to-text']);
    await extractBytes(toPdf(NOTE), 'a.pdf');
    expect(loaded).toContain('unpdf');
    await extractBytes(toDocx(NOTE), 'a.docx');
    expect(loaded).toContain('mammoth');
    await extractBytes(Buffer.from(toCcda(`T\n${NOTE}`)), 'a.xml');
    expect(loaded).toContain('fast-xml-parser');
  });
});
