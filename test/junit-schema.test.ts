/**
 * JUnit XML against the Jenkins xUnit plugin's junit-10.xsd (vendored in test/schemas, MIT) with xmllint,
 * claim findings as failures with their text, and the documented choice on the non-standard `file`
 * attribute: on <testsuite> always (the XSD allows it there), on <testcase> unless --no-junit-file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJunitFormatter } from '../src/format/junit.js';
import type { NoteResult } from '../src/types.js';
import { ROOT, disposeCli, prepareCli, run } from './helpers/run-cli.js';

const XSD = join(ROOT, 'test', 'schemas', 'junit-10.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
let tmp = '';

/** xmllint's verdict on `xml` against `xsd`: '' when valid, else its messages. */
function xsdErrors(xml: string, xsd = XSD): string {
  const file = join(tmp, `r${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  return r.status === 0 ? '' : `${r.stderr}`;
}

/** The same XSD with `file` also allowed on <testcase> (what GitLab and Jenkins' JUnit plugin read). */
function xsdWithTestcaseFile(): string {
  const text = readFileSync(XSD, 'utf8').replace(
    '<xs:attribute name="group" type="xs:string"/>\n        </xs:complexType>\n    </xs:element>\n\n    <xs:element name="testsuite">',
    '<xs:attribute name="group" type="xs:string"/>\n            <xs:attribute name="file" type="xs:string"/>\n        </xs:complexType>\n    </xs:element>\n\n    <xs:element name="testsuite">',
  );
  expect(text).toContain('<xs:attribute name="file" type="xs:string"/>\n        </xs:complexType>\n    </xs:element>\n\n    <xs:element name="testsuite">');
  const file = join(tmp, 'junit-10-testcase-file.xsd');
  writeFileSync(file, text);
  return file;
}

const claimOnly: NoteResult = {
  source: 'notes/claim.txt',
  status: 'fail',
  code: '20702',
  suggestedCodes: ['20702'],
  devices: [],
  elements: [{ id: 'drug', label: 'Drug named', status: 'pass', message: 'ok', evidence: [], denialRisks: [], fix: '' }],
  claim: {
    lines: [{ code: '20702', modifiers: ['51'], units: 1 }],
    findings: [
      { id: 'modifier-51-on-addon', status: 'fail', message: 'remove modifier 51 from 20702', codes: ['20702'] },
      { id: 'primary-not-listed', status: 'warn', message: 'verify the primary against the CMS AOC file', codes: ['20702'] },
    ],
  },
};
const noDevice: NoteResult = {
  source: 'notes/plain.txt',
  status: 'no-device',
  code: null,
  suggestedCodes: [],
  devices: [],
  elements: [],
  noDevice: { message: 'No drug-delivery device was placed or removed in this operation', evidence: [] },
};

function format(results: NoteResult[][], junitFile = true): string {
  const f = createJunitFormatter({ color: false, explain: false, cwd: '/repo', version: '0.1.0', junitFile });
  let text = f.begin();
  for (const r of results) text += f.result(r);
  return text + f.end({ checked: results.length, passed: 0, failed: 1, errors: 0 });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'oplint-junit-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('JUnit (formatter)', () => {
  it('a note failing only its claim has a failure with the finding text; warnings go to system-out', () => {
    const xml = format([[claimOnly]]);
    expect(xml).toMatch(/<failure message="claim: modifier-51-on-addon" type="fail">claim modifier-51-on-addon: FAIL - remove modifier 51 from 20702/);
    expect(xml).not.toContain('note failed');
    expect(xml).toMatch(/<system-out>claim primary-not-listed: WARN - verify the primary/);
  });

  it('a no-device note is skipped, with its message', () => {
    const xml = format([[noDevice]]);
    expect(xml).toContain('<skipped message="No drug-delivery device was placed or removed in this operation"/>');
    expect(xml).toMatch(/<testsuite [^>]*skipped="1"/);
  });

  it('file: on testsuite always, on testcase unless junitFile is false', () => {
    expect(format([[claimOnly]])).toMatch(/<testcase [^>]*file="notes\/claim.txt"/);
    const strict = format([[claimOnly]], false);
    expect(strict).not.toMatch(/<testcase [^>]*file=/);
    expect(strict).toMatch(/<testsuite [^>]*file="notes\/claim.txt"/);
  });

  it.runIf(hasXmllint)('validates against junit-10.xsd (strict without testcase file; with it, against the XSD plus that attribute)', () => {
    const all = [[claimOnly], [noDevice]];
    expect(xsdErrors(format(all, false))).toBe('');
    expect(xsdErrors(format(all, true))).toMatch(/file.*not allowed/);
    expect(xsdErrors(format(all, true), xsdWithTestcaseFile())).toBe('');
  });
});

describe.runIf(hasXmllint)('JUnit from the CLI on the samples, validated with xmllint', () => {
  beforeAll(() => void prepareCli());
  afterAll(() => disposeCli());

  it('--no-junit-file output of every sample (with a claim) validates against junit-10.xsd', async () => {
    const r = await run(['samples', '--format', 'junit', '--no-junit-file', '--claim', '27640,20702', '--jobs', '1'], { cwd: ROOT });
    expect([0, 1]).toContain(r.code);
    expect(xsdErrors(r.stdout)).toBe('');
    const d = await run(['samples', '--format', 'junit', '--jobs', '1'], { cwd: ROOT });
    expect(xsdErrors(d.stdout, xsdWithTestcaseFile())).toBe('');
  });
});
