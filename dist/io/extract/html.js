import { loadLibrary } from './lazy.js';
import { tidy } from './types.js';
const converters = new Map();
/**
 * html-to-text, with the options compiled once per paragraph spacing (compiling the selectors costs more
 * than a small note).
 */
async function loadConvert(paragraphBreaks) {
    let c = converters.get(paragraphBreaks);
    if (!c) {
        const lib = await loadLibrary('html-to-text');
        const selectors = [...(OPTIONS.selectors ?? []), { selector: 'p', options: { leadingLineBreaks: paragraphBreaks, trailingLineBreaks: paragraphBreaks } }];
        c = lib.compile({ ...OPTIONS, selectors });
        converters.set(paragraphBreaks, c);
    }
    return c;
}
const heading = (h) => ({ selector: h, options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 } });
const OPTIONS = {
    wordwrap: false,
    decodeEntities: true,
    selectors: [
        ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(heading),
        { selector: 'a', options: { ignoreHref: true } },
        { selector: 'img', format: 'skip' },
        { selector: 'script', format: 'skip' },
        { selector: 'style', format: 'skip' },
        { selector: 'head', format: 'skip' },
        { selector: 'ul', options: { itemPrefix: '- ', leadingLineBreaks: 1 } },
        { selector: 'ol', options: { leadingLineBreaks: 1 } },
        { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false, colSpacing: 2, maxColumnWidth: 10000 } },
    ],
};
/** True when decoded text starts like an HTML document or fragment. */
export function looksHtml(head) {
    const h = head.replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
    return /^<(?:!doctype\s+html|html|head|body|div|p|h[1-6]|table|pre|span|br|meta|title)\b/i.test(h);
}
/** A line that stands for an empty paragraph until the text is tidied. */
const EMPTY_PARAGRAPH = '\u0001';
/**
 * Extract the text of an HTML document. `paragraphBreaks: 1` (used for DOCX) reads each paragraph as one
 * line and an empty paragraph as a blank line, as Word's own "Save as plain text" does; the default
 * sets paragraphs apart with a blank line, as a browser shows them.
 */
export async function htmlToText(html, opts = {}) {
    const breaks = opts.paragraphBreaks ?? 2;
    const convert = await loadConvert(breaks);
    const source = breaks === 1 ? html.replace(/<p(\s[^>]*)?>\s*<\/p>/g, `<p$1>${EMPTY_PARAGRAPH}</p>`) : html;
    let text = convert(source);
    if (breaks === 1)
        text = text.replace(/^\u0001$/gm, '').replace(/\u0001/g, '');
    // html-to-text puts one space before an ordered list's number; a typed list has none
    return tidy(text.replace(/^ (?=(?:\d{1,3}|[A-Za-z]{1,4})\. )/gm, ''));
}
