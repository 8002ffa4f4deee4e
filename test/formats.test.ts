import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { BOM, CSV_COLUMNS, createCsvFormatter, safeCell } from '../src/format/csv.js';
import { createGithubFormatter } from '../src/format/github.js';
import { createPrettyFormatter, safeName, wrap } from '../src/format/pretty.js';
import stringWidth from 'string-width';
import { createJsonlFormatter } from '../src/format/jsonl.js';
import { createJunitFormatter, xmlAttr, xmlText } from '../src/format/junit.js';
import { createMarkdownFormatter, mdEscape } from '../src/format/markdown.js';
import { createSarifFormatter, regionOf } from '../src/format/sarif.js';
import { relativePath, type FormatContext, type FormatterFactory } from '../src/format/types.js';
import type { ElementResult, NoteResult, Summary } from '../src/types.js';

// ---------------------------------------------------------------------------------------------------------
// Hand-built fixtures (contract v1 shapes), with hostile text: commas, quotes, newlines, pipes, markup,
// control characters and formula starters.

const CWD = '/repo';

function el(id: string, status: ElementResult['status'], extra: Partial<ElementResult> = {}): ElementResult {
  return {
    id,
    label: id.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase()),
    status,
    message: `${id} is ${status}`,
    evidence: [],
    denialRisks: status === 'fail' || status === 'warn' ? [`Payer denies when ${id} is missing`] : [],
    fix: status === 'fail' || status === 'warn' ? `Add a sentence documenting the ${id}.` : '',
    ...extra,
  };
}

const passing: NoteResult = {
  source: '/repo/notes/complete note.txt',
  status: 'pass',
  code: '20702',
  suggestedCodes: ['20702'],
  devices: [{ action: 'insert', site: 'intramedullary', evidence: [{ text: 'into the intramedullary canal', line: 12, column: 40 }] }],
  elements: [
    el('placement-site', 'pass', { evidence: [{ text: 'into the intramedullary canal', line: 12, column: 40 }] }),
    el('drug', 'pass', { evidence: [{ text: 'vancomycin 2 g, tobramycin 2.4 g', line: 13, column: 1 }] }),
    el('staged-removal', 'warn', { message: 'PMMA is permanent | removal not addressed' }),
  ],
};

const HOSTILE = 'PMMA, "Palacos" 40 g\nrolled | into <beads> & =SUM(A1) \u0001end';
const failing: NoteResult = {
  source: 'notes/sub dir/gap,note.txt',
  status: 'fail',
  code: '20702',
  suggestedCodes: ['20702'],
  devices: [],
  elements: [
    el('placement-site', 'fail'),
    el('carrier', 'pass', { evidence: [{ text: HOSTILE, line: 7, column: 3 }] }),
    el('quantity', 'fail', { message: 'No amount; "1 L" irrigation | not device', evidence: [{ text: '-2 beads', line: 9, column: 5 }] }),
    el('staged-removal', 'n/a'),
  ],
};

const noDevice: NoteResult = {
  source: '-',
  status: 'fail',
  code: null,
  suggestedCodes: [],
  devices: [],
  elements: [el('placement-site', 'fail'), el('drug', 'fail'), el('staged-removal', 'n/a')],
};

const errored: NoteResult = {
  source: '/repo/notes/binary.txt',
  status: 'error',
  code: null,
  suggestedCodes: [],
  devices: [],
  elements: [],
  error: { message: 'binary file <skipped> | & "not a note"' },
};

const NOTES: NoteResult[][] = [[passing], [failing], [noDevice], [errored]];
const SUMMARY: Summary = { checked: 4, passed: 1, failed: 2, errors: 1 };
const ctx: FormatContext = { color: false, explain: false, cwd: CWD, version: '0.1.0' };

function run(factory: FormatterFactory, notes = NOTES, summary = SUMMARY, c = ctx): string {
  const f = factory(c);
  let out = f.begin();
  for (const n of notes) out += f.result(n);
  return out + f.end(summary, { baselineFixed: 2 });
}

// ---------------------------------------------------------------------------------------------------------
// SARIF 2.1.0 checker: the schema's required fields plus what GitHub code scanning insists on.

