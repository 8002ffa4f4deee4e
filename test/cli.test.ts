/**
 * The built CLI as a user runs it: `node bin/oplint.js` in a child process (stdin is a pipe, stdout and
 * stderr are pipes, so no colour and no progress bar unless forced).
 *
 * These tests assert behaviour — exit codes, formats, the contract's shape, that a failing note fails — not
 * element-by-element accuracy, which is tuned elsewhere (npm run eval). The notes used:
 *   samples/01-complete-20702.txt passes, samples/10-negated.txt fails (no device placed).
 * Everything else is written into a temporary folder by the test. Spawns are batched (several inputs per
 * process) and run concurrently to keep the file fast.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NoteResult, Report } from '../src/types.js';
import { ROOT, STACK_LINE, disposeCli, prepareCli, run, type RunResult } from './helpers/run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

const PASS_SAMPLE = join(ROOT, 'samples', '01-complete-20702.txt');
// a note with a device and a gap (10-negated.txt has no device: exit 0 since issue 9)
const FAIL_SAMPLE = join(ROOT, 'samples', '03-missing-drug.txt');
const PASS_TEXT = readFileSync(PASS_SAMPLE, 'utf8');
const FAIL_TEXT = readFileSync(FAIL_SAMPLE, 'utf8');
const AOC = join(ROOT, 'test', 'fixtures', 'aoc');
const FAMILY = ['20700', '20701', '20702', '20703', '20704', '20705'];
const ANSI = /\u001b\[[0-9;]*m/;
const FORMATS = ['pretty', 'json', 'jsonl', 'sarif', 'junit', 'csv', 'markdown'] as const;

let tmp = '';
let bin = '';
const p = (...parts: string[]) => join(tmp, ...parts);

function write(rel: string, content: string | Buffer): string {
  const file = p(rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** Every run: no stack trace on stderr or stdout (they only appear with --debug). */
function clean(r: RunResult): RunResult {
  expect(r.stderr, r.stderr).not.toMatch(STACK_LINE);
  expect(r.stdout).not.toMatch(STACK_LINE);
  return r;
}

async function oplint(args: string[], opts: Parameters<typeof run>[1] = {}): Promise<RunResult> {
  return clean(await run(args, opts));
}

