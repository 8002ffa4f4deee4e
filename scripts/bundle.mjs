#!/usr/bin/env node
// Build step: bundle the CLI and its dependencies into one ES module (dist/cli.bundle.mjs). Loading one file
// instead of ~50 modules halves start-up (measured: 0.12 s vs 0.29 s CPU to import). bin/oplint.js uses the
// bundle when it exists and dist/cli.js otherwise; worker threads still load the unbundled dist/ modules.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('bundle: esbuild not installed (production install); bin/oplint.js will use dist/cli.js');
  process.exit(0);
}
await esbuild.build({
  entryPoints: [join(root, 'src', 'cli.ts')],
  outfile: join(root, 'dist', 'cli.bundle.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // compromise stays out of the bundle: it is loaded lazily, and only when a note needs it
  external: ['compromise'],
  banner: { js: "import { createRequire as __oplintRequire } from 'node:module'; const require = __oplintRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log('bundle: dist/cli.bundle.mjs');
