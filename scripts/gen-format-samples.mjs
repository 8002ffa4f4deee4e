#!/usr/bin/env node
// Generate samples/formats/: one small sample per input format that oplint's extraction stage reads
// (docs/formats.md), each made from one of the plain-text samples in samples/ (its "twin"). The test
// test/extract-samples.test.ts checks that every copy gives the same verdicts as its twin.
//
// Pure Node (no dependency): the RTF, PDF, DOCX (zip), HL7 v2, FHIR and C-CDA writers below are minimal
// but well-formed. Output is deterministic (fixed dates, ids and zip timestamps), so re-running the
// script on unchanged samples changes nothing. Run: node scripts/gen-format-samples.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'samples', 'formats');
const sample = (name) => readFileSync(join(root, 'samples', `${name}.txt`), 'utf8');

/** file → the twin(s) it must agree with, in note order (written to twins.yaml for the tests). */
const twins = {};
const write = (file, data, twin) => {
  writeFileSync(join(out, file), data);
  twins[file] = Array.isArray(twin) ? twin : [twin];
};

// ---------------------------------------------------------------------------------------------------
// Structure of a note: blocks separated by blank lines.
const blocks = (text) => text.replace(/\n+$/, '').split(/\n\s*\n/).map((b) => b.split('\n'));
const HEADING = /^([A-Z][A-Z /&-]+):\s*(.*)$/;

// ---------------------------------------------------------------------------------------------------
// RTF (Word-like: font, colour and style tables, an info group, a generator destination, bold runs)
export function rtfEscape(s) {
  let o = '';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '\\' || ch === '{' || ch === '}') o += `\\${ch}`;
    else if (c < 0x80) o += ch;
    else if (c === 0x2013) o += "\\'96";
    else o += `\\u${c > 32767 ? c - 65536 : c}?`;
  }
  return o;
}
export function toRtf(text) {
  const head =
    '{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033' +
    '{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset2 Symbol;}}\r\n' +
    '{\\colortbl ;\\red0\\green0\\blue0;\\red31\\green73\\blue125;}\r\n' +
    '{\\stylesheet{\\s0 Normal;}{\\s1\\b Heading 1;}}\r\n' +
    '{\\info{\\title Operative Report}{\\author Transcription}}\r\n' +
    '{\\*\\generator oplint gen-format-samples;}\\viewkind4\\uc1\r\n' +
    '\\pard\\sa0\\sl240\\slmult1\\f0\\fs22\\lang9 ';
  const body = text
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => {
      const m = HEADING.exec(line);
      if (m) return `{\\b ${rtfEscape(m[1])}:}${m[2] ? ` ${rtfEscape(m[2])}` : ''}\\par`;
      if (/^[A-Z ]+$/.test(line) && line.trim()) return `{\\b\\fs28 ${rtfEscape(line)}}\\par`;
      return `${rtfEscape(line)}\\par`;
    })
    .join('\r\n');
  return `${head}${body}\r\n}\r\n`;
}

