import type { DeviceAction, Evidence, Site } from '../types.js';
import type { Analysis, Mention } from './analyze.js';
import type { Grammar } from './grammar.js';
import { itemAround, phrases } from '../text/regex.js';

/** A mention that names a drug-delivery device: a qualified form (beads, rod, coated nail, spacer) or a loaded carrier. */
export interface DeviceMention extends Mention {
  /** The device form ("beads", "spacer") or the carrier's name when the carrier itself is the device. */
  form: string;
  /** Why this mention counts as a drug-delivery device (for --explain, in words). */
  reason: string;
  /** The same, as a typed kind that decisions read. */
  basis: 'qualified' | 'carrier' | 'coreference' | 'anaphor' | 'made-from';
  /** For a device made from material prepared earlier: the sentence that prepared it. */
  from?: number;
  /**
   * For a device made from a mix told before it and named again ("the second mix was rolled into beads"): the
   * sentence that prepared the mix. Its drug and carrier are the device's; its amount is the whole mix's, not the
   * device's.
   */
  madeOf?: number;
}

export interface DeviceEventDetail {
  action: DeviceAction;
  site: Site;
  /** Sentences that documented the event. */
  sentences: number[];
  /** Spans quoted as evidence (normalised offsets). */
  spans: { start: number; end: number; sentence: number }[];
  /** The site phrase that decided the site, when there was one. */
  siteMention?: Mention;
  forms: string[];
}

/**
 * A device of this operation with the sentences that describe it: its event's sentences plus the
 * description sentences (preparation, amounts) that belong to it. With one device per action the frame
 * holds every description sentence; with several, a description goes to the device whose form it names,
 * else to the nearest device (a back-table paragraph goes with the device it makes).
 */
export interface DeviceFrame {
  action: DeviceAction;
  site: Site;
  forms: string[];
  sentences: Set<number>;
  /** Sentences that prepared the mix the device was made from, when it names that mix again (DeviceMention.madeOf). */
  materials: Set<number>;
}

export interface DeviceAnalysis {
  /** All mentions that name a drug-delivery device, whatever their assertion. */
  devices: DeviceMention[];
  /** Sentences describing a device inserted in this operation (affirmed, operative, not removal-only). */
  insertSentences: Set<number>;
  /** Sentences describing a device removed in this operation. */
  removeSentences: Set<number>;
  events: DeviceEventDetail[];
  frames: DeviceFrame[];
}

const SITE_TAGS: Site[] = ['intramedullary', 'deep', 'intra-articular'];

/** The specific site a site mention names (intramedullary, deep, intra-articular), if any. */
export function siteOf(m: Mention): Site | undefined {
  return SITE_TAGS.find((t) => m.entry.tags.has(t));
}


/** Sentence contexts that decide whether a drug or a carrier belongs to a device. */
function contexts(a: Analysis, s: number) {
  return {
    iv: a.has('contexts', s, 'iv'),
    irrigation: a.has('contexts', s, 'irrigation'),
    powder: a.has('contexts', s, 'powder'),
    fixation: a.has('contexts', s, 'fixation'),
    nonDrugSpacer: a.has('contexts', s, 'non-drug-spacer'),
  };
}

/** A sentence whose drug or carrier is given IV, as a powder in the wound, or fixes an implant: not in a device. */
function notInDevice(a: Analysis, s: number): boolean {
  const c = contexts(a, s);
  return c.iv || c.powder || c.fixation;
}

/**
 * A product listed by its brand with no verb (or only a log row's status cell, "| Implanted"), in a log row or list
 * item, that the note says elsewhere fixed the
 * components (contexts tag fixing): "The final components were cemented with Palacos R+G" / "| PALACOS R+G 40 g | x3 |".
 * The same product however much of its name is written ("cemented with Palacos" / "| Palacos R+G 40 g |"); a generic
 * "cement" may be another batch.
 */
function fixedElsewhere(a: Analysis, c: Mention): boolean {
  const brandOf = (m: Mention) => m.entry.name.split(/\s+/)[0]!.toLowerCase();
  return c.entry.tags.has('brand') && a.in('actions', c.sentence).every((m) => aloneInCell(a, m)) && a.mentions('carriers').some((o) => o.sentence !== c.sentence && (o.entry.name === c.entry.name || brandOf(o) === brandOf(c)) && a.has('contexts', o.sentence, 'fixing'));
}

/** An action word that is all of its table cell: a log row's status ("| 1 | Implanted"), no verb of the row's own. */
function aloneInCell(a: Analysis, m: Mention): boolean {
  const sent = a.sentences[m.sentence]!;
  const text = a.doc.text;
  const from = text.lastIndexOf('|', m.start);
  if (from < sent.start) return false;
  let to = text.indexOf('|', m.end);
  if (to < 0 || to > sent.end) to = sent.end;
  return text.slice(from + 1, to).trim().replace(/[.;]$/, '') === text.slice(m.start, m.end);
}

/** How far back (characters) the words before a drug are read for its absence word (two words and spaces). */
const ABSENT_LOOKBACK = 40;

/** A drug or drug word the note says is absent ("no antibiotic added", "without vancomycin"): grammar drugAbsent. */
function drugAbsent(a: Analysis, m: Mention): boolean {
  const sent = a.sentences[m.sentence]!;
  // (the words right before it: the text from the last space before a few words back, never the whole sentence,
  // so a long sentence with many drug words is not read again for each one)
  const from = Math.max(sent.start, a.doc.text.lastIndexOf(' ', Math.max(sent.start, m.start - ABSENT_LOOKBACK)));
  if (!deviceGrammar(a).drugAbsent.test(a.doc.text.slice(from, m.start))) return false;
  // "no antibiotic beads were placed" says no device: the drug word there is part of the device's name
  return !a.in('forms', m.sentence).some((f) => f.start >= m.end && f.start - m.end <= 2);
}

/** A field line: the line a sentence starts on reads "Label: value" and the sentence is its value. */
const FIELD_LINE = /^[ \t]*[A-Za-z][A-Za-z0-9 ()/,.-]{0,60}:[ \t]*$/;
function fieldLine(a: Analysis, s: number): boolean {
  const start = a.sentences[s]!.start;
  const lineStart = a.doc.text.lastIndexOf('\n', start - 1) + 1;
  return FIELD_LINE.test(a.doc.text.slice(lineStart, start));
}

