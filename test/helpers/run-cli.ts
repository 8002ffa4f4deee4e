/**
 * Shared by the CLI-level tests (cli, contract, precommit): make sure `dist/` is built from the current
 * `src/`, and run `node bin/oplint.js` as a child process.
 *
 * Building: dist/ is committed (`node scripts/gen-dist.mjs`), so on a clean clone it exists. During development src/ moves
 * ahead of dist/; `ensureBuilt()` runs `tsc -p .` when dist/cli.js is missing or older than any file in
 * src/. Test files run in parallel workers, so the build is guarded by a lock directory; the other workers
 * wait for it and re-check. Type errors do not stop tsc from emitting, so only a missing dist/cli.js fails.
 *
 * Snapshot: other sessions rebuild dist/ and edit patterns/ while tests run; a CLI started mid-rebuild would
 * load half-written modules. `prepareCli()` therefore copies bin/, dist/, patterns/ and package.json to a
 * temporary folder (node_modules linked) once per test file, and `run()` uses that copy. It is the same
 * built entry point, byte for byte; only its location differs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, rmdirSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'oplint.js');
const DIST_CLI = join(ROOT, 'dist', 'cli.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function stale(): boolean {
  return !existsSync(DIST_CLI) || statSync(DIST_CLI).mtimeMs < newestMtime(join(ROOT, 'src'));
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const LOCK = join(tmpdir(), `oplint-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);

function withLock<T>(fn: () => T): T {
  const lock = LOCK;
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // another worker is building; a lock older than 2 minutes is left over from a crash
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmdirSync(lock);
      } catch {
        /* gone already */
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${lock}`);
      sleep(250);
    }
  }
  try {
    return fn();
  } finally {
    rmdirSync(lock);
  }
}

function build(): void {
  if (!stale()) return;
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', ROOT], { cwd: ROOT, encoding: 'utf8' });
  if (!existsSync(DIST_CLI)) throw new Error(`tsc -p . did not produce dist/cli.js:\n${r.stdout}${r.stderr}`);
  // bin/ loads the one-file bundle first: rebuild it and the pattern cache too, or the CLI runs stale code
  for (const script of ['build-patterns.mjs', 'bundle.mjs']) spawnSync(process.execPath, [join(ROOT, 'scripts', script)], { cwd: ROOT, encoding: 'utf8' });
}

/** Build dist/ with tsc when it is missing or older than src/ (at most one build at a time). */
export function ensureBuilt(): void {
  if (stale()) withLock(build);
}

let snapshot = '';
let snapshotBin = '';

/** Build if needed, then copy the built CLI to a private folder; returns the copy's bin/oplint.js. */
export function prepareCli(): string {
  withLock(() => {
    build();
    snapshot = mkdtempSync(join(tmpdir(), 'oplint-built-'));
    for (const part of ['bin', 'dist', 'patterns', 'package.json']) cpSync(join(ROOT, part), join(snapshot, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(snapshot, 'node_modules'), 'dir');
  });
  snapshotBin = join(snapshot, 'bin', 'oplint.js');
  return snapshotBin;
}

/** Remove the copy made by prepareCli (call from afterAll). */
export function disposeCli(): void {
  if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  snapshot = '';
  snapshotBin = '';
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to the child's stdin, then stdin is closed (stdin is always a pipe, never a terminal). */
  input?: string | Buffer;
  cwd?: string;
  /** Added to a clean environment (NO_COLOR, FORCE_COLOR, CI and OPLINT_CONFIG removed). */
  env?: Record<string, string | undefined>;
  /** The command to run, default [node, bin/oplint.js]. */
  command?: string[];
}

/** Environment without the variables that change oplint's output, plus `extra`. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'OPLINT_CONFIG', 'NODE_OPTIONS']) delete env[k];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** While another test file rebuilds dist/ (src/ changed during the run), do not start a CLI on half-written files. */
async function buildFinished(): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (existsSync(LOCK) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
}

/** Run oplint (or `opts.command`) with `args`; resolves with the exit code and both outputs. */
export async function run(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  if (!snapshotBin) await buildFinished();
  return spawnRun(args, opts);
}

function spawnRun(args: string[], opts: RunOptions): Promise<RunResult> {
  const [cmd, ...pre] = opts.command ?? [process.execPath, snapshotBin || BIN];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd!, [...pre, ...args], { cwd: opts.cwd ?? ROOT, env: cleanEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.stdin.on('error', () => undefined); // the CLI may exit before reading stdin
    child.on('close', (code) => resolvePromise({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

/** A stack trace line ("    at fn (file:line:col)"): must never reach a user without --debug. */
export const STACK_LINE = /^\s+at .+[(:]/m;
