/**
 * The extraction stage, format by format: what each reader keeps, and the one-line errors for bad input.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript writers shared with scripts/gen-format-samples.mjs
import { toCcda, toDocx, toHl7Ed, toHl7Ft, toHl7Tx, toHtml, toPdf, toRtf, zip } from '../scripts/gen-format-samples.mjs';
import { executeTask } from '../src/batch/worker.js';
import { checkNoteAll } from '../src/check.js';
import { CP1252_HIGH, CP1252_WARNING, decodeBytes, decodeCp1252, decodeCp1252Table, sniffUtf16 } from '../src/io/decode.js';
import { extract, type ExtractItem } from '../src/io/extract/index.js';
import { delimitersOf, parseHl7, unescapeHl7 } from '../src/io/extract/hl7.js';
import { rtfToText } from '../src/io/extract/rtf.js';
import { extractBytes } from '../src/io/read.js';

const NOTE = 'OPERATIVE REPORT\n\nPROCEDURES:\n1. Debridement, right tibia.\n2. Antibiotic beads placed.\n\nPLAN: Return in 4\u20136 weeks.\n';
const MAX = 5 * 1024 * 1024;

async function one(bytes: Uint8Array | string, name = ''): Promise<{ format: string; text: string; item: ExtractItem }> {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const r = await extract(buf, { name, maxSize: MAX });
  expect(r.items).toHaveLength(1);
  const item = r.items[0]!;
  return { format: r.format, text: 'text' in item ? item.text : '', item };
}

/** The one-line failure for a whole file. */
async function failure(bytes: Uint8Array | string, name = '', maxSize = MAX): Promise<string> {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const r = await extractBytes(buf, name, { maxSize });
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.items).slice(0, 200)}`);
  expect(r.message).not.toContain('\n');
  return r.message;
}

describe('decodeBytes', () => {
  it('reads "4–6 weeks" written in Windows-1252 (byte 0x96) with a plain-words warning', () => {
    const bytes = Buffer.from([...Buffer.from('in 4'), 0x96, ...Buffer.from('6 weeks, ') , 0x93, ...Buffer.from('beads'), 0x94, 0x20, 0x80]);
    expect(decodeBytes(bytes)).toEqual({ text: 'in 4\u20136 weeks, \u201cbeads\u201d \u20ac', warnings: [CP1252_WARNING], encoding: 'windows-1252' });
  });

  it('iconv-lite and the fallback table agree on every byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeCp1252(all)).toBe(decodeCp1252Table(all));
    expect(CP1252_HIGH[0x96 - 0x80]).toBe(0x2013);
  });

  it('never uses C1 controls for 0x80-0x9F (nodejs/node#60888)', () => {
    const text = decodeCp1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(/[\u0080-\u009f]/.test(text)).toBe(false);
  });

  it('keeps UTF-8 (and drops a BOM)', () => {
    expect(decodeBytes(Buffer.from('\ufeff4\u20136 weeks'))).toEqual({ text: '4\u20136 weeks', warnings: [], encoding: 'utf-8' });
  });

  it('damaged UTF-8 stays UTF-8 with the bad bytes counted', () => {
    const r = decodeBytes(Buffer.concat([Buffer.from('caf\u00e9 '), Buffer.from([0xff]), Buffer.from(' ok')]));
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings).toEqual(['invalid UTF-8 replaced with U+FFFD at 1 place']);
  });

  it.each([
    ['utf-16le', true],
    ['utf-16le', false],
    ['utf-16be', true],
    ['utf-16be', false],
  ] as const)('%s, BOM %s', (enc, bom) => {
    let body = Buffer.from(NOTE, 'utf16le');
    if (enc === 'utf-16be') body = Buffer.from(body).swap16();
    const mark = bom ? Buffer.from(enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0);
    const buf = Buffer.concat([mark, body]);
    expect(sniffUtf16(buf)).toBe(enc);
    expect(decodeBytes(buf)).toEqual({ text: NOTE, warnings: [], encoding: enc });
  });

  it('does not take ASCII or a binary file for UTF-16', () => {
    expect(sniffUtf16(Buffer.from('plain ascii text here'))).toBeUndefined();
    expect(sniffUtf16(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toBeUndefined();
  });
});

describe('RTF tokenizer', () => {
  it('skips font, colour, style and info tables and starred destinations', () => {
    const rtf = '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}' +
      '{\\info{\\author Someone}}{\\*\\generator Word;}{\\*\\bkmkstart b1}Beads placed.\\par}';
    expect(rtfToText(rtf)).toBe('Beads placed.\n');
  });

  it('reads \\\'xx in the code page and \\uN with \\ucN fallback skipping', () => {
    expect(rtfToText("{\\rtf1\\ansi\\ansicpg1252 4\\'966 weeks\\par}")).toBe('4\u20136 weeks\n');
    expect(rtfToText('{\\rtf1\\uc1 4\\u8211?6 weeks\\par}')).toBe('4\u20136 weeks\n');
    expect(rtfToText("{\\rtf1\\uc2 a\\u8220\\'93\\'93b\\u8221??\\par}")).toBe('a\u201cb\u201d\n');
    // a group ends the fallback count
    expect(rtfToText('{\\rtf1\\uc3 {\\u8212}x\\par}')).toBe('\u2014x\n');
    expect(rtfToText("{\\rtf1\\ansicpg1251 \\'c8\\'ed\\par}")).toBe('\u0418\u043d\n');
  });

  it('turns \\par, \\line and \\tab into text, and escapes back into characters', () => {
    expect(rtfToText('{\\rtf1 A\\line B\\tab C \\{x\\} \\\\ D\\~E\\par}')).toBe('A\nB\tC {x} \\ D\u00a0E\n');
  });

  it('puts table cells on one line and each row on its own', () => {
    const rtf = '{\\rtf1\\trowd\\cellx1000\\cellx2000 EBL:\\cell 200 mL\\cell\\row\\trowd Drug:\\cell vancomycin\\cell\\row}';
    expect(rtfToText(rtf)).toBe('EBL:\t200 mL\nDrug:\tvancomycin\n');
  });

  it('keeps list numbers and field results, drops field instructions, pictures and hidden text', () => {
    const rtf = '{\\rtf1{\\fonttbl{\\f1\\fcharset2 Symbol;}}{\\listtext\\f1 \\\'b7\\tab}Beads\\par' +
      '{\\pntext 2.\\tab}Rod\\par{\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt see note}}\\par' +
      '{\\pict\\pngblip 89504e47}{\\v hidden words}shown\\par}';
    expect(rtfToText(rtf)).toBe('\u2022\tBeads\n2.\tRod\nsee note\nshown\n');
  });

  it('reads a paragraph set off by spacing as a paragraph (blank line)', () => {
    expect(rtfToText('{\\rtf1\\pard\\sa200 One.\\par\\pard\\sa200\\contextualspace Two.\\par}')).toBe('One.\n\nTwo.\n');
  });

  it('skips \\binN data', () => {
    expect(rtfToText('{\\rtf1 a{\\*\\blob\\bin4 {}}}}b\\par}')).toBe('ab\n');
  });

  it('reads a Word-style export (theme, list, latent-style and data-store destinations, Symbol bullets, \\upr)', () => {
    const word = String.raw`{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0\stshfdbch31505\deflang1033{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}{\f3\fbidi \froman\fcharset2\fprq2{\*\panose 05050102010706020507}Symbol;}}
{\colortbl;\red0\green0\blue0;}{\*\defchp \fs22\loch\af31506 }{\*\defpap \ql \sa160\sl259\slmult1 }\noqfpromote {\stylesheet{\ql \sa160 \snext0 \sqformat \spriority0 Normal;}}
{\*\listtable{\list\listtemplateid-1\listhybrid{\listlevel\levelnfc23{\leveltext\leveltemplateid67698689\'01\u-3913 ?;}{\levelnumbers;}\f3\fbias0 }{\listname ;}\listid1}}
{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}{\*\rsidtbl \rsid123}{\mmathPr\mmathFont34\mbrkBin0}{\info{\author X}{\operator X}{\creatim\yr2025\mo11\dy28}}
{\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}\paperw12240\paperh15840\margl1440
{\*\ftnsep \ltrpar \pard\plain {\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid123 \chftnsep \par }}\ltrpar \sectd {\*\pnseclvl1\pnucrm\pnstart1\pnindent720\pnhang {\pntxta .}}
\pard\plain \ltrpar\ql \li0\ri0\sa160\sl259\slmult1\widctlpar\itap0 \rtlch\fcs1 \af31507\afs22 \ltrch\fcs0 \f31506\fs22\lang1033 {\rtlch\fcs1 \af31507 \ltrch\fcs0 \b\insrsid123 OPERATIVE REPORT}{\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid123 \par }
{\listtext\pard\plain\ltrpar \rtlch\fcs1 \af0\afs22 \ltrch\fcs0 \f3\fs22\insrsid123 \loch\af3\dbch\af31505\hich\f3 \'b7\tab}\pard \ltrpar\ql \fi-360\li720\sa160\sl259\slmult1\ls1\contextualspace {\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid123 Beads placed in the canal\par }
{\listtext\pard\plain \f3 \u-3913\'b7\tab}\pard \ls1\contextualspace {\upr{\insrsid123 Return in 4-6 weeks}{\*\ud{\insrsid123 Return in 4\u8211\'966 weeks}}}\par
{\*\themedata 504b030414000600080000002100e9de0fbfff0000001c020000130000005b436f6e74656e745f54797065735d2e786d6c}
{\*\colorschememapping 3c3f786d6c2076657273696f6e3d22312e30}{\*\latentstyles\lsdstimax376\lsdlockeddef0{\lsdlockedexcept \lsdqformat1 Normal;}}
{\*\datastore 0105000002000000180000004d73786d6c322e534158584d4c5265616465722e362e30}}`;
    expect(rtfToText(word)).toBe('OPERATIVE REPORT\n\n\u2022\tBeads placed in the canal\n\u2022\tReturn in 4-6 weeks\n');
  });

  it('is what the sample writer makes round trip', () => {
    expect(rtfToText(toRtf(NOTE))).toBe(NOTE);
  });
});

describe('HL7 v2', () => {
  const d = delimitersOf('MSH|^~\\&|');

  it('unescapes every escape sequence', () => {
    expect(unescapeHl7('a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f', d)).toBe('a|b^c&d~e\\f');
    expect(unescapeHl7('line 1\\.br\\line 2\\.sp 2\\end', d)).toBe('line 1\nline 2\n\nend');
    expect(unescapeHl7('4\\XE28093\\6 weeks', d)).toBe('4\u20136 weeks');
    expect(unescapeHl7('\\H\\bold\\N\\ \\.in+4\\x\\.ti-2\\\\Zlocal\\', d)).toBe('bold x');
  });

  it('takes delimiters from MSH-1 and MSH-2', () => {
    const msg = 'MSH#$*@%#A#B#C#D#20250101##MDM$T02#1#P#2.5\rOBX#1#TX#X##one@F@two$three*four#\r';
    const [m] = parseHl7(msg);
    expect(m!.parts).toEqual([{ kind: 'text', lines: ['one#two$three', 'four'], segment: 2 }]);
  });

  it('reads TX segments one per line, in order, with the OBX segment index', async () => {
    const r = await extract(Buffer.from(toHl7Tx(NOTE, 'M1')), { name: 'x.hl7', maxSize: MAX });
    expect(r.format).toBe('hl7v2');
    const it0 = r.items[0]!;
    if ('error' in it0) throw new Error(it0.error);
    expect(it0.text).toBe(NOTE);
    expect(it0.locators?.[0]).toEqual({ line: 1, segment: 6 });
  });

  it('reads FT with \\.br\\ and escapes, and gives one note per message (LF, CRLF or MLLP framing)', async () => {
    const file = `\x0b${toHl7Ft(NOTE, 'M1')}\x1c\r\n${toHl7Ft('Second | note with ^ and & and ~ and \\.\n', 'M2').replace(/\r/g, '\n')}`;
    const r = await extract(Buffer.from(file), { name: 'x.hl7', maxSize: MAX });
    expect(r.items.map((i) => ('text' in i ? i.text : i.error))).toEqual([NOTE, 'Second | note with ^ and & and ~ and \\.\n']);
  });

  it('a raw line break inside an FT / TX value continues that segment', async () => {
    const msg = 'MSH|^~\\&|A|B|C|D|1||MDM^T02|1|P|2.5\nOBX|1|FT|X||PROCEDURES:\n1. Beads placed.\nPLAN: Return.||||||F\nOBX|2|TX|X||Last line.';
    const r = await extract(Buffer.from(msg), { name: 'x.hl7', maxSize: MAX });
    const it0 = r.items[0]!;
    if ('error' in it0) throw new Error(it0.error);
    expect(it0.text).toBe('PROCEDURES:\n1. Beads placed.\nPLAN: Return.\nLast line.\n');
    expect(it0.locators).toEqual([{ line: 1, segment: 2 }, { line: 4, segment: 3 }]);
  });

  it('hands an ED base64 PDF to the PDF reader, keeping the segment', async () => {
    const r = await extract(Buffer.from(toHl7Ed(toPdf(NOTE), 'PDF', 'M1')), { name: 'x.hl7', maxSize: MAX });
    const it0 = r.items[0]!;
    if ('error' in it0) throw new Error(it0.error);
    expect(it0.format).toBe('hl7v2');
    expect(it0.text).toContain('2. Antibiotic beads placed.');
    expect(it0.locators?.[0]).toMatchObject({ segment: 6, page: 1 });
  });

  it('a message with no OBX text is an error item; the other messages are read', async () => {
    const empty = 'MSH|^~\\&|A|B|C|D|20250101||ORU^R01|9|P|2.5\rOBX|1|NM|WBC||7.2|10*3/uL|||||F';
    const r = await extract(Buffer.from(`${toHl7Tx(NOTE, 'M1')}\r${empty}\r`), { name: 'x.hl7', maxSize: MAX });
    expect(r.items).toHaveLength(2);
    expect(r.items[1]).toEqual({ error: 'message 2 (ORU^R01) has no OBX text (OBX value types: NM)' });
  });
});

describe('HTML, DOCX, PDF', () => {
  it('HTML: headings, <br>, lists and tables become lines; no wrapping, no link targets', async () => {
    const html = `<html><head><title>t</title><script>x()</script></head><body><h2>Operative Report</h2><p>SURGEON: Dr. X<br>EBL: 20 mL</p>
      <ol><li>One</li><li>Two</li></ol><table><tr><td>Drug:</td><td>vancomycin 1 g</td></tr></table>
      <p>${'word '.repeat(40)}<a href="http://x">link</a> &ndash; 4&#8211;6</p></body></html>`;
    const { format, text } = await one(html, 'n.html');
    expect(format).toBe('html');
    expect(text).toContain('Operative Report\n');
    expect(text).toContain('SURGEON: Dr. X\nEBL: 20 mL');
    expect(text).toContain('1. One\n2. Two');
    expect(text).toMatch(/Drug:\s+vancomycin 1 g/);
    expect(text).toContain(`${'word '.repeat(40)}link \u2013 4\u20136`);
    expect(text).not.toContain('http://x');
    expect(text).not.toContain('x()');
  });

  it('HTML written by the sample writer gives the note back', async () => {
    expect((await one(toHtml(NOTE), 'n.html')).text).toContain('PLAN: Return in 4\u20136 weeks.');
  });

  it('DOCX: a paragraph is a line, an empty paragraph a blank line, soft line breaks are kept', async () => {
    for (const softBreaks of [true, false]) {
      const { format, text } = await one(toDocx(NOTE, { softBreaks }), 'n.docx');
      expect(format).toBe('docx');
      expect(text).toBe(NOTE);
    }
  });

  it('PDF: pages in order with page locators; wrapped lines joined back', async () => {
    const long = `${'The antibiotic cement rod was inserted into the intramedullary canal of the tibia '.repeat(3).trim()}.`;
    const note = `PAGE ONE\n\n${long}\n\n${Array.from({ length: 20 }, (_, i) => `Line ${i + 1}.`).join('\n')}\n`;
    const r = await extract(toPdf(note, { linesPerPage: 10 }), { name: 'n.pdf', maxSize: MAX });
    const it0 = r.items[0]!;
    if ('error' in it0) throw new Error(it0.error);
    expect(r.format).toBe('pdf');
    expect(it0.text.split('\n')).toContain(long);
    expect(it0.text).toContain('Line 20.');
    expect(it0.locators!.map((l) => l.page)).toEqual([1, 2, 3]);
  });

  it('PDF: a heading or list item on the next line is never joined to a long line', async () => {
    const long = 'The antibiotic cement rod was inserted into the intramedullary canal of the tibia and seated';
    const note = `${long}\nEstimated blood loss: 100 mL\n${long}\n2. Beads placed\n${long}\n`;
    const r = await extract(toPdf(note, { width: 120 }), { name: 'n.pdf', maxSize: MAX });
    const it0 = r.items[0]!;
    if ('error' in it0) throw new Error(it0.error);
    expect(it0.text).toBe(note);
  });
});

describe('FHIR R4', () => {
  const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

  it('DocumentReference: inline data, preferring plain text', async () => {
    const dr = {
      resourceType: 'DocumentReference',
      status: 'current',
      content: [{ attachment: { contentType: 'application/pdf', data: b64(toPdf('PDF copy\n')) } }, { attachment: { contentType: 'text/plain', data: b64(NOTE) } }],
    };
    const { format, text } = await one(JSON.stringify(dr), 'd.json');
    expect(format).toBe('fhir');
    expect(text).toBe(NOTE);
  });

  it('Binary: RTF and HTML content types', async () => {
    expect((await one(JSON.stringify({ resourceType: 'Binary', contentType: 'text/rtf', data: b64(toRtf(NOTE)) }))).text).toBe(NOTE);
    expect((await one(JSON.stringify({ resourceType: 'Binary', contentType: 'text/html', data: b64(toHtml(NOTE)) }))).text).toContain('2. Antibiotic beads placed.');
  });

  it('Bundle: a DocumentReference url resolves to a Binary in the Bundle (never fetched); one item per document', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        { resource: { resourceType: 'DocumentReference', content: [{ attachment: { contentType: 'text/plain', url: 'http://ehr/fhir/Binary/b1' } }] } },
        { resource: { resourceType: 'DocumentReference', content: [{ attachment: { contentType: 'text/plain', url: 'http://elsewhere/Binary/zz' } }] } },
        { fullUrl: 'http://ehr/fhir/Binary/b1', resource: { resourceType: 'Binary', id: 'b1', contentType: 'text/plain', data: b64('First note.\n') } },
        { resource: { resourceType: 'Patient', id: 'p' } },
        { resource: { resourceType: 'Binary', id: 'img', contentType: 'image/png', data: 'AAAA' } },
      ],
    };
    const r = await extract(Buffer.from(JSON.stringify(bundle)), { name: 'b.json', maxSize: MAX });
    expect(r.items).toEqual([
      { text: 'First note.\n', format: 'fhir', warnings: [] },
      { error: 'entry 2 (DocumentReference): attachment url http://elsewhere/Binary/zz is not in this file (oplint never fetches)' },
    ]);
  });

  it('resolves an attachment url "#id" to a Binary contained in the DocumentReference', async () => {
    const dr = { resourceType: 'DocumentReference', contained: [{ resourceType: 'Binary', id: 'b', contentType: 'text/plain', data: b64(NOTE) }], content: [{ attachment: { contentType: 'text/plain', url: '#b' } }] };
    expect((await one(JSON.stringify(dr))).text).toBe(NOTE);
  });

  it.each([
    [{ resourceType: 'Patient', id: 'x' }, 'FHIR Patient resource holds no note (expected DocumentReference, Binary or Bundle)'],
    [{ resourceType: 'Binary', contentType: 'text/plain' }, 'FHIR Binary has no data'],
    [{ resourceType: 'Binary', contentType: 'image/jpeg', data: 'AAAA' }, 'FHIR Binary of content type image/jpeg is not read'],
    [{ resourceType: 'Bundle', type: 'collection', entry: [] }, 'FHIR Bundle holds no DocumentReference or readable Binary'],
    [{ name: 'not fhir' }, 'JSON that is not a FHIR resource (no resourceType)'],
  ])('bad resource %#', async (res, message) => {
    expect(await failure(JSON.stringify(res), 'r.json')).toBe(message);
  });

  it('a DocumentReference without content is an error item', async () => {
    const r = await extract(Buffer.from(JSON.stringify({ resourceType: 'DocumentReference', content: [] })), { name: 'd.json', maxSize: MAX });
    expect(r.items).toEqual([{ error: 'DocumentReference: DocumentReference has no content' }]);
  });

  it('malformed JSON is one line', async () => {
    expect(await failure('{"resourceType": "Binary", ', 'x.json')).toMatch(/^malformed JSON \(/);
  });
});

