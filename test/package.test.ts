/**
 * Package hygiene (issue 11): what `npm pack` ships, no install-time scripts, the committed dist/ is a
 * fresh build of src/, the config JSON Schema and the man page are generated from their sources, and the
 * packed tarball installs (as a user or pre-commit 4.x would) with no warning about oplint's scripts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from './helpers/run-cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { scripts: Record<string, string>; files: string[] };
const npm = (args: string[], cwd = ROOT) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });

interface PackEntry {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

let packed: PackEntry;

beforeAll(() => {
  const r = npm(['pack', '--dry-run', '--json', '--ignore-scripts']);
  expect(r.status, r.stderr).toBe(0);
  packed = (JSON.parse(r.stdout) as PackEntry[])[0]!;
}, 120_000);

describe('npm pack', () => {
  it('ships only what runs: bin, dist, patterns, man page, config schema, README, LICENSE', () => {
    const paths = packed.files.map((f) => f.path);
    for (const need of ['LICENSE', 'README.md', 'package.json', 'bin/oplint.js', 'dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'man/oplint.1', 'oplint-config.schema.json']) expect(paths).toContain(need);
    expect(paths.some((p) => p.startsWith('patterns/packs/'))).toBe(true);
    for (const p of paths) {
      expect(p).not.toMatch(/^(test|src|scripts|docs|samples|\.ci|build|coverage)\//);
      expect(p).not.toMatch(/\.map$|\.test\.|fixtures|\.tsbuildinfo$/);
    }
    // the size, reported in the test log (the README quotes it)
    console.log(`npm pack: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked`);
    expect(packed.size).toBeLessThan(3 * 1024 * 1024);
  });

  it('has no install-time lifecycle scripts (no npm warning for users, nothing printed by npm pack)', () => {
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack', 'prepublish']) expect(pkg.scripts[s], s).toBeUndefined();
  });

  it('has a LICENSE matching package.json, repository, homepage, bugs, keywords and a man page', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg.repository).toMatchObject({ type: 'git' });
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs).toHaveProperty('url');
    expect((pkg.keywords as string[]).length).toBeGreaterThan(3);
    expect(pkg.man).toEqual(['./man/oplint.1']);
  });
});

const tracked = spawnSync('git', ['-C', ROOT, 'ls-files', 'dist/cli.js'], { encoding: 'utf8' }).stdout.trim() !== '';

describe('generated files are up to date', () => {
  it.runIf(tracked)('the committed dist/ is what src/ builds to (scripts/gen-dist.mjs --check)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-dist.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
  }, 300_000);

  it('oplint-config.schema.json is generated from the zod schema; man/oplint.1 from the help text', () => {
    ensureBuilt();
    for (const script of ['gen-config-schema.mjs', 'gen-man.mjs']) {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), '--check'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, `${script}: ${r.stdout}${r.stderr}`).toBe(0);
    }
  }, 120_000);

  it('the config schema accepts a documented config and rejects unknown keys and bad values', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'oplint-config.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ $schema: './node_modules/oplint/oplint-config.schema.json', code: 'auto', format: 'sarif', elements: { drug: 'warn' }, maxSize: '5MB', jobs: 2 })).toBe(true);
    expect(validate({ colour: true })).toBe(false);
    expect(validate({ format: 'xml' })).toBe(false);
    expect(validate({ elements: { drug: 'fatal' } })).toBe(false);
  });
});

describe.runIf(!process.env.OPLINT_SKIP_INSTALL_TEST)('the packed tarball installs', () => {
  let tmp = '';
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'oplint-install-'));
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('npm install -g of the tarball: no warning about oplint scripts, the bin runs, the man page is installed', () => {
    const pack = npm(['pack', '--pack-destination', tmp]);
    expect(pack.status, pack.stderr).toBe(0);
    // npm pack prints only the tarball name on stdout (what pre-commit 3.x relies on)
    expect(pack.stdout.trim()).toMatch(/^oplint-[\d.]+\.tgz$/);
    const tarball = join(tmp, pack.stdout.trim());
    const inst = npm(['install', '-g', '--prefix', join(tmp, 'prefix'), '--prefer-offline', tarball], tmp);
    expect(inst.status, inst.stderr).toBe(0);
    expect(`${inst.stdout}${inst.stderr}`).not.toMatch(/install-scripts|oplint@[\d.]+ \((prepare|install|postinstall)/);
    const bin = join(tmp, 'prefix', 'bin', 'oplint');
    expect(existsSync(bin)).toBe(true);
    expect(existsSync(join(tmp, 'prefix', 'share', 'man', 'man1', 'oplint.1'))).toBe(true);
    const out = execFileSync(bin, [join(ROOT, 'samples', '01-complete-20702.txt'), '--format', 'json'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect((JSON.parse(out) as { results: { status: string }[] }).results[0]!.status).toBe('pass');
  }, 600_000);
});
