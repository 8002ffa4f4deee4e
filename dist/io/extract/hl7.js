/**
 * HL7 v2 messages → note text, with a small parser (no dependency; docs/formats.md says why).
 *
 * Segments split on CR, LF or CRLF; delimiters from MSH-1 (field) and MSH-2 (component, repetition,
 * escape, subcomponent); a file may hold several messages (each `MSH` starts one; `FHS`/`BHS`/`BTS`/`FTS`
 * batch wrappers are passed over), and each gives one note. The note is OBX-5 of the `TX`, `FT` and `ST`
 * segments in order (one line per segment, one per repetition), with every escape sequence turned back
 * into text: `\F\ \S\ \T\ \R\ \E\`, `\Xhh…\` (bytes), `\.br\` and `\.sp n\` (line breaks), and the other
 * formatting commands (`\.in`, `\.ti`, `\.sk`, `\.fi`, `\.nf`, `\.ce`, `\H\`, `\N\`, `\Cxxyy\`, `\Mxxyyzz\`,
 * `\Zxx\`) dropped. An `ED` value (`^type^subtype^Base64^data`) is decoded and handed back to the caller
 * to extract as the PDF / RTF / HTML / text it holds.
 */
/** True when text starts like an HL7 v2 message or batch. */
export function looksHl7(head) {
    return /^\s*(?:MSH|FHS|BHS)[^A-Za-z0-9\s]/.test(head);
}
/** Delimiters from an MSH (or FHS/BHS) segment's first characters. */
export function delimitersOf(segment) {
    const f = segment[3] ?? '|';
    const enc = segment.slice(4, 4 + 4);
    const pick = (k, d) => (enc[k] && enc[k] !== f ? enc[k] : d);
    return { field: f, component: pick(0, '^'), repetition: pick(1, '~'), escape: pick(2, '\\'), subcomponent: pick(3, '&') };
}
/**
 * Turn an escaped HL7 value back into text. `\Xhh…\` bytes are read as UTF-8 when they form it, else
 * Windows-1252 (what senders mean in practice).
 */
export function unescapeHl7(value, d) {
    const e = d.escape;
    if (!value.includes(e))
        return value;
    let out = '';
    let i = 0;
    while (i < value.length) {
        const ch = value[i];
        if (ch !== e) {
            out += ch;
            i++;
            continue;
        }
        const end = value.indexOf(e, i + 1);
        if (end === -1) {
            out += value.slice(i); // unterminated: keep as written
            break;
        }
        const seq = value.slice(i + 1, end);
        i = end + 1;
        if (seq === 'F')
            out += d.field;
        else if (seq === 'S')
            out += d.component;
        else if (seq === 'T')
            out += d.subcomponent;
        else if (seq === 'R')
            out += d.repetition;
        else if (seq === 'E')
            out += e;
        else if (seq === 'P')
            out += '&'; // truncation character (v2.7)
        else if (/^X[0-9A-Fa-f]*$/.test(seq))
            out += hexText(seq.slice(1));
        else if (seq === '.br')
            out += '\n';
        else if (/^\.sp\s*[+-]?\d*$/.test(seq)) {
            const k = Number(seq.slice(3).trim() || '1');
            out += '\n'.repeat(Math.max(1, Math.min(k, 10)));
        }
        else if (/^\.(?:in|ti|sk|fi|nf|ce)\b/.test(seq) || seq === 'H' || seq === 'N' || /^[CMZ]/.test(seq)) {
            if (seq.startsWith('.sk'))
                out += ' '.repeat(Math.min(Number(seq.slice(3).trim() || '1'), 20));
            // other formatting and character-set switches carry no text
        }
        else {
            out += e + seq + e; // unknown: keep as written
        }
    }
    return out;
}
function hexText(hex) {
    const bytes = new Uint8Array(Math.floor(hex.length / 2));
    for (let k = 0; k < bytes.length; k++)
        bytes[k] = parseInt(hex.slice(2 * k, 2 * k + 2), 16);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
    }
}
function base64Bytes(s) {
    return Buffer.from(s.replace(/\s+/g, ''), 'base64');
}
function hexBytes(s) {
    return Buffer.from(s.replace(/\s+/g, ''), 'hex');
}
/** Parse every message in a file. */
export function parseHl7(text) {
    // A line that does not start a segment ("OBX|", "MSH^...") continues the one before: some senders put
    // raw line breaks inside an FT or TX value.
    const segments = [];
    let fieldSep = '|';
    for (const line of text.split(/\r\n|\r|\n/)) {
        const bare = line.replace(/^[\s\x0b\x1c]+/, '');
        if (/^(?:MSH|FHS|BHS)/.test(bare))
            fieldSep = bare[3] ?? '|';
        const starts = /^[A-Z][A-Z0-9]{2}$/.test(bare.slice(0, 3)) && (bare.length === 3 || bare[3] === fieldSep || /^(?:MSH|FHS|BHS)/.test(bare));
        if (starts || !segments.length)
            segments.push(line);
        else if (line.trim() !== '')
            segments[segments.length - 1] += `\n${line}`;
    }
    const messages = [];
    let cur;
    let d = delimitersOf('MSH|^~\\&');
    let segIndex = 0;
    for (const rawSeg of segments) {
        if (!rawSeg.trim())
            continue;
        const seg = rawSeg.replace(/^[\s\x0b\x1c]+/, '').replace(/[\x1c\s]+$/, ''); // MLLP framing bytes
        if (!seg)
            continue;
        const id = seg.slice(0, 3);
        if (id === 'FHS' || id === 'BHS') {
            d = delimitersOf(seg);
            continue;
        }
        if (id === 'FTS' || id === 'BTS')
            continue;
        if (id === 'MSH') {
            d = delimitersOf(seg);
            segIndex = 1;
            const fields = seg.split(d.field);
            // MSH-1 is the field separator itself, so MSH-n is fields[n - 1]
            cur = { index: messages.length + 1, type: fields[8] ?? '', parts: [], otherTypes: [], obx: 0 };
            messages.push(cur);
            continue;
        }
        if (!cur)
            continue; // text before the first MSH
        segIndex++;
        if (id !== 'OBX')
            continue;
        cur.obx++;
        const fields = seg.split(d.field);
        const valueType = (fields[2] ?? '').trim().toUpperCase();
        const value = fields[5] ?? '';
        if (valueType === 'TX' || valueType === 'FT' || valueType === 'ST' || valueType === 'TEXT') {
            const lines = [];
            for (const rep of value.split(d.repetition))
                lines.push(...unescapeHl7(rep, d).split('\n'));
            cur.parts.push({ kind: 'text', lines, segment: segIndex });
        }
        else if (valueType === 'ED' || valueType === 'RP') {
            if (valueType === 'RP') {
                cur.otherTypes.push('RP (a reference, never fetched)');
                continue;
            }
            // ED: source application ^ type of data ^ data subtype ^ encoding ^ data
            const comps = value.split(d.component);
            const subtype = unescapeHl7(comps[2] ?? '', d).trim();
            const encoding = (comps[3] ?? '').trim().toUpperCase();
            const data = comps.slice(4).join(d.component);
            let bytes;
            if (encoding === 'BASE64')
                bytes = base64Bytes(data);
            else if (encoding === 'HEX')
                bytes = hexBytes(data);
            else
                bytes = Buffer.from(unescapeHl7(data, d), 'utf8'); // "A": escaped text
            cur.parts.push({ kind: 'data', bytes, subtype, segment: segIndex });
        }
        else if (valueType) {
            if (!cur.otherTypes.includes(valueType))
                cur.otherTypes.push(valueType);
        }
    }
    return messages;
}
