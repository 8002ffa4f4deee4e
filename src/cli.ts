import { once } from 'node:events';
import { relative, resolve as resolvePath } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { NoteResult, Summary } from './types.js';
import { checkNoteAll, UsageError, type CheckOptions } from './check.js';
import { VERSION } from './version.js';
import { loadFamily } from './rules/pack.js';
import { discover } from './io/discover.js';
import { readStdinBytes } from './io/read.js';
import { checkConfigPatternDirs, checkElementIds, checkPatternDirs, loadConfig, mergeOptions, type CliOptions, type LoadedConfig, type ResolvedOptions } from './config.js';
import { ASSUMED_NOTE_MS, prestartWorkers, renderBatch, runBatch, type CheckFn, type Prestarted, type Task } from './batch/pool.js';
import { digestOf, isRenderFormat, makeRenderer, type ResultDigest } from './batch/render.js';
import { createProgress, shouldShowProgress } from './batch/progress.js';
import { BaselineFilter, BaselineRecorder, failsGate, readBaseline, writeBaseline } from './baseline.js';
import { getFormatter } from './format/index.js';
import type { RuleMeta } from './format/types.js';
import { ChunkedWriter, flushBufferedOutputs, openReportFile, removePendingOutputs as removeTemporaryReports, type ReportFile } from './io/output.js';
import { jsonlTasks } from './cli/jsonl.js';
import { colorWanted as decideColor } from './cli/color.js';
import { expandGlob } from './cli/globs.js';
import { isNameIgnored } from './cli/ignored.js';
import { reportRoot } from './cli/root.js';
import { completionScript, SHELLS, type Shell } from './cli/completion.js';
import type { Pack } from './rules/pack.js';
import { parseClaim } from './claim/parse.js';
import { loadAocFile } from './claim/aoc.js';
import { codesJson, explainJson, renderCodes, renderExplain } from './codes.js';
import { registerServe } from './serve/command.js';

/**
 * On a signal (bin/ calls this on SIGINT / SIGTERM, just before exiting): write out the results already
 * buffered for stdout (they are whole notes; a reader gets every note finished before the signal, as when
 * each note was written on its own), then remove the temporary files of reports still being written.
 */
export function removePendingOutputs(): number {
  try {
    flushBufferedOutputs();
  } catch {
    /* a closed stdout: nothing to save */
  }
  return removeTemporaryReports();
}

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
/**
 * Worker threads start only when the notes left would keep the main thread alone busy for longer than this
 * (s): a worker loads and compiles the checker again (V8 warm-up: about 1.5 s of CPU on a 2-core machine,
 * measured on the bench corpus), so a batch of 1,000 to 3,000 notes ran slower with two threads than with
 * one. Only when the number of threads is the default (a `--jobs` flag or a config `jobs` is taken at its
 * word) and the number of notes is known (folder runs; a stream such as --stdin-jsonl starts them at 200).
 */
const WORKERS_WORTH_SECONDS = 2;

/** Errors a user can cause: one line, exit code 2. */
const USER_ERRORS = new Set([
  'UsageError', 'PackError', 'ConfigError', 'OptionError', 'ClaimSyntaxError', 'AocFileError', 'BaselineError', 'UnknownCodeError',
  'OutputError',
]);

const EXAMPLES = `
Examples:
  $ oplint samples/                         check every note in a folder
  $ oplint note.txt --format json           JSON contract (schema 2) for other tools
  $ oplint notes/ --format html -o report.html   one self-contained report to open anywhere
  $ oplint serve                            paste-and-check page on http://127.0.0.1:7020/
  $ pbpaste | oplint                        check a pasted note (or run oplint and paste)
  $ oplint note.txt --claim 27640,20702     check the claim lines against the note
  $ oplint notes/ --format sarif -o oplint.sarif   report for GitHub code scanning
  $ oplint notes/ --write-baseline .oplint-baseline.json   adopt on a legacy folder
  $ oplint explain 20702                    what a code means and what the note must show

Exit codes: 0 every note passes (or places no device), 1 at least one note fails, 2 usage error, invalid
pattern pack or config, or an input that could not be read.
Every option of the checker: oplint check --help`;

