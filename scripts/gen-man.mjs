#!/usr/bin/env node
/**
 * Generates man/oplint.1 (package.json "man", so `man oplint` works after a global install) from the CLI's
 * own help text: `oplint --help` and `oplint <command> --help` for every command, rendered as roff. The
 * page therefore lists exactly the options the program accepts.
 *
 *   node scripts/gen-man.mjs            write man/oplint.1
 *   node scripts/gen-man.mjs --check    exit 1 when man/oplint.1 differs from the help text
 *   node scripts/gen-man.mjs --stdout   print the page
 *
 * Needs the build (npm run build). The output has no date (stable for --check). Exit: 0 ok, 1 stale, 2 failure.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'man', 'oplint.1');
const cliModule = resolve(ROOT, 'dist', 'cli.js');
if (!existsSync(cliModule)) {
  process.stderr.write('gen-man: dist/ is missing; run npm run build first\n');
  process.exit(2);
}
const { main } = await import(pathToFileURL(cliModule).href);
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

/** The help text of `args` (columns fixed at 80 so the page does not depend on the terminal). */
async function help(args) {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d) => (text += d));
  Object.assign(out, { columns: 80, isTTY: false });
  await main([...args, '--help'], { stdout: out, stderr: out, stdin: new PassThrough(), env: { NO_COLOR: '1' }, cwd: ROOT });
  return text;
}

/** roff-escape one line of text. */
const roff = (s) => s.replace(/\\/g, '\\e').replace(/^([.'])/, '\\&$1').replace(/-/g, '\\-');

/** A help block as roff: option tables become .TP entries, everything else stays pre-formatted. */
function render(text) {
  const lines = text.replace(/\s+$/, '').split('\n');
  const out = [];
  let inOptions = false;
  let pending = null;
  const flush = () => {
    if (pending) out.push('.TP', `.B ${roff(pending.flag)}`, roff(pending.desc.join(' ').replace(/\s+/g, ' ').trim()));
    pending = null;
  };
  for (const line of lines) {
    const heading = /^([A-Z][A-Za-z ]+):\s*$/.exec(line);
    if (heading) {
      flush();
      inOptions = /Options|Commands|Arguments/.test(heading[1]);
      out.push(`.SS ${roff(heading[1])}`);
      if (!inOptions) out.push('.nf');
      continue;
    }
    if (inOptions) {
      const entry = /^ {2}(\S.*?)(?: {2,}(.*))?$/.exec(line);
      if (entry) {
        flush();
        pending = { flag: entry[1], desc: [entry[2] ?? ''] };
      } else if (/^\s{3,}\S/.test(line) && pending) pending.desc.push(line.trim());
      else if (line.trim() === '') flush();
      else {
        flush();
        out.push(roff(line));
      }
    } else out.push(line.trim() === '' ? '' : roff(line));
  }
  flush();
  if (!inOptions) out.push('.fi');
  return out.join('\n');
}

export async function generate() {
  const top = await help([]);
  const commands = [...top.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]).filter((c, i, a) => c !== 'help' && a.indexOf(c) === i);
  const page = [
    `.TH OPLINT 1 "" "oplint ${version}" "User Commands"`,
    '.SH NAME',
    'oplint \\- check surgical operative notes for CPT 20700\\-20705 drug\\-delivery device documentation',
    '.SH SYNOPSIS',
    '.B oplint',
    '[\\fIcommand\\fR] [\\fIoptions\\fR] [\\fIpaths\\fR...]',
    '.SH DESCRIPTION',
    'Generated from the help text by scripts/gen\\-man.mjs. Each command is listed with its options below.',
    '.SH USAGE',
    render(top.replace(/^Usage:.*\n/, '')),
  ];
  for (const c of commands) {
    const text = await help([c]);
    const usage = /^Usage: (.*)$/m.exec(text)?.[1] ?? `oplint ${c}`;
    page.push(`.SH COMMAND: ${roff(c.toUpperCase())}`, `.B ${roff(usage)}`, '.PP', render(text.replace(/^Usage:.*\n/, '')));
  }
  page.push(
    '.SH EXIT STATUS',
    '0 every note passes (or has no drug\\-delivery device); 1 at least one note fails; 2 usage error, invalid pattern pack or config, an input that could not be read, or a report that could not be written; 130 / 143 interrupted (SIGINT / SIGTERM).',
    '.SH FILES',
    '.I .oplintrc.json, .oplintrc.yaml, .oplintrc.yml',
    'configuration, found upward from the working directory (or the "oplint" key of package.json); schema: oplint\\-config.schema.json.',
    '.br',
    '.I .oplintignore',
    'gitignore\\-style rules for files not to check.',
    '.SH ENVIRONMENT',
    'OPLINT_CONFIG (config file), NO_COLOR, FORCE_COLOR, TERM=dumb (colour), CI (no progress bar).',
    '',
  );
  return page.join('\n');
}

const text = await generate();
if (process.argv.includes('--stdout')) process.stdout.write(text);
else if (process.argv.includes('--check')) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    process.stderr.write('gen-man: man/oplint.1 is stale; run node scripts/gen-man.mjs\n');
    process.exit(1);
  }
  process.stdout.write('gen-man: man/oplint.1 is up to date\n');
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  process.stdout.write('gen-man: wrote man/oplint.1\n');
}
