/**
 * The html format and its pieces, without a browser: escaping, evidence highlighting at exact positions
 * (overlaps, CR LF), surgeon fields, SVG charts, the CSP, collapse, unknown statuses, and the report of the
 * samples (every note, element row and quote). test/browser.test.ts checks the same report in Chromium.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { createHtmlFormatter, type HtmlFormatContext } from '../src/format/html.js';
import { getFormatter } from '../src/format/index.js';
import { barChart } from '../src/format/html/charts.js';
import { esc, escNote } from '../src/format/html/escape.js';
import { highlight, lineStarts, locate, type Span } from '../src/format/html/highlight.js';
import { surgeonOf as surgeonIn } from '../src/nlp/header.js';
import { patternStore } from '../src/patterns/store.js';
import type { Grammar } from '../src/nlp/grammar.js';

const surgeonOf = (text: string) => surgeonIn(patternStore([]).data<Grammar>('grammar.yaml'), text);
import { normalize } from '../src/text/normalize.js';
import { CSS, JS } from '../src/format/html/assets.js';
import type { NoteResult, Summary } from '../src/types.js';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLES = join(ROOT, 'samples');

/** Unescape the entities the renderer writes. */
function unesc(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#13);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#13': '\r' })[e]!);
}

/** Walk marked-up text: the plain text, and the joined text of every mark piece by data-ev. */
function walk(html: string): { text: string; byEv: Map<string, string>; elements: Map<string, string> } {
  const re = /<(\/?)([a-z0-9]+)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/gi;
  const stack: (string | null)[] = [];
  const byEv = new Map<string, string>();
  const elements = new Map<string, string>();
  let text = '';
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[4] !== undefined) {
      const t = unesc(m[4]);
      text += t;
      for (const ev of stack) if (ev) byEv.set(ev, (byEv.get(ev) ?? '') + t);
      continue;
    }
    if (m[2]!.toLowerCase() !== 'mark') continue;
    if (m[1]) stack.pop();
    else {
      const ev = /data-ev="(\d+)"/.exec(m[3]!)?.[1] ?? null;
      const element = /data-element="([^"]*)"/.exec(m[3]!)?.[1];
      if (ev && element) elements.set(ev, unesc(element));
      stack.push(ev);
    }
  }
  return { text, byEv, elements };
}

/** Quotes of a no-device result (contract v2), marked as element "no-device". */
function noDeviceQuotes(r: NoteResult): string[] {
  const nd = (r as { noDevice?: { evidence?: { text: string }[] } }).noDevice;
  return (nd?.evidence ?? []).map((ev) => `no-device|${ev.text}`);
}

/** A note's status: error, then fail, then any other status (e.g. no-device), then pass. */
function expectedStatus(rs: NoteResult[]): string {
  const st = rs.map((r) => String(r.status));
  return st.includes('error') ? 'error' : st.includes('fail') ? 'fail' : (st.find((s) => s !== 'pass') ?? 'pass');
}

function summaryOf(all: NoteResult[]): Summary {
  const s: Summary = { checked: 0, passed: 0, failed: 0, errors: 0 };
  for (const r of all) {
    s.checked++;
    if (r.status === 'error') s.errors++;
    else if (r.status === 'fail') s.failed++;
    else s.passed++;
  }
  return s;
}

/** Render notes (source → text) as the CLI would (results from checkNoteAll, one call per note). */
function report(notes: { source: string; text: string }[], ctx: Partial<HtmlFormatContext> = {}): { html: string; results: NoteResult[][] } {
  const f = createHtmlFormatter({ color: false, explain: false, cwd: ROOT, version: 'test', ...ctx });
  const results = notes.map((n) => checkNoteAll(n.text, { source: n.source, ...(ctx.query ? { query: true } : {}) }));
  for (const r of results) f.result(r);
  return { html: f.begin() + f.end(summaryOf(results.flat())), results };
}

describe('escaping', () => {
  it('escapes markup and quotes in text and attributes', () => {
    expect(esc(`<img src=x onerror="alert(1)">'&`)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;');
    expect(escNote('a\r\nb<')).toBe('a&#13;\nb&lt;');
  });

  it('renders hostile notes and file names as text', () => {
    const hostile = 'SURGEON: <img src=x onerror=alert(1)>\n</script><script>alert(2)</script>\n"><svg/onload=alert(3)>\nAntibiotic beads were placed.\n';
    const source = 'notes/"><svg onload=alert(4)>.txt';
    const { html } = report([{ source, text: hostile }], { noteText: () => hostile });
    const scripts = html.match(/<script\b/gi) ?? [];
    expect(scripts).toHaveLength(1); // ours only
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/<svg\/onload|<svg onload/i);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('data-source="notes/&quot;&gt;&lt;svg onload=alert(4)&gt;.txt"');
    // the surgeon field value is shown escaped too
    expect(html).toContain('data-surgeon="&lt;img src=x onerror=alert(1)&gt;"');
  });
});

