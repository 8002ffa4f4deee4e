#!/usr/bin/env node
// npm run eval: accuracy of oplint on labelled data.
//  1. the labelled note set (test/fixtures/notes + samples): devices, suggested codes, element statuses;
//  2. the 72 real MTSamples operative notes (../shared/corpus/mtsamples) against test/fixtures/mtsamples-labels.yaml:
//     device events found on notes with a device, false device events on notes without one;
//  3. the operative-note assertion suite (scripts/eval-assertions.mjs) and, with --negex, the NegEx kit.
// Usage: node scripts/eval.mjs [--errors] [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
// the shared corpus sits beside the checkout (../shared); a clone elsewhere falls back to /work/shared
export const CORPUS =
  process.env.OPLINT_MTSAMPLES ??
  [resolve(root, '..', 'shared', 'corpus', 'mtsamples'), '/work/shared/corpus/mtsamples'].find((d) => existsSync(d)) ??
  resolve(root, '..', 'shared', 'corpus', 'mtsamples');

const key = (d) => `${d.action}:${d.site}`;

/** Multiset comparison of device events: true positives, false positives, false negatives. */
function compareDevices(expected, got) {
  const left = expected.map(key);
  let tp = 0;
  let fp = 0;
  for (const g of got.map(key)) {
    const i = left.indexOf(g);
    if (i >= 0) {
      tp++;
      left.splice(i, 1);
    } else fp++;
  }
  return { tp, fp, fn: left.length };
}

function labelledNotes(dirs = [join(root, 'test', 'fixtures', 'notes'), join(root, 'samples')]) {
  const out = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.expect.yaml')) continue;
      const note = join(dir, f.replace(/\.expect\.yaml$/, '.txt'));
      if (!existsSync(note)) continue;
      out.push({ file: note, expect: parse(readFileSync(join(dir, f), 'utf8')) });
    }
  }
  return out;
}

