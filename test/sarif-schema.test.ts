/**
 * SARIF output against the OASIS SARIF 2.1.0 JSON schema (vendored in test/schemas, see its README) with
 * ajv, plus what GitHub code scanning and Sarif.Multitool's GitHub rules look for: informationUri, rule
 * helpUri / help / PascalCase names, full regions, repository-relative normalised URIs with
 * originalUriBaseIds (`..` references outside the root), fingerprints that include the path, and --claim
 * findings as results. test/sarif-multitool.test.ts runs the Multitool itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactOf, createSarifFormatter, pascal } from '../src/format/sarif.js';
import type { NoteResult } from '../src/types.js';
import { ROOT, disposeCli, prepareCli, run } from './helpers/run-cli.js';

/** The vendored draft-04 schema, loaded into ajv 8 (draft-07 rules; `id` → `$id`, formats registered here). */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}
const validate = sarifValidator();
const errorsOf = (log: unknown): string[] => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const claimOnly: NoteResult = {
  source: '/repo/notes/claim.txt',
  status: 'fail',
  code: '20702',
  suggestedCodes: ['20702'],
  devices: [{ action: 'insert', site: 'intramedullary', evidence: [{ text: 'beads into the canal', line: 4, column: 2 }] }],
  elements: [{ id: 'drug', label: 'Drug named', status: 'pass', message: 'vancomycin', evidence: [{ text: 'vancomycin', line: 3, column: 5 }], denialRisks: [], fix: '' }],
  claim: {
    lines: [{ code: '27640', modifiers: [], units: 1 }, { code: '20702', modifiers: [], units: 2 }],
    findings: [
      { id: 'addon-without-primary', status: 'pass', message: '20702 is reported with primary 27640', codes: ['20702', '27640'] },
      { id: 'units-per-site', status: 'fail', message: '2 units of 20702 but the note documents one site', codes: ['20702'] },
    ],
  },
};

function format(results: NoteResult[][], cwd = '/repo', root = '/repo'): Sarif.Log {
  const f = createSarifFormatter({ color: false, explain: false, cwd, root, version: '0.1.0' });
  let text = f.begin();
  for (const r of results) text += f.result(r);
  text += f.end({ checked: results.length, passed: 0, failed: results.length, errors: 0 });
  return JSON.parse(text) as Sarif.Log;
}

describe('SARIF: OASIS schema and GitHub conventions (formatter)', () => {
  it('a note failing only its --claim has a result with the claim rule and a full region', () => {
    const log = format([[claimOnly]]);
    expect(errorsOf(log)).toEqual([]);
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(1);
    expect(results[0]!.ruleId).toBe('claim/units-per-site');
    expect(results[0]!.level).toBe('error');
    expect(results[0]!.message.text).toBe('Claim check units-per-site: 2 units of 20702 but the note documents one site (claim: 27640, 20702x2).');
    expect(results[0]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
    const rule = log.runs[0]!.tool.driver.rules![results[0]!.ruleIndex!]!;
    expect(rule.id).toBe('claim/units-per-site');
    expect(rule.name).toBe('ClaimUnitsPerSite');
    expect(rule.helpUri).toMatch(/README\.md#claim-checks$/);
    expect(rule.help!.markdown).toBeTruthy();
  });

  it('URIs are relative to the root with SRCROOT, normalised; outside the root through `..`, never an absolute file URI', () => {
    expect(artifactOf('samples/../samples/a b.txt', '/repo/sub', '/repo')).toEqual({ uri: 'sub/samples/a%20b.txt', uriBaseId: 'SRCROOT' });
    expect(artifactOf('../../clone/samples/x.txt', '/repo/a/b', '/repo')).toEqual({ uri: 'clone/samples/x.txt', uriBaseId: 'SRCROOT' });
    expect(artifactOf('..notes.txt', '/repo', '/repo')).toEqual({ uri: '..notes.txt', uriBaseId: 'SRCROOT' });
    // GitHub rejects a log with an absolute file URI outside the checkout path (Multitool GH1006)
    expect(artifactOf('/elsewhere/n.txt', '/repo', '/repo')).toEqual({ uri: '../elsewhere/n.txt', uriBaseId: 'SRCROOT' });
    expect(artifactOf('../../other/a b.txt', '/work/repo/sub', '/work/repo')).toEqual({ uri: '../other/a%20b.txt', uriBaseId: 'SRCROOT' });
    expect(new URL('../elsewhere/n.txt', 'file:///repo/').href).toBe(pathToFileURL('/elsewhere/n.txt').href);
    // an --stdin-jsonl id (no path) stays as given
    expect(artifactOf('note-7', '/elsewhere', '/repo')).toEqual({ uri: 'note-7' });
    expect(artifactOf('-', '/repo', '/repo')).toEqual({ uri: 'stdin' });
    const log = format([[claimOnly]], '/repo/notes', '/repo');
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///repo/' } });
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'notes/claim.txt', uriBaseId: 'SRCROOT' });
  });

  it('baselined results are suppressed, a note outside the root is a `..` reference, an unreadable one a notification: all schema-valid', () => {
    const outside: NoteResult = {
      ...claimOnly,
      source: '/elsewhere/n.txt',
      elements: [{ id: 'carrier', label: 'Carrier named', status: 'fail', message: 'no carrier', evidence: [], denialRisks: [], fix: 'Name the carrier', baselined: true } as NoteResult['elements'][number]],
      claim: { ...claimOnly.claim!, findings: [{ ...claimOnly.claim!.findings[1]!, baselined: true } as never] },
    };
    const unreadable = { source: '/elsewhere/bin.txt', status: 'error', code: '', suggestedCodes: [], devices: [], elements: [], error: { message: 'binary file, skipped' } } as unknown as NoteResult;
    const log = format([[outside], [unreadable]], '/repo/notes', '/repo');
    expect(errorsOf(log)).toEqual([]);
    const results = log.runs[0]!.results!;
    expect(results.map((r) => [r.ruleId, r.suppressions])).toEqual([
      ['20702/carrier', [{ kind: 'external', justification: 'recorded in the oplint baseline' }]],
      ['claim/units-per-site', [{ kind: 'external', justification: 'recorded in the oplint baseline' }]],
    ]);
    expect(results[0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: '../elsewhere/n.txt', uriBaseId: 'SRCROOT' });
    const note = log.runs[0]!.invocations![0]!.toolExecutionNotifications![0]!;
    expect(note.message.text).toBe('/elsewhere/bin.txt: binary file, skipped.');
    expect(note.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: '../elsewhere/bin.txt', uriBaseId: 'SRCROOT' });
  });

  it('the same gap in two notes has two fingerprints', () => {
    const gap = (source: string): NoteResult => ({
      source,
      status: 'fail',
      code: '20702',
      suggestedCodes: [],
      devices: [],
      elements: [{ id: 'carrier', label: 'Carrier named', status: 'fail', message: 'no carrier', evidence: [], denialRisks: [], fix: 'Name the carrier' }],
    });
    const log = format([[gap('a.txt')], [gap('b.txt')]]);
    const fps = log.runs[0]!.results!.map((r) => r.partialFingerprints!['oplintElement/v2']);
    expect(new Set(fps).size).toBe(2);
  });

  it('pascal() names', () => {
    expect(pascal('20702 placement-site')).toBe('Cpt20702PlacementSite');
    expect(pascal('units-per-site')).toBe('UnitsPerSite');
  });
});

