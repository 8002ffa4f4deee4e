#!/usr/bin/env node
// Thin shell: parse nothing here except the fast --version path; the library does the work, bin/ exits.
import { existsSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 runs a new regular expression in its byte-code interpreter until it is hot, then compiles it. The rule
// set's large alternations are slow to interpret, so a run over one note paid for them (about a third of its
// time, measured with --cpu-prof); compile each one on first use instead. Process-wide, so workers too.
setFlagsFromString('--no-regexp-tier-up');

// A reader that goes away early (`oplint notes/ | head`) is not an error: stop quietly, like other CLIs.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) process.stderr.write(`oplint: cannot write output (${err.code ?? err.message})\n`);
    process.exit(2);
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  // the one-file bundle starts about twice as fast; dist/cli.js is the same code, unbundled
  const bundle = new URL('../dist/cli.bundle.mjs', import.meta.url);
  let mod;
  try {
    mod = await import(existsSync(bundle) ? bundle.href : '../dist/cli.js');
  } catch (err) {
    process.stderr.write(`oplint: cannot load the built library (${err.message}); run npm run build\n`);
    process.exit(2);
  }
  // Ctrl-C / kill: remove the temporary file of a report being written (the previous report at that path
  // stays byte-identical) and exit 130 / 143 like a shell would report. A command that handles the signal
  // itself (another listener, e.g. a server shutting down) keeps it.
  for (const [sig, exitCode] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.on(sig, () => {
      mod.removePendingOutputs?.();
      if (process.listenerCount(sig) > 1) return;
      process.exit(exitCode);
    });
  }
  const code = await mod.main(argv);
  process.exitCode = code;
  // let pending output drain before leaving
  process.stdout.write('', () => process.exit(code));
}