describe('C-CDA', () => {
  it('renders title, author and sections with their titles, lists and tables; lines carry the section', async () => {
    const xml = toCcda('OPERATIVE NOTE\nPROCEDURES:\n1. Debridement.\n2. Beads placed.\nPLAN: Return in 4\u20136 weeks.\n')
      .replace('</text>', '<table><tr><th>Drug</th><td>vancomycin</td></tr></table><paragraph>a<br/>b</paragraph></text>');
    const r = await extract(Buffer.from(xml), { name: 'c.xml', maxSize: MAX });
    const it0 = r.items[0]!;
    if ('error' in it0) throw new Error(it0.error);
    expect(r.format).toBe('ccda');
    expect(it0.text).toBe('OPERATIVE NOTE\n\nAuthor: Dr. X\n\nPROCEDURES:\n1. Debridement.\n2. Beads placed.\nDrug\tvancomycin\na\nb\n\nPLAN:\nReturn in 4\u20136 weeks.\n');
    expect(it0.locators).toEqual([
      { line: 5, section: 'PROCEDURES' },
      { line: 12, section: 'PLAN' },
    ]);
  });

  it('refuses a DOCTYPE or entity declaration (never expanded, never fetched)', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE ClinicalDocument [<!ENTITY x SYSTEM "file:///etc/passwd">]><ClinicalDocument>&x;</ClinicalDocument>';
    expect(await failure(xxe, 'c.xml')).toBe('XML with a DOCTYPE or entity declaration is not read (entities are never expanded or fetched)');
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><lolz>&lol2;</lolz>`;
    expect(await failure(lol, 'x.xml')).toMatch(/^XML with a DOCTYPE/);
  });

  it('a C-CDA without sections, XML of another kind, and malformed XML', async () => {
    expect(await failure('<ClinicalDocument xmlns="urn:hl7-org:v3"><title>x</title></ClinicalDocument>', 'c.xml')).toBe('C-CDA document has no sections');
    expect(await failure('<?xml version="1.0"?><project/>', 'p.xml')).toBe('XML that is not a C-CDA document (no ClinicalDocument)');
  });

  it('keeps the lines of a section text written as plain text with line breaks', async () => {
    const xml = '<ClinicalDocument xmlns="urn:hl7-org:v3"><component><structuredBody><component><section><title>Operative Note</title>' +
      '<text>\n  PROCEDURES:\n  1. Beads placed.\n  PLAN: Return in 2 weeks.\n</text></section></component></structuredBody></component></ClinicalDocument>';
    expect((await one(xml, 'c.xml')).text).toBe('Operative Note:\nPROCEDURES:\n1. Beads placed.\nPLAN: Return in 2 weeks.\n');
  });

  it('a nonXMLBody is handed to the matching reader', async () => {
    const xml = `<ClinicalDocument xmlns="urn:hl7-org:v3"><component><nonXMLBody><text mediaType="text/rtf" representation="B64">${Buffer.from(toRtf(NOTE)).toString('base64')}</text></nonXMLBody></component></ClinicalDocument>`;
    const { format, text } = await one(xml, 'c.xml');
    expect(format).toBe('ccda');
    expect(text).toBe(NOTE);
  });
});

/** A PDF whose trailer names a Standard-handler encryption dictionary whose user password is not empty. */
function encryptedPdf(): Buffer {
  const base = toPdf('secret\n').toString('latin1');
  const hex32 = 'A1'.repeat(32);
  const withEncrypt = base
    .replace(/trailer\n<< /, `trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex32}> /U <${hex32}> >> /ID [<00112233445566778899AABBCCDDEEFF><00112233445566778899AABBCCDDEEFF>] `);
  return Buffer.from(withEncrypt, 'latin1');
}

/** A one-page PDF with no text (a drawn rectangle), as a scanner would make without OCR. */
function scannedPdf(): Buffer {
  return Buffer.from(toPdf('x\n').toString('latin1').replace(/BT \/F1[\s\S]*?ET/, (m) => ' '.repeat(m.length).replace(/^.{0,18}/, '0 0 100 100 re f')), 'latin1');
}

describe('content sniffing', () => {
  it('a text note that starts with "<", "{" or "[" stays text', async () => {
    for (const t of ['<dictated, not proofread>\nBeads placed.\n', '{draft} Beads placed.\n', '[Signed] Beads placed.\n']) {
      const { format, text } = await one(t, 'n.txt');
      expect(format).toBe('text');
      expect(text).toBe(t);
    }
  });

  it('XML without a ClinicalDocument is skipped (not an error) only when it is XML', async () => {
    const r = await extractBytes(Buffer.from('<?xml version="1.0"?><note>x</note>'), 'n.txt');
    expect(r).toEqual({ ok: false, reason: 'skip', message: 'XML that is not a C-CDA document (no ClinicalDocument)' });
    expect(await extractBytes(Buffer.from('{"a": 1}'), 'a.json')).toEqual({ ok: false, reason: 'skip', message: 'JSON that is not a FHIR resource (no resourceType)' });
  });

  it('an HTML fragment named .html is HTML', async () => {
    expect((await one('Beads placed.<br>Rod placed.', 'n.html')).text).toBe('Beads placed.\nRod placed.\n');
  });
});

describe('bad input: one line each', () => {
  it('PDF: truncated, corrupt, encrypted, scanned', async () => {
    const pdf = toPdf(NOTE);
    expect(await failure(pdf.subarray(0, Math.floor(pdf.length / 2)), 'x.pdf')).toBe('truncated PDF (no end-of-file marker)');
    expect(await failure(Buffer.from('%PDF-1.4\ngarbage garbage\n%%EOF\n'), 'x.pdf')).toMatch(/^(corrupt PDF|no text layer)/);
    expect(await failure(encryptedPdf(), 'x.pdf')).toBe('encrypted PDF (a password is needed to open it); not read');
    expect(await failure(scannedPdf(), 'x.pdf')).toBe('no text layer (scanned image?); oplint does not read images');
  });

  it('DOCX: truncated or corrupt zip, not a Word document, no body text', async () => {
    const docx = toDocx(NOTE);
    expect(await failure(docx.subarray(0, docx.length - 30), 'x.docx')).toBe('corrupt or truncated DOCX (zip archive)');
    const broken = Buffer.from(docx);
    broken.fill(0x55, 40, 120); // inside the first member's deflate data
    expect(await failure(broken, 'x.docx')).toMatch(/^(corrupt or truncated DOCX|cannot read DOCX)/);
    expect(await failure(zip([['mimetype', 'application/epub+zip']]), 'x.docx')).toBe('zip archive without word/document.xml (not a Word .docx document)');
    expect(await failure(toDocx('\n'), 'x.docx')).toBe('DOCX has no body text');
  });

  it('DOCX: a zip bomb is stopped at --max-size of inflated XML, whatever sizes it declares', async () => {
    const bomb = toDocx(NOTE);
    // a 40 MB document.xml of one repeated byte deflates to ~40 KB
    const huge = Buffer.concat([Buffer.from('<w:document>'), Buffer.alloc(40 * 1024 * 1024, 0x20), Buffer.from('</w:document>')]);
    expect(deflateRawSync(huge).length).toBeLessThan(100 * 1024);
    const z = zipWithLyingSize('word/document.xml', huge);
    expect(await failure(z, 'bomb.docx', 1024 * 1024)).toBe('DOCX inflates to over the 1 MB limit (--max-size); zip bomb?');
    expect(await failure(bomb, 'ok.docx', 200)).toMatch(/zip bomb\?$/);
  });

  it('a legacy .doc and a binary file', async () => {
    expect(await failure(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'x.doc')).toBe('legacy binary Office file (.doc); save it as .docx, PDF or RTF');
    expect(await failure(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'x.png')).toBe('binary file, skipped');
  });

  it('each bad file is an error result with one line while the batch goes on', async () => {
    const check = (text: string, o: { source: string }) => checkNoteAll(text, o);
    const tasks = [
      { source: 'trunc.pdf', data: toPdf(NOTE).subarray(0, 200) },
      { source: 'good.rtf', data: Buffer.from(toRtf(NOTE)) },
      { source: 'enc.pdf', data: encryptedPdf() },
      { source: 'xxe.xml', data: Buffer.from('<!DOCTYPE x [<!ENTITY e SYSTEM "http://x/">]><ClinicalDocument/>') },
    ];
    const out = [];
    for (const t of tasks) out.push(...(await executeTask(t, check, {})));
    expect(out.map((r) => [r.source, r.status])).toEqual([
      ['trunc.pdf', 'error'],
      ['good.rtf', expect.stringMatching(/pass|fail|no-device/)],
      ['enc.pdf', 'error'],
      ['xxe.xml', 'error'],
    ]);
    for (const r of out.filter((x) => x.status === 'error')) expect(r.error!.message).not.toContain('\n');
    expect(out[1]!.format).toBe('rtf');
  });
});

/** A zip holding one deflated member whose headers claim it inflates to 100 bytes. */
function zipWithLyingSize(name: string, content: Buffer): Buffer {
  const z = zip([[name, content.toString('latin1')]]) as Buffer;
  // patch the uncompressed size in the local header (offset 22) and the central header (offset 24)
  z.writeUInt32LE(100, 22);
  const cd = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  z.writeUInt32LE(100, cd + 24);
  return Buffer.concat([z.subarray(0, z.length), Buffer.alloc(0)]);
}