/** Find device mentions: forms qualified by a drug signal or carrier, and carriers loaded with a drug. */
function findDeviceMentions(a: Analysis): DeviceMention[] {
  const out: DeviceMention[] = [];
  const pending: Mention[] = [];
  const unqualified: Mention[] = [];
  const established = new Set<string>();
  // In an arthroplasty note, cement is the fixation of the components: a carrier alone is not a device there.
  const fixationNote = () => a.mentions('contexts').some((m) => m.entry.tags.has('arthroplasty'));
  // A note that says its carrier is plain ("Simplex P, plain, no antibiotic added") and names no drug of a device
  // anywhere: a form made of that carrier ("cementation of the cavity (PMMA cement spacer)") is plain cement
  let plainMemo: boolean | undefined;
  const plainNote = (): boolean => {
    if (plainMemo !== undefined) return plainMemo;
    const carrierSentences = new Set(a.mentions('carriers').map((c) => c.sentence));
    const saysPlain = [...carrierSentences].some((s) => [...a.in('drug-signals', s), ...a.in('drugs', s)].some((m) => drugAbsent(a, m)));
    const anyDrug = () =>
      [...a.mentions('drug-signals'), ...a.mentions('drugs')].some((m) => !drugAbsent(a, m) && !a.assertion(m).negated && !notInDevice(a, m.sentence) && !a.has('contexts', m.sentence, 'irrigation'));
    return (plainMemo = saysPlain && !anyDrug());
  };
  // forms and carriers are looked for in the whole note at once (one regex pass each)
  const formSentences = new Set([...a.mentions('forms'), ...a.mentions('carriers')].map((m) => m.sentence));
  for (const s of [...formSentences].sort((x, y) => x - y)) {
    const forms = a.in('forms', s);
    const carriers = a.in('carriers', s);
    if (!forms.length && !carriers.length) continue;
    // a drug said to be absent ("plain Simplex, no antibiotic added") qualifies nothing, and says the carrier of
    // its sentence is plain
    const allSignals = a.in('drug-signals', s);
    const allDrugs = a.in('drugs', s);
    const signals = allSignals.filter((m) => !drugAbsent(a, m));
    // (a negated drug word loads no carrier: "cement [x] plain PMMA [ ] antibiotic loaded"; it still names a negated
    // form, "No antibiotic beads were placed", which the note's no-device outcome quotes)
    const carrierSignal = signals.some((m) => !a.assertion(m).negated);
    const drugs = allDrugs.filter((m) => !drugAbsent(a, m));
    // (a carrier made with its drug in it stays loaded when no drug is added: "a second pack of Palacos R+G, without
    // additional antibiotic, was rolled into 18 beads")
    const plain = signals.length + drugs.length === 0 && allSignals.length + allDrugs.length > 0 && !carriers.some((c) => c.entry.tags.has('implies-gentamicin'));
    const ctx = contexts(a, s);
    const hasCarrier = carriers.length > 0 && !plain && !plainNote();
    const drugInDevice = drugs.length > 0 && (carriers.length > 0 || forms.length > 0) && !(ctx.iv && carriers.length === 0);
    const signal = signals.length > 0 || drugInDevice;
    const absorbableBrand = carriers.some((c) => c.entry.tags.has('absorbable') && c.entry.tags.has('brand'));
    let formFound = false;
    for (const f of forms) {
      const name = f.entry.name;
      const tags = f.entry.tags;
      // (a spinal or balancing spacer is a device only when a drug is said in a clause of its own that is not a
      // powder, IV or irrigation clause: "... vanco powder was sprinkled in the wound" qualifies no cage; nor "the
      // spacer" of a later sentence that names no cage: "1 g of streptomycin powder was sprinkled in the cavity before
      // the spacer was impacted")
      if (tags.has('spinal-risk') && (ctx.nonDrugSpacer || ctx.powder) && !(signal && [...signals, ...drugs].some((m) => !deviceGrammar(a).g.spacerSkipContexts.some((t) => a.hasInClause('contexts', m, t))))) continue;
      if (tags.has('implant-like')) {
        // nails and rods are ordinary implants unless the drug or carrier is said of them
        const made = tags.has('hand-made') && hasCarrier && a.in('fabrication', s).some((m) => m.entry.tags.has('manual'));
        const near = nearQualifier(a, f, nearWindow(tags, deviceGrammar(a).g.qualifierWindow)) ?? (made ? 'a carrier made into it by hand' : undefined);
        if (!near) {
          if (!tags.has('no-coreference')) pending.push(f);
          else unqualified.push(f);
          continue;
        }
        out.push({ ...f, form: name, reason: `${name} described with '${near}'`, basis: 'qualified' });
        established.add(name);
        formFound = true;
        continue;
      }
      if (signal || hasCarrier) {
        out.push({ ...f, form: name, reason: signal ? 'form with a drug or antibiotic in its sentence' : 'form made of a carrier', basis: 'qualified' });
        established.add(name);
        formFound = true;
      } else pending.push(f);
    }
    if (!formFound) {
      // the carrier itself is the device ("antibiotic cement was packed into the canal", "Stimulan was placed")
      // (unless it, or the sentence right after it that opens by naming it again, says it fixed the components: "Two
      // packs of Palacos R+G were used, with 1 g of vancomycin added." / "This cement was used only to fix the components")
      const fixedNext = () => {
        const next = a.sentences[s + 1];
        // (a statement of fixing, not a component's name: "shaped into a stem with a rounded head" fixes nothing)
        if (!next || next.section !== a.sentences[s]!.section || !a.has('contexts', s + 1, 'fixation-statement')) return false;
        const opens = deviceGrammar(a).materialReference.exec(next.text);
        return opens !== null && opens.index <= 2;
      };
      // (nor is a product listed by its brand with no verb, in a log row or list item, when the note says elsewhere
      // that the same product fixed the components (contexts tag fixing): "The final components were cemented with Palacos R+G" / "| PALACOS
      // R+G 40 g | x3 |"; a generic "cement" may be another batch)
      // (the same product however much of its name is written: "cemented with Palacos" / "| Palacos R+G 40 g |")
      for (const c of carriers) {
        if (ctx.fixation || fixedNext() || fixedElsewhere(a, c)) continue;
        // (an absorbable brand said to hold no drug, "plain calcium sulfate pellets (OsteoSet, no antibiotic)", is filler)
        if (carrierSignal || drugInDevice || (absorbableBrand && !plain) || c.entry.tags.has('implies-gentamicin')) {
          if (ctx.irrigation && !signal) continue;
          out.push({ ...c, form: c.entry.name, reason: 'carrier loaded with a drug', basis: 'carrier' });
        }
      }
    }
  }
  // a form made from the material prepared just before, in the same section ("Two bags of Simplex were mixed
  // with vancomycin. The second bag was rolled into 18 beads."): its sentence prepares it by hand or names
  // the material again
  const loaded = out.filter((d) => d.basis === 'carrier');
  const made = new Set<Mention>();
  if (loaded.length) {
    const material = deviceGrammar(a).material;
    for (const f of [...pending, ...unqualified].sort((x, y) => x.start - y.start)) {
      const sec = a.sentences[f.sentence]!.section;
      const manual = a.in('fabrication', f.sentence).some((m) => m.entry.tags.has('manual'));
      // (further back in its section when the sentence makes the device by hand from a mix it names again: "The second
      // mix was rolled by hand into 7 mm beads", a long paragraph after the mix was told)
      // (not a preparation of its own: "A second 40 g pack of Palacos R+G was then rolled by hand into 24 beads")
      const fText = a.sentences[f.sentence]!.text;
      const again = manual && deviceGrammar(a).materialReference.test(fText) && !deviceGrammar(a).separateMaterial.test(fText);
      // (and no other material is told between them: "A second 40 g pack of Palacos R+G was rolled into beads. No extra
      // antibiotic was added to the bead cement" is made of that pack, not of the first mix)
      const nothingBetween = (c: DeviceMention) => {
        for (let t = c.sentence + 1; t < f.sentence; t++) if (a.in('carriers', t).length) return false;
        return true;
      };
      const prep = loaded.find((c) => c.sentence < f.sentence && (f.sentence - c.sentence <= 3 || (again && nothingBetween(c))) && a.sentences[c.sentence]!.section === sec);
      if (!prep) continue;
      // (or the mould it set in: "Once set, the tube was cut off, leaving a rod 8 mm in diameter")
      if (!manual && !material.test(a.sentences[f.sentence]!.text) && !deviceGrammar(a).mould.test(a.sentences[f.sentence]!.text)) continue;
      out.push({ ...f, form: f.entry.name, reason: `made from the ${prep.text} prepared just before`, basis: 'made-from', from: prep.sentence });
      established.add(f.entry.name);
      made.add(f);
    }
  }
  // a section headed by the device ("Coated nail:", "Spacer:") whose sentences load it with a drug or a carrier
  // is about that device: its bare forms of the same name refer to it ("Nail inserted into the tibial canal")
  const headed = headingForms(a);
  if (headed.size) {
    for (const f of [...pending, ...unqualified]) {
      if (made.has(f)) continue;
      const sec = a.sentences[f.sentence]!.section;
      const title = headed.get(sec);
      if (!title || !title.forms.has(f.entry.name) || !title.loaded) continue;
      out.push({ ...f, form: f.entry.name, reason: `described under the heading '${title.text}'`, basis: 'coreference' });
      established.add(f.entry.name);
      made.add(f);
    }
  }
  // a form in a field of a device block whose other fields name its carrier or its drug ("Device event (action remove):" /
  // "Form: beads" / "Material: PMMA"): the block's fields are one description, as a sentence's words are
  for (const f of [...pending, ...unqualified]) {
    if (made.has(f) || f.entry.tags.has('implant-like') || f.entry.tags.has('spinal-risk')) continue;
    const sec = a.sentences[f.sentence]!.section;
    // (fields, not a table's rows: a supply table's columns say what became of each item)
    const row = (t: number) => a.sentences[t]!.text.includes('|');
    // (a block: an implants section, or field lines, "Label: value", of one section, as a structured export's object is)
    const implants = a.sections[sec]?.category === 'implants';
    if ((!implants && !fieldLine(a, f.sentence)) || row(f.sentence)) continue;
    let by: Mention | undefined;
    for (let t = 0; t < a.sentences.length && !by; t++) {
      if (t === f.sentence || a.sentences[t]!.section !== sec || notInDevice(a, t) || row(t) || unusedSupplyRow(a, t) || (!implants && !fieldLine(a, t))) continue;
      by = [...a.in('carriers', t), ...a.in('drug-signals', t), ...a.in('drugs', t)].find((m) => !a.assertion(m).negated && !drugAbsent(a, m));
    }
    if (!by) continue;
    out.push({ ...f, form: f.entry.name, reason: `named in a device block with '${by.text}'`, basis: 'qualified' });
    established.add(f.entry.name);
    made.add(f);
  }
  // an implant log or device block that names a drug and a carrier ("Drugs mixed: tobramycin 1.2 g", "Material:
  // [X] Calcium sulfate") describes the device the narrative names by its form alone ("the pellets were packed")
  // (looked up only when a bare form needs it: most notes never read their implants section)
  let loggedMemo: boolean | undefined;
  const logged = () => (loggedMemo ??= !fixationNote() && deviceLog(a));
  // a bare form refers to the device described elsewhere in the note ("the beads were then placed")
  for (const f of pending) {
    if (made.has(f)) continue;
    const name = f.entry.name;
    if (!established.has(name) && !f.entry.tags.has('implant-like') && !f.entry.tags.has('spinal-risk') && a.isOperative(f.sentence) && logged()) {
      out.push({ ...f, form: name, reason: `described by the implant log or device block of the note`, basis: 'coreference' });
      continue;
    }
    if (!established.has(name)) continue;
    if (f.entry.tags.has('spinal-risk') && a.has('contexts', f.sentence, 'non-drug-spacer')) continue;
    out.push({ ...f, form: name, reason: `refers to the ${name} described elsewhere in the note`, basis: 'coreference' });
  }
  // an arthroplasty note with no device form (beads, rod, spacer): its loaded cement fixes the components
  // (a form the note negates, "Antibiotic spacer / beads: [ ] yes [x] N/A", is no device form of the note)
  const formsNamed = out.some((d) => d.basis !== 'carrier' && !a.assertion(d).negated);
  if (!formsNamed && out.length && fixationNote()) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.basis === 'carrier') out.splice(i, 1);
  }
  // "These were then placed down the canal": an anaphor in a sentence with an action refers to the device of
  // the sentence before (same section) when its own sentence names none; so does an amount that is the
  // sentence's subject ("Stimulan with vancomycin was mixed. 15 cc were injected into the canal.")
  const withDevice = new Set(out.map((d) => d.sentence));
  const referent = (s: number): { start: number; end: number; text: string } | undefined => {
    const sent = a.sentences[s]!;
    const m = deviceGrammar(a).anaphor.exec(sent.text);
    if (m) return { start: sent.start + m.index, end: sent.start + m.index + m[0].length, text: m[0] };
    const q = a.quantities(s).find((x) => x.start === sent.start && !x.excludedBy);
    if (q && deviceGrammar(a).amountVerb.test(a.doc.text.slice(q.end, sent.end))) return { start: q.start, end: q.end, text: a.doc.text.slice(q.start, q.end) };
    return undefined;
  };
  // (a description of the made device, "the construct", refers to the last device of its section, however far back)
  const lastInSection = (s: number): number | undefined => {
    for (let p = s - 1; p >= 0 && a.sentences[p]!.section === a.sentences[s]!.section; p--) if (withDevice.has(p)) return p;
    return undefined;
  };
  for (let s = 1; s < a.sentences.length && withDevice.size; s++) {
    if (withDevice.has(s)) continue;
    const near = withDevice.has(s - 1) || withDevice.has(s - 2);
    if (!near && !deviceGrammar(a).anaphor.test(a.sentences[s]!.text)) continue;
    const ref = referent(s);
    if (!ref) continue;
    if (!a.in('actions', s).some((m) => !m.entry.tags.has('purpose'))) continue;
    const descriptive = deviceGrammar(a).descriptiveAnaphor.test(ref.text);
    if (!near && !descriptive) continue;
    const back = descriptive ? lastInSection(s) : [s - 1, s - 2].find((p) => p >= 0 && withDevice.has(p) && a.sentences[p]!.section === a.sentences[s]!.section);
    if (back === undefined) continue;
    const prev = out.filter((d) => d.sentence === back);
    let form = prev[prev.length - 1]!.form;
    // "the former" / "the latter": the earlier or the later of the last two devices told in the section
    if (deviceGrammar(a).formerAnaphor.test(ref.text) || deviceGrammar(a).latterAnaphor.test(ref.text)) {
      const order: string[] = [];
      for (const d of out) {
        if (d.sentence >= s || a.sentences[d.sentence]!.section !== a.sentences[s]!.section || d.basis === 'anaphor') continue;
        const at = order.indexOf(d.form);
        if (at >= 0) order.splice(at, 1);
        order.push(d.form);
      }
      if (order.length < 2) continue;
      form = deviceGrammar(a).formerAnaphor.test(ref.text) ? order[order.length - 2]! : order[order.length - 1]!;
    }
    out.push({ lexicon: 'anaphor', entry: { name: form, tags: new Set() }, start: ref.start, end: ref.end, text: ref.text, sentence: s, form, reason: `refers back to the ${form} described just before`, basis: 'anaphor' });
  }
  // a sentence that opens with its placement and leaves its subject out ("Rod 9 mm x 25 cm." / "Inserted into the reamed
  // tibial canal through the entry portal.") is about the device its block is headed by ("New rod:"), or the one of
  // the sentence before it in its section; it says where the device went (a site), so "Placed supine" is none of it
  for (let s = 0; s < a.sentences.length && (withDevice.size || headed.size); s++) {
    if (withDevice.has(s)) continue;
    const sent = a.sentences[s]!;
    const act = a.in('actions', s).find((m) => m.entry.tags.has('insert') && !m.entry.tags.has('stative') && !m.entry.tags.has('purpose'));
    // (a verb, not the noun of a list item that names its own object: "Insertion of a standard nail", "Packing of the
    // cavity with allograft chips")
    if (!act || deviceGrammar(a).actionNoun.test(act.text) || !ELIDED_LEAD.test(a.doc.text.slice(sent.start, act.start)) || !a.in('sites', s).some((m) => m.start > act.end)) continue;
    const title = headed.get(sent.section);
    let form = title && title.loaded && title.forms.size === 1 ? [...title.forms][0] : undefined;
    if (form === undefined) {
      const back = [s - 1, s - 2].find((p) => p >= 0 && withDevice.has(p) && a.sentences[p]!.section === sent.section);
      if (back !== undefined) form = out.filter((d) => d.sentence === back).pop()!.form;
    }
    if (form === undefined) continue;
    out.push({ lexicon: 'anaphor', entry: { name: form, tags: new Set() }, start: act.start, end: act.end, text: act.text, sentence: s, form, reason: `the ${form}, the subject its sentence leaves out`, basis: 'anaphor' });
  }
  // ... and so does one in a later clause of the device's own sentence, before that clause's placement ("Vancomycin
  // beads had been fashioned by hand on the back table, and a handful of them were placed deep to the fascia")
  const re = deviceGrammar(a).anaphorAll;
  for (const s of [...withDevice]) {
    const sent = a.sentences[s]!;
    const own = out.filter((d) => d.sentence === s);
    const lastDevice = own.reduce((m, d) => Math.max(m, d.end), 0);
    re.lastIndex = Math.max(0, lastDevice - sent.start);
    for (let m = re.exec(sent.text); m; m = re.exec(sent.text)) {
      const start = sent.start + m.index;
      const end = start + m[0].length;
      // (in a clause of its own: a clause break between the device and the pronoun, and an action after it there)
      const [from, to] = a.clauseSpan({ start, end, sentence: s });
      // (a placement: "they were retrieved and discarded" after a few pellets extruded takes nothing out of the patient)
      if (from <= lastDevice || !a.in('actions', s).some((x) => x.start >= end && x.end <= to && x.entry.tags.has('insert'))) continue;
      const form = own.filter((d) => d.end <= start).pop()!.form;
      out.push({ lexicon: 'anaphor', entry: { name: form, tags: new Set() }, start, end, text: m[0], sentence: s, form, reason: `refers back to the ${form} of its sentence`, basis: 'anaphor' });
      break;
    }
  }
  // in a block headed by a loaded device ("Spacer: 2 bags Palacos mixed with vanc ... At doughy stage hand-molded
  // into a block and pressed into the joint space"), a sentence with no subject of its own (it opens with no
  // determiner or noun of its own before its action word) and no device named tells what was done with that device
  if (headed.size) {
    const named = new Set(out.map((d) => d.sentence));
    for (let s = 0; s < a.sentences.length; s++) {
      const title = headed.get(a.sentences[s]!.section);
      if (!title || named.has(s)) continue;
      // (the heading's device is loaded by its own block, or was told loaded earlier in the note: "... the beads were
      // released." / "Beads: placed.")
      // (told loaded, not told taken out: "Second stage: removal of the antibiotic spacer" / "Antibiotic spacer: placed"
      // is a macro's default line, not the spacer of the removal put back)
      const toldLoaded = (d: DeviceMention) => d.sentence < s && title.forms.has(d.form) && d.basis !== 'coreference' && d.basis !== 'anaphor' && a.affirmed(d) && !a.in('actions', d.sentence).some((m) => m.entry.tags.has('remove'));
      if (!title.loaded && !out.some(toldLoaded)) continue;
      const acts = a.in('actions', s).filter((m) => !m.entry.tags.has('purpose') && (m.entry.tags.has('insert') || m.entry.tags.has('remove')));
      const before = acts.length ? a.doc.text.slice(a.sentences[s]!.start, acts[0]!.start) : '';
      if (!acts.length || !deviceGrammar(a).elliptical.test(before)) continue;
      // (a sentence about another object has that object as its subject: "Drain placed into the pouch")
      const other = deviceGrammar(a).ownObject.exec(before);
      if (other && !title.text.toLowerCase().includes(other[0].toLowerCase())) continue;
      const act = acts[0]!;
      // (its action takes a place, not an object of its own: "pressed into the joint space", not "placed a drain")
      // (or it is the block's last word: "Beads: placed.")
      const after = ' ' + a.doc.text.slice(act.end, act.end + deviceGrammar(a).g.placeReach);
      const bare = /^[\s.;!]*$/.test(a.doc.text.slice(act.end, a.sentences[s]!.end));
      if (!bare && !deviceGrammar(a).placeNext.test(act.text) && !deviceGrammar(a).inward.test(after) && !deviceGrammar(a).outward.test(after)) continue;
      const form = [...title.forms][0]!;
      out.push({ lexicon: 'anaphor', entry: { name: form, tags: new Set() }, start: act.start, end: act.end, text: act.text, sentence: s, form, reason: `the ${form} of the heading '${title.text}'`, basis: 'anaphor' });
    }
  }
  // a device made from a mix told before it and named again ("The second mix was rolled by hand into 18 beads",
  // "From the rest of the same batch of cement, twenty beads were rolled"), with no drug in its own sentence, is
  // made from the nearest preparation before it in the same operation (a sentence with a carrier and a drug), even
  // under a heading of its own: that preparation goes into its frame
  for (const d of out) {
    if (d.from !== undefined || d.basis === 'carrier' || d.basis === 'anaphor') continue;
    const sent = a.sentences[d.sentence]!;
    // (a sentence that makes the device by hand: the mix is what it was made of)
    if (!deviceGrammar(a).materialReference.test(sent.text) || a.in('drugs', d.sentence).length || !a.in('fabrication', d.sentence).some((m) => m.entry.tags.has('manual'))) continue;
    const op = a.operationAt(sent.start);
    // (the nearest mix is the one: a mix prepared without a drug, an amount of material, ends the search: the device
    // was made of it, not of an earlier mix with a drug that made another device; a sentence that only uses the mix,
    // "cement was injected around the nail", does not)
    // (a sentence that takes a device out describes the old device, "Removal of vancomycin/tobramycin cement-coated
    // nail": it prepares nothing)
    for (let p = d.sentence - 1; p >= 0 && a.operationAt(a.sentences[p]!.start) === op; p--) {
      if (!a.in('carriers', p).some((m) => a.affirmed(m))) continue;
      if (a.in('actions', p).some((m) => m.entry.tags.has('remove') && a.affirmed(m))) continue;
      if (a.in('drugs', p).some((m) => a.affirmed(m))) {
        d.madeOf = p;
        break;
      }
      if (a.quantities(p).some((q) => !q.excludedBy && deviceGrammar(a).materialUnits.has(q.unit))) break;
    }
  }
  // the material named again as the subject or object of a placement, right after the sentence that made one device
  // of it ("Spacer: two 40 g packs of PMMA mixed by hand with 4 g vancomycin." / "At the doughy stage the cement was
  // moulded into a block, pressed into the joint space"): the material stands for that device
  const deviceSentences = new Set(out.map((d) => d.sentence));
  for (let s = 1; s < a.sentences.length; s++) {
    if (deviceSentences.has(s)) continue;
    const sent = a.sentences[s]!;
    const prev = a.sentences[s - 1]!;
    if (prev.section !== sent.section || !deviceSentences.has(s - 1)) continue;
    const made = out.filter((d) => d.sentence === s - 1 && d.basis !== 'carrier');
    const forms = new Set(made.map((d) => d.form));
    if (forms.size !== 1 || !a.in('drugs', s - 1).length || !a.in('carriers', s - 1).length) continue;
    const ref = deviceGrammar(a).materialReference.exec(sent.text);
    if (!ref) continue;
    // (only a sentence that places and takes nothing out: "moulded into a block ..., taken out to finish curing, and then
    // seated into the joint" takes the block out of the field while it sets)
    const acts = a.in('actions', s);
    const places = acts.some((m) => m.entry.tags.has('insert') && a.affirmed(m) && m.start >= sent.start + ref.index);
    if (!places || acts.some((m) => m.entry.tags.has('remove') || m.entry.tags.has('directional'))) continue;
    const form = [...forms][0]!;
    const start = sent.start + ref.index;
    out.push({ lexicon: 'anaphor', entry: { name: form, tags: new Set() }, start, end: start + ref[0].length, text: ref[0], sentence: s, form, reason: `the material of the ${form} made just before`, basis: 'anaphor' });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

/**
 * What an implants heading says its rows went through: 'remove' ("Device REMOVED this procedure"), 'both' (a log of
 * placements and removals: "Implant / explant log", where "implant" is a noun as often as a verb, so it is no
 * action word), or nothing.
 */
function headingActions(a: Analysis, title: string): 'remove' | 'both' | undefined {
  const acts = a.matchText('actions', title);
  if (!acts.some((m) => m.entry.tags.has('remove')) && !deviceGrammar(a).removalHeading.test(title)) return undefined;
  // (a placement word inside the removal phrase is part of it: "Implants out")
  const rest = title.replace(deviceGrammar(a).removalHeadingAll, ' ');
  if (acts.some((m) => m.entry.tags.has('insert') || m.entry.tags.has('exchange')) || deviceGrammar(a).placementHeading.test(rest)) return 'both';
  return 'remove';
}

/**
 * Implants sections by what their heading says their rows went through: `removal` ("Device REMOVED this procedure")
 * and `mixed` (both placement and removal: a row there says which by its own words).
 */
function headingBlocks(a: Analysis): { removal: Set<number>; mixed: Set<number> } {
  const removal = new Set<number>();
  const mixed = new Set<number>();
  a.sections.forEach((sec, i) => {
    if (sec.category !== 'implants' || !sec.title) return;
    const said = headingActions(a, sec.title);
    if (said === 'remove') removal.add(i);
    else if (said === 'both') mixed.add(i);
  });
  return { removal, mixed };
}

/**
 * Sections whose heading names a device form ("Coated nail:", "Antibiotic spacer:"), with the forms it names and
 * whether the section's own sentences load it (a drug or a carrier outside IV, powder and fixation sentences).
 */
type HeadingForms = Map<number, { text: string; forms: Set<string>; loaded: boolean }>;
/** A paragraph opened by a run-in label of a device form: the label's sentence, the paragraph's last one, the forms. */
interface RunInBlock {
  label: number;
  last: number;
  forms: Set<string>;
}
const runInMemo = new WeakMap<Analysis, RunInBlock[]>();
const BLANK_LINE = /\n[ \t]*\r?\n/;

/**
 * Paragraphs opened by a run-in label that names a device form and nothing more ("New spacer. Two 40 g packs ...",
 * "ANTIBIOTIC RODS. While the left side was being irrigated, ..."): a short sentence with no action and no verb, at the
 * start of its line after a blank line or its section's start, followed by the sentences of its paragraph.
 */
function runInBlocks(a: Analysis): RunInBlock[] {
  let memo = runInMemo.get(a);
  if (memo) return memo;
  memo = [];
  const text = a.doc.text;
  const dg = deviceGrammar(a);
  for (const m of a.mentions('forms')) {
    const s = m.sentence;
    if (memo.some((b) => b.label === s)) continue;
    const sent = a.sentences[s]!;
    const words = sent.text.replace(/[.:]\s*$/, '').trim().split(/\s+/);
    if (words.length > dg.g.runInLabelMaxWords || a.in('actions', s).length || dg.finiteVerb.test(sent.text)) continue;
    const lineStart = text.lastIndexOf('\n', sent.start - 1) + 1;
    if (text.slice(lineStart, sent.start).trim()) continue;
    const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
    const firstOfSection = s === 0 || a.sentences[s - 1]!.section !== sent.section;
    if (lineStart > 0 && text.slice(prevStart, lineStart).trim() && !firstOfSection) continue;
    let last = s;
    while (last + 1 < a.sentences.length && a.sentences[last + 1]!.section === sent.section && !BLANK_LINE.test(text.slice(a.sentences[last]!.end, a.sentences[last + 1]!.start))) last++;
    if (last === s) continue;
    memo.push({ label: s, last, forms: new Set(a.in('forms', s).map((f) => f.entry.name)) });
  }
  runInMemo.set(a, memo);
  return memo;
}

const headingMemo = new WeakMap<Analysis, HeadingForms>();
/** Text before a sentence's opening action: nothing but a list marker or a label's punctuation. */
const ELIDED_LEAD = /^[\s\-*\u2022\d.)(]*$/;

function headingForms(a: Analysis): HeadingForms {
  // (read by the device mentions and again by the frames: found once per note)
  let memo = headingMemo.get(a);
  if (!memo) headingMemo.set(a, (memo = findHeadingForms(a)));
  return memo;
}
function findHeadingForms(a: Analysis): HeadingForms {
  const out: HeadingForms = new Map();
  a.sections.forEach((sec, i) => {
    if (!sec.title) return;
    const forms = new Set(a.matchText('forms', sec.title).map((m) => m.entry.name));
    if (forms.size) out.set(i, { text: sec.title, forms, loaded: false });
    // a labelled line that only says where, right after a device's block ("Beads: placed." / "Where: the cavity of
    // the calcaneal body"), goes on with that device's block
    else if (out.has(i - 1) && deviceGrammar(a).siteLabel.test(sec.title.trim())) out.set(i, { text: sec.title, forms: out.get(i - 1)!.forms, loaded: false });
  });
  if (!out.size) return out;
  for (const lex of ['drugs', 'carriers'] as const) {
    for (const m of a.mentions(lex)) {
      const h = out.get(a.sentences[m.sentence]!.section);
      if (h && !h.loaded && a.affirmed(m) && !notInDevice(a, m.sentence)) h.loaded = true;
    }
  }
  return out;
}

/**
 * True when an implants section of this operation (an implant log, a template's device block) names a drug and
 * a carrier, outside IV, powder and fixation contexts: it describes a drug device.
 */
function deviceLog(a: Analysis): boolean {
  // (a run of implants sections is one block: "Device: [x] Beads" / "Carrier: [x] PMMA" / "Antibiotic: [x] Vancomycin 1 g"
  // when a field label is also a section title)
  const runStart = (sec: number) => {
    while (sec > 0 && a.sections[sec - 1]!.category === 'implants') sec--;
    return sec;
  };
  const bySection = new Map<number, { drug: boolean; carrier: boolean }>();
  for (const lex of ['drugs', 'carriers'] as const) {
    for (const m of a.mentions(lex)) {
      const sent = a.sentences[m.sentence]!;
      if (sent.category !== 'implants' || !a.isOperative(m.sentence) || !a.affirmed(m)) continue;
      if (notInDevice(a, m.sentence)) continue;
      const run = runStart(sent.section);
      const f = bySection.get(run) ?? { drug: false, carrier: false };
      if (lex === 'drugs') f.drug = true;
      else f.carrier = true;
      bySection.set(run, f);
    }
  }
  return [...bySection.values()].some((f) => f.drug && f.carrier);
}

/** The device-linking, coreference and timeline knowledge of grammar.yaml, compiled once per rule set. */
interface DeviceGrammar {
  g: Grammar['devices'];
  linked: RegExp;
  participle: RegExp;
  /** Endings of a present participle or a noun, never a past participle (grammar.yaml notParticipleEndings). */
  notParticiple: RegExp;
  passiveBefore: RegExp;
  /** An action word that ends with its inward preposition ("pressed into"). */
  inwardLast: RegExp;
  /** Right before a device after a verb: "into (a) (3 mm)" — the verb makes that device, it places nothing. */
  intoMade: RegExp;
  /** A passive verb ("was grasped"), for a participle joined to it by "and" however far after it. */
  passiveVerbAll: RegExp;
  /** A clause of its own in the active perfect right before a participle (", the cavity has"): that noun is its subject. */
  perfectSubject: RegExp;
  /** An active verb's subject right before it ("we ", "I then "): grammar activeSubjects. */
  activeSubject: RegExp;
  /** A noun phrase with its own passive auxiliary ("the tube was"): another subject between a device and its verb. */
  otherSubject: RegExp;
  /** A relative clause opening right after a device ("the rod that ...", ", which ..."). */
  relativeClause: RegExp;
  /** A comma aside opening right after a device with a participle or relative pronoun (", made on ..."). */
  appositiveOpen: RegExp;
  /** The comma that closes such an aside right before the passive verb's auxiliary (", was passed"). */
  appositiveClose: RegExp;
  /** A relative clause opened after a comma by a phrase with "which" ("the bead chain, the end of which was found ..."). */
  relativeOpen: RegExp;
  /** A passive auxiliary followed by a comma: its participle comes after a clause set off by commas. */
  auxiliaryInterrupted: RegExp;
  /** The same, global (every one in a sentence). */
  auxiliaryInterruptedAll: RegExp;
  /** A determiner right before a word: a participle after it is an adjective ("the removed head"). */
  attributive: RegExp;
  /** The words before a sentence's first action word when the sentence has no subject of its own ("At doughy stage hand-molded"). */
  elliptical: RegExp;
  /** An action word that ends in its place preposition ("pressed into"). */
  placeNext: RegExp;
  /** A past-perfect auxiliary a few words before an action ("had been molded and "). */
  pastPerfectBefore: RegExp;
  /** A relative clause opened after a comma, up to the end of a text (grammar.yaml relativePronouns). */
  relativeOpened: RegExp;
  /** The sentence's own verb after a participle, with no clause break between ("... at the index I&D were"). */
  relativeMain: RegExp;
  /** A clause's text before its action word when the clause opens with its auxiliary ("Were placed ", "Was performed the "). */
  invertedOpening: RegExp;
  /** A removed implant followed by a later list item (grammar.yaml devices.replacedImplantWords). */
  replacedImplant: RegExp;
  /** An implants heading that names placement (grammar.yaml devices.placementHeadingWords; never matches when empty). */
  placementHeading: RegExp;
  /** A byline field of a note part ("Author:", "Date:", "Signed:"; grammar.yaml timeline.bylineLabels). */
  byline: RegExp;
  /** An implants heading that names removal as a noun (grammar.yaml devices.removalHeadingWords; never matches when empty). */
  removalHeading: RegExp;
  /** The same, global (every one in a heading). */
  removalHeadingAll: RegExp;
  /** The anaphor, global (every one in a sentence). */
  anaphorAll: RegExp;
  /** The words that make material into a device, right before the form ("to make a", "rolled into a"). */
  productBefore: RegExp;
  /** A label that only says where (grammar.yaml devices.siteLabels: "Where", "Site", "Location"). */
  siteLabel: RegExp;
  /** The words before a placement word that make it the one a count of the whole refers back to. */
  countOfWholeBefore: RegExp;
  /** A statement that nothing of a device stayed in the patient (grammar.yaml devices.nothingLeftPatterns). */
  nothingLeft: RegExp;
  /** "The former" / "the latter" (grammar.yaml coreference.formerAnaphors / latterAnaphors), as a whole text. */
  formerAnaphor: RegExp;
  latterAnaphor: RegExp;
  /** The whole text of a descriptive anaphor ("the construct"; grammar.yaml coreference.descriptiveAnaphors). */
  descriptiveAnaphor: RegExp;
  /** A material told before, named again (grammar.yaml coreference.materialReferenceWords): "the second mix". */
  materialReference: RegExp;
  /** A clause break (grammar.yaml relativeClauseBreaks). */
  relativeBreak: RegExp;
  /** The end of a phrase telling the time of an earlier placement, right before an insertion noun ("recorded at "). */
  placementTime: RegExp;
  itemSeparator: RegExp;
  /** A word of a way in or out (grammar inwardPrepositions, outwardPrepositions). */
  wayWord: RegExp;
  datedAfter: RegExp;
  /** How far before an insertion noun `placementTime` can start (its longest phrase and the spaces around it). */
  placementTimeReach: number;
  /** A placement participle that can stand as a reduced relative after its device ("placed", "laid"). */
  reducedRelative: RegExp;
  /** The same in a clause of its own ("where they had been "). */
  subordinatePastPerfect: RegExp;
  /** The name of an ordinary implant or tissue anywhere ("drain", "plate"). */
  ownObject: RegExp;
  /** A present participle's ending, and a determiner opening its object ("filling the gap"). */
  presentParticiple: RegExp;
  objectAfter: RegExp;
  /** A section title that says it corrects the note ("Addendum", "Correction"). */
  correction: RegExp;
  /** A sentence that opens as a correction's label ("*** CORRECTION (Dr. X, before signature): ..."). */
  correctionLabel: RegExp;
  /** A section title of an attending's attestation. */
  attestation: RegExp;
  /** Words of a verb-less item that lists a device not placed today ("retained", "prior op"). */
  notPlaced: RegExp;
  /** Phrases that tell a device made where it lies ("molded in situ"): no word of `notPlaced` inside them counts. */
  madeInPlace: RegExp | null;
  /** A supply-log status of an item neither put in nor taken out (grammar.yaml unusedSupplyWords). */
  unusedSupply: RegExp;
  /** A supply table's column of use ("Implanted", "Used"): grammar.yaml usedSupplyColumns. */
  usedColumn: RegExp;
  /** The label of a form field or table row that tells a device's site ("| Site |", "Location:"). */
  siteField: RegExp;
  /** A table heading cell that names the site column (grammar.yaml devices.siteFieldLabels), as the whole cell. */
  siteHeader: RegExp;
  /** Words naming the mould a device is made in. */
  mould: RegExp;
  /** A removal's place that is the device's mould ("taken out of the mold"): it makes the device, it removes nothing. */
  outOfMould: RegExp;
  /** An action's place right after it is a mould ("pressed into a bead mat", "injected into a chest tube"). */
  intoMould: RegExp;
  /** A present-tense auxiliary right before a word ("are well seated"). */
  presentBefore: RegExp;
  /** A state adverb right before a word ("well seated"). */
  stateAdverbBefore: RegExp;
  stateSeenBefore: RegExp;
  modifierOf: RegExp;
  /** A word right before an action that makes it how a device was found ("as placed"). */
  asFoundBefore: RegExp;
  /** Action words that, with a device as their subject right before them, tell where it lies ("the spacer filled the joint"). */
  subjectState: RegExp | null;
  /** Words that name every device at once (grammar.yaml devices.allDeviceWords). */
  allDevices: RegExp | null;
  /** The name of an ordinary implant or tissue right before an action noun ("stem extraction"). */
  ownObjectBefore: RegExp;
  /** Prepositions after a directional action word that make it a removal / a placement. */
  outward: RegExp;
  inward: RegExp;
  /** An arrow right after a device (grammar.yaml devices.inwardArrows; never matches when empty). */
  arrow: RegExp;
  /** A way in (an inward preposition or arrow) right before a place, up to a few words before it. */
  wayInBefore: RegExp;
  /** A word with a participle's ending (grammar.yaml devices.wayParticipleEndings), anywhere / at the end of a text. */
  wayParticiple: RegExp;
  wayParticipleEnd: RegExp;
  /** A passive verb's instrument phrase right after it ("filled with", "packed using"). */
  instrument: RegExp;
  coordinated: RegExp;
  /** A conjunction and a place preposition opening a second place ("and from the"). */
  repeatedPlace: RegExp;
  /** A present participle between two places (a clause of its own), or words that put the device away from the second place. */
  verbBetween: RegExp;
  offsetBefore: RegExp;
  ofStop: RegExp;
  landmarkBefore: RegExp;
  /** Words that refer back to a device told just before ("these were then placed"). */
  anaphor: RegExp;
  /** The verb after an amount that is a sentence's subject ("15 cc were injected"). */
  amountVerb: RegExp;
  /** Words right before a drug that say it is absent ("no antibiotic added"). */
  drugAbsent: RegExp;
  /** Words that name prepared material again ("the second bag", "the mixture"). */
  material: RegExp;
  /** A preparation of its own ("a second mix", "another pack"). */
  separateMaterial: RegExp;
  /** A new device of the kind just named, at the end of the text before it (grammar coreference.newDeviceWords). */
  newDeviceBefore: RegExp;
  exchangeNew: RegExp;
  /** An action word that is a noun (grammar devices.actionNounEndings). */
  actionNoun: RegExp;
  materialUnits: Set<string>;
  /** Words that make a list item a clause, not a verb-less procedure name. */
  finiteVerb: RegExp;
  earlierAnchor: RegExp;
  /** The same, global, to visit each anchor of a sentence. */
  earlierAnchorAll: RegExp;
  /** A reference participle right before an earlier time (grammar.yaml timeline.referenceParticiples). */
  referenceBefore: RegExp;
  /** The joiner between a dated verb's time and a verb sharing it (grammar.yaml devices.verbJoiners). */
  sharedTimeJoin: RegExp;
  /** A joiner and its own passive auxiliary right before a participle ("... and was inserted"): a verb sharing the subject before. */
  joinedPassive: RegExp;
  /** A word measuring a time since an earlier event (grammar.yaml timeline.intervalWords). */
  intervalWord: RegExp;
  /** Right after a listed device, the preposition of its way out (grammar.yaml devices.listedOutPrepositions). */
  listedOut: RegExp;
  /** A word of a device found where it lay (grammar.yaml devices.foundInPlaceWords). */
  foundInPlace: RegExp;
  /** A passive auxiliary right after a device ("rod was"). */
  auxiliaryAfter: RegExp;
  todayAnchor: RegExp;
  /** Today's anchor told as the time of a plan ("with removal planned at this time"): it dates the plan, not the sentence. */
  plannedToday: RegExp | null;
  /** Words that start the story of today's operation (anaesthesia, position, preparation). */
  operationStart: RegExp;
  /** A removal word that is a verb ("removed", "taken out"), not a noun ("explant"). */
  removalVerb: RegExp;
}
const deviceGrammarCache = new WeakMap<Grammar, DeviceGrammar>();
/** True when a device form at `at` (note offset) of sentence `s` is named as a new one ("a new hand-made cement rod"). */
export function namedNew(a: Analysis, s: number, at: number): boolean {
  return deviceGrammar(a).newDeviceBefore.test(a.doc.text.slice(a.sentences[s]!.start, at));
}

function deviceGrammar(a: Analysis): DeviceGrammar {
  const gr = a.grammar;
  let c = deviceGrammarCache.get(gr);
  if (!c) {
    const g = gr.devices;
    const co = gr.coreference;
    // ("This was inserted into the reamed canal": a demonstrative before a linking verb and a verb of a way in)
    const demonstrative = co.demonstratives.length
      ? `(?:${phrases(co.demonstratives)})(?=\\s+(?:${phrases(co.linkingVerbs)})\\s+(?:then\\s+|[a-z]+ly\\s+)?[a-z]+\\s+(?:${phrases(g.inwardPrepositions)})\\b)|`
      : '';
    const anyOf = (ps: readonly string[]) => ps.map((p) => `(?:${p})`).join('|');
    c = {
      g,
      linked: new RegExp(`^\\s*(?:(?:${phrases(g.linkRelatives)})\\s+)?(?:(?:was|were|is|then)\\s+)*(?:${phrases(g.linkVerbs)})\\b|^\\s*(?:${phrases(g.linkPrepositions)})\\b`, 'i'),
      participle: new RegExp(`(?:${phrases([...g.participleEndings, ...g.irregularParticiples])})$`, 'i'),
      notParticiple: new RegExp(`(?:${phrases(g.notParticipleEndings)})$`, 'i'),
      passiveBefore: new RegExp(`\\b(?:${phrases(g.passiveAuxiliaries)})\\s+(?:\\w+\\s+){0,2}$`, 'i'),
      inwardLast: new RegExp(`\\b(?:${phrases(g.inwardPrepositions)})$`, 'i'),
      intoMade: new RegExp(`^\\s+(?:${phrases(g.inwardPrepositions)})\\s+(?:(?:${phrases(g.determiners)})\\s+)?(?:[\\d.]+\\s*(?:mm|cm)\\s+)?$`, 'i'),
      passiveVerbAll: new RegExp(`\\b(?:${phrases(g.passiveAuxiliaries)})\\s+(?:\\w+ly\\s+|then\\s+)?[a-z]+(?:${phrases(g.participleEndings)})\\b`, 'gi'),
      relativeClause: new RegExp(`^\\s*,?\\s*(?:${phrases(g.relativePronouns)})\\b`, 'i'),
      appositiveOpen: new RegExp(`^\\s*,\\s+(?:[a-z]+ly\\s+)?(?:[a-z]+(?:${phrases(g.participleEndings)})|${phrases([...g.irregularParticiples, ...g.relativePronouns])})\\b`, 'i'),
      relativeOpen: new RegExp(`^\\s*,\\s+(?:[a-z-]+\\s+){1,4}(?:${phrases(g.relativePronouns)})\\b`, 'i'),
      auxiliaryInterrupted: new RegExp(`\\b(?:${phrases(g.passiveAuxiliaries)})\\s*,`, 'i'),
      auxiliaryInterruptedAll: new RegExp(`\\b(?:${phrases(g.passiveAuxiliaries)})\\s*,`, 'gi'),
      appositiveClose: new RegExp(`^,\\s*(?:[a-z]+ly\\s+|then\\s+)?(?:${phrases(g.passiveAuxiliaries)})\\s+(?:\\w+\\s+){0,2}$`, 'i'),
      activeSubject: g.activeSubjects.length ? new RegExp(`\\b(?:${phrases(g.activeSubjects)})\\s+(?:[a-z]+ly\\s+|then\\s+|also\\s+|now\\s+)?$`, 'i') : /(?!)/,
      perfectSubject: g.perfectAuxiliaries.length ? new RegExp(`(?:[,;]|\\b(?:${phrases(g.clauseOpeners)}))\\s+(?:${phrases(g.determiners)})\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*){0,2}\\s+(?:${phrases(g.perfectAuxiliaries)})\\s+(?:[a-z]+ly\\s+|since\\s+|now\\s+|also\\s+)?$`, 'i') : /(?!)/,
      otherSubject: new RegExp(`(?:[,;]|\\b(?:${phrases(g.clauseOpeners)}))\\s+(?:[a-z][\\w-]*\\s+)?(?:${phrases(g.determiners)})\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*){0,2}\\s+(?:${phrases(g.passiveAuxiliaries)})\\b`, 'i'),
      attributive: new RegExp(`\\b(?:${phrases(g.determiners)})\\s+$`, 'i'),
      elliptical: new RegExp(`^(?!\\s*(?:${phrases(co.pronouns)})\\b)(?![\\s\\S]*\\b(?:${phrases(g.passiveAuxiliaries)})\\b)[^;:]{0,80}$`, 'i'),
      ownObject: new RegExp(`\\b(?:${phrases(g.ownObjectWords)})\\b`, 'i'),
      subordinatePastPerfect: new RegExp(`\\b(?:${phrases(g.pastPerfectSubordinators)})\\s+(?:[\\w-]+\\s+){0,2}?(?:${phrases(g.pastPerfectAuxiliaries)})\\s+(?:[\\w-]+\\s+){0,3}$`, 'i'),
      relativeMain: new RegExp(`\\b(?:${phrases(g.relativeMainVerbs)})\\b`, 'i'),
      invertedOpening: g.invertedAuxiliaries.length ? new RegExp(`^[\\s\\-*\\u2022\\d.)]*(?:${phrases(g.invertedAuxiliaries)})\\s+(?:\\w+ly\\s+)?(?:[A-Za-z]+\\s+(?:the\\s+|an?\\s+)?)?$`, 'i') : /(?!)/,
      relativeBreak: new RegExp(`(?:^|\\s)(?:${phrases(g.relativeClauseBreaks)})(?:\\s|$)|[,;:]`, 'i'),
      placementTime: new RegExp(`\\b(?:${phrases(g.placementTimeWords)})\\s+$`, 'i'),
      wayWord: new RegExp(`\\b(?:${phrases([...g.outwardPrepositions, ...g.inwardPrepositions])})\\b`, 'i'),
      itemSeparator: new RegExp(`;|,\\s|\\s[-\\u2013\\u2014]\\s|\\b(?:${phrases(g.itemSeparatorWords.length ? g.itemSeparatorWords : ['and'])})\\b`, 'gi'),
      datedAfter: new RegExp(`^[ \\t]*(?:(?:${phrases(g.datedActionWords.length ? g.datedActionWords : ['on'])})[ \\t]+)?`, 'i'),
      placementTimeReach: Math.max(...g.placementTimeWords.map((w) => w.length)) + 8,
      reducedRelative: new RegExp(`(?:${phrases(g.reducedRelativeEndings)})$`, 'i'),
      relativeOpened: new RegExp(`,\\s*(?:${phrases(g.earlierRelativeOpeners)})\\s[^,;:]*$`, 'i'),
      pastPerfectBefore: new RegExp(`\\b(?:${phrases(g.pastPerfectAuxiliaries)})\\s+(?:[\\w-]+\\s+){0,4}$`, 'i'),
      placeNext: new RegExp(`\\b(?:${phrases([...g.inwardPrepositions, ...g.outwardPrepositions])})$`, 'i'),
      presentParticiple: new RegExp(`(?:${phrases(g.presentParticipleEndings)})$`, 'i'),
      objectAfter: new RegExp(`^\\s+(?:${phrases(g.determiners)})\\b`, 'i'),
      correction: new RegExp(`\\b(?:${phrases(gr.timeline.correctionWords)})\\b`, 'i'),
      correctionLabel: new RegExp(`^[\\s*#>\\[(=-]*(?:${phrases(gr.timeline.correctionWords)})\\b[^:\\n]{0,80}:`, 'i'),
      attestation: new RegExp(`\\b(?:${phrases(gr.timeline.attestationWords)})\\b`, 'i'),
      notPlaced: new RegExp(`\\b(?:${phrases(g.notPlacedToday)})\\b`, 'i'),
      madeInPlace: g.notPlacedExceptions.length ? new RegExp(`\\b(?:${phrases(g.notPlacedExceptions)})\\b`, 'gi') : null,
      unusedSupply: new RegExp(`\\b(?:${phrases(g.unusedSupplyWords)})\\b`, 'i'),
      usedColumn: new RegExp(`^(?:${phrases(g.usedSupplyColumns.length ? g.usedSupplyColumns : ['(?!)'])})$`, 'i'),
      siteHeader: new RegExp(`^(?:${phrases(g.siteFieldLabels)})$`, 'i'),
      siteField: new RegExp(`^\\s*\\|?\\s*(?:${phrases(g.siteFieldLabels)})\\s*(?:\\||:)`, 'i'),
      mould: new RegExp(`\\b(?:${phrases(g.mouldWords)})\\b`, 'i'),
      outOfMould: new RegExp(`^\\s*(?:out\\s+)?(?:of|from)\\s+(?:(?:a|an|the|its|their|each)\\s+)?(?:[\\w.-]+\\s+){0,3}?(?:${phrases(g.mouldWords)})\\b`, 'i'),
      intoMould: new RegExp(`^\\s*(?:(?:into|in|onto|inside|within)\\s+)?(?:(?:a|an|the|two|its|each)\\s+)?(?:[\\w.-]+\\s+){0,3}?(?:${phrases(g.mouldWords)})\\b`, 'i'),
      ownObjectBefore: new RegExp(`\\b(?:${phrases(g.ownObjectWords)})[\\s-]+$`, 'i'),
      asFoundBefore: new RegExp(`\\b(?:${phrases(g.asFoundWords)})\\s+$`, 'i'),
      subjectState: g.subjectStateWords.length ? new RegExp(`^(?:${phrases(g.subjectStateWords)})$`, 'i') : null,
      allDevices: g.allDeviceWords.length ? new RegExp(`\\b(?:${phrases(g.allDeviceWords)})\\b`, 'i') : null,
      stateAdverbBefore: new RegExp(`\\b(?:${phrases(g.stateAdverbs)})\\s+$`, 'i'),
      stateSeenBefore: new RegExp(`\\b(?:${phrases(g.stateSeenWords)})\\s+(?:to\\s+be\\s+|as\\s+)?(?:[a-z]+ly\\s+|well\\s+)?$`, 'i'),
      modifierOf: new RegExp(`^[\\s-]+(?:${phrases(g.modifiedHeads)})\\b`, 'i'),
      presentBefore: new RegExp(`\\b(?:${phrases(g.presentAuxiliaries)})\\s+(?:[a-z]+ly\\s+|well\\s+|now\\s+)?$`, 'i'),
      outward: new RegExp(`^\\s+(?:[a-z]+ly\\s+)?(?:${phrases(g.outwardPrepositions)})(?!\\w)`, 'i'),
      inward: new RegExp(`^\\s+(?:[a-z]+ly\\s+)?(?:${phrases(g.inwardPrepositions)})(?!\\w)`, 'i'),
      arrow: g.inwardArrows.length ? new RegExp(`^\\s*(?:${phrases(g.inwardArrows)})\\s*`) : /(?!)/,
      wayInBefore: new RegExp(`(?:(?<![\\w])(?:${phrases([...g.inwardPrepositions, ...g.inwardArrows])})(?![\\w]))\\s*(?:(?:the|a|an|r|l|rt|lt|right|left)\\.?\\s+){0,2}(?:[\\w-]+\\s+){0,2}$`, 'i'),
      wayParticiple: new RegExp(`[a-z]{2,}(?:${phrases(g.wayParticipleEndings)})\\s`, 'i'),
      wayParticipleEnd: new RegExp(`[a-z]{2,}(?:${phrases(g.wayParticipleEndings)})\\s*$`, 'i'),
      instrument: new RegExp(`^\\s+(?:[a-z]+\\s+)?(?:${phrases(g.instrumentPrepositions)})\\b`, 'i'),
      coordinated: new RegExp(`^[^;.]{0,30}?(?:,|\\b(?:${phrases(g.siteConjunctions)})\\b)[^;.]{0,25}$`, 'i'),
      verbBetween: new RegExp(`\\b[a-z]+(?:${phrases(g.presentParticipleEndings)})\\b|\\b(?:${phrases(g.awayFromWords)})\\b`, 'i'),
      repeatedPlace: new RegExp(`\\b(?:${phrases(g.siteConjunctions)})\\s+(?:also\\s+)?(?:${phrases([...g.inwardPrepositions, ...g.outwardPrepositions])})\\b`, 'i'),
      ofStop: new RegExp(`\\b(?:${phrases(g.ofPhraseStops)})\\b`, 'i'),
      offsetBefore: g.offsetUnits.length && g.offsetDirections.length
        ? new RegExp(`(?:\\d+(?:\\.\\d+)?${g.offsetCounts.length ? `|\\b(?:${phrases(g.offsetCounts)})` : ''})[\\s-]*(?:${phrases(g.offsetUnits)})\\.?\\s+(?:${phrases(g.offsetDirections)})\\s+(?:(?:${phrases(g.determiners)})\\s+)?(?:[\\w-]+\\s+){0,2}$`, 'i')
        : /(?!)/,
      landmarkBefore: g.landmarkWords.length ? new RegExp(`\\b(?:${phrases(g.landmarkWords)})\\s+(?:(?:${phrases(g.determiners)})\\s+)?(?:[\\w-]+\\s+){0,2}$`, 'i') : /(?!)/,
      materialUnits: new Set(co.materialUnits),
      actionNoun: g.actionNounEndings.length ? new RegExp(`(?:${phrases(g.actionNounEndings)})$`, 'i') : /(?!)/,
      exchangeNew: g.exchangeNewWords.length
        ? new RegExp(`\\b(?:${phrases(g.exchangeNewWords)})\\b`, 'i')
        : /(?!)/,
      anaphor: new RegExp(`\\b(?:${phrases([...co.anaphors, ...co.descriptiveAnaphors, ...co.formerAnaphors, ...co.latterAnaphors])}|${demonstrative}(?:${phrases(co.pronouns)})(?=\\s+(?:${phrases(co.linkingVerbs)})\\b))\\b`, 'i'),
      productBefore: g.productPhrases.length ? new RegExp(`\\b(?:${phrases(g.productPhrases)})\\s+(?:[\\w.-]+\\s+){0,3}$`, 'i') : /(?!)/,
      siteLabel: g.siteLabels.length ? new RegExp(`^(?:${phrases(g.siteLabels)})$`, 'i') : /(?!)/,
      countOfWholeBefore: new RegExp(g.countOfWholeBefore, 'i'),
      nothingLeft: g.nothingLeftPatterns.length ? new RegExp(g.nothingLeftPatterns.map((p) => `(?:${p})`).join('|'), 'i') : /(?!)/,
      formerAnaphor: co.formerAnaphors.length ? new RegExp(`^(?:${phrases(co.formerAnaphors)})$`, 'i') : /(?!)/,
      latterAnaphor: co.latterAnaphors.length ? new RegExp(`^(?:${phrases(co.latterAnaphors)})$`, 'i') : /(?!)/,
      descriptiveAnaphor: co.descriptiveAnaphors.length ? new RegExp(`^(?:${phrases(co.descriptiveAnaphors)})$`, 'i') : /(?!)/,
      anaphorAll: new RegExp(`\\b(?:${phrases(co.anaphors)}|${demonstrative}(?:${phrases(co.pronouns)})(?=\\s+(?:${phrases(co.linkingVerbs)})\\b))\\b`, 'gi'),
      // (or, in a terse note, its participle right after it: "10 ml injected to fill the cavity")
      amountVerb: new RegExp(`^\\s*(?:(?:${phrases(co.amountVerbs)})\\b|[a-z]+(?:${phrases(g.participleEndings)})\\b)`, 'i'),
      drugAbsent: new RegExp(`\\b(?:${phrases(g.drugAbsentWords)})\\s+(?:[a-z-]+\\s+)?$`, 'i'),
      material: new RegExp(`\\b(?:${phrases(co.materialWords)})\\b`, 'i'),
      replacedImplant: new RegExp(`\\b(?:${phrases(g.replacedImplantWords)})\\b[^.;:]*?(?:,|(?<![\\w])(?:${phrases(g.replacedJoinWords)})(?![\\w]))`, 'i'),
      placementHeading: g.placementHeadingWords.length ? new RegExp(`\\b(?:${phrases(g.placementHeadingWords)})\\b`, 'i') : /(?!)/,
      byline: gr.timeline.bylineLabels.length ? new RegExp(`^(?:${phrases(gr.timeline.bylineLabels)})\\b`, 'i') : /(?!)/,
      removalHeading: g.removalHeadingWords.length ? new RegExp(`\\b(?:${phrases(g.removalHeadingWords)})\\b`, 'i') : /(?!)/,
      removalHeadingAll: g.removalHeadingWords.length ? new RegExp(`\\b(?:${phrases(g.removalHeadingWords)})\\b`, 'gi') : /(?!)/g,
      materialReference: new RegExp(`\\b(?:${phrases(co.materialReferenceWords)})\\s+(?:[\\w-]+\\s+){0,${co.materialReferenceGap}}?(?:${phrases(co.materialWords)})\\b`, 'i'),
      separateMaterial: new RegExp(`\\b(?:${phrases(co.separateMaterialWords)})\\s+(?:${co.separateMaterialGapStops.length ? `(?!(?:${phrases(co.separateMaterialGapStops)})\\b)` : ''}[\\w-]+\\s+){0,${co.separateMaterialGap}}?(?:${phrases(co.materialWords)})\\b`, 'i'),
      finiteVerb: new RegExp(`\\b(?:${phrases(gr.layout.finiteVerbs)})\\b`, 'i'),
      newDeviceBefore: co.newDeviceWords.length ? new RegExp(`\\b(?:${phrases(co.newDeviceWords)})\\s+(?:[\\w-]+\\s+){0,3}$`, 'i') : /(?!)/,
      earlierAnchor: new RegExp(anyOf(gr.timeline.earlierAnchors), 'i'),
      earlierAnchorAll: new RegExp(anyOf(gr.timeline.earlierAnchors), 'gi'),
      referenceBefore: gr.timeline.referenceParticiples.length
        ? new RegExp(`(?<!\\b(?:${phrases(g.passiveAuxiliaries)})\\s)\\b(?:${phrases(gr.timeline.referenceParticiples)})\\s+$`, 'i')
        : /(?!)/,
      sharedTimeJoin: new RegExp(`^[ \\t\\r\\n]*,?[ \\t\\r\\n]*(?:${g.verbJoiners.length ? phrases(g.verbJoiners) : '(?!)'})(?:[ \\t\\r\\n]+(?:${phrases(g.passiveAuxiliaries)}))?[ \\t\\r\\n]*$`, 'i'),
      joinedPassive: new RegExp(`\\b(?:${g.verbJoiners.length ? phrases(g.verbJoiners) : '(?!)'})\\s+(?:${phrases(g.passiveAuxiliaries)})\\s+(?:\\w+ly\\s+|then\\s+)?$`, 'i'),
      intervalWord: new RegExp(`\\b(?:${gr.timeline.intervalWords.length ? phrases(gr.timeline.intervalWords) : '(?!)'})\\b`, 'i'),
      listedOut: g.listedOutPrepositions.length ? new RegExp(`^[ \\t]+(?:${phrases(g.listedOutPrepositions)})\\b`, 'i') : /(?!)/,
      foundInPlace: g.foundInPlaceWords.length ? new RegExp(`\\b(?:${phrases(g.foundInPlaceWords)})\\b`, 'i') : /(?!)/,
      auxiliaryAfter: new RegExp(`^\\s+(?:${phrases(g.passiveAuxiliaries)})\\b`, 'i'),
      todayAnchor: new RegExp(anyOf(gr.timeline.todayAnchors), 'i'),
      plannedToday: gr.timeline.planTimeWords.length ? new RegExp(`\\b(?:${phrases(gr.timeline.planTimeWords)})\\s+(?:\\w+\\s+){0,2}?(?:${anyOf(gr.timeline.todayAnchors)})`, 'gi') : null,
      operationStart: new RegExp(`\\b(?:${phrases(gr.timeline.operationStartWords)})\\b`, 'i'),
      removalVerb: new RegExp(`(?:${phrases(g.removalVerbEndings)})$`, 'i'),
    };
    deviceGrammarCache.set(gr, c);
  }
  return c;
}

/**
 * True when an earlier-time anchor or a date before the date of service stands in the clause of a mention ("Two
 * weeks ago ... 24 beads were placed", "12OCT2026: nail removed, canal reamed"), not hundreds of characters away
 * in a dictated run-on that goes on to today's work.
 */
export function nearEarlierAnchor(a: Analysis, m: { start: number; end: number; sentence: number }): boolean {
  const sent = a.sentences[m.sentence]!;
  const lo = Math.max(sent.start, m.start - deviceGrammar(a).g.governBack - 60);
  const from = lo + a.doc.text.slice(lo, m.start).lastIndexOf(';') + 1;
  const to = Math.min(sent.end, m.end + deviceGrammar(a).g.governForward);
  return namesEarlierTime(a, a.doc.text.slice(from, to));
}

/** True when a sentence is anchored to an earlier time and not also to today (grammar.yaml timeline). */
/** An earlier time named in a text: an earlier anchor ("3 weeks ago") or a date before the date of service. */
function namesEarlierTime(a: Analysis, text: string): boolean {
  const dg = deviceGrammar(a);
  if (!dg.earlierAnchor.test(text)) return a.datedBeforeService(text);
  // (an earlier time that dates only what a participle after a noun refers to, "with the same antibiotic load used at
  // the first stage", does not date the sentence)
  const all = dg.earlierAnchorAll;
  all.lastIndex = 0;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    if (!dg.referenceBefore.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
    if (m[0].length === 0) all.lastIndex++;
  }
  return a.datedBeforeService(text);
}

/**
 * Where the earlier time that dates a removal or exchange verb right after it ends ("spacer removed 19-Jan-26",
 * "beads explanted on 01/19/2026", "chain removed 3 weeks ago"), or -1 when no such time follows it.
 */
function earlierDateAfter(a: Analysis, m: Mention, anyVerb = false): number {
  const dg = deviceGrammar(a);
  if (!anyVerb && !dg.removalVerb.test(m.text)) return -1;
  const sent = a.sentences[m.sentence]!;
  const after = a.doc.text.slice(m.end, Math.min(sent.end, m.end + 40));
  const lead = dg.datedAfter.exec(after)![0].length;
  const rest = after.slice(lead);
  const anchor = dg.earlierAnchor.exec(rest);
  if (anchor && anchor.index === 0) return m.end + lead + anchor[0].length;
  const words = rest.split(/[,;()]/)[0]!.trim().split(/\s+/).slice(0, 3);
  const head = words.join(' ');
  // (a numeric date without its year counts after the dated-action word: "put in place on 03/04")
  if (!(/^[0-9A-Za-z]/.test(rest) && a.datedBeforeService(head, lead > 0 && /\S/.test(after.slice(0, lead))) && /^\S*\d|^[A-Za-z]{3,9}\.?\s+\d/.test(head))) return -1;
  return m.end + lead + rest.indexOf(words[words.length - 1]!) + words[words.length - 1]!.length;
}

/**
 * True when a removal or exchange verb tells an earlier time's act: dated right after it, or joined to a verb so
 * dated before it in its sentence ("the nail was removed 9 weeks ago and replaced with a spacer").
 */
function verbDatedEarlier(a: Analysis, m: Mention): boolean {
  if (earlierDateAfter(a, m) >= 0) return true;
  const dg = deviceGrammar(a);
  // (the verb of a clause opened by a time measured since it: "nine days after the antibiotic beads were taken out";
  // not "the rod placed 3 weeks ago was removed", where the time dates the participle)
  const sent = a.sentences[m.sentence]!;
  const before = a.doc.text.slice(sent.start, m.start);
  dg.earlierAnchorAll.lastIndex = 0;
  const anchors = [...before.matchAll(dg.earlierAnchorAll)];
  const last = anchors[anchors.length - 1];
  if (last && dg.intervalWord.test(last[0]) && dg.auxiliaryAfter.test(before.slice(last.index! + last[0].length)) &&
      /^\s+\S+\s+(?:\w+ly\s+)?$/.test(before.slice(last.index! + last[0].length))) return true;
  // (a verb, "replaced with", not a noun, "replacement of")
  if (!dg.removalVerb.test(m.text.split(/\s+/)[0]!)) return false;
  return a.in('actions', m.sentence).some((p) => {
    if (p.end > m.start) return false;
    const at = earlierDateAfter(a, p);
    return at >= 0 && at <= m.start && dg.sharedTimeJoin.test(a.doc.text.slice(at, m.start));
  });
}

/** The drugs the note puts in the wound as a powder ("1 g of vancomycin powder was sprinkled into the wound"), found once per note. */
const woundDrugsMemo = new WeakMap<Analysis, ReadonlySet<string>>();
function woundPowderDrugs(a: Analysis): ReadonlySet<string> {
  let set = woundDrugsMemo.get(a);
  if (!set) woundDrugsMemo.set(a, (set = new Set(a.mentions('drugs').filter((m) => a.has('contexts', m.sentence, 'powder')).map((m) => m.entry.name))));
  return set;
}

export function anchoredEarlier(a: Analysis, s: number): boolean {
  const dg = deviceGrammar(a);
  const said = a.sentences[s]!.text;
  const text = dg.plannedToday ? said.replace(dg.plannedToday, ' ') : said;
  if (dg.todayAnchor.test(text)) return false;
  if (namesEarlierTime(a, text)) return true;
  return startsParagraph(a, s) ? false : carriedTime(a, s - 1) === 'earlier';
}

/** True when sentence `s` opens a paragraph: the first of its section, or after a blank line. */
function startsParagraph(a: Analysis, s: number): boolean {
  const p = s - 1;
  return p < 0 || a.sentences[p]!.section !== a.sentences[s]!.section || /\n[ \t]*\n/.test(a.doc.text.slice(a.sentences[p]!.end, a.sentences[s]!.start));
}

/**
 * The time a sentence hands on to the next one in its paragraph: its own anchor ("today", "3 weeks ago"; but
 * "The rod placed 3 weeks ago was removed" tells today's removal), else the time handed on to it. A paragraph
 * that opens in an earlier time goes on telling it ("Six weeks ago she had an I&D. At that operation beads were
 * placed.") until a sentence says today or the paragraph ends. Memoised and walked without recursion, so a
 * long paragraph costs one pass.
 */
type Carried = 'today' | 'earlier' | 'none';
const carriedMemo = new WeakMap<Analysis, Map<number, Carried>>();
function carriedTime(a: Analysis, s: number): Carried {
  let memo = carriedMemo.get(a);
  if (!memo) carriedMemo.set(a, (memo = new Map()));
  const dg = deviceGrammar(a);
  const chain: number[] = [];
  let result: Carried = 'none';
  for (let i = s; ; i--) {
    const known = memo.get(i);
    if (known !== undefined) {
      result = known;
      break;
    }
    chain.push(i);
    const t = a.sentences[i]!.text;
    // (the operation's own start, "Under spinal anaesthesia ...", "prepped and draped", tells today's work from
    // the sentence after it)
    if (dg.todayAnchor.test(t) || (i !== s && dg.operationStart.test(t))) {
      result = 'today';
      break;
    }
    if (dg.earlierAnchor.test(t)) {
      // (an earlier time carries on only from the opening of its paragraph, its first two sentences: an aside deep
      // in today's steps, "The ulnar nerve, transposed at the index operation, was protected", tells no time for
      // the steps after it)
      if (i !== s && !startsParagraph(a, i) && !(i > 0 && startsParagraph(a, i - 1))) break;
      // (a removal told by its verb or opening its item is today's, "the rod placed 3 weeks ago was removed",
      // "Removal of the beads placed 3 days ago"; a removal noun inside the earlier clause, "a spacer from a
      // first-stage explant 9 weeks ago", is that time's)
      // (but not a removal verb dated right after it, "the nail was removed 9 weeks ago and replaced with a spacer")
      const removedToday = (m: Mention) =>
        m.entry.tags.has('remove') && ((dg.removalVerb.test(m.text) && !verbDatedEarlier(a, m)) || m.start - a.sentences[i]!.start <= 2);
      result = a.in('actions', i).some(removedToday) ? 'today' : 'earlier';
      break;
    }
    if (startsParagraph(a, i)) break;
  }
  for (const c of chain) memo.set(c, result);
  return result;
}

/**
 * The drug, carrier and antibiotic words of a sentence in text order, and its manual-preparation words:
 * looked up once per sentence, then searched by position (a one-sentence note with thousands of forms stays
 * linear).
 */
const qualifierCache = new WeakMap<Analysis, Map<number, { quals: Mention[]; manual: Mention[] }>>();
function qualifiersOf(a: Analysis, s: number): { quals: Mention[]; manual: Mention[] } {
  let per = qualifierCache.get(a);
  if (!per) qualifierCache.set(a, (per = new Map()));
  let hit = per.get(s);
  if (!hit) {
    hit = {
      quals: QUALIFYING.flatMap((l) => a.in(l, s)).sort((x, y) => x.start - y.start),
      manual: a.in('fabrication', s).filter((m) => m.entry.tags.has('manual')).sort((x, y) => x.start - y.start),
    };
    per.set(s, hit);
  }
  return hit;
}

/** Index of the first mention starting at or after `at` (mentions sorted by start). */
function firstFrom(ms: Mention[], at: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far (characters) the drug or carrier may be from an implant-like form: its `near-N` tag, else the grammar's. */
function nearWindow(tags: Set<string>, fallback: number): number {
  for (const t of tags) if (t.startsWith('near-')) return Number(t.slice(5)) || fallback;
  return fallback;
}

/** Lexicons whose words say that a nail or rod carries a drug: drugs, carriers and antibiotic words. */
const QUALIFYING = ['drugs', 'carriers', 'drug-signals'];

/**
 * The drug or carrier word said of a nail or rod, if any: inside the form's own words ("cement rod",
 * "antibiotic-coated nail"), within `window` characters before it in the same clause, or after it when a
 * preparation verb links them ("nail was coated with vancomycin cement", "rod made of PMMA"; not "coated
 * in slime"). The words come from the lexicons, so a coder's new drug or brand counts here too.
 */
function nearQualifier(a: Analysis, f: Mention, window: number): string | undefined {
  const text = a.doc.text;
  const { quals, manual } = qualifiersOf(a, f.sentence);
  // qualifiers that could matter start within `window` before the form and end within `window` after it
  const lo = firstFrom(quals, f.start - window - 200);
  const hi = firstFrom(quals, f.end + window + 1);
  const near = quals.slice(lo, hi);
  const inside = near.find((q) => q.start < f.end && q.end > f.start);
  if (inside) return inside.text;
  for (let i = firstFrom(manual, f.start); i < manual.length && manual[i]!.start < f.end; i++) if (manual[i]!.end <= f.end) return f.text;
  const before = near.filter((q) => q.end <= f.start && f.start - q.end <= window && !/[;,]|\band\b/i.test(text.slice(q.end, f.start)));
  if (before.length) return before[before.length - 1]!.text;
  // the product the sentence's loaded material was made into ("two bags of Palacos with vancomycin were injected into
  // the tube over a guide wire to make a rod of 10 mm"): its material is told before it, however far, in its sentence
  const dg = deviceGrammar(a);
  if (dg.productBefore.test(text.slice(Math.max(0, f.start - dg.g.productReach), f.start))) {
    const from = a.sentences[f.sentence]!.start;
    const made = quals.filter((q) => q.start >= from && q.end <= f.start && !text.slice(q.end, f.start).includes(';'));
    if (made.length) return made[made.length - 1]!.text;
  }
  // (the form's own size may stand before the link: "Tibial nail 10 x 360 mm coated with Palacos")
  const size = a.quantities(f.sentence).find((q) => q.start >= f.end && /^\s*$/.test(text.slice(f.end, q.start)));
  // (and a comma after the size: "Humeral nail 8 x 240 mm, coated in Palacos")
  const from = size ? size.end + (/^\s*,/.exec(text.slice(size.end, size.end + 4))?.[0].length ?? 0) : f.end;
  const clauseEnd = Math.min(a.sentences[f.sentence]!.end, from + window);
  const clause = text.slice(from, clauseEnd).split(/[;,]/)[0] ?? '';
  if (!deviceGrammar(a).linked.test(clause)) return undefined;
  const after = near.find((q) => q.start >= from && q.end <= from + clause.length);
  return after?.text;
}

function actionsIn(a: Analysis, s: number, tag: string): Mention[] {
  return a
    .in('actions', s)
    .filter((m) => ((m.entry.tags.has(tag) && !stativeNow(a, m)) || (m.entry.tags.has('directional') && directionOf(a, m) === tag)) && !asFound(a, m) && !deviceLies(a, m) && !quoted(a, m));
}

/** A row of comma-separated cells in quotes: two quoted cells joined by a comma. */
const CSV_CELLS = /(?:^|,)[ \t]*"[^"\n]*"[ \t]*,[ \t]*(?:"[^"\n]*"|[^",\n]*)/;

/**
 * An action word inside quotation marks repeats words said elsewhere (a nursing line, a pasted report, a query quoting
 * the narrative: 'Nursing: "beads R femur, wound packed"'): the note's own words tell what was done.
 */
function quoted(a: Analysis, m: Mention): boolean {
  const marks = quoteMarks(a, m.sentence);
  if (!marks.at.length || m.start <= marks.at[0]!) return false;
  // the state after the last quotation mark before the action (the marks are in text order)
  let lo = 0;
  let hi = marks.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (marks.at[mid]! < m.start) lo = mid;
    else hi = mid - 1;
  }
  if (!marks.inside[lo]) return false;
  // (the quotes of a CSV row's cells, '"QI-04",6,"PROCEDURES","Beads placed deep to the fascia."', quote nothing)
  const text = a.doc.text;
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEnd = text.indexOf('\n', m.start);
  return !CSV_CELLS.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

const quoteMemo = new WeakMap<Analysis, Map<number, { at: number[]; inside: boolean[] }>>();
/** A sentence's quotation marks (offsets) and, after each, whether the text stands inside quotes: one pass a sentence. */
function quoteMarks(a: Analysis, si: number): { at: number[]; inside: boolean[] } {
  let bySentence = quoteMemo.get(a);
  if (!bySentence) quoteMemo.set(a, (bySentence = new Map()));
  let marks = bySentence.get(si);
  if (!marks) {
    marks = { at: [], inside: [] };
    const sent = a.sentences[si]!;
    const text = a.doc.text;
    let straight = 0;
    let open = 0;
    for (let i = sent.start; i < sent.end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34) straight++;
      else if (ch === 0x201c) open++;
      else if (ch === 0x201d && open > 0) open--;
      else continue;
      marks.at.push(i);
      marks.inside.push(straight % 2 === 1 || open > 0);
    }
    bySentence.set(si, marks);
  }
  return marks;
}

/**
 * An action word with a device as its subject right before it that tells where the device lies, in a note that takes
 * a device of that form out ("the static spacer filled the joint and had cement interdigitated", then "it was split
 * and removed"): how the device was found. (Where no device of that form comes out, the same words say where the
 * device put in today lies: "the pellets filled the resulting cavity".)
 */
function deviceLies(a: Analysis, m: Mention): boolean {
  const re = deviceGrammar(a).subjectState;
  if (!re?.test(m.text)) return false;
  const subject = a.in('forms', m.sentence).find((f) => f.end <= m.start && /^\s+(?:[a-z]+ly\s+)?$/i.test(a.doc.text.slice(f.end, m.start)));
  return subject !== undefined && removedFormNames(a).has(subject.entry.name);
}

const removedFormsMemo = new WeakMap<Analysis, Set<string>>();
/** The names of the forms named in a sentence of this operation with an affirmed removal word. */
function removedFormNames(a: Analysis): Set<string> {
  let out = removedFormsMemo.get(a);
  if (!out) {
    out = new Set<string>();
    for (const act of a.mentions('actions')) {
      if (!act.entry.tags.has('remove') || !a.isOperative(act.sentence) || !a.affirmed(act)) continue;
      for (const f of a.in('forms', act.sentence)) out.add(f.entry.name);
    }
    removedFormsMemo.set(a, out);
  }
  return out;
}

/** An action word that tells how a device was found ("lying in the canal as placed"), not what was done. */
function asFound(a: Analysis, m: Mention): boolean {
  const dg = deviceGrammar(a);
  return dg.asFoundBefore.test(a.doc.text.slice(Math.max(0, m.start - dg.g.stateLookback), m.start));
}

/** A stative word in the present tense ("the beads are well seated") says where a device sits: no action. */
function stativeNow(a: Analysis, m: Mention): boolean {
  if (!m.entry.tags.has('stative')) return false;
  // (in a findings section a stative word tells what was found: "bead chain wire visible at the window, beads seated")
  if (a.sentences[m.sentence]!.category === 'findings') return true;
  const dg = deviceGrammar(a);
  if (dg.presentBefore.test(a.doc.text.slice(Math.max(0, m.start - dg.g.stateLookback), m.start))) return true;
  // "..., well seated and not disturbed", "the spacer was well seated in the joint": how it sits, a state
  const before = a.doc.text.slice(Math.max(0, m.start - dg.g.stateLookback), m.start);
  // (and "the spacer head was seen seated in the acetabulum": how it lies when it is looked at)
  return dg.stateAdverbBefore.test(before) || (dg.g.stateSeenWords.length > 0 && dg.stateSeenBefore.test(before));
}

/** The action a directional word ("delivered", "brought") takes from the preposition after it, if any. */
/** A line that is one option of a form field: it opens with its check box or radio button ("[x] intra-articular"). */
const BOX_OPTION = /^\s*(?:\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612]|\([ xX\u2022\u25cf*]?\))/;

/** What may stand before the device of a terse fragment: list marks and up to three words ("- new beads: ..."). */
const FRAGMENT_LEAD = /^[\s\-*\u2022\d.)]*(?:[\w/+&-]+\s+){0,3}$/;

