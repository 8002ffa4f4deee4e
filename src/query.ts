/**
 * Physician query drafts (CDI style): one compliant question per failing or warning element.
 *
 * Each question quotes the note's own words (the sentence around the element's evidence, else around the
 * device evidence, else the first sentence that mentions a device), is open-ended or multiple choice with
 * every clinically reasonable answer plus "Other (please specify)" and "Clinically unable to determine",
 * and never mentions codes, payment or any financial impact (AHIMA/ACDIS query practice).
 * Returns plain text wrapped at 80 columns; never prints.
 */
import type { Evidence, NoteResult } from './types.js';

interface QueryTemplate {
  title: string;
  question: string;
  /** Multiple-choice answers; omitted for an open-ended question. */
  options?: string[];
}

const OTHER = 'Other (please specify): ____________';
const UNABLE = 'Clinically unable to determine';

const SITE_OPTIONS = [
  'Within the intramedullary (medullary) canal of a bone - please name the bone',
  'Deep soft tissue below the fascia, or a dead space / bone cavity outside the canal - please describe',
  'Within a joint space - please name the joint',
];

const TEMPLATES: Record<string, QueryTemplate> = {
  'placement-site': {
    title: 'Placement site of the device',
    question: 'Based on your clinical judgment, please clarify where the medication-containing device was placed:',
    options: SITE_OPTIONS,
  },
  drug: {
    title: 'Medication in the device',
    question:
      'Please document the name of each medication that was incorporated into the device and, if known, the amount of each.',
  },
  carrier: {
    title: 'Carrier material',
    question: 'Please clarify the material into which the medication was mixed:',
    options: [
      'Polymethylmethacrylate (PMMA) bone cement - brand, if applicable',
      'Calcium sulfate or calcium sulfate-based material - brand, if applicable',
    ],
  },
  fabrication: {
    title: 'Preparation of the device',
    question: 'Please clarify how the device was prepared:',
    options: [
      'Prepared in the operating room by the surgical team (please describe: mixing, and forming into beads, rod, coated implant, spacer or other shape)',
      'Commercially prefabricated device, used as supplied',
    ],
  },
  quantity: {
    title: 'Amount of material placed',
    question:
      'Please document the amount of material placed, if known (for example weight or volume of carrier and medication, number and size of beads, or length and diameter of a rod).',
  },
  'primary-procedure': {
    title: 'Procedure(s) performed',
    question:
      'Please describe each procedure performed during this operation in addition to the device {action}, including the anatomic site and the depth or extent of the work (for example the tissue layers debrided, bone involved, or fixation performed).',
  },
  'staged-removal': {
    title: 'Plan for the device',
    question: 'Please clarify the intended plan for the device placed at this operation:',
    options: [
      'Planned removal or exchange at a later operation - anticipated timing, if known',
      'Device intended to remain in place',
      'To be decided according to the clinical course',
    ],
  },
  'removal-site': {
    title: 'Site the device was removed from',
    question: 'Based on your clinical judgment, please clarify where the removed device was located:',
    options: SITE_OPTIONS,
  },
  'device-removed': {
    title: 'Device removed',
    question: 'Please describe the device that was removed (its form and, if known, its material and medication).',
  },
  completeness: {
    title: 'Extent of removal',
    question: 'Please clarify the extent of the device removal:',
    options: [
      'All device material was removed - please describe how this was confirmed (for example count or imaging)',
      'Part of the device material was left in place - please describe',
    ],
  },
  'removal-reason': {
    title: 'Reason for removal',
    question: 'Please document the clinical reason the device was removed at this operation.',
  },
  'staged-link': {
    title: 'Relation to an earlier operation',
    question: 'Please clarify the relation of this removal to the earlier device placement:',
    options: [
      'Planned stage following an earlier placement - date or procedure of that placement, if known',
      'Not planned at the time of the earlier placement',
    ],
  },
};

const DEVICE_WORDS =
  /\b(beads?|cement|spacer|rod|nail|pmma|stimulan|calcium sulfate|osteoset|cerament|palacos|simplex|antibiotic|vancomycin|tobramycin|gentamicin)\b/i;

