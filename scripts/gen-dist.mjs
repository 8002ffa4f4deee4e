#!/usr/bin/env node
/**
 * The built dist/ is committed, so the package installs from git with runtime dependencies only: pre-commit
 * 3.x runs `npm pack` in a clone (and takes all of its stdout as the tarball name, so no lifecycle script
 * may print), and pre-commit 4.x / `npm install -g git+file://...` install without devDependencies (no tsc,
 * no esbuild). This script checks that the committed build is what the sources build to.
 *
 *   node scripts/gen-dist.mjs --check   build src/ in a clean temporary copy (npm run build's three steps)
 *                                       and compare with dist/; exit 1 listing the files that differ
 *   node scripts/gen-dist.mjs           the same clean build, copied over dist/ (stale files removed)
 *
 * After changing src/ or patterns/: `node scripts/gen-dist.mjs` (or `npm run build`) and commit dist/.
 * Bundled module paths are compared as `node_modules/...` wherever node_modules resolves (see normalise).
 * Exit codes: 0 ok, 1 stale (--check), 2 build failure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

function walk(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}
const rel = (base, files) => files.map((f) => relative(base, f).split(sep).join('/')).sort();
/** What the package ships from dist/ (package.json "files"). */
const shipped = (f) => /\.(m?js|d\.ts)$/.test(f) || f === 'patterns.cache.json';
/**
 * esbuild names each bundled module by its path relative to the build folder (comments and __commonJS
 * keys); when node_modules is reached through a symbolic link that path climbs out of the folder
 * (`../../x/node_modules/...`). Rewritten to `node_modules/...`, as a checkout with its own node_modules
 * builds it, so the committed bundle does not depend on where it was built.
 */
const normalise = (f, text) => (f.endsWith('.mjs') ? text.replace(/(?:\.\.\/)+(?:[\w.@+-]+\/)*?node_modules\//g, 'node_modules/') : text);

export function freshBuild() {
  const tmp = mkdtempSync(join(tmpdir(), 'oplint-dist-'));
  for (const part of ['src', 'scripts', 'patterns', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, part), join(tmp, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
  const steps = [
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
    [join('scripts', 'build-patterns.mjs')],
    [join('scripts', 'bundle.mjs')],
  ];
  for (const args of steps) {
    const r = spawnSync(process.execPath, args, { cwd: tmp, encoding: 'utf8' });
    if (r.status !== 0) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(`${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
    }
  }
  return tmp;
}

/** Differences between dist/ and a fresh build: files missing, extra or different. */
export function compare(tmp) {
  const fresh = rel(join(tmp, 'dist'), walk(join(tmp, 'dist'))).filter(shipped);
  const have = rel(join(ROOT, 'dist'), walk(join(ROOT, 'dist'))).filter(shipped);
  const problems = [];
  for (const f of fresh) {
    if (!have.includes(f)) problems.push(`missing: dist/${f}`);
    else if (normalise(f, readFileSync(join(ROOT, 'dist', f), 'utf8')) !== normalise(f, readFileSync(join(tmp, 'dist', f), 'utf8'))) problems.push(`differs: dist/${f}`);
  }
  for (const f of have) if (!fresh.includes(f)) problems.push(`stale (no source): dist/${f}`);
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let tmp;
  try {
    tmp = freshBuild();
  } catch (err) {
    process.stderr.write(`gen-dist: ${err.message}\n`);
    process.exit(2);
  }
  try {
    if (check) {
      const problems = compare(tmp);
      if (problems.length) {
        process.stderr.write(`gen-dist: dist/ is not what src/ builds to (${problems.length} file${problems.length === 1 ? '' : 's'}); run node scripts/gen-dist.mjs and commit dist/\n${problems.slice(0, 20).map((p) => `  ${p}\n`).join('')}`);
        process.exit(1);
      }
      process.stdout.write('gen-dist: dist/ matches a fresh build\n');
    } else {
      const built = join(tmp, 'dist');
      for (const f of rel(built, walk(built)).filter((x) => x.endsWith('.mjs'))) writeFileSync(join(built, f), normalise(f, readFileSync(join(built, f), 'utf8')));
      rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
      cpSync(built, join(ROOT, 'dist'), { recursive: true });
      process.stdout.write('gen-dist: dist/ rebuilt from a clean copy of the sources\n');
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
