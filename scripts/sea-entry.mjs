/**
 * Entry point of the standalone binary (Node Single Executable Application), bundled by
 * scripts/package-sea.mjs into build/oplint.cjs. Not used by `bin/oplint.js`.
 *
 * - Pattern packs are served from the assets embedded in the binary (`patterns/<rel>`), so the binary
 *   needs no `patterns/` folder; extra pattern directories given by the user still come from disk.
 * - Worker threads: the pool (src/batch/pool.ts) starts threads only when a compiled `worker.js` exists
 *   next to its module; inside the SEA `import.meta.url` is the executable, so there is none and it runs
 *   in-process. OPLINT_SEA=1 is also set so the CLI can say so or skip the look-up.
 * - The version comes from `globalThis.OPLINT_VERSION`, set by the bundle's banner (src/version.ts).
 * - Exits with the code `main(argv)` returns (only entry points exit).
 */
import * as sea from 'node:sea';
import { setFlagsFromString } from 'node:v8';
import { setPatternSource } from '../src/patterns/load.ts';
import { main } from '../src/cli.ts';

process.env.OPLINT_SEA = '1';
// compile regular expressions on first use, as bin/oplint.js does (the interpreter is slow on the rule set's alternations)
setFlagsFromString('--no-regexp-tier-up');
// compromise is embedded in the bundle but only evaluated when a note needs it (esbuild wraps it lazily)
globalThis.__OPLINT_COMPROMISE__ = () => require('compromise');
// the format libraries (PDF, DOCX, HTML, C-CDA) are embedded too and evaluated only when such a file is met
globalThis.__OPLINT_LIBS__ = {
  unpdf: () => import('unpdf'),
  mammoth: () => import('mammoth'),
  'html-to-text': () => import('html-to-text'),
  'fast-xml-parser': () => import('fast-xml-parser'),
};
// zod and yaml are loaded on first use too (src/deps.ts); the binary serves its embedded copies
globalThis.__OPLINT_DEPS__ = { zod: () => require('zod'), yaml: () => require('yaml') };

// a reader that goes away early (`oplint notes/ | head`) is not an error, as in bin/oplint.js
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.exit(2);
  });
}

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
    // Let pending output drain, then exit (as bin/oplint.js does).
    (code) => process.stdout.write('', () => process.exit(typeof code === 'number' ? code : 0)),
    (err) => {
      process.stderr.write(`oplint: ${err && err.message ? err.message : String(err)}\n`);
      process.stdout.write('', () => process.exit(2));
    },
  );
