/**
 * The slots of a device frame, for people (`--explain`): what the note says about each device of this
 * operation — its drug, carrier, amounts, preparation and plan — each with the quotes that fill it, read
 * from the sentences of that device's frame only. Decisions are made by the checks; this module shows what
 * they worked from.
 */
import type { Evidence, FrameSummary } from '../types.js';
import type { Analysis, Mention } from './analyze.js';
import type { DeviceAnalysis, DeviceFrame } from './devices.js';

const MAX = 4;

function quotes(a: Analysis, ms: { start: number; end: number }[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const m of ms.sort((x, y) => x.start - y.start)) {
    const ev = a.evidence(m.start, m.end);
    const key = ev.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ev);
    if (out.length >= MAX) break;
  }
  return out;
}

/** Summaries of the device frames of this operation, each with its filled and empty slots. */
export function frameSummaries(a: Analysis, dev: DeviceAnalysis): FrameSummary[] {
  return dev.frames.map((f) => summary(a, dev, f));
}

function summary(a: Analysis, dev: DeviceAnalysis, f: DeviceFrame): FrameSummary {
  const sentences = [...f.sentences].sort((x, y) => x - y);
  const affirmedIn = (lexicon: string, keep: (m: Mention) => boolean = () => true) =>
    sentences.flatMap((s) => a.in(lexicon, s)).filter((m) => a.affirmed(m) && keep(m));
  const notIv = (m: Mention) => !a.hasInClause('contexts', m, 'iv') && !a.hasInClause('contexts', m, 'irrigation');
  const drug = affirmedIn('drugs', notIv);
  const carrier = affirmedIn('carriers');
  const amount = sentences.flatMap((s) => a.quantities(s)).filter((q) => !q.excludedBy);
  const made = affirmedIn('fabrication', (m) => m.entry.tags.has('manual'));
  const bought = affirmedIn('fabrication', (m) => m.entry.tags.has('prefabricated'));
  const plan = a.mentions('staging').filter((m) => !m.entry.tags.has('earlier') && !a.assertion(m).negated && !a.assertion(m).historical && f.sentences.has(m.sentence));
  const event = dev.events.find((e) => e.action === f.action && e.site === f.site);
  return {
    action: f.action,
    site: f.site,
    forms: f.forms,
    described: sentences.map((s) => a.sentenceEvidence(s)).slice(0, 6),
    slots: {
      site: event?.siteMention ? [a.evidence(event.siteMention.start, event.siteMention.end)] : [],
      drug: quotes(a, drug),
      carrier: quotes(a, carrier),
      amount: quotes(a, amount),
      preparation: quotes(a, bought.length ? bought : made),
      plan: quotes(a, plan),
    },
    prefabricated: bought.length > 0,
  };
}
