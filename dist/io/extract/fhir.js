import { ExtractError } from './types.js';
/** Content types read, in order of preference when a DocumentReference offers several. */
const PREFERENCE = ['text/plain', 'text/html', 'application/xhtml+xml', 'text/rtf', 'application/rtf', 'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/xml', 'text/xml', 'application/hl7-cda+xml'];
export const baseType = (ct) => (ct ?? '').split(';')[0].trim().toLowerCase();
export function readableType(ct) {
    return PREFERENCE.includes(baseType(ct));
}
/** True when decoded text looks like FHIR JSON (a `resourceType` member near the top). */
export function looksFhir(head) {
    return /^\s*[{[]/.test(head) && /"resourceType"\s*:/.test(head);
}
function b64(data) {
    return Buffer.from(data, 'base64');
}
function fromAttachment(att, resolve, where) {
    if (att.data)
        return { bytes: b64(att.data), contentType: baseType(att.contentType) || 'text/plain', where };
    if (att.url) {
        const bin = resolve?.(att.url);
        if (!bin)
            return { error: `${where}: attachment url ${att.url} is not in this file (oplint never fetches)`, where };
        if (!bin.data)
            return { error: `${where}: Binary ${att.url} has no data`, where };
        return { bytes: b64(bin.data), contentType: baseType(bin.contentType || att.contentType) || 'text/plain', where };
    }
    return { error: `${where}: attachment has neither data nor url`, where };
}
function fromDocumentReference(dr, outer, where) {
    // "#id" points at a resource contained in the DocumentReference itself
    const resolve = (url) => {
        if (url.startsWith('#')) {
            const c = (dr.contained ?? []).find((r) => r.id === url.slice(1));
            return c?.resourceType === 'Binary' ? c : undefined;
        }
        return outer?.(url);
    };
    const atts = (dr.content ?? []).map((c) => c.attachment).filter((a) => !!a);
    if (!atts.length)
        return { error: `${where}: DocumentReference has no content`, where };
    const ranked = atts
        .map((a, i) => ({ a, i, rank: PREFERENCE.indexOf(baseType(a.contentType) || 'text/plain') }))
        .filter((x) => x.rank >= 0)
        .sort((x, y) => x.rank - y.rank || x.i - y.i);
    if (!ranked.length) {
        const types = [...new Set(atts.map((a) => baseType(a.contentType) || '(none)'))].join(', ');
        return { error: `${where}: no readable content (content type ${types})`, where };
    }
    // the preferred attachment; if it cannot be had (a url outside the file), the next one
    let first;
    for (const { a } of ranked) {
        const d = fromAttachment(a, resolve, where);
        if (!('error' in d))
            return d;
        first ??= d;
    }
    return first;
}
/** The documents in a parsed FHIR resource. Throws ExtractError for a resource of another kind. */
export function fhirDocuments(json) {
    const res = json;
    if (!res || typeof res !== 'object' || typeof res.resourceType !== 'string') {
        throw new ExtractError('JSON that is not a FHIR resource (no resourceType)', 'skip');
    }
    switch (res.resourceType) {
        case 'DocumentReference':
            return [fromDocumentReference(res, undefined, 'DocumentReference')];
        case 'Binary':
            if (!res.data)
                throw new ExtractError('FHIR Binary has no data');
            if (!readableType(res.contentType))
                throw new ExtractError(`FHIR Binary of content type ${baseType(res.contentType) || '(none)'} is not read`);
            return [{ bytes: b64(res.data), contentType: baseType(res.contentType), where: 'Binary' }];
        case 'Bundle':
            return bundleDocuments(res);
        default:
            throw new ExtractError(`FHIR ${res.resourceType} resource holds no note (expected DocumentReference, Binary or Bundle)`);
    }
}
function bundleDocuments(bundle) {
    const entries = bundle.entry ?? [];
    const binaries = new Map();
    const resourceOf = (e) => e.resource;
    for (const e of entries) {
        const r = resourceOf(e);
        if (r?.resourceType !== 'Binary')
            continue;
        if (e.fullUrl)
            binaries.set(e.fullUrl, r);
        if (r.id)
            binaries.set(`Binary/${r.id}`, r);
    }
    const used = new Set();
    const resolve = (url) => {
        let b = binaries.get(url);
        if (!b) {
            const m = /(Binary\/[^/?#]+)(?:\/_history\/[^/?#]+)?$/.exec(url);
            if (m)
                b = binaries.get(m[1]);
        }
        if (b)
            used.add(b);
        return b;
    };
    const docs = [];
    const order = [];
    entries.forEach((e, i) => {
        const r = resourceOf(e);
        if (r?.resourceType === 'DocumentReference') {
            order.push({ index: i, doc: fromDocumentReference(r, resolve, `entry ${i + 1} (DocumentReference)`) });
        }
    });
    entries.forEach((e, i) => {
        const r = resourceOf(e);
        if (r?.resourceType !== 'Binary' || used.has(r))
            return;
        if (!readableType(r.contentType))
            return; // an image or other attachment: not a note
        order.push({ index: i, doc: r.data ? { bytes: b64(r.data), contentType: baseType(r.contentType), where: `entry ${i + 1} (Binary)` } : { error: `entry ${i + 1}: Binary has no data`, where: `entry ${i + 1}` } });
    });
    order.sort((a, b) => a.index - b.index);
    for (const o of order)
        docs.push(o.doc);
    if (!docs.length)
        throw new ExtractError('FHIR Bundle holds no DocumentReference or readable Binary');
    return docs;
}
