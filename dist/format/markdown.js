import { effectiveCode } from './types.js';
export const MARKS = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    'n/a': '➖',
    error: '❌',
};
/** Escape text for inline Markdown (table cells included): no markup, pipes and line breaks neutralised. */
export function mdEscape(s) {
    return s
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|~])/g, '\\$1');
}
function noteMark(status) {
    return status === 'pass' ? '✅' : status === 'fail' ? '❌' : status === 'no-device' ? '➖' : '⛔';
}
function evidenceText(el) {
    const ev = el.evidence[0];
    if (!ev)
        return '';
    const quote = ev.text.length > 120 ? ev.text.slice(0, 117) + '...' : ev.text;
    return ` (line ${ev.line}:${ev.column}: “${mdEscape(quote)}”)`;
}
function claimLines(r) {
    if (!r.claim)
        return [];
    const shown = r.claim.lines.map((l) => `${l.code}${l.modifiers.map((m) => `-${m}`).join('')}${l.units > 1 ? `x${l.units}` : ''}`).join(', ');
    const lines = [`- **Claim** ${mdEscape(shown)}`];
    for (const f of r.claim.findings) {
        const baselined = f.baselined ? ' _(baselined)_' : '';
        lines.push(`  - [${f.status === 'pass' ? 'x' : ' '}] ${MARKS[f.status]} \`${mdEscape(f.id).replace(/`/g, "'")}\`${baselined}: ${mdEscape(f.message)}`);
    }
    return lines;
}
/** The physician query draft as a fenced block (copied as is); the fence is longer than any backtick run inside. */
function queryBlock(query) {
    const longest = Math.max(2, ...[...query.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `**Query to the surgeon (draft)**\n\n${fence}text\n${query.replace(/\n+$/, '')}\n${fence}`;
}
function checklist(r) {
    const lines = [];
    for (const el of r.elements) {
        const done = el.status === 'pass' || el.status === 'n/a';
        const baselined = el.baselined ? ' _(baselined)_' : '';
        lines.push(`- [${done ? 'x' : ' '}] ${MARKS[el.status]} **${mdEscape(el.label || el.id)}**${baselined}: ${mdEscape(el.message)}${evidenceText(el)}`);
        if (el.status === 'warn' || el.status === 'fail') {
            for (const risk of el.denialRisks)
                lines.push(`  - Denial risk: ${mdEscape(risk)}`);
            if (el.fix)
                lines.push(`  - Fix: ${mdEscape(el.fix)}`);
        }
    }
    lines.push(...claimLines(r));
    for (const g of r.guidance ?? [])
        lines.push(`- ℹ️ ${mdEscape(g.text)}${g.source ? ` _(source: ${mdEscape(g.source)})_` : ''}`);
    return lines.join('\n');
}
function pct(n, d) {
    return d ? `${Math.round((1000 * n) / d) / 10}%` : '–';
}
export const createMarkdownFormatter = (ctx) => {
    const sections = [];
    const rows = [];
    const counts = new Map();
    return {
        begin: () => '',
        result(results) {
            if (!results.length)
                return '';
            const source = results[0].source === '-' ? 'stdin' : results[0].source;
            const worst = results.some((r) => r.status === 'error') ? 'error' : results.some((r) => r.status === 'fail') ? 'fail' : 'pass';
            const parts = [];
            for (const r of results) {
                const code = r.status === 'error' ? '' : effectiveCode(r);
                for (const el of r.elements) {
                    const key = `${code}/${el.id}`;
                    const c = counts.get(key) ?? { label: el.label || el.id, fail: 0, warn: 0 };
                    if (el.status === 'fail')
                        c.fail++;
                    if (el.status === 'warn')
                        c.warn++;
                    counts.set(key, c);
                }
                for (const f of r.claim?.findings ?? []) {
                    if (f.status === 'pass')
                        continue;
                    const key = `claim/${f.id}`;
                    const c = counts.get(key) ?? { label: f.id, fail: 0, warn: 0 };
                    if (f.status === 'fail')
                        c.fail++;
                    else
                        c.warn++;
                    counts.set(key, c);
                }
                const failed = [...r.elements.filter((e) => e.status === 'fail').map((e) => e.id), ...(r.claim?.findings ?? []).filter((f) => f.status === 'fail').map((f) => `claim:${f.id}`)];
                const warned = [...r.elements.filter((e) => e.status === 'warn').map((e) => e.id), ...(r.claim?.findings ?? []).filter((f) => f.status === 'warn').map((f) => `claim:${f.id}`)];
                const detail = r.status === 'error' ? mdEscape(r.error?.message ?? 'could not be checked') : mdEscape(failed.join(', ') || '—');
                if (!(ctx.quiet && r.status === 'pass'))
                    rows.push(`| ${noteMark(r.status)} ${r.status} | ${mdEscape(source)} | ${mdEscape(r.code ?? 'none')} | ${detail} | ${mdEscape(warned.join(', ') || '—')} |`);
                if (ctx.quiet && r.status === 'pass')
                    continue;
                if (r.status === 'error') {
                    parts.push(`**Error:** ${mdEscape(r.error?.message ?? 'could not be checked')}`);
                    continue;
                }
                const head = r.code
                    ? `**CPT ${mdEscape(r.code)}**`
                    : `**No drug-delivery device insertion found** (elements judged against CPT ${mdEscape(effectiveCode(r))})`;
                const suggested = r.suggestedCodes.length ? ` · suggested: ${r.suggestedCodes.map(mdEscape).join(', ')}` : '';
                if (r.status === 'no-device') {
                    const quotes = (r.noDevice?.evidence ?? []).map((e) => `\n- line ${e.line}:${e.column}: “${mdEscape(e.text.length > 160 ? `${e.text.slice(0, 157)}...` : e.text)}”`).join('');
                    parts.push(`**No drug-delivery device** — ${mdEscape(r.noDevice?.message ?? 'No drug-delivery device was placed or removed in this operation; none of 20700-20705 applies')}${quotes ? `\n${quotes}` : ''}`);
                    continue;
                }
                const query = ctx.query && r.query ? `\n\n${queryBlock(r.query)}` : '';
                parts.push(`${head} — ${noteMark(r.status)} ${r.status}${suggested}\n\n${checklist(r)}${query}`);
            }
            if (parts.length)
                sections.push(`### ${noteMark(worst)} ${mdEscape(source)}\n\n${parts.join('\n\n')}`);
            return '';
        },
        end(summary, extra) {
            const out = ['# oplint report', ''];
            // no-device notes have nothing to check: their own count, left out of the pass rate
            const noDevice = summary.noDevice ?? 0;
            out.push('| Checked | Passed | Failed | No device | Errors | Pass rate |', '| ---: | ---: | ---: | ---: | ---: | ---: |');
            out.push(`| ${summary.checked} | ${summary.passed} | ${summary.failed} | ${noDevice} | ${summary.errors} | ${pct(summary.passed, summary.checked - noDevice)} |`);
            if (extra?.baselineFixed !== undefined)
                out.push('', `Baselined failures fixed: **${extra.baselineFixed}**`);
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
            if (sections.length)
                out.push('', '## Checklists', '', sections.join('\n\n'));
            out.push('', `<sub>oplint ${mdEscape(ctx.version)}</sub>`, '');
            return out.join('\n');
        },
    };
};
export default createMarkdownFormatter;