/** Score a set of labelled notes: device events, suggested codes and element statuses. */
function scoreLabelled(lib, notesList, errors) {
  const perElement = {};
  const dev = { tp: 0, fp: 0, fn: 0 };
  let codesRight = 0;
  let notes = 0;
  // note verdicts: the note passes when every code it supports passes (no failing element, a code found)
  const verdicts = { right: 0, all: 0, falsePass: 0, falseFail: 0 };
  let elementsRight = 0;
  let elementsAll = 0;
  for (const { file, expect } of notesList) {
    notes++;
    const text = readFileSync(file, 'utf8');
    const results = lib.checkNoteAll(text, { source: file });
    const c = compareDevices(expect.devices ?? [], results[0].devices);
    dev.tp += c.tp;
    dev.fp += c.fp;
    dev.fn += c.fn;
    if (c.fp || c.fn) errors.push(`${file}: devices expected ${JSON.stringify((expect.devices ?? []).map(key))}, got ${JSON.stringify(results[0].devices.map(key))}`);
    // the codes the operation's device events support (labels' suggestedCodes are derived from devices);
    // the result's own suggestedCodes also leave out codes the documentation can never support
    const sc = results.map((x) => x.code).filter((c) => c !== null);
    if (JSON.stringify([...sc].sort()) === JSON.stringify([...(expect.suggestedCodes ?? [])].sort())) codesRight++;
    else errors.push(`${file}: suggestedCodes expected ${JSON.stringify(expect.suggestedCodes)}, got ${JSON.stringify(sc)}`);
    // 'none' = no family code is supported (no device event of this operation); else pass / fail
    const er0 = expect.results ?? [];
    const expectedVerdict = er0.length === 1 && er0[0].code === null ? 'none' : er0.every((er) => !Object.values(er.elements ?? {}).includes('fail')) ? 'pass' : 'fail';
    const gotVerdict = results.length === 1 && (results[0].code === null || results[0].status === 'no-device') ? 'none' : results.every((x) => x.status === 'pass') ? 'pass' : 'fail';
    verdicts.all++;
    if (expectedVerdict === gotVerdict) verdicts.right++;
    else {
      if (gotVerdict === 'pass') verdicts.falsePass++;
      else verdicts.falseFail++;
      errors.push(`${file}: note verdict expected ${expectedVerdict}, got ${gotVerdict}${gotVerdict === 'pass' ? ' (FALSE PASS)' : ''}`);
    }
    for (const er of expect.results ?? []) {
      // a note with no device event of this operation has no element list (status no-device): only its
      // verdict is scored
      if (er.code === null && (expect.devices ?? []).length === 0 && results[0].status === 'no-device') continue;
      const r = results.find((x) => x.code === er.code) ?? (er.code === null ? results[0] : undefined);
      for (const [id, status] of Object.entries(er.elements ?? {})) {
        const k = `${er.code ?? '20702'}/${id}`.replace(/^2070[024]\//, 'insert/').replace(/^2070[135]\//, 'remove/');
        perElement[k] ??= { right: 0, all: 0 };
        perElement[k].all++;
        elementsAll++;
        const got = r?.elements.find((e) => e.id === id)?.status ?? 'missing';
        if (got === status) {
          perElement[k].right++;
          elementsRight++;
        } else errors.push(`${file}: ${er.code ?? 'null'} ${id} expected ${status}, got ${got}${r ? ` (${r.elements.find((e) => e.id === id)?.message ?? ''})` : ''}`);
      }
    }
  }
  return { notes, devices: dev, verdicts, noteAccuracy: verdicts.right / (verdicts.all || 1), suggestedCodesAccuracy: codesRight / (notes || 1), elementAccuracy: elementsRight / (elementsAll || 1), elementsRight, elementsAll, perElement };
}

/** Evaluate a library (default: the built dist/) on all labelled data. */
export async function evaluate(lib) {
  lib ??= await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const errors = [];
  const labelled = scoreLabelled(lib, labelledNotes(), errors);
  // blind held-out sets: test/fixtures/holdout, holdout2, ... each scored on its own
  const holdouts = {};
  const fixtures = join(root, 'test', 'fixtures');
  for (const d of readdirSync(fixtures).filter((d) => /^holdout\d*$/.test(d)).sort()) {
    const errs = [];
    holdouts[d] = scoreLabelled(lib, labelledNotes([join(fixtures, d)]), errs);
    errors.push(...errs.map((e) => `[${d}] ${e}`));
  }
  // 2. real notes
  const real = { notes: 0, withDevice: 0, noDevice: 0, falseEventNotes: 0, falseEvents: 0, tp: 0, fp: 0, fn: 0, skipped: false };
  const labelsFile = join(root, 'test', 'fixtures', 'mtsamples-labels.yaml');
  if (existsSync(CORPUS) && existsSync(labelsFile)) {
    for (const l of parse(readFileSync(labelsFile, 'utf8'))) {
      const file = join(CORPUS, l.file);
      if (!existsSync(file)) continue;
      real.notes++;
      const r = lib.checkNoteAll(readFileSync(file, 'utf8'), { source: l.file })[0];
      const c = compareDevices(l.devices ?? [], r.devices);
      real.tp += c.tp;
      real.fp += c.fp;
      real.fn += c.fn;
      if ((l.devices ?? []).length === 0) {
        real.noDevice++;
        if (r.devices.length) {
          real.falseEventNotes++;
          real.falseEvents += r.devices.length;
        }
      } else real.withDevice++;
      if (c.fp || c.fn) errors.push(`mtsamples/${l.file}: devices expected ${JSON.stringify((l.devices ?? []).map(key))}, got ${JSON.stringify(r.devices.map(key))}`);
    }
  } else real.skipped = true;
  return { labelled, holdouts, real, errors };
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return `TP ${tp} FP ${fp} FN ${fn}  precision ${pct(p)} recall ${pct(r)}`;
};

async function main() {
  const argv = process.argv.slice(2);
  const r = await evaluate();
  const { evalAssertions } = await import('./eval-assertions.mjs');
  const as = await evalAssertions();
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ ...r, errors: undefined, assertions: { n: as.n, accuracy: as.accuracy, perClass: as.perClass } }, null, 2));
    return;
  }
  const show = (title, L) => {
    console.log(`${title}: ${L.notes} notes`);
    console.log(`  device events       ${prf(L.devices)}`);
    console.log(`  suggested codes     ${pct(L.suggestedCodesAccuracy)} of notes exactly right`);
    console.log(`  element statuses    ${pct(L.elementAccuracy)} (${L.elementsRight}/${L.elementsAll})`);
    console.log(`  note verdicts       ${pct(L.noteAccuracy)} (${L.verdicts.right}/${L.verdicts.all}; false pass ${L.verdicts.falsePass}, other wrong ${L.verdicts.falseFail})`);
    for (const [k, v] of Object.entries(L.perElement)) console.log(`    ${k.padEnd(28)} ${pct(v.right / v.all).padStart(6)}  (${v.right}/${v.all})`);
  };
  show('Development set (test/fixtures/notes + samples; used while building the rules)', r.labelled);
  for (const [d, h] of Object.entries(r.holdouts)) show(`Held-out set test/fixtures/${d} (written blind by another author; see docs/accuracy-log.md)`, h);
  if (r.real.skipped) console.log(`Real notes: skipped (${CORPUS} not found)`);
  else {
    console.log(`Real notes (MTSamples, ${r.real.notes} notes: ${r.real.withDevice} with a device, ${r.real.noDevice} without)`);
    console.log(`  device events       ${prf(r.real)}`);
    console.log(`  false device events on notes without a device: ${r.real.falseEvents} (in ${r.real.falseEventNotes} of ${r.real.noDevice} notes)`);
  }
  console.log(`Operative-note assertion suite: ${as.n} sentences, accuracy ${pct(as.accuracy)}`);
  for (const [k, c] of Object.entries(as.perClass)) console.log(`    ${k.padEnd(14)} support ${String(c.support).padStart(3)}  precision ${pct(c.precision).padStart(6)}  recall ${pct(c.recall).padStart(6)}`);
  if (argv.includes('--negex')) {
    const { evalNegex } = await import('./eval-negex.mjs');
    const n = await evalNegex();
    console.log(`NegEx kit: ${JSON.stringify(n)}`);
  }
  if (argv.includes('--errors')) for (const e of r.errors) console.log(`  ! ${e}`);
  else if (r.errors.length) console.log(`(${r.errors.length} disagreements; run with --errors to list them)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(`eval: ${err.message}`);
    process.exit(2);
  });
}
