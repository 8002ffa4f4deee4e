import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BaselineError,
  BaselineFilter,
  applyBaseline,
  createBaseline,
  elementHash,
  failsGate,
  normalizeSource,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  writeBaseline,
  type BaselinedElement,
} from '../src/baseline.js';
import type { ElementResult, ElementStatus, NoteResult } from '../src/types.js';

function el(id: string, status: ElementStatus, message = `${id} is ${status}`, quotes: string[] = [], line = 1): ElementResult {
  return {
    id,
    label: id,
    status,
    message,
    evidence: quotes.map((text, i) => ({ text, line: line + i, column: 1 })),
    denialRisks: [],
    fix: '',
  };
}

function note(source: string, elements: ElementResult[], code: string | null = '20702'): NoteResult {
  return {
    source,
    status: elements.some((e) => e.status === 'fail') ? 'fail' : 'pass',
    code,
    suggestedCodes: code ? [code] : [],
    devices: [],
    elements,
  };
}

describe('hashes and sources', () => {
  it('hashes quotes and message, not positions', () => {
    const a = el('drug', 'fail', 'no drug named', ['antibiotic cement'], 3);
    const b = el('drug', 'fail', 'no drug named', ['antibiotic cement'], 40);
    const c = el('drug', 'fail', 'no drug named', ['antibiotic beads'], 3);
    expect(elementHash(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(elementHash(a)).toBe(elementHash(b));
    expect(elementHash(a)).not.toBe(elementHash(c));
    expect(elementHash({ message: 'x' })).not.toBe(elementHash({ message: 'y' }));
  });

  it('normalises sources', () => {
    expect(normalizeSource('./notes/a.txt')).toBe('notes/a.txt');
    expect(normalizeSource('notes\\a.txt')).toBe('notes/a.txt');
    expect(normalizeSource('/repo/notes/a.txt', '/repo')).toBe('notes/a.txt');
    expect(normalizeSource('/elsewhere/a.txt', '/repo')).toBe('/elsewhere/a.txt');
    expect(normalizeSource('-')).toBe('-');
  });
});

describe('createBaseline', () => {
  const results = [
    note('notes/b.txt', [el('placement-site', 'pass'), el('drug', 'fail'), el('staged-removal', 'warn')]),
    note('./notes/a.txt', [el('quantity', 'fail'), el('carrier', 'fail')], null),
    note('notes/ok.txt', [el('drug', 'pass')]),
    { ...note('notes/bad.bin', []), status: 'error' as const, error: { message: 'binary file, skipped' } },
  ];

  it('records fail elements only (failOn fail), sorted and stable', () => {
    const b = createBaseline(results);
    expect(b.version).toBe(1);
    expect(b.entries.map((e) => [e.source, e.code, e.element])).toEqual([
      ['notes/a.txt', null, 'carrier'],
      ['notes/a.txt', null, 'quantity'],
      ['notes/b.txt', '20702', 'drug'],
    ]);
    expect(createBaseline([...results].reverse())).toEqual(b);
  });

  it('records warn elements too with failOn warn', () => {
    expect(createBaseline(results, { failOn: 'warn' }).entries.map((e) => e.element)).toContain('staged-removal');
  });

  it('round-trips through the file format', () => {
    const b = createBaseline(results);
    const text = serializeBaseline(b);
    expect(JSON.parse(text).version).toBe(1);
    expect(parseBaseline(text, 'b.json')).toEqual(b);
    expect(parseBaseline(serializeBaseline({ version: 1, tool: 'oplint', entries: [] }), 'e.json').entries).toEqual([]);
  });
});

describe('BaselineFilter', () => {
  const today = [
    note('n/a.txt', [el('placement-site', 'pass'), el('drug', 'fail', 'no drug', ['cement']), el('quantity', 'fail')]),
    note('n/b.txt', [el('carrier', 'fail')]),
    note('n/c.txt', [el('carrier', 'fail')]),
  ];
  const baseline = createBaseline(today);

  it('suppresses known failures, marks them and passes notes whose failures are all known', () => {
    const f = new BaselineFilter(baseline);
    const r = f.apply(today[0]!);
    expect(r.status).toBe('pass');
    const drug = r.elements.find((e) => e.id === 'drug') as BaselinedElement;
    expect(drug.status).toBe('fail');
    expect(drug.baselined).toBe(true);
    expect((r.elements[0] as BaselinedElement).baselined).toBeUndefined();
    expect(f.newFailures).toBe(0);
    expect(f.baselined).toBe(2);
    expect(today[0]!.status).toBe('fail'); // input not mutated
  });

  it('counts new failures and fixed entries, streaming', () => {
    const f = new BaselineFilter(baseline);
    // a.txt: drug evidence changed (new failure), quantity still known.
    const a = f.apply(note('n/a.txt', [el('drug', 'fail', 'no drug', ['antibiotic cement']), el('quantity', 'fail')]));
    expect(a.status).toBe('fail');
    expect((a.elements[0] as BaselinedElement).baselined).toBeUndefined();
    expect((a.elements[1] as BaselinedElement).baselined).toBe(true);
    // b.txt: fixed.
    expect(f.apply(note('n/b.txt', [el('carrier', 'pass')])).status).toBe('pass');
    // c.txt is not checked this run (e.g. pre-commit passed only some files): not counted as fixed.
    // d.txt is new.
    expect(f.apply(note('n/d.txt', [el('carrier', 'fail')])).status).toBe('fail');
    expect(f.newFailures).toBe(2);
    // a.txt's old drug entry and b.txt's carrier entry no longer occur.
    expect(f.fixedCount()).toBe(2);
    expect(f.fixedCount()).toBe(2);
  });

  it('matches ./-prefixed and absolute sources against stored ones', () => {
    const f = new BaselineFilter(baseline, { cwd: '/repo' });
    expect(f.apply({ ...today[1]!, source: '/repo/n/b.txt' }).status).toBe('pass');
    expect(f.apply({ ...today[2]!, source: './n/c.txt' }).status).toBe('pass');
  });

  it('a failure seen twice when baselined once is new the second time', () => {
    const f = new BaselineFilter(baseline);
    expect(f.apply(today[1]!).status).toBe('pass');
    expect(f.apply(today[1]!).status).toBe('fail');
    expect(f.newFailures).toBe(1);
  });

  it('keys on the code too', () => {
    const f = new BaselineFilter(baseline);
    expect(f.apply(note('n/b.txt', [el('carrier', 'fail')], '20700')).status).toBe('fail');
  });

  it('leaves error results alone', () => {
    const err: NoteResult = { ...note('n/a.txt', []), status: 'error', error: { message: 'permission denied' } };
    const f = new BaselineFilter(baseline);
    expect(f.apply(err)).toBe(err);
    expect(f.fixedCount()).toBe(0);
  });

  it('with failOn warn, baselined warns no longer fail the gate', () => {
    const r = note('n/w.txt', [el('staged-removal', 'warn'), el('drug', 'pass')]);
    expect(failsGate(r, 'warn')).toBe(true);
    expect(failsGate(r, 'fail')).toBe(false);
    const b = createBaseline([r], { failOn: 'warn' });
    const f = new BaselineFilter(b, { failOn: 'warn' });
    expect(failsGate(f.apply(r), 'warn')).toBe(false);
  });

  it('handles claim findings as claim:<id>', () => {
    const r: NoteResult = {
      ...note('n/claim.txt', [el('drug', 'pass')]),
      status: 'fail',
      claim: { lines: [], findings: [{ id: 'add-on-without-primary', status: 'fail', message: 'no primary', codes: ['20702'] }] },
    };
    const b = createBaseline([r]);
    expect(b.entries[0]!.element).toBe('claim:add-on-without-primary');
    expect(new BaselineFilter(b).apply(r).status).toBe('pass');
  });

  it('applyBaseline is the batch form', () => {
    const { results, newFailures, fixed } = applyBaseline(today.slice(0, 2), baseline);
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass']);
    expect(newFailures).toBe(0);
    expect(fixed).toBe(0);
  });
});

describe('baseline files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'oplint-baseline-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes and reads', () => {
    const b = createBaseline([note('x.txt', [el('drug', 'fail')])]);
    writeBaseline('b.json', b, dir);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toContain('"version": 1');
    expect(readBaseline('b.json', dir)).toEqual(b);
  });

  it.each([
    ['missing.json', null, /baseline file not found/],
    ['bad.json', '{ nope', /invalid JSON/],
    ['v2.json', JSON.stringify({ version: 2, entries: [] }), /unsupported baseline version/],
    ['shape.json', JSON.stringify({ version: 1, entries: [{ source: 'a' }] }), /not an oplint baseline at entries\.0/],
  ])('%s gives a one-line BaselineError', (name, content, re) => {
    if (content !== null) writeFileSync(join(dir, name), content);
    expect(() => readBaseline(name, dir)).toThrow(BaselineError);
    expect(() => readBaseline(name, dir)).toThrow(re);
    try {
      readBaseline(name, dir);
    } catch (err) {
      expect((err as Error).message.startsWith(`${name}: `)).toBe(true);
      expect((err as Error).message).not.toContain('\n');
    }
  });
});
