/**
 * The page shell shared by the report and the serve page: one inline style sheet and one small inline
 * script (progressive enhancement only: the page reads fully without it), allowed by a Content-Security-Policy
 * that names their SHA-256 hashes and nothing else (no network of any kind, no other script or style).
 */
import { createHash } from 'node:crypto';
import { esc } from './escape.js';
export const CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--card:#f6f8fa;--accent:#0550ae;
--pass:#1a7f37;--warn:#9a6700;--fail:#cf222e;--error:#8250df;--na:#57606a;--other:#0550ae;--mark:#fff3b0;--mark2:#ffd966;--focus:#0969da}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--card:#161b22;--accent:#79c0ff;
--pass:#3fb950;--warn:#d29922;--fail:#ff7b72;--error:#d2a8ff;--na:#9da7b3;--other:#79c0ff;--mark:#4d3f00;--mark2:#7a6400;--focus:#58a6ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0}.skip:focus{left:8px;background:var(--bg);padding:4px 8px;z-index:2}
header.top,main,footer.bottom{max-width:1400px;margin:0 auto;padding:0 16px}
header.top{padding-top:12px;border-bottom:1px solid var(--line)}
header.top h1{font-size:1.5rem;margin:.2em 0}
footer.bottom{color:var(--muted);font-size:.85rem;padding:24px 16px}
h2{font-size:1.25rem;margin:1.2em 0 .5em}h3{font-size:1rem;margin:0;display:inline}h4{font-size:1rem;margin:.8em 0 .4em}h5{font-size:.95rem;margin:.8em 0 .3em}
.muted{color:var(--muted)}
.k{font-weight:600;margin-right:.4em}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.st{display:inline-block;white-space:nowrap;font-weight:600;font-size:.85rem;padding:0 .45em;border-radius:1em;border:1px solid currentColor}
.st .ic{font-weight:700}
.t-pass{color:var(--pass)}.t-warn{color:var(--warn)}.t-fail{color:var(--fail)}.t-error{color:var(--error)}.t-na{color:var(--na)}.t-other,.t-neutral{color:var(--other)}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:0}
.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:6px 14px;min-width:96px}
.card dt{font-size:.8rem;color:var(--muted)}.card dd{margin:0;font-size:1.4rem;font-weight:600}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px;margin:12px 0;align-items:start}
figure{margin:0;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:8px}
figcaption{font-weight:600;margin-bottom:4px}
svg.chart{width:100%;height:auto;display:block}
svg.chart text{fill:var(--fg);font-size:13px}
svg.chart rect.t-pass{fill:var(--pass)}svg.chart rect.t-fail{fill:var(--fail)}svg.chart rect.t-warn{fill:var(--warn)}svg.chart rect.t-error{fill:var(--error)}svg.chart rect.t-other,svg.chart rect.t-neutral,svg.chart rect.t-na{fill:var(--other)}
.table-wrap{overflow-x:auto;margin:12px 0}
table{border-collapse:collapse;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}
td{font-variant-numeric:tabular-nums}
article.note{border:1px solid var(--line);border-radius:6px;margin:8px 0}
.notes.many article.note{content-visibility:auto;contain-intrinsic-size:auto 4.2rem}
article.note[data-status=fail]{border-left:4px solid var(--fail)}article.note[data-status=pass]{border-left:4px solid var(--pass)}article.note[data-status=error]{border-left:4px solid var(--error)}
details.note-body>summary{cursor:pointer;padding:8px 12px;list-style-position:outside;margin-left:14px}
details.note-body>summary .src{overflow-wrap:anywhere}
details.note-body>summary .line{display:block;color:var(--muted);font-size:.9rem}
.meta{padding:0 12px}.meta p{margin:.3em 0}
.warnings{color:var(--warn)}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.1fr);gap:16px;padding:0 12px 12px}
@media (max-width:900px){.cols{grid-template-columns:minmax(0,1fr)}}
ul.checklist{list-style:none;padding:0;margin:0}
li.row{border-top:1px solid var(--line);padding:6px 4px}
li.row:focus{outline:3px solid var(--focus)}
li.row .msg{margin:.2em 0}
.evs{margin:.2em 0;padding-left:1.2em;font-size:.9rem}
.where{color:var(--muted);font-size:.85em;white-space:nowrap}
.risks ul{margin:.2em 0;padding-left:1.2em}.risks,.fix{font-size:.9rem}
.tag{font-size:.75rem;border:1px solid var(--line);border-radius:4px;padding:0 4px}
pre.text{white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:10px;margin:0;max-height:80vh;overflow:auto}
mark{background:var(--mark);color:inherit;border-bottom:2px solid var(--warn);border-radius:2px}
mark mark{background:var(--mark2)}
mark:focus,mark.active{outline:3px solid var(--focus);background:var(--mark2)}
a.back{text-decoration:none;font-size:.75em;vertical-align:super;user-select:none;color:var(--muted)}
a.back::after{content:"↑"}
pre.qtext{white-space:pre;overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:8px;font-size:.85rem}
button,select,textarea,input{font:inherit;color:inherit}
button{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:4px 12px;cursor:pointer}
button.primary{background:var(--accent);color:var(--bg);border-color:var(--accent);font-weight:600;padding:6px 20px}
form.paste{display:grid;gap:10px;margin:12px 0}
form.paste textarea{width:100%;min-height:16rem;background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace}
form.paste .opts{display:flex;flex-wrap:wrap;gap:12px;align-items:end}
form.paste label{display:grid;gap:2px;font-weight:600;font-size:.9rem}
form.paste select,form.paste input{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:4px 6px}
.alert{color:var(--fail);font-weight:600}
@media (max-width:480px){body{font-size:14px}.cards .card{min-width:0;flex:1 1 40%}th,td{padding:3px 6px}}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--card:#fff;--mark:#fff;--mark2:#fff}
body{font-size:11pt}.skip,button,a.back,form.paste{display:none!important}
article.note,.notes.many article.note{content-visibility:visible;break-inside:auto;border:1px solid #999}
li.row,figure,tr{break-inside:avoid}
mark{background:none;border-bottom:2px solid #000;font-weight:700}
pre.text{max-height:none;overflow:visible}
details::details-content{content-visibility:visible;display:block}
a{color:inherit;text-decoration:none}}
`;
export const JS = `
(function(){
'use strict';
function openTo(el){for(var d=el.closest('details');d;d=d.parentElement?d.parentElement.closest('details'):null){d.open=true;}}
function go(t){openTo(t);if(!t.hasAttribute('tabindex'))t.setAttribute('tabindex','-1');t.scrollIntoView({block:'center'});t.focus({preventScroll:true});}
function activate(row){document.querySelectorAll('mark.active').forEach(function(m){m.classList.remove('active');});
if(row&&row.id)document.querySelectorAll('mark[data-row="'+row.id+'"]').forEach(function(m){m.classList.add('active');});}
document.addEventListener('click',function(e){
var t=e.target;if(!(t instanceof Element))return;
var c=t.closest('button.copy');
if(c){var src=document.getElementById(c.getAttribute('data-copy'));if(!src)return;var done=function(){c.textContent='Copied';setTimeout(function(){c.textContent='Copy query';},2000);};
var sel=function(){var r=document.createRange();r.selectNodeContents(src);var s=getSelection();s.removeAllRanges();s.addRange(r);c.textContent='Selected: press Ctrl+C';};
if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(src.textContent).then(done,sel);}else sel();return;}
var a=t.closest('a[href^="#"]');
if(a){var id=decodeURIComponent(a.getAttribute('href').slice(1));var el=id&&document.getElementById(id);if(el){e.preventDefault();go(el);if(el.matches('li.row'))activate(el);else if(el.matches('mark')){var row=document.getElementById(el.getAttribute('data-row'));activate(row);}history.replaceState(null,'','#'+id);}return;}
var m=t.closest('mark[data-row]');
if(m){var r=document.getElementById(m.getAttribute('data-row'));if(r){go(r);activate(r);}}
});
document.addEventListener('keydown',function(e){var t=e.target;if(e.key==='Enter'&&t instanceof Element&&t.matches('mark[data-row]')){var r=document.getElementById(t.getAttribute('data-row'));if(r){e.preventDefault();go(r);activate(r);}}});
function fromHash(){var id=location.hash.slice(1);var t=id&&document.getElementById(decodeURIComponent(id));if(t)openTo(t);}
window.addEventListener('hashchange',fromHash);fromHash();
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
function reveal(root){root.querySelectorAll('button.copy[hidden]').forEach(function(b){b.hidden=false;});}
reveal(document);
var form=document.getElementById('check-form');
if(form&&window.fetch){var out=document.getElementById('result');var status=document.getElementById('status');
form.addEventListener('submit',function(e){e.preventDefault();var btn=form.querySelector('button[type=submit]');btn.disabled=true;status.textContent='Checking…';
fetch(form.getAttribute('action')+'?fragment=1',{method:'POST',body:new URLSearchParams(new FormData(form)),credentials:'same-origin'})
.then(function(r){return r.text().then(function(body){return{ok:r.ok,body:body};});})
.then(function(r){if(!r.ok){status.textContent=r.body.replace(/<[^>]*>/g,'').trim()||'The check failed.';return;}
out.innerHTML=r.body;reveal(out);status.textContent='Checked.';var h=out.querySelector('h2,h3');if(h){h.setAttribute('tabindex','-1');h.focus();}})
.catch(function(){status.textContent='The server did not answer (is oplint serve still running?).';})
.then(function(){btn.disabled=false;});});}
})();
`;
export function sha256(s) {
    return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}
/** The policy of both pages: only our own inline style and script; no fetch, image, font or frame from anywhere. */
export function csp(opts = {}) {
    return [
        "default-src 'none'",
        `style-src ${sha256(CSS)}`,
        `script-src ${sha256(JS)}`,
        "img-src data:",
        opts.connectSelf ? "connect-src 'self'" : '',
        "base-uri 'none'",
        opts.formSelf ? "form-action 'self'" : "form-action 'none'",
    ]
        .filter(Boolean)
        .join('; ');
}
/**
 * A full HTML document. `cspMeta`: put the policy in a meta tag (the report file has no headers).
 * `referrer`: the served page needs 'same-origin' (with 'no-referrer' a browser sends `Origin: null` on a
 * form post, which the server must refuse as cross-site).
 */
export function page(o) {
    return (`<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
        (o.cspMeta ? `<meta http-equiv="Content-Security-Policy" content="${esc(o.cspMeta)}">` : '') +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="${o.referrer ?? 'no-referrer'}">` +
        `<meta name="color-scheme" content="light dark"><title>${esc(o.title)}</title><style>${CSS}</style></head>\n<body>` +
        `<a class="skip" href="#main">Skip to content</a>${o.body}<script>${JS}</script></body></html>\n`);
}
