import { page } from '../format/html/assets.js';
import { esc } from '../format/html/escape.js';
import { renderNote } from '../format/html/render.js';
import { FAMILY } from '../codes.js';
/** The result of one pasted note, as an HTML fragment (what /check?fragment=1 answers). */
export function resultFragment(results, text) {
    const surgeon = results.find((r) => r.surgeon)?.surgeon;
    const r = renderNote({ index: 1, results, text, label: 'Pasted note', ...(surgeon ? { surgeon } : {}) });
    return `<section class="notes" aria-labelledby="res-h"><h2 id="res-h">Result</h2>${r.head} open${r.tail}</section>`;
}
/** An error message as a fragment. */
export function errorFragment(message) {
    return `<p class="alert" role="alert">${esc(message)}</p>`;
}
/** The whole page, optionally with the form filled in and a result (or error) below it. */
export function fullPage(o) {
    const v = o.values ?? { text: '', code: 'auto', claim: '' };
    const codes = ['auto', ...FAMILY]
        .map((c) => `<option value="${c}"${c === v.code ? ' selected' : ''}>${c === 'auto' ? 'auto (from the note)' : c}</option>`)
        .join('');
    const body = `<header class="top" role="banner"><h1>oplint: check an operative note</h1>` +
        `<p class="muted">CPT 20700–20705 drug-delivery device documentation. The note is checked by the oplint server on this computer (version ${esc(o.version)}); nothing is sent elsewhere, logged or stored.</p></header>` +
        `<main id="main"><form class="paste" id="check-form" method="post" action="/check" aria-describedby="status">` +
        `<label for="text">Operative note</label><textarea id="text" name="text" required spellcheck="false" placeholder="Paste the operative note here">${esc(v.text)}</textarea>` +
        `<div class="opts"><label>Code<select name="code" id="code">${codes}</select></label>` +
        `<label>Claim lines (optional)<input type="text" name="claim" id="claim" value="${esc(v.claim)}" placeholder="27640,20702" size="24" autocomplete="off"></label>` +
        `<button type="submit" class="primary">Check</button></div></form>` +
        `<p id="status" role="status" class="muted"></p>` +
        `<div id="result" aria-live="polite">${o.result ?? ''}</div></main>` +
        `<footer class="bottom" role="contentinfo">oplint ${esc(o.version)} · POST /api/check with {"text": "..."} returns JSON contract v1.</footer>`;
    return page({ title: 'oplint: check a note', body, referrer: 'same-origin' });
}
