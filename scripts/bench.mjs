#!/usr/bin/env node
/**
 * `npm run bench`: throughput, memory and latency of oplint next to a floor measured in the same run.
 *
 *   node scripts/bench.mjs [--count 10000] [--seed 42] [--jobs N] [--runs 7] [--corpus .bench/corpus] [--json]
 *                          [--bin build/oplint-linux-x64]   (bench another entry, e.g. the SEA binary)
 *                          [--batch-runs 1]                 (time the batch N times: median wall, on a busy machine)
 *
 * 1. Generates a seeded synthetic corpus (scripts/gen-corpus.mjs), reused when its manifest matches.
 * 2. FLOOR: a bare Node process that reads every file and runs one lexicon regex (the drug lexicon
 *    alternation from patterns/lexicons/drugs.yaml) — the cost of I/O plus one pass of matching.
 * 3. oplint on the folder with all cores (jsonl to a pipe, lines counted): wall time, notes/s, MB/s, ratio to
 *    the floor, peak RSS (GNU time when present, else VmHWM sampled from /proc), and the CPU time it used
 *    (user + system, all threads; GNU time) — steadier than wall time when other work shares the machine.
 *    With --batch-runs N the batch is timed N times and the median run (by wall time) is reported.
 * 4. Single-note latency and `--version` latency: median of --runs runs after one warm-up.
 * 5. SIZE CURVE: `checkNote` (the built library, in a fresh process per input, with a timeout) on one input of
 *    1 KB, 16 KB, 256 KB, 1 MB and 4 MB made of seeded device notes, each as written, without newlines,
 *    without sentence punctuation (. ! ?) and without either (one sentence of clinical words). Reports ms and
 *    ms/KB: ms/KB that grows with the size is super-linear work. `--curve 1,16` picks sizes in KB,
 *    `--curve none` skips it, `--curve-timeout S` bounds each input (default 120 s).
 *
 * A benchmark, not a test: it never fails the build on a missed target, and reports rather than crashes when
 * the CLI is missing or lacks an option. Exit code 0 unless the arguments are wrong.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, GENERATOR_VERSION } from './gen-corpus.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let BIN = join(ROOT, 'bin', 'oplint.js');
const SAMPLE = join(ROOT, 'samples', '01-complete-20702.txt');

const TARGETS = {
  tenK: 10, // s for 10,000 notes
  floorRatio: 4,
  noteMs: 250,
  versionMs: 150,
  rssMB: 300,
};

// ---------------------------------------------------------------------------------------------------------

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
    jobs: { type: 'string' },
    runs: { type: 'string', default: '7' },
    'batch-runs': { type: 'string', default: '1' },
    corpus: { type: 'string' },
    json: { type: 'boolean', default: false },
    bin: { type: 'string' },
    curve: { type: 'string', default: '1,16,256,1024,4096' },
    'curve-timeout': { type: 'string', default: '120' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write('Usage: node scripts/bench.mjs [--count N] [--seed S] [--jobs N] [--runs N] [--batch-runs N] [--corpus DIR] [--bin FILE] [--curve KB,KB,...|none] [--curve-timeout S] [--json]\n');
  process.exit(0);
}
const count = Number(values.count);
const seed = Number(values.seed);
const runs = Number(values.runs);
const batchRuns = Number(values['batch-runs']);
const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
const jobs = values.jobs === undefined ? cores : Number(values.jobs);
if (![count, runs, jobs, batchRuns].every((n) => Number.isInteger(n) && n > 0) || !Number.isInteger(seed)) {
  process.stderr.write('bench: --count, --runs, --batch-runs and --jobs must be positive integers, --seed an integer\n');
  process.exit(2);
}
const curveSizes = values.curve === 'none' || values.curve === '' ? [] : values.curve.split(',').map(Number);
const curveTimeout = Number(values['curve-timeout']);
if (!curveSizes.every((n) => Number.isFinite(n) && n > 0) || !(curveTimeout > 0)) {
  process.stderr.write('bench: --curve takes sizes in KB (e.g. 1,16,256) or none, --curve-timeout seconds\n');
  process.exit(2);
}
if (values.bin) BIN = resolve(values.bin);
/** How to start oplint: `node <script>` for a .js entry, the file itself for a binary (e.g. the SEA). */
const OPLINT = /\.[cm]?js$/.test(BIN) ? [process.execPath, [BIN]] : [BIN, []];
const corpus = resolve(ROOT, values.corpus ?? join('.bench', 'corpus'));
const log = (s) => process.stderr.write(s + '\n');

