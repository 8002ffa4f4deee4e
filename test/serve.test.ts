/**
 * `oplint serve` over real sockets: the page, the JSON API (the contract `--format json` writes), and the
 * rules: Host (DNS rebinding), Origin, size, method, malformed input, headers; the command's ready line,
 * options and a clean stop; the CLI process stopped with SIGINT. The page in a real browser:
 * test/browser.test.ts.
 */
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { createJsonFormatter } from '../src/format/json.js';
import { runServe } from '../src/serve/command.js';
import { contractJson, isLoopback, startServer, type RunningServer } from '../src/serve/server.js';
import type { CliIO } from '../src/cli.js';
import { http } from './helpers/http.js';
import { cleanEnv, disposeCli, prepareCli, ROOT, run } from './helpers/run-cli.js';

const SAMPLES = join(ROOT, 'samples');
const sampleNames = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort();
const sample = (n: string) => readFileSync(join(SAMPLES, n), 'utf8');
const NOTE = sample('02-missing-site.txt');
const MAX = 64 * 1024;
const json = { 'Content-Type': 'application/json' };

let srv: RunningServer;
beforeAll(async () => {
  srv = await startServer({ port: 0, maxSize: MAX, version: 'test' });
});
afterAll(async () => {
  await srv?.close();
});

describe('the page', () => {
  it('serves the paste page with a strict policy', async () => {
    const r = await http(srv.port);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
    const policy = String(r.headers['content-security-policy']);
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+';/);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(r.body).toContain('<form class="paste" id="check-form" method="post" action="/check"');
    expect(r.body).toContain('<textarea id="text" name="text"');
    expect(r.body).toMatch(/<select name="code" id="code"><option value="auto" selected>auto \(from the note\)<\/option><option value="20700">20700<\/option>/);
    expect(r.body).toContain('name="claim"');
    expect(r.body).toContain('<button type="submit" class="primary">Check</button>');
  });

  it('answers the form without JS (the whole page) and with JS (the fragment)', async () => {
    const body = new URLSearchParams({ text: NOTE, code: 'auto', claim: '' }).toString();
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const page = await http(srv.port, { method: 'POST', path: '/check', headers: form, body });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<!DOCTYPE html>');
    expect(page.body).toContain('data-element="placement-site" data-status="fail"');
    expect(page.body).toContain('Preparation and <mark id="n1-m'); // the pasted text, highlighted
    const frag = await http(srv.port, { method: 'POST', path: '/check?fragment=1', headers: form, body });
    expect(frag.status).toBe(200);
    expect(frag.body.startsWith('<section class="notes" aria-labelledby="res-h"><h2 id="res-h">Result</h2><article')).toBe(true);
    expect(frag.body).toContain('<pre class="qtext"'); // query drafts on the page
    const bad = await http(srv.port, { method: 'POST', path: '/check?fragment=1', headers: form, body: new URLSearchParams({ text: NOTE, code: '99999' }).toString() });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/^<p class="alert" role="alert">unknown code &#39;99999&#39;/);
  });
});

