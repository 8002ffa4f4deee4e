/**
 * The extraction stage: a file's bytes → the note text(s) inside, before normalisation.
 *
 * The format is chosen by content first (PDF and zip signatures, `{\rtf`, `MSH|`, a FHIR `resourceType`,
 * a `ClinicalDocument` root, HTML tags) and by extension second (an `.html` fragment that starts with
 * text). Plain text needs no library; the format libraries (unpdf, mammoth, html-to-text,
 * fast-xml-parser) are imported only when such a file is met.
 *
 * Containers (an HL7 file with several messages, a FHIR Bundle) give one item per note, in file order;
 * a note of a container that cannot be read is an `{ error }` item in its place. A whole file that
 * cannot be read throws `ExtractError` with a one-line message (`kind: 'skip'` for JSON / XML that is
 * not a FHIR / C-CDA document at all).
 */
import { extname } from 'node:path';
import { decodeBytes, looksBinary, plainAsciiText, sniffUtf16 } from '../decode.js';
import { looksFhir, fhirDocuments, type FhirDoc } from './fhir.js';
import { looksHl7, parseHl7 } from './hl7.js';
import { looksHtml } from './html.js';
import { looksRtf, rtfToText } from './rtf.js';
import { ExtractError, tidy, type ExtractContext, type ExtractItem, type ExtractedNote, type Locator, type NoteFormat } from './types.js';

export { ExtractError, type ExtractItem, type ExtractedNote, type Locator, type NoteFormat } from './types.js';

export interface Extracted {
  /** What the file was read as. */
  format: NoteFormat;
  items: ExtractItem[];
}

const startsWith = (buf: Uint8Array, sig: number[]): boolean => sig.every((b, i) => buf[i] === b);

/** The format the content announces, before decoding (binary formats and RTF). */
function sniffBytes(buf: Uint8Array): 'pdf' | 'zip' | 'ole' | 'rtf' | undefined {
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) || startsWith(buf, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, 1024));
  if (head.indexOf('%PDF-') !== -1) return 'pdf';
  // {\rtf after a UTF-8 byte-order mark and white space
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (head[i] === 0x7b && head[i + 1] === 0x5c && head[i + 2] === 0x72 && head[i + 3] === 0x74 && head[i + 4] === 0x66) return 'rtf';
  return undefined;
}

function note(text: string, format: NoteFormat, warnings: string[], locators?: Locator[]): ExtractItem {
  if (!text.trim()) return { error: 'empty note' };
  return locators?.length ? { text, format, warnings, locators } : { text, format, warnings };
}

/** One-line message from anything thrown by a library. */
function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim();
}

/** Read a media type the way a container names it (FHIR contentType, HL7 ED subtype, CDA mediaType). */
function hintFor(type: string): string {
  const t = type.toLowerCase();
  if (t.includes('pdf')) return '.pdf';
  if (t.includes('rtf')) return '.rtf';
  if (t.includes('html')) return '.html';
  if (t.includes('wordprocessingml') || t === 'docx') return '.docx';
  if (t.includes('xml')) return '.xml';
  return '.txt';
}

/** Extract a document nested in a container, keeping the container's format and adding its pointer. */
async function nested(bytes: Uint8Array, type: string, ctx: ExtractContext, format: NoteFormat, extra: Omit<Locator, 'line'>): Promise<ExtractItem[]> {
  if (ctx.depth >= 2) return [{ error: 'document nested too deeply; not read' }];
  let inner: Extracted;
  try {
    inner = await extract(bytes, { ...ctx, name: `embedded${hintFor(type)}`, depth: ctx.depth + 1 });
  } catch (err) {
    return [{ error: err instanceof ExtractError ? err.message : `cannot read embedded document (${oneLine(err)})` }];
  }
  return inner.items.map((it) => {
    if ('error' in it) return it;
    const locators = it.locators?.length ? it.locators.map((l) => ({ ...l, ...extra })) : Object.keys(extra).length ? [{ line: 1, ...extra }] : undefined;
    return locators ? { ...it, format, locators } : { ...it, format };
  });
}

async function fromFhir(text: string, ctx: ExtractContext, warnings: string[]): Promise<ExtractItem[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ExtractError(`malformed JSON (${oneLine(err)})`);
  }
  const docs: FhirDoc[] = fhirDocuments(json);
  const items: ExtractItem[] = [];
  for (const d of docs) {
    if ('error' in d) items.push({ error: d.error });
    else {
      const got = await nested(d.bytes, d.contentType, ctx, 'fhir', {});
      items.push(...got.map((it) => ('error' in it ? { error: `${d.where}: ${it.error}` } : { ...it, warnings: [...warnings, ...it.warnings] })));
    }
  }
  return items;
}