function wrap(text: string, indent: string, hanging = indent, width = 80): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    const prefix = out.length === 0 ? indent : hanging;
    if (line && prefix.length + line.length + 1 + w.length > width) {
      out.push(prefix + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push((out.length === 0 ? indent : hanging) + line);
  return out;
}

/** Offset in `text` of 1-based line / column evidence (falls back to searching for the quote). */
function offsetOf(text: string, ev: Evidence): number {
  let pos = 0;
  for (let l = 1; l < ev.line && pos >= 0; l++) {
    const nl = text.slice(pos).search(/\r\n|\r|\n/);
    if (nl < 0) return text.indexOf(ev.text);
    pos += nl + (text.startsWith('\r\n', pos + nl) ? 2 : 1);
  }
  const at = pos + ev.column - 1;
  return text.startsWith(ev.text, at) ? at : text.indexOf(ev.text);
}

/** The sentence of `text` around offset `at`, whitespace collapsed, at most ~240 characters. */
export function sentenceAt(text: string, at: number, length = 0): string {
  let start = at;
  while (start > 0) {
    const prev = text.slice(Math.max(0, start - 2), start);
    if (/[.!?]\s$/.test(prev) || /\n\s*\n$/.test(text.slice(Math.max(0, start - 4), start)) || /:\s*\n$/.test(prev)) break;
    start--;
  }
  let end = Math.max(at + length, start);
  while (end < text.length) {
    if (/[.!?]/.test(text[end]!) && (end + 1 >= text.length || /\s/.test(text[end + 1]!))) {
      end++;
      break;
    }
    if (text.startsWith('\n\n', end) || text.startsWith('\r\n\r\n', end)) break;
    end++;
  }
  let s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (s.length > 240) {
    const rel = Math.max(0, at - start - 100);
    s = `${rel > 0 ? '...' : ''}${s.slice(rel, rel + 230).trim()}...`;
  }
  return s;
}

function quoteFor(result: NoteResult, elementEvidence: Evidence[], noteText: string): string | undefined {
  const ev = elementEvidence[0] ?? result.devices.flatMap((d) => d.evidence)[0];
  if (ev) {
    const at = offsetOf(noteText, ev);
    if (at >= 0) return sentenceAt(noteText, at, ev.text.length);
  }
  const m = DEVICE_WORDS.exec(noteText);
  return m ? sentenceAt(noteText, m.index, m[0].length) : undefined;
}

/**
 * Draft a physician query for the result's failing or warning elements; undefined when there are none.
 * `noteText` is the note as given (evidence line / column refer to it).
 */
export function draftQuery(result: NoteResult, noteText: string): string | undefined {
  const open = result.elements.filter((e) => e.status === 'fail' || e.status === 'warn');
  if (open.length === 0) return undefined;
  const removal = result.elements.some((e) => e.id === 'removal-site' || e.id === 'staged-link');
  const out: string[] = [];
  out.push('Physician documentation query');
  out.push('');
  out.push('Dr. ____________,');
  out.push('');
  out.push(
    ...wrap(
      'The operative note was reviewed for completeness and clarity. Please answer the question(s) below by an addendum to the operative note, based on your independent clinical judgment. Any answer, including "Clinically unable to determine", is acceptable.',
      '',
    ),
  );
  open.forEach((el, i) => {
    const t = TEMPLATES[el.id] ?? {
      title: el.label,
      question: `Please clarify the documentation of: ${el.label.toLowerCase()}.`,
    };
    out.push('');
    out.push(`${i + 1}. ${t.title}`);
    const quote = quoteFor(result, el.evidence, noteText);
    if (quote) out.push(...wrap(`The note states: "${quote}"`, '   ', '   '));
    else out.push('   The note does not describe this.');
    out.push(...wrap(t.question.replace('{action}', removal ? 'removal' : 'placement'), '   ', '   '));
    if (t.options) {
      for (const o of [...t.options, OTHER, UNABLE]) out.push(...wrap(`[ ] ${o}`, '   ', '       '));
    } else {
      out.push('   ______________________________________________');
    }
  });
  out.push('');
  out.push('Thank you.');
  out.push('Query from: ____________   Contact: ____________   Date: ____________');
  return out.join('\n') + '\n';
}