function json(r: RunResult): Report {
  try {
    return JSON.parse(r.stdout) as Report;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): stdout ${JSON.stringify(r.stdout.slice(0, 200))}, stderr ${JSON.stringify(r.stderr.slice(0, 500))}`);
  }
}

const jsonl = (s: string): NoteResult[] =>
  s
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NoteResult);

const findingOf = (r: NoteResult, id: string) => r.claim?.findings.find((f) => f.id === id);

beforeAll(() => {
  bin = prepareCli();
  tmp = mkdtempSync(join(tmpdir(), 'oplint-cli-'));
  write('ok/oknote.txt', PASS_TEXT);
  write('bad/badnote.txt', FAIL_TEXT);
  write('empty.txt', '');
  write('blank.txt', '  \n\t \n\n');
  write('binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0x10, 0x20]));
  write('latin1.txt', Buffer.concat([Buffer.from(PASS_TEXT, 'utf8'), Buffer.from('\nDictated by Dr. Mu\xf1oz.\n', 'latin1')]));
  // a tree: recursion, default extensions, hidden folders skipped
  write('tree/a.txt', PASS_TEXT);
  write('tree/sub/b.md', FAIL_TEXT);
  write('tree/sub/c.csv', 'not,a,note\n');
  write('tree/.hidden/d.txt', FAIL_TEXT);
  write('tree/node_modules/e.txt', FAIL_TEXT);
  write('nonotes/data.csv', 'a,b\n');
  // twelve notes for --jobs
  const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt')).sort();
  mkdirSync(p('many'));
  for (let i = 0; i < 12; i++) copyFileSync(join(ROOT, 'samples', samples[i % samples.length]!), p('many', `note-${String(i).padStart(2, '0')}.txt`));
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  disposeCli();
});

describe.concurrent('exit codes, help and version', () => {
  it('exits 0 when every note passes and 1 when one fails', async () => {
    const ok = await oplint([p('ok/oknote.txt')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('PASS');
    const bad = await oplint([p('ok/oknote.txt'), p('bad/badnote.txt'), '-j', '1']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('FAIL');
    expect(bad.stdout).toMatch(/2 results? from 2 notes/);
  });

  it('--help shows usage, examples and exit codes (top level and check)', async () => {
    for (const args of [['--help'], ['check', '--help']]) {
      const r = await oplint(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: oplint');
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain('$ oplint samples/');
      expect(r.stdout).toMatch(/Exit codes: 0 .*1 .*2/s);
    }
    const check = await oplint(['check', '-h']);
    for (const flag of ['--code', '--format', '--output', '--quiet', '--explain', '--claim', '--stdin-filename', '--max-size', '--no-color']) {
      expect(check.stdout).toContain(flag);
    }
  });

  it('--version and -V print the package version', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const r = await oplint(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
    expect(json(await oplint([PASS_SAMPLE, '-f', 'json'])).tool).toEqual({ name: 'oplint', version });
  });

  it('an unknown option or a missing option value is a usage error (exit 2)', async () => {
    const r = await oplint(['--no-such-option', PASS_SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
    const m = await oplint(['check', '--code']);
    expect(m.code).toBe(2);
  });
});

describe.concurrent('inputs', () => {
  it('checks a folder recursively, sorted, with default extensions, skipping hidden folders and node_modules', async () => {
    const r = await oplint(['tree', '-f', 'jsonl', '-j', '1'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((x) => x.source)).toEqual(['tree/a.txt', 'tree/sub/b.md']);
  });

  it('--ext and --ignore are repeatable and may follow the paths', async () => {
    const md = await oplint(['tree', '--ext', 'md', '-f', 'jsonl'], { cwd: tmp });
    expect(jsonl(md.stdout).map((x) => x.source)).toEqual(['tree/sub/b.md']);
    const ig = await oplint(['tree', '--ignore', 'sub/', '--ignore', 'nothing-here', '-f', 'jsonl'], { cwd: tmp });
    expect(jsonl(ig.stdout).map((x) => x.source)).toEqual(['tree/a.txt']);
    expect(ig.code).toBe(0);
  });

  it('reads stdin for "-" and for piped input with no path; --stdin-filename names it', async () => {
    const dash = await oplint(['-', '-f', 'json'], { input: FAIL_TEXT });
    expect(dash.code).toBe(1);
    expect(json(dash).results[0]!.source).toBe('-');
    expect(json(dash).results[0]!.status).toBe('fail');

    const piped = await oplint(['-f', 'json'], { input: PASS_TEXT });
    expect(piped.code).toBe(0);
    expect(json(piped).results.map((x) => [x.source, x.status])).toEqual([['-', 'pass']]);
    expect(piped.stderr).not.toContain('Paste the operative note'); // not a terminal: no prompt

    // stdin among files keeps its place in the order; --stdin-filename names it
    const mixed = await oplint([PASS_SAMPLE, '-', '--stdin-filename', 'clinic/op-note.txt', '-f', 'jsonl', '-j', '1'], { input: FAIL_TEXT });
    expect(jsonl(mixed.stdout).map((x) => [x.source, x.status])).toEqual([
      [PASS_SAMPLE, 'pass'],
      ['clinic/op-note.txt', 'fail'],
    ]);
  });

  it('a missing path: exit 2, a one-line error, and the other inputs are still checked and reported', async () => {
    const r = await oplint([p('ok/oknote.txt'), p('no-such-note.txt'), p('bad/badnote.txt'), '-f', 'json', '-j', '1']);
    expect(r.code).toBe(2);
    const rep = json(r);
    expect(rep.results.map((x) => x.status)).toEqual(['pass', 'error', 'fail']);
    const err = rep.results[1]!;
    expect(err.source).toBe(p('no-such-note.txt'));
    expect(err.error!.message).toMatch(/no such file/i);
    expect(err.error!.message).not.toContain('\n');
    expect(rep.summary).toEqual({ checked: 3, passed: 1, failed: 1, errors: 1 });
    // a machine report goes to a program: the person at the terminal is told on stderr, in one line
    expect(r.stderr).toBe(`oplint: ${p('no-such-note.txt')}: no such file or directory\n`);

    const pretty = await oplint(['no-such-note.txt', PASS_SAMPLE, '-j', '1'], { cwd: tmp });
    expect(pretty.code).toBe(2);
    expect(pretty.stdout).toMatch(/no-such-note\.txt\n\s+error no such file or directory\n/);
    expect(pretty.stdout).toContain('PASS');
    expect(pretty.stderr).toBe(''); // already in the pretty report
  });

  it('empty, whitespace-only (files and stdin) and binary inputs are error results; the batch goes on', async () => {
    const r = await oplint([p('empty.txt'), p('blank.txt'), '-', p('binary.txt'), PASS_SAMPLE, '-f', 'json', '-j', '1'], { input: ' \n\t\n' });
    expect(r.code).toBe(2);
    const results = json(r).results;
    expect(results.map((x) => x.status)).toEqual(['error', 'error', 'error', 'error', 'pass']);
    for (const x of results.slice(0, 3)) expect(x.error!.message).toMatch(/empty/);
    expect(results[3]!.error!.message).toMatch(/binary/);
    expect(json(r).summary).toEqual({ checked: 5, passed: 1, failed: 0, errors: 4 });
  });

  it('invalid UTF-8 is decoded with replacement characters and a warning, not an error', async () => {
    const r = await oplint([p('latin1.txt'), '-f', 'json']);
    const x = json(r).results[0]!;
    expect(x.status).not.toBe('error');
    expect(r.code).not.toBe(2);
    expect(x.warnings?.join(' ')).toMatch(/UTF-8/);
    expect(r.stderr).toBe('');
  });

  it('--max-size: a larger file or stdin is an error naming the limit', async () => {
    const r = await oplint([PASS_SAMPLE, '-', '--max-size', '1k', '-f', 'json', '-j', '1'], { input: PASS_TEXT });
    expect(r.code).toBe(2);
    const [file, stdin] = json(r).results;
    expect(file!.error!.message).toMatch(/over the 1 KB limit \(--max-size\)/);
    expect(stdin!.error!.message).toMatch(/--max-size/);
    const bad = await oplint([PASS_SAMPLE, '--max-size', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-size/);
    expect(bad.stdout).toBe('');
  });

  it('a directory with no notes is an error', async () => {
    const r = await oplint([p('nonotes')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/no notes found/);
  });

  it('when stdin is a terminal and no path is given, prompts on stderr', async () => {
    const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
    if (!hasScript) return; // util-linux script(1) gives the child a pseudo-terminal; skip without it
    const errFile = p('tty-stderr.txt');
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --no-color 2>${JSON.stringify(errFile)}`;
    // the note line, then Ctrl-D (end of input on a terminal)
    const r = await run(['-qec', cmd, '/dev/null'], { command: ['script'], input: 'The wound was closed.\n\u0004' });
    expect(readFileSync(errFile, 'utf8')).toContain('Paste the operative note, then press Ctrl-D');
    expect(r.stdout).toMatch(/FAIL|NO DEVICE/); // checked: a note with no device (issue 9)
    expect(r.stdout).not.toContain('Paste the operative note');
  });
});