// ---------------------------------------------------------------------------------------------------
// HTML (headings, <br> inside paragraphs, a real ordered list)
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export function toHtml(text, title = 'Operative Report') {
  const parts = [];
  for (const b of blocks(text)) {
    if (b.length === 1 && /^[A-Z ]+$/.test(b[0])) {
      parts.push(`<h1>${esc(b[0])}</h1>`);
      continue;
    }
    const items = b.filter((l) => /^\d+\. /.test(l));
    if (items.length && items.length === b.length - 1 && HEADING.test(b[0])) {
      parts.push(`<p><b>${esc(b[0])}</b></p>`);
      parts.push(`<ol>\n${items.map((l) => `  <li>${esc(l.replace(/^\d+\. /, ''))}</li>`).join('\n')}\n</ol>`);
      continue;
    }
    parts.push(`<p>${b.map((l) => { const m = HEADING.exec(l); return m ? `<b>${esc(m[1])}:</b>${m[2] ? ` ${esc(m[2])}` : ''}` : esc(l); }).join('<br>\n')}</p>`);
  }
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n<style>body { font-family: sans-serif; }</style>\n</head>\n<body>\n${parts.join('\n')}\n</body>\n</html>\n`;
}

// ---------------------------------------------------------------------------------------------------
// PDF (Courier, wrapped at 88 characters, several pages; a hand-made xref table)
function pdfString(s) {
  let o = '';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '(' || ch === ')' || ch === '\\') o += `\\${ch}`;
    else if (c < 0x80) o += ch;
    else if (c === 0x2013) o += '\\226';
    else o += '?';
  }
  return `(${o})`;
}
function wrap(line, width) {
  if (line.length <= width) return [line];
  const words = line.split(' ');
  const lines = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}
export function toPdf(text, { linesPerPage = 14, width = 88, size = 10, leading = 13, pageHeight = 396 } = {}) {
  const lines = text.replace(/\n+$/, '').split('\n').flatMap((l) => (l === '' ? [''] : wrap(l, width)));
  const pages = [];
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  const objs = [];
  const add = (body) => objs.push(body) && objs.length;
  const catalog = add(null);
  const pagesObj = add(null);
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>');
  const kids = [];
  for (const pg of pages) {
    const ops = [`BT /F1 ${size} Tf ${leading} TL 36 ${pageHeight - 36} Td`];
    for (const l of pg) ops.push(l ? `${pdfString(l)} Tj T*` : 'T*');
    ops.push('ET');
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 ${pageHeight}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objs[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objs[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objs.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

// ---------------------------------------------------------------------------------------------------
// DOCX (a minimal WordprocessingML package; each block one paragraph, its lines joined by soft breaks)
export function zip(files) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.from(content, 'utf8');
    const comp = deflateRawSync(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(0, 10); // time
    lh.writeUInt16LE(0x5b7c, 12); // 2025-11-28
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(nameBuf.length, 26);
    lh.writeUInt16LE(0, 28);
    local.push(lh, nameBuf, comp);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt16LE(0, 12);
    ch.writeUInt16LE(0x5b7c, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(nameBuf.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, nameBuf);
    offset += 30 + nameBuf.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}
const xmlEsc = (s) => esc(s).replace(/"/g, '&quot;');
// Word-like: `softBreaks` writes each block (lines between blank lines) as one paragraph whose lines are
// joined by soft line breaks (Shift+Enter), with an empty paragraph between blocks; otherwise each line is
// its own paragraph and a blank line an empty paragraph (Enter at every line end, as python-docx writes).
export function toDocx(text, { softBreaks = true } = {}) {
  const run = (t, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEsc(t)}</w:t></w:r>`;
  const line = (l) => {
    const m = HEADING.exec(l);
    return m ? run(`${m[1]}:`, true) + (m[2] ? run(` ${m[2]}`) : '') : run(l, /^[A-Z ]+$/.test(l));
  };
  const paras = softBreaks
    ? blocks(text).map((b) => `<w:p>${b.map(line).join('<w:r><w:br/></w:r>')}</w:p>`).join('<w:p/>')
    : text.replace(/\n+$/, '').split('\n').map((l) => (l ? `<w:p>${line(l)}</w:p>` : '<w:p/>')).join('');
  const doc =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paras +
    '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>';
  return zip([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', doc],
  ]);
}

