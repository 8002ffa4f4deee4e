/**
 * The shipped patterns are the package's own, whichever entry runs (the one-file bundle in dist/ or the modules
 * under dist/): a folder named "patterns" above the package (a user's override folder beside a checkout) is never
 * taken for them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');

describe('the shipped patterns folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oplint-patterns-dir-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pkg = join(dir, 'oplint');
  mkdirSync(pkg);
  for (const f of ['package.json', 'bin', 'dist', 'patterns']) cpSync(join(root, f), join(pkg, f), { recursive: true });
  // (an installed package has its dependencies beside it: the modules entry imports them)
  symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  // someone else's folder beside the package, broken on purpose
  mkdirSync(join(dir, 'patterns', 'packs'), { recursive: true });
  writeFileSync(join(dir, 'patterns', 'grammar.yaml'), 'codes: [not, a, grammar\n');
  writeFileSync(join(dir, 'note.txt'), 'PROCEDURE: Debridement of the femur (27303).\nDESCRIPTION: Beads of PMMA with 1 g vancomycin, rolled by hand, were placed into the femoral canal.\n');

  it('the bundle and the modules both read the package\'s own patterns', () => {
    const bundle = spawnSync(process.execPath, [join(pkg, 'bin', 'oplint.js'), join(dir, 'note.txt'), '--format', 'json'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(bundle.stderr).toBe('');
    expect([0, 1]).toContain(bundle.status);
    expect(JSON.parse(bundle.stdout).results[0].code).toBe('20702');
    const mod = spawnSync(process.execPath, ['--input-type=module', '-e', `const { checkNoteAll } = await import(${JSON.stringify(join(pkg, 'dist', 'index.js'))}); console.log(checkNoteAll('Beads of PMMA with 1 g vancomycin, rolled by hand, were placed into the femoral canal.')[0].code);`], { encoding: 'utf8' });
    expect(mod.stderr).toBe('');
    expect(mod.stdout.trim()).toBe('20702');
  });
});
