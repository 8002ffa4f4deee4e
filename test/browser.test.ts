/**
 * The report and the served page in a real browser: Debian's Chromium driven by playwright-core (no browser
 * download; `executablePath`). Skipped, with the reason in the suite's name, only when no Chromium is
 * installed (.ci/run installs it). Every request a page makes is recorded: only file:, data: and the local
 * server may appear. Screenshots at 1280 and 375 px go to test-artifacts/screenshots/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { createHtmlFormatter } from '../src/format/html.js';
import { startServer, type RunningServer } from '../src/serve/server.js';
import type { NoteResult, Summary } from '../src/types.js';
import { disposeCli, prepareCli, ROOT, run } from './helpers/run-cli.js';

function findChromium(): string | undefined {
  const given = process.env.OPLINT_CHROMIUM;
  if (given) return existsSync(given) ? given : undefined;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  try {
    const p = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

const CHROMIUM = findChromium();
const SHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const SAMPLES = join(ROOT, 'samples');
const sampleNames = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort();
const SUITE = CHROMIUM ? 'in Chromium' : 'SKIPPED: no Chromium found (apt-get install chromium, or set OPLINT_CHROMIUM); .ci/run installs it';
if (!CHROMIUM) console.warn(`browser tests ${SUITE}`);

function summaryOf(all: NoteResult[]): Summary {
  const errors = all.filter((r) => r.status === 'error').length;
  const failed = all.filter((r) => r.status === 'fail').length;
  return { checked: all.length, passed: all.length - errors - failed, failed, errors };
}

/** Write a report of `notes` (path relative to `cwd` → text), checked as the CLI checks them. */
function writeReport(cwd: string, notes: string[], file: string, collapseAbove?: number): NoteResult[][] {
  const f = createHtmlFormatter({ color: false, explain: false, cwd, version: 'test', query: true, ...(collapseAbove !== undefined ? { collapseAbove } : {}) });
  const all = notes.map((n) => checkNoteAll(readFileSync(join(cwd, n), 'utf8'), { source: n, query: true }));
  for (const r of all) f.result(r);
  writeFileSync(file, f.begin() + f.end(summaryOf(all.flat())));
  return all;
}

/** Record every request of a context; `allowed` says which are fine. */
function recordRequests(ctx: BrowserContext): string[] {
  const urls: string[] = [];
  ctx.on('request', (r) => void urls.push(r.url()));
  return urls;
}
const local = (server?: string) => (u: string) => u.startsWith('file:') || u.startsWith('data:') || (!!server && u.startsWith(server));