// ---------------------------------------------------------------------------------------------------
// HL7 v2 (MDM^T02): TX = one OBX per line; FT = one OBX with \.br\ breaks; ED = base64 document
const hl7Esc = (s) => s.replace(/\\/g, '\\E\\').replace(/\|/g, '\\F\\').replace(/\^/g, '\\S\\').replace(/&/g, '\\T\\').replace(/~/g, '\\R\\');
export function msh(id) {
  return [
    `MSH|^~\\&|TRANSCRIBE|GENHOSP|EHR|GENHOSP|20251128120000||MDM^T02^MDM_T02|${id}|P|2.5.1`,
    'EVN|T02|20251128120000',
    `PID|1||${id.replace(/\D/g, '')}^^^GENHOSP^MR||PATIENT^TEST`,
    'PV1|1|I',
    `TXA|1|OP^Operative Note|TX|20251128120000|||||||${id}||||||AU`,
  ];
}
export function toHl7Tx(text, id) {
  const lines = text.replace(/\n+$/, '').split('\n');
  return [...msh(id), ...lines.map((l, i) => `OBX|${i + 1}|TX|11504-8^Surgical operation note^LN||${hl7Esc(l)}||||||F`)].join('\r');
}
export function toHl7Ft(text, id) {
  const body = text.replace(/\n+$/, '').split('\n').map(hl7Esc).join('\\.br\\');
  return [...msh(id), `OBX|1|FT|11504-8^Surgical operation note^LN||${body}||||||F`].join('\r');
}
export function toHl7Ed(bytes, subtype, id) {
  return [...msh(id), `OBX|1|ED|11504-8^Surgical operation note^LN||^TEXT^${subtype}^Base64^${bytes.toString('base64')}||||||F`].join('\r');
}