/**
 * Material made into another device form right after it ("the paste into pearls", "the dough into 20 beads", "into two
 * 6 mm dowels"): the preposition tells the making, not a way in.
 */
function madeIntoForm(a: Analysis, m: Mention): boolean {
  const dg = deviceGrammar(a);
  const text = a.doc.text;
  return a.in('forms', m.sentence).some((f) => f.start > m.end && f.start - m.end <= dg.g.directionReach && dg.intoMade.test(text.slice(m.end, f.start).replace(/\s\d+\s+(?=\S*\s*$)/, ' ')));
}

function directionOf(a: Analysis, m: Mention): 'insert' | 'remove' | undefined {
  const dg = deviceGrammar(a);
  const after = a.doc.text.slice(m.end, m.end + dg.g.directionReach);
  // (out of its mould is the making of the device, not its removal: "Rod out of mold, ends trimmed")
  if (dg.outward.test(after)) return dg.outOfMould.test(after) ? undefined : 'remove';
  // (into another device form is its making: "pressed the paste into pearls on the back table")
  if (dg.inward.test(after)) return madeIntoForm(a, m) ? undefined : 'insert';
  // (an arrow is the way in when a place of the device's sentence starts right after it)
  const arrow = dg.arrow.exec(after);
  if (arrow) {
    const at = m.end + arrow[0].length;
    if (sitesIn(a, m.sentence).some((x) => x.start >= at && x.start - at <= dg.g.arrowSiteReach)) return 'insert';
  }
  return undefined;
}


