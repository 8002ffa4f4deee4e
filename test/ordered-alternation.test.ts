import { describe, expect, it } from 'vitest';
import { OrderedAlternation } from '../src/text/regex.js';

/** What one global regex over `(a0)|(a1)|...` finds: the reference the split matcher must equal. */
function reference(sources: string[], text: string): { alt: number; start: number; end: number }[] {
  const re = new RegExp(sources.map((s) => `(${s})`).join('|'), 'gi');
  const out: { alt: number; start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let gi = 1;
    while (gi < m.length && m[gi] === undefined) gi++;
    out.push({ alt: gi - 1, start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('OrderedAlternation matches exactly as the one regex it replaces', () => {
  const sources = [
    "\\b(?<!')history\\s+of(?![\\w'])",
    '\\bno\\s+evidence\\s+of\\b',
    ',\\s+(?:and\\s+)?(?:he|she|they)\\b',
    '\\bno\\b',
    '(?<![^\\s|])(?:\\[\\s?\\]|\\u2610)(?=\\s*[A-Za-z0-9])',
    '\\bnot|never', // a top-level bar: "never" has no boundary of its own
    ':[ \\t]*(?:\\*{3,})(?=\\s|$)',
    '\\bevidence\\b',
    '(?=x)', // an empty match
  ];
  const texts = [
    'History of infection; no evidence of abscess, and he was never febrile. Cannot rule out.',
    '[ ] Beads placed  ☐ Rod placed  [x] none. Drug: *** never noted, she is not well.',
    'noevidence no-evidence NO EVIDENCE OF PUS, AND THEY LEFT. xx maxi taxi whenever',
    '',
  ];
  it('on sentences with triggers at shared positions, across cases, boundaries and empty matches', () => {
    const alt = new OrderedAlternation(sources, 'i');
    for (const t of texts) {
      expect(alt.matchAll(t).map(({ alt: a, start, end }) => ({ alt: a, start, end })), t).toEqual(reference(sources, t));
    }
  });
  it('keeps list order at one position (the earlier alternative wins, as in the one regex)', () => {
    const alt = new OrderedAlternation(['\\bno\\s+pus', '\\bno', 'n(?=o)'], 'i');
    expect(alt.matchAll('no pus; no; nope').map((m) => m.alt)).toEqual(reference(['\\bno\\s+pus', '\\bno', 'n(?=o)'], 'no pus; no; nope').map((m) => m.alt));
    // the third alternative (no boundary) loses to the second at a word start, wins inside a word
    expect(alt.matchAll('ono').map((m) => m.alt)).toEqual([2]);
  });
});
