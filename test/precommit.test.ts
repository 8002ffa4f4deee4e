/**
 * The pre-commit hook this repository offers (.pre-commit-hooks.yaml), run the way the pre-commit framework
 * runs it: for `language: node` it installs the package, so `entry: oplint` is the package's `bin` on PATH;
 * it keeps the staged files matching `files` / `types_or` and appends them (pass_filenames) after `args`.
 * Here the `oplint` on PATH is a link to bin/oplint.js. A failing note must exit 1, a passing one 0.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT, STACK_LINE, disposeCli, prepareCli, run } from './helpers/run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  types_or?: string[];
  types?: string[];
  args?: string[];
  pass_filenames?: boolean;
}

const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'oplint')!;
let tmp = '';
let pathEnv = '';

/** What pre-commit would pass: the files the hook's `files` pattern selects, in the order given. */
function selected(files: string[]): string[] {
  const re = new RegExp(hook.files ?? '');
  return files.filter((f) => re.test(f));
}

/** Run the hook's entry as pre-commit does: entry words, then args, then the file names. */
function runHook(files: string[]) {
  const [cmd, ...entryArgs] = hook.entry.trim().split(/\s+/);
  const args = [...entryArgs, ...(hook.args ?? []), ...(hook.pass_filenames === false ? [] : selected(files))];
  return run(args, { command: [cmd!], cwd: tmp, env: { PATH: pathEnv } });
}

beforeAll(() => {
  const bin = prepareCli();
  tmp = mkdtempSync(join(tmpdir(), 'oplint-precommit-'));
  // `oplint` on PATH, as `npm install` of this package provides it (package.json "bin")
  const binDir = join(tmp, '.bin');
  mkdirSync(binDir);
  symlinkSync(bin, join(binDir, 'oplint'));
  pathEnv = [binDir, process.env.PATH ?? ''].join(delimiter);
  mkdirSync(join(tmp, 'notes'));
  writeFileSync(join(tmp, 'notes', 'good.txt'), readFileSync(join(ROOT, 'samples', '01-complete-20702.txt')));
  writeFileSync(join(tmp, 'notes', 'good.md'), readFileSync(join(ROOT, 'samples', '01-complete-20702.txt')));
  writeFileSync(join(tmp, 'notes', 'bad.txt'), readFileSync(join(ROOT, 'samples', '10-negated.txt')));
  writeFileSync(join(tmp, 'notes', 'table.csv'), 'not,a,note\n');
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  disposeCli();
});

describe('.pre-commit-hooks.yaml', () => {
  it('offers an oplint hook for text and markdown files, run by the package bin', () => {
    expect(Array.isArray(hooks)).toBe(true);
    expect(hook).toBeDefined();
    expect(hook.language).toBe('node');
    expect(hook.entry.split(/\s+/)[0]).toBe('oplint');
    expect(hook.name).toBeTruthy();
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.oplint).toMatch(/^(\.\/)?bin\/oplint\.js$/);
    const types = [...(hook.types_or ?? []), ...(hook.types ?? [])];
    expect(types.some((t) => t === 'text' || t === 'markdown')).toBe(true);
    expect(selected(['a.txt', 'b.md', 'c.text', 'd.csv', 'e.png'])).toEqual(['a.txt', 'b.md', 'c.text']);
  });

  it('exits 1 on a failing note, 0 on passing ones, 1 when any staged note fails', async () => {
    const [bad, good, mixed] = await Promise.all([
      runHook(['notes/bad.txt']),
      runHook(['notes/good.txt', 'notes/good.md', 'notes/table.csv']),
      runHook(['notes/good.txt', 'notes/bad.txt']),
    ]);
    for (const r of [bad, good, mixed]) expect(r.stderr).not.toMatch(STACK_LINE);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('notes/bad.txt');
    expect(bad.stdout).toContain('FAIL');
    expect(good.code).toBe(0);
    expect(good.stdout).not.toContain('table.csv');
    expect(mixed.code).toBe(1);
  });

  it('a file name that does not exist is reported and fails the hook (exit 2)', async () => {
    const r = await runHook(['notes/good.txt', 'notes/deleted.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('deleted.txt');
  });
});