// ---------------------------------------------------------------------------------------------------------
// Helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0 ? '/usr/bin/time' : null;

/**
 * Run a command; resolve with wall ms, exit code, stderr tail, stdout line count, peak RSS (MB) and CPU time
 * (user + system ms, all threads; null without GNU time). Peak RSS: GNU `time -v` when available (covers the
 * whole process: worker threads share it), else the highest VmHWM seen in /proc/<pid>/status (Linux), else null.
 */
function measure(cmd, args, { countLines = false, wantRss = false } = {}) {
  return new Promise((resolvePromise) => {
    const useTime = wantRss && GNU_TIME;
    const file = useTime ? GNU_TIME : cmd;
    const argv = useTime ? ['-v', cmd, ...args] : args;
    const t0 = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd: ROOT, stdio: ['ignore', countLines ? 'pipe' : 'ignore', 'pipe'], env: { ...process.env, CI: '1', NO_COLOR: '1' } });
    let lines = 0;
    let stdoutBytes = 0;
    let stderr = '';
    let hwm = 0;
    child.stdout?.on('data', (buf) => {
      stdoutBytes += buf.length;
      for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (buf) => {
      stderr += buf.toString();
      if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
    });
    let timer = null;
    if (wantRss && !useTime && process.platform === 'linux') {
      timer = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwm = Math.max(hwm, Number(m[1]));
        } catch {
          /* exited */
        }
      }, 20);
    }
    child.on('error', (err) => {
      if (timer) clearInterval(timer);
      resolvePromise({ ms: NaN, code: null, stderr: String(err.message), lines, stdoutBytes, rssMB: null, cpuMs: null });
    });
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (timer) clearInterval(timer);
      let rssMB = hwm ? hwm / 1024 : null;
      let cpuMs = null;
      let tail = stderr;
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (m) rssMB = Number(m[1]) / 1024;
        const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
        const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
        if (user && sys) cpuMs = (Number(user[1]) + Number(sys[1])) * 1000;
        const cut = stderr.lastIndexOf('\tCommand being timed:');
        if (cut !== -1) tail = stderr.slice(0, cut);
        if (/Command exited with non-zero status (\d+)/.test(stderr)) code = Number(RegExp.$1);
      }
      resolvePromise({ ms, code, stderr: tail.trim(), lines, stdoutBytes, rssMB, cpuMs });
    });
  });
}

function firstLines(s, n = 3) {
  return s.split('\n').filter(Boolean).slice(0, n).join(' | ');
}

/** The drug lexicon as one alternation (what the floor runs); a fixed list if the lexicon is missing. */
async function drugRegexSource() {
  let terms = ['vancomycin', 'vanc', 'vanco', 'tobramycin', 'tobra', 'gentamicin', 'gentamycin', 'genta', 'cefazolin', 'clindamycin', 'daptomycin', 'amphotericin'];
  const file = join(ROOT, 'patterns', 'lexicons', 'drugs.yaml');
  try {
    const { parse } = await import('yaml');
    const doc = parse(readFileSync(file, 'utf8'));
    const fromPack = (doc.entries ?? []).flatMap((e) => e.terms ?? []).filter((t) => typeof t === 'string' && !t.startsWith('re:'));
    if (fromPack.length) terms = fromPack;
  } catch {
    /* keep the fixed list */
  }
  const esc = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+').replace(/-/g, '[\\s-]?');
  return `\\b(?:${[...new Set(terms)].sort((a, b) => b.length - a.length).map(esc).join('|')})s?\\b`;
}

