#!/usr/bin/env node
// Extraction cost per input format (docs/formats.md): ms per document for each sample in samples/formats/,
// ms per PDF page, the one-off cost of loading each format library (first document of its kind), and the
// plain-text path with and without the extraction stage (it must not slow text down).
// Needs a build (npx tsc -p .). Run: node scripts/bench-extract.mjs [--runs N] [--json]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 50;
const asJson = args.includes('--json');

let read;
try {
  read = await import(join(root, 'dist', 'io', 'read.js'));
} catch {
  console.error('bench-extract: build first (npx tsc -p .)');
  process.exit(2);
}
const { extractBytes, decodeNote } = read;

const dir = join(root, 'samples', 'formats');
const files = readdirSync(dir).filter((f) => f !== 'twins.yaml').sort();
const rows = [];
const firsts = new Map();
// first document of each kind (includes loading its format library), then a warm-up pass over all
for (const f of files) {
  const bytes = readFileSync(join(dir, f));
  const t0 = performance.now();
  const first = await extractBytes(bytes, f);
  firsts.set(f, { ms: performance.now() - t0, first, bytes });
  if (!first.ok) throw new Error(`${f}: ${first.message}`);
}
for (let i = 0; i < 20; i++) for (const f of files) await extractBytes(firsts.get(f).bytes, f);
for (const f of files) {
  const { ms: firstMs, first, bytes } = firsts.get(f);
  // at least `runs` runs and at least 300 ms of them
  let n = 0;
  const t1 = performance.now();
  while (n < runs || performance.now() - t1 < 300) {
    await extractBytes(bytes, f);
    n++;
  }
  const ms = (performance.now() - t1) / n;
  const notes = first.items.length;
  const pages = first.format === 'pdf' ? Math.max(...first.items.flatMap((it) => (it.locators ?? []).map((l) => l.page ?? 1))) : undefined;
  rows.push({ file: f, format: first.format, bytes: bytes.length, notes, firstMs: +firstMs.toFixed(2), msPerDoc: +ms.toFixed(3), ...(pages ? { pages, msPerPage: +(ms / pages).toFixed(3) } : {}) });
}

// plain text: the extraction stage against decoding alone, on the 14 text samples
const texts = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'samples', f)));
const textRuns = runs * 20;
let t = performance.now();
for (let i = 0; i < textRuns; i++) for (const b of texts) decodeNote(b);
const decodeOnly = (performance.now() - t) / (textRuns * texts.length);
t = performance.now();
for (let i = 0; i < textRuns; i++) for (const b of texts) await extractBytes(b, 'note.txt');
const withStage = (performance.now() - t) / (textRuns * texts.length);

if (asJson) {
  console.log(JSON.stringify({ runs, rows, text: { decodeOnlyMs: decodeOnly, extractionStageMs: withStage } }, null, 2));
} else {
  console.log(`extraction cost per document (warm: at least ${runs} runs and 300 ms each; "first" is the first document of its kind, loading its format library)\n`);
  console.log(`${'sample'.padEnd(44)}${'format'.padEnd(8)}${'bytes'.padStart(7)}${'notes'.padStart(6)}${'first ms'.padStart(10)}${'ms/doc'.padStart(9)}${'ms/page'.padStart(9)}`);
  for (const r of rows) {
    console.log(`${r.file.padEnd(44)}${r.format.padEnd(8)}${String(r.bytes).padStart(7)}${String(r.notes).padStart(6)}${r.firstMs.toFixed(1).padStart(10)}${r.msPerDoc.toFixed(3).padStart(9)}${(r.msPerPage !== undefined ? r.msPerPage.toFixed(3) : '').padStart(9)}`);
  }
  console.log(`\nplain text (${texts.length} samples x ${textRuns}): decode only ${(decodeOnly * 1000).toFixed(1)} µs/note, through the extraction stage ${(withStage * 1000).toFixed(1)} µs/note`);
}