describe.concurrent('codes', () => {
  it('--code 20702 checks that code only; an unknown code is a usage error', async () => {
    const r = await oplint([PASS_SAMPLE, join(ROOT, 'samples', '11-coated-nail-and-subfascial-beads.txt'), '--code', '20702', '-f', 'json', '-j', '1']);
    expect(r.code).not.toBe(2);
    const rep = json(r);
    expect(rep.results).toHaveLength(2);
    expect(rep.results.every((x) => x.code === '20702')).toBe(true);

    const bad = await oplint([PASS_SAMPLE, '--code', '99999']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--code.*99999/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stdout).toBe('');
  });
});

describe.concurrent('formats', () => {
  for (const format of FORMATS) {
    it(`--format ${format} writes a well-formed report without colour`, async () => {
      const r = await oplint(['ok/oknote.txt', 'bad/badnote.txt', '--format', format, '-j', '1'], { cwd: tmp });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(ANSI);
      const out = r.stdout;
      switch (format) {
        case 'pretty':
          expect(out).toContain('PASS');
          expect(out).toContain('FAIL');
          expect(out).toMatch(/2 results from 2 notes: 1 passed, 1 failed, 0 errors/);
          for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
          break;
        case 'json': {
          const rep = JSON.parse(out) as Report;
          expect(rep.schemaVersion).toBe(2);
          expect(rep.results.map((x) => x.source)).toEqual(['ok/oknote.txt', 'bad/badnote.txt']);
          break;
        }
        case 'jsonl':
          expect(jsonl(out).map((x) => [x.source, x.status])).toEqual([
            ['ok/oknote.txt', 'pass'],
            ['bad/badnote.txt', 'fail'],
          ]);
          break;
        case 'sarif': {
          const s = JSON.parse(out) as { version: string; runs: { tool: { driver: { name: string } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
          expect(s.version).toBe('2.1.0');
          expect(s.runs[0]!.tool.driver.name).toBe('oplint');
          const uris = new Set(s.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri));
          expect(uris.has('bad/badnote.txt')).toBe(true);
          break;
        }
        case 'junit':
          expect(XMLValidator.validate(out)).toBe(true);
          expect(out).toContain('<testsuites');
          expect(out).toMatch(/<failure/);
          break;
        case 'csv': {
          const rows = parseCsv(out, { bom: true, columns: true }) as Record<string, string>[];
          expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['source', 'code', 'element', 'status', 'message', 'line', 'column', 'evidence']));
          expect(new Set(rows.map((x) => x.source))).toEqual(new Set(['ok/oknote.txt', 'bad/badnote.txt']));
          expect(rows.some((x) => x.source === 'bad/badnote.txt' && x.status === 'fail')).toBe(true);
          break;
        }
        case 'markdown':
          expect(out).toMatch(/^# /);
          expect(out).toMatch(/^\|.*\|$/m);
          expect(out).toContain('badnote');
          break;
      }
    });

    it(`--format ${format} --quiet leaves passing notes out`, async () => {
      const r = await oplint(['ok/oknote.txt', 'bad/badnote.txt', '--format', format, '--quiet', '-j', '1'], { cwd: tmp });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toContain('oknote');
      if (format !== 'sarif' || r.stdout.includes('"results": [')) expect(r.stdout).toContain('badnote');
    });
  }

  it('--quiet with only passing notes prints the summary only (pretty) and exits 0', async () => {
    const r = await oplint([PASS_SAMPLE, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/1 passed/);
  });

  it('pretty output stays within 80 columns, with --explain, --query and a claim, on every sample', async () => {
    const r = await oplint(['samples', '--explain', '--query', '--claim', '27506,20702-51,20700x2', '-j', '1']);
    expect(r.code).toBe(1);
    const long = r.stdout.split('\n').filter((l) => [...l].length > 80);
    expect(long).toEqual([]);
    expect(r.stdout).toContain('Query to the surgeon');
    expect(r.stdout).toMatch(/Most frequent gaps/);
  });

  it('an unknown --format is a usage error', async () => {
    const r = await oplint([PASS_SAMPLE, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format/);
  });

  it('--output writes the report to a file, nothing to stdout, never colour from the environment', async () => {
    const out = p('reports', 'r.json');
    mkdirSync(p('reports'), { recursive: true });
    const r = await oplint([PASS_SAMPLE, FAIL_SAMPLE, '-f', 'json', '--output', out, '-j', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as Report).results).toHaveLength(2);

    const txt = p('reports', 'r.txt');
    const c = await oplint([FAIL_SAMPLE, '-o', txt], { env: { FORCE_COLOR: '1' } });
    expect(c.code).toBe(1);
    expect(readFileSync(txt, 'utf8')).toContain('FAIL');
    expect(readFileSync(txt, 'utf8')).not.toMatch(ANSI);

    // a missing folder is created (issue 11); a path through a file cannot be
    const created = await oplint([PASS_SAMPLE, '-o', p('no-such-dir', 'x.json')]);
    expect(created.code).toBe(0);
    expect(readFileSync(p('no-such-dir', 'x.json'), 'utf8')).toContain('PASS');
    writeFileSync(p('a-file'), 'x');
    const nowhere = await oplint([PASS_SAMPLE, '-o', p('a-file', 'x.json')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/^oplint: --output: cannot write .*a-file\/x\.json: .*\(ENOTDIR\)\n$/);
  });
});

describe.concurrent('output files', () => {
  it('a report written into the scanned folder is not checked as a note on the next run', async () => {
    write('reported/note.txt', PASS_TEXT);
    const first = await oplint(['reported', '-f', 'markdown', '-o', 'reported/report.md'], { cwd: tmp });
    expect(first.code).toBe(0);
    const second = await oplint(['reported', '-f', 'markdown', '-o', 'reported/report.md'], { cwd: tmp });
    expect(second.code).toBe(0);
    expect(readFileSync(p('reported', 'report.md'), 'utf8')).not.toContain('report.md');
  });

  it('main() returns the exit code and resolves --output against io.cwd (library use, no process.exit)', async () => {
    const { main } = await import('../src/cli.js');
    const { PassThrough } = await import('node:stream');
    const dir = p('in-process');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'n.txt'), FAIL_TEXT);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await main(['n.txt', '-f', 'json', '-o', 'r.json', '-j', '1'], { cwd: dir, stdout, stderr, stdin: new PassThrough(), env: {} });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect((JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report).results[0]!.source).toBe('n.txt');
  });
});

describe.concurrent('colour', () => {
  const cases: [string, string[], Record<string, string>, boolean][] = [
    ['not a terminal', [], {}, false],
    ['FORCE_COLOR=1', [], { FORCE_COLOR: '1' }, true],
    ['NO_COLOR beats FORCE_COLOR', [], { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    ['--no-color beats FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '1' }, false],
    ['--color beats NO_COLOR', ['--color'], { NO_COLOR: '1' }, true],
  ];
  for (const [name, args, env, ansi] of cases) {
    it(`pretty: ${name} → ${ansi ? 'colour' : 'no colour'}`, async () => {
      const r = await oplint([FAIL_SAMPLE, ...args], { env });
      expect(r.code).toBe(1);
      if (ansi) expect(r.stdout).toMatch(ANSI);
      else expect(r.stdout).not.toMatch(ANSI);
    });
  }

  it('machine formats never carry colour, even when forced', async () => {
    const r = await oplint([FAIL_SAMPLE, '-f', 'json', '--color'], { env: { FORCE_COLOR: '3' } });
    expect(r.stdout).not.toMatch(ANSI);
    JSON.parse(r.stdout);
  });
});

describe.concurrent('explain and query', () => {
  it('--explain shows the pattern, term and context behind each element', async () => {
    const j = json(await oplint([PASS_SAMPLE, '--explain', '-f', 'json']));
    const entries = j.results[0]!.elements.flatMap((e) => e.explain ?? []);
    expect(entries.length).toBeGreaterThan(0);
    for (const x of entries) {
      expect(typeof x.pattern).toBe('string');
      expect(typeof x.term).toBe('string');
      expect(typeof x.accepted).toBe('boolean');
    }
    const withContext = entries.find((x) => x.context && x.term.length < 25);
    expect(withContext).toBeDefined();
    const pretty = await oplint([PASS_SAMPLE, '--explain']);
    const flat = pretty.stdout.replace(/\s*\n\s*/g, ' '); // explain lines wrap at 80 columns
    // in words a coder reads: a legend, "counted" / "not counted", the word list, no programmer notation
    expect(flat).toMatch(/^--explain: /);
    expect(flat).toMatch(/\bcounted: '/);
    expect(flat).not.toContain('device-event/');
    expect(flat).toContain(`'${withContext!.term}'`);
    expect(flat).toContain(withContext!.context!.replace(/\s+/g, ' '));
    // without --explain there is none
    const plain = json(await oplint([PASS_SAMPLE, '-f', 'json']));
    expect(plain.results[0]!.elements.every((e) => e.explain === undefined)).toBe(true);
  });

  it('--query adds a query to the surgeon for a note with gaps', async () => {
    const j = json(await oplint([FAIL_SAMPLE, '--query', '-f', 'json']));
    expect(typeof j.results[0]!.query).toBe('string');
    expect(j.results[0]!.query!.length).toBeGreaterThan(20);
    const plain = json(await oplint([FAIL_SAMPLE, '-f', 'json']));
    expect('query' in plain.results[0]!).toBe(false);
    const pretty = await oplint([FAIL_SAMPLE, '--query']);
    expect(pretty.stdout).toContain('Query to the surgeon');
  });
});

describe.concurrent('claims', () => {
  it('--claim 20702 fails with addon-without-primary', async () => {
    const r = await oplint([PASS_SAMPLE, '--claim', '20702', '-f', 'json']);
    expect(r.code).toBe(1);
    const x = json(r).results[0]!;
    expect(x.status).toBe('fail');
    expect(x.claim!.lines).toEqual([{ code: '20702', modifiers: [], units: 1 }]);
    expect(findingOf(x, 'addon-without-primary')?.status).toBe('fail');
    const pretty = await oplint([PASS_SAMPLE, '--claim', '20702']);
    expect(pretty.stdout).toMatch(/✖ addon-without-primary/);
  });

  it('--claim 11012,20702-51 fails modifier-51-on-addon', async () => {
    const r = await oplint([PASS_SAMPLE, '--claim', '11012,20702-51', '-f', 'json']);
    expect(r.code).toBe(1);
    const x = json(r).results[0]!;
    expect(x.claim!.lines).toContainEqual({ code: '20702', modifiers: ['51'], units: 1 });
    expect(findingOf(x, 'modifier-51-on-addon')?.status).toBe('fail');
  });

  it('--claim 11012,20700 on an intramedullary note fails site-mismatch naming 20702', async () => {
    const r = await oplint([PASS_SAMPLE, '--claim', '11012,20700', '-f', 'json']);
    expect(r.code).toBe(1);
    const f = findingOf(json(r).results[0]!, 'site-mismatch');
    expect(f?.status).toBe('fail');
    expect(`${f!.message} ${f!.codes.join(' ')}`).toContain('20702');
  });

  it('bad claim syntax is a usage error with one line and no report', async () => {
    for (const claim of ['foo', '20702-']) {
      const r = await oplint([PASS_SAMPLE, '--claim', claim]);
      expect(r.code, claim).toBe(2);
      expect(r.stderr.trim().split('\n'), claim).toHaveLength(1);
      expect(r.stderr).toMatch(/^oplint: /);
      expect(r.stdout).toBe('');
    }
  });

  it('--aoc-file (CSV, TSV, text) takes precedence; a malformed file names the file and row', async () => {
    for (const f of ['aoc-sample.csv', 'aoc-sample.tsv', 'aoc-sample.txt']) {
      const listed = await oplint([PASS_SAMPLE, '--claim', '27506,20702', '--aoc-file', join(AOC, f), '-f', 'json']);
      expect(listed.code, f).not.toBe(2);
      expect(findingOf(json(listed).results[0]!, 'primary-not-listed')?.status ?? 'pass', f).toBe('pass');
    }
    // 99213 is in no list: with an official file that is a fail
    const unlisted = await oplint([PASS_SAMPLE, '--claim', '99213,20702', '--aoc-file', join(AOC, 'aoc-sample.csv'), '-f', 'json']);
    expect(unlisted.code).toBe(1);
    expect(findingOf(json(unlisted).results[0]!, 'primary-not-listed')?.status).toBe('fail');
    const bad = await oplint([PASS_SAMPLE, '--claim', '27506,20702', '--aoc-file', join(AOC, 'aoc-malformed.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('aoc-malformed.csv');
    expect(bad.stderr).toMatch(/\b(line|row) 3\b/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await oplint([PASS_SAMPLE, '--aoc-file', p('no-such-aoc.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-aoc.csv');
  });
});

describe.concurrent('explain and codes commands', () => {
  it('explain 20702 prints the 2026 figures and their sources', async () => {
    const r = await oplint(['explain', '20702']);
    expect(r.code).toBe(0);
    for (const s of ['20702', '2.44', '4.43', '$147.97', 'Source', 'ZZZ', '51']) expect(r.stdout).toContain(s);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('explain covers every code 20700-20705, in pretty and JSON', async () => {
    await Promise.all(
      FAMILY.map(async (code) => {
        const r = await oplint(['explain', code, '--no-color']);
        expect(r.code, code).toBe(0);
        expect(r.stdout).toContain(code);
        expect(r.stdout).toMatch(/Source/);
        expect(r.stdout).not.toMatch(ANSI);
      }),
    );
    for (const code of ['20702', '20705']) {
      const j = await oplint(['explain', code, '--format', 'json']);
      expect(j.code).toBe(0);
      expect((JSON.parse(j.stdout) as { code: string }).code).toBe(code);
    }
  });

  it('explain rejects an unknown code and an unknown format', async () => {
    const r = await oplint(['explain', '20799']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/20799/);
    const f = await oplint(['explain', '20702', '--format', 'xml']);
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/--format/);
    expect(f.stdout).toBe('');
  });

  it('codes lists the family, in pretty and JSON', async () => {
    const r = await oplint(['codes']);
    expect(r.code).toBe(0);
    for (const code of FAMILY) expect(r.stdout).toContain(code);
    const j = await oplint(['codes', '-f', 'json']);
    expect(j.code).toBe(0);
    expect(JSON.stringify(JSON.parse(j.stdout))).toContain('20705');
    expect((await oplint(['codes', '-f', 'yaml'])).code).toBe(2);
  });
});

describe.concurrent('configuration and gates', () => {
  it('finds .oplintrc.json upward from the working directory; flags win', async () => {
    write('cfg/.oplintrc.json', JSON.stringify({ format: 'json' }));
    mkdirSync(p('cfg', 'deep', 'er'), { recursive: true });
    const r = await oplint([PASS_SAMPLE], { cwd: p('cfg', 'deep', 'er') });
    expect(r.code).toBe(0);
    expect(json(r).schemaVersion).toBe(2);
    const flag = await oplint([PASS_SAMPLE, '-f', 'jsonl'], { cwd: p('cfg', 'deep', 'er') });
    expect(jsonl(flag.stdout)).toHaveLength(1);
  });

  it('an unknown key or a bad value in the config: exit 2 naming the file and the key', async () => {
    write('cfg-bad/.oplintrc.json', JSON.stringify({ format: 'json', colour: true }));
    const r = await oplint([PASS_SAMPLE], { cwd: p('cfg-bad') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.oplintrc.json');
    expect(r.stderr).toContain('colour');
    expect(r.stdout).toBe('');
    write('cfg-yaml/.oplintrc.yaml', 'failOn: sometimes\n');
    const y = await oplint([PASS_SAMPLE], { cwd: p('cfg-yaml') });
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(/\.oplintrc\.yaml: failOn/);
    const explicit = await oplint([PASS_SAMPLE, '--config', p('missing.json')]);
    expect(explicit.code).toBe(2);
    expect(explicit.stderr).toContain('missing.json');
  });

  it('--fail-on warn fails a note that passes with warnings', async () => {
    // find a sample that passes with a warning (these samples were written to warn)
    const candidates = ['07-primary-no-code.txt', '08-no-staged-removal.txt', '01-complete-20702.txt'].map((f) => join('samples', f));
    const all = json(await oplint([...candidates, '-f', 'json', '--jobs', '1']));
    const warned = all.results.find((x) => x.status === 'pass' && x.elements.some((e) => e.status === 'warn'));
    expect(warned, 'a sample that passes with a warning').toBeDefined();
    const dflt = await oplint([warned!.source, '--code', warned!.code ?? 'auto']);
    expect(dflt.code).toBe(0);
    const strict = await oplint([warned!.source, '--code', warned!.code ?? 'auto', '--fail-on', 'warn']);
    expect(strict.code).toBe(1);
    const bad = await oplint([warned!.source, '--fail-on', 'sometimes']);
    expect(bad.code).toBe(2);
  });

  it('--write-baseline then --baseline: only new failures fail, fixed ones are counted', async () => {
    const dir = p('legacy');
    write('legacy/notes/old-fail.txt', FAIL_TEXT);
    write('legacy/notes/good.txt', PASS_TEXT);
    const w = await oplint(['notes', '--write-baseline', 'baseline.json', '-j', '1'], { cwd: dir });
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/wrote \d+ baselined failures? to baseline\.json/);
    const base = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { entries: { source: string }[] };
    expect(base.entries.length).toBeGreaterThan(0);
    expect(base.entries.every((e) => e.source === 'notes/old-fail.txt')).toBe(true);

    const again = await oplint(['notes', '--baseline', 'baseline.json', '-j', '1'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('(baselined)');

    write('legacy/notes/new-fail.txt', FAIL_TEXT);
    const fresh = await oplint(['notes', '--baseline', 'baseline.json', '-f', 'json', '-j', '1'], { cwd: dir });
    expect(fresh.code).toBe(1);
    const byName = Object.fromEntries(json(fresh).results.map((x) => [x.source, x]));
    expect(byName['notes/new-fail.txt']!.status).toBe('fail');
    expect(byName['notes/old-fail.txt']!.status).toBe('pass');
    const marked = byName['notes/old-fail.txt']!.elements.filter((e) => (e as { baselined?: boolean }).baselined);
    expect(marked.length).toBe(base.entries.length);

    // the old note is fixed: the baselined failures are reported as fixed
    write('legacy/notes/old-fail.txt', PASS_TEXT);
    rmSync(join(dir, 'notes', 'new-fail.txt'));
    const fixed = await oplint(['notes', '--baseline', 'baseline.json', '-j', '1'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain(`${base.entries.length} baselined failure${base.entries.length === 1 ? '' : 's'} fixed`);

    const broken = await oplint(['notes', '--baseline', 'no-such-baseline.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('no-such-baseline.json');
  });
});

describe.concurrent('pipelines and batches', () => {
  it('--stdin-jsonl: one result per line, sources are the ids, a malformed line is an error naming it', async () => {
    const input = [
      JSON.stringify({ id: 'n1', text: PASS_TEXT }),
      '{"id": "n2", "text": ',
      JSON.stringify({ id: 'n3' }),
      '',
      JSON.stringify({ id: 'n5', text: FAIL_TEXT }),
    ].join('\n');
    const r = await oplint(['--stdin-jsonl', '-j', '1'], { input });
    expect(r.code).toBe(2);
    const results = jsonl(r.stdout);
    expect(results.map((x) => x.status)).toEqual(['pass', 'error', 'error', 'fail']);
    expect(results[0]!.source).toBe('n1');
    expect(results[1]!.error!.message).toMatch(/line 2/);
    expect(results[2]!.source).toBe('n3');
    expect(results[2]!.error!.message).toMatch(/line 3/);
    expect(results[3]!.source).toBe('n5');
    const withPath = await oplint(['--stdin-jsonl', PASS_SAMPLE], { input });
    expect(withPath.code).toBe(2);
  });

  it('--jobs 2 gives the same output, in the same order, as --jobs 1', async () => {
    const [one, two] = await Promise.all([oplint(['many', '--jobs', '1', '-f', 'jsonl'], { cwd: tmp }), oplint(['many', '--jobs', '2', '-f', 'jsonl'], { cwd: tmp })]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const sources = jsonl(one.stdout).map((x) => x.source);
    expect([...new Set(sources)]).toEqual([...new Set(sources)].sort());
    expect(new Set(sources).size).toBe(12);
  });

  it('a batch big enough for worker threads (250 notes) gives the same report as --jobs 1 in every stream and whole format', async () => {
    // below 200 notes the CLI stays in-process whatever --jobs says: this is the worker path with the real
    // checker (each note rendered in its worker for jsonl / csv / github, results sent back for the others)
    const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt')).sort();
    mkdirSync(p('lots'), { recursive: true });
    for (let i = 0; i < 250; i++) copyFileSync(join(ROOT, 'samples', samples[i % samples.length]!), p('lots', `n${String(i).padStart(3, '0')}.txt`));
    write('lots/n100.txt', ''); // an error result in the middle: exit 2, one stderr line, the batch goes on
    for (const [format, extra] of [['jsonl', []], ['jsonl', ['-q']], ['csv', []], ['github', []], ['json', []], ['pretty', []]] as const) {
      const [one, two] = await Promise.all(['1', '2'].map((j) => oplint(['lots', '-f', format, ...extra, '--jobs', j], { cwd: tmp })));
      expect(two.code, `${format} ${extra.join(' ')}`).toBe(2);
      expect(two.stdout, `${format} ${extra.join(' ')}`).toBe(one!.stdout);
      expect(two.stderr).toBe(one!.stderr);
      if (format !== 'pretty') expect(two.stderr).toBe(`oplint: ${join('lots', 'n100.txt')}: empty note\n`);
    }
  });

  it('a reader that stops early (| head) gets no stack trace', async () => {
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${JSON.stringify(p('many'))} --jobs 1 | head -c 200 >/dev/null`;
    const r = await run(['-c', cmd], { command: ['sh'] });
    expect(r.stderr).toBe('');
  });
});

describe.concurrent('broken pattern packs', () => {
  it('an invalid packs/20702.yaml stops the run: exit 2, file and path named, no stack', async () => {
    write('pat1/packs/20702.yaml', 'code: 20702\nelements: 5\n');
    const r = await oplint([PASS_SAMPLE, '--patterns', p('pat1')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(join('pat1', 'packs', '20702.yaml'));
    expect(r.stderr).toMatch(/20702\.yaml at \S+: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an invalid lexicons/drugs.yaml (given before the paths) stops the run naming file and path', async () => {
    write('pat2/lexicons/drugs.yaml', 'lexicon: drugs\nentries:\n  - { name: vancomycin, terms: 7 }\n');
    const r = await oplint(['--patterns', p('pat2'), PASS_SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join('pat2', 'lexicons', 'drugs.yaml'));
    expect(r.stderr).toMatch(/entries/);
    write('pat3/lexicons/drugs.yaml', 'entries: [\n');
    const y = await oplint([PASS_SAMPLE, '--patterns', p('pat3')]);
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(/drugs\.yaml.*invalid YAML/);
  });

  it('--debug is the only way to see a stack', async () => {
    const r = await run([PASS_SAMPLE, '--claim', 'foo', '--debug']);
    expect(r.code).toBe(2);
    expect(existsSync(PASS_SAMPLE)).toBe(true);
    expect(r.stderr).toMatch(STACK_LINE);
  });
});

describe('linter conventions (issue 11)', () => {
  it('--max-warnings: exit 1 over the limit with a message, 0 at or under it', async () => {
    const all = json(await oplint([join(ROOT, 'samples'), '--format', 'json', '-j', '1']));
    const warned = all.results.find((r) => r.status === 'pass' && r.elements.some((e) => e.status === 'warn'));
    expect(warned, 'a sample that passes with a warning').toBeDefined();
    const n = warned!.elements.filter((e) => e.status === 'warn').length;
    const over = await oplint([warned!.source, '--max-warnings', String(n - 1)]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`oplint: ${n} warning${n === 1 ? '' : 's'} (more than --max-warnings ${n - 1})`);
    expect((await oplint([warned!.source, '--max-warnings', String(n)])).code).toBe(0);
    const bad = await oplint([warned!.source, '--max-warnings', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^oplint: --max-warnings: "lots" must be a whole number/);
  });

  it('--print-config prints the merged settings as JSON, with the config file and whether a file is ignored', async () => {
    write('pc/.oplintrc.json', JSON.stringify({ format: 'csv', ignore: ['drafts/'], elements: { drug: 'warn' } }));
    const r = await oplint(['--print-config', 'drafts/x.txt', '--fail-on', 'warn'], { cwd: p('pc') });
    expect(r.code).toBe(0);
    const cfg = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(cfg).toMatchObject({ configFile: '.oplintrc.json', format: 'csv', failOn: 'warn', elements: { drug: 'warn' }, ignore: ['drafts/'], file: 'drafts/x.txt', ignored: true });
    const bare = JSON.parse((await oplint(['--print-config'], { cwd: p('pc') })).stdout) as Record<string, unknown>;
    expect(bare).not.toHaveProperty('file');
  });

  it('brace globs expand like bash; a path that exists as typed is not expanded', async () => {
    write('br/01-a.txt', PASS_TEXT);
    write('br/02-b.txt', PASS_TEXT);
    write('br/03-c.txt', FAIL_TEXT);
    const r = await oplint(['br/0{1,2}-*.txt', '--format', 'jsonl'], { cwd: tmp });
    expect(jsonl(r.stdout).map((x) => x.source).sort()).toEqual(['br/01-a.txt', 'br/02-b.txt']);
    expect(r.code).toBe(0);
    const range = await oplint(['br/0{1..3}-*.txt', '--format', 'jsonl'], { cwd: tmp });
    expect(jsonl(range.stdout)).toHaveLength(3);
    const deep = await oplint(['br/**/0[12]-*.txt', '--format', 'jsonl'], { cwd: tmp });
    expect(jsonl(deep.stdout)).toHaveLength(2);
    write('br/{odd}.txt', PASS_TEXT);
    const literal = await oplint(['br/{odd}.txt', '--format', 'jsonl'], { cwd: tmp });
    expect(jsonl(literal.stdout).map((x) => x.source)).toEqual(['br/{odd}.txt']);
  });

  it('colour: TERM=dumb and NO_COLOR turn it off, FORCE_COLOR on; --color/--no-color on explain and codes', async () => {
    // stdout is a pipe here: no colour unless forced
    expect((await oplint([PASS_SAMPLE], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await oplint([PASS_SAMPLE], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await oplint([PASS_SAMPLE], { env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ANSI);
    expect((await oplint(['explain', '20702', '--color'])).stdout).toMatch(ANSI);
    expect((await oplint(['explain', '20702', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await oplint(['codes', '--color'])).stdout).toMatch(ANSI);
    expect((await oplint(['codes'], { env: { TERM: 'dumb' } })).stdout).not.toMatch(ANSI);
  });

  it('completion bash|zsh|fish prints a script naming the commands and options; another shell is exit 2', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await oplint(['completion', shell]);
      expect(r.code).toBe(0);
      for (const word of ['explain', 'max-warnings', 'stdin-jsonl', 'sarif']) expect(r.stdout, `${shell}: ${word}`).toContain(word);
    }
    const b = await oplint(['completion', 'bash']);
    const syntax = spawnSync('bash', ['-n'], { input: b.stdout, encoding: 'utf8' });
    expect(syntax.status, syntax.stderr).toBe(0);
    const bad = await oplint(['completion', 'tcsh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/completion: "tcsh" must be one of bash, zsh, fish/);
  });

  it('--stdin-filename honours ignore rules (--ignore and .oplintignore)', async () => {
    write('ign/.oplintignore', 'drafts/\n');
    const ignored = await oplint(['--stdin-filename', 'drafts/n.txt'], { cwd: p('ign'), input: FAIL_TEXT });
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).not.toContain('drafts/n.txt');
    expect(ignored.stdout).toMatch(/^0 results from 0 notes/);
    expect(ignored.stderr).toBe('oplint: drafts/n.txt is ignored by an ignore rule; not checked\n');
    const flag = await oplint(['--stdin-filename', 'old/n.txt', '--ignore', 'old/', '--format', 'jsonl'], { cwd: p('ign'), input: FAIL_TEXT });
    expect(flag.stdout).toBe('');
    const checked = await oplint(['--stdin-filename', 'notes/n.txt', '--format', 'jsonl'], { cwd: p('ign'), input: FAIL_TEXT });
    expect(jsonl(checked.stdout)[0]!.source).toBe('notes/n.txt');
  });

  it('config errors at the CLI: unknown element with a suggestion; a bad patterns folder blames the config', async () => {
    write('cfg1/.oplintrc.json', '\ufeff{"elements": {"drugs": "off"}}');
    const r = await oplint([PASS_SAMPLE], { cwd: p('cfg1') });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('oplint: .oplintrc.json: elements.drugs: unknown element "drugs"; did you mean "drug"?\n');
    write('cfg2/.oplintrc.json', '{"patterns": ["./nope"]}');
    const q = await oplint([PASS_SAMPLE], { cwd: p('cfg2') });
    expect(q.code).toBe(2);
    expect(q.stderr).toMatch(/^oplint: \.oplintrc\.json: patterns\[0\]: .*nope is not a folder\n$/);
  });
});
