/**
 * Entry point of the standalone binary (Node Single Executable Application), bundled by
 * scripts/package-sea.mjs into build/oplint.cjs. Not used by `bin/oplint.js`.
 *
 * - Pattern packs are served from the assets embedded in the binary (`patterns/<rel>`), so the binary
 *   needs no `patterns/` folder; extra pattern directories given by the user still come from disk.
 * - OPLINT_SEA=1 tells the CLI it runs inside a SEA: there is no worker script file to start threads from,
 *   so the worker pool must run in-process (jobs = 1).
 * - Exits with the code `main(argv)` returns (only entry points exit).
 */
import * as sea from 'node:sea';
import { setPatternSource } from '../src/patterns/load.ts';
import { main } from '../src/cli.ts';

process.env.OPLINT_SEA = '1';

if (sea.isSea()) {
  setPatternSource((rel) => {
    try {
      return sea.getAsset(`patterns/${rel.replace(/\\/g, '/')}`, 'utf8');
    } catch {
      return undefined; // not embedded: fall back to the file system
    }
  });
}

Promise.resolve()
  .then(() => main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = typeof code === 'number' ? code : 0;
    },
    (err) => {
      process.stderr.write(`oplint: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
