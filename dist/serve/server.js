/**
 * `oplint serve`: a small HTTP server for the paste-and-check page and a JSON API, on this computer only.
 *
 * Routes: `GET /` the page; `POST /check` the page's form (urlencoded; `?fragment=1` answers the result
 * fragment the page's script inserts); `POST /api/check` JSON `{ text, code?, claim?, query? }` → JSON contract
 * v1, byte for byte what `oplint --format json` writes for that note read from stdin.
 *
 * Rules: a `Host` that is not this server's loopback name and port gets 403 (DNS rebinding); an `Origin`
 * (or `Sec-Fetch-Site: cross-site`) from another site gets 403; bodies over `maxSize` get 413; a wrong method
 * 405 with `Allow`; malformed JSON or fields 400 with a one-line message; every answer carries a strict CSP,
 * `X-Content-Type-Options: nosniff` and `Cache-Control: no-store`. Nothing is logged or stored, and no file
 * is read: notes arrive in request bodies and the checks use the same library call as the CLI (checkNoteAll).
 */
import { createServer } from 'node:http';
import { isIP } from 'node:net';
import { checkNoteAll, validateCode } from '../check.js';
import { executeTask } from '../batch/worker.js';
import { parseClaim } from '../claim/parse.js';
import { createJsonFormatter } from '../format/json.js';
import { csp } from '../format/html/assets.js';
import { errorFragment, fullPage, resultFragment } from './page.js';
export const DEFAULT_PORT = 7020;
export const DEFAULT_HOST = '127.0.0.1';
/** True for addresses that never leave this machine. */
export function isLoopback(host) {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}
/** A client error with its status; the message is one line and never quotes the note. */
class HttpError extends Error {
    status;
    headers;
    constructor(status, message, headers = {}) {
        super(message);
        this.status = status;
        this.headers = headers;
    }
}
const PAGE_CSP = `${csp({ connectSelf: true, formSelf: true })}; frame-ancestors 'none'`;
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
function baseHeaders(res, type, policy) {
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    // not no-referrer: with it a browser posts the page's own form with `Origin: null`
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
function send(res, status, type, body, policy = API_CSP, extra = {}) {
    baseHeaders(res, type, policy);
    for (const [k, v] of Object.entries(extra))
        res.setHeader(k, v);
    res.statusCode = status;
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
}
/** Read the body up to `max` bytes; 413 past it (the rest is not read: the connection is closed). */
function readBody(req, max) {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max)
        return Promise.reject(new HttpError(413, `request body is over the ${max} byte limit (--max-size)`, { Connection: 'close' }));
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let over = false;
        req.on('data', (c) => {
            if (over)
                return;
            size += c.length;
            if (size > max) {
                over = true;
                reject(new HttpError(413, `request body is over the ${max} byte limit (--max-size)`, { Connection: 'close' }));
                return;
            }
            chunks.push(c);
        });
        req.on('end', () => {
            if (!over)
                resolve(Buffer.concat(chunks).toString('utf8'));
        });
        req.on('error', () => reject(new HttpError(400, 'the request body could not be read')));
    });
}
function mediaType(req) {
    return String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}
/**
 * The check itself: the CLI's own path for a note given as text (the batch task runner with checkNoteAll),
 * so results carry what `oplint --format json` writes for a note on stdin (source "-", format, warnings,
 * the size limit, an error result for an empty note). A bad code or claim is refused first (400).
 */
