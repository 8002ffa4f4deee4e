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
import { lazy, zod } from './deps.js';
import { getLexicon } from './nlp/lexicon.js';
import { loadPack } from './patterns/load.js';

interface QueryTemplate {
  title: string;
  question: string;
  /** Multiple-choice answers; omitted for an open-ended question. */
  options?: string[];
}

/** Query templates live in patterns/queries.yaml, so wording is edited without touching code. */
export const QueriesSchema = lazy(() => {
  const z = zod();
  const Template = z.strictObject({ title: z.string().min(1), question: z.string().min(1), options: z.array(z.string().min(1)).optional() });
  return z.strictObject({
    other: z.string().min(1),
    unable: z.string().min(1),
    siteOptions: z.array(z.string().min(1)),
    templates: z.record(z.string(), Template),
  });
});
type Queries = { other: string; unable: string; siteOptions: string[]; templates: Record<string, QueryTemplate> };

/** Lexicons whose words mark a sentence about the device (quoted when an element has no evidence). */
const DEVICE_LEXICONS = ['forms', 'carriers', 'drugs', 'drug-signals'];

/** The first mention of a device word in the note: [offset, length], or undefined. */
function firstDeviceWord(text: string): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const name of DEVICE_LEXICONS) {
    const re = getLexicon(name).regex;
    re.lastIndex = 0;
    const m = re.exec(text);
    re.lastIndex = 0;
    if (m && (!best || m.index < best[0])) best = [m.index, m[0].length];
  }
  return best;
}

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
  const m = firstDeviceWord(noteText);
  return m ? sentenceAt(noteText, m[0], m[1]) : undefined;
}

/**
 * Draft a physician query for the result's failing or warning elements; undefined when there are none.
 * `noteText` is the note as given (evidence line / column refer to it).
 */
export function draftQuery(result: NoteResult, noteText: string): string | undefined {
  const open = result.elements.filter((e) => e.status === 'fail' || e.status === 'warn');
  const q = loadPack('queries.yaml', QueriesSchema) as Queries;
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
    const t = q.templates[el.id] ?? {
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
      for (const o of [...t.options, q.other, q.unable]) out.push(...wrap(`[ ] ${o}`, '   ', '       '));
    } else {
      out.push('   ______________________________________________');
    }
  });
  out.push('');
  out.push('Thank you.');
  out.push('Query from: ____________   Contact: ____________   Date: ____________');
  return out.join('\n') + '\n';
}