function checkSarif(log: Sarif.Log): string[] {
  const problems: string[] = [];
  const need = (cond: unknown, what: string) => {
    if (!cond) problems.push(what);
  };
  const isPosInt = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;
  need(log.version === '2.1.0', 'version must be "2.1.0"');
  need(log.$schema === undefined || typeof log.$schema === 'string', '$schema must be a string');
  need(Array.isArray(log.runs), 'runs must be an array');
  for (const [ri, run] of (log.runs ?? []).entries()) {
    const p = `runs[${ri}]`;
    need(run.tool && run.tool.driver, `${p}.tool.driver is required`);
    const driver = run.tool?.driver;
    need(typeof driver?.name === 'string' && driver.name.length > 0, `${p}.tool.driver.name is required`);
    const rules = driver?.rules ?? [];
    const ids = new Set<string>();
    for (const [i, rule] of rules.entries()) {
      need(typeof rule.id === 'string' && rule.id.length > 0, `${p}.rules[${i}].id is required`);
      need(!ids.has(rule.id), `${p}.rules[${i}].id duplicated: ${rule.id}`);
      ids.add(rule.id);
      for (const k of ['shortDescription', 'fullDescription', 'help'] as const) {
        const m = rule[k];
        need(m === undefined || (typeof m.text === 'string' && m.text.length > 0), `${p}.rules[${i}].${k}.text is required`);
      }
    }
    need(run.results === undefined || Array.isArray(run.results), `${p}.results must be an array`);
    for (const [i, res] of (run.results ?? []).entries()) {
      const q = `${p}.results[${i}]`;
      need(typeof res.message?.text === 'string' && res.message.text.length > 0, `${q}.message.text is required`);
      need(typeof res.ruleId === 'string' && ids.has(res.ruleId), `${q}.ruleId must name a driver rule`);
      if (res.ruleIndex !== undefined) need(rules[res.ruleIndex]?.id === res.ruleId, `${q}.ruleIndex must point at ruleId`);
      need(res.level === undefined || ['none', 'note', 'warning', 'error'].includes(res.level), `${q}.level invalid`);
      need(Array.isArray(res.locations) && res.locations.length > 0, `${q}.locations needed by code scanning`);
      for (const [li, loc] of (res.locations ?? []).entries()) {
        const pl = loc.physicalLocation;
        const uri = pl?.artifactLocation?.uri;
        need(typeof uri === 'string' && uri.length > 0, `${q}.locations[${li}] uri required`);
        need(!/^[a-z][a-z0-9+.-]*:|^\/|\\/i.test(uri ?? ''), `${q}.locations[${li}] uri must be relative with forward slashes: ${uri}`);
        need(() => new URL(uri!, 'file:///repo/'), 'uri parses');
        const r = pl?.region;
        need(r && isPosInt(r.startLine) && isPosInt(r.startColumn), `${q}.locations[${li}].region start must be >= 1`);
        if (r?.endLine !== undefined) need(isPosInt(r.endLine) && r.endLine >= r.startLine!, `${q} endLine`);
        if (r?.endColumn !== undefined) need(isPosInt(r.endColumn), `${q} endColumn`);
      }
    }
    for (const [ii, inv] of (run.invocations ?? []).entries()) {
      need(typeof inv.executionSuccessful === 'boolean', `${p}.invocations[${ii}].executionSuccessful is required`);
      for (const n of inv.toolExecutionNotifications ?? []) need(typeof n.message?.text === 'string', 'notification message.text');
    }
  }
  return problems;
}

