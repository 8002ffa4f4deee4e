import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve as resolvePath } from 'node:path';
import { createInterface } from 'node:readline';
import { Command, CommanderError, Option } from 'commander';
import type { NoteResult, Summary } from './types.js';
import { checkNoteAll, UsageError, type CheckOptions } from './check.js';
import { VERSION } from './version.js';
import { loadFamily } from './rules/pack.js';
import { discover } from './io/discover.js';
import { readStdin } from './io/read.js';
import { checkPatternDirs, loadConfig, mergeOptions, type CliOptions } from './config.js';
import { runBatch, type Task } from './batch/pool.js';
import { createProgress, shouldShowProgress } from './batch/progress.js';
import { BaselineFilter, BaselineRecorder, failsGate, readBaseline, writeBaseline } from './baseline.js';
import { getFormatter } from './format/index.js';
import { parseClaim } from './claim/parse.js';
import { loadAocFile } from './claim/aoc.js';
import { codesJson, explainJson, renderCodes, renderExplain } from './codes.js';
import { registerServe } from './serve/command.js';

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/**
 * Worker threads load the unbundled modules next to this file's dist/ folder, whether the CLI runs as
 * dist/cli.js or as the one-file bundle dist/cli.bundle.mjs (both sit in dist/).
 */
const WORKER_FILES = {
  workerUrl: new URL('./batch/worker.js', import.meta.url),
  checkModule: new URL('./check.js', import.meta.url),
};
/** Below this many notes, starting workers (about 0.3 s each) costs more than it saves. */
const IN_PROCESS_BELOW = 200;

/** Errors a user can cause: one line, exit code 2. */
const USER_ERRORS = new Set([
  'UsageError', 'PackError', 'ConfigError', 'OptionError', 'ClaimSyntaxError', 'AocFileError', 'BaselineError', 'UnknownCodeError',
]);

const EXAMPLES = `
Examples:
  $ oplint samples/                         check every note in a folder
  $ oplint note.txt --format json           JSON contract v1 for other tools
  $ pbpaste | oplint                        check a pasted note (or run oplint and paste)
  $ oplint note.txt --claim 27640,20702     check the claim lines against the note
  $ oplint notes/ --format sarif -o oplint.sarif   report for GitHub code scanning
  $ oplint notes/ --write-baseline .oplint-baseline.json   adopt on a legacy folder
  $ oplint explain 20702                    what a code means and what the note must show

Exit codes: 0 every note passes, 1 at least one note fails, 2 usage error, invalid
pattern pack or config, or an input that could not be read.
Every option of the checker: oplint check --help`;

/**
 * Colour decision: an explicit --color / --no-color wins; a report written to a file (--output) never gets
 * colour from the environment (FORCE_COLOR is meant for terminals and CI logs, not report files); then
 * NO_COLOR, FORCE_COLOR, and finally whether stdout is a terminal.
 */
function colorWanted(flag: boolean | undefined, io: CliIO, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return !toFile && !!io.stdout.isTTY;
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!text) return;
  if (!stream.write(text)) await drained(stream);
}

/** Wait for 'drain' (backpressure), or give up quietly when the stream closes or fails (e.g. EPIPE). */
async function drained(stream: NodeJS.WritableStream): Promise<void> {
  const ac = new AbortController();
  await Promise.race([
    once(stream as NodeJS.EventEmitter, 'drain', { signal: ac.signal }),
    once(stream as NodeJS.EventEmitter, 'close', { signal: ac.signal }),
    once(stream as NodeJS.EventEmitter, 'error', { signal: ac.signal }),
  ]).catch(() => undefined);
  ac.abort();
}

