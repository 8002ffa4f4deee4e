import { describe, expect, it } from 'vitest';
import { createGithubFormatter } from '../src/format/github.js';
import type { NoteResult } from '../src/types.js';

const base = { suggestedCodes: [], devices: [], code: '20702' } as const;

describe('github formatter', () => {
  const f = createGithubFormatter({ color: false, explain: false, cwd: '/repo', version: '0.0.0' });
  it('annotates each gap at its evidence (or line 1) with escaped text', () => {
    const r: NoteResult = {
      ...base,
      suggestedCodes: ['20702'],
      source: '/repo/notes/a, b.txt',
      status: 'fail',
      elements: [
        { id: 'drug', label: 'Drug named', status: 'fail', message: 'Only 50% named:\nfix', evidence: [{ text: 'x', line: 3, column: 7 }], denialRisks: [], fix: 'Name it.' },
        { id: 'quantity', label: 'Quantity', status: 'warn', message: 'vague', evidence: [], denialRisks: [], fix: '' },
        { id: 'carrier', label: 'Carrier', status: 'pass', message: 'ok', evidence: [], denialRisks: [], fix: '' },
      ],
    };
    const lines = f.result([r]).trim().split('\n');
    expect(lines).toEqual([
      '::error file=notes/a%2C b.txt,line=3,col=7,title=CPT 20702 Drug named::Only 50%25 named:%0Afix Fix: Name it.',
      '::warning file=notes/a%2C b.txt,line=1,col=1,title=CPT 20702 Quantity::vague',
    ]);
  });
  it('reports notes that could not be checked', () => {
    const r: NoteResult = { ...base, code: null, source: 'missing.txt', status: 'error', elements: [], error: { message: 'no such file or directory' } };
    expect(f.result([r])).toBe('::error file=missing.txt,title=oplint%3A note not checked::no such file or directory\n');
  });
});
