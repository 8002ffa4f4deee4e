/**
 * C-CDA (e.g. the Operative Note, template 2.16.840.1.113883.10.20.22.1.7) → text, parsed with
 * `fast-xml-parser` (loaded on first use) in `preserveOrder` mode.
 *
 * The document title, then the author and the service event's performers (surgeon, assistant) are
 * rendered above the sections; each section's title becomes a heading line, and its narrative block
 * becomes lines: `<paragraph>`, list items (numbered for ordered lists), table rows (cells separated by
 * tabs) and `<br/>`. Nested sections follow their parent. Each line carries its section's title.
 * A `nonXMLBody` (a base64 PDF / RTF / text) is handed back for the matching extractor.
 *
 * XML with a DOCTYPE or an entity declaration is refused before parsing: entities are never expanded
 * and nothing is ever fetched.
 */
import { loadLibrary } from './lazy.js';
import { ExtractError, LineBuilder } from './types.js';
let parser;
/** One parser, built on first use (building it costs more than parsing a note). */
async function loadParser() {
    if (!parser) {
        const P = (await loadLibrary('fast-xml-parser')).XMLParser;
        parser = new P({
            preserveOrder: true,
            ignoreAttributes: false,
            attributeNamePrefix: '',
            removeNSPrefix: true,
            trimValues: false,
            processEntities: true,
            htmlEntities: true,
            parseTagValue: false,
            parseAttributeValue: false,
        });
    }
    return parser;
}
/** Refuse DTDs: no entity is expanded and no external resource fetched, ever. */
export function rejectDoctype(xml) {
    if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
        throw new ExtractError('XML with a DOCTYPE or entity declaration is not read (entities are never expanded or fetched)');
    }
}
/** True when decoded text is a CDA document (root element ClinicalDocument, any prefix). */
export function looksCcda(head) {
    return /<(?:[A-Za-z_][\w.-]*:)?ClinicalDocument[\s>]/.test(head);
}
const tagOf = (n) => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n) => {
    const v = n[tagOf(n)];
    return Array.isArray(v) ? v : [];
};
const attrs = (n) => n[':@'] ?? {};
const child = (n, tag) => (n ? kids(n).find((k) => tagOf(k) === tag) : undefined);
const children = (n, tag) => (n ? kids(n).filter((k) => tagOf(k) === tag) : []);
/** All text inside a node, whitespace collapsed. */
function plain(n) {
    if (!n)
        return '';
    if (typeof n['#text'] === 'string')
        return n['#text'];
    return kids(n).map(plain).join('');
}
const squash = (s) => s.replace(/\s+/g, ' ').trim();
/** "Dr. Jane Q Smith MD" from a CDA name. */
function personName(name) {
    if (!name)
        return '';
    const parts = [];
    const pick = (t) => children(name, t).map((x) => squash(plain(x))).filter(Boolean);
    parts.push(...pick('prefix'), ...pick('given'), ...pick('family'), ...pick('suffix'));
    return parts.length ? parts.join(' ') : squash(plain(name));
}
function assignedName(n) {
    const person = child(n, 'assignedPerson');
    return personName(child(person, 'name'));
}
/** Render a narrative block (`<text>`) as lines. */
function narrative(n) {
    // Plain text with line breaks and no markup (some producers write the note so): keep its lines.
    const k = kids(n);
    if (k.length && k.every((x) => typeof x['#text'] === 'string')) {
        const raw = k.map((x) => x['#text']).join('');
        if (raw.trim().includes('\n'))
            return raw.split(/\r\n?|\n/).map((l) => l.trim()).join('\n').trim();
    }
    let out = '';
    const nl = () => {
        if (out && !out.endsWith('\n'))
            out += '\n';
    };
    const walk = (node, listState) => {
        if (typeof node['#text'] === 'string') {
            const t = node['#text'].replace(/\s+/g, ' ');
            out += !out || out.endsWith('\n') ? t.replace(/^ /, '') : t;
            return;
        }
        const tag = tagOf(node);
        switch (tag) {
            case 'br':
                out += '\n';
                return;
            case 'paragraph':
            case 'caption':
                nl();
                kids(node).forEach((k) => walk(k));
                nl();
                return;
            case 'list': {
                nl();
                const state = { ordered: attrs(node).listType === 'ordered', n: 0 };
                kids(node).forEach((k) => walk(k, state));
                nl();
                return;
            }
            case 'item':
                nl();
                if (listState) {
                    listState.n++;
                    out += listState.ordered ? `${listState.n}. ` : '- ';
                }
                kids(node).forEach((k) => walk(k));
                nl();
                return;
            case 'tr': {
                nl();
                const cells = kids(node).filter((k) => tagOf(k) === 'td' || tagOf(k) === 'th');
                out += cells.map((c) => squash(plain(c))).join('\t');
                nl();
                return;
            }
            case 'renderMultiMedia':
            case 'footnoteRef':
                return;
            default:
                kids(node).forEach((k) => walk(k, listState));
        }
    };
    walk(n);
    return out
        .split('\n')
        .map((l) => l.replace(/^ +| +$/g, ''))
        .join('\n');
}
/** Extract a C-CDA document. */
export async function ccdaToText(xml) {
    rejectDoctype(xml);
    const p = await loadParser();
    let doc;
    try {
        doc = p.parse(xml);
    }
    catch (err) {
        throw new ExtractError(`malformed XML (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})`);
    }
    const root = doc.find((n) => tagOf(n) === 'ClinicalDocument');
    if (!root)
        throw new ExtractError('XML that is not a C-CDA document (no ClinicalDocument)', 'skip');
    const out = new LineBuilder();
    const title = squash(plain(child(root, 'title')));
    if (title)
        out.add(title);
    const header = [];
    for (const a of children(root, 'author')) {
        const name = assignedName(child(a, 'assignedAuthor'));
        if (name)
            header.push(`Author: ${name}`);
    }
    for (const d of children(root, 'documentationOf')) {
        for (const p of children(child(d, 'serviceEvent'), 'performer')) {
            const name = assignedName(child(p, 'assignedEntity'));
            if (!name)
                continue;
            const role = attrs(p).typeCode === 'PPRF' ? 'Surgeon' : attrs(p).typeCode === 'SPRF' ? 'Assistant' : 'Performer';
            header.push(`${role}: ${name}`);
        }
    }
    if (header.length) {
        out.blank();
        out.add(header.join('\n'));
    }
    const body = child(root, 'component');
    const nonXml = child(body, 'nonXMLBody');
    if (nonXml) {
        const t = child(nonXml, 'text');
        const a = t ? attrs(t) : {};
        const raw = plain(t);
        const bytes = a.representation === 'B64' ? Buffer.from(raw.replace(/\s+/g, ''), 'base64') : Buffer.from(raw, 'utf8');
        return { data: { bytes, mediaType: a.mediaType ?? 'text/plain' } };
    }
    const structured = child(body, 'structuredBody');
    let sections = 0;
    const walkSection = (sec) => {
        sections++;
        const t = squash(plain(child(sec, 'title')));
        const from = t ? { section: t } : {};
        out.blank();
        if (t)
            out.add(/[:.]$/.test(t) ? t : `${t}:`, from);
        const text = child(sec, 'text');
        if (text)
            out.add(narrative(text), from);
        for (const c of children(sec, 'component')) {
            const s = child(c, 'section');
            if (s)
                walkSection(s);
        }
    };
    for (const c of children(structured, 'component')) {
        const s = child(c, 'section');
        if (s)
            walkSection(s);
    }
    if (sections === 0)
        throw new ExtractError('C-CDA document has no sections');
    return { text: out.text(), locators: out.locators() };
}
