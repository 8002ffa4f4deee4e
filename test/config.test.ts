import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, OptionError, checkConfigPatternDirs, checkElementIds, checkPatternDirs, defaultOptions, didYouMean, findConfigFile, loadConfig, mergeOptions } from '../src/config.js';
import { loadFamily } from '../src/rules/pack.js';

let root: string;

function put(rel: string, content: string | object): string {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

function load(cwdRel = '.', explicit?: string, env: Record<string, string> = {}) {
  return loadConfig({ cwd: join(root, cwdRel), explicit, env });
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'oplint-config-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('loadConfig: discovery', () => {
  it('returns null when there is no config anywhere up to the root', () => {
    mkdirSync(join(root, 'a/b'), { recursive: true });
    // tmpdir ancestors hold no oplint config in a clean environment.
    expect(findConfigFile(join(root, 'a/b'))).toBeUndefined();
    expect(load('a/b')).toBeNull();
  });

  it('finds .oplintrc.json upward from cwd', () => {
    const f = put('.oplintrc.json', { code: '20700', format: 'json' });
    mkdirSync(join(root, 'notes/q1'), { recursive: true });
    expect(load('notes/q1')).toEqual({ file: f, config: { code: '20700', format: 'json' } });
  });

  it('reads YAML (.oplintrc.yaml and .yml)', () => {
    const f = put('.oplintrc.yml', 'failOn: warn\nextensions: [txt, ".RTF"]\nelements:\n  primary-procedure: warn\n');
    expect(load()).toEqual({ file: f, config: { failOn: 'warn', extensions: ['.txt', '.rtf'], elements: { 'primary-procedure': 'warn' } } });
  });

  it('prefers .oplintrc.json over .oplintrc.yaml over package.json in the same folder', () => {
    put('package.json', { name: 'x', oplint: { format: 'csv' } });
    const y = put('.oplintrc.yaml', 'format: junit\n');
    expect(load()?.file).toBe(y);
    const j = put('.oplintrc.json', { format: 'sarif' });
    expect(load()?.file).toBe(j);
  });

  it('uses the "oplint" key of package.json and skips a package.json without it', () => {
    const top = put('package.json', { name: 'top', oplint: { jobs: 2 } });
    put('sub/package.json', { name: 'sub' });
    expect(load('sub')).toEqual({ file: top, config: { jobs: 2 } });
  });

  it('the nearest config wins (no cascading)', () => {
    put('.oplintrc.json', { format: 'csv', code: '20704' });
    const near = put('a/.oplintrc.json', { format: 'json' });
    expect(load('a')).toEqual({ file: near, config: { format: 'json' } });
  });

  it('--config beats OPLINT_CONFIG, which beats the upward search', () => {
    put('.oplintrc.json', { format: 'csv' });
    const envFile = put('cfg/env.yaml', 'format: markdown\n');
    const explicit = put('cfg/explicit.json', { format: 'junit' });
    expect(load('.', undefined, { OPLINT_CONFIG: envFile })?.config.format).toBe('markdown');
    expect(load('.', 'cfg/explicit.json', { OPLINT_CONFIG: envFile })).toEqual({ file: explicit, config: { format: 'junit' } });
  });

  it('resolves pattern folders relative to the config file', () => {
    put('team/.oplintrc.json', { patterns: ['./extra', '/abs/packs'] });
    mkdirSync(join(root, 'team/deep'), { recursive: true });
    expect(load('team/deep')?.config.patterns).toEqual([join(root, 'team/extra'), '/abs/packs']);
  });

  it('accepts sizes as numbers or strings, and an empty file', () => {
    put('.oplintrc.yaml', 'maxSize: 500k\n');
    expect(load()?.config).toEqual({ maxSize: 500 * 1024 });
    put('.oplintrc.yaml', '');
    expect(load()?.config).toEqual({});
  });
});