describe('SARIF from the CLI on the samples', () => {
  let tmp = '';
  beforeAll(() => {
    prepareCli();
    tmp = mkdtempSync(join(tmpdir(), 'oplint-sarif-'));
  });
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
    disposeCli();
  });

  it('validates against the OASIS schema; every rule has helpUri, help.markdown and a PascalCase name', async () => {
    const r = await run(['samples', '--format', 'sarif', '--claim', '27640,20702x2', '--jobs', '1'], { cwd: ROOT });
    expect([0, 1]).toContain(r.code);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    expect(errorsOf(log)).toEqual([]);
    const run0 = log.runs[0]!;
    expect(run0.tool.driver.informationUri).toMatch(/^https:\/\//);
    for (const rule of run0.tool.driver.rules!) {
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.helpUri).toMatch(/^https:\/\/.*(docs\/rules\.md#\d{5}-[a-z-]+|README\.md#claim-checks)$/);
      expect(rule.help!.text).toBeTruthy();
      expect(rule.help!.markdown).toBeTruthy();
    }
    // the element anchors exist in docs/rules.md
    const doc = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    for (const rule of run0.tool.driver.rules!.filter((x) => x.helpUri!.includes('rules.md'))) {
      expect(doc).toContain(`<a id="${rule.helpUri!.split('#')[1]}"></a>`);
    }
    expect(run0.results!.some((x) => x.ruleId!.startsWith('claim/'))).toBe(true);
    for (const res of run0.results!) {
      const region = res.locations![0]!.physicalLocation!.region!;
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine!);
      expect(region.endColumn).toBeDefined();
      expect(res.message.text).toMatch(/[.!?]$/);
    }
  });

  it('inside a git work tree, URIs are relative to its top level, whatever the working directory', async () => {
    const repo = join(tmp, 'repo');
    mkdirSync(join(repo, 'notes', 'deep'), { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(join(repo, 'notes', 'deep', 'n.txt'), readFileSync(join(ROOT, 'samples', '03-missing-drug.txt')));
    const r = await run(['n.txt', '--format', 'sarif'], { cwd: join(repo, 'notes', 'deep') });
    const log = JSON.parse(r.stdout) as Sarif.Log;
    expect(errorsOf(log)).toEqual([]);
    expect(log.runs[0]!.originalUriBaseIds!.SRCROOT!.uri).toBe(pathToFileURL(repo).href + '/');
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'notes/deep/n.txt', uriBaseId: 'SRCROOT' });
  });
});
