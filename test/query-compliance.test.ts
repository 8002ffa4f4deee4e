/**
 * Every query draft of the samples and the labelled fixtures, checked against the compliant-query rules
 * (AHIMA/ACDIS "Guidelines for Achieving a Compliant Query Practice"; docs/queries.md): no leading wording,
 * multiple choice always with "Other" and "Clinically unable to determine", no question asked twice, blank
 * patient / record number / date of service / to / from fields, quotes that are real sentences of the note,
 * and no question about a device the note does not document in this operation.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkNoteAll, type CheckOptions } from '../src/check.js';
import { draftNoteQuery } from '../src/query.js';
import type { NoteResult } from '../src/types.js';

const ROOT = join(import.meta.dirname, '..');

function txtFiles(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...txtFiles(p));
    else if (n.endsWith('.txt')) out.push(p);
  }
  return out;
}

const FILES = [...txtFiles(join(ROOT, 'samples')), ...txtFiles(join(ROOT, 'test', 'fixtures'))].filter(
  (f) => !/[\\/]aoc[\\/]/.test(f),
);

const MODES: { name: string; opts: CheckOptions }[] = [
  { name: 'auto', opts: { query: true } },
  { name: '--code 20702', opts: { query: true, code: '20702' } },
  { name: '--claim 27506,20702', opts: { query: true, claim: '27506,20702' } },
];

/** Payment, codes and quality words a query must never use. */
const MONEY = /payment|\bpay\b|paid|reimburs|RVU|\$|dollar|revenue|money|\bbill|charge|denial|denied|\bfees?\b|\bcodes?\b|\bcoding\b|CPT|modifier|\b2070\d\b|insurance|payer|quality (?:score|measure)|severity|DRG/i;
/** Wording that steers the provider to an answer. */
const LEADING = /\b(?:confirm|agree|please (?:add|document that|state that|indicate that)|in order to|to support|medical necessity|required for|should be documented|was it|were they|did you|can you|would you|is it|are they)\b|^(?:was|were|did|is|are|can|could|would|will|has|have)\b/i;
/** Stems (the question itself, not its choices) never name a space, a preparation or a product: that is the answer. */
const ANSWER_IN_STEM = /\b(?:intramedullary|medullary|canal|joint|articular|subfascial|fascia|by hand|hand-|manual|surgical team|back table|prefabricated|commercial|PMMA|cement|calcium sulfate|vancomycin|tobramycin|gentamicin|second stage|staged|planned)\b/i;
const FIELDS = ['Patient', 'Record number', 'Date of service', 'To', 'From'];

interface Block {
  title: string;
  quote?: string;
  section?: string;
  stem: string;
  options: string[];
  unable: boolean;
}

function parse(query: string): { fields: string[]; blocks: Block[]; lines: string[] } {
  const lines = query.split('\n');
  const fields = lines.filter((l) => /^[A-Z][A-Za-z ]+:\s+_{5,}$/.test(l)).map((l) => l.slice(0, l.indexOf(':')));
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const m = /^(\d+)\. (.+)$/.exec(lines[i]!);
    if (!m) {
      i++;
      continue;
    }
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]!.startsWith('   '); i++) body.push(lines[i]!.trim());
    const b: Block = { title: m[2]!, stem: '', options: [], unable: false };
    let k = 0;
    const where = /^In the (.+) section, the note states:$|^The note states:$/.exec(body[0] ?? '');
    if (where) {
      b.section = where[1];
      k = 1;
      const q: string[] = [];
      while (k < body.length) {
        q.push(body[k]!);
        if (body[k]!.endsWith('"')) break;
        k++;
      }
      k++;
      b.quote = q.join(' ').replace(/^"|"$/g, '');
    } else if (/^The note: see the sentence quoted in question \d+\.$/.test(body[0] ?? '') || body[0] === 'The note does not describe this.') {
      k = 1;
    }
    const stem: string[] = [];
    for (; k < body.length && !body[k]!.startsWith('[ ]') && !/^_{10,}$/.test(body[k]!); k++) stem.push(body[k]!);
    b.stem = stem.join(' ');
    // options may wrap onto continuation lines
    for (; k < body.length; k++) {
      const l = body[k]!;
      if (l.startsWith('[ ] ')) b.options.push(l.slice(4));
      else if (b.options.length && !/^_{10,}$/.test(l)) b.options[b.options.length - 1] += ` ${l}`;
    }
    b.unable = b.options.includes('Clinically unable to determine');
    blocks.push(b);
  }
  return { fields, blocks, lines };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** Every problem of one query, as readable strings (an empty list is a compliant query). */
