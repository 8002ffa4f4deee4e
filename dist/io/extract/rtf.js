/**
 * RTF → text with a small tokenizer (no dependency; docs/formats.md says why).
 *
 * Handles: groups and their state; destinations that hold no note text (`\fonttbl`, `\colortbl`,
 * `\stylesheet`, `\info`, `\pict`, headers and footers, list tables, field instructions, and every
 * `{\* …}` destination); `\par`, `\line`, `\page`, `\sect` as line breaks; `\tab`; `\'xx` in the
 * document's code page (`\ansicpg`, or a font's `\fcharset`); `\uN` with `\ucN` fallback skipping;
 * table cells (tab-separated) and rows (one line each); list numbers (`\listtext`, `\pntext`); the
 * named punctuation words (`\emdash`, `\rquote`, ...); hidden text (`\v`); `\binN` data.
 */
import { decodeCodePage } from '../decode.js';
import { ExtractError } from './types.js';
/** Destinations whose content is never note text. */
const SKIP = new Set([
    'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'header', 'headerl', 'headerr', 'headerf',
    'footer', 'footerl', 'footerr', 'footerf', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator',
    'xmlnstbl', 'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'pgdsctbl', 'filetbl', 'fldinst',
    'footnote', 'annotation', 'atnid', 'atnauthor', 'nonshppict', 'shpinst', 'template', 'userprops', 'docvar',
    'ftnsep', 'ftnsepc', 'aftnsep', 'aftnsepc', 'protusertbl', 'mmathPr', 'wgrffmtfilter', 'pnseclvl', 'listpicture',
    'bkmkstart', 'bkmkend', 'xe', 'tc', 'txe', 'passwordhash', 'defchp', 'defpap', 'panose', 'falt', 'fname',
    'pn', 'pntxta', 'pntxtb', 'oldcprops', 'oldpprops', 'oldtprops', 'oldsprops', 'shpgrp', 'sp', 'sn', 'sv',
]);
/** Control words that print a character. */
const CHARS = {
    tab: '\t', emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019',
    ldblquote: '\u201c', rdblquote: '\u201d', emspace: ' ', enspace: ' ', qmspace: ' ', zwj: '', zwnj: '',
    zwbo: '', zwnbo: '', ltrmark: '', rtlmark: '', chatn: '', chftn: '',
};
/** Control words that end a line. */
const BREAKS = new Set(['par', 'line', 'page', 'sect', 'row', 'nestrow', 'lbr']);
/** Windows code page for an RTF `\fcharset` value (0 = the document's). */
const CHARSET_CP = {
    0: 0, 1: 0, 2: -1, 77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
    177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 437,
};
/** Symbol-font code points seen in list bullets. */
const SYMBOL = { 0xb7: '\u2022', 0xa7: '\u25aa', 0x6f: 'o', 0xfc: '\u2713', 0xd8: '\u2192', 0x2d: '-' };
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c) => c >= 48 && c <= 57;
/** True when the bytes (or decoded text) start like an RTF document. */
export function looksRtf(head) {
    return /^\s*\{\\rtf/.test(head);
}
/**
 * Extract the text of an RTF document given as a string of its bytes (Latin-1 / "binary" string, so
 * `\'xx` bytes and 8-bit characters are decoded here in the document's code page).
 */
export function rtfToText(src) {
    if (!looksRtf(src))
        throw new ExtractError('not an RTF document (no {\\rtf header)');
    let docCp = 1252;
    const fonts = new Map();
    let defFont = -1;
    let defFontDef = -1; // font being defined inside \fonttbl
    const out = [];
    let bytes = [];
    let bytesCp = 0;
    const flushBytes = () => {
        if (!bytes.length)
            return;
        if (bytesCp === -1)
            out.push(bytes.map((b) => SYMBOL[b] ?? String.fromCharCode(b)).join(''));
        else
            out.push(decodeCodePage(Uint8Array.from(bytes), bytesCp || docCp));
        bytes = [];
    };
    const emit = (s) => {
        flushBytes();
        out.push(s);
    };
    let st = { skip: false, uc: 1, hidden: false, fontCp: 0, fonttbl: false, sa: 0, contextual: false };
    const stack = [];
    let skipChars = 0; // \uN fallback still to skip
    let depth = 0;
    let groupStart = false; // just after '{': a destination word may follow
    let starred = false; // after '{\*'
    const n = src.length;
    let i = 0;
    while (i < n) {
        const ch = src[i];
        if (ch === '{') {
            stack.push(st);
            st = { ...st };
            depth++;
            skipChars = 0;
            groupStart = true;
            starred = false;
            i++;
            continue;
        }
        if (ch === '}') {
            flushBytes();
            st = stack.pop() ?? st;
            depth--;
            skipChars = 0;
            groupStart = false;
            i++;
            if (depth <= 0)
                break;
            continue;
        }
        if (ch === '\\') {
            const next = src[i + 1];
            if (next === undefined)
                break;
            if (isLetter(src.charCodeAt(i + 1))) {
                let j = i + 1;
                while (j < n && j - i <= 32 && isLetter(src.charCodeAt(j)))
                    j++;
                const word = src.slice(i + 1, j);
                let param;
                const neg = src.charCodeAt(j) === 45 && isDigit(src.charCodeAt(j + 1));
                let k = neg ? j + 1 : j;
                if (isDigit(src.charCodeAt(k))) {
                    let v = 0;
                    while (k < n && isDigit(src.charCodeAt(k)) && k - j < 11)
                        v = v * 10 + (src.charCodeAt(k++) - 48);
                    param = neg ? -v : v;
                    j = k;
                }
                if (src[j] === ' ')
                    j++;
                i = j;
                const atStart = groupStart;
                groupStart = false;
                if (word === 'bin') {
                    i += Math.max(0, param ?? 0); // raw binary data
                    continue;
                }
                if (atStart && (starred || SKIP.has(word))) {
                    if (word === 'fonttbl')
                        st.fonttbl = true;
                    else
                        st.skip = true;
                    if (word !== 'fonttbl')
                        continue;
                }
                if (st.fonttbl) {
                    if (word === 'f' && param !== undefined)
                        defFontDef = param;
                    else if (word === 'fcharset' && param !== undefined && defFontDef >= 0)
                        fonts.set(defFontDef, CHARSET_CP[param] ?? 0);
                    continue;
                }
                if (st.skip)
                    continue;
                if (skipChars > 0 && word !== 'u') {
                    skipChars--;
                    continue;
                }
                switch (word) {
                    case 'ansicpg':
                        if (param)
                            docCp = param;
                        continue;
                    case 'mac':
                        docCp = 10000;
                        continue;
                    case 'pc':
                        docCp = 437;
                        continue;
                    case 'pca':
                        docCp = 850;
                        continue;
                    case 'deff':
                        if (param !== undefined)
                            defFont = param;
                        continue;
                    case 'f':
                        if (param !== undefined)
                            st.fontCp = fonts.get(param) ?? 0;
                        continue;
                    case 'plain':
                        st.hidden = false;
                        st.fontCp = defFont >= 0 ? (fonts.get(defFont) ?? 0) : 0;
                        continue;
                    case 'uc':
                        st.uc = Math.max(0, param ?? 1);
                        continue;
                    case 'u': {
                        if (param === undefined)
                            continue;
                        const code = param < 0 ? param + 65536 : param;
                        // Symbol / Wingdings characters live in the private-use area U+F020-U+F0FF (list bullets)
                        const sym = code >= 0xf020 && code <= 0xf0ff ? SYMBOL[code - 0xf000] : undefined;
                        if (!st.hidden)
                            emit(sym ?? String.fromCharCode(code));
                        skipChars = st.uc;
                        continue;
                    }
                    case 'v':
                        st.hidden = param !== 0;
                        continue;
                    case 'pard':
                        st.sa = 0;
                        st.contextual = false;
                        continue;
                    case 'sa':
                    case 'sb':
                        if (param !== undefined)
                            st.sa = Math.max(st.sa, param);
                        continue;
                    case 'contextualspace':
                        st.contextual = true;
                        continue;
                    case 'par':
                        // a paragraph set off by spacing reads as one followed by a blank line
                        emit(st.sa > 0 && !st.contextual ? '\n\n' : '\n');
                        continue;
                    case 'cell':
                    case 'nestcell':
                        if (!st.hidden)
                            emit('\t');
                        continue;
                }
                if (BREAKS.has(word)) {
                    emit('\n');
                    continue;
                }
                const c = CHARS[word];
                if (c !== undefined && !st.hidden)
                    emit(c);
                continue;
            }
            // control symbols
            const atStart = groupStart;
            groupStart = false;
            if (next === '*') {
                starred = atStart || starred;
                groupStart = atStart; // the destination word comes next
                i += 2;
                continue;
            }
            if (next === "'") {
                const hex = src.slice(i + 2, i + 4);
                i += 4;
                if (st.skip || st.fonttbl)
                    continue;
                if (skipChars > 0) {
                    skipChars--;
                    continue;
                }
                const b = parseInt(hex, 16);
                if (Number.isNaN(b) || st.hidden)
                    continue;
                if (bytes.length && bytesCp !== st.fontCp)
                    flushBytes();
                bytesCp = st.fontCp;
                bytes.push(b);
                continue;
            }
            i += 2;
            if (st.skip || st.fonttbl)
                continue;
            if (skipChars > 0) {
                skipChars--;
                continue;
            }
            if (st.hidden)
                continue;
            if (next === '\\' || next === '{' || next === '}')
                emit(next);
            else if (next === '~')
                emit('\u00a0');
            else if (next === '_')
                emit('\u2011');
            else if (next === '-')
                continue; // optional hyphen
            else if (next === '\n' || next === '\r')
                emit('\n');
            else if (next === '|' || next === ':')
                continue;
            continue;
        }
        // text: a run of plain 7-bit characters at once
        groupStart = false;
        const code = ch.charCodeAt(0);
        if (code === 13 || code === 10) {
            i++;
            continue;
        }
        if (code >= 0x80 && code <= 0xff) {
            i++;
            if (st.skip || st.fonttbl || st.hidden)
                continue;
            if (skipChars > 0) {
                skipChars--;
                continue;
            }
            // an 8-bit byte written directly: decode in the code page like \'xx
            if (bytes.length && bytesCp !== st.fontCp)
                flushBytes();
            bytesCp = st.fontCp;
            bytes.push(code);
            continue;
        }
        let j = i + 1;
        while (j < n) {
            const c = src.charCodeAt(j);
            if (c === 92 || c === 123 || c === 125 || c === 13 || c === 10 || (c >= 0x80 && c <= 0xff))
                break;
            j++;
        }
        let run = src.slice(i, j);
        i = j;
        if (st.skip || st.fonttbl || st.hidden)
            continue;
        if (skipChars > 0) {
            const drop = Math.min(skipChars, run.length);
            skipChars -= drop;
            run = run.slice(drop);
            if (!run)
                continue;
        }
        if (bytes.length)
            flushBytes();
        out.push(run);
    }
    flushBytes();
    return (out
        .join('')
        // a row's last cell separator is the row's end
        .replace(/\t+\n/g, '\n'));
}
