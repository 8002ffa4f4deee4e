/**
 * JSON contract v1 (issue 2 item 5, issue 4 items 1-3): a zod schema of the report, applied to
 * `oplint --format json` for every note in samples/ — as files and through stdin — and to notes written
 * here with CRLF line ends and a byte-order mark. Evidence must point at the quoted text in the input as
 * given. The schema is strict: a new field is a contract change and must be added here on purpose.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT, STACK_LINE, disposeCli, prepareCli, run } from './helpers/run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

const FAMILY = ['20700', '20701', '20702', '20703', '20704', '20705'] as const;
const INSERTION_ELEMENTS = ['placement-site', 'drug', 'carrier', 'fabrication', 'quantity', 'primary-procedure', 'staged-removal'];
const REMOVAL_ELEMENTS = ['removal-site', 'device-removed', 'completeness', 'removal-reason', 'primary-procedure', 'staged-link'];
const ELEMENTS: Record<string, string[]> = {
  '20700': INSERTION_ELEMENTS,
  '20702': INSERTION_ELEMENTS,
  '20704': INSERTION_ELEMENTS,
  '20701': REMOVAL_ELEMENTS,
  '20703': REMOVAL_ELEMENTS,
  '20705': REMOVAL_ELEMENTS,
};
/** insert/remove × site → the code the event supports (unspecified supports none). */
const SITE_CODE: Record<string, Record<string, string>> = {
  insert: { deep: '20700', intramedullary: '20702', 'intra-articular': '20704' },
  remove: { deep: '20701', intramedullary: '20703', 'intra-articular': '20705' },
};

// ---------------------------------------------------------------------------------------------------------
// The contract as a schema

const evidence = z.strictObject({
  text: z.string().min(1),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  // where the quote sits in the original export (issue 10): PDF page, HL7 segment, C-CDA section
  page: z.number().int().min(1).optional(),
  segment: z.number().int().min(1).optional(),
  section: z.string().optional(),
});

const explainEntry = z.strictObject({
  pattern: z.string(),
  term: z.string(),
  evidence: evidence.optional(),
  context: z.string().optional(),
  accepted: z.boolean(),
});

const element = z.strictObject({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  label: z.string().min(1),
  status: z.enum(['pass', 'warn', 'fail', 'n/a']),
  message: z.string().min(1),
  evidence: z.array(evidence),
  denialRisks: z.array(z.string().min(1)),
  fix: z.string(),
  explain: z.array(explainEntry).optional(),
  baselined: z.literal(true).optional(),
});

const device = z.strictObject({
  action: z.enum(['insert', 'remove']),
  site: z.enum(['intramedullary', 'deep', 'intra-articular', 'unspecified']),
  evidence: z.array(evidence).min(1),
});

const claim = z.strictObject({
  lines: z.array(z.strictObject({ code: z.string().regex(/^\d{4}[\dA-Z]$/), modifiers: z.array(z.string()), units: z.number().int().min(1) })),
  findings: z.array(
    z.strictObject({
      id: z.string(),
      status: z.enum(['pass', 'warn', 'fail']),
      message: z.string().min(1),
      codes: z.array(z.string()),
      baselined: z.literal(true).optional(),
    }),
  ),
});

const result = z
  .strictObject({
    source: z.string().min(1),
    status: z.enum(['pass', 'fail', 'error', 'no-device']),
    code: z.enum(FAMILY).nullable(),
    suggestedCodes: z.array(z.enum(FAMILY)),
    devices: z.array(device),
    elements: z.array(element),
    error: z.strictObject({ message: z.string().min(1) }).optional(),
    claim: claim.optional(),
    query: z.string().optional(),
    warnings: z.array(z.string()).optional(),
    format: z.enum(['text', 'rtf', 'pdf', 'docx', 'html', 'hl7v2', 'fhir', 'ccda']).optional(),
    noDevice: z.strictObject({ message: z.string().min(1), evidence: z.array(evidence) }).optional(),
    guidance: z.array(z.strictObject({ text: z.string().min(1), source: z.string().min(1).optional() })).optional(),
    surgeon: z.string().optional(),
    frames: z
      .array(
        z.strictObject({
          action: z.enum(['insert', 'remove']),
          site: z.enum(['intramedullary', 'deep', 'intra-articular', 'unspecified']),
          forms: z.array(z.string().min(1)),
          described: z.array(evidence),
          slots: z.strictObject({ site: z.array(evidence), drug: z.array(evidence), carrier: z.array(evidence), amount: z.array(evidence), preparation: z.array(evidence), plan: z.array(evidence) }),
          prefabricated: z.boolean(),
        }),
      )
      .optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.status === 'error') !== (r.error !== undefined)) ctx.addIssue({ code: 'custom', message: '`error` appears only, and always, when status is error' });
    if (r.error && r.error.message.includes('\n')) ctx.addIssue({ code: 'custom', message: 'error messages are one line' });
    if (r.status === 'no-device' && (r.elements.length || r.code !== null || !r.noDevice)) ctx.addIssue({ code: 'custom', message: 'a no-device result has noDevice, no code and no elements' });
  });

