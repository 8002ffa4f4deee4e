import { effectiveCode } from '../types.js';
import { barChart } from './charts.js';
import { esc, idPart } from './escape.js';
import { highlight, lineStarts, locate } from './highlight.js';
// ---------------------------------------------------------------------------------------------------------
// Statuses: text and icon as well as colour. Unknown statuses (added by later versions) render neutrally.
const KNOWN = {
    pass: { icon: '✓', text: 'Pass', tone: 'pass' },
    warn: { icon: '!', text: 'Warning', tone: 'warn' },
    fail: { icon: '✗', text: 'Fail', tone: 'fail' },
    'n/a': { icon: '–', text: 'Not applicable', tone: 'na' },
    error: { icon: '⊘', text: 'Error', tone: 'error' },
};
export function statusInfo(status) {
    const k = KNOWN[status];
    if (k)
        return k;
    const words = String(status).replace(/[-_]+/g, ' ').trim() || 'unknown';
    return { icon: '•', text: words[0].toUpperCase() + words.slice(1), tone: 'other' };
}
export function badge(status) {
    const s = statusInfo(status);
    return `<span class="st t-${s.tone}"><span class="ic" aria-hidden="true">${s.icon}</span> ${esc(s.text)}</span>`;
}
/** A note's overall status: error, then fail, then any other non-pass status, then pass. */
export function noteStatus(results) {
    const st = results.map((r) => String(r.status));
    if (!st.length)
        return 'error';
    if (st.includes('error'))
        return 'error';
    if (st.includes('fail'))
        return 'fail';
    return st.find((s) => s !== 'pass') ?? 'pass';
}
function displaySource(source) {
    return source === '-' || source === '<stdin>' ? 'stdin' : source;
}
function quote(ev, max = 90) {
    const t = ev.text.replace(/\s+/g, ' ');
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
function rowId(n, c, el) {
    return `n${n}-c${c}-${idPart(el)}`;
}
/** Render one note; `open` is decided by the caller (large batches collapse). */
export function renderNote(input) {
    const { index: n, results } = input;
    const first = results[0];
    const source = first?.source ?? '';
    const status = noteStatus(results);
    const text = input.text;
    // Marks: one per distinct (quote position, element); rows link to them, marks link back to the first row.
    const markOf = new Map(); // "start:end:element" -> mark id
    const evMark = new Map();
    const spans = [];
    let unplaced = 0;
    if (text !== undefined) {
        const starts = lineStarts(text);
        results.forEach((r, c) => {
            const nd = noDeviceOf(r);
            for (const el of nd ? [{ id: 'no-device', label: 'No device', evidence: nd.evidence }, ...r.elements] : r.elements) {
                for (const ev of el.evidence) {
                    const at = locate(text, starts, ev);
                    if (at === undefined) {
                        unplaced++;
                        evMark.set(ev, undefined);
                        continue;
                    }
                    const key = `${at}:${at + ev.text.length}:${el.id}`;
                    let id = markOf.get(key);
                    if (!id) {
                        id = `n${n}-m${spans.length + 1}`;
                        markOf.set(key, id);
                        spans.push({ start: at, end: at + ev.text.length, element: el.id, label: el.label || el.id, id, row: rowId(n, c, el.id), ev: spans.length + 1 });
                    }
                    evMark.set(ev, id);
                }
            }
        });
    }
    const gaps = [];
    const sections = results.map((r, c) => {
        if (String(r.status) === 'error') {
            return `<section class="result" data-status="error"><h4>${badge('error')} Could not be checked</h4><p class="error-msg">${esc(r.error?.message ?? 'could not be checked')}</p></section>`;
        }
        const nd = noDeviceOf(r);
        if (nd) {
            const id = rowId(n, c, 'no-device');
            return (`<section class="result" data-status="${esc(String(r.status))}" aria-labelledby="n${n}-c${c}-h"><h4 id="n${n}-c${c}-h">No drug-delivery device ${badge(String(r.status))}</h4>` +
                `<div class="row nodevice" id="${id}" tabindex="-1" data-element="no-device"><p class="msg">${esc(nd.message)}</p>${evidenceList(nd.evidence, evMark)}</div>` +
                (r.elements.length ? `<ul class="checklist">${r.elements.map((el) => renderRow(el, n, c, effectiveCode(r), evMark, !!input.explain)).join('')}</ul>` : '') +
                renderClaim(r) +
                `</section>`);
        }
        const code = effectiveCode(r);
        for (const el of r.elements) {
            if (el.status === 'fail' || el.status === 'warn')
                gaps.push({ code, element: el.id, label: el.label || el.id, status: el.status });
        }
        const heading = r.code
            ? `CPT ${esc(r.code)}`
            : `No drug-delivery device insertion found <span class="muted">(judged against ${esc(code)})</span>`;
        const rows = r.elements.map((el) => renderRow(el, n, c, code, evMark, !!input.explain)).join('');
        const counts = countStatuses(r.elements);
        return (`<section class="result" data-code="${esc(code)}" data-status="${esc(String(r.status))}" aria-labelledby="n${n}-c${c}-h">` +
            `<h4 id="n${n}-c${c}-h">${heading} ${badge(String(r.status))} <span class="counts">${counts}</span></h4>` +
            (rows ? `<ul class="checklist">${rows}</ul>` : `<p class="muted">No elements to check.</p>`) +
            renderQuery(r, n, c) +
            renderClaim(r) +
            `</section>`);
    });
    const codesLine = first ? renderCodes(first) : '';
    const warnings = [...new Set(results.flatMap((r) => r.warnings ?? []))];
    const gapLine = gaps.length
        ? `${gaps.length} gap${gaps.length === 1 ? '' : 's'}: ${esc([...new Set(gaps.map((g) => g.label))].join(', '))}`
        : status === 'error'
            ? esc(first?.error?.message ?? 'could not be checked')
            : status === 'pass' || status === 'fail'
                ? 'no gaps'
                : esc(statusInfo(status).text);
    const codeList = results.filter((r) => r.code).map((r) => r.code);
    let textBlock;
    if (text !== undefined) {
        textBlock =
            `<section class="note-text" aria-labelledby="n${n}-t"><h4 id="n${n}-t">Note text</h4>` +
                (unplaced ? `<p class="muted">${unplaced} quote${unplaced === 1 ? ' was' : 's were'} not found at ${unplaced === 1 ? 'its' : 'their'} position (did the file change after the check?); ${unplaced === 1 ? 'it is' : 'they are'} listed in the checklist.</p>` : '') +
                `<pre class="text" tabindex="0" aria-label="Note text">\n${highlight(text, spans)}</pre></section>`;
    }
    else if (status === 'error') {
        textBlock = '';
    }
    else {
        textBlock = `<section class="note-text"><h4>Note text</h4><p class="muted">${esc(input.textMissing ?? 'The note text is not in this report.')} The quotes are listed in the checklist.</p></section>`;
    }
    const label = input.label ?? displaySource(source);
    const head = `<article class="note" id="n${n}" data-source="${esc(source)}" data-status="${esc(status)}"${input.surgeon ? ` data-surgeon="${esc(input.surgeon)}"` : ''} aria-labelledby="n${n}-h">` +
        `<details class="note-body"`;
    const tail = `><summary><h3 id="n${n}-h">${badge(status)} <span class="src">${esc(label)}</span></h3>` +
        `<span class="line">${codeList.length ? `${esc(codeList.join(', '))} · ` : ''}${gapLine}</span></summary>` +
        `<div class="meta">${codesLine}${input.surgeon ? `<p><span class="k">Surgeon</span> ${esc(input.surgeon)}</p>` : ''}` +
        (warnings.length ? `<ul class="warnings">${warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : '') +
        `</div><div class="cols"><div class="checks">${sections.join('')}${first ? renderDevices(first) : ''}</div>${textBlock}</div></details></article>\n`;
    return { head, tail, summary: { source, status, ...(input.surgeon ? { surgeon: input.surgeon } : {}), gaps } };
}
function countStatuses(elements) {
    const c = { pass: 0, warn: 0, fail: 0 };
    for (const e of elements)
        if (e.status in c)
            c[e.status]++;
    const parts = [`${c.pass} pass`];
    if (c.warn)
        parts.push(`${c.warn} warn`);
    if (c.fail)
        parts.push(`${c.fail} fail`);
    return parts.join(' · ');
}
/** The no-device explanation of a result (contract v2), when present. */
function noDeviceOf(r) {
    const nd = r.noDevice;
    if (!nd || typeof nd !== 'object')
        return undefined;
    return { message: typeof nd.message === 'string' ? nd.message : 'No drug-delivery device was placed or removed.', evidence: Array.isArray(nd.evidence) ? nd.evidence : [] };
}
/** Evidence quotes, each linking to its mark when it has one. */
function evidenceList(evidence, evMark) {
    if (!evidence.length)
        return '';
    return `<ul class="evs" aria-label="Evidence">${evidence
        .map((ev) => {
        const m = evMark.get(ev);
        const where = `line ${ev.line}:${ev.column}`;
        return m
            ? `<li><a class="ev-link" href="#${m}" data-mark="${m}"><span class="where">${where}</span> “${esc(quote(ev))}”</a></li>`
            : `<li><span class="where">${where}</span> “${esc(quote(ev))}”</li>`;
    })
        .join('')}</ul>`;
}
function renderRow(el, n, c, code, evMark, explain) {
    const id = rowId(n, c, el.id);
    const baselined = el.baselined ? ' <span class="tag">baselined</span>' : '';
    const evs = evidenceList(el.evidence, evMark);
    const gap = el.status === 'fail' || el.status === 'warn';
    const risks = gap && el.denialRisks.length ? `<div class="risks"><span class="k">Denial risk${el.denialRisks.length === 1 ? '' : 's'}</span><ul>${el.denialRisks.map((r) => `<li>${esc(r)}</li>`).join('')}</ul></div>` : '';
    const fix = gap && el.fix ? `<p class="fix"><span class="k">Fix</span> ${esc(el.fix)}</p>` : '';
    const why = explain && el.explain?.length
        ? `<details class="why"><summary>Why</summary><ul>${el.explain
            .map((x) => `<li>${x.accepted ? 'accepted' : 'rejected'}: ${esc(x.pattern)} “${esc(x.term)}”${x.context ? ` — ${esc(x.context)}` : ''}${x.evidence ? ` (line ${x.evidence.line}:${x.evidence.column})` : ''}</li>`)
            .join('')}</ul></details>`
        : '';
    return (`<li class="row" id="${id}" tabindex="-1" data-element="${esc(el.id)}" data-status="${esc(el.status)}" data-code="${esc(code)}">` +
        `<div class="row-head">${badge(el.status)} <strong>${esc(el.label || el.id)}</strong>${baselined}</div>` +
        `<p class="msg">${esc(el.message)}</p>${evs}${risks}${fix}${why}</li>`);
}
function renderCodes(r) {
    const sugg = r.suggestedCodes.length ? r.suggestedCodes.map((c) => `<code>${esc(c)}</code>`).join(' ') : '<span class="muted">none</span>';
    return `<p><span class="k">Suggested codes</span> ${sugg}</p>`;
}
function renderDevices(r) {
    if (!r.devices.length)
        return '';
    const items = r.devices
        .map((d) => {
        const ev = d.evidence[0];
        const q = ev ? ` — <q>${esc(quote(ev, 70))}</q> <span class="where">line ${ev.line}:${ev.column}</span>` : '';
        return `<li>${esc(d.action === 'insert' ? 'Insertion' : d.action === 'remove' ? 'Removal' : String(d.action))}, ${esc(d.site)}${q}</li>`;
    })
        .join('');
    return `<section class="devices"><h4>Devices</h4><ul>${items}</ul></section>`;
}
function renderQuery(r, n, c) {
    if (!r.query)
        return '';
    const id = `n${n}-c${c}-q`;
    return (`<section class="query" aria-labelledby="${id}-h"><h5 id="${id}-h">Query draft</h5>` +
        `<pre class="qtext" id="${id}">${esc(r.query)}</pre>` +
        `<button type="button" class="copy" data-copy="${id}" hidden>Copy query</button></section>`);
}
function renderClaim(r) {
    if (!r.claim)
        return '';
    const lines = r.claim.lines
        .map((l) => `<tr><td><code>${esc(l.code)}</code></td><td>${esc(l.modifiers.join(', ') || '—')}</td><td>${l.units}</td></tr>`)
        .join('');
    const findings = r.claim.findings
        .map((f) => `<li data-finding="${esc(f.id)}" data-status="${esc(f.status)}">${badge(f.status)} ${esc(f.message)}${f.codes.length ? ` <span class="muted">(${esc(f.codes.join(', '))})</span>` : ''}</li>`)
        .join('');
    return (`<section class="claim"><h5>Claim</h5><table><thead><tr><th scope="col">Code</th><th scope="col">Modifiers</th><th scope="col">Units</th></tr></thead><tbody>${lines}</tbody></table>` +
        (findings ? `<ul class="findings">${findings}</ul>` : '<p class="muted">No claim findings.</p>') +
        `</section>`);
}
function pct(n, d) {
    return d ? `${Math.round((1000 * n) / d) / 10}%` : '–';
}
function groupBy(notes, key) {
    const m = new Map();
    for (const s of notes) {
        const k = key(s);
        let g = m.get(k);
        if (!g)
            m.set(k, (g = { name: k, notes: 0, pass: 0, fail: 0, error: 0, other: 0, gaps: new Map() }));
        g.notes++;
        if (s.status === 'pass' || s.status === 'fail' || s.status === 'error')
            g[s.status]++;
        else
            g.other++;
        for (const gap of s.gaps)
            g.gaps.set(gap.label, (g.gaps.get(gap.label) ?? 0) + 1);
    }
    return [...m.values()].sort((a, b) => a.name.localeCompare(b.name));
}
function groupTable(id, caption, head, groups) {
    // a column for other statuses (e.g. no-device) only when some note has one, so the counts add up
    const other = groups.some((g) => g.other > 0);
    const rows = groups
        .map((g) => {
        const top = [...g.gaps.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
        return (`<tr><th scope="row">${esc(g.name)}</th><td>${g.notes}</td><td>${g.pass}</td><td>${g.fail}</td><td>${g.error}</td>${other ? `<td>${g.other}</td>` : ''}` +
            `<td>${pct(g.pass, g.notes - g.other)}</td><td>${top ? `${esc(top[0])} (${top[1]})` : '—'}</td></tr>`);
    })
        .join('');
    return (`<div class="table-wrap" role="region" aria-labelledby="${id}" tabindex="0"><table class="groups" id="${id}-t"><caption id="${id}">${esc(caption)}</caption>` +
        `<thead><tr><th scope="col">${esc(head)}</th><th scope="col">Notes</th><th scope="col">Pass</th><th scope="col">Fail</th><th scope="col">Error</th>${other ? '<th scope="col">Other</th>' : ''}<th scope="col">Pass rate</th><th scope="col">Most frequent gap</th></tr></thead>` +
        `<tbody>${rows}</tbody></table></div>`);
}
/** The summary at the top of a report. */
export function renderSummary(f) {
    const total = f.notes.length;
    const by = { pass: 0, fail: 0, error: 0 };
    const others = new Map();
    for (const s of f.notes) {
        if (s.status in by)
            by[s.status]++;
        else
            others.set(s.status, (others.get(s.status) ?? 0) + 1);
    }
    const statusBars = [
        { label: 'Pass', value: by.pass, tone: 'pass', title: `Pass: ${by.pass} note${by.pass === 1 ? '' : 's'}` },
        { label: 'Fail', value: by.fail, tone: 'fail', title: `Fail: ${by.fail} note${by.fail === 1 ? '' : 's'}` },
        { label: 'Error', value: by.error, tone: 'error', title: `Error: ${by.error} note${by.error === 1 ? '' : 's'}` },
        ...[...others.entries()].map(([s, v]) => ({ label: statusInfo(s).text, value: v, tone: 'other', title: `${statusInfo(s).text}: ${v} note${v === 1 ? '' : 's'}` })),
    ];
    // gaps by code and element: notes with the element failing or warning
    const gaps = new Map();
    for (const s of f.notes) {
        for (const g of s.gaps) {
            const k = `${g.code}/${g.element}`;
            const e = gaps.get(k) ?? { code: g.code, label: g.label, element: g.element, fail: 0, warn: 0 };
            e[g.status]++;
            gaps.set(k, e);
        }
    }
    const gapList = [...gaps.values()].sort((a, b) => b.fail + b.warn - (a.fail + a.warn) || b.fail - a.fail || a.code.localeCompare(b.code) || a.label.localeCompare(b.label));
    const gapBars = gapList.slice(0, 12).map((g) => {
        const v = g.fail + g.warn;
        return { label: `${g.code} ${g.label}`, value: v, tone: g.fail ? 'fail' : 'warn', title: `${g.code} ${g.label}: ${v} (${g.fail} fail, ${g.warn} warn)` };
    });
    const surgeons = f.notes.some((s) => s.surgeon);
    const cards = [
        ['Notes', String(total)],
        ['Passed', String(by.pass)],
        ['Failed', String(by.fail)],
        ['Errors', String(by.error)],
        ...[...others.entries()].map(([st, v]) => [statusInfo(st).text, String(v)]),
        ['Pass rate', pct(by.pass, by.pass + by.fail + by.error)],
    ]
        .map(([k, v]) => `<div class="card"><dt>${esc(k)}</dt><dd>${v}</dd></div>`)
        .join('');
    const gapTable = gapList.length
        ? `<details class="gap-table"><summary>All gaps as a table (${gapList.length})</summary><div class="table-wrap" tabindex="0" role="region" aria-label="All gaps"><table><thead><tr><th scope="col">Code</th><th scope="col">Element</th><th scope="col">Fail</th><th scope="col">Warn</th></tr></thead><tbody>${gapList
            .map((g) => `<tr><td><code>${esc(g.code)}</code></td><th scope="row">${esc(g.label)}</th><td>${g.fail}</td><td>${g.warn}</td></tr>`)
            .join('')}</tbody></table></div></details>`
        : '';
    return (`<section class="summary" aria-labelledby="sum-h"><h2 id="sum-h">Summary</h2>` +
        `<dl class="cards">${cards}</dl>` +
        `<p class="muted">${f.checked} check${f.checked === 1 ? '' : 's'} (one per code judged)${f.baselineFixed !== undefined ? `; baselined failures fixed: ${f.baselineFixed}` : ''}. Pass rate: notes whose every code passes, of the notes that pass, fail or could not be checked (notes with no device are left out).</p>` +
        `<div class="charts"><figure><figcaption>Notes by status</figcaption>${barChart('chart-status', 'Notes by status', statusBars)}</figure>` +
        `<figure><figcaption>Most frequent gaps (notes, by code and element)</figcaption>${barChart('chart-gaps', 'Most frequent gaps by code and element', gapBars, gapBars.length ? undefined : 'No gaps')}</figure></div>` +
        gapTable +
        groupTable('by-folder', 'By folder', 'Folder', groupBy(f.notes, (s) => f.folderOf(s.source))) +
        (surgeons ? groupTable('by-surgeon', 'By surgeon (from the note’s Surgeon or Attending field)', 'Surgeon', groupBy(f.notes, (s) => s.surgeon ?? '(not named)')) : '') +
        `</section>`);
}
