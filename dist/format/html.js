/**
 * `html`: one self-contained report file (no request of any kind: inline CSS, inline SVG charts, a small
 * inline script for progressive enhancement, all pinned by a Content-Security-Policy meta tag).
 *
 * The batch summary goes on top, so each note is rendered to HTML as it arrives (its results and text are
 * not kept) and the document is written by `end()`. Batches over `collapseAbove` notes (default 50) show each
 * note collapsed behind its checklist line.
 *
 * Note text: highlighting needs the text the results were computed on. The formatter context may pass it
 * (`noteText`), or the batch runner may carry it on the note's first result (`text`, not a contract field);
 * otherwise a plain-text file is read again, with the checker's own decoding, and each quote
 * is highlighted only where the text at its line and column is the quote. Notes from stdin and notes
 * extracted from other formats (RTF, PDF, DOCX, HTML, HL7, FHIR, C-CDA) without `noteText` show their quotes
 * in the checklist only.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { decodeNote } from '../io/read.js';
import { csp, page } from './html/assets.js';
import { esc } from './html/escape.js';
import { renderNote, renderSummary } from './html/render.js';
import { isStdin, relativePath } from './types.js';
export const COLLAPSE_ABOVE = 50;
/** Input formats whose note text is extracted (the report cannot re-read it as plain text). */
const FORMAT_NAMES = { rtf: 'RTF', pdf: 'PDF', docx: 'Word (DOCX)', html: 'HTML', hl7v2: 'HL7 v2', fhir: 'FHIR', ccda: 'C-CDA' };
/** Read a note file again for the report (the checker's own decoding); undefined when it cannot be read. */
function readForReport(source, cwd) {
    if (isStdin(source))
        return undefined;
    try {
        const r = decodeNote(readFileSync(resolve(cwd, source)));
        return r.ok ? r.text : undefined;
    }
    catch {
        return undefined;
    }
}
export function createHtmlFormatter(ctx) {
    const parts = [];
    const notes = [];
    const limit = ctx.collapseAbove ?? COLLAPSE_ABOVE;
    const addNote = (results) => {
        const first = results[0];
        const source = first.source;
        let text;
        let textMissing;
        if (String(first.status) !== 'error') {
            text = ctx.noteText ? ctx.noteText(source) : undefined;
            // a batch runner may hand the checked text along on the result (never part of the JSON contract)
            const carried = first.text;
            if (text === undefined && typeof carried === 'string')
                text = carried;
            const format = first.format;
            if (text === undefined && (format === undefined || format === 'text'))
                text = readForReport(source, ctx.cwd);
            if (text === undefined) {
                textMissing = isStdin(source)
                    ? 'The note came from stdin; its text is not in this report.'
                    : format && format !== 'text'
                        ? `The note was extracted from a ${FORMAT_NAMES[format] ?? format} file; its text is not in this report.`
                        : 'The note could not be read again for this report.';
            }
        }
        const given = first.surgeon;
        const surgeon = typeof given === 'string' && given ? given : undefined;
        const r = renderNote({
            index: notes.length + 1,
            results,
            ...(text !== undefined ? { text } : {}),
            ...(textMissing ? { textMissing } : {}),
            ...(surgeon ? { surgeon } : {}),
            explain: ctx.explain,
            label: relativePath(source, ctx.cwd),
        });
        parts.push({ head: r.head, tail: r.tail });
        notes.push(r.summary);
    };
    return {
        begin: () => '',
        result(results) {
            // one call holds the results of one input; a file holding several notes (an HL7 batch, a FHIR
            // Bundle) gives each its own source ("file#2"), and each note gets its own article
            let start = 0;
            for (let i = 1; i <= results.length; i++) {
                if (i === results.length || results[i].source !== results[start].source) {
                    addNote(results.slice(start, i));
                    start = i;
                }
            }
            return '';
        },
        end(summary, extra) {
            const open = notes.length <= limit;
            const folderOf = (source) => {
                const rel = relativePath(source, ctx.cwd);
                return rel === 'stdin' ? 'stdin' : dirname(rel).replace(/\\/g, '/');
            };
            const title = ctx.title ?? 'oplint report';
            // one array joined once: at 10,000 notes the report is tens of megabytes
            const pieces = [
                `<header class="top" role="banner"><h1>${esc(title)}</h1><p class="muted">oplint ${esc(ctx.version)} · CPT 20700–20705 drug-delivery device documentation · ${notes.length} note${notes.length === 1 ? '' : 's'}</p></header>`,
                `<main id="main">${renderSummary({ notes, folderOf, checked: summary.checked, ...(extra?.baselineFixed !== undefined ? { baselineFixed: extra.baselineFixed } : {}) })}`,
                `<section class="notes${open ? '' : ' many'}" id="notes" aria-labelledby="notes-h"><h2 id="notes-h">Notes</h2>`,
                open ? '' : `<p class="muted">${notes.length} notes: each is collapsed behind its checklist line; open one to see its checklist and highlighted text.</p>`,
            ];
            for (const p of parts)
                pieces.push(p.head, open ? ' open' : '', p.tail);
            parts.length = 0;
            pieces.push(`</section></main><footer class="bottom" role="contentinfo">Made by oplint ${esc(ctx.version)} on this computer; this file makes no network request. Verdicts are documentation checks, not coding advice.</footer>`);
            const body = pieces.join('');
            return page({ title, body, cspMeta: csp() });
        },
    };
}
export default createHtmlFormatter;