const FLOOR_SCRIPT = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const [dir, source] = process.argv.slice(1);
const re = new RegExp(source, 'gi');
let notes = 0, matches = 0, bytes = 0;
for (const f of readdirSync(dir).sort()) {
  if (!f.endsWith('.txt')) continue;
  const text = readFileSync(join(dir, f), 'utf8');
  bytes += text.length; notes++;
  for (const _ of text.matchAll(re)) matches++;
}
process.stdout.write(JSON.stringify({ notes, matches, bytes }) + '\\n');
`;

// ---------------------------------------------------------------------------------------------------------
// 1. Corpus

function ensureCorpus() {
  try {
    const m = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
    const present = readdirSync(corpus).filter((f) => /^note-\d+\.txt$/.test(f)).length;
    if (m.generator === GENERATOR_VERSION && m.seed === seed && m.count === count && present === count) {
      log(`corpus: reusing ${corpus} (${count} notes, seed ${seed})`);
      return m;
    }
  } catch {
    /* generate */
  }
  log(`corpus: generating ${count} notes (seed ${seed}) into ${corpus} ...`);
  return generateCorpus({ out: corpus, count, seed, quiet: true });
}

// ---------------------------------------------------------------------------------------------------------

const results = { machine: {}, corpus: {}, floor: null, batch: null, note: null, version: null, curve: [], notes: [] };

const manifest = ensureCorpus();
const corpusMB = manifest.bytes / 1048576;
results.corpus = { dir: corpus, count, seed, devices: manifest.devices, mb: +corpusMB.toFixed(2) };
results.machine = {
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  cores,
  memGB: +(os.totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
};

// 2. Floor (best of 3, so a cold page cache does not inflate it)
{
  const source = await drugRegexSource();
  const attempts = [];
  for (let i = 0; i < 3; i++) {
    const r = await measure(process.execPath, ['--input-type=module', '-e', FLOOR_SCRIPT, corpus, source], { countLines: false, wantRss: false });
    attempts.push(r);
  }
  const ok = attempts.filter((r) => r.code === 0);
  if (ok.length) {
    const best = Math.min(...ok.map((r) => r.ms));
    results.floor = { ms: best, notesPerSec: count / (best / 1000), mbPerSec: corpusMB / (best / 1000) };
  } else {
    results.notes.push(`floor failed: ${firstLines(attempts[0].stderr)}`);
  }
}

const haveCli = existsSync(BIN);
if (!haveCli) results.notes.push(`CLI not found at ${BIN}: build it (npm run build) and rerun`);

// 3. Batch run with all cores
if (haveCli) {
  const base = [corpus, '--format', 'jsonl'];
  // without --jobs the CLI's own default is measured (what a user gets)
  const jobsArgs = values.jobs === undefined ? [] : ['--jobs', String(jobs)];
  const variants = [
    [...base, '--no-progress', ...jobsArgs],
    [...base, ...jobsArgs],
    [...base, '--no-progress'],
    base,
  ];
  // Warm the page cache and the compile cache once, untimed.
  await measure(process.execPath, ['-e', `require('fs').readdirSync(${JSON.stringify(corpus)})`]);
  for (const args of variants) {
    let r = await measure(OPLINT[0], [...OPLINT[1], ...args], { countLines: true, wantRss: true });
    const rejected = r.code === 2 && /unknown option|unknown argument|invalid .*option|error: option/i.test(r.stderr);
    if (rejected) {
      results.notes.push(`oplint rejected \`${args.map((a) => (a === corpus ? '<corpus>' : a)).join(' ')}\`: ${firstLines(r.stderr, 1)} — retrying with fewer options`);
      continue;
    }
    if (batchRuns > 1) {
      const all = [r];
      for (let i = 1; i < batchRuns; i++) all.push(await measure(OPLINT[0], [...OPLINT[1], ...args], { countLines: true, wantRss: true }));
      all.sort((x, y) => x.ms - y.ms);
      r = all[(all.length - 1) >> 1];
      results.batchRunsMs = all.map((x) => Math.round(x.ms));
    }
    results.batch = {
      args: args.map((a) => (a === corpus ? '<corpus>' : a)).join(' '),
      ms: r.ms,
      code: r.code,
      lines: r.lines,
      notesPerSec: count / (r.ms / 1000),
      mbPerSec: corpusMB / (r.ms / 1000),
      rssMB: r.rssMB,
      cpuMs: r.cpuMs,
    };
    if (r.code !== 0 && r.code !== 1) results.notes.push(`batch run exited ${r.code}: ${firstLines(r.stderr)}`);
    if (r.lines < count) results.notes.push(`batch run wrote ${r.lines} jsonl lines for ${count} notes`);
    break;
  }
}

// 4. Latency
async function latency(args, label, cmd = OPLINT) {
  const [file, pre] = cmd;
  args = [...pre, ...args];
  const warm = await measure(file, args);
  if (warm.code !== 0 && warm.code !== 1) {
    results.notes.push(`${label} exited ${warm.code}: ${firstLines(warm.stderr)}`);
  }
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await measure(file, args)).ms);
  return { ms: median(times), min: Math.min(...times), max: Math.max(...times), code: warm.code };
}
if (haveCli) {
  if (existsSync(SAMPLE)) results.note = await latency([SAMPLE], '`oplint samples/01-complete-20702.txt`');
  else results.notes.push(`sample ${SAMPLE} missing: note latency not measured`);
  results.version = await latency(['--version'], '`oplint --version`');
}
// Node's own start-up, for context.
results.nodeStartMs = (await latency(['-e', '0'], 'node -e 0', [process.execPath, []])).ms;