export const reportSchema = z.strictObject({
  schemaVersion: z.literal(2),
  tool: z.strictObject({ name: z.literal('oplint'), version: z.string().regex(/^\d+\.\d+\.\d+/) }),
  results: z.array(result),
  summary: z.strictObject({
    checked: z.number().int().min(0),
    passed: z.number().int().min(0),
    failed: z.number().int().min(0),
    errors: z.number().int().min(0),
    noDevice: z.number().int().min(0).optional(),
  }),
});

type Report = z.infer<typeof reportSchema>;
type Result = Report['results'][number];

// ---------------------------------------------------------------------------------------------------------
// Checks beyond the shape

/** Lines of the input as given (a UTF-8 BOM is not part of line 1's text; CR, LF and CRLF end lines). */
function inputLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Every evidence quote (devices, elements, explain) sits at its line and column in the input. */
function checkEvidence(r: Result, raw: string): number {
  const lines = inputLines(raw);
  const all = [
    ...r.devices.flatMap((d) => d.evidence),
    ...r.elements.flatMap((e) => [...e.evidence, ...(e.explain ?? []).flatMap((x) => (x.evidence ? [x.evidence] : []))]),
    ...(r.frames ?? []).flatMap((f) => [...f.described, ...Object.values(f.slots).flat()]),
  ];
  for (const ev of all) {
    const firstLine = ev.text.split(/\r\n|\r|\n/)[0]!;
    const line = lines[ev.line - 1];
    expect(line, `${r.source}: evidence ${JSON.stringify(ev)} is past the last line`).toBeDefined();
    expect(line!.slice(ev.column - 1).startsWith(firstLine), `${r.source}: ${JSON.stringify(ev)} but line ${ev.line} is ${JSON.stringify(line)}`).toBe(true);
  }
  return all.length;
}

/** Codes, element ids and order, statuses and suggested codes agree with each other (issues 2 and 4). */
function checkResult(r: Result, opts: { auto: boolean }): void {
  if (r.status === 'error' || r.status === 'no-device') {
    expect(r.elements).toEqual([]);
    if (r.status === 'no-device') expect(r.devices).toEqual([]);
    return;
  }
  const judged = r.code ?? '20702';
  expect(r.elements.map((e) => e.id), `${r.source} ${judged}`).toEqual(ELEMENTS[judged]);
  const failing = r.elements.some((e) => e.status === 'fail' && !e.baselined) || r.claim?.findings.some((f) => f.status === 'fail' && !f.baselined);
  if (r.status === 'pass') expect(failing, `${r.source}: a passing result has no failing element`).toBeFalsy();
  if (r.code === null) expect(r.status).toBe('fail');
  else if (!r.claim) expect(r.status === 'fail', `${r.source}: status follows the elements`).toBe(!!failing);
  for (const e of r.elements) if (e.status === 'fail' || e.status === 'warn') expect(e.denialRisks.length, `${r.source} ${e.id} risks`).toBeGreaterThan(0);
  // suggestedCodes: the family codes the documented events support, each once, less those the documentation
  // can never support (a commercially made device, a removal-only add-on), each of which has guidance
  const supported = new Set(r.devices.map((d) => SITE_CODE[d.action]![d.site]).filter(Boolean));
  for (const c of r.suggestedCodes) expect(supported.has(c), `${r.source} suggests ${c}`).toBe(true);
  if (r.suggestedCodes.length < supported.size) expect(r.guidance?.length, `${r.source}: a left-out code is explained`).toBeGreaterThan(0);
  expect(new Set(r.suggestedCodes).size).toBe(r.suggestedCodes.length);
  // (a family code claimed for a note with no device is judged as asked)
  if (opts.auto && r.code !== null && r.devices.length) expect(supported.has(r.code)).toBe(true);
  if (opts.auto && r.code === null) expect([...supported].some((c) => ['20700', '20702', '20704'].includes(c))).toBe(false);
}

