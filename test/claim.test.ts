import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNoteAll } from '../src/check.js';
import { ClaimSyntaxError, formatClaimLine, parseClaim } from '../src/claim/parse.js';
import { AocFileError, aocLookup, loadAocFile, parseAocDate, parseAocText } from '../src/claim/aoc.js';
import { checkClaim, claimFactsFromResult, claimFails, type ClaimNoteFacts } from '../src/claim/checks.js';
import type { ClaimFinding, DeviceEvent, Site } from '../src/types.js';

const FIX = join(import.meta.dirname, 'fixtures', 'aoc');

function dev(action: 'insert' | 'remove', site: Site): DeviceEvent {
  return { action, site, evidence: [{ text: 'beads', line: 1, column: 1 }] };
}

function note(devices: DeviceEvent[], extra: Partial<ClaimNoteFacts> = {}): ClaimNoteFacts {
  const map: Record<string, string> = {
    'insert:deep': '20700', 'remove:deep': '20701', 'insert:intramedullary': '20702',
    'remove:intramedullary': '20703', 'insert:intra-articular': '20704', 'remove:intra-articular': '20705',
  };
  const documentedCodes = devices.map((d) => map[`${d.action}:${d.site}`]).filter((c): c is string => !!c);
  return { code: documentedCodes[0] ?? null, devices, documentedCodes, primaryCodesInNote: [], otherProceduresDocumented: true, ...extra };
}

const ids = (fs: ClaimFinding[], status?: string) => fs.filter((f) => !status || f.status === status).map((f) => f.id);
const find = (fs: ClaimFinding[], id: string) => fs.filter((f) => f.id === id);

describe('parseClaim', () => {
  it('parses codes, modifiers and units', () => {
    expect(parseClaim('27506,20702,20700-51,20702x2, 20700-59-XS')).toEqual([
      { code: '27506', modifiers: [], units: 1 },
      { code: '20702', modifiers: [], units: 1 },
      { code: '20700', modifiers: ['51'], units: 1 },
      { code: '20702', modifiers: [], units: 2 },
      { code: '20700', modifiers: ['59', 'XS'], units: 1 },
    ]);
  });
  it('accepts semicolons, whitespace, lower case and units before modifiers', () => {
    expect(parseClaim(' 11012 ; 20702-58x1 20700x2-xs , 0001u ')).toEqual([
      { code: '11012', modifiers: [], units: 1 },
      { code: '20702', modifiers: ['58'], units: 1 },
      { code: '20700', modifiers: ['XS'], units: 2 },
      { code: '0001U', modifiers: [], units: 1 },
    ]);
    expect(parseClaim('20700 - 51, 20702 x 3')).toEqual([
      { code: '20700', modifiers: ['51'], units: 1 },
      { code: '20702', modifiers: [], units: 3 },
    ]);
  });
  it.each([
    ['2070', '2070'],
    ['27506,207021', '207021'],
    ['20702-5', '20702-5'],
    ['20702x0', '20702x0'],
    ['20702x2x3', '20702x2x3'],
    ['20702+51', '20702+51'],
  ])('rejects %s naming the bad token', (claim, token) => {
    expect(() => parseClaim(claim)).toThrow(ClaimSyntaxError);
    try {
      parseClaim(claim);
    } catch (e) {
      expect((e as ClaimSyntaxError).token).toBe(token);
      expect((e as Error).message).toContain(`"${token}"`);
      expect((e as Error).message).not.toContain('\n');
    }
  });
  it('rejects an empty claim', () => {
    expect(() => parseClaim(' , ')).toThrow(/no codes/);
  });
  it('formats lines back', () => {
    expect(parseClaim('20700-59-XS,20702x2').map(formatClaimLine)).toEqual(['20700-59-XS', '20702x2']);
  });
});