async function check(text, o, opts) {
    const code = o.code || opts.defaultCode || 'auto';
    try {
        validateCode(code);
        if (o.claim)
            parseClaim(o.claim);
    }
    catch (err) {
        throw new HttpError(400, err.message.split('\n')[0]);
    }
    const co = {
        code,
        query: !!o.query,
        explain: false,
        patternDirs: opts.patternDirs ?? [],
        ...(opts.elements && Object.keys(opts.elements).length ? { elements: opts.elements } : {}),
        ...(o.claim ? { claim: o.claim } : {}),
    };
    try {
        return await executeTask({ source: '-', text }, checkNoteAll, co, opts.maxSize);
    }
    catch {
        // a broken pattern pack (no note text in the message)
        throw new HttpError(500, 'internal error while checking the note');
    }
}
/** The JSON contract for one note, as `oplint --format json` writes it. */
export function contractJson(results, version) {
    const f = createJsonFormatter({ color: false, explain: false, cwd: process.cwd(), version });
    const summary = { checked: 0, passed: 0, failed: 0, errors: 0 };
    for (const r of results) {
        summary.checked++;
        // counted as the CLI counts them
        const st = String(r.status);
        if (st === 'error')
            summary.errors++;
        else if (st === 'fail')
            summary.failed++;
        else if (st === 'no-device')
            summary.noDevice = (summary.noDevice ?? 0) + 1;
        else
            summary.passed++;
    }
    return f.begin() + f.result(results) + f.end(summary);
}
function parseApiBody(raw) {
    let body;
    try {
        body = JSON.parse(raw);
    }
    catch {
        throw new HttpError(400, 'the request body is not valid JSON');
    }
    const o = body;
    if (!o || typeof o !== 'object' || Array.isArray(o))
        throw new HttpError(400, 'expected a JSON object {"text": "...", "code"?: "auto", "claim"?: "..."}');
    if (typeof o.text !== 'string')
        throw new HttpError(400, '"text" must be a string holding the note');
    if (o.code !== undefined && typeof o.code !== 'string')
        throw new HttpError(400, '"code" must be "auto" or one of 20700-20705');
    if (o.claim !== undefined && typeof o.claim !== 'string')
        throw new HttpError(400, '"claim" must be a string such as "27640,20702"');
    if (o.query !== undefined && typeof o.query !== 'boolean')
        throw new HttpError(400, '"query" must be true or false');
    return { text: o.text, ...(o.code ? { code: o.code } : {}), ...(o.claim ? { claim: o.claim } : {}), ...(o.query ? { query: true } : {}) };
}
export function createHandler(opts, port) {
    return async (req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const path = url.pathname;
        const wantsJson = path.startsWith('/api/');
        const fail = (e) => {
            if (wantsJson)
                send(res, e.status, 'application/json; charset=utf-8', `${JSON.stringify({ error: e.message })}\n`, API_CSP, e.headers);
            else
                send(res, e.status, 'text/plain; charset=utf-8', `oplint: ${e.message}\n`, API_CSP, e.headers);
        };
        try {
            // DNS rebinding: the Host must name this server (a remote server accepts IP literals too)
            const host = String(req.headers.host ?? '').toLowerCase();
            const p = port();
            const allowed = new Set([`127.0.0.1:${p}`, `localhost:${p}`, `[::1]:${p}`]);
            if (opts.host)
                allowed.add(`${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${p}`.toLowerCase()); // e.g. 127.0.0.2
            const hostName = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
            const ok = allowed.has(host) || (!!opts.allowRemote && host.endsWith(`:${p}`) && isIP(hostName) !== 0);
            if (!ok)
                throw new HttpError(403, 'forbidden: the Host header does not name this server');
            // cross-site requests: only this page may post to the server
            const origin = req.headers.origin;
            if (origin !== undefined && origin !== `http://${host}`)
                throw new HttpError(403, 'forbidden: cross-origin request');
            if (req.headers['sec-fetch-site'] === 'cross-site')
                throw new HttpError(403, 'forbidden: cross-site request');
            if (path === '/') {
                if (req.method !== 'GET' && req.method !== 'HEAD')
                    throw new HttpError(405, 'method not allowed: use GET', { Allow: 'GET, HEAD' });
                const html = fullPage({ version: opts.version, values: { text: '', code: opts.defaultCode ?? 'auto', claim: '' } });
                if (req.method === 'HEAD') {
                    baseHeaders(res, 'text/html; charset=utf-8', PAGE_CSP);
                    res.setHeader('Content-Length', Buffer.byteLength(html));
                    res.end();
                }
                else
                    send(res, 200, 'text/html; charset=utf-8', html, PAGE_CSP);
                return;
            }
            if (path === '/api/check') {
                if (req.method !== 'POST')
                    throw new HttpError(405, 'method not allowed: use POST', { Allow: 'POST' });
                if (mediaType(req) !== 'application/json')
                    throw new HttpError(415, 'send the note as JSON (Content-Type: application/json)');
                const body = parseApiBody(await readBody(req, opts.maxSize));
                const results = await check(body.text, body, opts);
                send(res, 200, 'application/json; charset=utf-8', contractJson(results, opts.version));
                return;
            }
            if (path === '/check') {
                if (req.method !== 'POST')
                    throw new HttpError(405, 'method not allowed: use POST', { Allow: 'POST' });
                if (mediaType(req) !== 'application/x-www-form-urlencoded')
                    throw new HttpError(415, 'send the form (application/x-www-form-urlencoded)');
                const form = new URLSearchParams(await readBody(req, opts.maxSize));
                const values = { text: form.get('text') ?? '', code: form.get('code') || opts.defaultCode || 'auto', claim: (form.get('claim') ?? '').trim() };
                const fragment = url.searchParams.get('fragment') === '1';
                let result;
                let status = 200;
                try {
                    result = resultFragment(await check(values.text, { code: values.code, claim: values.claim, query: true }, opts), values.text);
                }
                catch (err) {
                    if (!(err instanceof HttpError) || err.status !== 400)
                        throw err;
                    status = 400;
                    result = errorFragment(err.message);
                }
                if (fragment)
                    send(res, status, 'text/html; charset=utf-8', result, PAGE_CSP);
                else
                    send(res, status, 'text/html; charset=utf-8', fullPage({ version: opts.version, values, result }), PAGE_CSP);
                return;
            }
            throw new HttpError(404, 'not found');
        }
        catch (err) {
            if (res.headersSent) {
                res.destroy();
                return;
            }
            fail(err instanceof HttpError ? err : new HttpError(500, 'internal error'));
            if (err instanceof HttpError && err.status === 413)
                res.once('finish', () => req.destroy());
        }
    };
}
/** Start listening; rejects with a one-line message when the port is taken or the address is not ours. */
export async function startServer(opts) {
    const host = opts.host ?? DEFAULT_HOST;
    let port = opts.port ?? DEFAULT_PORT;
    const server = createServer({ requestTimeout: 60_000, headersTimeout: 30_000 });
    const handler = createHandler({ ...opts, host }, () => port);
    server.on('request', (req, res) => void handler(req, res));
    // a malformed request gets a bare 400, without echoing anything
    server.on('clientError', (_err, socket) => {
        if (socket.writable)
            socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        else
            socket.destroy();
    });
    await new Promise((resolve, reject) => {
        const onError = (e) => {
            const why = e.code === 'EADDRINUSE'
                ? `port ${port} is in use; pick another with --port (0 picks a free one)`
                : e.code === 'EACCES'
                    ? `not allowed to listen on port ${port}`
                    : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND'
                        ? `cannot listen on ${host}: no such address on this computer`
                        : `cannot listen on ${host}:${port} (${e.code ?? e.message})`;
            const err = new Error(why);
            err.name = 'UsageError';
            reject(err);
        };
        server.once('error', onError);
        server.listen(port, host, () => {
            server.off('error', onError);
            resolve();
        });
    });
    port = server.address().port;
    const shown = host.includes(':') ? `[${host}]` : host;
    return {
        server,
        host,
        port,
        url: `http://${shown}:${port}/`,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