describe.skipIf(!CHROMIUM)(SUITE, () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'oplint-browser-'));
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--host-resolver-rules=MAP rebind.test 127.0.0.1'] });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('the report of the samples', () => {
    let results: NoteResult[][];
    let url: string;
    let ctx: BrowserContext;
    let page: Page;
    let requests: string[];
    const dialogs: string[] = [];
    beforeAll(async () => {
      const file = join(dir, 'report.html');
      results = writeReport(ROOT, sampleNames.map((n) => `samples/${n}`), file);
      url = pathToFileURL(file).href;
      ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      requests = recordRequests(ctx);
      page = await ctx.newPage();
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(url);
    });
    afterAll(async () => ctx?.close());

    it('renders every note, element row and evidence mark, each mark holding its quote', async () => {
      const dom = await page.evaluate(() =>
        [...document.querySelectorAll('article.note')].map((a) => {
          const byEv = new Map<string, { element: string; text: string }>();
          for (const m of a.querySelectorAll('pre.text mark')) {
            const ev = m.getAttribute('data-ev')!;
            // a piece's own text: nested marks are separate quotes
            const prev = byEv.get(ev) ?? { element: m.getAttribute('data-element')!, text: '' };
            if (!m.hasAttribute('data-part') && prev.text) continue;
            byEv.set(ev, prev);
          }
          // the text of one quote is the text of all its pieces, in order
          for (const [ev, v] of byEv) v.text = [...a.querySelectorAll(`pre.text mark[data-ev="${ev}"]`)].map((m) => m.textContent).join('');
          return {
            source: a.getAttribute('data-source'),
            status: a.getAttribute('data-status'),
            rows: [...a.querySelectorAll('li.row')].map((r) => `${r.getAttribute('data-code')}/${r.getAttribute('data-element')}=${r.getAttribute('data-status')}`),
            marks: [...byEv.values()].map((v) => `${v.element}|${v.text}`).sort(),
            text: a.querySelector('pre.text')?.textContent ?? null,
          };
        }),
      );
      expect(dom.map((d) => d.source)).toEqual(sampleNames.map((n) => `samples/${n}`));
      dom.forEach((d, i) => {
        const rs = results[i]!;
        expect(d.rows).toEqual(rs.flatMap((r) => r.elements.map((e) => `${r.code ?? '20702'}/${e.id}=${e.status}`)));
        const noDevice = (r: NoteResult) => ((r as { noDevice?: { evidence?: { text: string }[] } }).noDevice?.evidence ?? []).map((ev) => `no-device|${ev.text}`);
        const quotes = [...new Set(rs.flatMap((r) => [...r.elements.flatMap((e) => e.evidence.map((ev) => `${e.id}|${ev.text}`)), ...noDevice(r)]))].sort();
        expect(new Set(d.marks)).toEqual(new Set(quotes));
        expect(d.text).toBe(readFileSync(join(ROOT, d.source!), 'utf8'));
      });
    });

    it('scrolls to and focuses a mark when its checklist row link is clicked, and back from the mark', async () => {
      const link = page.locator('article[data-status=fail] a.ev-link').first();
      const target = await link.getAttribute('data-mark');
      await link.click();
      const focused = await page.evaluate(() => ({ id: document.activeElement?.id, tag: document.activeElement?.tagName, top: document.activeElement!.getBoundingClientRect().top, h: innerHeight }));
      expect(focused.tag).toBe('MARK');
      expect(focused.id).toBe(target);
      expect(focused.top).toBeGreaterThanOrEqual(0);
      expect(focused.top).toBeLessThan(focused.h);
      // the mark's row is highlighted as active, and clicking the mark goes back to its row
      const row = await page.locator(`mark#${target}`).getAttribute('data-row');
      await page.locator(`mark#${target}`).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(row);
      // keyboard: Enter on a focused mark goes to its row too
      await page.locator(`mark#${target}`).focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(row);
    });

    it('draws the charts with the right values', async () => {
      const bars = await page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll('#chart-status g.bar')].map((g) => [g.getAttribute('data-label'), { value: Number(g.getAttribute('data-value')), title: g.querySelector('title')?.textContent, width: Number(g.querySelector('rect')!.getAttribute('width')) }])),
      );
      const status = (rs: NoteResult[]) => (rs.some((r) => r.status === 'error') ? 'error' : rs.some((r) => r.status === 'fail') ? 'fail' : (rs.find((r) => r.status !== 'pass')?.status ?? 'pass'));
      const count = (s: string) => results.filter((rs) => status(rs) === s).length;
      expect(bars.Pass!.value).toBe(count('pass'));
      expect(bars.Fail!.value).toBe(count('fail'));
      expect(bars.Error!.value).toBe(count('error'));
      expect(bars.Pass!.title).toBe(`Pass: ${count('pass')} note${count('pass') === 1 ? '' : 's'}`);
      const gaps = await page.evaluate(() => [...document.querySelectorAll('#chart-gaps g.bar')].map((g) => ({ label: g.getAttribute('data-label')!, value: Number(g.getAttribute('data-value')) })));
      expect(gaps.length).toBeGreaterThan(0);
      for (const g of gaps) {
        const [code, ...rest] = g.label.split(' ');
        const label = rest.join(' ');
        const n = results.filter((rs) => rs.some((r) => (r.code ?? '20702') === code && r.elements.some((e) => e.label === label && (e.status === 'fail' || e.status === 'warn')))).length;
        expect(g.value, g.label).toBe(n);
      }
      // bars are sorted, longest first
      expect(gaps.map((g) => g.value)).toEqual([...gaps.map((g) => g.value)].sort((a, b) => b - a));
    });

    it('copies a query draft to the clipboard', async () => {
      await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
      const btn = page.locator('button.copy').first();
      await expect.poll(() => btn.isVisible()).toBe(true); // revealed by the script
      await btn.click();
      const id = await btn.getAttribute('data-copy');
      const text = await page.locator(`[id="${id}"]`).textContent();
      await expect.poll(() => btn.textContent()).toMatch(/Copied|Selected/);
      if ((await btn.textContent()) === 'Copied') expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    });

    it('makes no request beyond the file itself, and runs no script but its own', async () => {
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((u) => !local()(u))).toEqual([]);
      expect(dialogs).toEqual([]);
    });

    it('keeps screenshots at 1280 and 375 px, light and dark', async () => {
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: join(SHOTS, 'report-1280.png') });
      const failing = page.locator('article[data-status=fail]').first();
      await failing.scrollIntoViewIfNeeded();
      await failing.screenshot({ path: join(SHOTS, 'report-note-1280.png') });
      const narrow = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
      const p = await narrow.newPage();
      await p.goto(url);
      const width = await p.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(375); // no sideways scrolling of the page at phone width
      await p.screenshot({ path: join(SHOTS, 'report-375.png') });
      await p.locator('article[data-status=fail] pre.text').first().scrollIntoViewIfNeeded();
      await p.screenshot({ path: join(SHOTS, 'report-note-375.png') });
      await narrow.close();
      const dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
      const d = await dark.newPage();
      await d.goto(url);
      const bg = await d.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(13, 17, 23)');
      await d.screenshot({ path: join(SHOTS, 'report-dark-1280.png') });
      await dark.close();
      expect(existsSync(join(SHOTS, 'report-375.png'))).toBe(true);
    });
  });

  it('opens the report `oplint samples/ --format html -o` writes, with the notes and verdicts of --format json', async () => {
    prepareCli();
    try {
      const file = join(dir, 'cli-report.html');
      const html = await run(['samples/', '--format', 'html', '-o', file, '--no-progress']);
      expect(html.stderr.split('\n').filter((l) => l && !/binary file, skipped/.test(l))).toEqual([]);
      const json = await run(['samples/', '--format', 'json', '--no-progress']);
      expect(html.code).toBe(json.code);
      const results = (JSON.parse(json.stdout) as { results: NoteResult[] }).results;
      const sources = [...new Set(results.map((r) => r.source))];
      const ctx = await browser.newContext();
      const requests = recordRequests(ctx);
      const page = await ctx.newPage();
      await page.goto(pathToFileURL(file).href);
      const dom = await page.$$eval('article.note', (as) =>
        as.map((a) => ({
          source: a.getAttribute('data-source')!,
          rows: [...a.querySelectorAll('li.row')].map((r) => `${r.getAttribute('data-code')}/${r.getAttribute('data-element')}=${r.getAttribute('data-status')}`),
          marks: [...new Set([...a.querySelectorAll('pre.text mark')].map((m) => m.getAttribute('data-ev')))].map((ev) => `${a.querySelector(`mark[data-ev="${ev}"]`)!.getAttribute('data-element')}|${[...a.querySelectorAll(`pre.text mark[data-ev="${ev}"]`)].map((m) => m.textContent).join('')}`),
          hasText: !!a.querySelector('pre.text'),
        })),
      );
      expect(dom.map((d) => d.source)).toEqual(sources);
      for (const d of dom) {
        const rs = results.filter((r) => r.source === d.source);
        expect(d.rows, d.source).toEqual(rs.flatMap((r) => r.elements.map((e) => `${r.code ?? '20702'}/${e.id}=${e.status}`)));
        if (d.hasText) {
          const nd = (r: NoteResult) => ((r as { noDevice?: { evidence?: { text: string }[] } }).noDevice?.evidence ?? []).map((ev) => `no-device|${ev.text}`);
          expect(new Set(d.marks), d.source).toEqual(new Set(rs.flatMap((r) => [...r.elements.flatMap((e) => e.evidence.map((ev) => `${e.id}|${ev.text}`)), ...nd(r)])));
        }
      }
      expect(dom.filter((d) => d.hasText).length).toBeGreaterThanOrEqual(sampleNames.length);
      expect(requests.filter((u) => !local()(u))).toEqual([]);
      await ctx.close();
    } finally {
      disposeCli();
    }
  }, 180_000); // prepareCli may have to build dist/ first

  it('renders hostile notes and file names as text, running nothing', async () => {
    const hostile = join(dir, 'hostile');
    mkdirSync(hostile, { recursive: true });
    const base = readFileSync(join(SAMPLES, '02-missing-site.txt'), 'utf8');
    const payloads = {
      'img.txt': `Surgeon: <img src=x onerror="window.__xss='img'">\n${base}\n<img src=x onerror="window.__xss='img2'">`,
      'script.txt': `${base}\n</script><script>window.__xss='script'</script>\n</pre></details></article><script>window.__xss='close'</script>`,
      'svg.txt': `"><svg/onload=window.__xss='svg'>\n${base.replace('antibiotic beads', `antibiotic "><svg/onload=window.__xss='svg2'> beads`)}`,
      '"><svg onload=alert(1)>.txt': base,
      "<img src=x onerror=alert(2)>.txt": base,
    };
    for (const [name, text] of Object.entries(payloads)) writeFileSync(join(hostile, name), text);
    const names = Object.keys(payloads).sort();
    const file = join(dir, 'hostile.html');
    writeReport(hostile, names, file);
    const ctx = await browser.newContext();
    const requests = recordRequests(ctx);
    const page = await ctx.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: string }).__xss,
      imgs: document.querySelectorAll('img').length,
      svgs: [...document.querySelectorAll('svg')].filter((s) => !s.classList.contains('chart')).length,
      scripts: document.querySelectorAll('script').length,
      sources: [...document.querySelectorAll('article.note')].map((a) => a.getAttribute('data-source')),
      texts: [...document.querySelectorAll('pre.text')].map((p) => p.textContent),
    }));
    expect(state.xss).toBeUndefined();
    expect(state.imgs).toBe(0);
    expect(state.svgs).toBe(0);
    expect(state.scripts).toBe(1);
    expect(dialogs).toEqual([]);
    expect(state.sources).toEqual(names);
    expect(state.texts).toEqual(names.map((n) => payloads[n as keyof typeof payloads]));
    expect(requests.filter((u) => !local()(u))).toEqual([]);
    await ctx.close();
  });

  it('collapses a large batch behind each note line, and opens a note on demand', async () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    const names = Array.from({ length: 60 }, (_, i) => `n${String(i).padStart(2, '0')}.txt`);
    names.forEach((n, i) => writeFileSync(join(many, n), readFileSync(join(SAMPLES, sampleNames[i % sampleNames.length]!), 'utf8')));
    const file = join(dir, 'many.html');
    writeReport(many, names, file);
    const ctx = await browser.newContext();
    const requests = recordRequests(ctx);
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(file).href);
    expect(await page.locator('details.note-body[open]').count()).toBe(0);
    expect(await page.locator('article.note').count()).toBe(60);
    await page.locator('article.note summary').nth(3).click();
    expect(await page.locator('details.note-body[open]').count()).toBe(1);
    // a link to a mark inside a closed note opens it
    await page.goto(`${pathToFileURL(file).href}#n9-m1`);
    expect(await page.locator('#n9 details.note-body').getAttribute('open')).toBe('');
    // printing shows every note: by CSS alone (::details-content), and the script opens them too
    const closedRow = page.locator('#n20 li.row').first();
    expect(await closedRow.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await closedRow.isVisible()).toBe(true);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('details.note-body:not([open])').count()).toBe(0);
    expect(requests.filter((u) => !local()(u))).toEqual([]);
    await ctx.close();
  });

  describe('the served page', () => {
    let srv: RunningServer;
    let bin = '';
    beforeAll(async () => {
      srv = await startServer({ port: 0, maxSize: 200_000, version: 'test' });
      bin = prepareCli();
    });
    afterAll(async () => {
      await srv?.close();
      disposeCli();
    });

    it('checks a pasted note end to end, keyboard only, with the verdicts of the CLI', async () => {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const requests = recordRequests(ctx);
      const page = await ctx.newPage();
      await page.goto(srv.url);
      await page.screenshot({ path: join(SHOTS, 'serve-empty-1280.png') });
      const name = '02-missing-site.txt';
      const note = readFileSync(join(SAMPLES, name), 'utf8');
      // keyboard only: Tab past the skip link to the paste box, type, Tab to Check, Enter
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('text');
      await page.keyboard.insertText(note);
      await page.keyboard.press('Tab'); // code
      await page.keyboard.press('Tab'); // claim
      await page.keyboard.press('Tab'); // Check
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check');
      await page.keyboard.press('Enter');
      await page.locator('#result article.note').waitFor();
      expect(await page.locator('#status').textContent()).toBe('Checked.');
      const rows = await page.$$eval('#result li.row', (els) => els.map((r) => `${r.getAttribute('data-code')}/${r.getAttribute('data-element')}=${r.getAttribute('data-status')}`));
      // the CLI, reading the same note from stdin
      const cli = await run(['--format', 'json'], { input: note });
      const report = JSON.parse(cli.stdout) as { results: NoteResult[] };
      expect(rows).toEqual(report.results.flatMap((r) => r.elements.map((e) => `${r.code ?? '20702'}/${e.id}=${e.status}`)));
      expect(await page.locator('#result article').getAttribute('data-status')).toBe(report.results.some((r) => r.status === 'fail') ? 'fail' : report.results[0]!.status);
      // the pasted text is shown, highlighted, and the text box keeps it
      expect(await page.locator('#result pre.text').textContent()).toBe(note);
      expect(await page.locator('#result mark').count()).toBeGreaterThan(0);
      expect(await page.inputValue('#text')).toBe(note);
      await page.evaluate(() => document.getElementById('res-h')!.scrollIntoView());
      await page.screenshot({ path: join(SHOTS, 'serve-1280.png') });
      // copy the query draft
      await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.url.replace(/\/$/, '') });
      await page.locator('#result button.copy').first().click();
      await expect.poll(() => page.locator('#result button.copy').first().textContent()).toMatch(/Copied|Selected/);
      expect(requests.filter((u) => !local(srv.url)(u))).toEqual([]);
      await ctx.close();
      void bin;
    });

    it('works with JS off (the form posts and the answer is the page with the result)', async () => {
      const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
      const requests = recordRequests(ctx);
      const page = await ctx.newPage();
      await page.goto(srv.url);
      await page.fill('#text', readFileSync(join(SAMPLES, '01-complete-20702.txt'), 'utf8'));
      await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
      expect(new URL(page.url()).pathname).toBe('/check');
      expect(await page.locator('#result article.note').getAttribute('data-status')).toBe('pass');
      expect(requests.filter((u) => !local(srv.url)(u))).toEqual([]);
      await ctx.close();
    });

    it('looks right at 375 px', async () => {
      const ctx = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
      const requests = recordRequests(ctx);
      const page = await ctx.newPage();
      await page.goto(srv.url);
      await page.fill('#text', readFileSync(join(SAMPLES, '03-missing-drug.txt'), 'utf8'));
      await page.click('button[type=submit]');
      await page.locator('#result article.note').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.screenshot({ path: join(SHOTS, 'serve-375.png') });
      await page.locator('#result').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'serve-result-375.png') });
      expect(requests.filter((u) => !local(srv.url)(u))).toEqual([]);
      await ctx.close();
    });

    it('refuses a rebinding host, a cross-site form and an oversize note', async () => {
      const ctx = await browser.newContext();
      const requests = recordRequests(ctx);
      const page = await ctx.newPage();
      // DNS rebinding: a name that resolves to 127.0.0.1 is still not this server
      const rebind = await page.goto(`http://rebind.test:${srv.port}/`);
      expect(rebind?.status()).toBe(403);
      // a page elsewhere (here a file) posting a form to the server: Origin null
      const attack = join(dir, 'attack.html');
      writeFileSync(attack, `<!DOCTYPE html><form id="f" method="post" action="${srv.url}check"><input name="text" value="x"></form>`);
      await page.goto(pathToFileURL(attack).href);
      const [resp] = await Promise.all([page.waitForResponse((r) => r.url().startsWith(srv.url)), page.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit())]);
      expect(resp.status()).toBe(403);
      // oversize: the page shows the server's one-line refusal
      const p2 = await ctx.newPage();
      await p2.goto(srv.url);
      await p2.fill('#text', 'x'.repeat(210_000));
      await p2.click('button[type=submit]');
      await expect.poll(() => p2.locator('#status').textContent()).toMatch(/over the 200000 byte limit/);
      // only this machine: the file, the server, and the rebinding name that resolves to it
      expect(requests.filter((u) => !local(srv.url)(u) && !u.startsWith(`http://rebind.test:${srv.port}/`))).toEqual([]);
      await ctx.close();
    });
  });
});
