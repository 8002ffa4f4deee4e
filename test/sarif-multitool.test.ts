/**
 * SARIF output through Microsoft's Sarif.Multitool `validate` (the SARIF SDK's own validator) with the
 * GitHub rule sets: every shape oplint emits must give no error and no warning (notes are allowed; see
 * docs/ci.md for the ones it reports and why they stay).
 *
 * The binary is `@microsoft/sarif-multitool-linux` (a self-contained x86-64 .NET executable, no .NET runtime
 * and no network needed). It is not a dependency of oplint (103 MiB that every hook install would carry):
 * `.ci/run` installs it outside the checkout and names it in OPLINT_SARIF_MULTITOOL; a copy in node_modules is
 * used too. The suite is skipped, with the reason in its name, where no binary is found or it cannot run.
 *
 * Multitool details this test depends on (5.7.0):
 * - `--rule-kind "Gh;Ghas;Sarif"`: Gh = GitHub code-scanning ingestion (GH1001-GH1007, plus the required
 *   properties GH1015 / GH1017 / GH2012), Ghas = GitHub Advanced Security required properties
 *   (GH1011-GH2012), Sarif = the SDK's own SARIF1xxx / SARIF2xxx rules. List options (`--rule-kind`,
 *   `--level`, `--log`) swallow the file names that follow them ("Option 'log' is defined with a bad
 *   format"), so the files come first, right after `validate`.
 * - GH1001-GH1007 are disabled by default even when their kind is selected; the config below enables them
 *   at their declared level (error). SARIF2006 (are URIs reachable) is disabled: it would go to the network.
 * - It exits 0 whatever it finds, so the findings are read from its `-o` log.
 * A deliberately bad log is validated in the same run to prove the GitHub rules are really applied.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSarifFormatter } from '../src/format/sarif.js';
import type { NoteResult } from '../src/types.js';
import { ROOT, disposeCli, prepareCli, run } from './helpers/run-cli.js';

/** Enables the GitHub ingestion rules (off by default) and turns off the one rule that needs the network. */
const MULTITOOL_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
${['GH1001.ProvideRequiredLocationProperties', 'GH1002.InlineThreadFlowLocations', 'GH1003.ProvideRequiredRegionProperties', 'GH1004.ReviewArraysThatExceedConfigurableDefaults', 'GH1005.LocationsMustBeRelativeUrisOrFilePaths', 'GH1006.ProvideCheckoutPath', 'GH1007.ProvideFullyFormattedMessageStrings']
  .map((k) => `  <Properties Key="${k}.Options">\n    <Property Key="RuleEnabled" Value="Error" Type="Driver.RuleEnabledState" />\n  </Properties>`)
  .join('\n')}
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

const PACKAGES: Partial<Record<NodeJS.Platform, string>> = {
  linux: '@microsoft/sarif-multitool-linux',
  darwin: '@microsoft/sarif-multitool-darwin',
  win32: '@microsoft/sarif-multitool-win32',
};
// .NET needs no ICU for validation; invariant mode keeps it from failing where libicu is missing
const ENV = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' };

/** The Multitool executable, or why this suite cannot run here. */
function findMultitool(): { bin: string; reason?: undefined } | { bin?: undefined; reason: string } {
  const fromEnv = process.env.OPLINT_SARIF_MULTITOOL;
  if (fromEnv) return existsSync(fromEnv) ? { bin: fromEnv } : { reason: `OPLINT_SARIF_MULTITOOL=${fromEnv} does not exist` };
  const pkg = PACKAGES[process.platform];
  if (!pkg) return { reason: `Sarif.Multitool is not published for ${process.platform}` };
  let bin: string;
  try {
    bin = createRequire(import.meta.url)(pkg) as string;
  } catch {
    return { reason: `${pkg} is not installed (.ci/run installs it and sets OPLINT_SARIF_MULTITOOL; see docs/ci.md)` };
  }
  if (!existsSync(bin)) return { reason: `${bin} is missing from ${pkg}` };
  // the Linux package holds an x86-64 executable only; on linux-x64 a binary that does not start is a failure
  if (process.platform === 'linux' && process.arch !== 'x64') return { reason: `${pkg} ships an x86-64 executable; this machine is ${process.arch}` };
  if (process.platform !== 'linux') {
    const v = spawnSync(bin, ['--version'], { env: ENV, encoding: 'utf8', timeout: 60_000 });
    if (v.error || v.status !== 0) return { reason: `${bin} does not run here (${v.error?.message ?? `exit ${v.status}`})` };
  }
  return { bin };
}

