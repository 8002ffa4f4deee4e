/**
 * The pre-commit hook this repository offers (.pre-commit-hooks.yaml).
 *
 * 1. The hook's entry run as pre-commit runs it (fast): its `files` / `exclude` select notes only, the
 *    file names are appended after the entry's arguments; a failing note exits 1, passing ones 0.
 * 2. The real thing, when `pre-commit` is installed (.ci/run installs Debian's): `pre-commit try-repo` on a
 *    clean clone of this repository (its committed HEAD) from a temporary git repository — pre-commit
 *    installs the hook's node environment itself (npm install, npm pack, npm install -g of the tarball),
 *    which is what broke before (issue 11) — then a good note passes, a failing note fails with its reason,
 *    and README.md is never checked; and through `pre-commit install`, a commit of a good note goes in
 *    while a commit of a failing note is blocked. pre-commit 4.x's install step (a git dependency install,
 *    `npm install --install-links -g git+file://...`) is reproduced with npm, as PyPI is not reachable here.
 * npm uses its cache first (prefer-offline); the install needs the registry only for packages not cached.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, STACK_LINE, cleanEnv, disposeCli, prepareCli, run } from './helpers/run-cli.js';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  exclude?: string;
  types_or?: string[];
  types?: string[];
  args?: string[];
  pass_filenames?: boolean;
}

const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'oplint')!;

/** pre-commit's patterns are Python regexes; the inline (?i) flag becomes a JS flag. */
function pyRegex(src: string): RegExp {
  return src.startsWith('(?i)') ? new RegExp(src.slice(4), 'i') : new RegExp(src);
}

/** What pre-commit would pass: files matching `files` and not `exclude`, in the order given. */
function selected(files: string[]): string[] {
  const inc = pyRegex(hook.files ?? '');
  const exc = hook.exclude ? pyRegex(hook.exclude) : undefined;
  return files.filter((f) => inc.test(f) && !exc?.test(f));
}

describe('.pre-commit-hooks.yaml', () => {
  let tmp = '';
  let pathEnv = '';

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
    writeFileSync(join(tmp, 'notes', 'bad.txt'), readFileSync(join(ROOT, 'samples', '03-missing-drug.txt')));
    writeFileSync(join(tmp, 'notes', 'table.csv'), 'not,a,note\n');
  }, 240_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    disposeCli();
  });

  it('offers an oplint hook for notes, run by the package bin; project files are not notes', () => {
    expect(hook).toBeDefined();
    expect(hook.language).toBe('node');
    expect(hook.entry.split(/\s+/)[0]).toBe('oplint');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.oplint).toMatch(/^(\.\/)?bin\/oplint\.js$/);
    expect(selected(['a.txt', 'b.md', 'c.text', 'd.csv', 'e.png'])).toEqual(['a.txt', 'b.md', 'c.text']);
    expect(selected(['README.md', 'docs/CHANGELOG.md', 'LICENSE.txt', 'sub/Readme.md', 'CONTRIBUTING.md', 'notes/readmission.txt', 'notes/license-plate.txt'])).toEqual([
      'notes/readmission.txt',
    ]);
  });

  it('exits 1 on a failing note (terse: failing elements only), 0 on passing ones', async () => {
    const [bad, good, mixed] = await Promise.all([
      runHook(['notes/bad.txt']),
      runHook(['notes/good.txt', 'notes/good.md', 'notes/table.csv']),
      runHook(['notes/good.txt', 'notes/bad.txt']),
    ]);
    for (const r of [bad, good, mixed]) expect(r.stderr).not.toMatch(STACK_LINE);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('notes/bad.txt');
    expect(bad.stdout).toContain('FAIL');
    expect(bad.stdout).toMatch(/✖ Drug/);
    expect(bad.stdout).not.toMatch(/✔/); // no passing element lines
    expect(good.code).toBe(0);
    expect(good.stdout).not.toContain('table.csv');
    expect(good.stdout).not.toContain('good.txt'); // passing notes are not listed
    expect(mixed.code).toBe(1);
  });

  it('a file name that does not exist is reported and fails the hook (exit 2)', async () => {
    const r = await runHook(['notes/good.txt', 'notes/deleted.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('deleted.txt');
  });
});

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const inGit = spawnSync('git', ['-C', ROOT, 'rev-parse', '--git-dir']).status === 0;