async function fromHl7(text: string, ctx: ExtractContext, warnings: string[]): Promise<ExtractItem[]> {
  const messages = parseHl7(text);
  if (!messages.length) throw new ExtractError('HL7 file without an MSH segment');
  const items: ExtractItem[] = [];
  for (const m of messages) {
    const label = messages.length > 1 ? `message ${m.index} (${m.type || 'no type'})` : `HL7 message ${m.type || ''}`.trim();
    const textParts = m.parts.filter((p) => p.kind === 'text');
    if (textParts.length) {
      const lines: string[] = [];
      const locators: Locator[] = [];
      for (const p of textParts) {
        locators.push({ line: lines.length + 1, segment: p.segment });
        lines.push(...p.lines);
      }
      const body = `${lines.join('\n').replace(/\s+$/, '')}\n`;
      items.push(note(body, 'hl7v2', warnings, locators));
      continue;
    }
    const data = m.parts.find((p) => p.kind === 'data');
    if (data && data.kind === 'data') {
      const got = await nested(data.bytes, data.subtype, ctx, 'hl7v2', { segment: data.segment });
      items.push(...got.map((it) => ('error' in it ? { error: `${label}: ${it.error}` } : it)));
      continue;
    }
    const other = m.otherTypes.length ? ` (OBX value types: ${m.otherTypes.join(', ')})` : '';
    items.push({ error: m.obx ? `${label} has no OBX text${other}` : `${label} has no OBX segment with note text` });
  }
  return items;
}

/**
 * Extract the notes in a file's bytes. Throws `ExtractError` (one line) when the file cannot be read.
 */
export async function extract(buf: Uint8Array, opts: { name?: string; maxSize: number; depth?: number }): Promise<Extracted> {
  const ctx: ExtractContext = { name: opts.name ?? '', maxSize: opts.maxSize, depth: opts.depth ?? 0 };
  const ext = extname(ctx.name).toLowerCase();
  const kind = sniffBytes(buf);
  if (kind === 'pdf') {
    const { pdfToText } = await import('./pdf.js');
    const r = await pdfToText(buf);
    return { format: 'pdf', items: [note(r.text, 'pdf', [], r.locators)] };
  }
  if (kind === 'zip') {
    const { docxToText } = await import('./docx.js');
    return { format: 'docx', items: [note(await docxToText(buf, ctx.maxSize), 'docx', [])] };
  }
  if (kind === 'ole') throw new ExtractError('legacy binary Office file (.doc); save it as .docx, PDF or RTF');
  if (kind === 'rtf') {
    // RTF is 7-bit: bytes above 0x7F are read in the document's code page by the tokenizer
    return { format: 'rtf', items: [note(tidy(rtfToText(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1'))), 'rtf', [])] };
  }
  // most notes are plain ASCII: one native check instead of the UTF-16, binary and UTF-8 scans
  const plain = plainAsciiText(buf);
  let text: string;
  let warnings: string[];
  if (plain !== undefined) {
    text = plain;
    warnings = [];
  } else {
    const utf16 = sniffUtf16(buf);
    if (!utf16 && looksBinary(buf)) throw new ExtractError('binary file, skipped');
    const decoded = decodeBytes(buf);
    text = decoded.text;
    warnings = decoded.warnings;
  }
  const head = text.slice(0, 4096).replace(/^\ufeff/, '');
  if (looksRtf(head)) return { format: 'rtf', items: [note(tidy(rtfToText(text)), 'rtf', warnings)] };
  if (looksHl7(head)) return { format: 'hl7v2', items: await fromHl7(text, ctx, warnings) };
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (looksFhir(head) || ext === '.json') return { format: 'fhir', items: await fromFhir(text, ctx, warnings) };
  }
  if (trimmed.startsWith('<')) {
    const { looksCcda, rejectDoctype, ccdaToText } = await import('./ccda.js');
    const ccda = looksCcda(head);
    if (!ccda && (looksHtml(trimmed) || ext === '.html' || ext === '.htm')) return htmlNote(text, warnings);
    // XML: a declaration or DTD first, a ClinicalDocument root, or an .xml name; a text note that merely
    // starts with "<" (e.g. "<dictated>") stays text
    if (ccda || /^<(?:\?xml|!DOCTYPE|!ENTITY)/i.test(trimmed) || ext === '.xml') {
      rejectDoctype(text);
      if (!ccda && !looksCcda(text.slice(0, 65536))) {
        if (ext === '.html' || ext === '.htm') return htmlNote(text, warnings);
        throw new ExtractError('XML that is not a C-CDA document (no ClinicalDocument)', 'skip');
      }
      const r = await ccdaToText(text);
      if (r.data) return { format: 'ccda', items: await nested(r.data.bytes, r.data.mediaType, ctx, 'ccda', {}) };
      return { format: 'ccda', items: [note(r.text ?? '', 'ccda', warnings, r.locators)] };
    }
  }
  if (ext === '.html' || ext === '.htm') return htmlNote(text, warnings);
  if (ext === '.json') throw new ExtractError('JSON that is not a FHIR resource (no resourceType)', 'skip');
  return { format: 'text', items: [note(text, 'text', warnings)] };
}

async function htmlNote(text: string, warnings: string[]): Promise<Extracted> {
  const { htmlToText } = await import('./html.js');
  return { format: 'html', items: [note(await htmlToText(text), 'html', warnings)] };
}

/** The note text of a plain-text file is kept exactly as decoded (no tidying): line:column match the file. */
export type { ExtractContext };