/**
 * The device an action word governs in its sentence: a noun form ("removal of the beads", "placement of")
 * looks forward; a passive participle ("the beads were removed") looks back; an active verb ("we placed the
 * beads") looks forward. The search stops at a semicolon, a closing bracket or another action word.
 */
export function governedDevice(a: Analysis, act: Mention, devices: DeviceMention[]): DeviceMention | undefined {
  const text = a.doc.text;
  // the sentence's action words in text order (a.in keeps them sorted): searched by position, never rescanned
  const actions = a.in('actions', act.sentence);
  const dg = deviceGrammar(a);
  const blocked = (from: number, to: number, comma = false) => {
    // (an aside in brackets or between dashes is not part of the clause: "the rod - 40 g ..., pushed into a
    // tube - was inserted": its words and action words block nothing)
    const skip = asides(dg, text, from, to);
    const between = cutRanges(text, from, to, skip);
    // (so does an item separator of a terse list, a slash between spaces, when the items it parts are short: "ex-fix
    // removed / I&D femur / coated IMN", not a translation after a slash, "New spacer / two 40 g packs ..., then placed")
    // (an open bracket left between a device and the action after it puts the action in an aside the device is not in:
    // "removal of antibiotic spacer, knee joint (antibiotic cement used for fixation ..."; an action before its device
    // may name it in an aside, "Removal of deep implant (antibiotic beads)")
    if (/[;)]/.test(between) || (!comma && between.includes('(')) || (comma && between.includes(','))) return true;
    if (between.includes(' / ') && between.split(' / ').every((x) => x.trim().length <= dg.g.slashItemMax)) return true;
    for (let i = firstFrom(actions, from); i < actions.length && actions[i]!.start < to; i++) {
      const o = actions[i]!;
      if (skip.some(([x, y]) => o.start >= x && o.end <= y)) continue;
      if (o !== act && o.end <= to && !o.entry.tags.has('purpose') && !attributive(a, o) && !reducedRelative(o)) return true;
    }
    return false;
  };
  // a participle right after the device noun, before the passive verb of the sentence, is a reduced relative on the
  // device ("the 12 beads placed beneath it five weeks ago were taken out"): it tells the device, not the event
  const reducedRelative = (o: Mention) => {
    if (!passive || o.start >= act.start) return false;
    const f = verbForm(a, o);
    return f.participle && !f.passive && devices.some((d) => d.end <= o.start && /^\s+$/.test(text.slice(d.end, o.start)));
  };
  // the verb of a phrasal action ("passed into", "slid down") is its first word
  const { participle, passive, coordinated } = verbForm(a, act);
  // devices are in text order: look outwards from the action word, within the governing windows
  const at = firstFrom(devices, act.start);
  const back = () => {
    for (let i = at - 1; i >= 0; i--) {
      const d = devices[i]!;
      if (d.end > act.start) continue;
      // (the distance leaves out asides between dashes: "the rod - how it was made - was inserted")
      if (act.start - d.end > dg.g.governBack && act.start - d.end - asideLength(dg, text, d.end, act.start) > dg.g.governBack) {
        if (act.start - d.start > dg.g.governBack + dg.g.governGiveUp) break;
        continue;
      }
      if (!blocked(d.end, act.start)) return d;
    }
    return undefined;
  };
  // a device right before an action noun of its own ("spacer insertion", "bead removal") is that noun's
  const ownNoun = (d: DeviceMention) => {
    for (let i = firstFrom(actions, d.end); i < actions.length && actions[i]!.start - d.end <= 2; i++) {
      const o = actions[i]!;
      if (o !== act && /^[\s-]{0,2}$/.test(text.slice(d.end, o.start)) && !verbForm(a, o).participle) return true;
    }
    return false;
  };
  // an action noun that opens its line with a comma right after it names its object after the comma, as a procedure
  // catalogue writes it ("REMOVAL, ANTIBIOTIC CEMENT ROD, TIBIAL CANAL (Right)"): that comma cuts no clause
  const catalogue = /^[ \t]*,/.test(text.slice(act.end, act.end + 4)) && /^[\s\-*\u2022\d.)]*$/.test(text.slice(Math.max(a.sentences[act.sentence]!.start, text.lastIndexOf('\n', act.start - 1) + 1), act.start));
  const fwd = () => {
    // (an action word that is an item of its own before a mark that joins items, "Stage 1 (explant + spacer)", governs no
    // device after the mark; "Removal of vancomycin + gentamicin PMMA spacer" joins the drugs of one device)
    if (dg.g.itemMarks.some((mark) => text.startsWith(mark, act.end))) return undefined;
    for (let i = firstFrom(devices, act.end); i < devices.length; i++) {
      const d = devices[i]!;
      if (d.start - act.end > dg.g.governForward) break;
      // (a device named as a landmark, "synovium excised from the gutters around the spacer", is not the object)
      if (dg.landmarkBefore.test(text.slice(Math.max(act.end, d.start - 60), d.start))) continue;
      const lead = catalogue ? text.indexOf(',', act.end) + 1 : act.end;
      // (a device word that only modifies the noun after it, "put the bead count in above", is no object: the noun is)
      if (!blocked(lead, d.start, true)) return ownNoun(d) || (dg.g.modifiedHeads.length > 0 && dg.modifierOf.test(text.slice(d.end, d.end + 24))) ? undefined : d;
    }
    return undefined;
  };
  // a participle between a determiner and a noun is an adjective ("matching the removed humeral head")
  if (attributive(a, act)) return undefined;
  // a participle right after a noun of another object is that object's, in terse notes too ("dorsal incision, plate
  // removed, shaft excised"), unless a device ends right there ("cement rod removed")
  if (participle && !devices.some((d) => d.end <= act.start && /^[\s,]*$/.test(text.slice(d.end, act.start)))) {
    const before = text.slice(Math.max(0, act.start - 24), act.start);
    const own = dg.ownObjectBefore.exec(before);
    // (not a word that also names a device or its material: "nail inserted", "cement packed" may be the device's; and
    // only as a clause of its own, after a comma or at the start: "12 beads on one wire placed" is the beads')
    const clauseStart = own !== null && /(?:^|[,;:.(]\s*)(?:(?:the|a|an|old|retained)\s+)?$/i.test(before.slice(0, own.index));
    if (own && clauseStart && !a.matchText('forms', own[0]).length && !a.matchText('carriers', own[0]).length) return undefined;
  }
  // a device word that contains the action word ("antibiotic spacer placement") governs itself
  for (let i = Math.max(0, firstFrom(devices, act.start - 400)); i < devices.length && devices[i]!.start <= act.start; i++) {
    const d = devices[i]!;
    if (d.end >= act.end) return d;
  }

  // a passive verb with an instrument ("the cavity was filled with the beads") governs the device after it:
  // its subject is the place
  // and a passive verb whose own subject stands between it and the device before it ("... around the nail, and
  // the tube was split and removed") governs no device there
  // (a relative clause on the device, "the rod that we made while the canal was being reamed ... was inserted",
  // holds its own subjects: they do not take the verb from the device)
  const subject = () => {
    const d = back();
    if (!d) return undefined;
    const between = cutRanges(text, d.end, act.start, asides(dg, text, d.end, act.start));
    return dg.relativeClause.test(between) || !dg.otherSubject.test(between) ? d : undefined;
  };
  // (a participle made passive only by the verb it is joined to, with no device as that verb's subject, is read as it
  // stands: "Palacos ... was mixed by hand and pressed into the knee joint space as a block spacer")
  // (but not into the device it makes: "a Stimulan kit was mixed with vancomycin and pressed into 3 mm pellets")
  const fwdPlaced = () => {
    const d = fwd();
    if (!d) return d;
    // (the preposition is the action word's own last word, "pressed into", or stands after it)
    const gap = (dg.inwardLast.test(act.text) ? ' into ' : '') + text.slice(act.end, d.start).replace(/^\s*/, ' ');
    if (dg.intoMade.test(gap)) return undefined;
    // (nor the material an active verb makes into another device: "pressed the paste into pearls on the back table",
    // "rolled the dough into 20 beads")
    return madeIntoForm(a, d) ? undefined : d;
  };
  // a passive verb joined by "and" with its own auxiliary to the passive verb before it shares that verb's subject,
  // however long the first clause ("A new rod was made on the back table from 2 bags of cement mixed with ... over a
  // guide wire and was inserted into the femoral canal"), unless a subject of its own stands between
  const sharedSubject = () => {
    const sent = a.sentences[act.sentence]!;
    if (!dg.joinedPassive.test(text.slice(Math.max(sent.start, act.start - 40), act.start))) return undefined;
    // (the subject: a device of the sentence right before an auxiliary, the first such)
    for (const d of devices) {
      if (d.sentence !== act.sentence || d.end > act.start) continue;
      const aux = dg.auxiliaryAfter.exec(text.slice(d.end, act.start));
      if (!aux) continue;
      const from = d.end + aux[0].length;
      return /[;:]/.test(text.slice(from, act.start)) || dg.otherSubject.test(text.slice(from, act.start)) ? undefined : d;
    }
    return undefined;
  };
  // a passive verb whose subject is an amount of the material ("CERAMENT G ... was mixed on the back table, and 10 mL
  // was injected into the cavity") places the device its sentence named before that amount
  const amountSubject = () => {
    const q = a.quantities(act.sentence).find((x) => !x.excludedBy && x.end <= act.start && dg.auxiliaryAfter.test(text.slice(x.end, act.start)) && /^\s+\S+\s+(?:\w+ly\s+)?$/.test(text.slice(x.end, act.start)));
    if (!q) return undefined;
    const before = devices.filter((d) => d.sentence === act.sentence && d.end <= q.start);
    return before.length && new Set(before.map((d) => d.form)).size === 1 ? before[before.length - 1] : undefined;
  };
  // a clause that opens with its auxiliary has its subject after the verb ("Were placed the beads in the defect", "Was
  // performed the placement of antibiotic beads")
  const inverted = () => (dg.invertedOpening.test(text.slice(a.clauseSpan(act)[0], act.start)) ? fwd() : undefined);
  if (passive) return (withInstrument(a, act) ? fwd() : undefined) ?? subject() ?? sharedSubject() ?? amountSubject() ?? (coordinated ? fwdPlaced() : undefined) ?? inverted();
  // a participle with no subject of its own after a long description of the one device its sentence names ("SPACER
  // MADE ON THE TABLE: TWO 40 G PACKS ... MOULDED BY HAND AROUND A PIN TO FORM A STEM ..., THEN PLACED INTO THE HIP
  // JOINT") tells what was done with that device, however far back it was named
  const sole = () => {
    const before = devices.filter((d) => d.end <= act.start && d.sentence === act.sentence);
    if (!before.length || new Set(devices.filter((d) => d.sentence === act.sentence).map((d) => d.form)).size !== 1) return undefined;
    const d = before[before.length - 1]!;
    // (no other action word, clause break or subject of its own between them)
    return blocked(d.end, act.start) || dg.otherSubject.test(text.slice(d.end, act.start)) ? undefined : d;
  };
  // (a participle in the active perfect after a subject of its own, "Those beads have since dissolved, the cavity has
  // filled with granulation tissue", governs no device before that subject)
  if (participle && dg.perfectSubject.test(text.slice(Math.max(0, act.start - 80), act.start))) return fwd();
  // (an active past tense after its subject pronoun, "so today we excised the wound edges", governs forward only,
  // unless the device stands right before that subject as its fronted object: "after hardening the beads we put deep
  // to fascia")
  if (participle) {
    const from = Math.max(0, act.start - 24);
    const subj = dg.activeSubject.exec(text.slice(from, act.start));
    if (subj && !devices.some((d) => d.end <= from + subj.index && /^\s*$/.test(text.slice(d.end, from + subj.index)))) return fwd();
  }
  if (participle) return fwd() ?? back() ?? sole();
  // a noun ("insertion", "removal") governs what follows it, or a device right before it ("bead placement");
  // with an of-phrase it governs that phrase's noun, not a device after "with" ("removal of the hemiarthroplasty
  // with an antibiotic spacer" removes no spacer); after the name of an implant or tissue ("stem extraction and
  // the spacer reduction") it is that thing's action and governs no device of another item after it
  const ofPhrase = /^\s+of\b/i.test(text.slice(act.end, act.end + 4));
  const ownObject = !ofPhrase && dg.ownObjectBefore.test(text.slice(Math.max(0, act.start - 24), act.start));
  const fwdNoun = () => {
    const d = fwd();
    // (the device of another item joined by "and" or a comma; "hardware removal - antibiotic cement rod" names it)
    if (d && ownObject && /,|\b(?:and|or|plus|as well as)\b/i.test(text.slice(act.end, d.start))) return undefined;
    if (!d || !ofPhrase) return d;
    return dg.ofStop.test(text.slice(act.end, d.start)) ? undefined : d;
  };
  let adjacent: DeviceMention | undefined;
  // (a present participle with an object of its own, "the rod filling the gap", tells the device's state)
  const stateOf = dg.presentParticiple.test(act.text) && dg.objectAfter.test(text.slice(act.end, act.end + 12));
  for (let i = at - 1; i >= 0 && !adjacent && !stateOf; i--) {
    const d = devices[i]!;
    if (d.end <= act.start && /^[\s-]{0,2}$/.test(text.slice(d.end, act.start))) adjacent = d;
    else if (act.start - d.end > 2) break;
  }
  // "preparation of an antibiotic cement rod and insertion in the tibial canal": an action noun joined by "and" to
  // the device before it, with its place after it (not an of-phrase of its own), is that device's
  if (!adjacent && !stateOf && !ofPhrase) {
    const d = devices[at - 1];
    if (d && d.end <= act.start && /^\s+and\s+$/i.test(text.slice(d.end, act.start)) && dg.inward.test(' ' + text.slice(act.end, act.end + 20))) adjacent = d;
  }
  return fwdNoun() ?? adjacent;
}

