#!/usr/bin/env node
/**
 * `npm run package`: build the standalone binary build/oplint-<os>-<arch> as a Node Single Executable
 * Application (https://nodejs.org/api/single-executable-applications.html):
 *
 *   1. esbuild bundles scripts/sea-entry.mjs (which imports src/cli.ts) and every dependency into ONE
 *      CommonJS file, build/oplint.cjs (`import.meta.url` mapped to the bundle's own file URL);
 *   2. build/sea-config.json embeds every file under patterns/ as an asset (`patterns/<rel>`);
 *   3. `node --experimental-sea-config` writes the blob (with V8 code cache for faster start-up);
 *   4. a copy of this Node executable gets the blob injected with postject (NODE_SEA_BLOB, SEA fuse).
 *
 *   node scripts/package-sea.mjs [--entry scripts/sea-entry.mjs] [--out build] [--no-code-cache] [--quiet]
 *
 * Exit 0 on success, 1 when a step fails (the message names the step).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
export const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

export function binaryName(platform = process.platform, arch = process.arch) {
  return `oplint-${platform === 'win32' ? 'win' : platform}-${arch}${platform === 'win32' ? '.exe' : ''}`;
}

function walk(dir) {
  const out = [];
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) out.push(...walk(p));
    else if (ent.isFile()) out.push(p);
  }
  return out.sort();
}

class StepError extends Error {}

function step(name, fn) {
  try {
    return fn();
  } catch (err) {
    throw new StepError(`${name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
}

export async function packageSea({ entry = join(ROOT, 'scripts', 'sea-entry.mjs'), outDir = join(ROOT, 'build'), codeCache = true, log = () => {} } = {}) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 12)) throw new StepError(`node ${process.version}: SEA assets need Node >= 20.12`);
  const nodeBin = process.execPath;
  if (!readFileSync(nodeBin).includes(SEA_FUSE)) throw new StepError(`${nodeBin} was built without SEA support (no fuse)`);

  mkdirSync(outDir, { recursive: true });
  const bundle = join(outDir, 'oplint.cjs');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  // 1. Bundle
  const esbuild = await import('esbuild');
  const t0 = Date.now();
  const result = await esbuild
    .build({
      entryPoints: [entry],
      outfile: bundle,
      absWorkingDir: ROOT,
      nodePaths: [join(ROOT, 'node_modules')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: `node${major}`,
      // ESM-only idioms in CJS: import.meta.* resolve against the bundle (inside the SEA: the executable).
      define: {
        'import.meta.url': '__oplint_import_meta_url',
        'import.meta.dirname': '__dirname',
        'import.meta.filename': '__filename',
      },
      banner: {
        js: [
          '"use strict";',
          `const __oplint_import_meta_url = require("node:url").pathToFileURL(__filename).href;`,
          `globalThis.OPLINT_VERSION = ${JSON.stringify(pkg.version)};`,
        ].join('\n'),
      },
      minifySyntax: true,
      minifyWhitespace: true,
      keepNames: true,
      legalComments: 'none',
      logLevel: 'silent',
      metafile: true,
    })
    .catch((err) => {
      const first = err.errors?.[0];
      const where = first?.location ? ` (${first.location.file}:${first.location.line})` : '';
      throw new StepError(`esbuild: ${first?.text ?? err.message}${where}`);
    });
  for (const w of result.warnings) log(`esbuild warning: ${w.text}${w.location ? ` (${w.location.file}:${w.location.line})` : ''}`);
  log(`bundle: ${relative(ROOT, bundle)} ${(statSync(bundle).size / 1024).toFixed(0)} KB in ${Date.now() - t0} ms`);

  // 2. SEA config with every pattern file as an asset
  const patternsRoot = join(ROOT, 'patterns');
  const assets = {};
  for (const file of walk(patternsRoot)) assets[`patterns/${relative(patternsRoot, file).split(sep).join('/')}`] = file;
  // the validated pattern data keyed by content hash (npm run build writes it): the binary starts as fast as the checkout
  const cacheFile = join(ROOT, 'dist', 'patterns.cache.json');
  if (existsSync(cacheFile)) assets['patterns/patterns.cache.json'] = cacheFile;
  const blob = join(outDir, 'sea-prep.blob');
  const config = {
    main: bundle,
    output: blob,
    disableExperimentalSEAWarning: true,
    useSnapshot: false,
    useCodeCache: codeCache,
    assets,
  };
  const configPath = join(outDir, 'sea-config.json');
  writeFileSync(configPath, JSON.stringify(config, null, 2) + '\n');
  log(`sea-config: ${Object.keys(assets).length} pattern assets`);

  // 3. Blob
  const gen = spawnSync(nodeBin, ['--experimental-sea-config', configPath], { cwd: ROOT, encoding: 'utf8' });
  if (gen.status !== 0) throw new StepError(`node --experimental-sea-config failed: ${(gen.stderr || gen.stdout || '').trim().split('\n')[0]}`);

  // 4. Copy node and inject
  const out = join(outDir, binaryName());
  step('copy node executable', () => {
    rmSync(out, { force: true });
    copyFileSync(nodeBin, out);
    chmodSync(out, 0o755);
  });
  if (process.platform === 'darwin') spawnSync('codesign', ['--remove-signature', out]);
  const { inject } = require('postject');
  try {
    await inject(out, 'NODE_SEA_BLOB', readFileSync(blob), {
      sentinelFuse: SEA_FUSE,
      overwrite: true,
      ...(process.platform === 'darwin' ? { machoSegmentName: 'NODE_SEA' } : {}),
    });
  } catch (err) {
    throw new StepError(`postject: ${err.message}`);
  }
  if (process.platform === 'darwin') spawnSync('codesign', ['--sign', '-', out]);

  // Smoke check
  const v = spawnSync(out, ['--version'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const version = (v.stdout || '').trim();
  log(`binary: ${relative(ROOT, out)} ${(statSync(out).size / 1048576).toFixed(1)} MB; --version → ${version || `exit ${v.status} ${(v.stderr || '').trim().split('\n')[0]}`}`);
  return { binary: out, bundle, config: configPath, assets: Object.keys(assets).length, version, versionExit: v.status };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseArgs({
    options: {
      entry: { type: 'string' },
      out: { type: 'string' },
      'no-code-cache': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  try {
    const res = await packageSea({
      entry: values.entry ? resolve(values.entry) : undefined,
      outDir: values.out ? resolve(values.out) : undefined,
      codeCache: !values['no-code-cache'],
      log: values.quiet ? () => {} : (s) => process.stderr.write(`package: ${s}\n`),
    });
    if (res.versionExit !== 0) {
      process.stderr.write(`package: the binary was built but \`--version\` exited ${res.versionExit}\n`);
      process.exitCode = 1;
    } else if (!values.quiet) process.stdout.write(`${res.binary}\n`);
  } catch (err) {
    process.stderr.write(`package: ${err instanceof StepError ? err.message : err?.stack ?? err}\n`);
    process.exitCode = 1;
  }
}
