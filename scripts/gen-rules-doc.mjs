#!/usr/bin/env node
/**
 * Generates docs/rules.md — the reference of every element of every code — from the rule packs
 * (patterns/packs/<code>.yaml, following `extends`), loaded and validated by the built library exactly as
 * oplint loads them. Like markdownlint's rule docs, the page is data-derived and CI can tell when it is stale.
 *
 *   node scripts/gen-rules-doc.mjs            write docs/rules.md
 *   node scripts/gen-rules-doc.mjs --check    exit 1 when docs/rules.md differs from what the packs say
 *   node scripts/gen-rules-doc.mjs --stdout   print the page instead of writing it
 *
 * Needs the build (`npm run build`): it imports ../dist. Exit codes: 0 ok, 1 stale (--check), 2 failure
 * (no build, a broken pack, bad arguments). The output is deterministic (no dates), so --check is stable.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'docs', 'rules.md');

let args;
try {
  args = parseArgs({ options: { check: { type: 'boolean' }, stdout: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (err) {
  process.stderr.write(`gen-rules-doc: ${err.message}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write('Usage: node scripts/gen-rules-doc.mjs [--check | --stdout]\n');
  process.exit(0);
}

const packModule = resolve(ROOT, 'dist', 'rules', 'pack.js');
if (!existsSync(packModule)) {
  process.stderr.write('gen-rules-doc: dist/ is missing; run npm run build first\n');
  process.exit(2);
}
const { loadFamily } = await import(pathToFileURL(packModule).href);
const { describeCheck } = await import(pathToFileURL(resolve(ROOT, 'dist', 'checks', 'index.js')).href);

let packs;
try {
  packs = loadFamily([]);
} catch (err) {
  process.stderr.write(`gen-rules-doc: ${err.message}\n`);
  process.exit(2);
}

/** The `extends` of each pack, read from its YAML header (the loaded pack has its elements resolved). */
function extendsOf(code) {
  const text = readFileSync(resolve(ROOT, 'patterns', 'packs', `${code}.yaml`), 'utf8');
  return /^extends:\s*["']?(\d{5})["']?\s*$/m.exec(text)?.[1];
}

// ------------------------------------------------------------------------------------------------ helpers

const md = (s) => String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s) => `\`${String(s).replace(/`/g, "'")}\``;
const orList = (xs) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}` : xs.join(''));
const ref = (r) => `${code(r.lexicon)}${r.tags?.length ? ` (tag ${orList(r.tags.map(code))})` : ''}`;
const refs = (rs) => rs.map(ref).join(' or ');
const lexLink = (name) => `[${code(name)}](../patterns/lexicons/${name}.yaml)`;
const anchor = (pack, el) => `${pack.code}-${el.id}`;
const SITE_WORDS = { intramedullary: 'intramedullary', deep: 'deep (subfascial)', 'intra-articular': 'intra-articular' };

/** Fill the placeholders a pack knows statically; runtime ones ({found}...) stay visible. */
function fill(template, pack) {
  return template.replace(/\{code\}/g, pack.code).replace(/\{siteLabel\}/g, pack.siteLabel);
}

function lexiconsOf(el) {
  const c = el.check;
  const out = [];
  const add = (rs) => rs?.forEach((r) => out.includes(r.lexicon) || out.push(r.lexicon));
  add(c.find);
  add(c.block);
  add(c.generic);
  add(c.alsoRequire);
  if (c.carriers) add([c.carriers]);
  if (c.type === 'site') out.push('sites', 'forms', 'actions');
  if (c.type === 'quantity') out.push('quantities');
  return out;
}

/** What gives each status: the check type's own `describe` (src/checks/<type>.ts), plus the no-event row. */
function conditions(pack, el) {
  const action = pack.action === 'insert' ? 'insertion' : 'removal';
  const rows = describeCheck(el.check, { pack, action, refs, orList, code });
  if (el.noEventStatus === 'judge') rows.push(['(same)', `No device ${action} is documented in this operation: the element is judged by the rows above all the same (it is a fact of the note, not of the device).`]);
  else rows.push([el.noEventStatus, `No device ${action} is documented in this operation.`]);
  return rows;
}

const MESSAGE_ORDER = ['pass', 'warn', 'fail', 'partial', 'blocked', 'generic', 'wrongSite', 'na', 'noEvent'];

function elementSection(pack, el, i) {
  const lines = [];
  lines.push(`### <a id="${anchor(pack, el)}"></a>${i + 1}. ${code(el.id)} — ${md(el.label)}`, '');
  lines.push(el.description, '');
  lines.push('| status | when |', '|---|---|');
  for (const [status, when] of conditions(pack, el)) lines.push(`| ${status} | ${md(when)} |`);
  lines.push('');
  lines.push('Messages (placeholders in braces are filled from the note):', '');
  lines.push('| key | message |', '|---|---|');
  for (const key of MESSAGE_ORDER) if (el.messages[key]) lines.push(`| ${code(key)} | ${md(fill(el.messages[key], pack))} |`);
  if (el.check.type === 'primary-procedure' && el.check.onlyProcedure) lines.push(`| ${code('onlyProcedure')} | ${md(el.check.onlyProcedure)} |`);
  lines.push('');
  lines.push('Denial risks (shown on warn and fail):', '');
  for (const r of el.denialRisks) lines.push(`- ${md(r)}`);
  lines.push('', `Fix: ${md(el.fix)}`, '');
  lines.push(`Check: ${code(el.check.type)}; lexicons: ${lexiconsOf(el).map((l) => (l === 'quantities' ? '[`quantities`](../patterns/quantities.yaml)' : lexLink(l))).join(', ')}.`, '');
  return lines.join('\n');
}

