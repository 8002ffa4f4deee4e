import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertSpan, contextOf, ContextPackSchema, describeAssertion, minMatchLength } from '../src/nlp/context.js';
import { parsePack, PackError } from '../src/patterns/load.js';
// @ts-expect-error plain ESM script without types
import { DEFAULT_KIT, evalNegex } from '../scripts/eval-negex.mjs';
// @ts-expect-error plain ESM script without types
import { evalAssertions, labelOf } from '../scripts/eval-assertions.mjs';

/** Assertion detail of the first mention of `target`. */
function at(sentence: string, target: string, section?: 'historical' | 'hypothetical' | null) {
  const i = sentence.toLowerCase().indexOf(target.toLowerCase());
  expect(i, `"${target}" in "${sentence}"`).toBeGreaterThanOrEqual(0);
  return assertSpan(sentence, i, i + target.length, section === undefined ? undefined : { section });
}

const label = (sentence: string, target: string): string => labelOf(contextOf(sentence, target));

describe('trigger directions', () => {
  it('forward negation covers what follows, not what precedes', () => {
    const s = 'The wound was irrigated and no beads were placed.';
    expect(at(s, 'beads').negated).toBe(true);
    expect(at(s, 'wound').negated).toBe(false);
  });

  it('backward negation: "X was ruled out", "X is unlikely"', () => {
    expect(contextOf('Osteomyelitis was ruled out on frozen section.', 'osteomyelitis').negated).toBe(true);
    expect(contextOf('Infection is unlikely.', 'infection').negated).toBe(true);
  });

  it('operative-note backward triggers: not placed, not used, deferred', () => {
    expect(contextOf('Antibiotic beads were not placed given the clean wound.', 'beads').negated).toBe(true);
    expect(contextOf('The spacer was not used.', 'spacer').negated).toBe(true);
    expect(contextOf('Bead placement was deferred to the second stage.', 'bead').negated).toBe(true);
    expect(contextOf('Vancomycin powder was not applied.', 'vancomycin powder').negated).toBe(true);
  });

  it('a bidirectional trigger covers both sides and reports its scope', () => {
    const s = 'The beads were not removed at this time.';
    const d = at(s, 'beads');
    expect(d.negated).toBe(true);
    const t = d.triggers[0]!;
    expect(t.direction).toBe('bidirectional');
    expect(t.scopeStart).toBeLessThanOrEqual(s.indexOf('beads'));
    expect(t.scopeEnd).toBeGreaterThan(t.end);
    expect(at(s, 'removed').negated).toBe(true);
  });

  it('future removal makes the removal hypothetical, not the beads', () => {
    const s = 'The beads will be removed in 6 weeks.';
    expect(label(s, 'beads')).toBe('affirmed');
    expect(label(s, 'removed')).toBe('hypothetical');
  });

  it('future placement makes the device hypothetical', () => {
    expect(label('A spacer will be placed at the next stage.', 'spacer')).toBe('hypothetical');
    expect(label('Calcium sulfate will be used if the defect is large.', 'calcium sulfate')).toBe('hypothetical');
  });

  it('historical triggers', () => {
    expect(label('Status post PMMA bead placement.', 'bead')).toBe('historical');
    expect(label('Antibiotic beads were placed 6 weeks ago.', 'beads')).toBe('historical');
    expect(label('The previously placed spacer was removed.', 'spacer')).toBe('historical');
    expect(label('The previously placed spacer was removed.', 'removed')).toBe('affirmed');
  });

  it('possible triggers', () => {
    expect(label('Rule out infection of the nonunion.', 'infection')).toBe('possible');
    expect(label('Infection cannot be ruled out.', 'infection')).toBe('possible');
    expect(contextOf('Infection cannot be ruled out.', 'infection').negated).toBe(false);
  });
});

describe('overlaps, pseudo-triggers and terminators', () => {
  it('the longer overlapping trigger wins ("no history of" beats "history of")', () => {
    const d = at('No history of antibiotic beads.', 'beads');
    expect(d.negated).toBe(true);
    expect(d.historical).toBe(false);
    expect(d.triggers.map((t) => t.literal)).toEqual(['no history of']);
  });

  it('pseudo-triggers block false hits', () => {
    expect(contextOf('No increase in drainage was noted.', 'drainage').negated).toBe(false);
    expect(contextOf('Gram negative bacilli grew from the cultures.', 'bacilli').negated).toBe(false);
    expect(contextOf('Not only were the beads removed, the canal was reamed.', 'beads').negated).toBe(false);
    expect(contextOf('The nail was inserted without difficulty.', 'nail').negated).toBe(false);
  });

  it('double negation idioms are not negations', () => {
    expect(label('We did not hesitate to place antibiotic beads.', 'beads')).toBe('affirmed');
    expect(label('There was no reason not to place beads.', 'beads')).toBe('affirmed');
  });

  it('terminators end the scope', () => {
    const s = 'No drain was placed, but antibiotic beads were placed in the canal.';
    expect(at(s, 'drain').negated).toBe(true);
    expect(at(s, 'beads').negated).toBe(false);
    expect(contextOf('There was no loosening; however, the beads were exchanged.', 'beads').negated).toBe(false);
  });

  it('the sentence end inside the string ends the scope', () => {
    expect(contextOf('No drain. Beads were placed.', 'beads').negated).toBe(false);
  });

  it('lists: "no A, B or C" negates every item', () => {
    const s = 'There was no purulence, necrotic bone, or sinus tract.';
    for (const t of ['purulence', 'necrotic bone', 'sinus tract']) expect(at(s, t).negated).toBe(true);
  });

  it('"rather than" / "instead of" negate only their own phrase', () => {
    const s = 'Rather than a spacer, beads were used to fill the dead space.';
    expect(label(s, 'spacer')).toBe('negated');
    expect(label(s, 'beads')).toBe('affirmed');
    expect(label('The canal was filled with antibiotic beads instead of a spacer.', 'beads')).toBe('affirmed');
  });

  it('maximum scope limits a trigger', () => {
    // "unlikely" looks back at most 6 tokens
    expect(contextOf('Infection is unlikely.', 'infection').negated).toBe(true);
    expect(
      contextOf('Osteomyelitis of the distal tibia with a draining sinus tract is unlikely.', 'osteomyelitis').negated,
    ).toBe(false);
  });

  it('a closing parenthesis ends only the scopes opened inside it', () => {
    const s = 'ROS negative for fever (no chills nor sweats), rash, or joint pain.';
    expect(at(s, 'rash').negated).toBe(true);
    const t = '(No beads were placed) The spacer was implanted.';
    expect(at(t, 'spacer').negated).toBe(false);
  });

  it('field lists: "Drains: none"', () => {
    expect(contextOf('Drains: none.', 'drains').negated).toBe(true);
    expect(contextOf('Drains: one Hemovac drain.', 'drains').negated).toBe(false);
  });
});