const found = findMultitool();
const SUITE = `Sarif.Multitool validate, GitHub rules${found.reason ? ` — SKIPPED: ${found.reason}` : ''}`;

/** A log that breaks GitHub's rules: an absolute file URI outside any checkout path (GH1006), no region (GH1003), a rule with only an id (GH2012). */
const CANARY: Sarif.Log = {
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'canary', version: '1.0.0', informationUri: 'https://example.org/', rules: [{ id: 'C1' }] } },
      results: [{ ruleId: 'C1', level: 'error', message: { text: 'Bad.' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///elsewhere/n.txt' } } }] }],
    },
  ],
};

/** Result shapes the samples may not reach, through the formatter: warn and fail, evidence over two lines, missing evidence, claim warn and fail, baselined elements and findings, outside the root, stdin, an unreadable note. */
function formatterLog(): string {
  const el = (id: string, status: 'pass' | 'warn' | 'fail', evidence: NoteResult['elements'][number]['evidence'], extra: object = {}) => ({
    id,
    label: id,
    status,
    message: status === 'pass' ? `${id} found` : `${id} is ${status}`,
    evidence,
    denialRisks: status === 'pass' ? [] : ['Denied.'],
    fix: status === 'pass' ? '' : `Document the ${id}`,
    ...extra,
  });
  const note = (source: string, elements: NoteResult['elements'], claim?: NoteResult['claim']): NoteResult => ({
    source,
    status: elements.some((e) => e.status === 'fail') || claim?.findings.some((f) => f.status === 'fail') ? 'fail' : 'pass',
    code: '20702',
    suggestedCodes: ['20702'],
    devices: [],
    elements,
    ...(claim ? { claim } : {}),
  });
  const results: NoteResult[] = [
    note('/repo/notes/a b,c.txt', [
      el('placement-site', 'fail', []),
      el('drug', 'warn', [{ text: 'antibiotic', line: 3, column: 7 }]),
      el('quantity', 'fail', [{ text: '40 g of\ncement', line: 5, column: 70 }], { baselined: true }),
      el('carrier', 'pass', [{ text: 'PMMA', line: 4, column: 1 }]),
    ], {
      lines: [{ code: '27640', modifiers: [], units: 1 }, { code: '20702', modifiers: ['51'], units: 2 }],
      findings: [
        { id: 'modifier-51-on-addon', status: 'fail', message: 'Modifier 51 is on 20702', codes: ['20702'] },
        { id: 'units-per-site', status: 'warn', message: '2 units of 20702', codes: ['20702'] },
        { id: 'site-mismatch', status: 'fail', message: 'site differs', codes: ['20702'], baselined: true } as never,
      ],
    }),
    note('/elsewhere/outside.txt', [el('drug', 'fail', [{ text: 'antibiotic', line: 2, column: 1 }])]),
    note('-', [el('carrier', 'fail', [])]),
    { source: '/repo/notes/binary.txt', status: 'error', code: '', suggestedCodes: [], devices: [], elements: [], error: { message: 'binary file, skipped' } } as unknown as NoteResult,
  ];
  const f = createSarifFormatter({ color: false, explain: false, cwd: '/repo/notes', root: '/repo', version: '0.1.0' });
  return f.begin() + f.result(results) + f.end({ checked: 4, passed: 0, failed: 3, errors: 1 });
}

interface Finding {
  file: string;
  rule: string;
  level: string;
  text: string;
}

