import { effectiveCode, relativePath } from './types.js';
/** Characters XML 1.0 cannot carry at all, not even as character references. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Escape text content; characters XML forbids become U+FFFD. */
export function xmlText(s) {
    return s
        .replace(INVALID_XML, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** Escape an attribute value (double-quoted); tabs and line breaks are kept as character references. */
export function xmlAttr(s) {
    return xmlText(s)
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\t/g, '&#9;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;');
}
function describe(el) {
    const lines = [`${el.id} (${el.label}): ${el.status.toUpperCase()} - ${el.message}`];
    // "line 3:5", not "at 3:5": a log reader must not take the quote for a stack frame
    for (const ev of el.evidence)
        lines.push(`  line ${ev.line}:${ev.column}: "${ev.text}"`);
    for (const risk of el.denialRisks)
        lines.push(`  Denial risk: ${risk}`);
    if (el.fix)
        lines.push(`  Fix: ${el.fix}`);
    return lines.join('\n');
}
function describeFinding(f) {
    return `claim ${f.id}: ${f.status.toUpperCase()} - ${f.message}${f.codes.length ? `\n  codes: ${f.codes.join(', ')}` : ''}`;
}
function testcase(r, file, withFile) {
    const code = r.code ?? (r.status === 'error' ? null : effectiveCode(r));
    const name = code ? `CPT ${code}` : 'check';
    const open = `    <testcase classname="${xmlAttr(file)}" name="${xmlAttr(name)}"${withFile ? ` file="${xmlAttr(file)}"` : ''} time="0">`;
    if (r.status === 'error') {
        const msg = r.error?.message ?? 'could not be checked';
        return {
            xml: `${open}\n      <error message="${xmlAttr(msg)}" type="error">${xmlText(msg)}</error>\n    </testcase>\n`,
            failed: false,
            errored: true,
            skipped: false,
        };
    }
    const elements = r.elements ?? [];
    // a note whose operation places or removes no drug-delivery device has nothing to check (issue 9)
    if (r.status === 'no-device') {
        const msg = r.noDevice?.message ?? 'No drug-delivery device was placed or removed in this operation; none of 20700-20705 applies';
        return { xml: `${open}\n      <skipped message="${xmlAttr(msg)}"/>\n    </testcase>\n`, failed: false, errored: false, skipped: true };
    }
    const failedEls = elements.filter((e) => e.status === 'fail');
    const warnEls = elements.filter((e) => e.status === 'warn');
    const findings = r.claim?.findings ?? [];
    const failedClaims = findings.filter((f) => f.status === 'fail');
    const warnClaims = findings.filter((f) => f.status === 'warn');
    let body = '';
    const failed = r.status === 'fail';
    if (failed) {
        const ids = failedEls.map((e) => e.id);
        const parts = [];
        if (ids.length)
            parts.push(`${ids.length} element${ids.length === 1 ? '' : 's'} failed: ${ids.join(', ')}`);
        if (failedClaims.length)
            parts.push(`claim: ${failedClaims.map((f) => f.id).join(', ')}`);
        const msg = parts.length ? parts.join('; ') : r.code === null ? 'no drug-delivery device insertion found' : 'note failed';
        const text = [...failedEls.map(describe), ...failedClaims.map(describeFinding)].join('\n\n') || msg;
        body += `\n      <failure message="${xmlAttr(msg)}" type="fail">${xmlText(text)}</failure>`;
    }
    const warnText = [...warnEls.map(describe), ...warnClaims.map(describeFinding)].join('\n\n');
    if (warnText)
        body += `\n      <system-out>${xmlText(warnText)}</system-out>`;
    return { xml: body ? `${open}${body}\n    </testcase>\n` : `${open.slice(0, -1)}/>\n`, failed, errored: false, skipped: false };
}
export const createJunitFormatter = (ctx) => ({
    begin() {
        return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="oplint">\n`;
    },
    result(results) {
        if (!results.length)
            return '';
        const file = relativePath(results[0].source, ctx.cwd);
        const cases = results.map((r) => testcase(r, file, ctx.junitFile !== false));
        const failures = cases.filter((c) => c.failed).length;
        const errors = cases.filter((c) => c.errored).length;
        const skipped = cases.filter((c) => c.skipped).length;
        return (`  <testsuite name="${xmlAttr(file)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0" file="${xmlAttr(file)}">\n` +
            cases.map((c) => c.xml).join('') +
            `  </testsuite>\n`);
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