/** Whether an action word is a participle, and a passive one ("was placed", "were then packed"). */
function verbForm(a: Analysis, act: Mention): { participle: boolean; passive: boolean; coordinated: boolean } {
  const dg = deviceGrammar(a);
  const word = act.text.split(/\s+/)[0] ?? act.text;
  const participle = dg.participle.test(word) && !dg.notParticiple.test(word);
  let passive = participle && dg.passiveBefore.test(a.doc.text.slice(Math.max(0, act.start - dg.g.passiveLookback), act.start));
  let coordinated = false;
  // (a participle joined by "and" to a passive verb of its clause shares its auxiliary: "the rod ... was grasped at its
  // proud end with pliers and removed")
  if (participle && !passive && /\band\s+$/i.test(a.doc.text.slice(Math.max(0, act.start - 6), act.start))) {
    const sent = a.sentences[act.sentence];
    if (sent) {
      const before = a.doc.text.slice(sent.start, act.start);
      const aux = [...before.matchAll(dg.passiveVerbAll)].pop();
      // (not when an action word stands between, "was made by hand ... and inserted": that verb's own reading holds)
      const from = sent.start + (aux?.index ?? 0);
      const acted = a.in('actions', act.sentence).some((o) => o !== act && o.start >= from && o.end <= act.start);
      if (aux && !acted && !/[;:,]/.test(before.slice(aux.index!))) {
        passive = true;
        coordinated = true;
      }
    }
  }
  // (an auxiliary and its participle parted by a clause between commas: "were, after the joint had been irrigated, placed")
  if (participle && !passive && /,\s*$/.test(a.doc.text.slice(Math.max(0, act.start - 3), act.start))) {
    const sent = a.sentences[act.sentence];
    if (sent) {
      const before = a.doc.text.slice(sent.start, act.start);
      const aux = [...before.matchAll(dg.auxiliaryInterruptedAll)].pop();
      if (aux && !/[;.]/.test(before.slice(aux.index!))) passive = true;
    }
  }
  return { participle, passive, coordinated };
}

/** A passive verb with an instrument after it ("the cavity was filled with the beads"): its subject is the place. */
function withInstrument(a: Analysis, act: Mention): boolean {
  return verbForm(a, act).passive && deviceGrammar(a).instrument.test(a.doc.text.slice(act.end, act.end + 30));
}

/**
 * Asides in [from, to): brackets, text between a pair of spaced dashes ("the rod - made of ... - was"), and,
 * from a device to its passive verb, a clause between commas that opens with a participle or a relative
 * pronoun and closes right before the verb's auxiliary ("a new rod, made on the back table from ..., was
 * passed into the canal").
 */
function asides(dg: DeviceGrammar, text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const seg = text.slice(from, to);
  for (const re of [/\([^()]*\)/g, /\s[-\u2013\u2014]{1,2}\s[^\n]*?\s[-\u2013\u2014]{1,2}\s/g]) {
    for (let m = re.exec(seg); m; m = re.exec(seg)) out.push([from + m.index, from + m.index + m[0].length]);
  }
  const open = dg.appositiveOpen.exec(seg) ?? dg.relativeOpen.exec(seg);
  const close = seg.lastIndexOf(',');
  if (open && close > open[0].length && dg.appositiveClose.test(seg.slice(close))) {
    out.push([from + seg.indexOf(','), from + close + 1]);
  }
  // an auxiliary whose participle comes after a clause set off by commas ("the beads ... were, after the joint had
  // been irrigated and inspected again, placed into the joint"): that clause is an aside
  const aux = dg.auxiliaryInterrupted.exec(seg);
  if (aux && close > aux.index + aux[0].length - 1 && /^,\s*$/.test(seg.slice(close))) out.push([from + aux.index + aux[0].length - 1, from + close + 1]);
  return out;
}

function asideLength(dg: DeviceGrammar, text: string, from: number, to: number): number {
  return asides(dg, text, from, to).reduce((n, [x, y]) => n + (y - x), 0);
}

/** The text of [from, to) without the given ranges. */
function cutRanges(text: string, from: number, to: number, ranges: [number, number][]): string {
  const sorted = [...ranges].sort((p, q) => p[0] - q[0]);
  let out = '';
  let at = from;
  for (const [x, y] of sorted) {
    if (x > at) out += text.slice(at, x);
    at = Math.max(at, y);
  }
  return out + text.slice(at, to);
}

/** A participle between a determiner and a noun is an adjective, not an action ("the removed femoral head"). */
function attributive(a: Analysis, m: Mention): boolean {
  const dg = deviceGrammar(a);
  const text = a.doc.text;
  const word = m.text.split(/\s+/)[0] ?? m.text;
  return dg.participle.test(word) && !dg.notParticiple.test(word) && dg.attributive.test(text.slice(Math.max(0, m.start - 12), m.start)) && /^\s+[A-Za-z]/.test(text.slice(m.end, m.end + 2));
}

/** A table's header row ("| Chain | Beads placed (day 3) | Beads removed today |" over "|---|---|"): it names columns and tells no event. */
function headerRow(a: Analysis, s: number): boolean {
  const sent = a.sentences[s]!;
  if (!sent.text.trimStart().startsWith('|')) return false;
  const text = a.doc.text;
  const nl = text.indexOf('\n', sent.end);
  if (nl < 0 || text.slice(sent.end, nl).trim()) return false;
  const end = text.indexOf('\n', nl + 1);
  return TABLE_RULE.test(text.slice(nl + 1, end < 0 ? text.length : end));
}
/** The rule under a pipe table's header ("|---|:---:|"). */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * An insertion word that names a device by its earlier placement, not a placement of today: a participle right
 * after its device followed by the sentence's own verb ("the 30 beads placed at the index I&D were retrieved"), or
 * an insertion noun after a word of time ("twelve, as recorded at placement").
 */
function namesEarlier(a: Analysis, m: Mention, device: DeviceMention | undefined): boolean {
  const dg = deviceGrammar(a);
  const sent = a.sentences[m.sentence]!;
  const text = a.doc.text;
  if (dg.placementTime.test(text.slice(Math.max(sent.start, m.start - dg.placementTimeReach), m.start)) && !dg.reducedRelative.test(m.text)) return true;
  if (!device || device.end > m.start || text.slice(device.end, m.start).trim() !== '' || !dg.reducedRelative.test(m.text)) return false;
  // the rest of the sentence up to its own verb: no clause break before it
  const rest = text.slice(m.end, sent.end);
  const verb = dg.relativeMain.exec(rest);
  if (verb === null || dg.relativeBreak.test(rest.slice(0, verb.index))) return false;
  // ... and the sentence takes the device out, or the clause names the earlier time ("placed at the index I&D"):
  // "the ones placed down the canal did have a suture" tells today's placement
  const clauseEnd = m.end + verb.index;
  const earlierInClause = a.in('staging', m.sentence).some((x) => x.entry.tags.has('earlier') && x.start >= m.end && x.end <= clauseEnd) || dg.earlierAnchor.test(text.slice(m.end, clauseEnd));
  return earlierInClause || actionsIn(a, m.sentence, 'remove').length > 0;
}

/** Sites named in a sentence (not negated), specific ones only. */
function sitesIn(a: Analysis, s: number): Mention[] {
  const offset = deviceGrammar(a).offsetBefore;
  const sent = a.sentences[s]!;
  // (a place measured from, "tip 1 cm above the ankle joint", is a reference point, not where the device is)
  return a.in('sites', s).filter((m) => siteOf(m) && !a.assertion(m).negated && !formOption(a, m) && !offset.test(a.doc.text.slice(Math.max(sent.start, m.start - 60), m.start)));
}

/**
 * A word of a form's prompt that lists the choices in brackets before its colon ("Site (canal / joint / deep):"): one of
 * the options offered, not the answer.
 */
function formOption(a: Analysis, m: Mention): boolean {
  const text = a.sentences[m.sentence]!.text;
  const at = m.start - a.sentences[m.sentence]!.start;
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  const close = text.indexOf(')', at);
  return close > 0 && text.slice(open, close).includes('/') && /^[ \t]*:/.test(text.slice(close + 1));
}

/**
 * A supply-log row (no finite verb: a row, not the narrative) whose status says the item was neither put in nor taken
 * out (grammar.yaml unusedSupplyWords: "opened in error - wasted", "| Returned unopened |").
 */
export function unusedSupplyRow(a: Analysis, s: number): boolean {
  const g = deviceGrammar(a);
  const text = a.sentences[s]!.text;
  if (g.unusedSupply.test(text) && !g.finiteVerb.test(text)) return true;
  // (or says it by its marks under the table's columns: "| Stimulan 5 cc kit | Y | N | Y |" under "| Item | Opened |
  // Implanted | Wasted |": a yes under a column of an unused status, or a no under a column of use)
  if (!text.includes('|')) return false;
  const cells = pipeCells(text);
  // (the header: the first row of the run of rows above it with as many cells, with or without outer pipes)
  let h = s;
  for (let t = s - 1; t >= 0 && a.sentences[t]!.section === a.sentences[s]!.section; t--) {
    const row = a.sentences[t]!.text;
    if (/^[\s|+:=-]*$/.test(row)) continue; // a rule row
    if (!row.includes('|') || pipeCells(row).length !== cells.length) break;
    h = t;
  }
  if (h === s) return false;
  const header = pipeCells(a.sentences[h]!.text);
  const marks = a.grammar.devices.supplyMarks;
  const is = (v: string, list: readonly string[]) => list.includes(v.trim().toLowerCase());
  return header.some((h, k) => {
    const v = cells[k]!;
    return (g.unusedSupply.test(h) && is(v, marks.yes)) || (g.usedColumn.test(h.trim()) && is(v, marks.no));
  });
}