describe('sarif', () => {
  const text = run(createSarifFormatter);
  const log = JSON.parse(text) as Sarif.Log;
  const run0 = log.runs[0]!;

  it('meets the SARIF 2.1.0 required fields', () => {
    expect(checkSarif(log)).toEqual([]);
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run0.tool.driver.name).toBe('oplint');
    expect(run0.tool.driver.version).toBe('0.1.0');
  });

  it('has one rule per code/element, including elements that passed', () => {
    const ids = run0.tool.driver.rules!.map((r) => r.id);
    expect(ids).toEqual(['20702/placement-site', '20702/drug', '20702/staged-removal', '20702/carrier', '20702/quantity']);
    const rule = run0.tool.driver.rules!.find((r) => r.id === '20702/quantity')!;
    expect(rule.shortDescription!.text).toContain('Quantity');
    // help from the rule metadata: text and markdown, a helpUri into docs/rules.md, a PascalCase name
    expect(rule.help!.text).toContain('Add a sentence documenting the quantity.');
    expect(rule.help!.markdown).toContain('**How to satisfy it:** Add a sentence documenting the quantity.');
    expect(rule.helpUri).toBe('https://github.com/oplint/oplint/blob/main/docs/rules.md#20702-quantity');
    expect(rule.name).toBe('Cpt20702Quantity');
    for (const r of run0.tool.driver.rules!) expect(r.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    expect(run0.tool.driver.informationUri).toMatch(/^https:\/\//);
  });

  it('has one result per warn or fail element with levels, messages and locations', () => {
    const results = run0.results!;
    const summary = results.map((r) => `${r.locations![0]!.physicalLocation!.artifactLocation!.uri} ${r.ruleId} ${r.level}`);
    expect(summary).toEqual([
      'notes/complete%20note.txt 20702/staged-removal warning',
      'notes/sub%20dir/gap%2Cnote.txt 20702/placement-site error',
      'notes/sub%20dir/gap%2Cnote.txt 20702/quantity error',
      'stdin 20702/placement-site error',
      'stdin 20702/drug error',
    ]);
    const missing = results[1]!;
    expect(missing.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
    expect(missing.message.text).toBe('placement-site is fail. Fix: Add a sentence documenting the placement-site.');
    const quantity = results[2]!;
    expect(quantity.locations![0]!.physicalLocation!.region).toEqual({ startLine: 9, startColumn: 5, endLine: 9, endColumn: 13, snippet: { text: '-2 beads' } });
  });

  it('reports unreadable notes as tool execution notifications', () => {
    const inv = run0.invocations![0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toHaveLength(1);
    expect(inv.toolExecutionNotifications![0]!.message.text).toContain('notes/binary.txt: binary file');
    expect(inv.toolExecutionNotifications![0]!.level).toBe('error');
  });

  it('is valid with no results and succeeds with no errors', () => {
    const empty = JSON.parse(run(createSarifFormatter, [], { checked: 0, passed: 0, failed: 0, errors: 0 })) as Sarif.Log;
    expect(checkSarif(empty)).toEqual([]);
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.invocations![0]!.executionSuccessful).toBe(true);
  });

  it('keeps fingerprints stable across runs and distinct between findings', () => {
    const again = JSON.parse(run(createSarifFormatter)) as Sarif.Log;
    const fp = (l: Sarif.Log) => l.runs[0]!.results!.map((r) => r.partialFingerprints!['oplintElement/v2']);
    expect(fp(again)).toEqual(fp(log));
    // the path is part of the fingerprint: placement-site missing in two notes is two alerts
    expect(new Set(fp(log)).size).toBe(5);
  });

  it('computes regions for multi-line evidence', () => {
    expect(regionOf({ text: 'ab\ncdef', line: 3, column: 7 })).toEqual({ startLine: 3, startColumn: 7, endLine: 4, endColumn: 5 });
    expect(regionOf(undefined)).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
    expect(regionOf({ text: '', line: 0, column: 0 })).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
  });
});

describe('relativePath', () => {
  it('makes sources relative to cwd with forward slashes', () => {
    expect(relativePath('/repo/a/b.txt', '/repo')).toBe('a/b.txt');
    expect(relativePath('/repo/a/b.txt', '/repo/')).toBe('a/b.txt');
    expect(relativePath('./a/b.txt', '/repo')).toBe('a/b.txt');
    expect(relativePath('a\\b.txt', 'C:\\repo')).toBe('a/b.txt');
    expect(relativePath('C:\\repo\\x\\y.txt', 'C:\\repo')).toBe('x/y.txt');
    expect(relativePath('/other/n.txt', '/repo/sub')).toBe('../../other/n.txt');
    expect(relativePath('-', '/repo')).toBe('stdin');
  });
});

describe('jsonl', () => {
  it('writes one parseable NoteResult per line as each note arrives', () => {
    const f = createJsonlFormatter(ctx);
    expect(f.begin()).toBe('');
    const chunk = f.result([failing, { ...passing, source: 'x\u2028y' }]);
    const lines = chunk.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual(failing);
    expect(JSON.parse(lines[1]!).source).toBe('x\u2028y');
    expect(lines[1]).not.toMatch(/\u2028/);
    expect(f.end(SUMMARY)).toBe('');
  });
});

describe('junit', () => {
  const xml = run(createJunitFormatter);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('has a testsuite per note and a testcase per note × code', () => {
    const suites = doc.testsuites.testsuite as Array<Record<string, any>>;
    expect(suites.map((s) => s['@name'])).toEqual(['notes/complete note.txt', 'notes/sub dir/gap,note.txt', 'stdin', 'notes/binary.txt']);
    expect(suites.map((s) => `${s['@tests']}/${s['@failures']}/${s['@errors']}`)).toEqual(['1/0/0', '1/1/0', '1/1/0', '1/0/1']);
    const cases = suites.map((s) => s.testcase[0]);
    expect(cases[0]['@name']).toBe('CPT 20702');
    expect(cases[0].failure).toBeUndefined();
    expect(cases[0]['system-out']).toContain('staged-removal');
    expect(cases[1].failure['@message']).toBe('2 elements failed: placement-site, quantity');
    expect(cases[1].failure['#text']).toContain('No amount; "1 L" irrigation | not device');
    expect(cases[1].failure['#text']).not.toContain('carrier');
    expect(cases[3].error['@message']).toBe('binary file <skipped> | & "not a note"');
  });

  it('escapes markup and replaces characters XML cannot carry', () => {
    expect(xmlText('a<b>&c\u0001\u001F\uFFFE')).toBe('a&lt;b&gt;&amp;c\uFFFD\uFFFD\uFFFD');
    expect(xmlAttr(`"x"\n'y'\t`)).toBe('&quot;x&quot;&#10;&apos;y&apos;&#9;');
    expect(xmlText('lone \uD800 ok \uD83D\uDE00')).toBe('lone \uFFFD ok \uD83D\uDE00');
    const nasty: NoteResult = { ...failing, source: 'a\u0002<&>"', elements: [el('drug', 'fail', { message: ']]> \u0000 </failure>', evidence: [{ text: HOSTILE, line: 1, column: 1 }] })] };
    const out = run(createJunitFormatter, [[nasty]], { checked: 1, passed: 0, failed: 1, errors: 0 });
    expect(XMLValidator.validate(out)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true }).parse(out);
    expect(parsed.testsuites.testsuite['@name']).toBe('a\uFFFD<&>"');
    expect(parsed.testsuites.testsuite.testcase.failure['#text']).toContain(']]> \uFFFD </failure>');
  });
});

describe('csv', () => {
  const text = run(createCsvFormatter);

  it('starts with a UTF-8 BOM and a header, and uses CRLF records', () => {
    expect(text.startsWith(BOM + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
  });

  it('round-trips through csv-parse: one row per note × element, error rows, hostile text', () => {
    const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3 + 4 + 3 + 1);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => `${r.element}:${r.status}`).slice(3, 7)).toEqual(['placement-site:fail', 'carrier:pass', 'quantity:fail', 'staged-removal:n/a']);
    const carrier = rows[4]!;
    expect(carrier.source).toBe('notes/sub dir/gap,note.txt');
    expect(carrier.evidence).toBe(HOSTILE);
    expect([carrier.line, carrier.column]).toEqual(['7', '3']);
    expect(rows[5]!.message).toBe('No amount; "1 L" irrigation | not device');
    expect(rows[5]!.evidence).toBe("'-2 beads"); // formula starter neutralised for Excel
    expect(rows[3]!.line).toBe('');
    expect(rows[7]!.source).toBe('-');
    expect(rows[7]!.code).toBe('');
    const err = rows[10]!;
    expect([err.source, err.element, err.status, err.message]).toEqual(['/repo/notes/binary.txt', '', 'error', 'binary file <skipped> | & "not a note"']);
  });

  it('neutralises only formula starters', () => {
    expect(safeCell('=1+1')).toBe("'=1+1");
    expect(safeCell('@cmd')).toBe("'@cmd");
    expect(safeCell('vanc 1 g')).toBe('vanc 1 g');
    expect(safeCell('-')).toBe('-');
  });
});

