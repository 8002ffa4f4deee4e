import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, progressLine, shouldShowProgress } from '../src/batch/progress.js';

class FakeTTY extends Writable {
  isTTY = true;
  columns = 120;
  out = '';
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.out += chunk.toString();
    cb();
  }
}

describe('shouldShowProgress', () => {
  const base = { isTTY: true, env: {}, count: 100 };
  it('shows on a TTY for more than 20 notes', () => {
    expect(shouldShowProgress(base)).toBe(true);
    expect(shouldShowProgress({ ...base, flag: true })).toBe(true);
  });
  it.each([
    ['--no-progress', { flag: false }],
    ['non-TTY stderr', { isTTY: false }],
    ['undefined isTTY (pipe)', { isTTY: undefined }],
    ['CI=true', { env: { CI: 'true' } }],
    ['CI=1', { env: { CI: '1' } }],
    ['TERM=dumb', { env: { TERM: 'dumb' } }],
    ['20 notes', { count: 20 }],
    ['1 note', { count: 1 }],
  ])('hides for %s', (_name, over) => {
    expect(shouldShowProgress({ ...base, ...over })).toBe(false);
  });
  it('treats CI=false or empty as unset, and an unknown count as "decide later"', () => {
    expect(shouldShowProgress({ ...base, env: { CI: 'false' } })).toBe(true);
    expect(shouldShowProgress({ ...base, env: { CI: '' } })).toBe(true);
    expect(shouldShowProgress({ ...base, count: undefined })).toBe(true);
    expect(shouldShowProgress({ ...base, count: 21 })).toBe(true);
  });
});

describe('progressLine', () => {
  it('shows counts, percentage, rate and ETA', () => {
    const line = progressLine(250, 1000, 5000, 10);
    expect(line).toBe('oplint ███░░░░░░░ 250/1000 notes | 25% | 50.0 notes/s | ETA 15s');
  });
  it('formats long ETAs and high rates', () => {
    expect(progressLine(1000, 200000, 1000)).toMatch(/1000 notes\/s \| ETA 3m19s$/);
  });
  it('works without a total', () => {
    expect(progressLine(42, undefined, 2000)).toBe('oplint 42 notes | 21.0 notes/s');
  });
});

describe('createProgress', () => {
  it('is a no-op when disabled', () => {
    const p = createProgress({ enabled: false, total: 100 });
    let wrote = false;
    p.tick();
    p.setTotal(5);
    p.interrupt(() => (wrote = true));
    p.stop();
    expect(wrote).toBe(true);
  });

  it('draws on the stream once past 20 notes and clears on stop', () => {
    const stream = new FakeTTY();
    let t = 0;
    const p = createProgress({ enabled: true, stream, now: () => t });
    for (let i = 0; i < 20; i++) p.tick();
    expect(stream.out).toBe('');
    p.setTotal(40);
    t = 2000;
    p.tick(10);
    p.interrupt(() => stream.write('RESULT\n'));
    expect(stream.out).toContain('RESULT\n');
    expect(stream.out).toMatch(/30\/40 notes \| 75% \| 15\.0 notes\/s \| ETA 1s/);
    p.stop();
    p.stop();
    p.tick();
    // Cursor is restored.
    expect(stream.out).toContain('\x1b[?25h');
  });

  it('does not draw for a known small total', () => {
    const stream = new FakeTTY();
    const p = createProgress({ enabled: true, total: 5, stream });
    for (let i = 0; i < 5; i++) p.tick();
    p.stop();
    expect(stream.out).toBe('');
  });
});
