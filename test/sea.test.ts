/**
 * The standalone binary (Node SEA, `npm run package`) checks a note with the same JSON as `node bin/oplint.js`.
 * Builds build/oplint-<os>-<arch> when it is missing or older than its inputs (about 15 s), then runs a copy
 * of it from a temporary folder, so the pattern packs must come from the embedded assets.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN_JS = join(ROOT, 'bin', 'oplint.js');
const SAMPLE = 'samples/01-complete-20702.txt';
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const binaryName = `oplint-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}${process.platform === 'win32' ? '.exe' : ''}`;
const BINARY = join(ROOT, 'build', binaryName);

function skipReason(): string | null {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  if (major < 20 || (major === 20 && minor < 12)) return `Node ${process.version} has no SEA assets (needs >= 20.12)`;
  if (!existsSync(join(ROOT, 'src', 'cli.ts'))) return 'src/cli.ts does not exist yet';
  if (!existsSync(BIN_JS)) return 'bin/oplint.js does not exist yet';
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) return 'dist/ is not built (npm run build)';
  if (!readFileSync(process.execPath).includes(SEA_FUSE)) return `${process.execPath} was built without SEA support`;
  return null;
}

function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) visit(join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

const reason = skipReason();
const run = (cmd: string, args: string[], input?: string) =>
  spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', CI: '1' }, timeout: 60_000 });

describe.skipIf(reason !== null)(`standalone binary (SEA)${reason ? ` — skipped: ${reason}` : ''}`, () => {
  let dir = '';
  let binary = '';

  beforeAll(() => {
    const inputs = ['src', 'patterns', 'package-lock.json', 'scripts/sea-entry.mjs', 'scripts/package-sea.mjs'].map((p) => join(ROOT, p));
    if (!existsSync(BINARY) || statSync(BINARY).mtimeMs < newestMtime(inputs)) {
      const built = run(process.execPath, ['scripts/package-sea.mjs', '--quiet']);
      if (built.status !== 0) throw new Error(`npm run package failed: ${built.stderr}`);
    }
    expect(existsSync(BINARY)).toBe(true);
    // Run a copy away from the repository: no patterns/ folder next to it.
    dir = mkdtempSync(join(tmpdir(), 'oplint-sea-'));
    binary = join(dir, binaryName);
    copyFileSync(BINARY, binary);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = run(binary, ['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('checks a sample with the same JSON and exit code as node bin/oplint.js', () => {
    const node = run(process.execPath, [BIN_JS, SAMPLE, '--format', 'json']);
    const sea = run(binary, [SAMPLE, '--format', 'json']);
    expect(node.status, node.stderr).toBeLessThan(2);
    expect(sea.stderr).toBe(node.stderr);
    expect(sea.status).toBe(node.status);
    const a = JSON.parse(node.stdout) as { results: unknown[]; tool: { version: string } };
    const b = JSON.parse(sea.stdout) as typeof a;
    expect(a.results.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('reads stdin and other formats the same way', () => {
    const text = readFileSync(join(ROOT, SAMPLE), 'utf8');
    for (const args of [['-', '--format', 'json'], ['samples', '--format', 'jsonl']]) {
      const node = run(process.execPath, [BIN_JS, ...args], text);
      const sea = run(binary, args, text);
      expect(sea.status, sea.stderr).toBe(node.status);
      expect(sea.stdout).toBe(node.stdout);
    }
  });
});