function problems(query: string, note: string, r: NoteResult): string[] {
  const out: string[] = [];
  const { fields, blocks, lines } = parse(query);
  const flat = collapse(note);
  for (const f of FIELDS) if (!fields.includes(f)) out.push(`no blank "${f}:" field`);
  if (blocks.length === 0) out.push('a query with no question');
  // the note's own words may name a code; the query's own words never do
  const own = blocks.reduce((q, b) => (b.quote ? q.replace(b.quote.replace(/\s+/g, ' '), '') : q), collapse(query));
  if (MONEY.test(own)) out.push(`mentions payment or codes: ${MONEY.exec(own)![0]}`);
  for (const l of lines) if (l.length > 80) out.push(`line over 80 columns: ${l}`);
  const stems = new Set<string>();
  const titles = new Set<string>();
  for (const b of blocks) {
    const where = `question "${b.title}"`;
    if (titles.has(b.title) && stems.has(b.stem)) out.push(`${where} asked twice`);
    titles.add(b.title);
    stems.add(b.stem);
    if (!b.stem) out.push(`${where} has no question`);
    if (LEADING.test(b.stem)) out.push(`${where} leads: ${b.stem}`);
    if (ANSWER_IN_STEM.test(b.stem)) out.push(`${where} names an answer in the question: ${ANSWER_IN_STEM.exec(b.stem)![0]}`);
    if (!b.unable) out.push(`${where} has no "Clinically unable to determine"`);
    const choices = b.options.filter((o) => o !== 'Clinically unable to determine');
    if (choices.length > 0) {
      if (!choices.some((o) => o.startsWith('Other (please specify)'))) out.push(`${where} has no "Other" choice`);
      if (choices.filter((o) => !o.startsWith('Other')).length < 2) out.push(`${where} offers a single answer`);
      for (const o of choices) if (MONEY.test(o)) out.push(`${where} option mentions payment: ${o}`);
    }
    if (b.quote !== undefined) {
      for (const frag of b.quote.split('...').map((x) => x.trim()).filter(Boolean)) {
        if (!flat.includes(frag)) out.push(`${where} quotes words not in the note: ${frag}`);
      }
      if (/[.:],\S|:,|\.,/.test(b.quote)) out.push(`${where} quotes a run-on export fragment: ${b.quote}`);
      if (b.quote.length < 12) out.push(`${where} quotes a fragment: ${b.quote}`);
      if (b.section && !flat.includes(b.section)) out.push(`${where} names a section the note does not have: ${b.section}`);
    }
  }
  const action = r.elements.some((e) => e.id === 'removal-site') ? 'remove' : 'insert';
  const events = r.devices.filter((d) => d.action === action);
  if (events.length === 0) out.push('a query about a device the note does not document in this operation');
  if (blocks.some((b) => /^Location/.test(b.title)) && !events.some((e) => e.site === 'unspecified')) {
    out.push('asks for the location of a device whose location the note states');
  }
  return out;
}

interface Drafted {
  file: string;
  mode: string;
  code: string | null;
  query: string;
  text: string;
  result: NoteResult;
}

function draftAll(): { drafted: Drafted[]; results: { file: string; mode: string; r: NoteResult; text: string }[] } {
  const drafted: Drafted[] = [];
  const results: { file: string; mode: string; r: NoteResult; text: string }[] = [];
  for (const file of FILES) {
    const text = readFileSync(file, 'utf8');
    for (const { name, opts } of MODES) {
      const rs = checkNoteAll(text, { ...opts, source: file });
      for (const r of rs) {
        results.push({ file: relative(ROOT, file), mode: name, r, text });
        if (r.query) drafted.push({ file: relative(ROOT, file), mode: name, code: r.code, query: r.query, text, result: r });
      }
      const combined = draftNoteQuery(rs, text);
      if (combined) drafted.push({ file: relative(ROOT, file), mode: `${name} (one query per note)`, code: null, query: combined, text, result: rs[0]! });
    }
  }
  return { drafted, results };
}

describe('query compliance over the samples and the labelled fixtures', () => {
  const { drafted, results } = draftAll();

  it('drafts queries to check (the test is not vacuous)', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(drafted.length).toBeGreaterThan(40);
  });

  it('every draft follows the rules', () => {
    const bad: string[] = [];
    for (const d of drafted) {
      for (const p of problems(d.query, d.text, d.result)) bad.push(`${d.file} [${d.mode}, ${d.code ?? 'no code'}]: ${p}`);
    }
    expect(bad).toEqual([]);
  });

  it('no query for a note without a device event of the checked action, whatever was asked', () => {
    const bad = results
      .filter(({ r }) => {
        const action = r.elements.some((e) => e.id === 'removal-site') ? 'remove' : 'insert';
        return !r.devices.some((d) => d.action === action) && r.query !== undefined;
      })
      .map(({ file, mode, r }) => `${file} [${mode}, ${r.code}]`);
    expect(bad).toEqual([]);
  });

  it('the negated sample drafts nothing, in auto mode, with --code 20702 and with a claim', () => {
    const text = readFileSync(join(ROOT, 'samples', '10-negated.txt'), 'utf8');
    for (const { opts } of MODES) {
      for (const r of checkNoteAll(text, opts)) expect(r.query).toBeUndefined();
    }
  });

  it('each question of one note is asked once in the one-query-per-note draft', () => {
    for (const d of drafted.filter((x) => x.mode.endsWith('(one query per note)'))) {
      const { blocks } = parse(d.query);
      const keys = blocks.map((b) => `${b.title}|${b.quote ?? ''}`);
      expect(new Set(keys).size, d.file).toBe(keys.length);
    }
  });

  it('the rules catch a leading or incomplete query (the checker itself works)', () => {
    const sample = drafted.find((d) => d.query.includes('[ ] Other'))!;
    expect(problems(sample.query, sample.text, sample.result)).toEqual([]);
    const leading = sample.query.replace(/\n(\d+\. [^\n]+\n(?:   [^\n]*\n)*?)(   (?:Based|Please)[^\n]*)/, '\n$1   Was the device placed in the intramedullary canal to support billing?');
    expect(problems(leading, sample.text, sample.result).join('\n')).toMatch(/leads|payment|names an answer/);
    expect(problems(sample.query.replace(/\[ \] Other[^\n]*\n/g, ''), sample.text, sample.result).join('\n')).toMatch(/no "Other"/);
    expect(problems(sample.query.replace(/^Patient:.*$/m, 'Patient: Jane Doe'), sample.text, sample.result).join('\n')).toMatch(/Patient/);
    const fake = sample.query.replace(/the note states:\n   "[^"]+"/, 'the note states:\n   "The beads were placed in the canal of the femur by hand."');
    expect(problems(fake, sample.text, sample.result).join('\n')).toMatch(/not in the note/);
  });
});