describe.skipIf(!found.bin)(SUITE, () => {
  let dir = '';
  const logs: string[] = [];
  let findings: Finding[] = [];

  beforeAll(async () => {
    prepareCli();
    dir = mkdtempSync(join(tmpdir(), 'oplint-multitool-'));
    const put = (name: string, text: string) => {
      const p = join(dir, name);
      writeFileSync(p, text);
      logs.push(p);
    };
    put('formatter.sarif', formatterLog());

    // every sample, every element rule, and claim findings (--claim) in the repository's own layout
    const all = await run(['samples', '--format', 'sarif', '--claim', '27640,20702x2,20700-51', '--jobs', '1'], { cwd: ROOT });
    expect([0, 1], all.stderr).toContain(all.code);
    put('samples-claim.sarif', all.stdout);

    // from a folder outside the repository: baselined failures, warnings and claim findings (suppressed
    // results), notes outside the root, a note inside it and an unreadable note (a notification)
    const work = join(dir, 'work');
    const args = [join(ROOT, 'samples'), 'inside.txt', 'binary.txt', '--fail-on', 'warn', '--claim', '27640,20702x2', '--jobs', '1'];
    mkdirSync(work);
    copyFileSync(join(ROOT, 'samples', '04-missing-carrier.txt'), join(work, 'inside.txt'));
    writeFileSync(join(work, 'binary.txt'), Buffer.from([0, 1, 2, 0, 0xff]));
    const wrote = await run([...args, '--write-baseline', 'baseline.json'], { cwd: work });
    expect(wrote.code, wrote.stderr).toBe(2); // the binary note could not be read; the baseline is written
    const baselined = await run([...args, '--baseline', 'baseline.json', '--format', 'sarif'], { cwd: work });
    expect(baselined.code, baselined.stderr).toBe(2);
    const log = JSON.parse(baselined.stdout) as Sarif.Log;
    expect(log.runs[0]!.results!.some((r) => r.suppressions?.length)).toBe(true);
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications!.length).toBe(1);
    put('outside-baselined.sarif', baselined.stdout);

    // stdin with a name
    const stdin = await run(['-', '--stdin-filename', 'notes/x.txt', '--format', 'sarif'], { input: readFileSync(join(ROOT, 'samples', '03-missing-drug.txt')) });
    put('stdin.sarif', stdin.stdout);

    put('canary.sarif', JSON.stringify(CANARY));
    writeFileSync(join(dir, 'github.xml'), MULTITOOL_CONFIG);
    const out = join(dir, 'validation.sarif');
    const v = spawnSync(
      found.bin!,
      ['validate', ...logs, '--rule-kind', 'Gh;Ghas;Sarif', '--level', 'Error;Warning;Note', '--config', join(dir, 'github.xml'), '--output', out, '--log', 'ForceOverwrite'],
      { env: ENV, encoding: 'utf8', timeout: 170_000 },
    );
    if (v.error || v.status !== 0 || !existsSync(out)) throw new Error(`Sarif.Multitool validate failed (${v.error?.message ?? `exit ${v.status}`}):\n${v.stdout}\n${v.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as Sarif.Log;
    const rules = new Map((result.runs[0]!.tool.driver.rules ?? []).map((r) => [r.id, r]));
    findings = (result.runs[0]!.results ?? []).map((r) => {
      const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      const template = r.message.id ? rules.get(r.ruleId!)?.messageStrings?.[r.message.id]?.text : undefined;
      const text = r.message.text ?? template?.replace(/\{(\d+)\}/g, (_, i: string) => r.message.arguments?.[Number(i)] ?? '') ?? '';
      return { file: uri.startsWith('file:') ? fileURLToPath(uri) : uri, rule: r.ruleId!, level: r.level ?? 'warning', text };
    });
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    disposeCli();
  });

  it('applies the GitHub rules (a bad log gets GH1003, GH1006 and GH2012 errors)', () => {
    const canary = findings.filter((f) => f.file.endsWith('canary.sarif') && f.level === 'error').map((f) => f.rule);
    expect(canary).toEqual(expect.arrayContaining(['GH1003', 'GH1006', 'GH2012']));
  });

  it("oplint's SARIF of every shape has no Multitool error or warning", () => {
    const ours = findings.filter((f) => !f.file.endsWith('canary.sarif'));
    // every log was read (each has at least a note, e.g. SARIF2003 for no version-control provenance)
    for (const log of logs.filter((p) => !p.endsWith('canary.sarif'))) expect(ours.some((f) => f.file === log), log).toBe(true);
    const bad = ours.filter((f) => f.level === 'error' || f.level === 'warning').map((f) => `${f.file.split(/[\\/]/).pop()}: ${f.level} ${f.rule}: ${f.text}`);
    expect(bad).toEqual([]);
  });

  it('the logs hold what this suite means to cover', () => {
    const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Sarif.Log;
    const outside = read('outside-baselined.sarif').runs[0]!;
    const uris = outside.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!);
    expect(uris.some((a) => a.uri!.startsWith('../') && a.uriBaseId === 'SRCROOT')).toBe(true);
    expect(uris.some((a) => a.uri === 'inside.txt')).toBe(true);
    expect(uris.every((a) => !a.uri!.startsWith('file:'))).toBe(true);
    expect(outside.originalUriBaseIds!.SRCROOT!.uri).toBe(pathToFileURL(join(dir, 'work')).href + '/');
    const f = read('formatter.sarif').runs[0]!;
    expect(f.results!.filter((r) => r.suppressions).map((r) => r.ruleId)).toEqual(['20702/quantity', 'claim/site-mismatch']);
    expect(f.invocations![0]!.toolExecutionNotifications).toHaveLength(1);
    expect(read('samples-claim.sarif').runs[0]!.results!.some((r) => r.ruleId!.startsWith('claim/'))).toBe(true);
  });
});
