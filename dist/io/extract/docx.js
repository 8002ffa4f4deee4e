/**
 * DOCX → text: `mammoth` (loaded on first use) converts the document body to HTML, then `html-to-text`
 * makes lines of it. Mammoth's raw-text mode drops soft line breaks and list numbers; the HTML route
 * keeps them.
 *
 * Before mammoth sees the file, the zip is walked here: a corrupt or truncated archive, one that is not
 * a Word document, and a zip bomb (the XML parts inflate past `--max-size`, checked by really
 * inflating with an output cap, not by trusting the sizes the archive declares) each become one line.
 */
import { inflateRawSync } from 'node:zlib';
import { formatSize } from '../size.js';
import { htmlToText } from './html.js';
import { loadLibrary } from './lazy.js';
import { ExtractError } from './types.js';
const CORRUPT = 'corrupt or truncated DOCX (zip archive)';
/** The central directory of a zip archive. Throws ExtractError for anything that is not a whole zip. */
export function zipEntries(buf) {
    const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
        if (dv.getUint32(i, true) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ExtractError(CORRUPT);
    const count = dv.getUint16(eocd + 10, true);
    const cdSize = dv.getUint32(eocd + 12, true);
    const cdOffset = dv.getUint32(eocd + 16, true);
    if (cdOffset === 0xffffffff || count === 0xffff)
        throw new ExtractError('DOCX uses zip64 (over 4 GB or 65,535 parts); not read');
    if (cdOffset + cdSize > eocd)
        throw new ExtractError(CORRUPT);
    const entries = [];
    let p = cdOffset;
    for (let k = 0; k < count; k++) {
        if (p + 46 > buf.length || dv.getUint32(p, true) !== 0x02014b50)
            throw new ExtractError(CORRUPT);
        const method = dv.getUint16(p + 10, true);
        const compressedSize = dv.getUint32(p + 20, true);
        const size = dv.getUint32(p + 24, true);
        const nameLen = dv.getUint16(p + 28, true);
        const extraLen = dv.getUint16(p + 30, true);
        const commentLen = dv.getUint16(p + 32, true);
        const localOffset = dv.getUint32(p + 42, true);
        const name = Buffer.from(buf.buffer, buf.byteOffset + p + 46, nameLen).toString('utf8');
        entries.push({ name, method, compressedSize, size, localOffset });
        p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
}
/** Inflate one entry, never producing more than `cap` bytes. */
export function inflateEntry(buf, e, cap) {
    const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const lh = e.localOffset;
    if (lh + 30 > buf.length || dv.getUint32(lh, true) !== 0x04034b50)
        throw new ExtractError(CORRUPT);
    const start = lh + 30 + dv.getUint16(lh + 26, true) + dv.getUint16(lh + 28, true);
    const end = start + e.compressedSize;
    if (end > buf.length)
        throw new ExtractError(CORRUPT);
    const data = Buffer.from(buf.buffer, buf.byteOffset + start, e.compressedSize);
    if (e.method === 0) {
        if (data.length > cap)
            throw new RangeError('over cap');
        return data;
    }
    if (e.method !== 8)
        throw new ExtractError(`DOCX part ${e.name} uses zip method ${e.method}; not read`);
    try {
        return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
    }
    catch (err) {
        if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
            throw new RangeError('over cap');
        throw new ExtractError(CORRUPT);
    }
}
const bombMessage = (maxSize) => `DOCX inflates to over the ${formatSize(maxSize)} limit (--max-size); zip bomb?`;
/**
 * Check a DOCX before parsing: a Word body is there, and the XML parts mammoth reads inflate to at most
 * `maxSize` bytes in all.
 */
export function checkDocxZip(buf, maxSize) {
    const entries = zipEntries(buf);
    if (!entries.some((e) => e.name === 'word/document.xml')) {
        throw new ExtractError('zip archive without word/document.xml (not a Word .docx document)');
    }
    let budget = maxSize;
    for (const e of entries) {
        if (!/\.(?:xml|rels)$/i.test(e.name))
            continue; // images are never inflated (mammoth is told to skip them)
        let out;
        try {
            out = inflateEntry(buf, e, budget + 1);
        }
        catch (err) {
            if (err instanceof RangeError)
                throw new ExtractError(bombMessage(maxSize));
            throw err;
        }
        budget -= out.length;
        if (budget < 0)
            throw new ExtractError(bombMessage(maxSize));
    }
}
let mammothLib;
/** Extract the body text of a DOCX. */
export async function docxToText(buf, maxSize) {
    checkDocxZip(buf, maxSize);
    if (!mammothLib) {
        const mod = await loadLibrary('mammoth');
        mammothLib = mod.default ?? mod;
    }
    const m = mammothLib;
    let html;
    try {
        const r = await m.convertToHtml({ buffer: Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) }, { convertImage: m.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: false });
        html = r.value;
    }
    catch (err) {
        const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new ExtractError(`cannot read DOCX (${msg})`);
    }
    const text = await htmlToText(html, { paragraphBreaks: 1 });
    if (!text.trim())
        throw new ExtractError('DOCX has no body text');
    return text;
}
