/**
 * `markdown`: a report for pull requests and tickets (GitHub-flavoured Markdown): a summary table, the
 * per-element counts, a table of notes, then a checklist per note with ✅ pass, ⚠️ warn, ❌ fail, ➖ n/a.
 *
 * The summary goes first, so the formatter keeps each note's (short) section until `end()`; it is meant for
 * human-sized runs. All text from notes and packs is escaped: pipes, emphasis, links, HTML and line breaks.
 */
import type { ElementResult, ElementStatus, NoteResult, Summary } from '../types.js';
import { effectiveCode, type EndExtra, type FormatContext, type Formatter, type FormatterFactory } from './types.js';

export const MARKS: Record<ElementStatus | 'error', string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  'n/a': '➖',
  error: '❌',
};

/** Escape text for inline Markdown (table cells included): no markup, pipes and line breaks neutralised. */
export function mdEscape(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

function noteMark(status: NoteResult['status']): string {
  return status === 'pass' ? '✅' : status === 'fail' ? '❌' : '⛔';
}

function evidenceText(el: ElementResult): string {
  const ev = el.evidence[0];
  if (!ev) return '';
  const quote = ev.text.length > 120 ? ev.text.slice(0, 117) + '...' : ev.text;
  return ` (line ${ev.line}:${ev.column}: “${mdEscape(quote)}”)`;
}

function checklist(r: NoteResult): string {
  const lines: string[] = [];
  for (const el of r.elements) {
    const done = el.status === 'pass' || el.status === 'n/a';
    const baselined = (el as { baselined?: boolean }).baselined ? ' _(baselined)_' : '';
    lines.push(`- [${done ? 'x' : ' '}] ${MARKS[el.status]} **${mdEscape(el.label || el.id)}**${baselined}: ${mdEscape(el.message)}${evidenceText(el)}`);
    if (el.status === 'warn' || el.status === 'fail') {
      for (const risk of el.denialRisks) lines.push(`  - Denial risk: ${mdEscape(risk)}`);
      if (el.fix) lines.push(`  - Fix: ${mdEscape(el.fix)}`);
    }
  }
  return lines.join('\n');
}

function pct(n: number, d: number): string {
  return d ? `${Math.round((1000 * n) / d) / 10}%` : '–';
}

export const createMarkdownFormatter: FormatterFactory = (ctx: FormatContext): Formatter => {
  const sections: string[] = [];
  const rows: string[] = [];
  const counts = new Map<string, { label: string; fail: number; warn: number }>();

  return {
    begin: () => '',
    result(results: NoteResult[]) {
      if (!results.length) return '';
      const source = results[0]!.source === '-' ? 'stdin' : results[0]!.source;
      const worst = results.some((r) => r.status === 'error') ? 'error' : results.some((r) => r.status === 'fail') ? 'fail' : 'pass';
      const parts: string[] = [];
      for (const r of results) {
        const code = r.status === 'error' ? '' : effectiveCode(r);
        for (const el of r.elements) {
          const key = `${code}/${el.id}`;
          const c = counts.get(key) ?? { label: el.label || el.id, fail: 0, warn: 0 };
          if (el.status === 'fail') c.fail++;
          if (el.status === 'warn') c.warn++;
          counts.set(key, c);
        }
        const failed = r.elements.filter((e) => e.status === 'fail').map((e) => e.id);
        const warned = r.elements.filter((e) => e.status === 'warn').map((e) => e.id);
        const detail = r.status === 'error' ? mdEscape(r.error?.message ?? 'could not be checked') : mdEscape(failed.join(', ') || '—');
        if (!(ctx.quiet && r.status === 'pass')) rows.push(`| ${noteMark(r.status)} ${r.status} | ${mdEscape(source)} | ${mdEscape(r.code ?? 'none')} | ${detail} | ${mdEscape(warned.join(', ') || '—')} |`);
        if (ctx.quiet && r.status === 'pass') continue;
        if (r.status === 'error') {
          parts.push(`**Error:** ${mdEscape(r.error?.message ?? 'could not be checked')}`);
          continue;
        }
        const head = r.code
          ? `**CPT ${mdEscape(r.code)}**`
          : `**No drug-delivery device insertion found** (elements judged against CPT ${mdEscape(effectiveCode(r))})`;
        const suggested = r.suggestedCodes.length ? ` · suggested: ${r.suggestedCodes.map(mdEscape).join(', ')}` : '';
        parts.push(`${head} — ${noteMark(r.status)} ${r.status}${suggested}\n\n${checklist(r)}`);
      }
      if (parts.length) sections.push(`### ${noteMark(worst)} ${mdEscape(source)}\n\n${parts.join('\n\n')}`);
      return '';
    },
    end(summary: Summary, extra?: EndExtra) {
      const out: string[] = ['# oplint report', ''];
      out.push('| Checked | Passed | Failed | Errors | Pass rate |', '| ---: | ---: | ---: | ---: | ---: |');
      out.push(`| ${summary.checked} | ${summary.passed} | ${summary.failed} | ${summary.errors} | ${pct(summary.passed, summary.checked)} |`);
      if (extra?.baselineFixed !== undefined) out.push('', `Baselined failures fixed: **${extra.baselineFixed}**`);
      const elementRows = [...counts.entries()].filter(([, c]) => c.fail || c.warn);
      if (elementRows.length) {
        out.push('', '## Elements', '', '| Code | Element | ❌ Fail | ⚠️ Warn |', '| --- | --- | ---: | ---: |');
        elementRows
          .sort((a, b) => b[1].fail - a[1].fail || b[1].warn - a[1].warn || a[0].localeCompare(b[0]))
          .forEach(([key, c]) => {
            const [code] = key.split('/');
            out.push(`| ${mdEscape(code ?? '')} | ${mdEscape(c.label)} | ${c.fail} | ${c.warn} |`);
          });
      }
      if (rows.length) {
        out.push('', '## Notes', '', '| Status | Note | Code | Failed elements | Warnings |', '| --- | --- | --- | --- | --- |', ...rows);
      }
      if (sections.length) out.push('', '## Checklists', '', sections.join('\n\n'));
      out.push('', `<sub>oplint ${mdEscape(ctx.version)}</sub>`, '');
      return out.join('\n');
    },
  };
};

export default createMarkdownFormatter;