describe('section assertion', () => {
  it('history sections make any mention historical', () => {
    const d = at('Antibiotic beads in the left tibia.', 'beads', 'historical');
    expect(d.historical).toBe(true);
    expect(d.triggers.at(-1)!.direction).toBe('section');
  });

  it('plan sections make mentions hypothetical', () => {
    expect(at('Antibiotic beads at the second stage.', 'beads', 'hypothetical').hypothetical).toBe(true);
    expect(at('Bead removal in 6 weeks.', 'bead', 'hypothetical').hypothetical).toBe(true);
  });

  it('unless the sentence reports in the past tense what was done today', () => {
    const d = at('Antibiotic beads were placed in the canal.', 'beads', 'hypothetical');
    expect(d.hypothetical).toBe(false);
    expect(at('We placed antibiotic beads in the canal.', 'beads', 'hypothetical').hypothetical).toBe(false);
    // a past-tense verb does not rescue a sentence that is itself hypothetical
    expect(at('Beads will be placed if the wound was contaminated.', 'beads', 'hypothetical').hypothetical).toBe(true);
  });

  it('no section, no section assertion', () => {
    const d = at('Antibiotic beads in the left tibia.', 'beads', null);
    expect(d.historical || d.hypothetical).toBe(false);
  });
});

describe('describeAssertion', () => {
  it('names the trigger, the category and the direction', () => {
    const d = at('Antibiotic beads were not placed.', 'beads');
    expect(describeAssertion(d)).toBe("negated by 'were not placed' (bidirectional)");
    expect(describeAssertion(at('Status post bead placement.', 'bead'))).toBe("historical by 'status post' (forward)");
  });

  it('section and affirmed explanations', () => {
    expect(describeAssertion(at('Spacer exchange.', 'spacer', 'historical'))).toBe('historical by the historical section');
    expect(describeAssertion(at('A spacer was placed.', 'spacer'))).toMatch(/^affirmed/);
  });
});

describe('contextOf and the lexicon', () => {
  it('finds the target case-insensitively and across whitespace runs', () => {
    expect(contextOf('There was NO ANTIBIOTIC   BEADS placed.', 'antibiotic beads').negated).toBe(true);
  });

  it('uses the whole sentence as the span when the target is missing (its own words do not assert it)', () => {
    expect(contextOf('No beads were placed.', 'spacer').negated).toBe(false);
    expect(contextOf('Beads were placed.', 'spacer').negated).toBe(false);
  });

  it('repeated calls on one sentence give the same answers (sentence cache)', () => {
    const s = 'No drain was placed, but beads were placed.';
    const a = contextOf(s, 'drain');
    contextOf(s, 'beads');
    expect(contextOf(s, 'drain')).toEqual(a);
  });

  it('the schema rejects capturing groups and a missing matcher', () => {
    const bad = 'version: 1\ntriggers:\n  - { pattern: "(no) beads", category: negated, direction: forward }\n';
    expect(() => parsePack(bad, 'x.yaml', ContextPackSchema)).toThrow(PackError);
    const none = 'version: 1\ntriggers:\n  - { category: negated, direction: forward }\n';
    expect(() => parsePack(none, 'x.yaml', ContextPackSchema)).toThrow(/exactly one of literal or pattern/);
  });

  it('minMatchLength ignores optional parts and lookarounds', () => {
    expect(minMatchLength('\\bno\\s+(?:prior\\s+)?history(?=\\s)')).toBe(10);
    expect(minMatchLength('(?:is|were)\\s+not')).toBe(6);
  });
});

describe('benchmarks (computed in-process from src)', () => {
  it.skipIf(!existsSync(DEFAULT_KIT))('NegEx kit: F1 and accuracy hold the floor reached', async () => {
    const r = await evalNegex({ contextOf });
    expect(r.n).toBe(2376);
    expect(r.tp + r.fn).toBe(491);
    // reached: TP 484 FP 6 FN 7 TN 1879, F1 0.9867, accuracy 99.45%
    expect(r.f1).toBeGreaterThanOrEqual(0.986);
    expect(r.accuracy).toBeGreaterThanOrEqual(0.9944);
  });

  it('operative-note assertion suite holds its floor', async () => {
    const r = await evalAssertions({ contextOf });
    expect(r.n).toBeGreaterThanOrEqual(150);
    // reached: 233/234
    expect(r.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.perClass.negated.recall).toBeGreaterThanOrEqual(0.98);
    expect(r.perClass.negated.precision).toBeGreaterThanOrEqual(0.98);
  });
});