describe('AOC files', () => {
  const asOf = new Date('2026-06-01T00:00:00Z');
  it('loads the CSV export with a preamble and full column names', () => {
    const d = loadAocFile(join(FIX, 'aoc-sample.csv'));
    expect(d.format).toBe('csv');
    const l = aocLookup(d, '20702', asOf)!;
    expect([...l.primaries].sort()).toEqual(['11012', '27470', '27506']);
    expect(l.editType).toBe('1');
    expect(l.rows).toBe(4);
    expect(l.activeRows).toBe(3);
  });
  it('honours deletion dates as of a date', () => {
    const d = loadAocFile(join(FIX, 'aoc-sample.csv'));
    expect(aocLookup(d, '20702', new Date('2023-12-31T12:00:00Z'))!.primaries.has('27303')).toBe(true);
    expect(aocLookup(d, '20702', new Date('2024-01-01T12:00:00Z'))!.primaries.has('27303')).toBe(false);
    expect(aocLookup(d, '20702', new Date('2019-06-01T00:00:00Z'))!.activeRows).toBe(0);
    expect(aocLookup(d, '20705', asOf)).toBeUndefined();
  });
  it('loads TSV with short column names and MM/DD/YYYY dates', () => {
    const d = loadAocFile(join(FIX, 'aoc-sample.tsv'));
    expect(d.format).toBe('tsv');
    expect([...aocLookup(d, '20702', asOf)!.primaries].sort()).toEqual(['11012', '27506']);
    expect(aocLookup(d, '20703', asOf)!.primaries.has('27470')).toBe(true);
    expect(aocLookup(d, '20700', asOf)!.primaries.size).toBe(0);
    expect(aocLookup(d, '20700', new Date('2024-12-31T00:00:00Z'))!.primaries.has('11043')).toBe(true);
  });
  it('loads the fixed-width text export, including blank cells and Julian dates', () => {
    const d = loadAocFile(join(FIX, 'aoc-sample.txt'));
    expect(d.format).toBe('text');
    expect([...aocLookup(d, '20702', asOf)!.primaries].sort()).toEqual(['11012', '27506']);
    expect(d.edits.get('20705')![0]!.addOnEffective).toBe('2020-01-01');
    expect(d.edits.get('20701')![0]!.addOnDeletion).toBeNull();
    expect(aocLookup(d, '20701', asOf)!.primaries.has('11043')).toBe(true);
  });
  it('reads a text export whose header is single-space separated', () => {
    const d = parseAocText('Add-on Code Primary Code AOC Edit Type Deletion Date\n20702 27506 1 *\n20702 11012 1 20250101\n', 'aoc.txt');
    expect(d.format).toBe('text');
    expect([...aocLookup(d, '20702', new Date('2026-01-01T00:00:00Z'))!.primaries]).toEqual(['27506']);
  });
  it('accepts pipe-delimited text', () => {
    const d = parseAocText('AOC|Primary Code|Edit Type\n20700|11043|1\n', 'aoc.txt');
    expect(aocLookup(d, '20700')!.primaries.has('11043')).toBe(true);
  });
  it('names the file, line and problem for a malformed file', () => {
    const file = join(FIX, 'aoc-malformed.csv');
    expect(() => loadAocFile(file)).toThrow(AocFileError);
    try {
      loadAocFile(file);
    } catch (e) {
      const err = e as AocFileError;
      expect(err.line).toBe(3);
      expect(err.message).toBe(`${file}: line 3: invalid add-on effective date "2020-13-45" (expected YYYYMMDD, MM/DD/YYYY or *)`);
    }
  });
  it('reports other malformations', () => {
    expect(() => parseAocText('', 'x.csv')).toThrow('x.csv: the file is empty');
    expect(() => parseAocText('foo,bar\n1,2\n', 'x.csv')).toThrow(/x\.csv: no header row/);
    expect(() => parseAocText('AOC,Primary\n20702,27506,1\n', 'x.csv')).toThrow('x.csv: line 2: expected 2 columns, found 3');
    expect(() => parseAocText('AOC,Primary\n2070,27506\n', 'x.csv')).toThrow('x.csv: line 2: invalid add-on code "2070"');
    expect(() => parseAocText('AOC,Primary,Edit Type\n20702,27506,7\n', 'x.csv')).toThrow(/line 2: invalid edit type "7"/);
    expect(() => parseAocText('AOC,Primary\n', 'x.csv')).toThrow(/no data rows/);
    expect(() => loadAocFile(join(FIX, 'missing.csv'))).toThrow(/missing\.csv: cannot read file \(ENOENT\)/);
  });
  it('parses the accepted date forms', () => {
    expect(parseAocDate('20260101')).toBe('2026-01-01');
    expect(parseAocDate('1/2/2026')).toBe('2026-01-02');
    expect(parseAocDate('2026-03-04')).toBe('2026-03-04');
    expect(parseAocDate('2024060')).toBe('2024-02-29');
    expect(parseAocDate('*')).toBeNull();
    expect(parseAocDate('')).toBeNull();
    expect(parseAocDate('20260230')).toBeUndefined();
    expect(parseAocDate('soon')).toBeUndefined();
  });
});