describe('POST /api/check', () => {
  it('returns the JSON contract v1 that --format json writes for the note, for every sample', async () => {
    for (const name of sampleNames) {
      const text = sample(name);
      const r = await http(srv.port, { method: 'POST', path: '/api/check', headers: json, body: JSON.stringify({ text }) });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
      // the CLI's stdin path: checkNoteAll, then the input's format on each result
      const results = checkNoteAll(text, { source: '-' }).map((x) => ({ ...x, format: 'text' as const }));
      const f = createJsonFormatter({ color: false, explain: false, cwd: ROOT, version: 'test' });
      // counted as the CLI counts them: error, fail, no-device (when there is one), and the rest pass
      const n = (st: string) => results.filter((x) => String(x.status) === st).length;
      const s = { checked: results.length, passed: results.length - n('error') - n('fail') - n('no-device'), failed: n('fail'), errors: n('error'), ...(n('no-device') ? { noDevice: n('no-device') } : {}) };
      expect(r.body).toBe(f.begin() + f.result(results) + f.end(s));
      const report = JSON.parse(r.body);
      expect(report.schemaVersion).toBeGreaterThanOrEqual(1);
      expect(report.results.length).toBeGreaterThan(0);
    }
  });

  it('takes code, claim and query', async () => {
    const r = await http(srv.port, { method: 'POST', path: '/api/check', headers: json, body: JSON.stringify({ text: NOTE, code: '20700', claim: '11044,20700', query: true }) });
    expect(r.status).toBe(200);
    const [res] = JSON.parse(r.body).results;
    expect(res.code).toBe('20700');
    expect(res.claim.lines.map((l: { code: string }) => l.code)).toEqual(['11044', '20700']);
    expect(typeof res.query === 'string' || res.status === 'pass').toBe(true);
  });

  it('refuses malformed requests with one-line messages', async () => {
    const cases: [string, number, RegExp][] = [
      ['{not json', 400, /not valid JSON/],
      ['[1,2]', 400, /expected a JSON object/],
      ['{"text": 5}', 400, /"text" must be a string/],
      [JSON.stringify({ text: NOTE, code: '20799' }), 400, /unknown code '20799'/],
      [JSON.stringify({ text: NOTE, claim: 5 }), 400, /"claim" must be a string/],
    ];
    for (const [body, status, msg] of cases) {
      const r = await http(srv.port, { method: 'POST', path: '/api/check', headers: json, body });
      expect(r.status, body).toBe(status);
      expect(r.body.trim().split('\n')).toHaveLength(1);
      expect(JSON.parse(r.body).error).toMatch(msg);
      expect(r.body).not.toContain('OPERATIVE'); // no note text echoed
    }
    const form = await http(srv.port, { method: 'POST', path: '/api/check', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ text: NOTE }) });
    expect(form.status).toBe(415);
  });

  it('checks an empty note like the CLI (an error result, not a refusal)', async () => {
    const r = await http(srv.port, { method: 'POST', path: '/api/check', headers: json, body: JSON.stringify({ text: '  \n' }) });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).results[0]).toMatchObject({ status: 'error', error: { message: 'empty note' } });
  });
});

describe('security rules', () => {
  it('refuses a Host that is not this server (DNS rebinding)', async () => {
    for (const host of [`evil.example:${srv.port}`, `127.0.0.1:${srv.port + 1}`, '127.0.0.1', `localhost.evil.example:${srv.port}`, '']) {
      const r = await http(srv.port, { host });
      expect(r.status, host).toBe(403);
      expect(r.body).toBe('oplint: forbidden: the Host header does not name this server\n');
    }
    for (const host of [`127.0.0.1:${srv.port}`, `localhost:${srv.port}`, `LOCALHOST:${srv.port}`]) expect((await http(srv.port, { host })).status, host).toBe(200);
  });

  it('refuses cross-site origins', async () => {
    const body = JSON.stringify({ text: NOTE });
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${srv.port + 1}`, `https://127.0.0.1:${srv.port}`]) {
      const r = await http(srv.port, { method: 'POST', path: '/api/check', headers: { ...json, Origin: origin }, body });
      expect(r.status, origin).toBe(403);
    }
    const site = await http(srv.port, { method: 'POST', path: '/api/check', headers: { ...json, 'Sec-Fetch-Site': 'cross-site' }, body });
    expect(site.status).toBe(403);
    const same = await http(srv.port, { method: 'POST', path: '/api/check', headers: { ...json, Origin: `http://127.0.0.1:${srv.port}` }, body });
    expect(same.status).toBe(200);
  });

  it('refuses bodies over --max-size with 413, declared or streamed', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(MAX) });
    const declared = await http(srv.port, { method: 'POST', path: '/api/check', headers: json, body: big });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error).toMatch(/over the 65536 byte limit/);
    const streamed = await http(srv.port, { method: 'POST', path: '/api/check', headers: json, body: big, chunked: true });
    expect(streamed.status).toBe(413);
    // the server still answers afterwards
    expect((await http(srv.port)).status).toBe(200);
  });

  it('answers a wrong method with 405 and Allow, an unknown path with 404', async () => {
    const put = await http(srv.port, { method: 'PUT', path: '/api/check', headers: json, body: '{}' });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('POST');
    const get = await http(srv.port, { method: 'GET', path: '/api/check' });
    expect(get.status).toBe(405);
    const post = await http(srv.port, { method: 'POST', path: '/', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    expect((await http(srv.port, { path: '/etc/passwd' })).status).toBe(404);
    expect((await http(srv.port, { path: '/../package.json' })).status).toBe(404);
  });

  it('sends nosniff and a CSP on every answer, errors included', async () => {
    for (const r of [await http(srv.port, { host: 'evil.example' }), await http(srv.port, { path: '/nope' }), await http(srv.port, { method: 'POST', path: '/api/check', headers: json, body: '{' })]) {
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(String(r.headers['content-security-policy'])).toContain("default-src 'none'");
    }
  });
});

