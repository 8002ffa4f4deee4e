import { loadLibrary } from './lazy.js';
import { tidy } from './types.js';
let convertFn;
/** html-to-text, with the options compiled once (compiling the selectors costs more than a small note). */
async function loadConvert() {
    if (!convertFn)
        convertFn = (await loadLibrary('html-to-text')).compile(OPTIONS);
    return convertFn;
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
/** Extract the text of an HTML document. */
export async function htmlToText(html) {
    const convert = await loadConvert();
    const text = convert(html);
    // html-to-text puts one space before an ordered list's number; a typed list has none
    return tidy(text.replace(/^ (?=(?:\d{1,3}|[A-Za-z]{1,4})\. )/gm, ''));
}