export function analyseDevices(a: Analysis): DeviceAnalysis {
  // most notes name no device form or carrier at all: nothing to analyse
  if (!a.anywhere('forms') && !a.anywhere('carriers')) {
    return { devices: [], insertSentences: new Set(), removeSentences: new Set(), events: [], frames: [] };
  }
  const devices = findDeviceMentions(a);
  const bySentence = bySentenceOf(devices);
  // the forms each sentence with an affirmed insertion word names (looked up only for a procedure line's items)
  let placedIn: Map<string, Set<number>> | undefined;
  const placedElsewhere = (form: string, s: number): boolean => {
    if (!placedIn) {
      placedIn = new Map();
      for (const [t, ds] of bySentence) {
        if (!a.in('actions', t).some((m) => m.entry.tags.has('insert') && a.affirmed(m))) continue;
        for (const d of ds) placedIn.set(d.form, (placedIn.get(d.form) ?? new Set()).add(t));
      }
    }
    return [...(placedIn.get(form) ?? [])].some((t) => t !== s);
  };
  const insertSentences = new Set<number>();
  const removeSentences = new Set<number>();
  const { removal: removalBlock, mixed: mixedBlock } = headingBlocks(a);
  const raw: { action: DeviceAction; s: number; spans: { start: number; end: number; sentence: number }[]; forms: string[]; anchor?: Mention | undefined }[] = [];
  const describedOnly: number[] = [];

  for (const [s, ds] of bySentence) {
    const cat = a.sentences[s]!.category;
    if (cat === 'diagnosis' || headerRow(a, s)) continue;
    // a supply-log row of an item that was not used (no finite verb: a row, not the narrative)
    if (unusedSupplyRow(a, s)) continue;
    const live = ds.filter((d) => !a.assertion(d).negated);
    if (!live.length) continue;
    // (the device each action word governs, looked up once per action word)
    const govMemo = new Map<Mention, DeviceMention | undefined>();
    const governs = (m: Mention): DeviceMention | undefined => {
      if (!govMemo.has(m)) govMemo.set(m, governedDevice(a, m, ds));
      return govMemo.get(m);
    };
    const ok = (m: Mention) => a.affirmed(m) && governs(m) !== undefined && !a.assertion(governs(m)!).negated;
    // an insertion in a sentence anchored to an earlier time ("8 weeks ago", "at the index operation") was done then
    const earlier = anchoredEarlier(a, s);
    // putting the material into its mould ("the paste was pressed into a bead mat") makes the device, it places none
    const intoMould = (m: Mention) => deviceGrammar(a).intoMould.test(a.doc.text.slice(m.end, m.end + 60));
    // (a sentence that names an earlier time and today both: its past-perfect actions are the earlier time's)
    const bothTimes = !earlier && namesEarlierTime(a, a.sentences[s]!.text);
    const pastPerfect = (m: Mention) => {
      const before = a.doc.text.slice(Math.max(a.sentences[s]!.start, m.start - 64), m.start);
      return (bothTimes && deviceGrammar(a).pastPerfectBefore.test(before)) || deviceGrammar(a).subordinatePastPerfect.test(before);
    };
    // a removal after the mould word of a sentence that names no site takes the device out of its mould
    const sent = a.sentences[s]!;
    const mouldAt = deviceGrammar(a).mould.exec(sent.text);
    const fromMould = (m: Mention) =>
      (mouldAt !== null && sent.start + mouldAt.index < m.start && sitesIn(a, s).length === 0) || deviceGrammar(a).outOfMould.test(a.doc.text.slice(m.end, m.end + 60));
    const removeWords = actionsIn(a, s, 'remove');
    // "Removal of the infected knee prosthesis and antibiotic spacer": a device that takes the place of the removed
    // implant (forms tag replaces-removed), told as a later item of the removal's list, was placed, not removed
    const replacesRemoved = (m: Mention) => {
      const d = governs(m);
      return d !== undefined && d.start > m.end && d.entry.tags.has('replaces-removed') && deviceGrammar(a).replacedImplant.test(a.doc.text.slice(m.end, d.start));
    };
    // (... and its insertion in the clause of the earlier time is that time's: "Three weeks ago she had debridement
    // with placement of antibiotic beads, and she returns today for bead removal")
    const earlierClause = (m: Mention) => {
      if (!bothTimes) return false;
      const [from, to] = a.clauseSpan(m);
      const clause = a.doc.text.slice(from, to);
      return namesEarlierTime(a, clause) && !deviceGrammar(a).todayAnchor.test(clause);
    };
    // a removal verb dated right after it, with a date before the date of service ("spacer removed 19-Jan-26",
    // "beads explanted on 01/19/2026", "chain removed 3 weeks ago"), tells an earlier removal
    // (a removal in the clause of the earlier time is that time's too: "3 wks out from explant of the nail with insertion
    // of a rod; wound breakdown today")
    // (a removal in a relative clause after a placement of a sentence dated earlier tells that time's story: "the last
    // one 3 months ago with placement of antibiotic beads, which were removed 2 weeks later")
    const relativeOfEarlier = (m: Mention) => {
      if (!earlier) return false;
      const placed = actionsIn(a, s, 'insert').find((p) => p.end <= m.start && deviceGrammar(a).relativeOpened.test(a.doc.text.slice(p.end, m.start)));
      if (placed === undefined) return false;
      const [, to] = a.clauseSpan(m);
      return !deviceGrammar(a).todayAnchor.test(a.doc.text.slice(placed.end, to));
    };
    // (a table row dated earlier by a cell of its own, "| 1b | 8 wk ago | bead removal | beads removed 30/30 |", tells
    // that time's work, removals too: a row has no participle that the time could date instead)
    const rowEarlier = earlier && a.sentences[s]!.text.trimStart().startsWith('|');
    const removes = rowEarlier ? [] : removeWords.filter((m) => ok(m) && !fromMould(m) && !replacesRemoved(m) && !verbDatedEarlier(a, m) && !earlierClause(m) && !relativeOfEarlier(m));
    // a count that reconciles a removal with the earlier placement ("counted against the index record - 48 placed,
    // 48 removed"): the number right before the placement word counts what went in then
    // (and so does a count of the whole: "All 14 of the 14 beads placed were counted")
    const counted = (m: Mention) =>
      (removeWords.length > 0 && /\d[ \t]*$/.test(a.doc.text.slice(Math.max(sent.start, m.start - 8), m.start))) ||
      deviceGrammar(a).countOfWholeBefore.test(a.doc.text.slice(Math.max(sent.start, m.start - 60), m.start));
    // an exchange whose device follows it after a preposition of the new thing ("exchange nailing with an
    // antibiotic-coated nail", "exchanged to a cement spacer") puts that device in and takes none of it out
    const newOnly = (m: Mention) => {
      const d = governs(m);
      // (and no other device between: "exchange of the beads with fresh beads" exchanges the beads)
      return d !== undefined && d.start > m.end && !ds.some((x) => x.start >= m.end && x.end <= d.start) && deviceGrammar(a).exchangeNew.test(a.doc.text.slice(m.end, d.start));
    };
    const allExchanges = actionsIn(a, s, 'exchange').filter(ok);
    const exchanges = rowEarlier ? [] : allExchanges.filter((m) => !newOnly(m) && !verbDatedEarlier(a, m));
    // (a block headed by a removal, "Explant log" / "Beads placed: 18   Beads recovered: 18", tells of the device that came
    // out: its placement words count what was put in then)
    // (a placement verb dated right after it with a date before the date of service, "the 12 beads put in place on 03/04",
    // tells the earlier placement)
    const inserts = earlier || removalBlock.has(a.sentences[s]!.section)
      ? []
      : [...actionsIn(a, s, 'insert'), ...allExchanges.filter(newOnly)].filter((m) => ok(m) && !intoMould(m) && !pastPerfect(m) && !counted(m) && !earlierClause(m) && !namesEarlier(a, m, governs(m)) && earlierDateAfter(a, m, true) < 0);
    const deviceAffirmed = live.filter((d) => a.affirmed(d));
    const forms = [...new Set(live.map((d) => d.form))];
    const span0 = live[0]!;
    let didInsert = inserts.length > 0 || exchanges.length > 0;
    let didRemove = removes.length > 0 || exchanges.length > 0;
    // a device listed as a procedure or an implant, with no verb, was placed today
    // (a short list item, not a narrative that happens to sit under a "Procedure:" heading)
    // (and the item itself says it is a drug device: "antibiotic beads, right tibia", not "reduction of the spacer")
    // (or it is a new device of a kind named before: "New hand-molded articulating spacer, right knee joint")
    const newOfKind = (d: DeviceMention) => d.basis === 'coreference' && deviceGrammar(a).newDeviceBefore.test(a.doc.text.slice(sent.start, d.start));
    const selfQualified = deviceAffirmed.some((d) => (d.basis !== 'coreference' && d.basis !== 'anaphor') || newOfKind(d));
    const verbless = a.in('actions', s).length === 0 && !deviceGrammar(a).finiteVerb.test(a.sentences[s]!.text);
    const rowText = deviceGrammar(a).madeInPlace ? a.sentences[s]!.text.replace(deviceGrammar(a).madeInPlace!, ' ') : a.sentences[s]!.text;
    const listsPlaced = !deviceGrammar(a).notPlaced.test(rowText);
    // (a line that lists several procedures between semicolons is measured item by item: "Excisional debridement of
    // the leg (11043); antibiotic bead chains to the posterior compartment.")
    // (only when the devices named stand in one item: items with devices of their own are not told apart here)
    // (the padding of a table's cells is no length: runs of spaces count as one)
    const itemLength = (): number => {
      const own = deviceAffirmed.filter((x) => x.basis !== 'coreference' && x.basis !== 'anaphor');
      const unpadded = (t: string) => t.replace(/ {2,}/g, ' ').length;
      if (!own.length) return unpadded(sent.text);
      const from = sent.text.lastIndexOf(';', own[0]!.start - sent.start) + 1;
      const to = sent.text.indexOf(';', own[own.length - 1]!.end - sent.start);
      if (sent.text.slice(from, own[own.length - 1]!.start - sent.start).includes(';')) return unpadded(sent.text);
      return unpadded(sent.text.slice(from, to < 0 ? sent.text.length : to));
    };
    // (a row of a table's cells is an item however many cells it has)
    const tableRow = cat === 'implants' && (sent.text.match(/\|/g)?.length ?? 0) >= 2;
    // (or a device that stands as an item of its own in a procedure line that has verbs in its other items: "Removal of
    // the humeral component (23335); debridement; hand-molded cement spacer in the glenohumeral joint", "REMOVAL OF THE
    // PROSTHESIS WITH CEMENT AND HAND-MADE ANTIBIOTIC CEMENT SPACER, RIGHT HIP": no action word of the line governs it,
    // and its own item, between the line's separators, holds no action word, no finite verb and no word of a way in or
    // out, "into", "from" (an item that names its way, "antibiotic beads into the tunnel defect", is a fragment of a
    // placement the note tells); the line is a list, with no finite verb of its own anywhere: not a narrative under a
    // procedure heading)
    // (one device form on the line: with several, "... spacer in the glenohumeral joint, and antibiotic cement beads",
    // the site of one item would be taken for the other's)
    const listLine = forms.length === 1 && !deviceGrammar(a).finiteVerb.test(sent.text);
    const ownItem = (d: DeviceMention): boolean => {
      if (!listLine || d.basis === 'coreference' || d.basis === 'anaphor' || a.in('actions', s).some((m) => governs(m) === d)) return false;
      const { from, to } = itemAround(sent.text, d.start - sent.start, d.end - sent.start, deviceGrammar(a).itemSeparator);
      if (to - from > deviceGrammar(a).g.itemMaxLength) return false;
      const item = sent.text.slice(from, to);
      const inItem = (m: { start: number; end: number }) => m.start - sent.start >= from && m.end - sent.start <= to;
      // (an item whose way is the word right after its device, inward, "abx beads into joint", is that device's
      // placement, as a verbless fragment is)
      // (unless another sentence tells that form placed: then the item is a fragment of that placement, "antibiotic
      // beads into the tunnel defect" / "The beads were packed into the defect")
      const wayIn = directionOf(a, d) === 'insert' && !intoMould(d) && !placedElsewhere(d.form, s);
      return !a.in('actions', s).some(inItem) && (wayIn || !deviceGrammar(a).wayWord.test(item)) && !deviceGrammar(a).notPlaced.test(item);
    };
    // (only looked for where nothing else has told an action: the sentence's events take no list item otherwise)
    const ownItems = cat === 'procedure' && !verbless && selfQualified && !earlier && !didInsert && !didRemove ? deviceAffirmed.filter(ownItem) : [];
    // (an item anchored to an earlier time, "Left hip first stage 2 years ago: resection with a vancomycin spacer", lists
    // what was done then)
    const listItem = (cat === 'procedure' || cat === 'implants') && selfQualified && !earlier && ((verbless && (tableRow || itemLength() <= deviceGrammar(a).g.itemMaxLength)) || ownItems.length > 0);
    // (a row of an implant / explant log with no word of its own for what happened is neither)
    // (so does a row of a table whose column heading is a removal: "| Removed | Site | Count |" / "| PMMA beads | deep |")
    const removedRow = listItem && tableRow && removalTableRow(a, s, true);
    // (an item that accounts for what came out, "18 of 18 PMMA beads counted, matching the count in the index note",
    // places nothing: a removal's completeness words, lexicons/removal.yaml)
    const accounts = () => a.in('removal', s).some((m) => m.entry.tags.has('complete') || m.entry.tags.has('incomplete'));
    // (a listed device followed by a preposition of its way out, "| 20703 | Antibiotic cement rod out of the tibial canal |",
    // came out)
    const listedOut = listItem && !didInsert && !didRemove && deviceAffirmed.some((d) => deviceGrammar(a).listedOut.test(a.doc.text.slice(d.end, d.end + deviceGrammar(a).g.directionReach)));
    if (listedOut) didRemove = true;
    if (!didInsert && !didRemove && listItem && listsPlaced && !removedRow && !accounts() && !removalBlock.has(a.sentences[s]!.section) && !mixedBlock.has(a.sentences[s]!.section)) didInsert = true;
    // (a device listed with no verb under a heading of removal, "Devices removed:" / "| Tobramycin PMMA beads | deep
    // to the fascia | 12 of 12 |", was taken out today)
    if (!didInsert && !didRemove && listItem && (removalBlock.has(a.sentences[s]!.section) || removedRow)) didRemove = true;
    // a verbless fragment of a terse note tells a device and the way it went ("Rod into humeral canal", "2 chains
    // out of the deep plantar space"): the preposition right after the device is the action
    let fragment: DeviceMention | undefined;
    let fragmentAction: DeviceAction | undefined;
    // (an action word that holds the device's own name, "new beads", is the fragment's noun, not its verb)
    const fragmentVerbless = verbless || (!deviceGrammar(a).finiteVerb.test(sent.text) && a.in('actions', s).every((m) => ds.some((d) => d.start >= m.start && d.end <= m.end)));
    if (!didInsert && !didRemove && fragmentVerbless && a.isOperative(s) && cat !== 'procedure' && cat !== 'implants') {
      for (const d of deviceAffirmed) {
        const dir = directionOf(a, d);
        if (dir === 'remove' || (dir === 'insert' && !earlier && !intoMould(d))) {
          fragment = d;
          fragmentAction = dir;
          break;
        }
      }
      // (the way in may close the fragment, after what the device is made of: "new beads: 40g Palacos hand-rolled, 6mm
      // x 26 on wire -> down tibial IM canal"): a way in right before a place of the sentence, after the device, when the
      // fragment names one device form and opens with it, as a terse line does ("Spacer -> R hip joint"); not a sentence
      // with a participle of its own before the device or before the way ("gentle rotation reduced the spacer head into
      // the acetabulum" tells a reduction)
      // (a participle that tells how the device was made, "Hand-rolled 22 beads ... -> subfascial cavity", describes
      // the device: words of lexicons/fabrication.yaml are blanked before the lead is read)
      const leadStart = sent.start;
      let lead = deviceAffirmed[0] ? a.doc.text.slice(leadStart, deviceAffirmed[0].start) : '';
      for (const f of a.in('fabrication', s)) {
        if (f.end <= leadStart + lead.length) lead = lead.slice(0, f.start - leadStart) + ' '.repeat(f.end - f.start) + lead.slice(f.end - leadStart);
      }
      if (!fragment && !earlier && forms.length === 1 && deviceAffirmed[0] && FRAGMENT_LEAD.test(lead) && !deviceGrammar(a).wayParticiple.test(lead)) {
        const d = deviceAffirmed[0];
        const place = sitesIn(a, s).find((m) => {
          if (m.start <= d.end) return false;
          const way = deviceGrammar(a).wayInBefore.exec(a.doc.text.slice(Math.max(d.end, m.start - deviceGrammar(a).g.wayInReach), m.start));
          return way !== null && !deviceGrammar(a).wayParticipleEnd.test(a.doc.text.slice(d.end, m.start - way[0].length));
        });
        if (place && !intoMould(d)) {
          fragment = d;
          fragmentAction = 'insert';
        }
      }
    }
    if (fragment && fragmentAction) {
      raw.push({ action: fragmentAction, s, spans: [fragment], forms: [fragment.form] });
      (fragmentAction === 'insert' ? insertSentences : removeSentences).add(s);
      continue;
    }
    // every action must have an affirmed device beside it; a sentence whose only device is historical but whose
    // removal is today ("the previously placed beads were removed") still documents a removal.
    // an event is of the devices its action words govern ("a block spacer, which was pressed into the joint ...
    // keyed onto the dowels" places the spacer); a sentence with no governing action word speaks for all it names
    const governing = (acts: Mention[]) => {
      const fs = [...new Set(acts.map((m) => governs(m)?.form).filter((f): f is string => f !== undefined))];
      return fs.length ? fs : forms;
    };
    // several action words of one kind that govern devices of different forms ("(1) the spacer was removed from
    // the hip joint ...; (2) the beads were retrieved from beneath the fascia lata") are events of their own: each
    // takes the site its own action word points at
    const perForm = (acts: Mention[]): Mention[][] => {
      const byForm = new Map<string, Mention[]>();
      for (const m of acts) {
        const f = governs(m)?.form;
        if (f !== undefined) byForm.set(f, [...(byForm.get(f) ?? []), m]);
      }
      return byForm.size > 1 ? [...byForm.values()] : [acts];
    };
    if (didInsert && deviceAffirmed.length && !inserts.length && !exchanges.length && !ownItems.length && forms.length > 1 && listItem) {
      // a list row with no action word that names several devices ("Implants: nail 11 x 380 mm coated with Simplex;
      // PMMA bead chain") places each: one event per form, each finding its own site, as a removal row does
      for (const f of forms) raw.push({ action: 'insert', s, spans: [live.find((d) => d.form === f)!], forms: [f] });
      insertSentences.add(s);
    } else if (didInsert && deviceAffirmed.length) {
      for (const group of inserts.length ? perForm(inserts) : [[]]) {
        const acts = [...group, ...exchanges];
        // (an item of its own in a line of verbs places only the devices of such items)
        const own = !acts.length && ownItems.length ? [...new Set(ownItems.map((d) => d.form))] : undefined;
        raw.push({ action: 'insert', s, spans: [own ? ownItems[0]! : span0, ...group.slice(0, 1), ...exchanges.slice(0, 1)], forms: own ?? governing(acts), anchor: group[0] ?? exchanges[0] });
      }
      if (a.isOperative(s) || cat === 'indications') insertSentences.add(s);
    }
    if (didRemove) {
      if (forms.length > 1 && ![...removes, ...exchanges].some((m) => governs(m) !== undefined)) {
        // a list row with no action word that names several devices ("Devices removed today: [x] beads [x] coated
        // nail") removes each: one event per form, each finding its own site
        for (const f of forms) raw.push({ action: 'remove', s, spans: [live.find((d) => d.form === f)!], forms: [f] });
      } else {
        for (const group of removes.length ? perForm(removes) : [[]]) {
          const acts = [...group, ...exchanges];
          raw.push({ action: 'remove', s, spans: [span0, ...group.slice(0, 1), ...exchanges.slice(0, 1)], forms: governing(acts), anchor: group[0] ?? exchanges[0] });
        }
      }
      removeSentences.add(s);
    }
    // a device described (mixed, rolled, its amount) without an action is still part of the insertion story
    // (unless the sentence tells an earlier time: "two weeks ago 24 tobramycin beads were placed" describes the
    // device of that operation, not today's)
    if (!didInsert && !didRemove && deviceAffirmed.length && a.isOperative(s) && !(earlier && deviceAffirmed.every((d) => nearEarlierAnchor(a, d)))) {
      // (in a block headed by a removal, or a table row under a header of today's removal, the device described is
      // the one taken out)
      const removed = removalBlock.has(a.sentences[s]!.section) || removalTableRow(a, s);
      (removed ? removeSentences : insertSentences).add(s);
      if (!removed) describedOnly.push(s);
    }
  }
  // a device placed in this operation and then taken back out of it ("The beads were therefore taken back out and
  // discarded") did not stay: its placement is undone, unless a device of that form is placed again after that
  // (only sentences that name a device: the action words of the others are never read)
  for (const s of raw.some((r) => r.action === 'insert') ? bySentence.keys() : []) {
    const undo = a.in('actions', s).filter((m) => m.entry.tags.has('undo') && a.affirmed(m));
    if (!undo.length || !a.isOperative(s)) continue;
    // (only when the note says none of it stayed: "... taken back out and discarded; no beads were left in the
    // patient"; a bead that slipped off and was retrieved, or a chain pulled back out and put back, leaves the rest)
    const told = (t: number) => t < a.sentences.length && deviceGrammar(a).nothingLeft.test(a.sentences[t]!.text);
    if (!told(s) && !told(s + 1)) continue;
    const forms = new Set((bySentence.get(s) ?? []).map((d) => d.form));
    for (const f of forms) {
      if (raw.some((r) => r.action === 'insert' && r.s > s && r.forms.includes(f))) continue;
      for (let i = raw.length - 1; i >= 0; i--) {
        const r = raw[i]!;
        if (r.action === 'insert' && r.s <= s && r.forms.includes(f) && r.forms.every((x) => forms.has(x))) raw.splice(i, 1);
      }
    }
  }
  // in a note that removes devices and places none, a device described without an action ("All 16 beads were
  // counted on the wire") is part of the removal story
  if (describedOnly.length && !raw.some((r) => r.action === 'insert') && raw.some((r) => r.action === 'remove')) {
    for (const s of describedOnly) {
      insertSentences.delete(s);
      removeSentences.add(s);
    }
  }
  // a finding that describes a device with no action ("Findings: Two bead strands in place in the suprapatellar
  // pouch") describes what was there before anything was done: the device of that form taken out, not the new one
  // (a finding that says so: "in place", "in situ", "seen"; not a step told under a "Findings and steps" title)
  for (const s of describedOnly) {
    if (a.sentences[s]!.category !== 'findings' || !deviceGrammar(a).foundInPlace.test(a.sentences[s]!.text)) continue;
    if (a.in('fabrication', s).some((m) => m.entry.tags.has('manual'))) continue;
    const forms = new Set((bySentence.get(s) ?? []).map((d) => d.form));
    if (!raw.some((r) => r.action === 'remove' && r.forms.some((f) => forms.has(f)))) continue;
    insertSentences.delete(s);
    removeSentences.add(s);
  }
  // a device described with no placement of its own (never made by hand there) tells the removal, not a placement:
  // - when its forms are only taken out today, none placed ("The bead chain was found beneath the fascia." / "It was
  //   withdrawn; all 22 beads were accounted for." beside a new cement rod);
  // - when it is counted out right after its removal, in a note that places one too ("The joint chain was removed. All
  //   16 PMMA beads were counted on the wire.")
  // (in note order: a sentence moved here is the removal the next one may follow)
  for (const s of describedOnly) {
    // (a place of making, "on the back table", is where removed beads are counted too: it makes nothing by itself)
    if (!insertSentences.has(s) || a.in('fabrication', s).some((m) => m.entry.tags.has('manual') && !m.entry.tags.has('place'))) continue;
    const forms = new Set((bySentence.get(s) ?? []).map((d) => d.form));
    const onlyRemoved = forms.size > 0 && [...forms].every((f) => raw.some((r) => r.action === 'remove' && r.forms.includes(f)) && !raw.some((r) => r.action === 'insert' && r.forms.includes(f)));
    const prev = s - 1;
    const countedAfter = () =>
      prev >= 0 && removeSentences.has(prev) && !insertSentences.has(prev) && a.sentences[prev]!.section === a.sentences[s]!.section &&
      a.in('removal', s).some((m) => m.entry.tags.has('complete') && a.affirmed(m)) &&
      raw.some((r) => r.action === 'remove' && r.s === prev && r.forms.some((f) => forms.has(f)));
    if (!onlyRemoved && !countedAfter()) continue;
    insertSentences.delete(s);
    removeSentences.add(s);
  }

  // Sentences next to a device sentence that prepare the device ("Vancomycin 2 g was mixed with ...").
  for (const s of [...insertSentences]) {
    for (const n of [s - 1, s + 1]) {
      if (n < 0 || n >= a.sentences.length || insertSentences.has(n) || removeSentences.has(n)) continue;
      if (a.sentences[n]!.section !== a.sentences[s]!.section || !a.isOperative(n)) continue;
      const prep = a.in('fabrication', n).some((m) => m.entry.tags.has('manual') && a.affirmed(m));
      const drug = a.in('drugs', n).some((m) => a.affirmed(m)) && !a.has('contexts', n, 'iv');
      if (prep && drug) insertSentences.add(n);
    }
  }
  // ... and a sentence later in this operation that prepares a device it names, of a form placed above, even in a
  // clause of time that asserts nothing of that device's own making ("The antibiotics added to the 40 g bag of Simplex
  // were vancomycin 2 g and tobramycin 2.4 g, hand-mixed by me before the rod was molded", an addendum's answer to a
  // query): its drug and amounts are that device's
  const placedAt = new Map<string, number>();
  for (const r of raw) if (r.action === 'insert') for (const f of r.forms) placedAt.set(f, Math.min(placedAt.get(f) ?? r.s, r.s));
  if (placedAt.size) {
    for (const s of bySentence.keys()) {
      if (insertSentences.has(s) || removeSentences.has(s) || !a.isOperative(s)) continue;
      if (!bySentence.get(s)!.some((d) => (placedAt.get(d.form) ?? s) < s && !a.assertion(d).negated)) continue;
      const prep = a.in('fabrication', s).some((m) => m.entry.tags.has('manual') && a.affirmed(m));
      const drug = a.in('drugs', s).some((m) => a.affirmed(m)) && !a.has('contexts', s, 'iv');
      if (prep && drug) insertSentences.add(s);
    }
  }
  // An implants / medication log of this operation lists the material that went into its devices ("Vancomycin
  // 1 g vial", "Palacos R 40 g"): its rows that name a drug or carrier describe the insertion.
  // A device block of a template ("Carrier: [X] Stimulan", "Antibiotics added: vancomycin 1 g", "Prepared: [X]
  // hand-mixed", "Volume: 10 cc") is such a log too: a row naming a drug, a carrier or making by hand, and in a
  // section that has one, a row giving only an amount of no other device form.
  // (a block headed by a removal, "Drug-delivery device REMOVED this procedure:", describes the device taken out:
  // its rows go with the removal, never with the insertion)
  if (removalBlock.size && raw.some((r) => r.action === 'remove')) {
    for (let s = 0; s < a.sentences.length; s++) {
      if (removalBlock.has(a.sentences[s]!.section) && !insertSentences.has(s) && a.isOperative(s)) removeSentences.add(s);
    }
  }
  if (raw.some((r) => r.action === 'insert')) {
    const logRows: number[] = [];
    const withMaterial = new Set<number>();
    // a drug the note puts in the wound as a powder ("1 g of vancomycin powder was sprinkled into the wound") is
    // that powder when a log row names it alone: it is no material of a device
    const woundDrugs = woundPowderDrugs(a);
    for (let s = 0; s < a.sentences.length; s++) {
      if (a.sentences[s]!.category !== 'implants' || insertSentences.has(s) || removeSentences.has(s) || !a.isOperative(s)) continue;
      if (removalBlock.has(a.sentences[s]!.section)) continue;
      if (notInDevice(a, s)) continue;
      const drugsHere = a.in('drugs', s).filter((m) => a.affirmed(m));
      if (drugsHere.length && drugsHere.every((m) => woundDrugs.has(m.entry.name)) && !a.in('carriers', s).length) continue;
      const material = [...drugsHere, ...a.in('carriers', s)].some((m) => a.affirmed(m));
      const made = a.in('fabrication', s).some((m) => m.entry.tags.has('manual') && a.affirmed(m));
      if (material || made) {
        insertSentences.add(s);
        if (material) withMaterial.add(a.sentences[s]!.section);
      } else logRows.push(s);
    }
    for (const s of logRows) {
      if (!withMaterial.has(a.sentences[s]!.section) || a.in('forms', s).length) continue;
      if (a.quantities(s).some((q) => !q.excludedBy)) insertSentences.add(s);
    }
  }
  // A table under a line that names the device and ends in a colon ("Spacer, built on the back table:") lists
  // what the device was made of: its rows naming a drug, a carrier, an amount or making by hand describe it.
  const runs = tableRunStarts(a);
  for (let s = 0; s < a.sentences.length; s++) {
    if (runs[s]! < 0) continue;
    const head = runs[s]! - 1; // the line above the run of table rows
    if (insertSentences.has(s) || removeSentences.has(s)) continue;
    if (head < 0 || a.sentences[head]!.section !== a.sentences[s]!.section || !/:\s*$/.test(a.sentences[head]!.text)) continue;
    if (!insertSentences.has(head) || !bySentence.has(head)) continue;
    const says = a.in('drugs', s).length || a.in('carriers', s).length || a.quantities(s).some((q) => !q.excludedBy) || a.in('fabrication', s).some((m) => m.entry.tags.has('manual'));
    if (says && !a.has('contexts', s, 'iv')) insertSentences.add(s);
  }
  // Sentences that only describe an insertion story (no action) but sit beside removal sentences stay.

  // A correction (an addendum) that says a form was not placed in this operation retracts its placement above it.
  // (so does the correction's own quote of it, "disregard the statement that beads were placed"; a placement
  // told after the correction, in a later section, stands)
  // (and one that says a form was not removed retracts its removal: "Item 3 was carried forward in error ... No beads
  // were removed or placed today")
  for (const action of ['insert', 'remove'] as const) {
    const retracted = retractedForms(a, devices, action);
    if (!retracted.size) continue;
    for (let i = raw.length - 1; i >= 0; i--) {
      const r = raw[i]!;
      const sameSection = (f: string) => a.sentences[r.s]!.section === a.sentences[retracted.get(f)!]!.section;
      if (r.action === action && r.forms.every((f) => retracted.has(f) && (r.s < retracted.get(f)! || sameSection(f)))) raw.splice(i, 1);
    }
  }
  // The narrative of what was done wins over a list or template line: a form the narrative says was not placed
  // ("The beads were not used and were discarded") and places nowhere else is not placed by its procedure-list or
  // implant-log line ("2. Antibiotic beads, deep, right thigh").
  // (so does a removal: "the bead chain was left in place and was not removed today" against "2. Removal of beads")
  const listed = (s: number) => listLine(a, s);
  for (const action of ['insert', 'remove'] as const) {
    const negated = narrativeNegatedForms(a, devices, action);
    if (!negated.size) continue;
    const toldInNarrative = new Set(raw.filter((r) => r.action === action && !listed(r.s)).flatMap((r) => r.forms));
    for (let i = raw.length - 1; i >= 0; i--) {
      const r = raw[i]!;
      if (r.action === action && listed(r.s) && r.forms.every((f) => negated.has(f) && !toldInNarrative.has(f))) raw.splice(i, 1);
    }
  }
  // An attending's attestation vouches for the operation the note tells, or corrects it: an action on a form that only
  // the attestation tells, when the rest of the note tells device events, is the wording of its summary ("present for
  // the entire procedure, including explantation and fabrication of the spacer" after a note that places a spacer)
  const attested = new Set(raw.filter((r) => attestationSentence(a, r.s)));
  if (attested.size && attested.size < raw.length) {
    const told = new Set(raw.filter((r) => !attested.has(r)).flatMap((r) => r.forms.map((f) => `${r.action} ${f}`)));
    for (let i = raw.length - 1; i >= 0; i--) {
      const r = raw[i]!;
      if (attested.has(r) && !r.forms.some((f) => told.has(`${r.action} ${f}`))) raw.splice(i, 1);
    }
  }
  // A correction that tells where a form went ("All of the beads were placed in the subfascial dead space")
  // replaces the sites told for it before: the same form's event at another site, told only outside corrections,
  // is the error it corrects.
  const resolved = resolveSites(a, raw, bySentence, insertSentences, removeSentences);
  // (a correction tells the action again, with its words: a count confirmed in an addendum, "scrub RN count of old beads
  // from the GH joint 18 of 18", relocates nothing)
  // (an action word that holds a device's name, "the 12 new beads", is a noun there, not a telling of the action)
  const named = (m: Mention) => a.in('forms', m.sentence).some((f) => f.start >= m.start && f.end <= m.end);
  const correcting = resolved.filter((e) => e.sentences.some((s) => correctionSentence(a, s) && a.in('actions', s).some((m) => (m.entry.tags.has(e.action) || m.entry.tags.has('exchange')) && a.affirmed(m) && !named(m))));
  const events = resolved.filter(
    (e) => !correcting.some((c) => c !== e && c.action === e.action && c.site !== e.site && c.site !== 'unspecified' && e.forms.every((f) => c.forms.includes(f)) && !e.sentences.some((s) => correctionSentence(a, s))),
  );
  const frames = buildFrames(a, events, devices, insertSentences, removeSentences);
  return { devices, insertSentences, removeSentences, events, frames };
}

/**
 * True when a sentence corrects the note: it sits in a section whose title says so (grammar.yaml correctionWords)
 * or is an attending's attestation (attestationWords), or it or the sentence before it in its section says it
 * corrects ("Correction to the resident's note: no spacer was placed").
 */
export function correctionSentence(a: Analysis, s: number): boolean {
  const dg = deviceGrammar(a);
  const sent = a.sentences[s]!;
  if (inTitledSection(a, s, (title) => dg.correction.test(title) || dg.attestation.test(title))) return true;
  if (dg.correction.test(sent.text)) return true;
  const prev = a.sentences[s - 1];
  if (prev !== undefined && prev.section === sent.section && dg.correction.test(prev.text)) return true;
  // (a paragraph opened by a correction's label is the correction, all of it: "*** CORRECTION (Dr. X): the sentence above
  // is retracted. The beads were mixed ... The beads were NOT placed ...")
  return afterCorrectionLabel(a)[s] === 1;
}

const afterLabelMemo = new WeakMap<Analysis, Uint8Array>();
/**
 * Per sentence, 1 when a sentence before it in its section and paragraph (no blank line between) opens with a
 * correction's label: one pass over the sentences, so a long paragraph is not walked back once per sentence.
 */
function afterCorrectionLabel(a: Analysis): Uint8Array {
  let out = afterLabelMemo.get(a);
  if (!out) {
    const dg = deviceGrammar(a);
    out = new Uint8Array(a.sentences.length);
    let open = false;
    for (let k = 0; k < a.sentences.length; k++) {
      const cur = a.sentences[k]!;
      const prev = a.sentences[k - 1];
      if (!prev || prev.section !== cur.section || /\n[ \t]*\n/.test(a.doc.text.slice(prev.end, cur.start))) open = false;
      if (open) out[k] = 1;
      if (dg.correctionLabel.test(cur.text)) open = true;
    }
    afterLabelMemo.set(a, out);
  }
  return out;
}

/**
 * True when sentence `s` stands in a section whose title passes `titled`, or under such a title followed by byline
 * sections ("ADDENDUM TO OPERATIVE REPORT" / "Author: Dr. X" / "This addendum corrects ..."): back over byline
 * sections only, at most four.
 */
function inTitledSection(a: Analysis, s: number, titled: (title: string) => boolean): boolean {
  const dg = deviceGrammar(a);
  const sec = a.sentences[s]!.section;
  for (let i = sec; i >= 0 && i >= sec - 4; i--) {
    const title = a.sections[i]?.title ?? '';
    if (title !== '' && titled(title)) return true;
    if (!dg.byline.test(title)) break;
  }
  return false;
}

/** True when a sentence is part of an attending's attestation (a section titled with grammar.yaml attestationWords). */
function attestationSentence(a: Analysis, s: number): boolean {
  return inTitledSection(a, s, (title) => deviceGrammar(a).attestation.test(title));
}