// ------------------------------------------------------------------------------------------------ page

const page = [];
page.push('<!-- Generated by scripts/gen-rules-doc.mjs from patterns/packs/*.yaml. Do not edit by hand: edit the pack, then run `node scripts/gen-rules-doc.mjs` (CI: `--check`). -->');
page.push('', '# oplint element rules', '');
page.push('Every documentation element oplint checks, for every code of the 20700-20705 family, as the rule packs in');
page.push('[`patterns/packs/`](../patterns/packs/) define them: what passes, warns, fails or is not applicable, the');
page.push('messages, the denial risks and the fix shown for a gap. Element ids and their order are fixed (JSON contract v1).');
page.push('A note passes a code when no element fails; warnings never fail a note (unless `--fail-on warn`).');
page.push('Severity overrides in the config (`"elements": { "primary-procedure": "warn" }`) turn a fail into a warning,');
page.push('a warning into a fail (`"error"`), or drop the element (`"off"`).', '');
page.push('Elements judge the device **inserted (or removed) in this operation**: negated, planned, historical and');
page.push('removed-device mentions do not satisfy an insertion element. See the README for the assertion engine.', '');
page.push('## Codes', '');
page.push('| code | action | site | elements | pack |', '|---|---|---|---|---|');
for (const p of packs) {
  const ext = extendsOf(p.code);
  page.push(`| [${p.code}](#${p.code}) | ${p.action} | ${SITE_WORDS[p.site]} | ${p.elements.length}${ext ? ` (from ${ext})` : ''} | [\`patterns/packs/${p.code}.yaml\`](../patterns/packs/${p.code}.yaml) |`);
}
page.push('');
for (const p of packs) {
  const ext = extendsOf(p.code);
  page.push(`## <a id="${p.code}"></a>${p.code} — ${md(p.title)}`, '');
  page.push(`Action: **${p.action}**. Site: **${SITE_WORDS[p.site]}** — ${md(p.siteLabel)}.${ext ? ` Elements inherited from [${ext}](#${ext}) (\`extends: "${ext}"\`), judged against this code's own site.` : ''}`, '');
  page.push(p.elements.map((el, i) => `${i + 1}. [${code(el.id)}](#${anchor(p, el)}) ${md(el.label)}`).join('\n'), '');
  p.elements.forEach((el, i) => page.push(elementSection(p, el, i)));
}
const text = `${page.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;

if (args.stdout) {
  process.stdout.write(text);
} else if (args.check) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    process.stderr.write('gen-rules-doc: docs/rules.md is stale; run node scripts/gen-rules-doc.mjs\n');
    process.exit(1);
  }
  process.stdout.write('gen-rules-doc: docs/rules.md is up to date\n');
} else {
  writeFileSync(OUT, text);
  process.stdout.write(`gen-rules-doc: wrote docs/rules.md (${packs.length} codes, ${packs.reduce((n, p) => n + p.elements.length, 0)} elements)\n`);
}