describe.runIf(hasPreCommit && inGit)('pre-commit installs and runs the hook from a clone of this repository', () => {
  let work = '';
  let env: NodeJS.ProcessEnv = {};

  function pc(args: string[], cwd: string): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve) => {
      const child = spawn('pre-commit', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (code) => resolve({ code, out }));
    });
  }
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=ci', ...args], { cwd, env, encoding: 'utf8' });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'oplint-precommit-real-'));
    env = cleanEnv({
      PRE_COMMIT_HOME: join(work, 'cache'),
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      GIT_CONFIG_NOSYSTEM: '1',
    });
    // the repository as pre-commit users get it: a clone of the committed HEAD
    execFileSync('git', ['clone', '--quiet', ROOT, join(work, 'oplint')], { env });
    const repo = join(work, 'project');
    mkdirSync(join(repo, 'notes'), { recursive: true });
    git(work, 'init', '-q', repo);
    writeFileSync(join(repo, 'notes', 'good.txt'), readFileSync(join(ROOT, 'samples', '01-complete-20702.txt')));
    writeFileSync(join(repo, 'notes', 'bad.txt'), readFileSync(join(ROOT, 'samples', '03-missing-drug.txt')));
    writeFileSync(join(repo, 'README.md'), '# Project notes\n\nNot an operative note.\n');
    git(repo, 'add', 'notes/good.txt', 'notes/bad.txt', 'README.md');
    git(repo, 'commit', '-q', '-m', 'notes');
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('try-repo: a good note passes; a failing note fails with its reason; README.md is not checked', async () => {
    const repo = join(work, 'project');
    const good = await pc(['try-repo', join(work, 'oplint'), 'oplint', '--files', 'notes/good.txt', 'README.md'], repo);
    expect(good.out).toMatch(/oplint\.+Passed/);
    expect(good.code, good.out).toBe(0);
    const bad = await pc(['try-repo', join(work, 'oplint'), 'oplint', '--files', 'notes/bad.txt'], repo);
    expect(bad.code, bad.out).toBe(1);
    expect(bad.out).toMatch(/oplint\.+Failed/);
    expect(bad.out).toContain('notes/bad.txt');
    expect(bad.out).toMatch(/✖ Drug named\s+Only 'antibiotic' is written|✖ Drug/);
    expect(bad.out).not.toMatch(/ENOENT|tsc: not found|npm ERR/);
    const readme = await pc(['try-repo', join(work, 'oplint'), 'oplint', '--files', 'README.md'], repo);
    expect(readme.out).toMatch(/no files to check\)Skipped/);
  }, 900_000);

  // pre-commit 4.x installs a node hook repository as a git dependency; PyPI is not reachable here, so its
  // install command is reproduced: no devDependencies, no build step, no warning about oplint's scripts
  it('pre-commit 4.x install step: npm install --install-links -g git+file://<clone>, then the hook entry', () => {
    const prefix = join(work, 'npm-prefix');
    const inst = spawnSync('npm', ['install', '--install-links', '-g', '--prefix', prefix, '--prefer-offline', `git+file://${join(work, 'oplint')}`], { cwd: work, env, encoding: 'utf8' });
    expect(inst.status, inst.stderr).toBe(0);
    expect(`${inst.stdout}${inst.stderr}`).not.toMatch(/install-scripts|tsc: not found|oplint@[\d.]+ \((prepare|install|postinstall)/);
    const bin = join(prefix, 'bin', 'oplint');
    const [cmd, ...entryArgs] = hook.entry.trim().split(/\s+/);
    expect(cmd).toBe('oplint');
    const repo = join(work, 'project');
    const good = spawnSync(bin, [...entryArgs, 'notes/good.txt'], { cwd: repo, env, encoding: 'utf8' });
    expect(good.status, good.stderr).toBe(0);
    const bad = spawnSync(bin, [...entryArgs, 'notes/bad.txt'], { cwd: repo, env, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/notes\/bad\.txt[\s\S]*✖ Drug/);
  }, 900_000);

  it('installed as a git hook: a good note commits, a failing note is blocked with its reason', async () => {
    const repo = join(work, 'project');
    const rev = execFileSync('git', ['-C', join(work, 'oplint'), 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${join(work, 'oplint')}\n    rev: ${rev}\n    hooks:\n      - id: oplint\n`);
    const inst = await pc(['install'], repo);
    expect(inst.code, inst.out).toBe(0);
    git(repo, 'add', '.pre-commit-config.yaml');
    writeFileSync(join(repo, 'notes', 'good2.txt'), readFileSync(join(ROOT, 'samples', '01-complete-20702.txt')));
    git(repo, 'add', 'notes/good2.txt');
    const ok = spawnSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=ci', 'commit', '-m', 'good note'], { cwd: repo, env, encoding: 'utf8' });
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    writeFileSync(join(repo, 'notes', 'bad2.txt'), readFileSync(join(ROOT, 'samples', '03-missing-drug.txt')));
    git(repo, 'add', 'notes/bad2.txt');
    const blocked = spawnSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=ci', 'commit', '-m', 'bad note'], { cwd: repo, env, encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('notes/bad2.txt');
    expect(blocked.stdout + blocked.stderr).toMatch(/✖ Drug/);
    expect(git(repo, 'log', '--format=%s')).not.toContain('bad note');
  }, 900_000);
});