/** Forms a correction says were not placed (a negated form with a negated insertion word in a correction section), with the sentence that says so. */
function retractedForms(a: Analysis, devices: DeviceMention[], action: 'insert' | 'remove'): Map<string, number> {
  const out = new Map<string, number>();
  const formAt = formByStart(devices);
  // (each sentence is judged once, however many forms it names)
  const retracts = new Map<number, boolean>();
  for (const m of a.mentions('forms')) {
    let r = retracts.get(m.sentence);
    if (r === undefined) {
      // "No beads were placed", "The beads were NOT implanted": the form or its placement word is negated
      r = correctionSentence(a, m.sentence) && a.in('actions', m.sentence).some((act) => act.entry.tags.has(action) && a.assertion(act).negated);
      retracts.set(m.sentence, r);
    }
    // (or the form itself is negated in a correction whose sentence a line break cut before its verb: "NO ANTIBIOTIC
    // BEADS, CEMENT OR CALCIUM" / "SULFATE WERE PLACED AT THIS OPERATION")
    // (only a sentence with no action word of its own that ends without a stop, as a cut one does)
    // (the assertion, the dearest test, asked last)
    const cutBeforeVerb = () => action === 'insert' && correctionSentence(a, m.sentence) && !a.in('actions', m.sentence).length && !/[.!?:;]["')\]]*\s*$/.test(a.sentences[m.sentence]!.text) && a.assertion(m).negated;
    if (!r && !cutBeforeVerb()) continue;
    const named = formAt.get(m.start) ?? m.entry.name;
    if (!out.has(named)) out.set(named, m.sentence);
    // (a retraction that names every device at once takes back every form placed: "No beads or any other antibiotic
    // delivery device were placed")
    if (r && action === 'insert' && deviceGrammar(a).allDevices?.test(a.sentences[m.sentence]!.text)) {
      for (const d of devices) if (!out.has(d.form)) out.set(d.form, m.sentence);
    }
  }
  return out;
}

/** The form of each device mention by its start (looked up per form mention, never searched). */
function formByStart(devices: DeviceMention[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const d of devices) if (!out.has(d.start)) out.set(d.start, d.form);
  return out;
}

/**
 * Forms a narrative sentence of this operation says were not placed (or not removed): every insertion (removal)
 * word of its sentence is negated.
 */
function narrativeNegatedForms(a: Analysis, devices: DeviceMention[], action: DeviceAction): Set<string> {
  const out = new Set<string>();
  const formAt = formByStart(devices);
  const bySentence = bySentenceOf(devices);
  // per sentence: null when it negates no action of this kind; 'all' when it names no device mention (each form word it
  // names is negated); else the forms its negated actions govern (when they govern no device, the devices that no
  // affirmed action of the sentence governs: "Old rod withdrawn; it came out whole, and no cement was left in the
  // canal" negates the leaving of cement, not the rod withdrawn; "the beads were left in place; they were not removed"
  // negates the removal of the beads)
  const negates = new Map<number, Set<string> | 'all' | null>();
  for (const m of a.mentions('forms')) {
    let n = negates.get(m.sentence);
    if (n === undefined) {
      // (a sentence that also places, "placed into the joint rather than left in the tissue", contrasts two places)
      // (an exchange both removes and places: "No bead exchange was performed today" says neither was done)
      const acts = listLine(a, m.sentence) || !a.isOperative(m.sentence) ? [] : a.in('actions', m.sentence).filter((act) => act.entry.tags.has(action) || (action === 'insert' && act.entry.tags.has('exchange')));
      n = null;
      // (a denial dated to an earlier operation says nothing of today: "At the washout three weeks ago ... no beads or spacer
      // were placed at that time either")
      if (acts.length > 0 && acts.every((act) => a.assertion(act).negated && !a.assertion(act).historical)) {
        const ds = bySentence.get(m.sentence) ?? [];
        if (!ds.length) n = 'all';
        else {
          const governed = acts.map((act) => governedDevice(a, act, ds)).filter((d): d is DeviceMention => d !== undefined);
          const affirmedGoverns = governed.length ? undefined : new Set(a.in('actions', m.sentence).filter((act) => a.affirmed(act)).map((act) => governedDevice(a, act, ds)));
          n = new Set((affirmedGoverns ? ds.filter((d) => !affirmedGoverns.has(d)) : governed).map((d) => d.form));
        }
      }
      negates.set(m.sentence, n);
    }
    const form = formAt.get(m.start) ?? m.entry.name;
    if (n === 'all' || n?.has(form)) out.add(form);
  }
  return out;
}

/**
 * A line of a list or template (a procedure list, an implant log): a sentence of a list section with no finite verb
 * of its own. A sentence with one ("After debridement the cavity looked clean, so no beads were placed") is the
 * narrative, whatever the heading it was dictated under ("Procedure: A longitudinal incision was made ...").
 */
function listLine(a: Analysis, s: number): boolean {
  const sent = a.sentences[s]!;
  return deviceGrammar(a).g.listCategories.includes(sent.category) && !deviceGrammar(a).finiteVerb.test(sent.text);
}

const devicesBySentence = new WeakMap<DeviceMention[], Map<number, DeviceMention[]>>();

/** The device mentions of each sentence, in text order, indexed once per device list. */
function bySentenceOf(devices: DeviceMention[]): Map<number, DeviceMention[]> {
  let by = devicesBySentence.get(devices);
  if (!by) {
    by = new Map();
    for (const d of devices) {
      const list = by.get(d.sentence);
      if (list) list.push(d);
      else by.set(d.sentence, [d]);
    }
    devicesBySentence.set(devices, by);
  }
  return by;
}

/** Names of the device forms a sentence names (beads, rod, coated nail...), whatever their assertion. */
export function formsNamed(a: Analysis, s: number, devices: DeviceMention[]): Set<string> {
  const out = new Set<string>();
  // a carrier that is itself the device ("Stimulan was packed") names no form
  for (const d of bySentenceOf(devices).get(s) ?? []) if (d.lexicon !== 'carriers') out.add(d.form);
  for (const m of a.in('forms', s)) out.add(m.entry.name);
  return out;
}

/** Whether sentence `s` names a form of frame `f` (own) and a form only another frame of `frames` has (other). */
function otherFormsNamed(a: Analysis, s: number, devices: DeviceMention[], f: DeviceFrame, frames: DeviceFrame[]): { own: boolean; other: boolean } {
  const named = [...formsNamed(a, s, devices)];
  return {
    own: named.some((x) => f.forms.includes(x)),
    other: named.some((x) => !f.forms.includes(x) && frames.some((g) => g !== f && g.forms.includes(x))),
  };
}

function buildFrames(a: Analysis, events: DeviceEventDetail[], devices: DeviceMention[], insertSentences: Set<number>, removeSentences: Set<number>): DeviceFrame[] {
  const frames: DeviceFrame[] = events.map((e) => ({ action: e.action, site: e.site, forms: [...e.forms], sentences: new Set(e.sentences), materials: new Set<number>() }));
  const eventSentences = new Set(events.flatMap((e) => e.sentences));
  // a device made from material prepared earlier takes that preparation into its frame
  // (so does the one placed device of the form a sentence makes from it, wherever that sentence went: "the
  // remaining two packs were moulded into a block spacer ..., capturing the ends of both dowels" makes the spacer)
  const onlyOfForm = (f: DeviceFrame, form: string) => f.action === 'insert' && f.forms.includes(form) && frames.filter((g) => g.action === 'insert' && g.forms.includes(form)).length === 1;
  const madeFrom = () => {
    for (const f of frames) {
      for (const d of devices) {
        if (d.from === undefined || f.sentences.has(d.from)) continue;
        if (f.sentences.has(d.sentence)) f.sentences.add(d.from);
        else if (onlyOfForm(f, d.form)) {
          f.sentences.add(d.from);
          f.sentences.add(d.sentence);
        }
      }
    }
  };
  madeFrom();
  for (const action of ['insert', 'remove'] as const) {
    const mine = frames.filter((f) => f.action === action);
    if (!mine.length) continue;
    const described = [...(action === 'insert' ? insertSentences : removeSentences)].filter((d) => !eventSentences.has(d)).sort((x, y) => x - y);
    // Sentences that name a form go to the device of that form first; then the sentences that name none are
    // placed by the frames as they stand, so the answer never depends on the order sentences are visited in.
    const formless: number[] = [];
    for (const d of described) {
      if (mine.length === 1) {
        mine[0]!.sentences.add(d);
        continue;
      }
      const named = formsNamed(a, d, devices);
      const byForm = mine.filter((f) => f.forms.some((x) => named.has(x)));
      if (!named.size) formless.push(d);
      else {
        // a preparation of devices of one form placed at several sites ("I mixed one 40 g pack ... and rolled the cement
        // into beads strung as two chains" / "a chain was laid in the knee joint" / "the second chain ... beneath the
        // fascia lata") makes each of them: it goes to every frame of that form placed after it that has no
        // preparation of its own after it
        const cands = byForm.length ? byForm : mine;
        // (a later preparation that names the frame's form is its own, whichever frame it ends up in: looked up in the
        // sentences, not in the frames as they are being filled)
        const ownLater = (f: DeviceFrame) =>
          [...eventSentences, ...described].some((s) => s > d && preparesHere(a, s) && [...formsNamed(a, s, devices)].some((x) => f.forms.includes(x)));
        const makes = cands.length > 1 && preparesHere(a, d) ? cands.filter((f) => [...f.sentences].some((s) => s > d && eventSentences.has(s)) && !ownLater(f)) : [];
        if (makes.length > 1) for (const f of makes) f.sentences.add(d);
        else nearest(cands, d).sentences.add(d);
      }
    }
    madeFrom();
    for (const d of formless) {
      const sent = a.sentences[d]!;
      // an implants / medication log lists the material of every device placed today; a row that names the carrier it
      // went into belongs to the devices told made of that carrier ("Vancomycin 1 g vial | mixed into Palacos R" is the
      // nail's, made of Palacos R, not the beads' of Palacos R+G)
      // (and a row of drugs alone, "Vancomycin 1 g vial, qty 4; Tobramycin 1.2 g vial, qty 4", belongs to the devices the
      // note tells loaded with those drugs, not to beads made of a premixed cement that names none)
      if (sent.category === 'implants') {
        // (a row in a block headed by one device's form is that device's, not every device's: "Antibiotic rod: one 40 g
        // pack of Palacos was mixed with vancomycin and injected into a chest tube" / "Antibiotic beads: more Palacos was
        // mixed with gentamicin and rolled into beads")
        const heading = headingForms(a).get(sent.section);
        const headedBy = heading ? mine.filter((f) => f.forms.some((x) => heading.forms.has(x))) : [];
        if (headedBy.length === 1) {
          headedBy[0]!.sentences.add(d);
          continue;
        }
        const toldWith = (lexicon: string) => {
          const names = new Set(a.in(lexicon, d).map((m) => m.entry.name));
          return names.size
            ? mine.filter((f) => [...f.sentences].some((s) => a.sentences[s]!.category !== 'implants' && a.in(lexicon, s).some((m) => names.has(m.entry.name))))
            : [];
        };
        const narrower = (fs: DeviceFrame[]) => fs.length > 0 && fs.length < mine.length;
        const madeOfThose = toldWith('carriers');
        const loadedWithThose = a.in('carriers', d).length ? [] : toldWith('drugs');
        const takers = narrower(madeOfThose) ? madeOfThose : narrower(loadedWithThose) ? loadedWithThose : mine;
        for (const f of takers) f.sentences.add(d);
        continue;
      }
      // a preparation that names no form ("two packs of cement were mixed with vancomycin") is told before
      // the devices it makes: it belongs to every device of its section told after it
      const after = mine.filter((f) => [...f.sentences].some((s) => s > d && a.sentences[s]!.section === sent.section));
      // (a device with a preparation of its own after it, naming its own carrier and amount, "A second 40 g pack
      // of Palacos was rolled into beads", is not made from this one: the preparation goes to the devices without
      // their own; "the remainder of the cement was rolled into beads" names no amount and is made from it)
      // ("A second mix of Palacos with vancomycin was rolled into beads" is a preparation of its own too, without an amount)
      // (a sentence that names the material again, "The cement was injected into a chest tube holding a 9 x 345 mm
      // nail", uses the mix told before: it is no preparation of its own, whatever amounts it gives)
      const ownPrep = (f: DeviceFrame) =>
        [...f.sentences].some((s) => {
          if (s <= d || a.sentences[s]!.section !== sent.section || !a.in('carriers', s).length) return false;
          const t = a.sentences[s]!.text;
          if (deviceGrammar(a).separateMaterial.test(t)) return true;
          // (an amount of material, not a size: "a chest tube holding a 9 x 380 mm nail" prepares nothing of its own)
          return a.quantities(s).some((q) => !q.excludedBy && deviceGrammar(a).materialUnits.has(q.unit)) && !deviceGrammar(a).materialReference.test(t);
        });
      const takers = after.length > 1 ? after.filter((f) => !ownPrep(f)) : after;
      if (takers.length) for (const f of takers) f.sentences.add(d);
      else if (after.length) for (const f of after) f.sentences.add(d);
      else nearest(mine, d).sentences.add(d);
    }
  }
  for (const f of frames) for (const d of devices) if (d.madeOf !== undefined && f.sentences.has(d.sentence) && !f.sentences.has(d.madeOf)) f.materials.add(d.madeOf);
  // a block headed by a device form that loads it with a drug or a carrier ("Spacer record:" / "| Cement | Three 40 g
  // packs of Simplex P |", "Beads:") describes that device: its sentences belong to the one placed device of that form
  const headed = headingForms(a);
  if (headed.size) {
    const inserted = frames.filter((f) => f.action === 'insert');
    const owner = new Map<number, DeviceFrame | undefined>();
    for (const [sec, h] of headed) {
      // (a block that does not load its device itself belongs to it when the device's frame already holds a sentence
      // of it or of the device blocks it goes on from: "Beads: placed." / "Where: the calcaneal cavity")
      const run = new Set<number>();
      for (let x = sec; headed.has(x); x--) run.add(x);
      const own = h.loaded
        ? inserted.filter((f) => f.forms.some((x) => h.forms.has(x)))
        : inserted.filter((f) => f.forms.some((x) => h.forms.has(x)) && [...f.sentences].some((t) => run.has(a.sentences[t]!.section)));
      owner.set(sec, own.length === 1 ? own[0] : undefined);
    }
    for (let s = 0; s < a.sentences.length; s++) {
      // (a powder, IV or fixation sentence of the block is about something else: "1 g of vancomycin powder was
      // sprinkled in the subcutaneous layer")
      const f = owner.get(a.sentences[s]!.section);
      // (a table row of the block that names only another device's form is that device's: "| Rod (haste) | PMMA ... |")
      const others = () => {
        if ((a.sentences[s]!.text.match(/\|/g)?.length ?? 0) < 2) return false;
        const named = otherFormsNamed(a, s, devices, f!, frames);
        return named.other && !named.own;
      };
      if (f && !notInDevice(a, s) && !others()) f.sentences.add(s);
    }
  }
  // a paragraph opened by a run-in label that names a device placed today ("New spacer. Two 40 g packs of Palacos R were
  // mixed ... To each pack we added 2 g vancomycin ...") describes that device to its end, when it is the one placed
  // device of that form and the paragraph takes nothing out
  for (const b of runInBlocks(a)) {
    if (!insertSentences.has(b.label)) continue;
    const own = frames.filter((f) => f.action === 'insert' && f.forms.some((x) => b.forms.has(x)));
    if (own.length !== 1) continue;
    let removes = false;
    for (let s = b.label + 1; s <= b.last; s++) if (removeSentences.has(s)) removes = true;
    if (removes) continue;
    for (let s = b.label + 1; s <= b.last; s++) if (a.isOperative(s) && !notInDevice(a, s)) own[0]!.sentences.add(s);
  }
  // a block of implant fields that describes one placed device ("Device 1:" / "Type: Antibiotic cement-coated humeral
  // nail" / "Quantity: One 40 g bag") describes it in every field, also those that name no device: its other rows
  // belong to the one insertion frame that holds rows of it
  const implantBlocks = new Map<number, number[]>();
  for (let s = 0; s < a.sentences.length; s++) {
    if (a.sentences[s]!.category !== 'implants') continue;
    const sec = a.sentences[s]!.section;
    implantBlocks.set(sec, [...(implantBlocks.get(sec) ?? []), s]);
  }
  // (not a row of a drug the note puts in the wound as a powder, "Tobramycin powder 1 g" after "1 g of tobramycin powder
  // was sprinkled over the deep layer")
  const woundDrugRow = (t: number) => {
    const ds = a.in('drugs', t);
    // (a row that says the drug went into the mix is the device's: "vancomycin 2 g added to the pack")
    return ds.length > 0 && ds.every((m) => woundPowderDrugs(a).has(m.entry.name)) && !a.in('carriers', t).length && !a.in('fabrication', t).length && !a.in('actions', t).length;
  };
  for (const rows of implantBlocks.values()) {
    const holders = frames.filter((f) => f.action === 'insert' && rows.some((t) => f.sentences.has(t)));
    if (holders.length !== 1 || frames.some((f) => f.action === 'remove' && rows.some((t) => f.sentences.has(t)))) continue;
    for (const t of rows) if (!notInDevice(a, t) && !woundDrugRow(t)) holders[0]!.sentences.add(t);
  }
  // the rows of a table headed by a device form ("| Coated nail | |" / "| Cement | Simplex P, one 40 g pack |" /
  // "| Antibiotic added | vancomycin 2 g |") describe that device: they belong to the one frame of that form (the
  // removed one under a header of today's removal)
  const runs = tableRunStarts(a);
  for (let s = 0; s < a.sentences.length; s++) {
    if (runs[s]! < 0 || runs[s] === s) continue;
    const header = tableHeaderOf(a, s)!;
    const named = new Set(a.matchText('forms', header[0]!).map((m) => m.entry.name));
    if (!named.size) continue;
    const action = removalTableRow(a, s) ? 'remove' : 'insert';
    const own = frames.filter((f) => f.action === action && f.forms.some((x) => named.has(x)));
    if (own.length === 1 && !notInDevice(a, s)) own[0]!.sentences.add(s);
  }
  // a row right between two rows of one device's frame, in a table no other frame has a row of, describes that device
  // too ("| Carrier | Stimulan, 10 cc |" / "| Antibiotics | vancomycin 1 g + gentamicin 240 mg |" / "| Placement | 60
  // beads packed into the cavity |"); a longer stretch between two of its rows is the rest of a form ("| Findings |
  // necrotic bone about 3 x 3 cm |"); so does a row of it that names a drug or a carrier ("| Cement | one 40 g pack of
  // Simplex P |" / "| Drugs | tobramycin 2.4 g |" above "| Forming | rolled into beads |")
  for (const table of pipeTables(a)) {
    const s = table.sentences[0]!;
    const end = table.sentences[table.sentences.length - 1]!;
    const holders = frames.filter((f) => [...f.sentences].some((t) => t >= s && t <= end));
    if (holders.length !== 1) continue;
    const f = holders[0]!;
    // (a row that names a form of another device is that device's row: "| Rod (haste) | PMMA + vanco 2 g |" between two
    // rows of the beads)
    const othersRow = (t: number) => otherFormsNamed(a, t, devices, f, frames).other;
    // (first the rows that name the device's material or its making, then the rows that stand right between two of
    // its rows or under one of them wrapped, judged on the rows as they then stand: never on the order rows are visited)
    const material: number[] = [];
    for (let t = s + 1; t <= end; t++) {
      if (f.sentences.has(t) || notInDevice(a, t) || othersRow(t)) continue;
      // (the material of a placed device, or of one in a table of removals: a removed one's row of cement in an implant
      // log is the new implants' fixation, and so is a product the note says fixed the components)
      const own = (f.action === 'insert' || removalTableRow(a, t)) &&
        (a.in('drugs', t).length > 0 || (a.in('carriers', t).length > 0 && !a.in('carriers', t).every((c) => fixedElsewhere(a, c))) || (f.action === 'insert' && a.in('fabrication', t).some((m) => m.entry.tags.has('manual'))));
      if (own) material.push(t);
    }
    for (const t of material) f.sentences.add(t);
    const between: number[] = [];
    for (let t = s + 1; t <= end; t++) {
      if (f.sentences.has(t) || notInDevice(a, t) || othersRow(t)) continue;
      // (a row with empty cells right under one of the device's rows is its cells wrapped: "| PMMA, femoral + tibial
      // pieces | | |" under "| Articulating spacer, vanc/tobra | R knee | 2 pieces |")
      const wrapped = f.sentences.has(t - 1) && /\|[ \t]*\|/.test(a.sentences[t]!.text) && a.in('forms', t).every((m) => f.forms.includes(m.entry.name));
      if ((f.sentences.has(t - 1) && f.sentences.has(t + 1)) || wrapped) between.push(t);
    }
    for (const t of between) f.sentences.add(t);
  }
  // the sub-items of a list item that is part of a frame belong to it too ("Step 22: Back table: rod preparation" /
  // "  a. One 40 g packet of Palacos opened." / "  b. Vancomycin 2 g added"): the lines indented under it
  for (const f of frames) {
    for (const s of [...f.sentences]) for (const t of subItemSentences(a, s)) if (!notInDevice(a, t)) f.sentences.add(t);
  }
  return frames;
}

const SUB_ITEM = /^(?:\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|\(?\d{1,2}[.)]|[-*+\u2022\u25cf\u25aa])[ ]/i;

/** The sentences on the lines indented under the line sentence `s` ends on, up to the next line at its indent or less. */
function subItemSentences(a: Analysis, s: number): number[] {
  const text = a.doc.text;
  const sent = a.sentences[s]!;
  const lineStart = text.lastIndexOf('\n', sent.start - 1) + 1;
  const indentOf = (at: number) => {
    let i = at;
    while (text.charCodeAt(i) === 32) i++;
    return i - at;
  };
  const own = indentOf(lineStart);
  // (only a sentence that ends its line: the sub-items start on the next one)
  let at = text.indexOf('\n', sent.end);
  if (at < 0 || text.slice(sent.end, at).trim() !== '') return [];
  let end = at;
  for (let next = at + 1; next < text.length; ) {
    const nl = text.indexOf('\n', next);
    const lineEnd = nl < 0 ? text.length : nl;
    if (text.slice(next, lineEnd).trim() === '' || indentOf(next) <= own) break;
    // (a deeper line is a sub-item only with a marker of its own, "a.", "ii.", "2)", "-": not the rest of a wrapped row)
    if (!SUB_ITEM.test(text.slice(next + indentOf(next), lineEnd)) && end === at) break;
    end = lineEnd;
    next = lineEnd + 1;
  }
  if (end === at) return [];
  const out: number[] = [];
  for (let t = s + 1; t < a.sentences.length && a.sentences[t]!.start < end; t++) if (a.sentences[t]!.start > at) out.push(t);
  return out;
}

/**
 * For each sentence, the first row of the run of pipe-table rows (in one section) it belongs to, or -1 when it is no
 * row: found in one pass and kept per analysis, so a row never walks back over the rows above it.
 */
const tableRunMemo = new WeakMap<Analysis, Int32Array>();
function tableRunStarts(a: Analysis): Int32Array {
  let starts = tableRunMemo.get(a);
  if (!starts) {
    starts = new Int32Array(a.sentences.length).fill(-1);
    for (let s = 0; s < a.sentences.length; s++) {
      if (!a.sentences[s]!.text.startsWith('|')) continue;
      const p = s - 1;
      starts[s] = p >= 0 && starts[p]! >= 0 && a.sentences[p]!.section === a.sentences[s]!.section ? starts[p]! : s;
    }
    tableRunMemo.set(a, starts);
  }
  return starts;
}

/** A cell of a pipe-table row: its text, trimmed, and where it starts in the document. */
export interface TableCell {
  text: string;
  start: number;
}

/** The cells of the pipe-table row sentence `s` is, or undefined when it is no table row. */
function rowCells(a: Analysis, s: number): TableCell[] | undefined {
  const sent = a.sentences[s]!;
  if (!sent.text.startsWith('|')) return undefined;
  const cells: TableCell[] = [];
  const text = a.doc.text;
  let at = sent.start + 1;
  while (at < sent.end) {
    let bar = text.indexOf('|', at);
    if (bar < 0 || bar > sent.end) bar = sent.end;
    const raw = text.slice(at, bar);
    const lead = raw.length - raw.trimStart().length;
    if (bar < sent.end || raw.trim() !== '') cells.push({ text: raw.trim(), start: at + lead });
    at = bar + 1;
  }
  return cells;
}

/** A pipe table of a note: its header cells, its later rows' cells with their sentences, and all its sentences. */
export interface PipeTable {
  header: TableCell[];
  rows: TableCell[][];
  rowSentences: number[];
  sentences: number[];
}

/**
 * The pipe tables of a note, each as its header cells and its later rows' cells (rules rows included: their cells
 * hold no words or numbers). A generic reading of tables for checks that read a cell by its column. Memoised.
 */
const pipeTablesMemo = new WeakMap<Analysis, PipeTable[]>();
export function pipeTables(a: Analysis): PipeTable[] {
  const memo = pipeTablesMemo.get(a);
  if (memo) return memo;
  const runs = tableRunStarts(a);
  const out: PipeTable[] = [];
  for (let s = 0; s < a.sentences.length; s++) {
    if (runs[s] !== s) continue;
    const table: PipeTable = { header: rowCells(a, s) ?? [], rows: [], rowSentences: [], sentences: [s] };
    let t = s + 1;
    for (; t < a.sentences.length && runs[t] === s; t++) {
      table.sentences.push(t);
      const cells = rowCells(a, t);
      if (cells) {
        table.rows.push(cells);
        table.rowSentences.push(t);
      }
    }
    out.push(table);
    s = t - 1;
  }
  pipeTablesMemo.set(a, out);
  return out;
}

/** The cells of a table row's text, with or without its outer pipes (untrimmed). */
function pipeCells(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
}

/** The cells of the header row of the pipe table that sentence `s` is a row of (the first row of its run), if any. */
function tableHeaderOf(a: Analysis, s: number): string[] | undefined {
  const h = tableRunStarts(a)[s]!;
  if (h < 0 || h === s) return undefined;
  return pipeCells(a.sentences[h]!.text);
}

/**
 * True when the rows of a table record a removal of today: a header cell names a removal ("Removed today",
 * "Explanted"), and no cell names a placement unless the removal's own cell names today ("| At insertion | Removed
 * today |" reconciles the earlier placement with today's removal). Judged once per table. With `only`, true when no
 * header cell names a placement at all (a verbless row there lists a device taken out).
 */
const removalTableMemo = new WeakMap<Analysis, Map<number, 'none' | 'only' | 'today'>>();
function removalTableRow(a: Analysis, s: number, only = false): boolean {
  const h = tableRunStarts(a)[s]!;
  if (h < 0 || h === s) return false;
  let memo = removalTableMemo.get(a);
  if (!memo) removalTableMemo.set(a, (memo = new Map()));
  let kind = memo.get(h);
  if (kind === undefined) {
    const cells = tableHeaderOf(a, s)!.map((c) => ({ c, acts: a.matchText('actions', c) }));
    const removes = cells.filter((x) => x.acts.some((m) => m.entry.tags.has('remove')));
    const placement = cells.some((x) => x.acts.some((m) => m.entry.tags.has('insert')));
    kind = removes.length === 0 ? 'none' : !placement ? 'only' : removes.some((x) => deviceGrammar(a).todayAnchor.test(x.c)) ? 'today' : 'none';
    memo.set(h, kind);
  }
  return only ? kind === 'only' : kind !== 'none';
}

/**
 * The sites in the cell of a table row that stands under a site heading ("| Item | Site | Carrier |"): the header is the
 * first row of the run of table rows the row belongs to.
 */
function siteColumnSites(a: Analysis, s: number): Mention[] {
  const sent = a.sentences[s]!;
  const header = tableHeaderOf(a, s);
  if (!header) return [];
  const col = header.findIndex((c) => deviceGrammar(a).siteHeader.test(c.trim()));
  if (col < 0) return [];
  let from = sent.text.indexOf('|');
  for (let i = 0; i < col && from >= 0; i++) from = sent.text.indexOf('|', from + 1);
  if (from < 0) return [];
  const to = sent.text.indexOf('|', from + 1);
  const lo = sent.start + from;
  const hi = sent.start + (to < 0 ? sent.text.length : to);
  return sitesIn(a, s).filter((m) => m.start >= lo && m.end <= hi);
}

/** The frame with a sentence nearest to sentence `d`; on a tie the later one (a preparation is told before the insertion). */
/** Whether a sentence prepares device material by hand: an affirmed carrier and a word of making by hand. */
function preparesHere(a: Analysis, s: number): boolean {
  return a.in('carriers', s).some((m) => a.affirmed(m)) && a.in('fabrication', s).some((m) => m.entry.tags.has('manual') && a.affirmed(m));
}

function nearest(candidates: DeviceFrame[], d: number): DeviceFrame {
  let best = candidates[0]!;
  let bestDist = Infinity;
  for (const f of candidates) {
    for (const s of f.sentences) {
      // (at equal distance, a placed device's description comes before its placement, the mix before the beads; a
      // removed one's after its removal: "The joint beads were taken out. All 20 were counted.")
      const dist = Math.abs(s - d) - ((f.action === 'remove' ? s < d : s > d) ? 0.5 : 0);
      if (dist < bestDist) {
        bestDist = dist;
        best = f;
      }
    }
  }
  return best;
}

function resolveSites(
  a: Analysis,
  raw: { action: DeviceAction; s: number; spans: { start: number; end: number; sentence: number }[]; forms: string[]; anchor?: Mention | undefined }[],
  bySentence: Map<number, DeviceMention[]>,
  insertSentences: Set<number>,
  removeSentences: Set<number>,
): DeviceEventDetail[] {
  const merged = new Map<string, DeviceEventDetail & { order: number }>();
  let placedBefore: Map<string, Mention[]> | undefined;
  const unsitedExchanges: (typeof raw)[number][] = [];
  // the removal half of an exchange of a joint device that names no site ("Spacer exchange, right knee" / "The
  // antibiotic spacer was removed in one piece"), with the forms the note tells exchanged (an affirmed exchange word in
  // a sentence that names the form)
  const unsitedRemovals: (typeof raw)[number][] = [];
  let exchanged: Set<string> | undefined;
  let joints: Set<string> | undefined;
  const jointForm = (f: string) => (joints ??= new Set(a.mentions('forms').filter((m) => m.entry.tags.has('joint')).map((m) => m.entry.name))).has(f);
  const exchangedForms = (): Set<string> => {
    if (exchanged) return exchanged;
    exchanged = new Set();
    for (const [t, ds] of bySentence) {
      // (a joint device's form only: a spacer is exchanged in its joint, while beads taken out of a wound may go back
      // elsewhere, "beads removed from the wound; fresh beads laid beneath the fascia")
      if (a.in('actions', t).some((m) => m.entry.tags.has('exchange') && a.affirmed(m))) for (const d of ds) if (jointForm(d.form)) exchanged.add(d.form);
    }
    return exchanged;
  };
  const add = (action: DeviceAction, site: Site, r: (typeof raw)[number], siteMention?: Mention) => {
    const key = `${action}:${site}`;
    let e = merged.get(key);
    if (!e) {
      // events are listed in the order their action words appear
      e = { action, site, sentences: [], spans: [], forms: [], order: r.anchor?.start ?? Math.min(...r.spans.map((x) => x.start)) };
      if (siteMention) e.siteMention = siteMention;
      merged.set(key, e);
    }
    if (!e.siteMention && siteMention) e.siteMention = siteMention;
    if (!e.sentences.includes(r.s)) e.sentences.push(r.s);
    const lo = Math.min(...r.spans.map((x) => x.start), siteMention && siteMention.sentence === r.s ? siteMention.start : Infinity);
    const hi = Math.max(...r.spans.map((x) => x.end), siteMention && siteMention.sentence === r.s ? siteMention.end : -Infinity);
    e.spans.push({ start: lo, end: hi, sentence: r.s });
    for (const f of r.forms) if (!e.forms.includes(f)) e.forms.push(f);
  };

  // the procedure list often says where ("Placement of antibiotic beads, right tibial canal"); an item of several
  // clauses ("Removal of beads from the calf; reaming of the tibial canal") says where in the clause that names
  // the device with the action
  const listedSites = (r: (typeof raw)[number]): Mention[] => {
    for (const [s, ds] of bySentence) {
      if (a.sentences[s]!.category !== 'procedure' || !ds.some((d) => r.forms.includes(d.form))) continue;
      // (the procedure list of a superseded version of the note, or of a document about it, is not the note's)
      if (a.operationAt(a.sentences[s]!.start).kind === 'appended' && a.operationAt(a.sentences[r.s]!.start).kind !== 'appended') continue;
      for (const [from, to] of semicolonClauses(a, s)) {
        const inClause = <T extends { start: number }>(m: T) => m.start >= from && m.start < to;
        if (!ds.some((d) => r.forms.includes(d.form) && inClause(d))) continue;
        const acts = a.in('actions', s).filter(inClause);
        const matchesAction = r.action === 'insert'
          ? !acts.some((m) => m.entry.tags.has('remove')) || acts.some((m) => m.entry.tags.has('insert') || m.entry.tags.has('exchange'))
          : acts.some((m) => m.entry.tags.has('remove') || m.entry.tags.has('exchange'));
        if (!matchesAction) continue;
        const found = sitesIn(a, s).filter(inClause);
        if (found.length) return found;
      }
    }
    return [];
  };

  // a block that describes the device (its rows name the carrier, the drug, the making, the amount) may give its
  // site in a field of its own ("| Site | abscess cavity deep to the gluteal fascia |"): the first such field of
  // a section holding a description of this action's device
  const fieldSites = (action: DeviceAction): Mention[] => {
    const described = action === 'insert' ? insertSentences : removeSentences;
    const sections = new Set([...described].map((s) => a.sentences[s]!.section));
    // (a block labelled only with where, right after one of them: "Beads: placed." / "Where: the calcaneal cavity")
    const whereBlock = (i: number) => sections.has(i - 1) && deviceGrammar(a).siteLabel.test(a.sections[i]?.title?.trim() ?? '');
    // (a field's options may run on over the lines under its label, each opening with its box: "Location: [ ] subfascial"
    // / "[x] intra-articular (ulnohumeral joint)" / "[ ] intramedullary")
    let fieldOpen = false;
    for (let s = 0; s < a.sentences.length; s++) {
      const sec = a.sentences[s]!.section;
      if (whereBlock(sec)) {
        const found = sitesIn(a, s);
        if (found.length) return found;
      }
      if (!sections.has(sec)) {
        fieldOpen = false;
        continue;
      }
      // (or in the site column of a table: "| Item | Site | Carrier |" / "| Chain A | deep to the crural fascia | PMMA |")
      if (described.has(s)) {
        const inColumn = siteColumnSites(a, s);
        if (inColumn.length) return inColumn;
      }
      const text = a.sentences[s]!.text;
      const field = deviceGrammar(a).siteField.test(text);
      const option: boolean = !field && fieldOpen && BOX_OPTION.test(text) && a.sentences[s - 1]?.section === sec;
      fieldOpen = field || option;
      if (!fieldOpen) continue;
      const found = sitesIn(a, s);
      if (found.length) return found;
    }
    return [];
  };

  // events whose words and neighbours name no place, and the actions some event tells a place for
  const unsited: (typeof raw)[number][] = [];
  const toldWhere = new Set<DeviceAction>();
  // the events whose only place was borrowed from a neighbouring sentence that names no device
  const borrowedSites: { r: (typeof raw)[number]; distinct: Map<Site, Mention> }[] = [];
  for (const r of raw) {
    let borrowed = false;
    const governed = r.anchor ? governedSites(a, r.anchor, sitesIn(a, r.s)) : sitesIn(a, r.s);
    // null: the action's own clause names a generic place, so the note says where, and it is unspecified
    const stated = governed === null;
    let sites = governed ?? [];
    if (!sites.length && !stated) {
      // the site is often in a sentence nearby: first one that tells about the same device ("The chain lay
      // beneath the fascia. ... The chain was withdrawn."), then the sentence just before or after
      // ("The canal was reamed. The beads were then placed.") unless it tells about another device
      const sec = a.sentences[r.s]!.section;
      const formsAt = (n: number) => (bySentence.get(n) ?? []).map((d) => d.form);
      const usable = (n: number): boolean => {
        if (n < 0 || n >= a.sentences.length || n === r.s || a.sentences[n]!.section !== sec) return false;
        // (nor a sentence of another operation or of a superseded version of the note)
        if (a.operationAt(a.sentences[n]!.start) !== a.operationAt(a.sentences[r.s]!.start)) return false;
        // a neighbouring device sentence with its own site speaks for its own device
        if (bySentence.has(n) && a.sentences[n]!.category !== 'procedure' && sitesIn(a, n).length && raw.some((x) => x.s === n && x.action === r.action)) return false;
        // the removal told beside an exchange says where the old device was, not where the new one went
        if (r.anchor?.entry.tags.has('exchange') && raw.some((x) => x.s === n && x.action !== r.action)) return false;
        return true;
      };
      // (a sentence that names several devices gives this one the sites told after its own mention, up to the next
      // device's: "a coated nail in the tibial canal, antibiotic beads beneath the fascia")
      const ownSites = (n: number): Mention[] => {
        const all = sitesIn(a, n);
        const ds = bySentence.get(n) ?? [];
        if (new Set(ds.map((d) => d.form)).size < 2) return all;
        const out: Mention[] = [];
        for (const d of ds) {
          if (!r.forms.includes(d.form)) continue;
          const next = ds.find((o) => o.start > d.end && o.form !== d.form);
          out.push(...all.filter((m) => m.start >= d.end && (!next || m.start < next.start)));
        }
        return out.length ? out : all;
      };
      for (const n of [r.s - 1, r.s + 1, r.s - 2, r.s + 2]) {
        if (!usable(n) || !formsAt(n).some((f) => r.forms.includes(f))) continue;
        sites = ownSites(n);
        if (sites.length) break;
      }
      // (a procedure-list item is a procedure of its own: it never takes the site of the item beside it)
      // (a removal takes the place its own procedure item names before a neighbour that tells no device: "The
      // beads were withdrawn. The canal was then reamed." took nothing out of the canal)
      if (!sites.length && r.action === 'remove') sites = listedSites(r);
      if (!sites.length && a.sentences[r.s]!.category !== 'procedure') {
        for (const n of [r.s - 1, r.s + 1]) {
          const fs = formsAt(n);
          if (!usable(n) || (fs.length && !fs.some((f) => r.forms.includes(f)))) continue;
          sites = sitesIn(a, n);
          // (a place borrowed from a neighbour that names no device is the place of that sentence's own work: it
          // yields to a place the note tells for the same device elsewhere, see below)
          if (sites.length) {
            if (!fs.length) borrowed = true;
            break;
          }
        }
      }
    }
    if (!sites.length && !stated) sites = listedSites(r);
    if (!sites.length && !stated && r.action === 'remove') {
      // a device comes out of where it was put: the placement of the same form told for an earlier time ("Six
      // weeks ago ... an antibiotic cement rod was placed in the tibial canal") says where
      placedBefore ??= earlierPlacements(a, bySentence);
      for (const f of r.forms) {
        const at = placedBefore.get(f);
        if (at) {
          sites = at;
          break;
        }
      }
    }
    const distinct = new Map<Site, Mention>();
    for (const m of sites) {
      const site = siteOf(m)!;
      if (!distinct.has(site)) distinct.set(site, m);
    }
    if (stated || distinct.size) toldWhere.add(r.action);
    else unsited.push(r);
    // (so is an insertion told in the sentence that names the exchange: "Spacer exchange of the right hip: removal of
    // the cement spacer, ..., and insertion of a new hand-molded antibiotic cement spacer")
    const inExchange = () => a.in('actions', r.s).some((m) => m.entry.tags.has('exchange') && a.affirmed(m)) && a.in('actions', r.s).some((m) => m.entry.tags.has('remove') && a.affirmed(m));
    if (distinct.size === 0 && r.action === 'insert' && !stated && (r.anchor?.entry.tags.has('exchange') || inExchange())) unsitedExchanges.push(r);
    else if (distinct.size === 0 && r.action === 'remove' && !stated && r.forms.some((f) => exchangedForms().has(f))) unsitedRemovals.push(r);
    else if (distinct.size === 0) add(r.action, 'unspecified', r);
    else if (borrowed) borrowedSites.push({ r, distinct });
    else for (const [site, m] of distinct) add(r.action, site, r, m);
  }
  // a place borrowed from a neighbour that names no device is the place of that sentence's own work ("Abscess deep to
  // fascia lata -> pus evacuated." / "Coated nail: 2 x 40 g PMMA ... hand mixed ..."): when the note tells another place
  // for the same device and action, the event there takes the sentence
  for (const { r, distinct } of borrowedSites) {
    const host = [...merged.values()].find((e) => e.action === r.action && e.site !== 'unspecified' && !distinct.has(e.site) && e.forms.some((f) => r.forms.includes(f)));
    if (host) add(r.action, host.site, r, host.siteMention);
    else for (const [site, m] of distinct) add(r.action, site, r, m);
  }
  // when no event of an action tells a place (not even a generic one), a site field of the device's block does
  for (const action of ['insert', 'remove'] as const) {
    if (toldWhere.has(action) || !unsited.some((r) => r.action === action)) continue;
    const field = fieldSites(action);
    if (!field.length) continue;
    merged.delete(`${action}:unspecified`);
    for (const r of unsited) if (r.action === action) add(action, siteOf(field[0]!)!, r, field[0]);
  }
  // an exchange puts the new device where the old one came out: the insertion half of an exchange that names
  // no site of its own takes the site of the removal of the same form
  // (unless the note places a new device of that form somewhere itself: then that is where it went)
  for (const r of unsitedExchanges) {
    const sited = (action: DeviceAction) => [...merged.values()].find((e) => e.action === action && e.site !== 'unspecified' && e.forms.some((f) => r.forms.includes(f)));
    const out = sited('insert') ? undefined : sited('remove');
    if (out) add('insert', out.site, r, out.siteMention);
    else add('insert', 'unspecified', r);
  }
  // ... and the old joint device of an exchange came out of where the new one went: the removal half that names no
  // site takes the one site where the note puts a new device of that form
  for (const r of unsitedRemovals) {
    const into = [...merged.values()].filter((e) => e.action === 'insert' && e.site !== 'unspecified' && e.forms.some((f) => r.forms.includes(f)));
    const sites = new Set(into.map((e) => e.site));
    if (sites.size === 1) add('remove', into[0]!.site, r, into[0]!.siteMention);
    else add('remove', 'unspecified', r);
  }
  // an unspecified event of the same action as a sited one is the same device seen without its site, unless the
  // two are devices of different forms ("beads laid in the subfascial space" and "a spacer pressed into the
  // defect": two devices, one of them with no specific site)
  const events = [...merged.values()];
  const formNames = new Set(a.mentions('forms').map((m) => m.entry.name));
  // (by the device forms they name: a carrier named as the device, "Simplex P", says nothing of which one)
  // (insertions only: a removal told in general words is the sited removal, or a device of an earlier time)
  const otherDevice = (e: DeviceEventDetail, o: DeviceEventDetail) => {
    if (e.action !== 'insert') return false;
    // (its forms as its own sentences name them: a row of an implant log it took in, "| Spacer cement | ... |", names
    // the sited device's material, not this device)
    const told = new Set(e.sentences.filter((s) => a.sentences[s]!.category !== 'implants').flatMap((s) => a.in('forms', s).map((m) => m.entry.name)));
    const mine = e.forms.filter((f) => formNames.has(f) && (!told.size || told.has(f)));
    const theirs = o.forms.filter((f) => formNames.has(f));
    return mine.length > 0 && theirs.length > 0 && !mine.some((f) => theirs.includes(f));
  };
  // a joint device reaching into a canal (a hip spacer's stem "seated in the femoral canal") is one device in the
  // joint: its canal event joins the joint event of the same action (forms tagged joint in lexicons/forms.yaml)
  const jointForms = new Set(a.mentions('forms').filter((m) => m.entry.tags.has('joint')).map((m) => m.entry.name));
  // (with no joint event of its own, a joint device whose canal sentence also puts it in the joint, "The spacer stem was
  // seated in the femoral canal ... and the head was reduced into the acetabulum", is in the joint)
  const merged2 = events.filter((e) => {
    if (e.site !== 'intramedullary' || !e.forms.length || !e.forms.every((f) => jointForms.has(f))) return true;
    const joint = events.find((o) => o.action === e.action && o.site === 'intra-articular' && o.forms.some((f) => e.forms.includes(f)));
    if (!joint) {
      if (e.sentences.some((x) => sitesIn(a, x).some((m) => siteOf(m) === 'intra-articular'))) e.site = 'intra-articular';
      return true;
    }
    for (const s of e.sentences) if (!joint.sentences.includes(s)) joint.sentences.push(s);
    joint.spans.push(...e.spans);
    return false;
  });
  // a device that lives only in a medullary canal (forms tagged canal: a nail) is there when the note names no site
  // (once the general-word events that a sited event of the same action tells are gone)
  const canalForms = new Set(a.mentions('forms').filter((m) => m.entry.tags.has('canal')).map((m) => m.entry.name));
  const inCanal = (e: DeviceEventDetail & { order: number }) => (e.site === 'unspecified' && e.forms.length > 0 && e.forms.every((f) => canalForms.has(f)) ? { ...e, site: 'intramedullary' as const } : e);
  // (the same device seen without its site lends the sited event of its form the sentences that tell it: "Implants:
  // Femoral nail 11 x 380 mm coated with Simplex; PMMA bead chain" describes the nail placed in the canal)
  const sameDevice = (e: DeviceEventDetail) => merged2.filter((o) => o !== e && o.action === e.action && o.site !== 'unspecified' && !otherDevice(e, o));
  for (const e of merged2) {
    if (e.site !== 'unspecified' || !e.forms.length) continue;
    const same = sameDevice(e);
    const host = same.length === 1 ? same[0]! : undefined;
    if (!host || !e.forms.every((f) => host.forms.includes(f))) continue;
    for (const x of e.sentences) if (!host.sentences.includes(x)) host.sentences.push(x);
  }
  return merged2
    .filter((e) => e.site !== 'unspecified' || !sameDevice(e).length)
    .map(inCanal)
    .sort((x, y) => x.order - y.order)
    .map(({ order: _order, ...e }) => e);
}

/** The clauses of a sentence between its semicolons, as [start, end) offsets in the note. */
function semicolonClauses(a: Analysis, s: number): [number, number][] {
  const sent = a.sentences[s]!;
  const out: [number, number][] = [];
  let from = sent.start;
  for (let i = sent.text.indexOf(';'); i >= 0; i = sent.text.indexOf(';', i + 1)) {
    out.push([from, sent.start + i]);
    from = sent.start + i + 1;
  }
  out.push([from, sent.end]);
  return out;
}

/** The sites of each form's placement told for an earlier time (first one per form), found in one pass. */
function earlierPlacements(a: Analysis, bySentence: Map<number, DeviceMention[]>): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const [s, ds] of [...bySentence].sort((x, y) => x[0] - y[0])) {
    const earlierTold = anchoredEarlier(a, s) || ds.some((d) => a.assertion(d).historical) || a.operationAt(a.sentences[s]!.start).kind === 'earlier';
    if (!earlierTold || !a.in('actions', s).some((m) => m.entry.tags.has('insert'))) continue;
    const sites = sitesIn(a, s);
    if (!sites.length) continue;
    // with several devices in the sentence, each has the sites told after it up to the next device ("a coated
    // nail in the femur and a chain of beads deep to the fascia lata"), else the ones before it
    const sorted = [...ds].sort((x, y) => x.start - y.start);
    sorted.forEach((d, i) => {
      if (out.has(d.form)) return;
      const next = sorted.slice(i + 1).find((o) => o.form !== d.form && o.start >= d.end)?.start ?? Infinity;
      const prev = [...sorted.slice(0, i)].reverse().find((o) => o.form !== d.form && o.end <= d.start)?.end ?? -Infinity;
      const after = sites.filter((m) => m.start >= d.end && m.start < next);
      const before = sites.filter((m) => m.end <= d.start && m.start >= prev);
      const own = after.length ? after : before;
      out.set(d.form, sorted.some((o) => o.form !== d.form) && own.length ? own : sites);
    });
  }
  return out;
}