// 5. Size curve: the library on one large input per size and shape, each in its own process (a super-linear
// case cannot hang the bench: it is reported as a timeout). The text never touches the disk.
const CURVE_SCRIPT = `
import { pathToFileURL } from 'node:url';
// paths, not URLs: gen-corpus.mjs compares argv[1] with its own URL to know whether it runs as a script
const [lib, gen, shape, bytes, seed] = process.argv.slice(1);
const { checkNote } = await import(pathToFileURL(lib).href);
const { generateNote, mulberry32 } = await import(pathToFileURL(gen).href);
// the generator's rng interface (scripts/gen-corpus.mjs keeps its own private)
const r = mulberry32(Number(seed));
const rng = {
  float: r,
  int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
  pick: (arr) => arr[Math.floor(r() * arr.length)],
  chance: (p) => r() < p,
  some: (arr, lo, hi) => {
    const n = Math.min(arr.length, rng.int(lo, hi));
    const idx = [...arr.keys()];
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx.slice(0, n).sort((a, b) => a - b).map((i) => arr[i]);
  },
};
const size = Number(bytes);
const parts = [];
let len = 0;
while (len < size) {
  let note = generateNote(rng, true).text;
  if (shape.includes('no-newlines')) note = note.replace(/\\s*\\n\\s*/g, ' ');
  if (shape.includes('no-punctuation')) note = note.replace(/[.!?]/g, '');
  parts.push(note);
  len += note.length + 2;
}
let text = parts.join(shape.includes('no-newlines') || shape.includes('wrapped') ? '  ' : '\\n\\n').slice(0, size);
// hard-wrapped at 70 columns with no punctuation: the join reads the whole input as one long sentence
if (shape.includes('wrapped')) text = text.replace(/\\s*\\n\\s*/g, ' ').replace(/(.{1,70})(\\s|$)/g, '$1\\n');
checkNote(parts[0]); // load and compile the patterns outside the timing
const times = [];
let status = '';
const t0 = performance.now();
// small inputs: repeat for 200 ms and keep the median; large ones: one run
do {
  const t = performance.now();
  status = checkNote(text).status;
  times.push(performance.now() - t);
} while (performance.now() - t0 < 200 && times.length < 200);
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ ms: times[(times.length - 1) >> 1], runs: times.length, status }) + '\\n');
`;
const LIB = (() => {
  const beside = resolve(dirname(BIN), '..', 'dist', 'index.js');
  return existsSync(beside) ? beside : join(ROOT, 'dist', 'index.js');
})();
const SHAPES = ['as written', 'no-newlines', 'no-punctuation', 'no-newlines no-punctuation', 'no-punctuation wrapped'];
function runCurve(shape, kb) {
  return new Promise((resolvePromise) => {
    const args = ['--input-type=module', '-e', CURVE_SCRIPT, LIB, join(ROOT, 'scripts', 'gen-corpus.mjs'), shape, String(Math.round(kb * 1024)), String(seed)];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err = (err + b).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), curveTimeout * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') return resolvePromise({ shape, kb, ms: null, timeout: true });
      try {
        const r = JSON.parse(out.trim().split('\n').pop());
        resolvePromise({ shape, kb, ms: r.ms, msPerKB: r.ms / kb, runs: r.runs, status: r.status });
      } catch {
        resolvePromise({ shape, kb, ms: null, error: firstLines(err, 1) || `exit ${code}` });
      }
    });
  });
}
if (curveSizes.length && existsSync(LIB)) {
  for (const shape of SHAPES) {
    for (const kb of curveSizes) {
      log(`size curve: ${shape}, ${kb} KB ...`);
      const r = await runCurve(shape, kb);
      results.curve.push(r);
      // a timed-out size says enough: larger ones of this shape would only time out too
      if (r.timeout) break;
    }
  }
} else if (curveSizes.length) results.notes.push(`size curve skipped: ${LIB} missing (npm run build)`);

// ---------------------------------------------------------------------------------------------------------
// Report

const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const f0 = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'PASS' : 'MISS');