// ---------------------------------------------------------------------------------------------------
// C-CDA Operative Note (template 2.16.840.1.113883.10.20.22.1.7): a section per heading of the note
export function toCcda(text) {
  const lines = text.replace(/\n+$/, '').split('\n');
  const title = lines[0];
  const sections = [];
  let cur;
  for (const l of lines.slice(1)) {
    const m = HEADING.exec(l);
    if (m) {
      cur = { title: m[1], body: m[2] ? [m[2]] : [] };
      sections.push(cur);
    } else if (cur) cur.body.push(l);
  }
  const narrative = (body) => {
    const out = [];
    let list = [];
    const flush = () => {
      if (list.length) out.push(`<list listType="ordered">${list.map((i) => `<item>${esc(i)}</item>`).join('')}</list>`);
      list = [];
    };
    for (const l of body) {
      if (/^\d+\. /.test(l)) list.push(l.replace(/^\d+\. /, ''));
      else {
        flush();
        if (l.trim()) out.push(`<paragraph>${esc(l)}</paragraph>`);
      }
    }
    flush();
    return out.join('\n          ');
  };
  const secs = sections
    .map(
      (s) => `      <component>
        <section>
          <code code="59772-4" codeSystem="2.16.840.1.113883.6.1" displayName="Planned procedure"/>
          <title>${esc(s.title)}</title>
          <text>
          ${narrative(s.body)}
          </text>
        </section>
      </component>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.7" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5" extension="OPNOTE-0009"/>
  <code code="11504-8" codeSystem="2.16.840.1.113883.6.1" displayName="Surgical operation note"/>
  <title>${esc(title)}</title>
  <effectiveTime value="20251128120000"/>
  <author>
    <time value="20251128120000"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="0000000000"/>
      <assignedPerson><name><prefix>Dr.</prefix><family>X</family></name></assignedPerson>
    </assignedAuthor>
  </author>
  <component>
    <structuredBody>
${secs}
    </structuredBody>
  </component>
</ClinicalDocument>
`;
}

// ---------------------------------------------------------------------------------------------------
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');

// The writers above are also used by the tests (test/extract.test.ts); files are written only when the
// script is run.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

function main() {
  mkdirSync(out, { recursive: true });

  write('01-complete-20702.rtf', toRtf(sample('01-complete-20702')), '01-complete-20702');
  write('02-missing-site.hl7', toHl7Tx(sample('02-missing-site'), 'MSG00002'), '02-missing-site');
  write('03-04-batch-ft.hl7', `${toHl7Ft(sample('03-missing-drug'), 'MSG00003')}\r${toHl7Ft(sample('04-missing-carrier'), 'MSG00004')}\r`, ['03-missing-drug', '04-missing-carrier']);
  write('05-prefabricated-ed.hl7', toHl7Ed(Buffer.from(toRtf(sample('05-prefabricated')), 'latin1'), 'RTF', 'MSG00005'), '05-prefabricated');
  write(
    '06-missing-quantity.fhir.json',
    `${JSON.stringify(
      {
        resourceType: 'DocumentReference',
        id: 'opnote-06',
        status: 'current',
        type: { coding: [{ system: 'http://loinc.org', code: '11504-8', display: 'Surgical operation note' }] },
        content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: b64(sample('06-missing-quantity')) } }],
      },
      null,
      2,
    )}\n`,
    '06-missing-quantity',
  );
  write(
    '07-08-bundle.fhir.json',
    `${JSON.stringify(
      {
        resourceType: 'Bundle',
        id: 'notes-07-08',
        type: 'collection',
        entry: [
          {
            fullUrl: 'urn:uuid:7b0e1c2a-0007-4000-8000-000000000007',
            resource: {
              resourceType: 'DocumentReference',
              id: 'opnote-07',
              status: 'current',
              content: [{ attachment: { contentType: 'text/rtf', url: 'Binary/rtf-07' } }],
            },
          },
          { fullUrl: 'https://ehr.example.org/fhir/Binary/rtf-07', resource: { resourceType: 'Binary', id: 'rtf-07', contentType: 'text/rtf', data: b64(toRtf(sample('07-primary-no-code'))) } },
          { fullUrl: 'urn:uuid:7b0e1c2a-0008-4000-8000-000000000008', resource: { resourceType: 'Binary', id: 'html-08', contentType: 'text/html', data: b64(toHtml(sample('08-no-staged-removal'))) } },
        ],
      },
      null,
      2,
    )}\n`,
    ['07-primary-no-code', '08-no-staged-removal'],
  );
  write('09-wrong-site-subfascial.ccda.xml', toCcda(sample('09-wrong-site-subfascial')), '09-wrong-site-subfascial');
  write('10-negated.utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample('10-negated').replace(/\n/g, '\r\n'), 'utf16le')]), '10-negated');
  write('11-coated-nail-and-subfascial-beads.docx', toDocx(sample('11-coated-nail-and-subfascial-beads')), '11-coated-nail-and-subfascial-beads');
  write('12-exchange.pdf', toPdf(sample('12-exchange')), '12-exchange');
  const be = Buffer.from(sample('13-removal-only'), 'utf16le');
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
  write('13-removal-only.utf16be-nobom.txt', be, '13-removal-only');
  write('14-intra-articular-spacer.html', toHtml(sample('14-intra-articular-spacer')), '14-intra-articular-spacer');
  // Windows-1252: sample 04 with the removal written "in 4–6 weeks" (en dash = byte 0x96) and curly quotes;
  // its UTF-8 twin is written beside it
  const cp = sample('04-missing-carrier').replace('in 4 weeks', 'in 4\u20136 weeks');
  if (!cp.includes('4\u20136 weeks')) throw new Error('sample 04 changed: no "in 4 weeks" to rewrite');
  writeFileSync(join(out, '04-missing-carrier.en-dash.utf8.txt'), cp);
  twins['04-missing-carrier.en-dash.utf8.txt'] = ['04-missing-carrier'];
  const cpBytes = Buffer.from(cp.replace(/\u2013/g, '\x96'), 'latin1');
  write('04-missing-carrier.cp1252.txt', cpBytes, 'formats/04-missing-carrier.en-dash.utf8');

  writeFileSync(
    join(out, 'twins.yaml'),
    `# Generated by scripts/gen-format-samples.mjs: each sample -> the plain-text note(s) it must agree with\n# (samples/<name>.txt, in note order for files holding several notes).\n${Object.entries(twins)
      .map(([f, t]) => `${f}: [${t.map((x) => JSON.stringify(x)).join(', ')}]`)
      .join('\n')}\n`,
  );
  console.log(`gen-format-samples: ${Object.keys(twins).length} files in samples/formats/`);
}