/**
 * When a sentence names several spaces, the event's space is the one its action word points at: the first
 * site after it in the same clause ("placed into the glenoid cavity"), plus sites coordinated with that one
 * ("into the canal and beneath the fascia"); failing that, the nearest site before it.
 */
function governedSites(a: Analysis, act: Mention, sites: Mention[]): Mention[] | null {
  const text = a.doc.text;
  const dg = deviceGrammar(a);
  // a clause of its own (between semicolons) that names only a generic place for this action ("removal of the
  // beads from the open fracture wound; reaming of the tibial canal") keeps that place: another clause's site
  // belongs to that clause's own procedure
  const sent = a.sentences[act.sentence]!;
  const semiBefore = text.slice(sent.start, act.start).lastIndexOf(';');
  const semiAfter = text.slice(act.end, sent.end).indexOf(';');
  const clauseStart = sent.start + semiBefore + 1;
  const clauseEnd = semiAfter < 0 ? sent.end : act.end + semiAfter;
  const inClause = sites.filter((m) => m.start >= clauseStart && m.end <= clauseEnd);
  if (!inClause.length) {
    // the action's own clause says where, in generic words ("pulled out of the open fracture wound"): the
    // site is stated and unspecified; a neighbouring sentence's canal is not where these beads were
    // (with a passive verb and an instrument, the place is the subject before the verb: "the bony defect was
    // then filled with the pellets")
    const placeBefore = withInstrument(a, act);
    const generic = a.in('sites', act.sentence).some(
      (m) =>
        m.entry.tags.has('generic') &&
        ((m.start >= act.end && m.start - act.end <= dg.g.siteWindow && m.end <= clauseEnd) ||
          (placeBefore && m.end <= act.start && act.start - m.end <= dg.g.siteWindow && m.start >= clauseStart) ||
          // (or where the device was found, just before: "the beads were found in the wound ... and removed")
          (m.end <= act.start && act.start - m.end <= dg.g.siteWindow && m.start >= clauseStart && act.entry.tags.has('remove'))) &&
        !a.assertion(m).negated,
    );
    if (generic) return null;
  }
  const distinct = new Set(sites.map((m) => siteOf(m)));
  if (distinct.size <= 1) {
    // one space named several ways: the phrase the action points at is the one to quote ("placed in the knee
    // joint", not the "articulating" of "articulating spacer")
    const pointed = sites.filter((m) => m.start >= act.end && m.start - act.end <= dg.g.siteWindow && !/[;]/.test(text.slice(act.end, m.start)));
    return pointed.length ? [...pointed, ...sites.filter((m) => !pointed.includes(m))] : sites;
  }
  const afterAll = sites.filter((m) => m.start >= act.end && !/[;]/.test(text.slice(act.end, m.start)));
  const after = afterAll.filter((m) => m.start - act.end <= dg.g.siteWindow);
  if (after.length) {
    const chosen = [after[0]!];
    for (const m of afterAll.slice(afterAll.indexOf(after[0]!) + 1)) {
      const prev = chosen[chosen.length - 1]!;
      const between = text.slice(prev.end, m.start);
      // (one phrase matched in two pieces, "glenohumeral" + "joint": the same place, the chain goes on)
      if (/^[\s-]*$/.test(between) && siteOf(m) === siteOf(prev)) continue;
      // (past the window only a place the action's own preposition opens again: "from the glenohumeral joint and
      // from the subdeltoid space")
      if (m.start - act.end > dg.g.siteWindow && !dg.repeatedPlace.test(between)) break;
      // (a present-participle clause is no coordination: "into the glenohumeral joint, filling the dead space")
      if (dg.coordinated.test(between) && !dg.verbBetween.test(between)) chosen.push(m);
      else break;
    }
    return chosen;
  }
  const before = sites.filter((m) => m.end <= act.start && !/[;]/.test(text.slice(m.end, act.start)));
  if (before.length) return [before[before.length - 1]!];
  // (the places of the sentence all stand in other clauses, past a semicolon: they are those clauses' own procedures'
  // places, "the joint was debrided, including the glenoid and the humeral canal entry; ... so we proceeded with bead
  // exchange")
  return !inClause.length && (semiBefore >= 0 || semiAfter >= 0) ? [] : sites;
}

export function eventEvidence(a: Analysis, e: DeviceEventDetail): Evidence[] {
  return e.spans.slice(0, 3).map((s) => a.evidence(s.start, s.end));
}
