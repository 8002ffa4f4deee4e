#!/usr/bin/env node
// Scores oplint's ConText engine (`contextOf`) on the public NegEx annotated test kit
// (Chapman et al.; ../shared/negex/Annotations-1-120-random.txt, 2,376 sentences, 491 negated).
// A row is predicted "negated" when contextOf(sentence, concept).negated is true.
// Usage: npx tsc -p . && node scripts/eval-negex.mjs [--errors N] [--json] [--data FILE]
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_KIT =
  process.env.NEGEX_KIT ??
  [resolve(here, '..', '..', 'shared', 'negex', 'Annotations-1-120-random.txt'), '/work/shared/negex/Annotations-1-120-random.txt'].find((f) => existsSync(f)) ??
  resolve(here, '..', '..', 'shared', 'negex', 'Annotations-1-120-random.txt');

/** Strip a spreadsheet field: surrounding quotes and doubled inner quotes. */
function unquote(s) {
  const t = s.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  return t;
}

/** Rows of the 4-column kit: { id, concept, sentence, gold: 'negated' | 'affirmed' }. */
export function loadKit(file = DEFAULT_KIT) {
  const rows = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    const f = line.split('\t');
    if (f.length < 4) continue;
    const label = unquote(f[3]).toLowerCase();
    if (label !== 'negated' && label !== 'affirmed') continue; // header or unknown
    rows.push({ id: Number(unquote(f[0])), concept: unquote(f[1]), sentence: unquote(f[2]), gold: label });
  }
  return rows;
}

/** Scores `contextOf` (default: the built library in dist/) on the kit; returns counts and metrics. */
export async function evalNegex(opts = {}) {
  let contextOf = opts.contextOf;
  if (!contextOf) ({ contextOf } = await import(pathToFileURL(resolve(here, '..', 'dist', 'nlp', 'context.js')).href));
  const rows = loadKit(opts.file ?? DEFAULT_KIT);
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const errors = [];
  for (const r of rows) {
    const neg = contextOf(r.sentence, r.concept).negated;
    const gold = r.gold === 'negated';
    if (neg && gold) tp++;
    else if (neg && !gold) fp++;
    else if (!neg && gold) fn++;
    else tn++;
    if (neg !== gold) errors.push({ id: r.id, gold: r.gold, concept: r.concept, sentence: r.sentence });
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  const accuracy = (tp + tn) / (rows.length || 1);
  return { n: rows.length, tp, fp, fn, tn, precision, recall, f1, accuracy, errors };
}

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const r = await evalNegex({ file: opt('--data') });
  if (argv.includes('--json')) {
    const { errors, ...rest } = r;
    console.log(JSON.stringify(rest));
    return;
  }
  const pct = (x) => (100 * x).toFixed(2) + '%';
  console.log(`NegEx kit: ${r.n} sentences (${opt('--data') ?? DEFAULT_KIT})`);
  console.log(`Negated class: TP ${r.tp}  FP ${r.fp}  FN ${r.fn}  TN ${r.tn}`);
  console.log(`precision ${r.precision.toFixed(4)}  recall ${r.recall.toFixed(4)}  F1 ${r.f1.toFixed(4)}  accuracy ${pct(r.accuracy)}`);
  console.log('references: GenNegEx F1 0.947 acc 97.8% | GenConText F1 0.981 acc 99.2% | baseline F1 0.839');
  const nErr = Number(opt('--errors') ?? 0);
  for (const e of r.errors.slice(0, nErr)) console.log(`  #${e.id} gold=${e.gold} [${e.concept}] ${e.sentence}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
