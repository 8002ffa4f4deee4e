#!/usr/bin/env node
// Build step (after tsc): validate every shipped pattern file once and write the validated data to
// dist/patterns.cache.json, keyed by the SHA-1 of each file's text, so the CLI starts without parsing YAML
// wherever it is installed (an npm install or the standalone binary changes mtimes, never content).
// An invalid pattern file fails the build. At run time an entry is used only while its file's text hashes
// to the recorded value, so a coder's edit takes effect at once.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const store = await import(dist('patterns/store.js'));
store.disableBuiltCache();
let list;
try {
  list = new store.PatternStore([]).list();
} catch (err) {
  console.error(`build-patterns: ${err.message}`);
  process.exit(1);
}
const files = {};
for (const f of list) {
  // only plain JSON data can be cached
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(f.data)), f.data)) files[f.rel] = { hash: f.hash, data: f.data };
}
writeFileSync(join(root, 'dist', 'patterns.cache.json'), JSON.stringify({ version: 2, files }));
console.log(`build-patterns: ${Object.keys(files).length} pattern files cached in dist/patterns.cache.json (keyed by content hash)`);