/** Commander collector for repeatable options: `--ignore a --ignore b` → ['a', 'b']. */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** Formats the explain and codes commands accept. */
const INFO_FORMATS = ['pretty', 'json'];

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** `--stdin-jsonl`: one `{"id","text"}` object per line; a malformed line becomes an error result. */
async function* jsonlTasks(stdin: NodeJS.ReadableStream): AsyncGenerator<Task> {
  const rl = createInterface({ input: stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    const line = n === 1 ? raw.replace(/^\ufeff/, '') : raw; // a BOM from Windows tools
    if (!line.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      yield { source: `line ${n}`, error: `line ${n}: not valid JSON` };
      continue;
    }
    const o = obj as { id?: unknown; text?: unknown };
    const hasId = typeof o?.id === 'string' || typeof o?.id === 'number';
    const id = hasId ? String(o.id) : `line ${n}`;
    const where = `line ${n}: `;
    if (typeof o?.text !== 'string') yield { source: id, error: `${where}expected {"id": "...", "text": "..."}` };
    else if (!o.text.trim()) yield { source: id, error: `${where}empty note` };
    else yield { source: id, text: o.text };
  }
}

interface CheckFlags extends CliOptions {
  output?: string;
  color?: boolean;
  quiet?: boolean;
  explain?: boolean;
  query?: boolean;
  claim?: string;
  aocFile?: string;
  asOf?: string;
  config?: string;
  progress?: boolean;
  baseline?: string;
  writeBaseline?: string;
  stdinJsonl?: boolean;
  stdinFilename?: string;
  debug?: boolean;
}

async function runCheck(paths: string[], flags: CheckFlags, given: Set<string>, io: CliIO): Promise<number> {
  const loaded = loadConfig({ cwd: io.cwd, ...(flags.config ? { explicit: flags.config } : {}), env: io.env });
  if (flags.stdinJsonl && paths.length) throw new UsageError(`--stdin-jsonl reads notes from stdin only; remove the path${paths.length === 1 ? '' : 's'} ${paths.join(' ')}`);
  const opts = mergeOptions(loaded?.config, flags, given, io.cwd);
  checkPatternDirs(opts.patterns);
  if (flags.stdinJsonl && !given.has('format') && !loaded?.config.format) opts.format = 'jsonl';
  // fail fast on what would fail every note: packs, claim syntax, the AOC file
  loadFamily(opts.patterns);
  if (flags.claim) parseClaim(flags.claim);
  // paths given relative to the caller's working directory (main() may run with io.cwd != process.cwd())
  const fromCwd = (p: string) => (resolvePath(io.cwd) === process.cwd() ? p : resolvePath(io.cwd, p));
  const aocFile = flags.aocFile ? fromCwd(flags.aocFile) : undefined;
  if (aocFile) loadAocFile(aocFile);
  if (flags.asOf !== undefined && !isIsoDay(flags.asOf)) throw new UsageError(`--as-of: '${flags.asOf}' is not a date (YYYY-MM-DD)`);
  const baseline = flags.baseline ? new BaselineFilter(readBaseline(flags.baseline, io.cwd), { cwd: io.cwd, failOn: opts.failOn }) : undefined;
  const recorder = flags.writeBaseline ? new BaselineRecorder({ cwd: io.cwd, failOn: opts.failOn }) : undefined;

  // inputs, in order
  const outputPath = flags.output ? resolvePath(io.cwd, flags.output) : undefined;
  const tasks: Task[] = [];
  let stream: AsyncIterable<Task> | undefined;
  const stdinSource = flags.stdinFilename ?? '-';
  const readStdinTask = async (): Promise<Task> => {
    if (io.stdin.isTTY) io.stderr.write('Paste the operative note, then press Ctrl-D\n');
    const r = await readStdin(io.stdin as AsyncIterable<unknown>, { maxSize: opts.maxSize });
    return r.ok ? { source: stdinSource, text: r.text, warnings: r.warnings } : { source: stdinSource, error: r.message };
  };
  if (flags.stdinJsonl) stream = jsonlTasks(io.stdin);
  else if (paths.length === 0) tasks.push(await readStdinTask());
  else {
    for (const item of discover(paths, { extensions: opts.extensions, ignore: opts.ignore, cwd: io.cwd })) {
      if (item.kind === 'file') {
        // the report of an earlier run (-o notes/report.md) is not a note, but a note named on the command
        // line is never overwritten by the report
        if (outputPath && resolvePath(io.cwd, item.path) === outputPath) {
          if (paths.some((p) => resolvePath(io.cwd, p) === outputPath)) throw new UsageError(`--output: ${flags.output} is one of the notes to check; write the report elsewhere`);
          continue;
        }
        const at = fromCwd(item.path);
        tasks.push(at === item.path ? { path: at } : { path: at, source: item.path });
      }
      else if (item.kind === 'stdin') tasks.push(await readStdinTask());
      else if (item.kind === 'error') tasks.push({ source: item.path, error: item.message });
      else if (item.kind === 'ignored') io.stderr.write(`oplint: ${item.path} is ignored by an ignore rule; not checked\n`);
    }
  }

  const toFile = !!flags.output;
  let out: NodeJS.WritableStream = io.stdout;
  let file: WriteStream | undefined;
  if (flags.output) {
    file = createWriteStream(outputPath!);
    await new Promise<void>((res, rej) => {
      file!.once('open', () => res());
      file!.once('error', (e) => rej(new UsageError(`--output: cannot write ${flags.output} (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
    });
    out = file;
  }
  const color = colorWanted(flags.color, io, toFile) && opts.format === 'pretty';
  const factory = getFormatter(opts.format);
  if (!factory) throw new UsageError(`--format: unknown format '${opts.format}'`);
  const formatter = factory({
    color,
    explain: !!flags.explain,
    cwd: io.cwd,
    version: VERSION,
    query: !!flags.query,
    quiet: !!flags.quiet,
  });
  const checkOptions: CheckOptions = {
    code: opts.code,
    explain: !!flags.explain,
    query: !!flags.query,
    patternDirs: opts.patterns,
    elements: opts.elements,
    ...(flags.claim ? { claim: flags.claim } : {}),
    ...(aocFile ? { aocFile } : {}),
    ...(flags.asOf ? { asOf: flags.asOf } : {}),
  };
  const progress = createProgress({
    enabled: shouldShowProgress({ isTTY: !!io.stderr.isTTY, env: io.env, flag: flags.progress, ...(stream ? {} : { count: tasks.length }) }),
    ...(stream ? {} : { total: tasks.length }),
    stream: io.stderr,
  });

  const summary: Summary = { checked: 0, passed: 0, failed: 0, errors: 0 };
  const errorsToStderr = toFile || opts.format !== 'pretty';
  let gateFailed = false;
  let inputErrors = 0;
  await write(out, formatter.begin());
  try {
    for await (let results of runBatch(stream ?? tasks, { jobs: opts.jobs, checkOptions: checkOptions as Record<string, unknown>, maxSize: opts.maxSize, checkFn: checkNoteAll as (t: string, o: { source: string }) => NoteResult[], ...WORKER_FILES, inProcessBelow: IN_PROCESS_BELOW })) {
      if (baseline) results = results.map((r) => baseline.apply(r));
      recorder?.add(results);
      for (const r of results) {
        summary.checked++;
        if (r.status === 'error') {
          summary.errors++;
          inputErrors++;
          // the pretty report on a terminal already says it; a machine report (or a file) leaves stderr to say it
          if (errorsToStderr) {
            const msg = r.error?.message ?? 'could not be checked';
            // "line 6: not valid JSON" already names its place
            progress.interrupt(() => void io.stderr.write(`oplint: ${msg.startsWith(`${r.source}:`) ? msg : `${r.source}: ${msg}`}\n`));
          }
        } else if (r.status === 'fail') summary.failed++;
        else summary.passed++;
        if (failsGate(r, opts.failOn)) gateFailed = true;
      }
      const shown = flags.quiet && opts.format !== 'pretty' ? results.filter((r) => r.status !== 'pass') : results;
      const text = shown.length ? formatter.result(shown) : '';
      let flowing = true;
      if (text) progress.interrupt(() => void (flowing = out.write(text)));
      progress.tick();
      // results are streamed, not held: wait when the reader (a pipe, a file) is slower than the checker
      if (!flowing) await drained(out);
    }
  } finally {
    progress.stop();
  }
  await write(out, formatter.end(summary, baseline ? { baselineFixed: baseline.fixedCount() } : {}));
  if (file) await new Promise<void>((res) => file!.end(() => res()));
  if (recorder && flags.writeBaseline) {
    writeBaseline(flags.writeBaseline, recorder.toBaseline(), io.cwd);
    io.stderr.write(`oplint: wrote ${recorder.size} baselined failure${recorder.size === 1 ? '' : 's'} to ${flags.writeBaseline}\n`);
    return inputErrors ? 2 : 0;
  }
  if (inputErrors) return 2;
  return gateFailed ? 1 : 0;
}

function checkInfoFormat(format: string): void {
  if (!INFO_FORMATS.includes(format)) throw new UsageError(`--format: "${format}" must be one of ${INFO_FORMATS.map((f) => `"${f}"`).join(', ')}`);
}

function buildProgram(io: CliIO, done: (code: number) => void): Command {
  const program = new Command();
  program
    .name('oplint')
    .description('Check operative notes for what auditors need to pay CPT 20700-20705 drug-delivery device codes.')
    .version(VERSION, '-V, --version')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .showHelpAfterError('(run oplint --help for usage)')
    .addHelpText('after', EXAMPLES);

  const check = program
    .command('check', { isDefault: true })
    .description('check notes (files, folders, - for stdin; stdin when no path is given)')
    .argument('[paths...]', 'files or folders of notes; - reads stdin')
    .addOption(new Option('--code <code>', 'code to check: auto or 20700-20705 (default: auto)'))
    .addOption(new Option('-f, --format <format>', 'pretty, json, jsonl, sarif, junit, csv, markdown or github (default: pretty)'))
    .option('-o, --output <file>', 'write the report to a file')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('-q, --quiet', 'report failing notes only')
    .option('--explain', 'show which pattern, term and context decided each element')
    .option('--query', 'draft a compliant physician query for each gap')
    .option('--claim <lines>', 'claim lines to check, e.g. "27506,20702,20700-51" (code, -modifiers, xUnits)')
    .option('--aoc-file <path>', 'CMS NCCI add-on code edit file (CSV, TSV or text); overrides shipped primary lists')
    .option('--as-of <date>', 'date the AOC file rows are judged on (default: today)')
    .option('--ext <exts>', 'extensions scanned in folders, comma-separated or repeated (default: .txt,.text,.md)', collect)
    .option('--ignore <glob>', 'ignore files matching a gitignore-style glob (repeatable)', collect)
    .option('--patterns <dir>', 'extra pattern directory searched before the shipped ones (repeatable)', collect)
    .option('-c, --config <file>', 'config file (default: .oplintrc.json/.yaml or package.json "oplint", found upward)')
    .option('-j, --jobs <n>', 'worker threads (default: number of cores)')
    .option('--max-size <size>', 'largest note accepted, e.g. 5MB (default: 5MB)')
    .option('--no-progress', 'no progress bar (also off when CI is set or stderr is not a terminal)')
    .option('--fail-on <level>', 'fail (default) or warn: what fails the run')
    .option('--baseline <file>', 'report and fail on failures not in this baseline only')
    .option('--write-baseline <file>', "record today's failures as the baseline and exit 0")
    .option('--stdin-jsonl', 'read {"id","text"} lines from stdin; write jsonl results')
    .option('--stdin-filename <name>', 'name to report for stdin')
    .option('--debug', 'print stack traces for internal errors')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: CheckFlags, cmd: Command) => {
      const given = new Set(Object.keys(flags).filter((k) => cmd.getOptionValueSource(k) === 'cli'));
      done(await runCheck(paths, flags, given, io));
    });
  void check;

  program
    .command('explain')
    .description('what a code means, its rules, payment and primary list')
    .argument('<code>', 'a code 20700-20705')
    .option('-f, --format <format>', 'pretty or json', 'pretty')
    .option('--no-color', 'no colour')
    .action((code: string, flags: { format: string; color?: boolean }) => {
      checkInfoFormat(flags.format);
      const color = flags.color !== false && colorWanted(undefined, io, false);
      io.stdout.write(flags.format === 'json' ? `${JSON.stringify(explainJson(code), null, 2)}\n` : renderExplain(code, { color }));
      done(0);
    });

  program
    .command('codes')
    .description('the 20700-20705 family at a glance')
    .option('-f, --format <format>', 'pretty or json', 'pretty')
    .option('--no-color', 'no colour')
    .action((flags: { format: string; color?: boolean }) => {
      checkInfoFormat(flags.format);
      const color = flags.color !== false && colorWanted(undefined, io, false);
      io.stdout.write(flags.format === 'json' ? `${JSON.stringify(codesJson(), null, 2)}\n` : renderCodes({ color }));
      done(0);
    });
  registerServe(program, io, done);
  return program;
}

/** Run the CLI; resolves to the exit code (only bin/ exits). */
export async function main(argv: string[], io: Partial<CliIO> = {}): Promise<number> {
  const full: CliIO = {
    stdin: io.stdin ?? process.stdin,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
  };
  const debug = argv.includes('--debug');
  let code = 0;
  const program = buildProgram(full, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with code 0; usage errors were already printed by commander
      return err.exitCode === 0 ? 0 : 2;
    }
    const e = err as Error;
    if (USER_ERRORS.has(e.name)) {
      full.stderr.write(`oplint: ${e.message}\n`);
      if (debug) full.stderr.write(`${e.stack}\n`);
      return 2;
    }
    full.stderr.write(`oplint: internal error: ${e?.message ?? String(err)}${debug ? `\n${e?.stack}` : ' (run with --debug for details)'}\n`);
    return 2;
  }
}