describe('highlighting', () => {
  const span = (start: number, end: number, ev: number, element = 'e'): Span => ({ start, end, element, label: element, id: `m${ev}`, row: `r${ev}`, ev });

  it('locates quotes by line and column on LF, CR LF and lone CR text', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = `first line${nl}second has beads here${nl}third`;
      const at = locate(text, lineStarts(text), { text: 'beads', line: 2, column: 12 });
      expect(at).toBe(text.indexOf('beads'));
      expect(locate(text, lineStarts(text), { text: 'beads', line: 2, column: 11 })).toBeUndefined();
      expect(locate(text, lineStarts(text), { text: 'beads', line: 9, column: 1 })).toBeUndefined();
    }
  });

  it('keeps the text intact and each quote whole, nested or crossing', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz <&> "q"\r\nend';
    const spans = [span(0, 10, 1, 'a'), span(2, 5, 2, 'b'), span(2, 5, 3, 'c'), span(8, 15, 4, 'd'), span(26, 31, 5, 'e'), span(31, 37, 6, 'f')];
    const html = highlight(text, spans);
    const w = walk(html);
    expect(w.text).toBe(text);
    for (const s of spans) {
      expect(w.byEv.get(String(s.ev))).toBe(text.slice(s.start, s.end));
      expect(w.elements.get(String(s.ev))).toBe(s.element);
    }
    // the crossing quote (8-15) is split in two pieces; only its first piece has the id
    expect(html.match(/data-ev="4"/g)).toHaveLength(2);
    expect(html.match(/id="m4"/g)).toHaveLength(1);
    // every quote has one back link to its row, holding no text
    for (const s of spans) expect(html).toContain(`<a class="back" href="#r${s.ev}"`);
    expect(html).toContain('&#13;');
  });

  it('splits lines exactly as the checker does', () => {
    const text = 'a\r\nb\rc\n\nd\r\r\ne\u2028f\fg\r';
    expect(lineStarts(text)).toEqual(normalize(text).lineStarts);
  });

  it('leaves text without quotes unmarked', () => {
    expect(highlight('a < b', [])).toBe('a &lt; b');
  });
});

describe('surgeon field', () => {
  it('reads explicit header fields only', () => {
    expect(surgeonOf('OPERATIVE REPORT\nSURGEON: Dr. X\nASSISTANT: Dr. Y\n')).toBe('Dr. X');
    expect(surgeonOf('Attending: Jane Roe, MD\n')).toBe('Jane Roe, MD');
    expect(surgeonOf('Primary Surgeon: A. Smith   Assistant: B. Jones\n')).toBe('A. Smith');
    expect(surgeonOf('Attending surgeon - Dr. Q\n')).toBe('Dr. Q');
    expect(surgeonOf('Surgeon: N/A\n')).toBeUndefined();
    expect(surgeonOf('Assistant surgeon: Dr. Z\n')).toBeUndefined();
    expect(surgeonOf('The surgeon placed the beads.\nSigned by Dr. W\n')).toBeUndefined();
  });
});