describe('checkClaim', () => {
  const im = note([dev('insert', 'intramedullary')]);

  it('20702 alone fails addon-without-primary', () => {
    const r = checkClaim(parseClaim('20702'), { ...im, primaryCodesInNote: ['27506'] });
    const f = find(r.findings, 'addon-without-primary');
    expect(f).toHaveLength(1);
    expect(f[0]!.status).toBe('fail');
    expect(f[0]!.message).toContain('20702');
    expect(f[0]!.message).toContain('27506');
    expect(claimFails(r)).toBe(true);
  });

  it('11012,20702-51 fails modifier-51-on-addon', () => {
    const r = checkClaim(parseClaim('11012,20702-51'), im);
    expect(find(r.findings, 'modifier-51-on-addon')[0]).toMatchObject({ status: 'fail', codes: ['20702'] });
    expect(ids(r.findings, 'fail')).toEqual(['modifier-51-on-addon']);
  });

  it('11012,20700 on an intramedullary note fails site-mismatch naming 20702', () => {
    const r = checkClaim(parseClaim('11012,20700'), im);
    const f = find(r.findings, 'site-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]!.status).toBe('fail');
    expect(f[0]!.message).toMatch(/report 20702/);
    expect(f[0]!.codes).toContain('20702');
    // the right code is named once, not also as documented-not-claimed; no code-not-documented either
    expect(ids(r.findings)).not.toContain('documented-not-claimed');
    expect(ids(r.findings)).not.toContain('code-not-documented');
  });

  it('site-mismatch names every documented site of the same action', () => {
    const two = note([dev('insert', 'intramedullary'), dev('insert', 'deep')]);
    const f = find(checkClaim(parseClaim('27506,20704'), two).findings, 'site-mismatch')[0]!;
    expect(f.message).toBe(
      '20704 is for intra-articular insertion but the note documents deep (subfascial) and intramedullary insertion: report 20700 / 20702',
    );
    expect(f.codes).toEqual(['20704', '20700', '20702']);
  });

  it('code-not-documented explains a device with no stated site', () => {
    const f = find(checkClaim(parseClaim('27506,20702'), note([dev('insert', 'unspecified')])).findings, 'code-not-documented')[0]!;
    expect(f.message).toBe('20702 is claimed but the note documents a device insertion without naming the site (20702 needs intramedullary)');
  });

  it('a clean claim passes with pass findings for primary and site', () => {
    const r = checkClaim(parseClaim('27506,20702'), im);
    expect(claimFails(r)).toBe(false);
    expect(r.findings.map((f) => `${f.id}:${f.status}`)).toEqual(['addon-without-primary:pass', 'site-mismatch:pass']);
    expect(r.findings[0]!.message).toMatch(/27506.*partial list.*confidence low/);
    expect(r.lines).toHaveLength(2);
  });

  it('primary-not-listed warns with the shipped list source and confidence', () => {
    const r = checkClaim(parseClaim('99999,20700'), note([dev('insert', 'deep')]));
    const f = find(r.findings, 'primary-not-listed')[0]!;
    expect(f.status).toBe('warn');
    expect(f.message).toContain('CPT Assistant');
    expect(f.message).toContain('confidence high');
    expect(f.codes).toEqual(['20700', '99999']);
    expect(claimFails(r)).toBe(false);
  });

  it('primary lists accept ranges (20802-20838 for 20702)', () => {
    const r = checkClaim(parseClaim('20816,20702'), im);
    expect(find(r.findings, 'addon-without-primary')[0]!.status).toBe('pass');
    expect(ids(r.findings)).not.toContain('primary-not-listed');
  });

  it('primary-not-listed fails when the list came from an official AOC file', () => {
    const aoc = loadAocFile(join(FIX, 'aoc-sample.csv'));
    const asOf = new Date('2026-06-01T00:00:00Z');
    const bad = checkClaim(parseClaim('27303,20702'), im, { aoc, asOf });
    const f = find(bad.findings, 'primary-not-listed')[0]!;
    expect(f.status).toBe('fail');
    expect(f.message).toContain('aoc-sample.csv');
    expect(f.message).toContain('2026-06-01');
    // before the made-up deletion date the pair was valid
    const old = checkClaim(parseClaim('27303,20702'), im, { aoc, asOf: new Date('2023-06-01T00:00:00Z') });
    expect(find(old.findings, 'addon-without-primary')[0]!.status).toBe('pass');
    // the AOC file takes precedence: 20680 is on oplint's shipped 20702 list but not in the file
    const shipped = checkClaim(parseClaim('20680,20702'), im);
    expect(ids(shipped.findings)).not.toContain('primary-not-listed');
    expect(find(checkClaim(parseClaim('20680,20702'), im, { aoc, asOf }).findings, 'primary-not-listed')[0]!.status).toBe('fail');
  });

  it('a Type 3 AOC add-on only warns; an add-on missing from the file falls back to the shipped list', () => {
    const aoc = loadAocFile(join(FIX, 'aoc-sample.csv'));
    const asOf = new Date('2026-06-01T00:00:00Z');
    const joint = note([dev('insert', 'intra-articular')]);
    expect(find(checkClaim(parseClaim('27447,20704'), joint, { aoc, asOf }).findings, 'primary-not-listed')[0]!.status).toBe('warn');
    const rem = note([dev('remove', 'intra-articular')]);
    const f = find(checkClaim(parseClaim('99999,20705'), rem, { aoc, asOf }).findings, 'primary-not-listed')[0]!;
    expect(f.status).toBe('warn');
    expect(f.message).toContain('not in');
  });

  it('units-per-site: more than one unit, or a repeated line, on a note with one site', () => {
    const r = checkClaim(parseClaim('27506,20702x2'), im);
    expect(find(r.findings, 'units-per-site')[0]).toMatchObject({ status: 'fail', codes: ['20702'] });
    expect(find(r.findings, 'units-per-site')[0]!.message).toContain('2 units');
    const dup = checkClaim(parseClaim('11043,20700,20700'), note([dev('insert', 'deep')]));
    expect(find(dup.findings, 'units-per-site')[0]!.status).toBe('fail');
    expect(find(dup.findings, 'units-per-site')[0]!.message).toContain('without a separate-site modifier');
    // a -XS second line is a second unit: it needs a second documented deep site
    const xs = checkClaim(parseClaim('11043,20700,20700-XS'), note([dev('insert', 'deep')]));
    expect(find(xs.findings, 'units-per-site')[0]!.status).toBe('fail');
    // one unit: nothing to say
    expect(ids(checkClaim(parseClaim('27506,20702'), im).findings)).not.toContain('units-per-site');
  });

  const at = (action: 'insert' | 'remove', site: Site, ...texts: string[]): DeviceEvent => ({
    action, site, evidence: texts.map((text) => ({ text, line: 1, column: 1 })),
  });

  it('units-per-site: a second unit needs a second documented site of that kind', () => {
    const one = note([at('insert', 'intramedullary', 'Insertion of an antibiotic cement rod into the left tibial canal', 'rod was inserted into the intramedullary canal')]);
    for (const claim of ['27759,20702,20702-59', '27759,20702,20702-XS', '27759,20702x2']) {
      const f = find(checkClaim(parseClaim(claim), one).findings, 'units-per-site');
      expect(f, claim).toHaveLength(1);
      expect(f[0]!.status).toBe('fail');
      expect(f[0]!.message).toContain('1 intramedullary insertion site (left tibia)');
      expect(f[0]!.message).toContain("another bone's canal");
    }
    // two bones' canals support two units, on two lines or as x2
    const two = note([at('insert', 'intramedullary', 'rod into the right femoral canal', 'beads were packed into the tibial canal')]);
    for (const claim of ['27506,20702,20702-59', '27506,20702x2']) {
      const f = find(checkClaim(parseClaim(claim), two).findings, 'units-per-site');
      expect(f[0], claim).toMatchObject({ status: 'pass', codes: ['20702'] });
      expect(f[0]!.message).toContain('right femur, tibia');
    }
    // three units on two sites still fail
    expect(find(checkClaim(parseClaim('27506,20702x3'), two).findings, 'units-per-site')[0]!.status).toBe('fail');
    // the same bone on both sides is two sites; the same bone named twice is one
    const sides = note([at('insert', 'intramedullary', 'rods into the left femoral canal and the right femoral canal')]);
    expect(find(checkClaim(parseClaim('27506,20702,20702-59'), sides).findings, 'units-per-site')[0]!.status).toBe('pass');
    const same = note([at('insert', 'intramedullary', 'rod into the L femoral canal', 'the femur was then closed')]);
    expect(find(checkClaim(parseClaim('27506,20702,20702-59'), same).findings, 'units-per-site')[0]!.status).toBe('fail');
    // deep sites: two regions
    const deep = note([at('insert', 'deep', 'beads deep to the fascia of the thigh', 'beads in the subfascial space of the calf')]);
    expect(find(checkClaim(parseClaim('11043,20700,20700-XS'), deep).findings, 'units-per-site')[0]!.status).toBe('pass');
    // a site of another space does not count: a joint is not a second canal
    const mixed = note([at('insert', 'intramedullary', 'rod into the tibial canal'), at('insert', 'intra-articular', 'spacer into the knee')]);
    expect(find(checkClaim(parseClaim('27759,20702x2,20704'), mixed).findings, 'units-per-site')[0]!.status).toBe('fail');
  });

  it('units-per-site on a checked sample: one canal does not carry 20702-59', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'samples', '01-complete-20702.txt'), 'utf8');
    const [r] = checkNoteAll(text, { claim: '27640,20702,20702-59' });
    const f = find(r!.claim!.findings, 'units-per-site');
    expect(f[0]).toMatchObject({ status: 'fail', codes: ['20702'] });
    expect(f[0]!.message).toMatch(/1 intramedullary insertion site \(right tibia\)/);
    expect(r!.status).toBe('fail');
    expect(find(checkNoteAll(text, { claim: '27640,20702' })[0]!.claim!.findings, 'units-per-site')).toEqual([]);
  });

  it('units-per-site uses sitesByCode when the caller provides it', () => {
    const facts = note([dev('insert', 'intramedullary')], { sitesByCode: { '20702': ['femur', 'tibia'] } });
    expect(find(checkClaim(parseClaim('27506,20702x2'), facts).findings, 'units-per-site')[0]!.status).toBe('pass');
  });

  it('code-not-documented when the note has no matching event', () => {
    const r = checkClaim(parseClaim('27506,20702'), note([]));
    expect(find(r.findings, 'code-not-documented')[0]!.message).toBe(
      '20702 is claimed but the note documents no drug-delivery device insertion or removal',
    );
    // an exchange note (20703 + 20702) claimed with 20701: removal at another site
    const ex = note([dev('remove', 'intramedullary'), dev('insert', 'intramedullary')]);
    const r2 = checkClaim(parseClaim('27506,20703,20702,20705'), ex);
    expect(find(r2.findings, 'code-not-documented').map((f) => f.codes)).toEqual([['20705']]);
  });

  it('documented-not-claimed warns for each documented code missing from the claim', () => {
    const both = note([dev('insert', 'intramedullary'), dev('insert', 'deep')]);
    const r = checkClaim(parseClaim('27506,20702'), both);
    const f = find(r.findings, 'documented-not-claimed');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ status: 'warn', codes: ['20700'] });
    expect(claimFails(r)).toBe(false);
  });

  it('removal-only: a removal add-on when removal is the only procedure', () => {
    const only = note([dev('remove', 'intramedullary')], { otherProceduresDocumented: false });
    const r = checkClaim(parseClaim('20680,20703'), only);
    const f = find(r.findings, 'removal-only')[0]!;
    expect(f.status).toBe('fail');
    expect(f.message).toContain('20680');
    expect(f.message).toContain('20703');
    // billing 20680 alone for it is right: no lost-revenue warning for the removal code
    const right = checkClaim(parseClaim('20680'), only);
    expect(right.findings).toEqual([]);
    // with another procedure documented, the removal add-on is fine
    const staged = note([dev('remove', 'intramedullary')]);
    expect(ids(checkClaim(parseClaim('27470,20703'), staged).findings)).not.toContain('removal-only');
  });

  it('excluded-pair: 20700 with 11981, and spacer-inclusive primaries', () => {
    const r = checkClaim(parseClaim('11043,11981,20700'), note([dev('insert', 'deep')]));
    expect(find(r.findings, 'excluded-pair')[0]).toMatchObject({ status: 'fail', codes: ['20700', '11981'] });
    expect(find(r.findings, 'addon-without-primary')[0]!.status).toBe('pass');
    const knee = checkClaim(parseClaim('27488,20704'), note([dev('insert', 'intra-articular')]));
    expect(find(knee.findings, 'excluded-pair')[0]!.codes).toEqual(['20704', '27488']);
    expect(find(knee.findings, 'addon-without-primary')[0]!.status).toBe('fail');
    // 11981 is only excluded for 20700
    const im11981 = checkClaim(parseClaim('27506,11981,20702'), im);
    expect(ids(im11981.findings)).not.toContain('excluded-pair');
  });

  it('claims without family codes only report documented events', () => {
    expect(checkClaim(parseClaim('27506'), note([])).findings).toEqual([]);
    expect(ids(checkClaim(parseClaim('27506'), im).findings)).toEqual(['documented-not-claimed']);
  });

  it('every message is one line', () => {
    const r = checkClaim(parseClaim('20702-51x2,20700,20705,11981'), note([dev('insert', 'intramedullary')]));
    expect(r.findings.length).toBeGreaterThan(3);
    for (const f of r.findings) expect(f.message).not.toMatch(/\n/);
  });

  it('claimFactsFromResult derives the facts from a checked note', () => {
    const facts = claimFactsFromResult({
      source: 'n.txt', status: 'pass', code: '20703', suggestedCodes: ['20703'],
      devices: [dev('remove', 'intramedullary')],
      elements: [{ id: 'primary-procedure', label: 'Primary', status: 'fail', message: '', fix: '', denialRisks: [],
        evidence: [{ text: 'removal of hardware (20680) and rod (20703)', line: 1, column: 1 }] }],
    });
    expect(facts).toMatchObject({ code: '20703', documentedCodes: ['20703'], primaryCodesInNote: ['20680'], otherProceduresDocumented: false });
    expect(facts.sitesByCode).toEqual({ '20703': ['unnamed site'] });
    expect(find(checkClaim(parseClaim('20680,20703'), facts).findings, 'removal-only')[0]!.status).toBe('fail');
  });
});
