import { describe, expect, it } from 'vitest';
import { leadChars, SplitAlternation } from '../src/text/regex.js';

/** What one global regex `prefix(?:(a0)|(a1)|...)suffix` finds: the reference the split matcher must equal. */
function reference(sources: string[], text: string, prefix: string, suffix: string): { alt: number; start: number; end: number }[] {
  const re = new RegExp(`${prefix}(?:${sources.map((s) => `(${s})`).join('|')})${suffix}`, 'gi');
  const out: { alt: number; start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let gi = 1;
    while (gi < m.length && m[gi] === undefined) gi++;
    out.push({ alt: gi - 1, start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function split(sources: string[], text: string, prefix: string, suffix: string): { alt: number; start: number; end: number }[] {
  const sa = new SplitAlternation(sources, { flags: 'gi', prefix, suffix });
  const out: { alt: number; start: number; end: number }[] = [];
  let from = 0;
  for (let m = sa.exec(text, from); m; m = sa.exec(text, from)) {
    out.push({ alt: m.alt, start: m.start, end: m.end });
    from = m.end > m.start ? m.end : m.start + 1;
  }
  return out;
}

describe('leadChars: the characters a match can start with', () => {
  it('reads literals, groups, classes, escapes and optional first atoms', () => {
    expect([...leadChars('Bead')!]).toEqual(['b']);
    expect([...leadChars('(?:rod|nail)s?')!].sort()).toEqual(['n', 'r']);
    expect([...leadChars('[A-C]x')!].sort()).toEqual(['a', 'b', 'c']);
    expect([...leadChars('\\d+\\s+beads')!].length).toBe(10);
    expect([...leadChars('(?:bone\\s+)?tunnels?')!].sort()).toEqual(['b', 't']);
    expect([...leadChars('(?<!spinal\\s)canal')!]).toEqual(['c']);
    expect([...leadChars('\\bno|never')!].sort()).toEqual(['n']);
    expect([...leadChars('x|\\(y')!].sort()).toEqual(['(', 'x']);
  });
  it('says null when it cannot tell', () => {
    for (const s of ['\\s+x', '.x', '[^a]b', '(?:a|)b', 'a?', '(?:x)*\\w', '(?<n>a)', '\\1a']) expect(leadChars(s), s).toBeNull();
  });
});

describe('SplitAlternation finds exactly what the one regex finds', () => {
  const prefixes = ['\\b', '(?<![A-Za-z0-9])'];
  const suffix = 's?(?![A-Za-z0-9])';
  const sources = [
    '(?<!(?:carpal|spinal)\\s)canal', // opens with a lookbehind: the second regex, guarded
    '(?:bone\\s+)?tunnel', // an optional first word
    'medullary\\s+canal',
    'canal',
    'bead\\s+chain',
    'bead',
    '(?:will\\s+)?not\\s+need\\s+(?:to\\s+be\\s+)?removed',
    'not\\s+need',
    '\\d+\\s+beads?', // its own plural, then the shared suffix
    '\\s+tunnel', // unknown start
    'b(?=eads?\\s+out)', // a lookahead inside: matches "b" only
    'bead(?<=\\bbead)',
  ];
  const texts = [
    'Beads placed in the medullary canal; the carpal canal was spared. Bone tunnel drilled, then a tunnel.',
    'They will not need to be removed. Not need. 10 beads, 3 bead chains; beads out in six weeks.',
    'SPINAL CANAL. CANALS. beadsx bead-chain bead  chain 12beads',
    '',
    'x',
  ];
  for (const prefix of prefixes) {
    for (const [i, text] of texts.entries()) {
      it(`prefix ${prefix}, text ${i}`, () => {
        expect(split(sources, text, prefix, suffix)).toEqual(reference(sources, text, prefix, suffix));
      });
    }
  }
  it('gives the same first match from any start, in any order of calls', () => {
    const text = texts[0]! + ' ' + texts[1]!;
    const sa = new SplitAlternation(sources, { flags: 'gi', prefix: '\\b', suffix });
    const one = new RegExp(`\\b(?:${sources.map((s) => `(${s})`).join('|')})${suffix}`, 'gi');
    for (const from of [50, 0, 120, 7, 7, 200, 3, text.length]) {
      one.lastIndex = from;
      const m = one.exec(text);
      const got = sa.exec(text, from);
      expect(got ? [got.start, got.end] : null, `from ${from}`).toEqual(m ? [m.index, m.index + m[0].length] : null);
    }
  });
});