/** Summary counts match the results. */
function checkSummary(rep: Report): void {
  const count = (s: string) => rep.results.filter((r) => r.status === s).length;
  const { noDevice, ...rest } = rep.summary;
  expect(rest).toEqual({ checked: rep.results.length, passed: count('pass'), failed: count('fail'), errors: count('error') });
  expect(noDevice ?? 0).toBe(count('no-device'));
}

/** Auto mode: one result per suggested code, in that order (or one null-code result when none). */
function checkAutoGrouping(results: Result[]): void {
  const bySource = new Map<string, Result[]>();
  for (const r of results) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
  for (const [source, rs] of bySource) {
    if (rs[0]!.status === 'error' || rs[0]!.status === 'no-device') {
      expect(rs.length).toBe(1);
      continue;
    }
    const suggested = rs[0]!.suggestedCodes;
    for (const r of rs) expect(r.suggestedCodes).toEqual(suggested);
    // one result per code the device events support, in the order the events are told
    const supported = [...new Set(rs[0]!.devices.map((d) => SITE_CODE[d.action]![d.site]).filter(Boolean))];
    expect(rs.map((r) => r.code), source).toEqual(supported.length ? supported : [null]);
  }
}

function parseReport(stdout: string): Report {
  const parsed = reportSchema.safeParse(JSON.parse(stdout));
  if (!parsed.success) throw new Error(`contract v1 violated: ${JSON.stringify(parsed.error.issues.slice(0, 3), null, 1)}`);
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------------------

const SAMPLES = readdirSync(join(ROOT, 'samples'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const sampleText = (f: string) => readFileSync(join(ROOT, 'samples', f), 'utf8');
let tmp = '';

beforeAll(() => {
  prepareCli();
  tmp = mkdtempSync(join(tmpdir(), 'oplint-contract-'));
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  disposeCli();
});

describe('JSON contract v1', () => {
  it('there are samples to check', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(8);
  });

  let filesReport: Report;

  it('holds for every sample checked as a file (one run, --code auto)', async () => {
    const r = await run([...SAMPLES.map((f) => `samples/${f}`), '--format', 'json', '--jobs', '1']);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(STACK_LINE);
    filesReport = parseReport(r.stdout);
    checkSummary(filesReport);
    expect([...new Set(filesReport.results.map((x) => x.source))]).toEqual(SAMPLES.map((f) => `samples/${f}`));
    let quotes = 0;
    for (const res of filesReport.results) {
      checkResult(res, { auto: true });
      quotes += checkEvidence(res, sampleText(res.source.slice('samples/'.length)));
    }
    expect(quotes).toBeGreaterThan(SAMPLES.length);
    checkAutoGrouping(filesReport.results);
    // the samples cover both shapes: an insertion code and a removal code
    const codes = new Set(filesReport.results.map((x) => x.code ?? '20702'));
    expect([...codes].some((c) => ELEMENTS[c] === INSERTION_ELEMENTS)).toBe(true);
    expect([...codes].some((c) => ELEMENTS[c] === REMOVAL_ELEMENTS)).toBe(true);
    // a failing sample fails, a passing one passes
    expect(filesReport.results.find((x) => x.source === 'samples/10-negated.txt')!.status).toBe('no-device');
    expect(filesReport.results.find((x) => x.source === 'samples/01-complete-20702.txt')!.status).toBe('pass');
  });

  it('holds for every sample read from stdin, with the same results as the file (source "-")', async () => {
    const runs = await Promise.all(SAMPLES.map((f) => run(['--format', 'json'], { input: sampleText(f) })));
    runs.forEach((r, i) => {
      const f = SAMPLES[i]!;
      expect(r.stderr, f).not.toMatch(STACK_LINE);
      const rep = parseReport(r.stdout);
      checkSummary(rep);
      for (const res of rep.results) {
        expect(res.source).toBe('-');
        checkResult(res, { auto: true });
        checkEvidence(res, sampleText(f));
      }
      checkAutoGrouping(rep.results);
      const fromFile = filesReport.results.filter((x) => x.source === `samples/${f}`).map((x) => ({ ...x, source: '-' }));
      expect(rep.results, f).toEqual(fromFile);
      expect(r.code, f).toBe(rep.results.some((x) => x.status === 'fail') ? 1 : 0);
    });
  });

  it('evidence points into the input as given: CRLF line ends, a byte-order mark, both, CR only', async () => {
    const base = sampleText('01-complete-20702.txt').replace(/\r\n/g, '\n');
    const variants: Record<string, string> = {
      'crlf.txt': base.replace(/\n/g, '\r\n'),
      'bom.txt': `\uFEFF${base}`,
      'bom-crlf.txt': `\uFEFF${base.replace(/\n/g, '\r\n')}`,
      'cr.txt': base.replace(/\n/g, '\r'),
      'tabs-nbsp.txt': base.replace(/\. /g, '.\t').replace(/ of /g, ' of\u00A0'),
    };
    for (const [name, text] of Object.entries(variants)) writeFileSync(join(tmp, name), text);
    const names = Object.keys(variants);
    const r = await run([...names, '--format', 'json', '--jobs', '1'], { cwd: tmp });
    expect(r.stderr).not.toMatch(STACK_LINE);
    const rep = parseReport(r.stdout);
    checkSummary(rep);
    const plain = filesReport.results.filter((x) => x.source === 'samples/01-complete-20702.txt');
    for (const name of names) {
      const rs = rep.results.filter((x) => x.source === name);
      expect(rs.length, name).toBeGreaterThan(0);
      for (const res of rs) {
        checkResult(res, { auto: true });
        expect(checkEvidence(res, variants[name]!), name).toBeGreaterThan(0);
      }
      // line ends and a byte-order mark change nothing: same codes and statuses as the plain note
      if (name !== 'tabs-nbsp.txt') expect(rs.map((x) => [x.code, x.status, x.elements.map((e) => e.status)]), name).toEqual(plain.map((x) => [x.code, x.status, x.elements.map((e) => e.status)]));
    }
    // stdin gets the same treatment
    const s = await run(['--format', 'json'], { input: variants['bom-crlf.txt'] });
    for (const res of parseReport(s.stdout).results) checkEvidence(res, variants['bom-crlf.txt']!);
  });

  it('error results carry `error` and no elements; other results never carry `error`', async () => {
    writeFileSync(join(tmp, 'blank.txt'), '   \n');
    const r = await run(['blank.txt', 'missing.txt', join(ROOT, 'samples', '10-negated.txt'), '--format', 'json', '--jobs', '1'], { cwd: tmp });
    expect(r.code).toBe(2);
    const rep = parseReport(r.stdout);
    checkSummary(rep);
    expect(rep.results.map((x) => x.status)).toEqual(['error', 'error', 'no-device']);
    for (const res of rep.results) checkResult(res, { auto: true });
    expect(rep.results[2]!.code).toBeNull(); // no device in this operation: no code, no elements, one message
    expect(rep.results[2]!.elements).toEqual([]);
    expect(rep.results[2]!.noDevice!.evidence.length).toBeGreaterThan(0);
  });

  it('each family code keeps its element ids and order with --code', async () => {
    const notes = ['01-complete-20702.txt', '12-exchange.txt', '10-negated.txt'].map((f) => `samples/${f}`);
    const runs = await Promise.all(FAMILY.map((code) => run([...notes, '--code', code, '--format', 'json', '--jobs', '1'])));
    runs.forEach((r, i) => {
      const code = FAMILY[i]!;
      const rep = parseReport(r.stdout);
      checkSummary(rep);
      expect(rep.results).toHaveLength(notes.length);
      for (const res of rep.results) {
        expect(res.code).toBe(code);
        checkResult(res, { auto: false });
        expect(res.elements.map((e) => e.id)).toEqual(ELEMENTS[code]);
      }
    });
  });

  it('--explain, --query and --claim add only their documented fields', async () => {
    const r = await run(['samples/01-complete-20702.txt', 'samples/10-negated.txt', '--explain', '--query', '--claim', '27640,20702', '--format', 'json', '--jobs', '1']);
    const rep = parseReport(r.stdout);
    checkSummary(rep);
    for (const res of rep.results) {
      checkResult(res, { auto: true });
      expect(res.claim).toBeDefined();
      expect(res.elements.every((e) => Array.isArray(e.explain))).toBe(true);
      checkEvidence(res, sampleText(res.source.slice('samples/'.length)));
    }
    // a claim failure fails the result; exit code follows
    expect(r.code).toBe(rep.results.some((x) => x.status === 'fail') ? 1 : 0);
  });
});