/** Colour decision (see src/cli/color.ts): flag, report file, NO_COLOR, FORCE_COLOR, terminal, TERM=dumb. */
function colorWanted(flag: boolean | undefined, io: CliIO, toFile: boolean): boolean {
  return decideColor({ flag, toFile, env: io.env, isTTY: io.stdout.isTTY });
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!text) return;
  if (!stream.write(text)) await drained(stream);
}

/** Wait for 'drain' (backpressure), or give up quietly when the stream closes or fails (e.g. EPIPE). */
async function drained(stream: NodeJS.WritableStream): Promise<void> {
  if ((stream as { destroyed?: boolean }).destroyed) return;
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
  maxWarnings?: string;
  printConfig?: string | boolean;
  junitFile?: boolean;
}

/** Rule metadata for report formats (SARIF `driver.rules`), from the loaded packs. */
function rulesOf(packs: Pack[]): RuleMeta[] {
  const fill = (t: string, p: Pack) => t.replace(/\{code\}/g, p.code).replace(/\{siteLabel\}/g, p.siteLabel).replace(/\{siteExample\}/g, p.siteExample);
  return packs.flatMap((p) => p.elements.map((e) => ({ code: p.code, element: e.id, label: e.label, description: fill(e.description, p), help: fill(e.fix, p) })));
}