describe('the serve command', () => {
  function io(): { io: CliIO; out: () => string; err: () => string } {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let o = '';
    let e = '';
    stdout.on('data', (d) => (o += d));
    stderr.on('data', (d) => (e += d));
    return { io: { stdin: new PassThrough(), stdout, stderr, env: {}, cwd: ROOT }, out: () => o, err: () => e };
  }

  it('prints exactly one ready line and stops cleanly', async () => {
    const t = io();
    const ac = new AbortController();
    const done = runServe({ port: '0' }, t.io, ac.signal);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.out()).toMatch(/^oplint: serving on http:\/\/127\.0\.0\.1:\d+\/\n$/);
    const port = Number(/:(\d+)\//.exec(t.out())![1]);
    expect((await http(port)).status).toBe(200);
    ac.abort();
    expect(await done).toBe(0);
    expect(t.err()).toBe('');
    await expect(http(port)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('binds loopback only unless --allow-remote, and warns when it is given', async () => {
    expect(isLoopback('127.0.0.1') && isLoopback('localhost') && isLoopback('::1') && isLoopback('127.3.2.1')).toBe(true);
    expect(isLoopback('0.0.0.0') || isLoopback('192.168.1.5') || isLoopback('example.com')).toBe(false);
    await expect(runServe({ port: '0', host: '0.0.0.0' }, io().io)).rejects.toThrow(/--host 0\.0\.0\.0 is not a loopback address; add --allow-remote/);
    const t = io();
    const ac = new AbortController();
    const done = runServe({ port: '0', host: '0.0.0.0', allowRemote: true }, t.io, ac.signal);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.err()).toMatch(/^oplint: warning: serving on 0\.0\.0\.0, reachable from other machines/);
    expect(t.out()).toMatch(/^oplint: serving on http:\/\/0\.0\.0\.0:\d+\/\n$/);
    const port = Number(/:(\d+)\//.exec(t.out())![1]);
    expect((await http(port, { host: `192.0.2.7:${port}` })).status).toBe(200); // an IP literal: no rebinding
    expect((await http(port, { host: `evil.example:${port}` })).status).toBe(403);
    ac.abort();
    expect(await done).toBe(0);
  });

  it('applies the project config as oplint check does (element severities, code)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'oplint-serve-'));
    try {
      writeFileSync(join(cwd, '.oplintrc.json'), JSON.stringify({ elements: { 'staged-removal': 'off', quantity: 'warn' } }));
      const t = io();
      t.io.cwd = cwd;
      const ac = new AbortController();
      const done = runServe({ port: '0' }, t.io, ac.signal);
      await new Promise((r) => setTimeout(r, 300));
      const port = Number(/:(\d+)\//.exec(t.out())![1]);
      const text = sample('06-missing-quantity.txt');
      const r = await http(port, { method: 'POST', path: '/api/check', headers: json, body: JSON.stringify({ text }) });
      const expected = checkNoteAll(text, { source: '-', elements: { 'staged-removal': 'off', quantity: 'warn' } }).map((x) => ({ ...x, format: 'text' }));
      expect(JSON.parse(r.body).results).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(JSON.parse(r.body).results[0].elements.map((e: { id: string }) => e.id)).not.toContain('staged-removal');
      ac.abort();
      expect(await done).toBe(0);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform !== 'linux')('--open starts the desktop opener (xdg-open) with the page address', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'oplint-open-'));
    const PATH = process.env.PATH;
    try {
      const log = join(bin, 'opened.txt');
      writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${log}'\n`, { mode: 0o755 });
      process.env.PATH = `${bin}:${PATH}`;
      const t = io();
      const ac = new AbortController();
      const done = runServe({ port: '0', open: true }, t.io, ac.signal);
      await new Promise((r) => setTimeout(r, 300));
      const url = /serving on (\S+)/.exec(t.out())![1];
      await expect.poll(() => (existsSync(log) ? readFileSync(log, 'utf8') : ''), { timeout: 5000 }).toBe(url);
      ac.abort();
      expect(await done).toBe(0);
    } finally {
      process.env.PATH = PATH;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('accepts the Host of the loopback address it is bound to', async () => {
    const other = await startServer({ host: '127.0.0.2', port: 0, maxSize: MAX, version: 'test' }).catch(() => undefined);
    if (!other) return; // no 127.0.0.2 on this machine
    try {
      expect(other.url).toBe(`http://127.0.0.2:${other.port}/`);
      const r = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.2', port: other.port, path: '/', headers: { Host: `127.0.0.2:${other.port}` } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(r).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('rejects a bad port and a port in use with one-line messages', async () => {
    await expect(runServe({ port: 'http' }, io().io)).rejects.toThrow("--port: 'http' is not a port (0-65535; 0 picks a free one)");
    await expect(runServe({ port: '70000' }, io().io)).rejects.toThrow(/is not a port/);
    await expect(runServe({ port: String(srv.port) }, io().io)).rejects.toThrow(`port ${srv.port} is in use; pick another with --port (0 picks a free one)`);
    await expect(runServe({ port: '0', maxSize: 'lots' }, io().io)).rejects.toThrow(/max-size|size/i);
  });

  it('builds the contract from the results it is given', () => {
    const results = checkNoteAll(NOTE, { source: '-' });
    const report = JSON.parse(contractJson(results, '9.9.9'));
    expect(report.tool).toEqual({ name: 'oplint', version: '9.9.9' });
    expect(report.summary.checked).toBe(results.length);
  });
});

describe('oplint serve as a process', () => {
  let bin = '';
  beforeAll(() => {
    bin = prepareCli();
  });
  afterAll(() => disposeCli());

  it('serves, logs nothing about notes, and exits 0 on Ctrl-C (SIGINT)', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd: ROOT, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    // a failing assertion must not leave the server running
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const ready = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(out);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
    });
    expect(ready).toMatch(/^oplint: serving on http:\/\/127\.0\.0\.1:\d+\/\n$/);
    const port = Number(/:(\d+)\//.exec(ready)![1]);
    const r = await http(port, { method: 'POST', path: '/api/check', headers: json, body: JSON.stringify({ text: NOTE }) });
    expect(r.status).toBe(200);
    // the same verdicts as the CLI reading the note from stdin
    const cli = await run(['--format', 'json'], { input: NOTE });
    expect(r.body.replace(/"version": "[^"]*"/, '')).toBe(cli.stdout.replace(/"version": "[^"]*"/, ''));
    await http(port, { method: 'POST', path: '/api/check', headers: json, body: '{bad' });
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(0);
    expect(out).toBe(ready); // one line, nothing else
    expect(err).toBe('');
  });
});
