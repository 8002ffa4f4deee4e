/**
 * What every check type shares: the evaluation context, the verdict shape, and helpers to find the
 * mentions and sentences that describe a pack's device. One file per check type sits beside this one
 * (site, terms, quantity, primary-procedure, staged-removal), each with `evaluate` and `describe`.
 */
import type { ElementStatus, Evidence, ExplainEntry } from '../types.js';
import type { Analysis, Mention } from '../nlp/analyze.js';
import { describeAssertion } from '../nlp/context.js';
import { anchoredEarlier, correctionSentence, type DeviceAnalysis, type DeviceEventDetail } from '../nlp/devices.js';
import type { Pack } from '../rules/pack.js';

export type TermRef = { lexicon: string; tags?: string[] | undefined };
export type Assert = 'affirmed' | 'negated' | 'possible' | 'hypothetical' | 'historical';

/** Everything an element check may read: the analysis, the device events and the pack. */
export interface EvalContext {
  a: Analysis;
  dev: DeviceAnalysis;
  pack: Pack;
  explain: boolean;
  patternDirs: string[];
}

export interface Verdict {
  status: ElementStatus;
  messageKey: 'pass' | 'fail' | 'warn' | 'blocked' | 'generic' | 'noEvent' | 'na' | 'wrongSite' | 'partial' | 'genericSite' | 'literal' | 'countConflict';
  literal?: string;
  vars?: Record<string, string>;
  evidence: Evidence[];
  explain: ExplainEntry[];
}

/** A row of the rules reference: which status, and when (in words a coder reads). */
export type Condition = [status: string, when: string];

/** What a check type's `describe` needs to say how an element is decided. */
export interface DescribeContext {
  pack: Pick<Pack, 'code' | 'action' | 'siteLabel'>;
  /** The action in words: "insertion" or "removal". */
  action: string;
  /** How a lexicon reference reads in the reference ("`drugs` (tag `manual`)"). */
  refs: (rs: TermRef[]) => string;
  orList: (xs: string[]) => string;
  code: (s: string) => string;
}

export const uniq = <T>(xs: T[]) => [...new Set(xs)];
export const quoteList = (xs: string[]) => uniq(xs.map((x) => x.trim())).slice(0, 4).map((x) => `'${x}'`).join(', ');

export function assertionOf(a: Analysis, m: Mention): Assert {
  const d = a.assertion(m);
  if (d.negated) return 'negated';
  if (d.historical) return 'historical';
  // a sentence anchored to an earlier time ("... placed at the outside hospital 3 months ago") tells the past,
  // even in an indications section that otherwise reads as a plan
  if (d.hypothetical) return anchoredEarlier(a, m.sentence) ? 'historical' : 'hypothetical';
  if (d.possible) return 'possible';
  return 'affirmed';
}