/** The effective settings, as `--print-config` shows them (JSON, keys in a stable order). */
function printedConfig(loaded: LoadedConfig | null, opts: ResolvedOptions, io: CliIO, file?: string): string {
  const shownFile = loaded ? (relative(io.cwd, loaded.file).startsWith('..') ? loaded.file : relative(io.cwd, loaded.file)) : null;
  const out: Record<string, unknown> = {
    configFile: shownFile,
    code: opts.code,
    format: opts.format,
    extensions: opts.extensions,
    ignore: opts.ignore,
    patterns: opts.patterns,
    elements: opts.elements,
    failOn: opts.failOn,
    maxSize: opts.maxSize,
    jobs: opts.jobs,
  };
  if (file !== undefined) {
    out.file = file;
    out.ignored = isNameIgnored(file, opts.ignore, io.cwd);
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Glob arguments (braces included: `notes/0{1,2}-*.txt`) matched with picomatch; see src/cli/globs.ts. */
function expandPaths(paths: string[], opts: ResolvedOptions, cwd: string): string[] {
  return paths.flatMap((p) => expandGlob(p, { cwd, extensions: opts.extensions, ignore: opts.ignore }));
}

async function runCheck(paths: string[], flags: CheckFlags, given: Set<string>, io: CliIO): Promise<number> {
  // worker threads may be started while the folders are walked (prestartWorkers): stopped here if no batch
  // took them over (an error before the batch, a batch that ran in-process)
  const early: { workers?: Prestarted } = {};
  try {
    return await checkPaths(paths, flags, given, io, early);
  } finally {
    await early.workers?.close();
  }
}

async function checkPaths(paths: string[], flags: CheckFlags, given: Set<string>, io: CliIO, early: { workers?: Prestarted }): Promise<number> {
  const loaded = loadConfig({ cwd: io.cwd, ...(flags.config ? { explicit: flags.config } : {}), env: io.env });
  if (flags.stdinJsonl && paths.length) throw new UsageError(`--stdin-jsonl reads notes from stdin only; remove the path${paths.length === 1 ? '' : 's'} ${paths.join(' ')}`);
  const opts = mergeOptions(loaded?.config, flags, given, io.cwd);
  /** A number of threads asked for (flag or config) is taken at its word; the default adapts to the batch. */
  const jobsGiven = given.has('jobs') || loaded?.config.jobs !== undefined;
  // a missing folder named in the config blames the config file and key; one from --patterns, the flag
  checkPatternDirs(opts.patterns, checkConfigPatternDirs(loaded, io.cwd));
  if (flags.stdinJsonl && !given.has('format') && !loaded?.config.format) opts.format = 'jsonl';
  let maxWarnings: number | undefined;
  if (flags.maxWarnings !== undefined) {
    if (!/^\s*\d+\s*$/.test(flags.maxWarnings)) throw new UsageError(`--max-warnings: "${flags.maxWarnings}" must be a whole number (0 or more)`);
    maxWarnings = Number(flags.maxWarnings);
  }
  // fail fast on what would fail every note: packs, claim syntax, the AOC file
  const packs = loadFamily(opts.patterns);
  checkElementIds(loaded, packs.flatMap((p) => p.elements.map((e) => e.id)), io.cwd);
  if (flags.printConfig !== undefined) {
    const file = typeof flags.printConfig === 'string' ? flags.printConfig : paths.length === 1 ? paths[0] : undefined;
    await write(io.stdout, printedConfig(loaded, opts, io, file));
    return 0;
  }
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
    // stdin is extracted like a file: a pasted RTF, HL7 message or FHIR resource is read as what it is
    const r = await readStdinBytes(io.stdin as AsyncIterable<unknown>, { maxSize: opts.maxSize });
    return r.ok ? { source: stdinSource, data: r.bytes } : { source: stdinSource, error: r.message };
  };
  const stdinIgnored = (): boolean => {
    if (flags.stdinFilename === undefined || !isNameIgnored(flags.stdinFilename, opts.ignore, io.cwd)) return false;
    io.stderr.write(`oplint: ${flags.stdinFilename} is ignored by an ignore rule; not checked\n`);
    return true;
  };
  if (flags.stdinJsonl) stream = jsonlTasks(io.stdin as AsyncIterable<unknown>, opts.maxSize);
  else if (paths.length === 0) {
    if (!stdinIgnored()) tasks.push(await readStdinTask());
  } else {
    const named = expandPaths(paths, opts, io.cwd);
    // once the walk has found notes enough for worker threads, start them: their start-up overlaps the rest of
    // the walk (an explicit --jobs or config jobs: from 200 notes; the default: from the size at which a batch
    // starts them at once, see WORKERS_WORTH_SECONDS)
    const prestartAt = jobsGiven ? IN_PROCESS_BELOW : Math.ceil((WORKERS_WORTH_SECONDS * 1000) / ASSUMED_NOTE_MS);
    // a file met in a folder walk was a regular file a moment ago (the walk skips FIFOs and devices): the
    // reader opens it without a stat first; a path named on the command line may be anything (`<(…)`)
    const explicit = new Set(named);
    for (const item of discover(named, { extensions: opts.extensions, ignore: opts.ignore, cwd: io.cwd })) {
      if (item.kind === 'file') {
        // the report of an earlier run (-o notes/report.md) is not a note, but a note named on the command
        // line is never overwritten by the report
        if (outputPath && resolvePath(io.cwd, item.path) === outputPath) {
          if (paths.some((p) => resolvePath(io.cwd, p) === outputPath)) throw new UsageError(`--output: ${flags.output} is one of the notes to check; write the report elsewhere`);
          continue;
        }
        const at = fromCwd(item.path);
        const regular = !explicit.has(item.path);
        tasks.push(at === item.path ? { path: at, regular } : { path: at, source: item.path, regular });
        if (tasks.length === prestartAt && opts.jobs > 1) early.workers = prestartWorkers({ jobs: opts.jobs, checkFn: checkNoteAll as CheckFn, ...WORKER_FILES });
      }
      else if (item.kind === 'stdin') {
        if (!stdinIgnored()) tasks.push(await readStdinTask());
      }
      else if (item.kind === 'error') tasks.push({ source: item.path, error: item.message });
      else if (item.kind === 'ignored') io.stderr.write(`oplint: ${item.path} is ignored by an ignore rule; not checked\n`);
      else if (item.kind === 'skipped') io.stderr.write(`oplint: ${item.path}: ${item.message}\n`);
    }
  }

  const toFile = !!flags.output;
  const color = colorWanted(flags.color, io, toFile) && opts.format === 'pretty';
  const factory = getFormatter(opts.format);
  if (!factory) throw new UsageError(`--format: unknown format '${opts.format}'`);
  const columns = (io.stdout as { columns?: number }).columns;
  const formatContext = {
    color,
    explain: !!flags.explain,
    cwd: io.cwd,
    root: reportRoot(io.cwd),
    version: VERSION,
    query: !!flags.query,
    quiet: !!flags.quiet,
    rules: rulesOf(packs),
    junitFile: flags.junitFile !== false,
    // wrap at the terminal's width; a file or pipe gets 80 columns
    width: !toFile && io.stdout.isTTY && columns && columns >= 40 ? columns : 80,
  };
  const formatter = factory(formatContext);
  let out: NodeJS.WritableStream = io.stdout;
  let file: ReportFile | undefined;
  if (flags.output) {
    file = await openReportFile(outputPath!, flags.output);
    out = file.stream;
  }
  const checkOptions: CheckOptions = {
    code: opts.code,
    explain: !!flags.explain,
    query: !!flags.query,
    patternDirs: opts.patterns,
    elements: opts.elements,
    ...(flags.claim ? { claim: flags.claim } : {}),
    ...(aocFile ? { aocFile } : {}),
    ...(flags.asOf ? { asOf: flags.asOf } : {}),
    // the HTML report shows each note with its evidence highlighted; no other format receives the text
    ...(opts.format === 'html' ? { withText: true } : {}),
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
  let warnings = 0;
  const fileError = () => {
    if (file?.error) throw file.error;
  };
  // results are written in chunks of about 64 KB (or every 100 ms), not one write per note; on a signal
  // what is buffered for stdout is still written (removePendingOutputs), a report file is abandoned whole
  const writer = new ChunkedWriter(
    (text) => {
      let flowing = true;
      progress.interrupt(() => void (flowing = out.write(text)));
      return flowing;
    },
    { onSignal: !file },
  );
  const count = (d: ResultDigest): void => {
    summary.checked++;
    if (d.status === 'error') {
      summary.errors++;
      inputErrors++;
      // the pretty report on a terminal already says it; a machine report (or a file) leaves stderr to say it
      if (errorsToStderr) {
        const msg = d.error ?? 'could not be checked';
        writer.flush(); // the results before it first, when both streams go to one place
        // "line 6: not valid JSON" already names its place
        progress.interrupt(() => void io.stderr.write(`oplint: ${msg.startsWith(`${d.source}:`) ? msg : `${d.source}: ${msg}`}\n`));
      }
    } else if (d.status === 'fail') summary.failed++;
    else if (d.status === 'no-device') summary.noDevice = (summary.noDevice ?? 0) + 1;
    else summary.passed++;
    if (d.gate) gateFailed = true;
    warnings += d.warnings;
  };
  /** After each note: a full disk stops the run now, not after the last note; a slow reader is waited for. */
  const wrote = async (flowing: boolean): Promise<void> => {
    progress.tick();
    fileError();
    // results are streamed, not held: wait when the reader (a pipe, a file) is slower than the checker
    if (!flowing) await drained(out);
    fileError();
  };
  const batchOptions = {
    jobs: opts.jobs,
    checkOptions: checkOptions as Record<string, unknown>,
    maxSize: opts.maxSize,
    checkFn: checkNoteAll as (t: string, o: { source: string }) => NoteResult[],
    ...WORKER_FILES,
    inProcessBelow: IN_PROCESS_BELOW,
    ...(jobsGiven ? {} : { workersWorthSeconds: WORKERS_WORTH_SECONDS }),
    prestarted: early.workers,
  };
  const quiet = !!flags.quiet && opts.format !== 'pretty';
  try {
    await write(out, formatter.begin());
    if (isRenderFormat(opts.format) && !baseline && !recorder) {
      // a stream format whose text for a note depends on that note alone: each note is rendered where it is
      // checked (a worker thread), and the main thread only counts and writes
      const render = { format: opts.format, ctx: formatContext, quiet, failOn: opts.failOn };
      for await (const note of renderBatch(stream ?? tasks, { ...batchOptions, render, renderFn: makeRenderer(formatter, render) })) {
        for (const d of note.digest) count(d);
        await wrote(writer.write(note.text));
      }
    } else {
      for await (let results of runBatch(stream ?? tasks, batchOptions)) {
        if (baseline) results = results.map((r) => baseline.apply(r));
        recorder?.add(results);
        for (const r of results) count(digestOf(r, opts.failOn));
        const shown = quiet ? results.filter((r) => r.status !== 'pass') : results;
        await wrote(writer.write(shown.length ? formatter.result(shown) : ''));
      }
    }
    const flowing = writer.close();
    progress.stop();
    if (!flowing) await drained(out);
    fileError();
    await write(out, formatter.end(summary, baseline ? { baselineFixed: baseline.fixedCount() } : {}));
    fileError();
    // flushed, synced and renamed over the target only now: a reader never sees half a report
    if (file) await file.commit();
  } catch (err) {
    // stdout keeps the notes finished before the error, as when each note was written on its own
    if (file) writer.discard();
    else {
      try {
        writer.close();
      } catch {
        /* stdout is gone */
      }
    }
    file?.abort();
    throw err;
  } finally {
    writer.discard();
    progress.stop();
  }
  if (recorder && flags.writeBaseline) {
    writeBaseline(flags.writeBaseline, recorder.toBaseline(), io.cwd);
    io.stderr.write(`oplint: wrote ${recorder.size} baselined failure${recorder.size === 1 ? '' : 's'} to ${flags.writeBaseline}\n`);
    return inputErrors ? 2 : 0;
  }
  if (inputErrors) return 2;
  if (gateFailed) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`oplint: ${warnings} warning${warnings === 1 ? '' : 's'} (more than --max-warnings ${maxWarnings})\n`);
    return 1;
  }
  return 0;
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
    .addOption(new Option('-f, --format <format>', 'pretty, json, jsonl, sarif, junit, csv, markdown, github or html (default: pretty)'))
    .option('-o, --output <file>', 'write the report to a file')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('-q, --quiet', 'report failing notes only')
    .option('--explain', 'show which pattern, term and context decided each element')
    .option('--query', 'draft a compliant physician query for each gap')
    .option('--claim <lines>', 'claim lines to check, e.g. "27506,20702,20700-51" (code, -modifiers, xUnits)')
    .option('--aoc-file <path>', 'CMS NCCI add-on code edit file (CSV, TSV or text); overrides shipped primary lists')
    .option('--as-of <date>', 'date the AOC file rows are judged on (default: today)')
    .option('--ext <exts>', 'extensions scanned in folders, comma-separated or repeated (default: .txt,.text,.md,.rtf,.pdf,.docx,.html,.htm,.hl7,.json,.xml)', collect)
    .option('--ignore <glob>', 'ignore files matching a gitignore-style glob (repeatable)', collect)
    .option('--patterns <dir>', 'extra pattern directory searched before the shipped ones (repeatable)', collect)
    .option('-c, --config <file>', 'config file (default: .oplintrc.json/.yaml or package.json "oplint", found upward)')
    .option('-j, --jobs <n>', 'checking threads (default: one per core but one, at least 1)')
    .option('--max-size <size>', 'largest note accepted, e.g. 5MB (default: 5MB)')
    .option('--no-progress', 'no progress bar (also off when CI is set or stderr is not a terminal)')
    .option('--fail-on <level>', 'fail (default) or warn: what fails the run')
    .option('--baseline <file>', 'report and fail on failures not in this baseline only')
    .option('--write-baseline <file>', "record today's failures as the baseline and exit 0")
    .option('--stdin-jsonl', 'read {"id","text"} lines from stdin; write jsonl results')
    .option('--stdin-filename <name>', 'name to report for stdin')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings')
    .option('--print-config [file]', 'print the effective settings (config file and flags merged) as JSON and exit')
    .option('--no-junit-file', 'junit: leave out the non-standard file attribute (strict JUnit XSD consumers)')
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
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .action((code: string, flags: { format: string; color?: boolean }, cmd: Command) => {
      checkInfoFormat(flags.format);
      const color = colorWanted(cmd.getOptionValueSource('color') === 'cli' ? flags.color : undefined, io, false);
      io.stdout.write(flags.format === 'json' ? `${JSON.stringify(explainJson(code), null, 2)}\n` : renderExplain(code, { color }));
      done(0);
    });

  program
    .command('codes')
    .description('the 20700-20705 family at a glance')
    .option('-f, --format <format>', 'pretty or json', 'pretty')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .action((flags: { format: string; color?: boolean }, cmd: Command) => {
      checkInfoFormat(flags.format);
      const color = colorWanted(cmd.getOptionValueSource('color') === 'cli' ? flags.color : undefined, io, false);
      io.stdout.write(flags.format === 'json' ? `${JSON.stringify(codesJson(), null, 2)}\n` : renderCodes({ color }));
      done(0);
    });
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .argument('<shell>', SHELLS.join(', '))
    .option('--color', 'accepted for symmetry; the script has no colour')
    .option('--no-color', 'accepted for symmetry; the script has no colour')
    .addHelpText('after', `
Install:
  bash  oplint completion bash > ~/.local/share/bash-completion/completions/oplint
  zsh   oplint completion zsh > "\${fpath[1]}/_oplint"
  fish  oplint completion fish > ~/.config/fish/completions/oplint.fish`)
    .action((shell: string) => {
      if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(`completion: "${shell}" must be one of ${SHELLS.join(', ')}`);
      io.stdout.write(completionScript(shell as Shell, program));
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
