#!/usr/bin/env node
// Build step (after tsc): parse and validate every shipped pattern pack once and write the results to
// dist/patterns.cache.json, so the CLI starts without parsing YAML. An invalid pack fails the build.
// At run time each entry is used only while its file's size and mtime are unchanged.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const load = await import(dist('patterns/load.js'));
load.disableBuiltCache();
try {
  const { loadFamily } = await import(dist('rules/pack.js'));
  const { getLexicon } = await import(dist('nlp/lexicon.js'));
  const { findSections } = await import(dist('text/sections.js'));
  const { findQuantities } = await import(dist('nlp/quantity.js'));
  const { contextOf } = await import(dist('nlp/context.js'));
  const { loadCodes } = await import(dist('codes.js'));
  loadFamily();
  for (const f of readdirSync(join(root, 'patterns', 'lexicons'))) if (f.endsWith('.yaml')) getLexicon(f.replace(/\.yaml$/, ''));
  findSections('PLAN: x');
  findQuantities('40 g');
  contextOf('no beads', 'beads');
  loadCodes();
  const { draftQuery } = await import(dist('query.js'));
  draftQuery({ source: '-', status: 'fail', code: null, suggestedCodes: [], devices: [], elements: [{ id: 'drug', label: 'Drug', status: 'fail', message: '', evidence: [], denialRisks: [], fix: '' }] }, 'beads');
} catch (err) {
  console.error(`build-patterns: ${err.message}`);
  process.exit(1);
}
const files = {};
for (const [rel, entry] of Object.entries(load.recordedPacks())) {
  // only plain JSON data can be cached
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(entry.data)), entry.data)) files[rel] = entry;
}
writeFileSync(join(root, 'dist', 'patterns.cache.json'), JSON.stringify({ files }));
console.log(`build-patterns: ${Object.keys(files).length} pattern files cached in dist/patterns.cache.json`);