describe('markdown', () => {
  const md = run(createMarkdownFormatter);

  it('has a summary table first, then per-note checklists with marks', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# oplint report');
    expect(md).toContain('| 4 | 1 | 2 | 0 | 1 | 25% |');
    expect(md).toContain('Baselined failures fixed: **2**');
    expect(md).toContain('- [x] ✅ **Placement site**');
    expect(md).toContain('- [ ] ⚠️ **Staged removal**');
    expect(md).toContain('- [ ] ❌ **Placement site**');
    expect(md).toContain('- [x] ➖ **Staged removal**');
    expect(md).toContain('Fix: Add a sentence documenting the quantity.');
    expect(md.indexOf('## Notes')).toBeGreaterThan(md.indexOf('| Checked |'));
    expect(md.indexOf('## Checklists')).toBeGreaterThan(md.indexOf('## Notes'));
  });

  it('escapes pipes so every table row keeps its column count', () => {
    expect(mdEscape('a | b')).toBe('a \\| b');
    expect(mdEscape('x\ny *z* <b> [l](u) #1 (a_b)')).toBe('x y \\*z\\* &lt;b&gt; \\[l\\](u) #1 (a\\_b)');
    // Every row of every table has as many cells as its header (escaped pipes are not separators).
    const cellCount = (row: string) => row.replace(/\\\|/g, '').split('|').length - 2;
    const tables: string[][] = [];
    let current: string[] | null = null;
    for (const line of md.split('\n')) {
      if (line.startsWith('|')) (current ??= tables[tables.push([]) - 1]!).push(line);
      else current = null;
    }
    expect(tables.length).toBe(3);
    for (const t of tables) for (const row of t) expect(cellCount(row)).toBe(cellCount(t[0]!));
    const noteRows = md.split('\n').filter((l) => /^\| (✅|❌|⛔)/.test(l));
    expect(noteRows).toHaveLength(4);
    for (const row of noteRows) expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(5);
    expect(md).toContain('PMMA is permanent \\| removal not addressed');
    expect(md).not.toMatch(/[^\\]\| removal not addressed/);
  });

  it('honours quiet by leaving passing notes out', () => {
    const quiet = run(createMarkdownFormatter, NOTES, SUMMARY, { ...ctx, quiet: true });
    expect(quiet).not.toContain('complete note.txt');
    expect(quiet).toContain('gap,note.txt');
  });
});

