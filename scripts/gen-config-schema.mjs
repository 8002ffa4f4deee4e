#!/usr/bin/env node
/**
 * Generates oplint-config.schema.json — the JSON Schema of .oplintrc.json / .oplintrc.yaml / package.json
 * "oplint" — from the zod schema the CLI validates configs with (src/config.ts, built to dist/), so the two
 * cannot drift. Editors complete and check a config that names it:
 *
 *   { "$schema": "./node_modules/oplint/oplint-config.schema.json", "code": "auto", ... }
 *
 *   node scripts/gen-config-schema.mjs           write oplint-config.schema.json
 *   node scripts/gen-config-schema.mjs --check   exit 1 when the file differs from what the zod schema says
 *
 * Needs the build (npm run build). Exit codes: 0 ok, 1 stale (--check), 2 failure.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'oplint-config.schema.json');
const check = process.argv.includes('--check');
const configModule = resolve(ROOT, 'dist', 'config.js');
if (!existsSync(configModule)) {
  process.stderr.write('gen-config-schema: dist/ is missing; run npm run build first\n');
  process.exit(2);
}
const { configSchema } = await import(pathToFileURL(configModule).href);
const { z } = await import('zod');

export function generate() {
  // the input side of the schema: what a user writes (maxSize is a number or a string such as "5MB")
  const json = z.toJSONSchema(configSchema(), { io: 'input', unrepresentable: 'any', target: 'draft-7' });
  const { $schema, ...rest } = json;
  const doc = {
    $schema,
    $id: 'https://github.com/oplint/oplint/raw/main/oplint-config.schema.json',
    title: 'oplint configuration',
    description:
      'Settings for oplint (.oplintrc.json, .oplintrc.yaml or the "oplint" key of package.json). Generated from the zod schema in src/config.ts by scripts/gen-config-schema.mjs; do not edit.',
    ...rest,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const text = generate();
if (check) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    process.stderr.write('gen-config-schema: oplint-config.schema.json is stale; run node scripts/gen-config-schema.mjs\n');
    process.exit(1);
  }
  process.stdout.write('gen-config-schema: oplint-config.schema.json is up to date\n');
} else {
  writeFileSync(OUT, text);
  process.stdout.write('gen-config-schema: wrote oplint-config.schema.json\n');
}