describe('loadConfig: errors name the file and the key', () => {
  it('unknown key', () => {
    put('.oplintrc.json', { format: 'json', colour: true });
    const e = errorOf(() => load());
    expect(e.message).toBe('.oplintrc.json: unknown key "colour"');
  });

  it('unknown key inside package.json "oplint"', () => {
    put('package.json', { oplint: { formatt: 'json' } });
    expect(errorOf(() => load()).message).toBe('package.json: unknown key "oplint.formatt"');
  });

  it.each([
    ['format: xml\n', 'format', /must be one of "pretty", "json"/],
    ['code: "20702x"\n', 'code', /20700-20705/],
    ['code: 20702\n', 'code', /must be a string/],
    ['failOn: never\n', 'failOn', /"fail", "warn"/],
    ['jobs: 0\n', 'jobs', /at least 1/],
    ['jobs: 1.5\n', 'jobs', /whole number/],
    ['maxSize: lots\n', 'maxSize', /invalid size/],
    ['extensions: []\n', 'extensions', /at least one/],
    ['extensions: "txt"\n', 'extensions', /list/],
    ['ignore: [1]\n', 'ignore.[0]'.replace('.[', '['), /glob/],
    ['elements:\n  placement-site: fatal\n', 'elements.placement-site', /"error", "warn", "off"/],
  ])('%j → key %s', (yaml, key, re) => {
    put('.oplintrc.yaml', yaml);
    const e = errorOf(() => load());
    expect(e.file).toBe('.oplintrc.yaml');
    expect(e.key).toBe(key);
    expect(e.message).toMatch(re);
    expect(e.message.startsWith(`.oplintrc.yaml: ${key}: `)).toBe(true);
    expect(e.message).not.toContain('\n');
  });

  it('invalid JSON and YAML are one line', () => {
    put('.oplintrc.json', '{ "format": ');
    expect(errorOf(() => load()).message).toMatch(/^\.oplintrc\.json: invalid JSON: /);
    rmSync(join(root, '.oplintrc.json'));
    put('.oplintrc.yaml', 'format: [unclosed\n  x: : y\n');
    const e = errorOf(() => load());
    expect(e.message).toMatch(/^\.oplintrc\.yaml: invalid YAML: /);
    expect(e.message).not.toContain('\n');
  });

  it('a config that is not an object', () => {
    put('.oplintrc.yaml', '- a\n- b\n');
    expect(errorOf(() => load()).message).toBe('.oplintrc.yaml: the config must be an object of settings');
  });

  it('a missing --config file', () => {
    expect(errorOf(() => load('.', 'nope.json')).message).toBe('nope.json: cannot read config file: no such file');
  });
});

describe('mergeOptions', () => {
  const config = { format: 'json' as const, ignore: ['drafts/'], failOn: 'warn' as const, jobs: 3, extensions: ['.note'] };

  it('applies defaults under the config', () => {
    const o = mergeOptions(config, {});
    expect(o).toMatchObject({ code: 'auto', format: 'json', failOn: 'warn', jobs: 3, extensions: ['.note'], maxSize: 5 * 1024 * 1024 });
    expect(mergeOptions(null, {})).toEqual(defaultOptions());
  });

  it('flags win only when the user gave them', () => {
    const cli = { format: 'pretty', failOn: 'fail', jobs: '8' };
    expect(mergeOptions(config, cli, new Set(['jobs']))).toMatchObject({ format: 'json', failOn: 'warn', jobs: 8 });
    expect(mergeOptions(config, cli, new Set(['format', 'failOn']))).toMatchObject({ format: 'pretty', failOn: 'fail', jobs: 3 });
  });

  it('without a given-set, every defined flag counts', () => {
    expect(mergeOptions(config, { format: 'csv', maxSize: '1MB' })).toMatchObject({ format: 'csv', maxSize: 1024 * 1024 });
  });

  it('ignore and patterns add up; --ext replaces', () => {
    const o = mergeOptions({ ...config, patterns: ['/cfg/p'] }, { ignore: ['old/'], patterns: ['mine'], ext: 'txt,MD' }, undefined, '/work');
    expect(o.ignore).toEqual(['drafts/', 'old/']);
    expect(o.patterns).toEqual(['/cfg/p', '/work/mine']);
    expect(o.extensions).toEqual(['.txt', '.md']);
  });

  it.each([
    [{ jobs: '0' }, '--jobs'],
    [{ jobs: 'many' }, '--jobs'],
    [{ maxSize: 'huge' }, '--max-size'],
    [{ format: 'xml' }, '--format'],
    [{ code: '99999' }, '--code'],
    [{ failOn: 'error' }, '--fail-on'],
  ])('rejects %j naming %s', (cli, flag) => {
    expect(() => mergeOptions(null, cli)).toThrow(OptionError);
    expect(() => mergeOptions(null, cli)).toThrow(new RegExp(`^${flag}: `));
  });
});

