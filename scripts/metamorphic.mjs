#!/usr/bin/env node
// Layout invariance: the same note, laid out differently, must get the same verdicts.
// Transforms: hard wrap at 64 and 72 columns (breaking at spaces, like `fold -s`; a line laid out in columns, of a
// two-column page or of a table aligned with spaces, is left whole, see hardWrap), CRLF line ends, capitals, lower case, every line indented by four spaces.
// Usage: node scripts/metamorphic.mjs [--errors]   (imports the built library from dist/)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Break every line longer than `width` at the last space before the limit (words longer than it stay whole).
 * Lines of a page laid out in two columns (five or more lines in a row, without table pipes, whose right column
 * starts at the same place, at column 40 or later, after a run of five or more spaces: a two-column page merged
 * line by line) are left whole: breaking them
 * would move the right column's words under the left one and change the reading order, which no layout change
 * does.
 */
export function hardWrap(text, width) {
  const parts = text.split(/(\r?\n)/);
  const lines = parts.filter((_, i) => i % 2 === 0);
  const keep = columnLines(lines);
  for (const k of alignedTableLines(lines)) keep.add(k);
  return parts
    .map((part, i) => {
      if (i % 2 === 1 || part.length <= width || keep.has(i / 2)) return part;
      const out = [];
      let line = part;
      while (line.length > width) {
        let cut = line.lastIndexOf(' ', width);
        if (cut <= 0) cut = line.indexOf(' ', width);
        if (cut <= 0) break;
        out.push(line.slice(0, cut));
        line = line.slice(cut + 1);
      }
      out.push(line);
      return out.join('\n');
    })
    .join('');
}

/**
 * Indexes of the lines of a table laid out in aligned columns without pipes: two or more lines in a row with two or
 * more runs of three or more spaces between cells, and the lines under them that continue a cell in its column (they
 * open with eight or more spaces). Breaking such a line moves its right-hand cells under the left-hand ones, among
 * the cell continuations, and changes the reading order, as for a two-column page.
 */
function alignedTableLines(lines) {
  const columnar = (l) => !l.includes('|') && (l.trim().match(/\S {3,}(?=\S)/g) ?? []).length >= 2;
  const continuation = (l) => /^ {8,}\S/.test(l) && !l.includes('|');
  const keep = new Set();
  for (let i = 0; i < lines.length; ) {
    if (!columnar(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    let rows = 0;
    while (j < lines.length && (columnar(lines[j]) || (j > i && continuation(lines[j])))) {
      if (columnar(lines[j])) rows++;
      j++;
    }
    if (rows >= 2) for (let k = i; k < j; k++) keep.add(k);
    i = Math.max(j, i + 1);
  }
  return keep;
}

/** Indexes of the lines that belong to a two-column block (see hardWrap). */
function columnLines(lines) {
  const col = lines.map((l) => {
    if (l.includes('|')) return -1;
    const m = /\S( {5,})(?=\S)/.exec(l.slice(20));
    const at = m ? 20 + m.index + 1 + m[1].length : -1;
    return at >= 40 ? at : -1;
  });
  const keep = new Set();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && col[j] >= 0 && Math.abs(col[j] - col[i]) <= 3) j++;
    if (j - i >= 5) for (let k = i; k < j; k++) keep.add(k);
    i = j > i ? j : i + 1;
  }
  return keep;
}

export const TRANSFORMS = {
  wrap64: (t) => hardWrap(t, 64),
  wrap72: (t) => hardWrap(t, 72),
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  upper: (t) => t.toUpperCase(),
  lower: (t) => t.toLowerCase(),
  // the whole note indented (an export that puts every line under a margin of its own)
  indent: (t) => t.replace(/^(?=[^\r\n])/gm, '    '),
};

/** Every labelled note (samples, development set, held-out sets). */
export function labelledFiles() {
  const dirs = [join(root, 'samples'), join(root, 'test', 'fixtures', 'notes')];
  const fx = join(root, 'test', 'fixtures');
  for (const d of readdirSync(fx).filter((d) => /^holdout\d*$/.test(d)).sort()) dirs.push(join(fx, d));
  const files = [];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith('.expect.yaml') && existsSync(join(d, f.replace(/\.expect\.yaml$/, '.txt')))) files.push(join(d, f.replace(/\.expect\.yaml$/, '.txt')));
  }
  return files;
}

/** What must not change: per code, the note status and every element status; the device events. */
export function verdictKey(results) {
  // the order of codes follows the order events are told in, which is not a verdict
  const sorted = [...results].sort((a, b) => String(a.code).localeCompare(String(b.code)));
  return JSON.stringify(
    sorted.map((r) => ({
      code: r.code,
      status: r.status,
      devices: r.devices.map((d) => `${d.action}:${d.site}`).sort(),
      elements: Object.fromEntries(r.elements.map((e) => [e.id, e.status])),
    })),
  );
}

/** Run every transform over every labelled note; returns the notes whose verdicts changed, per transform. */
export function metamorphic(lib, files = labelledFiles()) {
  const changed = Object.fromEntries(Object.keys(TRANSFORMS).map((k) => [k, []]));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const base = verdictKey(lib.checkNoteAll(text, { source: file }));
    for (const [name, fn] of Object.entries(TRANSFORMS)) {
      const got = verdictKey(lib.checkNoteAll(fn(text), { source: file }));
      if (got !== base) changed[name].push({ file, base, got });
    }
  }
  return { notes: files.length, changed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const r = metamorphic(lib);
  console.log(`Layout invariance over ${r.notes} labelled notes (notes whose verdicts change):`);
  for (const [k, v] of Object.entries(r.changed)) console.log(`  ${k.padEnd(8)} ${v.length}`);
  if (process.argv.includes('--errors')) {
    for (const [k, v] of Object.entries(r.changed)) {
      for (const c of v) {
        const b = JSON.parse(c.base);
        const g = JSON.parse(c.got);
        const diffs = [];
        b.forEach((x, i) => {
          const y = g[i];
          if (!y) return diffs.push(`${x.code}: missing`);
          if (x.code !== y.code) diffs.push(`code ${x.code}→${y.code}`);
          if (JSON.stringify(x.devices) !== JSON.stringify(y.devices)) diffs.push(`devices ${x.devices}→${y.devices}`);
          for (const [id, st] of Object.entries(x.elements)) if (y.elements[id] !== st) diffs.push(`${x.code}/${id} ${st}→${y.elements[id]}`);
        });
        if (g.length !== b.length) diffs.push(`results ${b.length}→${g.length}`);
        console.log(`  ! [${k}] ${c.file.replace(root + '/', '')}: ${diffs.join('; ')}`);
      }
    }
  }
}