describe('registry', () => {
  it('maps every format name to a working streaming formatter', async () => {
    const { FORMAT_NAMES, getFormatter, isFormatName } = await import('../src/format/index.js');
    expect(FORMAT_NAMES).toEqual(expect.arrayContaining(['pretty', 'json', 'jsonl', 'sarif', 'junit', 'csv', 'markdown', 'github']));
    expect(getFormatter('xml')).toBeUndefined();
    expect(isFormatName('toString')).toBe(false);
    for (const name of FORMAT_NAMES) {
      const text = run(getFormatter(name)!);
      expect(text.length, name).toBeGreaterThan(0);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// End to end: the built CLI on the shipped samples (the "done when").

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'oplint.js');
const built = existsSync(BIN) && existsSync(join(ROOT, 'dist', 'cli.js'));

describe.skipIf(!built)('oplint samples/ --format ...', () => {
  const cli = (format: string) => {
    const r = spawnSync(process.execPath, [BIN, 'samples', '--format', format, '--jobs', '1'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
    expect(r.status, r.stderr).toBeLessThan(2);
    return r.stdout;
  };

  it('sarif validates against the SARIF 2.1.0 required fields', () => {
    const log = JSON.parse(cli('sarif')) as Sarif.Log;
    expect(checkSarif(log)).toEqual([]);
    const results = log.runs[0]!.results!;
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.locations![0]!.physicalLocation!.artifactLocation!.uri).toMatch(/^samples\//);
  });

  it('junit parses as XML', () => {
    const xml = cli('junit');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testsuite' }).parse(xml);
    expect(doc.testsuites.testsuite.length).toBeGreaterThanOrEqual(8);
  });

  it('csv round-trips through csv-parse', () => {
    const text = cli('csv');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(8);
    for (const row of rows) expect(['pass', 'warn', 'fail', 'n/a', 'error', 'no-device']).toContain(row.status.replace(/ \(baselined\)$/, ''));
  });

  it('jsonl has one NoteResult per line', () => {
    const lines = cli('jsonl').trim().split('\n');
    for (const l of lines) expect(JSON.parse(l)).toHaveProperty('source');
    expect(lines.length).toBeGreaterThanOrEqual(8);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Issue 11: claim findings in every format, CSV line breaks, markdown queries, pretty width and labels.

const claimOnly: NoteResult = {
  source: 'notes/claim.txt',
  status: 'fail',
  code: '20702',
  suggestedCodes: ['20702'],
  devices: [],
  elements: [el('drug', 'pass'), el('carrier', 'pass')],
  query: 'Dr. Surgeon,\n\nPlease clarify the site.\n[ ] other\n[ ] unable to determine\n',
  claim: {
    lines: [{ code: '27640', modifiers: [], units: 1 }, { code: '20702', modifiers: [], units: 2 }],
    findings: [
      { id: 'addon-without-primary', status: 'pass', message: '20702 is reported with primary 27640', codes: ['20702', '27640'] },
      { id: 'units-per-site', status: 'fail', message: '2 units of 20702 | one documented site', codes: ['20702'] },
    ],
  },
};
const wrapped: NoteResult = {
  ...failing,
  source: 'notes/wrapped.txt',
  elements: [el('carrier', 'fail', { evidence: [{ text: 'antibiotic beads were\nplaced in the canal', line: 3, column: 1 }, { text: 'second\r\nline', line: 5, column: 1 }] })],
};

describe('claim findings appear in every format (issue 11)', () => {
  it('csv: one row per finding, element claim:<id>', () => {
    const rows = parseCsv(run(createCsvFormatter, [[claimOnly]]), { bom: true, columns: true }) as Record<string, string>[];
    const claimRows = rows.filter((r) => r.element!.startsWith('claim:'));
    expect(claimRows.map((r) => [r.element, r.status])).toEqual([
      ['claim:addon-without-primary', 'pass'],
      ['claim:units-per-site', 'fail'],
    ]);
    expect(claimRows[1]!.message).toBe('2 units of 20702 | one documented site');
  });

  it('markdown: finding lines under the checklist and in the notes table and element counts', () => {
    const md = run(createMarkdownFormatter, [[claimOnly]], { checked: 1, passed: 0, failed: 1, errors: 0 });
    expect(md).toContain('`units-per-site`: 2 units of 20702 \\| one documented site');
    expect(md).toMatch(/\| ❌ fail \| notes\/claim\.txt \| 20702 \| claim:units-per-site \|/);
    expect(md).toMatch(/\| claim \| units-per-site \| 1 \| 0 \|/);
  });

  it('github: an annotation per failing finding', () => {
    const gh = run(createGithubFormatter, [[claimOnly]]);
    expect(gh).toMatch(/^::error file=notes\/claim\.txt,line=1,col=1,title=claim units-per-site::2 units of 20702/m);
  });

  it('pretty: the finding with its message', () => {
    const text = run(createPrettyFormatter, [[claimOnly]]);
    expect(text).toMatch(/✖ units-per-site\s+2 units of 20702/);
  });
});

describe('csv quotes fields with CR or LF (issue 11)', () => {
  it('a hard-wrapped evidence quote stays in one field', () => {
    const text = run(createCsvFormatter, [[wrapped]]);
    const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.evidence).toBe('antibiotic beads were\nplaced in the canal | second\r\nline');
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  it.runIf(python)("round-trips through Python's csv module with the same row count", () => {
    const text = run(createCsvFormatter, [[wrapped], [claimOnly], [failing]]);
    const expected = (parseCsv(text, { bom: true, columns: true }) as unknown[]).length;
    const py = spawnSync('python3', ['-c', 'import csv,io,sys; rows=list(csv.reader(io.StringIO(sys.stdin.read(), newline=""))); print(len(rows)-1); print(rows[1][7])'], {
      input: text.replace(/^\uFEFF/, ''),
      encoding: 'utf8',
    });
    expect(py.status, py.stderr).toBe(0);
    const [count, evidence] = py.stdout.split('\n');
    expect(Number(count)).toBe(expected);
    expect(evidence).toBe('antibiotic beads were');
  });
});

describe('markdown --query includes the query drafts (issue 9, item 9)', () => {
  it('in a fenced block under the note, only with query on', () => {
    const on = run(createMarkdownFormatter, [[claimOnly]], { checked: 1, passed: 0, failed: 1, errors: 0 }, { ...ctx, query: true });
    expect(on).toContain('**Query to the surgeon (draft)**\n\n```text\nDr. Surgeon,\n\nPlease clarify the site.\n[ ] other\n[ ] unable to determine\n```');
    const off = run(createMarkdownFormatter, [[claimOnly]], { checked: 1, passed: 0, failed: 1, errors: 0 });
    expect(off).not.toContain('Query to the surgeon');
  });
});

describe('pretty: display width, terminal width, label column, file names (issue 11)', () => {
  it('wrap() measures display width (wide characters count two) and breaks over-long words', () => {
    const text = wrap('漢字 漢字 漢字 漢字 漢字 漢字 漢字 漢字', 2, 2, 20);
    for (const line of text.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(20);
    const long = wrap(`x ${'y'.repeat(50)}`, 0, 0, 20);
    for (const line of long.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(20);
  });

  it('wraps at the given width; the label column fits the longest label', () => {
    const longLabel: NoteResult = {
      ...failing,
      source: 'n.txt',
      elements: [el('staged-link', 'fail', { label: 'Link to the earlier stage', message: 'word '.repeat(40).trim() }), el('drug', 'pass')],
    };
    for (const width of [60, 120]) {
      const text = run(createPrettyFormatter, [[longLabel]], { checked: 1, passed: 0, failed: 1, errors: 0 }, { ...ctx, width });
      for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      const labelLine = text.split('\n').find((l) => l.includes('Link to the earlier stage'))!;
      const drugLine = text.split('\n').find((l) => l.includes('Drug '))!;
      // both messages start in the same column, right after the longest label
      expect(labelLine.indexOf('word')).toBe(drugLine.indexOf('drug is pass'));
      expect(labelLine.indexOf('word')).toBe(4 + 'Link to the earlier stage'.length + 1);
    }
  });

  it('control characters in a file name are escaped in the header', () => {
    expect(safeName('a\u001b[31mb\r.txt')).toBe('a\\x1b[31mb\\x0d.txt');
    const text = run(createPrettyFormatter, [[{ ...passing, source: 'evil\u001b]0;title\u0007.txt' }]]);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('evil\\x1b]0;title\\x07.txt');
  });

  it('no-device notes: one line and the quotes, no element list; left out of the pass rate', () => {
    const nd = { source: 'plain.txt', status: 'no-device', code: null, suggestedCodes: [], devices: [], elements: [], noDevice: { message: 'No drug-delivery device was placed or removed in this operation; none of 20700–20705 applies', evidence: [{ text: 'Antibiotic beads were not placed.', line: 9, column: 1 }] } } as NoteResult;
    const text = run(createPrettyFormatter, [[nd], [passing]], { checked: 2, passed: 1, failed: 0, errors: 0, noDevice: 1 }, { ...ctx, width: 200 });
    expect(text).toContain('plain.txt  NO DEVICE\n  No drug-delivery device was placed');
    expect(text).toContain('9:1 "Antibiotic beads were not placed."');
    expect(text).toMatch(/1 passed, 0 failed, 1 with no device, 0 errors \(pass rate 100%\)/);
    const csv = parseCsv(run(createCsvFormatter, [[nd]]), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(1);
    expect(csv[0]!.status).toBe('no-device');
    const md = run(createMarkdownFormatter, [[nd]], { checked: 1, passed: 0, failed: 0, errors: 0, noDevice: 1 });
    expect(md).toContain('| 1 | 0 | 0 | 1 | 0 | – |');
    const sarif = JSON.parse(run(createSarifFormatter, [[nd]])) as Sarif.Log;
    expect(sarif.runs[0]!.results).toEqual([]);
  });
});