describe('strict, friendly config (issue 9, item 7)', () => {
  const known = () => loadFamily([]).flatMap((p) => p.elements.map((e) => e.id));

  it('an unknown element id is an error naming the file and key, with a "did you mean"', () => {
    put('.oplintrc.json', { elements: { drugs: 'off' } });
    const loaded = load();
    const e = errorOf(() => checkElementIds(loaded, known(), root));
    expect(e.message).toBe('.oplintrc.json: elements.drugs: unknown element "drugs"; did you mean "drug"?');
    expect(e.key).toBe('elements.drugs');
  });

  it('in package.json the key is under "oplint"; a word far from every id lists the known ones', () => {
    put('package.json', { oplint: { elements: { colour: 'warn' } } });
    const e = errorOf(() => checkElementIds(load(), known(), root));
    expect(e.message).toMatch(/^package\.json: oplint\.elements\.colour: unknown element "colour"; known elements: .*drug/);
  });

  it('known element ids pass', () => {
    put('.oplintrc.json', { elements: { drug: 'warn', 'placement-site': 'off' } });
    expect(() => checkElementIds(load(), known(), root)).not.toThrow();
  });

  it('didYouMean: typos, plurals and prefixes; nothing for unrelated words', () => {
    expect(didYouMean('placement-sit', ['drug', 'placement-site'])).toBe('placement-site');
    expect(didYouMean('carriers', ['carrier', 'drug'])).toBe('carrier');
    expect(didYouMean('xyzzy', ['carrier', 'drug'])).toBeUndefined();
  });

  it('a config saved with a UTF-8 BOM is accepted (JSON, YAML, package.json)', () => {
    put('.oplintrc.json', '\ufeff{"format": "json"}');
    expect(load()?.config).toEqual({ format: 'json' });
    rmSync(join(root, '.oplintrc.json'));
    put('.oplintrc.yaml', '\ufeffformat: csv\n');
    expect(load()?.config).toEqual({ format: 'csv' });
    rmSync(join(root, '.oplintrc.yaml'));
    put('package.json', '\ufeff{"name": "x", "oplint": {"failOn": "warn"}}');
    expect(load()?.config).toEqual({ failOn: 'warn' });
  });

  it('a missing patterns folder in the config blames the config file and key, not --patterns', () => {
    mkdirSync(join(root, 'extra'));
    put('.oplintrc.json', { patterns: ['./extra', './missing'] });
    const loaded = load();
    const e = errorOf(() => checkConfigPatternDirs(loaded, root));
    expect(e.message).toBe(`.oplintrc.json: patterns[1]: ${join(root, 'missing')} is not a folder`);
    // the flag check skips the config's folders and still blames the flag for its own
    const opts = mergeOptions(loaded?.config, { patterns: ['nope'] }, undefined, root);
    let flagErr: unknown;
    try {
      checkPatternDirs(opts.patterns, loaded?.config.patterns);
    } catch (err) {
      flagErr = err;
    }
    expect(flagErr).toBeInstanceOf(OptionError);
    expect((flagErr as Error).message).toMatch(/^--patterns: .*missing|^--patterns: .*nope/);
    expect((flagErr as Error).message).toContain('nope');
  });
});
