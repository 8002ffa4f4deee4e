#!/usr/bin/env node
/**
 * `npm run bench:startup`: start-up cost of checking one note, three ways oplint is run:
 *
 *   checkout   node bin/oplint.js in this repository (dist/ built)
 *   installed  the package as users get it: `npm pack`, then `npm install -g --prefix <tmp> <tarball>`
 *   binary     the standalone executable (build/oplint-<os>-<arch>, from `npm run package`; --build makes it)
 *
 * Each is run --runs times after one warm-up on samples/01-complete-20702.txt; the median wall time and,
 * with GNU time, the median user+system CPU time are reported with the ratio to the checkout (target:
 * within 1.2x). The tarball size is reported too. A measurement, not a test: exit 0 unless arguments are
 * wrong; a variant that cannot be prepared is reported as skipped.
 *
 *   node scripts/bench-startup.mjs [--runs 9] [--build] [--bin build/oplint-linux-x64] [--json]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'samples', '01-complete-20702.txt');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '9' }, build: { type: 'boolean' }, bin: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  process.stdout.write('Usage: node scripts/bench-startup.mjs [--runs N] [--build] [--bin FILE] [--json]\n');
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write('bench-startup: --runs must be a positive integer\n');
  process.exit(2);
}
const log = (s) => process.stderr.write(`${s}\n`);
const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0 ? '/usr/bin/time' : null;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const env = { ...process.env, NO_COLOR: '1', CI: '1' };
const npmEnv = { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

/** One timed run: wall ms and (with GNU time) user+sys CPU ms. */
function once(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = GNU_TIME
    ? spawnSync(GNU_TIME, ['-f', '__cpu %U %S', cmd, ...args], { encoding: 'utf8', env })
    : spawnSync(cmd, args, { encoding: 'utf8', env });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} exited ${r.status}: ${(r.stderr ?? '').split('\n')[0]}`);
  const m = /__cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}

function measure(name, cmd, args) {
  once(cmd, args); // warm-up (file cache, V8 code cache)
  const xs = Array.from({ length: runs }, () => once(cmd, args));
  const res = { name, wallMs: Math.round(median(xs.map((x) => x.wall))), cpuMs: Math.round(median(xs.map((x) => x.cpu))) };
  log(`${name.padEnd(10)} wall ${String(res.wallMs).padStart(5)} ms   cpu ${Number.isNaN(res.cpuMs) ? '   n/a' : String(res.cpuMs).padStart(5) + ' ms'}`);
  return res;
}

const results = [];
const extra = {};
results.push(measure('checkout', process.execPath, [join(ROOT, 'bin', 'oplint.js'), SAMPLE]));

const tmp = mkdtempSync(join(tmpdir(), 'oplint-bench-startup-'));
try {
  const pack = spawnSync('npm', ['pack', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', env: npmEnv });
  if (pack.status !== 0) throw new Error(`npm pack: ${pack.stderr.split('\n')[0]}`);
  const tarball = join(tmp, pack.stdout.trim().split('\n').pop());
  extra.tarballKB = Math.round(statSync(tarball).size / 1024);
  log(`npm pack   ${pack.stdout.trim()} ${extra.tarballKB} KB`);
  const inst = spawnSync('npm', ['install', '-g', '--prefix', join(tmp, 'prefix'), '--prefer-offline', tarball], { cwd: tmp, encoding: 'utf8', env: npmEnv });
  if (inst.status !== 0) throw new Error(`npm install: ${inst.stderr.split('\n').slice(-3).join(' ')}`);
  results.push(measure('installed', join(tmp, 'prefix', 'bin', 'oplint'), [SAMPLE]));
} catch (err) {
  log(`installed  skipped: ${err.message}`);
}

const binary = resolve(values.bin ?? join(ROOT, 'build', `oplint-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}${process.platform === 'win32' ? '.exe' : ''}`));
if (values.build && !values.bin) {
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package-sea.mjs'), '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) log(`binary     build failed: ${(b.stderr || b.stdout).split('\n')[0]}`);
}
if (existsSync(binary)) results.push(measure('binary', binary, [SAMPLE]));
else log(`binary     skipped: ${binary} not built (npm run package, or --build)`);
rmSync(tmp, { recursive: true, force: true });

const base = results[0];
for (const r of results) {
  r.wallRatio = Math.round((100 * r.wallMs) / base.wallMs) / 100;
  r.cpuRatio = Number.isNaN(r.cpuMs) ? null : Math.round((100 * r.cpuMs) / base.cpuMs) / 100;
}
if (values.json) process.stdout.write(`${JSON.stringify({ runs, sample: 'samples/01-complete-20702.txt', results, ...extra }, null, 2)}\n`);
else {
  process.stdout.write(`\nStart-up for one note (median of ${runs}; ratio to the checkout; target within 1.2x)\n`);
  for (const r of results) process.stdout.write(`  ${r.name.padEnd(10)} wall ${String(r.wallMs).padStart(5)} ms (${r.wallRatio.toFixed(2)}x)   cpu ${Number.isNaN(r.cpuMs) ? 'n/a' : `${r.cpuMs} ms (${r.cpuRatio.toFixed(2)}x)`}\n`);
  if (extra.tarballKB) process.stdout.write(`  tarball    ${extra.tarballKB} KB\n`);
}