describe('charts', () => {
  it('draws one bar per value, each with a title and its value', () => {
    const svg = barChart('c', 'Chart', [
      { label: 'Pass', value: 3, tone: 'pass' },
      { label: 'Fail <x>', value: 1, tone: 'fail', title: 'Fail: 1 note' },
    ]);
    expect(svg).toContain('<g class="bar" data-label="Pass" data-value="3"><title>Pass: 3</title>');
    expect(svg).toContain('data-label="Fail &lt;x&gt;" data-value="1"><title>Fail: 1 note</title>');
    const widths = [...svg.matchAll(/<rect[^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(svg).toMatch(/^<svg class="chart" id="c" role="img" aria-labelledby="c-t"/);
  });
});

describe('report of the samples', () => {
  const notes = readdirSync(SAMPLES)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ source: `samples/${n}`, text: readFileSync(join(SAMPLES, n), 'utf8') }));
  const { html, results } = report(notes, { query: true });

  it('is one self-contained document with a CSP that pins its only style and script', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const policy = unesc(meta!);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src ${hash(CSS)}`);
    expect(policy).toContain(`script-src ${hash(JS)}`);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<script>/g)).toHaveLength(1);
    // nothing to fetch: no src attribute, no link element, no URL with a scheme in an attribute
    const markup = html.replace(/<script>[\s\S]*?<\/script>/, '');
    expect(markup).not.toMatch(/<[a-z][^>]*\ssrc=/i);
    expect(markup).not.toMatch(/<link\b/i);
    expect(markup).not.toMatch(/(?:href|action|xlink:href)="(?!#)/i);
    expect(markup).not.toMatch(/<[a-z][^>]*\sstyle=/i); // inline style attributes would need 'unsafe-inline'
  });

  it('has one article per note, one row per element and a mark for every quote', () => {
    const articles = [...html.matchAll(/<article class="note" id="(n\d+)" data-source="([^"]*)" data-status="([^"]*)"/g)];
    expect(articles.map((a) => unesc(a[2]!))).toEqual(notes.map((n) => n.source));
    results.forEach((rs, i) => expect(articles[i]![3]).toBe(expectedStatus(rs)));
    const rows = html.match(/<li class="row" /g) ?? [];
    expect(rows.length).toBe(results.flat().reduce((n, r) => n + r.elements.length, 0));
    // every article's note text, with its marks, is the note; every quote is marked with its own text
    const pres = [...html.matchAll(/<pre class="text" tabindex="0" aria-label="Note text">\n([\s\S]*?)<\/pre>/g)];
    expect(pres).toHaveLength(notes.length);
    pres.forEach((p, i) => {
      const w = walk(p[1]!);
      expect(w.text).toBe(notes[i]!.text);
      const quotes = new Set(results[i]!.flatMap((r) => [...r.elements.flatMap((e) => e.evidence.map((ev) => `${e.id}|${ev.text}`)), ...noDeviceQuotes(r)]));
      const marked = new Set([...w.byEv.entries()].map(([ev, t]) => `${w.elements.get(ev)}|${t}`));
      expect(marked).toEqual(quotes);
    });
  });

  it('summarises counts, statuses, gaps, folders and surgeons', () => {
    const count = (st: string) => results.filter((rs) => expectedStatus(rs) === st).length;
    expect(html).toContain(`<div class="card"><dt>Notes</dt><dd>${notes.length}</dd></div>`);
    expect(html).toContain(`<g class="bar" data-label="Pass" data-value="${count('pass')}">`);
    expect(html).toContain(`<g class="bar" data-label="Fail" data-value="${count('fail')}">`);
    expect(html).toContain(`<g class="bar" data-label="Error" data-value="${count('error')}">`);
    expect(html).toContain('<caption id="by-folder">By folder</caption>');
    expect(html).toMatch(/<th scope="row">samples<\/th><td>\d+<\/td>/);
    expect(html).toContain('<caption id="by-surgeon">');
    const gapBars = [...html.matchAll(/<g class="bar" data-label="(\d{5}) ([^"]+)" data-value="(\d+)">/g)];
    expect(gapBars.length).toBeGreaterThan(0);
    for (const [, code, label, value] of gapBars) {
      const n = results.filter((rs) => rs.some((r) => (r.code ?? '20702') === code && r.elements.some((e) => unesc(label!) === e.label && (e.status === 'fail' || e.status === 'warn')))).length;
      expect(Number(value)).toBe(n);
    }
  });

  it('includes query drafts with a copy button revealed by the script', () => {
    const withQuery = results.flat().filter((r) => r.query).length;
    expect(withQuery).toBeGreaterThan(0);
    expect(html.match(/<pre class="qtext"/g)).toHaveLength(withQuery);
    expect(html.match(/<button type="button" class="copy" data-copy="[^"]+" hidden>/g)).toHaveLength(withQuery);
  });
});

describe('formatter behaviour', () => {
  const text = readFileSync(join(SAMPLES, '02-missing-site.txt'), 'utf8');

  it('is registered as --format html', () => {
    expect(getFormatter('html')).toBe(createHtmlFormatter);
  });

  it('collapses large batches behind each note line', () => {
    const notes = Array.from({ length: 3 }, (_, i) => ({ source: `n${i}.txt`, text }));
    const small = report(notes, { noteText: () => text, collapseAbove: 3 }).html;
    const large = report(notes, { noteText: () => text, collapseAbove: 2 }).html;
    expect(small.match(/<details class="note-body" open>/g)).toHaveLength(3);
    expect(large.match(/<details class="note-body">/g)).toHaveLength(3);
    expect(large).toContain('class="notes many"');
  });

  it('reads a note file again when no text is passed, and says so for stdin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oplint-html-'));
    try {
      writeFileSync(join(dir, 'a.txt'), text);
      const f = createHtmlFormatter({ color: false, explain: false, cwd: dir, version: 't' });
      f.result(checkNoteAll(text, { source: 'a.txt' }));
      f.result(checkNoteAll(text, { source: '-' }));
      const html = f.end({ checked: 2, passed: 0, failed: 2, errors: 0 });
      expect(html.match(/<pre class="text"/g)).toHaveLength(1);
      expect(html).toContain('The note came from stdin; its text is not in this report.');
      // the quotes are still listed in the checklist of the stdin note
      const second = html.slice(html.indexOf('id="n2"'));
      expect(second).toContain('“placement of antibiotic beads”');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the text a batch runner carries on the result (stdin, extracted formats)', () => {
    const r = checkNoteAll(text, { source: '-' }).map((x) => ({ ...x, format: 'text', text }) as NoteResult);
    const f = createHtmlFormatter({ color: false, explain: false, cwd: ROOT, version: 't' });
    f.result(r);
    const html = f.end(summaryOf(r));
    expect(walk(/<pre class="text"[^>]*>\n([\s\S]*?)<\/pre>/.exec(html)![1]!).text).toBe(text);
    expect(html).toContain('<mark id="n1-m1"');
  });

  it('gives each note of a multi-note file its own article', () => {
    const a = checkNoteAll(text, { source: 'batch.hl7#1' });
    const b = checkNoteAll(readFileSync(join(SAMPLES, '01-complete-20702.txt'), 'utf8'), { source: 'batch.hl7#2' });
    const f = createHtmlFormatter({ color: false, explain: false, cwd: ROOT, version: 't' });
    f.result([...a, ...b].map((r) => ({ ...r, format: 'hl7v2' }) as NoteResult));
    const html = f.end(summaryOf([...a, ...b]));
    expect([...html.matchAll(/<article class="note" id="n\d+" data-source="([^"]+)"/g)].map((m) => m[1])).toEqual(['batch.hl7#1', 'batch.hl7#2']);
    // extracted text cannot be re-read as plain text: the quotes stay in the checklist
    expect(html).not.toContain('<pre class="text"');
    expect(html).toContain('The note was extracted from a HL7 v2 file; its text is not in this report.');
  });

  it('does not highlight a quote whose text is no longer at its position', () => {
    const changed = `XX${text}`; // every column on line 1 moves; other lines keep theirs
    const [r] = [checkNoteAll(text, { source: 'x.txt' })];
    const f = createHtmlFormatter({ color: false, explain: false, cwd: ROOT, version: 't', noteText: () => changed.replace('placement of antibiotic beads', 'placement of antibiotic BEADS') });
    f.result(r!);
    const html = f.end(summaryOf(r!));
    expect(html).toMatch(/\d+ quotes? (?:was|were) not found at/);
    expect(walk(/<pre class="text"[^>]*>\n([\s\S]*?)<\/pre>/.exec(html)![1]!).text).toBe(changed.replace('placement of antibiotic beads', 'placement of antibiotic BEADS'));
  });

  it('renders an unknown status (e.g. a later "no-device") with its own words', () => {
    const r = { source: 'x.txt', status: 'no-device', code: null, suggestedCodes: [], devices: [], elements: [] } as unknown as NoteResult;
    const f = createHtmlFormatter({ color: false, explain: false, cwd: ROOT, version: 't', noteText: () => 'Some note.' });
    f.result([r]);
    const html = f.end({ checked: 1, passed: 0, failed: 0, errors: 0 });
    expect(html).toContain('data-status="no-device"');
    expect(html).toContain('<span class="ic" aria-hidden="true">•</span> No device</span>');
    expect(html).toContain('<g class="bar" data-label="No device" data-value="1">');
    expect(html).toContain('<div class="card"><dt>No device</dt><dd>1</dd></div>');
    expect(html).toContain('<th scope="col">Other</th>'); // so the folder table adds up
  });

  it('shows error notes with their message', () => {
    const f = createHtmlFormatter({ color: false, explain: false, cwd: ROOT, version: 't' });
    f.result([{ source: 'gone.txt', status: 'error', code: null, suggestedCodes: [], devices: [], elements: [], error: { message: 'no such file or directory' } }]);
    const html = f.end({ checked: 1, passed: 0, failed: 0, errors: 1 });
    expect(html).toContain('data-status="error"');
    expect(html).toContain('<p class="error-msg">no such file or directory</p>');
  });
});

afterAll(() => undefined);
