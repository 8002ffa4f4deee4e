/**
 * PDF → text with `unpdf` 1.7 (pdf.js inside; loaded on first use). Text items are put back into lines
 * by their position; a line that runs to the right margin and does not end a sentence continues on the
 * next line (so a wrapped paragraph reads as one line, as it was typed); a wide vertical gap is a blank
 * line; each page's lines carry a `page` locator. A PDF without any text is a scan (no OCR here).
 */
import { loadLibrary } from './lazy.js';
import { ExtractError, LineBuilder } from './types.js';
let getDocumentProxy;
async function loadPdfjs() {
    if (!getDocumentProxy)
        getDocumentProxy = (await loadLibrary('unpdf')).getDocumentProxy;
    return getDocumentProxy;
}
export function looksPdf(buf) {
    const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, 1024)).toString('latin1');
    return head.includes('%PDF-');
}
/** Items of one page → lines, top to bottom in content order. */
function pageLines(items) {
    const lines = [];
    let cur;
    let breakNext = false;
    for (const it of items) {
        const [, , c = 0, d = 0, x = 0, y = 0] = it.transform;
        const size = Math.hypot(c, d) || it.height || 10;
        if (!it.str) {
            if (it.hasEOL)
                breakNext = true;
            continue;
        }
        const sameLine = cur && !breakNext && Math.abs(y - cur.y) < size * 0.5;
        if (!cur || !sameLine) {
            cur = { text: it.str, y, x0: x, x1: x + it.width, size };
            lines.push(cur);
        }
        else {
            const gap = x - cur.x1;
            if (gap > size * 0.15 && !/\s$/.test(cur.text) && !/^\s/.test(it.str))
                cur.text += ' ';
            cur.text += it.str;
            cur.x1 = Math.max(cur.x1, x + it.width);
        }
        breakNext = !!it.hasEOL;
    }
    for (const l of lines)
        l.text = l.text.replace(/\s+$/, '');
    return lines.filter((l) => l.text.trim() !== '');
}
const ENDS_SENTENCE = /[.:;!?)]["']?$/;
/** A line that starts a list item or a heading ("PLAN:", "Estimated blood loss:") never continues the one before. */
const STARTS_BLOCK = /^(?:\d{1,2}[.)]\s|[-•*▪]\s|[A-Z][A-Za-z0-9 /&,()-]{1,40}:(?:\s|$))/;
/**
 * Join a page's lines into text: wrapped lines rejoined, paragraph gaps kept. `right` is the right text
 * edge of the whole document (a last page of short lines has no margin of its own to go by).
 */
function layoutPage(lines, out, page, right) {
    if (!lines.length)
        return;
    const gaps = [];
    for (let k = 1; k < lines.length; k++) {
        const g = lines[k - 1].y - lines[k].y;
        if (g > 0)
            gaps.push(g);
    }
    gaps.sort((a, b) => a - b);
    const step = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;
    let para = '';
    const from = { page };
    for (let k = 0; k < lines.length; k++) {
        const l = lines[k];
        para = para ? (para.endsWith('-') && /^[a-z]/.test(l.text) ? para + l.text : `${para} ${l.text}`) : l.text;
        const next = lines[k + 1];
        const gap = next ? l.y - next.y : 0;
        const wrapped = next !== undefined &&
            // a wrapped line ends within about one long word of the right edge
            l.x1 >= right - 8 * l.size &&
            !ENDS_SENTENCE.test(l.text) &&
            !STARTS_BLOCK.test(next.text) &&
            gap > 0 &&
            (step === 0 || gap < step * 1.4);
        if (wrapped)
            continue;
        out.add(para, from);
        para = '';
        if (next && step > 0 && gap > step * 1.6)
            out.blank();
    }
}
/** Extract the text of a PDF, one page after another. */
export async function pdfToText(buf) {
    const tail = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).subarray(Math.max(0, buf.byteLength - 2048)).toString('latin1');
    if (!tail.includes('%%EOF'))
        throw new ExtractError('truncated PDF (no end-of-file marker)');
    const open = await loadPdfjs();
    let doc;
    try {
        // pdf.js gets its own copy: it may transfer (detach) the buffer it is given
        doc = await open(new Uint8Array(buf), { verbosity: 0, isEvalSupported: false, disableFontFace: true, stopAtErrors: false });
    }
    catch (err) {
        const e = err;
        if (e.name === 'PasswordException')
            throw new ExtractError('encrypted PDF (a password is needed to open it); not read');
        throw new ExtractError(`corrupt PDF (${(e.message ?? String(err)).split('\n')[0]})`);
    }
    const out = new LineBuilder();
    try {
        const pages = [];
        for (let p = 1; p <= doc.numPages; p++) {
            const page = await doc.getPage(p);
            const content = await page.getTextContent();
            pages.push(pageLines(content.items));
            page.cleanup?.();
        }
        let right = 0;
        for (const lines of pages)
            for (const l of lines)
                right = Math.max(right, l.x1);
        pages.forEach((lines, i) => {
            layoutPage(lines, out, i + 1, right);
            out.blank();
        });
    }
    catch (err) {
        const e = err;
        throw new ExtractError(`corrupt PDF (${(e.message ?? String(err)).split('\n')[0]})`);
    }
    finally {
        await doc.destroy().catch(() => undefined);
    }
    if (out.empty)
        throw new ExtractError('no text layer (scanned image?); oplint does not read images');
    return { text: out.text(), locators: out.locators(), pages: doc.numPages };
}
