#!/usr/bin/env node
// Scores oplint's ConText engine (`contextOf`) on the hand-written operative-note assertion suite
// test/fixtures/assertions.tsv (target<TAB>sentence<TAB>expected). One predicted label per row, by precedence:
// negated, hypothetical, possible, historical, affirmed.
// Usage: npx tsc -p . && node scripts/eval-assertions.mjs [--errors N] [--json]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SUITE = resolve(here, '..', 'test', 'fixtures', 'assertions.tsv');
export const LABELS = ['affirmed', 'negated', 'possible', 'hypothetical', 'historical'];

/** Rows of the suite: { line, target, sentence, expected }. Lines starting with '#' and the header are skipped. */
export function loadSuite(file = DEFAULT_SUITE) {
  const rows = [];
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const [target, sentence, expected] = line.split('\t');
    if (target === 'target' && expected === 'expected') return;
    if (!sentence || !LABELS.includes(expected)) throw new Error(`${file}:${i + 1}: bad row`);
    rows.push({ line: i + 1, target, sentence, expected });
  });
  return rows;
}

/** One label from an Assertion. */
export function labelOf(a) {
  if (a.negated) return 'negated';
  if (a.hypothetical) return 'hypothetical';
  if (a.possible) return 'possible';
  if (a.historical) return 'historical';
  return 'affirmed';
}

/** Scores `contextOf` (default: the built library in dist/); returns per-class precision/recall and accuracy. */
export async function evalAssertions(opts = {}) {
  let contextOf = opts.contextOf;
  if (!contextOf) ({ contextOf } = await import(pathToFileURL(resolve(here, '..', 'dist', 'nlp', 'context.js')).href));
  const rows = loadSuite(opts.file ?? DEFAULT_SUITE);
  const perClass = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0, support: 0, precision: 0, recall: 0 }]));
  const errors = [];
  let correct = 0;
  for (const r of rows) {
    const got = labelOf(contextOf(r.sentence, r.target));
    perClass[r.expected].support++;
    if (got === r.expected) {
      correct++;
      perClass[got].tp++;
    } else {
      perClass[got].fp++;
      perClass[r.expected].fn++;
      errors.push({ ...r, got });
    }
  }
  for (const c of Object.values(perClass)) {
    c.precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    c.recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  }
  return { n: rows.length, correct, accuracy: correct / (rows.length || 1), perClass, errors };
}

async function main() {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--errors');
  const nErr = i >= 0 ? Number(argv[i + 1]) : 0;
  const r = await evalAssertions();
  if (argv.includes('--json')) {
    const { errors, ...rest } = r;
    console.log(JSON.stringify(rest));
    return;
  }
  console.log(`Operative-note assertion suite: ${r.n} rows (${DEFAULT_SUITE})`);
  console.log('class          support  precision  recall');
  for (const [k, c] of Object.entries(r.perClass)) {
    console.log(`${k.padEnd(14)} ${String(c.support).padStart(7)}  ${c.precision.toFixed(3).padStart(9)}  ${c.recall.toFixed(3).padStart(6)}`);
  }
  console.log(`accuracy ${(100 * r.accuracy).toFixed(2)}% (${r.correct}/${r.n})`);
  for (const e of r.errors.slice(0, nErr)) console.log(`  line ${e.line}: [${e.target}] expected ${e.expected}, got ${e.got}: ${e.sentence}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