const b = results.batch;
const projected10k = b ? (b.ms / 1000) * (10000 / count) : NaN;
const ratio = b && results.floor ? b.ms / results.floor.ms : NaN;
const rows = [
  ['floor: read + 1 regex (1 thread)', results.floor ? `${f0(results.floor.ms)} ms` : '—', results.floor ? `${f0(results.floor.notesPerSec)} notes/s, ${f1(results.floor.mbPerSec)} MB/s` : '', '', ''],
  [
    `oplint ${count.toLocaleString('en-US')} notes, ${b && !b.args.includes('--jobs') ? 'default jobs' : `--jobs ${jobs}`}`,
    b ? `${f0(b.ms)} ms` : '—',
    b ? `${f0(b.notesPerSec)} notes/s, ${f1(b.mbPerSec)} MB/s${b.cpuMs ? `, CPU ${f1(b.cpuMs / 1000)} s` : ''}` : '',
    `10k in <= ${TARGETS.tenK} s${count !== 10000 ? ` (projected ${f1(projected10k)} s)` : ''}`,
    verdict(b ? projected10k <= TARGETS.tenK : null),
  ],
  ['ratio to floor', Number.isFinite(ratio) ? `${f1(ratio)}x` : '—', '', `<= ${TARGETS.floorRatio}x`, verdict(Number.isFinite(ratio) ? ratio <= TARGETS.floorRatio : null)],
  ['peak RSS (batch)', b?.rssMB ? `${f0(b.rssMB)} MB` : '—', GNU_TIME ? 'GNU time -v' : 'VmHWM sampled', `<= ${TARGETS.rssMB} MB`, verdict(b?.rssMB ? b.rssMB <= TARGETS.rssMB : null)],
  ['oplint <one note> (median)', results.note ? `${f0(results.note.ms)} ms` : '—', results.note ? `min ${f0(results.note.min)}, max ${f0(results.note.max)}` : '', `<= ${TARGETS.noteMs} ms`, verdict(results.note ? results.note.ms <= TARGETS.noteMs : null)],
  ['oplint --version (median)', results.version ? `${f0(results.version.ms)} ms` : '—', results.version ? `min ${f0(results.version.min)}, max ${f0(results.version.max)}` : '', `<= ${TARGETS.versionMs} ms`, verdict(results.version ? results.version.ms <= TARGETS.versionMs : null)],
  ['node -e 0 (median, context)', `${f0(results.nodeStartMs)} ms`, '', '', ''],
];

if (values.json) {
  process.stdout.write(JSON.stringify({ ...results, targets: TARGETS, projected10kSeconds: projected10k, floorRatio: ratio }, null, 2) + '\n');
} else {
  const m = results.machine;
  const out = [];
  out.push(`oplint benchmark — ${m.cpu}, ${m.cores} cores, ${m.memGB} GB, Node ${m.node}, ${m.platform}`);
  out.push(`corpus: ${count.toLocaleString('en-US')} synthetic notes (seed ${seed}, ${manifest.devices} with a device), ${f1(corpusMB)} MB`);
  if (b) out.push(`batch command: oplint ${b.args} (exit ${b.code}, ${b.lines} result lines)`);
  if (results.batchRunsMs) out.push(`batch runs: ${results.batchRunsMs.join(', ')} ms (median reported)`);
  out.push('');
  const headers = ['measure', 'value', 'detail', 'target', ''];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  out.push(line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
  if (results.curve.length) {
    // ms/KB per shape and size: flat means linear; growth from one size to the next is super-linear work
    const sizes = [...new Set(results.curve.map((r) => r.kb))];
    const label = (kb) => (kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`);
    const cell = (r) => (!r ? '' : r.timeout ? `>${curveTimeout} s` : r.ms === null ? 'error' : `${r.ms < 10 ? r.ms.toFixed(2) : f0(r.ms)} ms ${r.msPerKB.toFixed(2)}/KB`);
    const crows = SHAPES.map((sh) => [sh, ...sizes.map((kb) => cell(results.curve.find((r) => r.shape === sh && r.kb === kb)))]);
    const ch = ['size curve (checkNote, ms and ms/KB)', ...sizes.map(label)];
    const cw = ch.map((h, i) => Math.max(h.length, ...crows.map((r) => r[i].length)));
    const cl = (cells) => cells.map((c, i) => (i ? c.padStart(cw[i]) : c.padEnd(cw[i]))).join('  ').trimEnd();
    out.push('', cl(ch), cl(cw.map((w) => '-'.repeat(w))), ...crows.map(cl));
    for (const r of results.curve) if (r.error) results.notes.push(`size curve ${r.shape} ${label(r.kb)}: ${r.error}`);
  }
  if (results.notes.length) out.push('', 'notes:', ...results.notes.map((n) => `  - ${n}`));
  process.stdout.write(out.join('\n') + '\n');
}
