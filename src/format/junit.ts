/**
 * `junit`: JUnit XML for CI test reporters.
 *
 *   <testsuites name="oplint">
 *     <testsuite name="<source>" tests=".." failures=".." errors=".." skipped="0">   one per note
 *       <testcase classname="<source>" name="CPT 20702" file="<source>">            one per note × code
 *         <failure message="2 elements failed: drug, quantity" type="fail">…every failed element…</failure>
 *         <error message="…" type="error"/>                                          unreadable / unchecked notes
 *         <system-out>warnings</system-out>
 *
 * Streaming: each note's testsuite (with its own counts) is written as soon as the note arrives. The
 * root's count attributes are optional in the JUnit schema and are omitted, since they would need the whole
 * run; the run's totals are written as a comment before </testsuites>.
 */
import type { ElementResult, NoteResult } from '../types.js';
import { effectiveCode, relativePath, type FormatContext, type Formatter, type FormatterFactory } from './types.js';

/** Characters XML 1.0 cannot carry at all, not even as character references. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text content; characters XML forbids become U+FFFD. */
export function xmlText(s: string): string {
  return s
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Escape an attribute value (double-quoted); tabs and line breaks are kept as character references. */
export function xmlAttr(s: string): string {
  return xmlText(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function describe(el: ElementResult): string {
  const lines = [`${el.id} (${el.label}): ${el.status.toUpperCase()} - ${el.message}`];
  for (const ev of el.evidence) lines.push(`  at ${ev.line}:${ev.column} "${ev.text}"`);
  for (const risk of el.denialRisks) lines.push(`  Denial risk: ${risk}`);
  if (el.fix) lines.push(`  Fix: ${el.fix}`);
  return lines.join('\n');
}

function testcase(r: NoteResult, file: string): { xml: string; failed: boolean; errored: boolean } {
  const code = r.code ?? (r.status === 'error' ? null : effectiveCode(r));
  const name = code ? `CPT ${code}` : 'check';
  const open = `    <testcase classname="${xmlAttr(file)}" name="${xmlAttr(name)}" file="${xmlAttr(file)}" time="0">`;
  if (r.status === 'error') {
    const msg = r.error?.message ?? 'could not be checked';
    return {
      xml: `${open}\n      <error message="${xmlAttr(msg)}" type="error">${xmlText(msg)}</error>\n    </testcase>\n`,
      failed: false,
      errored: true,
    };
  }
  const failedEls = r.elements.filter((e) => e.status === 'fail');
  const warnEls = r.elements.filter((e) => e.status === 'warn');
  let body = '';
  const failed = r.status === 'fail';
  if (failed) {
    const ids = failedEls.map((e) => e.id);
    const msg = ids.length
      ? `${ids.length} element${ids.length === 1 ? '' : 's'} failed: ${ids.join(', ')}`
      : r.code === null
        ? 'no drug-delivery device insertion found'
        : 'note failed';
    const text = failedEls.map(describe).join('\n\n') || msg;
    body += `\n      <failure message="${xmlAttr(msg)}" type="fail">${xmlText(text)}</failure>`;
  }
  if (warnEls.length) body += `\n      <system-out>${xmlText(warnEls.map(describe).join('\n\n'))}</system-out>`;
  return { xml: body ? `${open}${body}\n    </testcase>\n` : `${open.slice(0, -1)}/>\n`, failed, errored: false };
}

export const createJunitFormatter: FormatterFactory = (ctx: FormatContext): Formatter => ({
  begin() {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="oplint">\n`;
  },
  result(results: NoteResult[]) {
    if (!results.length) return '';
    const file = relativePath(results[0]!.source, ctx.cwd);
    const cases = results.map((r) => testcase(r, file));
    const failures = cases.filter((c) => c.failed).length;
    const errors = cases.filter((c) => c.errored).length;
    return (
      `  <testsuite name="${xmlAttr(file)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="0">\n` +
      cases.map((c) => c.xml).join('') +
      `  </testsuite>\n`
    );
  },
  end(summary, extra) {
    const props = [
      ['checked', summary.checked],
      ['passed', summary.passed],
      ['failed', summary.failed],
      ['errors', summary.errors],
      ...(extra?.baselineFixed !== undefined ? [['baselineFixed', extra.baselineFixed]] : []),
    ]
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    return `  <!-- oplint ${xmlText(ctx.version).replace(/--/g, '- -')}: ${props} -->\n</testsuites>\n`;
  },
});

export default createJunitFormatter;