export function refMentions(a: Analysis, refs: TermRef[], sentences: Set<number> | null): Mention[] {
  const out: Mention[] = [];
  // a few device sentences are matched one by one; the whole note only when every sentence is wanted
  const order = sentences ? [...sentences].sort((x, y) => x - y) : null;
  for (const r of refs) {
    const ms = order ? order.flatMap((s) => a.in(r.lexicon, s)) : a.mentions(r.lexicon);
    for (const m of ms) {
      if (r.tags && !r.tags.some((t) => m.entry.tags.has(t))) continue;
      // (text appended by others, a patient's summary or a billing sheet, documents nothing of any element)
      if (a.operationAt(m.start).kind === 'appended') continue;
      out.push(m);
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

export function explainOf(a: Analysis, m: Mention, accepted: boolean, note?: string): ExplainEntry {
  const e: ExplainEntry = {
    pattern: `${m.lexicon}/${m.entry.name}`,
    term: m.text,
    evidence: a.evidence(m.start, m.end),
    accepted,
  };
  const ctx = note ?? withScope(a, m);
  if (ctx) e.context = ctx;
  return e;
}

/** The assertion of a mention with the words each trigger's scope covered, for --explain. */
export function withScope(a: Analysis, m: { start: number; end: number; sentence: number }): string {
  const d = a.assertion(m);
  const text = a.sentences[m.sentence]!.text;
  const scopes = d.triggers
    .filter((t) => t.direction !== 'section')
    .map((t) => `'${text.slice(t.scopeStart, t.scopeEnd).trim().slice(0, 60)}'`);
  return `${describeAssertion(d)}${scopes.length ? `; scope ${scopes.join(', ')}` : ''}`;
}

/** Events of the pack's action, and those at the pack's own site. */
export function eventsFor(ctx: EvalContext): { all: DeviceEventDetail[]; mine: DeviceEventDetail[] } {
  const all = ctx.dev.events.filter((e) => e.action === ctx.pack.action);
  return { all, mine: all.filter((e) => e.site === ctx.pack.site) };
}

/**
 * The whole note less the sentences that describe only another device with this pack's action (another
 * removed device's frame, and not this one's): with beads and a rod removed, the bead count says nothing of the
 * rod. With one device of the action, the whole note.
 */
export function ownNoteSentences(ctx: EvalContext): Set<number> | null {
  const own = new Set<number>();
  const other = new Set<number>();
  for (const f of ctx.dev.frames) {
    if (f.action !== ctx.pack.action) continue;
    for (const s of f.sentences) (f.site === ctx.pack.site ? own : other).add(s);
  }
  if (!own.size || !other.size) return null;
  const scope = new Set<number>();
  for (let s = 0; s < ctx.a.sentences.length; s++) if (own.has(s) || !other.has(s)) scope.add(s);
  return scope;
}

/**
 * Sentences that describe the pack's device: its events' sentences plus the description around them. With
 * `materials`, also the preparation of the mix the device was made from when it names that mix again (its drug and
 * carrier are the device's; its amount is not).
 */
export function scopeSentences(ctx: EvalContext, materials = false): Set<number> {
  const { all, mine } = eventsFor(ctx);
  const base = ctx.pack.action === 'insert' ? ctx.dev.insertSentences : ctx.dev.removeSentences;
  const scope = new Set(base);
  if (ctx.pack.action === 'remove') {
    // the removed device is often described in the sentence before or after the removal
    for (const s of base) {
      for (const n of [s - 1, s + 1]) {
        if (n >= 0 && n < ctx.a.sentences.length && !ctx.dev.insertSentences.has(n) && ctx.a.isOperative(n)) {
          if (ctx.dev.devices.some((d) => d.sentence === n)) scope.add(n);
        }
      }
    }
  }
  if (mine.length && all.length > mine.length) {
    // several devices: each is judged on its own frame (its sentences and the descriptions that belong to it)
    const frames = ctx.dev.frames.filter((f) => f.action === ctx.pack.action);
    const own = new Set(frames.filter((f) => f.site === ctx.pack.site).flatMap((f) => [...f.sentences]));
    for (const f of frames) if (f.site !== ctx.pack.site) for (const s of f.sentences) if (!own.has(s)) scope.delete(s);
  }
  for (const e of all) for (const s of e.sentences) if (e.site === ctx.pack.site || !mine.length) scope.add(s);
  // (and what the frame of this device took in: the block headed by its form; with `materials`, the preparation of
  // the mix it was made from)
  for (const f of ctx.dev.frames) {
    if (f.action !== ctx.pack.action || f.site !== ctx.pack.site) continue;
    for (const s of f.sentences) scope.add(s);
    if (materials) for (const s of f.materials) scope.add(s);
  }
  if (ctx.pack.action === 'remove') {
    // the removed device was described when it was placed: an earlier operation's (or a historical) sentence
    // naming the same form describes it too ("18 tobramycin PMMA beads were placed at the index procedure")
    const forms = new Set((mine.length ? mine : all).flatMap((e) => e.forms));
    for (const d of ctx.dev.devices) {
      if (!forms.has(d.form) || scope.has(d.sentence)) continue;
      const sent = ctx.a.sentences[d.sentence]!;
      if (ctx.a.operationAt(sent.start).kind === 'earlier' || ctx.a.assertion(d).historical || anchoredEarlier(ctx.a, d.sentence)) scope.add(d.sentence);
    }
  }
  return scope;
}

/**
 * Whether a span (an amount) measures another device of this action, not this one: with devices of different forms at
 * other sites, the device named nearest before it, a few words before it (grammar.yaml coreference.measureGap), is
 * one of theirs ("an antibiotic rod about 8 mm thick
 * was passed down the canal, and the dead space was filled with beads": the 8 mm is the rod's, not the beads').
 */
export function measuresOtherDevice(ctx: EvalContext, span: { start: number; end: number; sentence: number }): boolean {
  const frames = ctx.dev.frames.filter((f) => f.action === ctx.pack.action);
  // (a form only another device has is another's; a form both have is another's when this device has a form of its
  // own, which would have been named)
  const theirs = new Set(frames.filter((f) => f.site !== ctx.pack.site).flatMap((f) => f.forms));
  const ours = new Set(frames.filter((f) => f.site === ctx.pack.site).flatMap((f) => f.forms));
  const onlyOurs = [...ours].filter((x) => !theirs.has(x));
  if (!ours.size || !theirs.size) return false;
  let nearest: { form: string; end: number } | undefined;
  for (const d of ctx.dev.devices) {
    if (d.sentence !== span.sentence || d.end > span.start) continue;
    if (!nearest || d.end > nearest.end) nearest = { form: d.form, end: d.end };
  }
  if (!nearest || !theirs.has(nearest.form) || (ours.has(nearest.form) && !onlyOurs.length)) return false;
  const between = ctx.a.doc.text.slice(nearest.end, span.start).match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return between <= ctx.a.grammar.coreference.measureGap;
}

/**
 * Terms a correction withdraws: an addendum, late entry or attestation that negates a term ("Correction: no
 * vancomycin was added to the bead cement") takes back what the note says of that term elsewhere, before or after
 * it (a correction is displayed above or below the note it corrects). Off unless the pack's option `on` says so.
 */
export function withdrawnBy(ctx: EvalContext, refs: TermRef[], on: boolean): (m: Mention) => boolean {
  if (!on) return () => false;
  const { a } = ctx;
  const entries = new Set<Mention['entry']>();
  for (const m of refMentions(a, refs, null)) if (correctionSentence(a, m.sentence) && a.assertion(m).negated) entries.add(m.entry);
  if (!entries.size) return () => false;
  // (the correction's own words stand as they are)
  return (m) => entries.has(m.entry) && !correctionSentence(a, m.sentence);
}
