import { Chalk } from 'chalk';
import type { ElementStatus, Evidence, NoteResult, Summary } from '../types.js';
import { effectiveCode, type EndExtra, type Formatter, type FormatContext, type FormatterFactory } from './types.js';

const WIDTH = 80;
const MARK: Record<ElementStatus, string> = { pass: '✔', warn: '⚠', fail: '✖', 'n/a': '–' };

/** Wrap `text` to the width, indenting continuation lines by `indent` spaces. */
export function wrap(text: string, indent: number, first = indent, width = WIDTH): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let room = width - first;
  for (const w of words) {
    if (line && line.length + 1 + w.length > room) {
      lines.push(line);
      line = w;
      room = width - indent;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** An element or claim finding that `--baseline` marked as already known (see src/baseline.ts). */
const isBaselined = (x: object): boolean => (x as { baselined?: unknown }).baselined === true;

const loc = (e: Evidence) => `${e.line}:${e.column}`;
const clip = (s: string, n: number) => {
  // control characters in a note (an ESC sequence, say) are shown, never sent to the terminal
  const one = s.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** Human checklist per note, with evidence, denial risks and fixes; a batch summary at the end. */
export const createPrettyFormatter: FormatterFactory = (ctx: FormatContext): Formatter => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint: Record<ElementStatus, (s: string) => string> = { pass: c.green, warn: c.yellow, fail: c.red, 'n/a': c.gray };
  const failCounts = new Map<string, number>();
  const riskCounts = new Map<string, number>();
  let notes = 0;

  const element = (r: NoteResult, e: NoteResult['elements'][number]): string => {
    const head = `  ${paint[e.status](MARK[e.status])} ${c.bold(e.label.padEnd(22))} `;
    const known = isBaselined(e);
    // column where the message starts: after the mark, the label (padded to 22, longer ones push it) and the mark
    const first = 4 + Math.max(22, e.label.length) + 1 + (known ? 12 : 0);
    let out = `${head}${known ? `${c.gray('(baselined)')} ` : ''}${wrap(e.message, 27, first)}\n`;
    for (const ev of e.evidence.slice(0, 3)) out += `${' '.repeat(27)}${c.gray(`${loc(ev)}`)} ${c.cyan(`"${clip(ev.text, WIDTH - 27 - loc(ev).length - 3)}"`)}\n`;
    // a baselined gap is known and accepted for now: no risks, fix or gap counts, to keep new gaps visible
    if ((e.status === 'fail' || e.status === 'warn') && !known) {
      for (const risk of e.denialRisks) out += `${' '.repeat(27)}${c.magenta('risk:')} ${wrap(risk, 33, 33)}\n`;
      if (e.fix) out += `${' '.repeat(27)}${c.blue('fix:')}  ${wrap(e.fix, 33, 33)}\n`;
      const k = `${effectiveCode(r)} ${e.id}`;
      failCounts.set(k, (failCounts.get(k) ?? 0) + 1);
      for (const risk of e.denialRisks) riskCounts.set(risk, (riskCounts.get(risk) ?? 0) + 1);
    }
    if (ctx.explain && e.explain?.length) {
      for (const x of e.explain) {
        const where = x.evidence ? ` @${loc(x.evidence)}` : '';
        // wrapped as plain text (escape codes would skew the width), then the pattern is greyed
        const text = wrap(`${x.pattern} '${clip(x.term, 30)}'${where}${x.context ? ` — ${x.context}` : ''}`, 31, 31);
        const shown = text.startsWith(x.pattern) ? `${c.gray(x.pattern)}${text.slice(x.pattern.length)}` : text;
        out += `${' '.repeat(29)}${x.accepted ? c.green('+') : c.gray('-')} ${shown}\n`;
      }
    }
    return out;
  };

  const one = (r: NoteResult): string => {
    if (r.status === 'error') return `${c.bold(r.source)}\n  ${c.red('error')} ${r.error?.message ?? 'could not be checked'}\n\n`;
    const status = r.status === 'pass' ? c.green.bold('PASS') : c.red.bold('FAIL');
    const code = r.code ? `CPT ${r.code}` : 'no family code supported (checked against 20702)';
    // source, code and verdict on one line when they fit in the width, else the source on its own line
    const oneLine = r.source.length + code.length + 8 <= WIDTH;
    let out = `${c.bold(r.source)}${oneLine ? '  ' : '\n  '}${c.cyan(code)}  ${status}\n`;
    for (const w of r.warnings ?? []) out += `  ${c.yellow('warning:')} ${w}\n`;
    for (const e of r.elements) out += element(r, e);
    if (r.claim) {
      out += `  ${c.bold('Claim')} ${r.claim.lines.map((l) => `${l.code}${l.modifiers.map((m) => `-${m}`).join('')}${l.units > 1 ? `x${l.units}` : ''}`).join(', ')}\n`;
      for (const f of r.claim.findings) {
        const st = f.status === 'pass' ? 'pass' : f.status;
        const known = isBaselined(f);
        const first = 4 + Math.max(22, f.id.length) + 1 + (known ? 12 : 0);
        out += `  ${paint[st](MARK[st])} ${c.bold(f.id.padEnd(22))} ${known ? `${c.gray('(baselined)')} ` : ''}${wrap(f.message, 27, first)}\n`;
      }
    }
    const devs = r.devices.length
      ? r.devices.map((d) => `${d.action} ${d.site}${d.evidence[0] ? ` (${loc(d.evidence[0])})` : ''}`).join('; ')
      : 'none found in this operation';
    out += `  ${c.gray('devices:')} ${wrap(devs, 11, 11)}\n`;
    out += `  ${c.gray('suggested codes:')} ${r.suggestedCodes.length ? r.suggestedCodes.join(', ') : 'none'}\n`;
    const fails = r.elements.filter((e) => e.status === 'fail').length;
    const warns = r.elements.filter((e) => e.status === 'warn').length;
    const passes = r.elements.filter((e) => e.status === 'pass').length;
    const baselined = r.elements.filter((e) => (e.status === 'fail' || e.status === 'warn') && isBaselined(e)).length;
    const claimFails = r.claim?.findings.filter((f) => f.status === 'fail').length ?? 0;
    const claimWarns = r.claim?.findings.filter((f) => f.status === 'warn').length ?? 0;
    let tally = `${passes} passed, ${fails} failed, ${warns} warning${warns === 1 ? '' : 's'}`;
    if (baselined) tally += ` (${baselined} baselined)`;
    if (r.claim) tally += `; claim: ${claimFails} failed, ${claimWarns} warning${claimWarns === 1 ? '' : 's'}`;
    out += `  ${status} ${tally}\n`;
    // the query is already laid out for 80 columns (and meant to be copied as is): not indented
    if (ctx.query && r.query) out += `\n  ${c.bold('Query to the surgeon (draft):')}\n\n${r.query.replace(/\n+$/, '')}\n`;
    return `${out}\n`;
  };

  return {
    begin: () => '',
    result(results) {
      notes++;
      let out = '';
      for (const r of results) {
        if (ctx.quiet && r.status === 'pass') continue;
        out += one(r);
      }
      return out;
    },
    end(summary: Summary, extra?: EndExtra) {
      let out = '';
      if (notes > 1 && failCounts.size) {
        out += c.bold('Most frequent gaps\n');
        for (const [k, n] of [...failCounts].sort((a, b) => b[1] - a[1]).slice(0, 8)) out += `  ${String(n).padStart(5)}  ${k}\n`;
        out += c.bold('Top denial risks\n');
        for (const [k, n] of [...riskCounts].sort((a, b) => b[1] - a[1]).slice(0, 5)) out += `  ${String(n).padStart(5)}  ${wrap(k, 9, 9)}\n`;
      }
      const rate = summary.checked ? Math.round((100 * summary.passed) / summary.checked) : 0;
      const line = `${summary.checked} result${summary.checked === 1 ? '' : 's'} from ${notes} note${notes === 1 ? '' : 's'}: ${summary.passed} passed, ${summary.failed} failed, ${summary.errors} error${summary.errors === 1 ? '' : 's'} (pass rate ${rate}%)`;
      out += summary.failed || summary.errors ? c.red(line) : c.green(line);
      if (extra?.baselineFixed) out += `\n${c.green(`${extra.baselineFixed} baselined failure${extra.baselineFixed === 1 ? '' : 's'} fixed since the baseline`)}`;
      return `${out}\n`;
    },
  };
};

export default createPrettyFormatter;
