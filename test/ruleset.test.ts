/**
 * The pattern store (issue 8 item 1): every file under patterns/ can be overridden by a user directory, a
 * broken override of any of them stops the run naming the file, and the build cache is keyed by content.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PatternStore, contentHash, yamlFiles } from '../src/patterns/store.js';
import { checkNote } from '../src/check.js';
import { main } from '../src/cli.js';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const SHIPPED = yamlFiles(join(ROOT, 'patterns'));
const tmp = mkdtempSync(join(tmpdir(), 'oplint-ruleset-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function userDir(rel: string, text: string): string {
  const dir = mkdtempSync(join(tmp, 'p-'));
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
  return dir;
}

describe('every pattern file is overridable', () => {
  it('ships the expected kinds of file', () => {
    expect(SHIPPED).toEqual(expect.arrayContaining(['context.yaml', 'grammar.yaml', 'queries.yaml', 'codes.yaml', 'sections.yaml', 'quantities.yaml', 'outcomes.yaml', 'packs/20702.yaml', 'primaries/20702.yaml', 'lexicons/drugs.yaml']));
    expect(SHIPPED.length).toBeGreaterThan(25);
  });

  it.each(SHIPPED)('%s: an override is used, and a broken one stops the run naming the file', (rel) => {
    const original = readFileSync(join(ROOT, 'patterns', rel), 'utf8');
    // a valid override (the same data with a comment) is read from the user's folder
    const good = userDir(rel, `# user copy\n${original}`);
    const store = new PatternStore([good]);
    expect(store.fileOf(rel)).toBe(join(good, rel));
    // a broken one fails when the store is built, whether or not this run would read the file
    const bad = userDir(rel, `${original}\n: [unclosed\n`);
    expect(() => new PatternStore([bad])).toThrow(new RegExp(`${join(bad, rel).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('exits 2 with one line for a broken override given with --patterns, even for an unused file', async () => {
    const bad = userDir('queries.yaml', 'intro: [\n');
    const out: string[] = [];
    const err: string[] = [];
    const sink = (arr: string[]) => ({ write: (s: string) => (arr.push(s), true) }) as unknown as NodeJS.WritableStream;
    const code = await main([join(ROOT, 'samples', '01-complete-20702.txt'), '--patterns', bad, '--format', 'json', '--jobs', '1'], {
      stdout: sink(out),
      stderr: sink(err),
      cwd: ROOT,
      env: {},
    });
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/queries\.yaml/);
    expect(err.join('').trim().split('\n')).toHaveLength(1);
  });

  it('a context.yaml override changes assertions (it was once ignored)', () => {
    const note = 'Vancomycin PMMA beads were rolled by hand and placed into the tibial canal per protocol zeta.';
    expect(checkNote(note).devices).toHaveLength(1);
    const ctx = readFileSync(join(ROOT, 'patterns', 'context.yaml'), 'utf8').replace(
      /^triggers:\n/m,
      "triggers:\n  - { literal: \"per protocol zeta\", category: negated, direction: backward }\n",
    );
    const dir = userDir('context.yaml', ctx);
    expect(checkNote(note, { patternDirs: [dir] }).devices).toHaveLength(0);
    // and the shipped lexicon is used again without the option
    expect(checkNote(note).devices).toHaveLength(1);
  });

  it('refuses a file of a kind oplint does not read', () => {
    const dir = userDir('lexicons/Bad Name.yaml', 'x: 1\n');
    expect(() => new PatternStore([dir])).toThrow(/not a pattern file oplint reads/);
  });
});

describe('the build cache is keyed by content', () => {
  it('holds a hash for every shipped file that matches its text, so copies elsewhere use it', () => {
    const cache = JSON.parse(readFileSync(join(ROOT, 'dist', 'patterns.cache.json'), 'utf8')) as { version: number; files: Record<string, { hash: string }> };
    expect(cache.version).toBe(2);
    for (const rel of SHIPPED) expect(cache.files[rel]?.hash, rel).toBe(contentHash(readFileSync(join(ROOT, 'patterns', rel), 'utf8')));
    // a copy of the package in another folder (new mtimes) still matches by content
    const copy = join(tmp, 'copy');
    cpSync(join(ROOT, 'patterns'), join(copy, 'patterns'), { recursive: true });
    for (const rel of yamlFiles(join(copy, 'patterns'))) expect(contentHash(readFileSync(join(copy, 'patterns', rel), 'utf8'))).toBe(cache.files[rel]!.hash);
  });
});
