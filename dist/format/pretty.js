import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { effectiveCode } from './types.js';
/** Width when the output is not a terminal (a file, a pipe, CI logs). */
export const DEFAULT_WIDTH = 80;
const MARK = { pass: '✔', warn: '⚠', fail: '✖', 'n/a': '–' };
/** The narrowest label column (labels are padded to the longest one, at least this). */
const MIN_LABEL = 12;
/**
 * The one wrapping helper: wrap `text` to `width` display columns (string-width: CJK and emoji count two,
 * combining marks and ANSI escapes none), the first line starting at column `first`, continuation lines
 * indented by `indent` spaces. A word longer than a line is broken (wrap-ansi, hard).
 */
export function wrap(text, indent, first = indent, width = DEFAULT_WIDTH) {
    const words = text.split(/\s+/).filter(Boolean);
    const lines = [];
    let line = '';
    let lineWidth = 0;
    let room = Math.max(10, width - first);
    const nextLine = () => {
        lines.push(line);
        line = '';
        lineWidth = 0;
        room = Math.max(10, width - indent);
    };
    for (const word of words) {
        const w = stringWidth(word);
        if (line && lineWidth + 1 + w > room)
            nextLine();
        if (!line && w > room) {
            const pieces = wrapAnsi(word, room, { hard: true, trim: false }).split('\n');
            for (const piece of pieces.slice(0, -1)) {
                line = piece;
                nextLine();
            }
            line = pieces[pieces.length - 1];
            lineWidth = stringWidth(line);
            continue;
        }
        line = line ? `${line} ${word}` : word;
        lineWidth += (lineWidth ? 1 : 0) + w;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
}
/** Pad to a display width (string-width), not a string length. */
function padWidth(s, width) {
    return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}
/** A file name as shown in a terminal: control characters (ESC, CR, BEL, ...) escaped, never sent raw. */
export function safeName(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** An element or claim finding that `--baseline` marked as already known (see src/baseline.ts). */
const isBaselined = (x) => x.baselined === true;
const loc = (e) => `${e.line}:${e.column}`;
const clip = (s, n) => {
    // control characters in a note (an ESC sequence, say) are shown, never sent to the terminal
    const one = s.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd').trim();
    return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};
/** "drugs/vancomycin" → "drugs list: vancomycin"; "device-event/insert" → "device insertion". */
function listName(pattern) {
    const [kind, name] = pattern.split('/');
    if (kind === 'device-event')
        return `device ${name === 'remove' ? 'removal' : 'insertion'}`;
    if (kind === 'device')
        return `${name} mentioned`;
    if (kind === 'cpt-code')
        return 'procedure code';
    if (kind === 'quantity')
        return `amount in ${name}`;
    if (kind === 'check')
        return `${name} check`;
    return name && name !== kind ? `${kind} list: ${name}` : `${kind} list`;
}
const SLOT_NAMES = [['site', 'site'], ['drug', 'drug'], ['carrier', 'carrier'], ['amount', 'amount'], ['preparation', 'preparation'], ['plan', 'plan']];
/** Human checklist per note, with evidence, denial risks and fixes; a batch summary at the end. */
export const createPrettyFormatter = (ctx) => {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    const paint = { pass: c.green, warn: c.yellow, fail: c.red, 'n/a': c.gray };
    const failCounts = new Map();
    const riskCounts = new Map();
    let notes = 0;
    const explainedFrames = new Set();
    let legendShown = false;
    const W = ctx.width && ctx.width >= 40 ? ctx.width : DEFAULT_WIDTH;
    /** `col` is where messages start: after "  ✖ ", the label column and one space. */
    const element = (r, e, labelWidth) => {
        const col = 4 + labelWidth + 1;
        const pad = ' '.repeat(col);
        const known = isBaselined(e);
        const head = `  ${paint[e.status](MARK[e.status])} ${c.bold(padWidth(e.label, labelWidth))} `;
        let out = `${head}${known ? `${c.gray('(baselined)')} ` : ''}${wrap(e.message, col, col + (known ? 12 : 0), W)}\n`;
        for (const ev of e.evidence.slice(0, 3))
            out += `${pad}${c.gray(`${loc(ev)}`)} ${c.cyan(`"${clip(ev.text, Math.max(10, W - col - loc(ev).length - 3))}"`)}\n`;
        // a baselined gap is known and accepted for now: no risks, fix or gap counts, to keep new gaps visible
        if ((e.status === 'fail' || e.status === 'warn') && !known) {
            for (const risk of e.denialRisks)
                out += `${pad}${c.magenta('risk:')} ${wrap(risk, col + 6, col + 6, W)}\n`;
            if (e.fix)
                out += `${pad}${c.blue('fix:')}  ${wrap(e.fix, col + 6, col + 6, W)}\n`;
            const k = `${effectiveCode(r)} ${e.id}`;
            failCounts.set(k, (failCounts.get(k) ?? 0) + 1);
            for (const risk of e.denialRisks)
                riskCounts.set(risk, (riskCounts.get(risk) ?? 0) + 1);
        }
        if (ctx.explain && e.explain?.length) {
            for (const x of e.explain) {
                // in words: what was found (the word list it comes from), where, and why it counted or not
                const sentence = x.term
                    ? `${x.accepted ? 'counted' : 'not counted'}: '${clip(x.term, 40)}' (${listName(x.pattern)})${x.evidence ? `, line ${x.evidence.line}:${x.evidence.column}` : ''}${x.context ? `; ${x.context}` : ''}`
                    : (x.context ?? listName(x.pattern));
                out += `${' '.repeat(col + 2)}${x.accepted ? c.green('+') : c.gray('-')} ${wrap(sentence, col + 4, col + 4, W)}\n`;
            }
        }
        return out;
    };
    const one = (r) => {
        const name = safeName(r.source);
        if (r.status === 'error')
            return `${c.bold(name)}\n  ${c.red('error')} ${wrap(r.error?.message ?? 'could not be checked', 8, 8, W)}\n\n`;
        if (r.status === 'no-device') {
            // one plain line (and the sentences that rule a device out); no element list, no fixes
            let nd = `${c.bold(name)}  ${c.gray.bold('NO DEVICE')}\n  ${wrap(r.noDevice?.message ?? 'No drug-delivery device was placed or removed in this operation; none of 20700-20705 applies', 2, 2, W)}\n`;
            for (const ev of r.noDevice?.evidence ?? [])
                nd += `    ${c.gray(loc(ev))} ${c.cyan(`"${clip(ev.text, Math.max(10, W - 4 - loc(ev).length - 3))}"`)}\n`;
            for (const w of r.warnings ?? [])
                nd += `  ${c.yellow('warning:')} ${wrap(w, 11, 11, W)}\n`;
            return `${nd}\n`;
        }
        const status = r.status === 'pass' ? c.green.bold('PASS') : c.red.bold('FAIL');
        const code = r.code ? `CPT ${r.code}` : 'no family code supported (checked against 20702)';
        // source, code and verdict on one line when they fit in the width, else the source on its own line
        const oneLine = stringWidth(name) + code.length + 8 <= W;
        let out = `${c.bold(name)}${oneLine ? '  ' : '\n  '}${c.cyan(code)}  ${status}\n`;
        for (const w of r.warnings ?? [])
            out += `  ${c.yellow('warning:')} ${wrap(w, 11, 11, W)}\n`;
        if (ctx.explain && r.frames?.length && !explainedFrames.has(r.source)) {
            // each device of this operation and what the note says about it, once per note
            explainedFrames.add(r.source);
            r.frames.forEach((f, i) => {
                out += `  ${c.bold(`Device ${i + 1}:`)} ${wrap(`${f.forms.join(', ')} — ${f.action === 'insert' ? 'inserted' : 'removed'}, ${f.site === 'unspecified' ? 'site not stated' : f.site}${f.prefabricated ? ', commercially made' : ''}`, 14, 14, W)}\n`;
                for (const [key, label] of SLOT_NAMES) {
                    const evs = f.slots[key];
                    const said = evs.length ? evs.map((ev) => `'${clip(ev.text, 40)}' (${loc(ev)})`).join(', ') : c.gray('not stated in this device\'s sentences');
                    out += `      ${padWidth(label, 12)} ${wrap(said, 19, 19, W)}\n`;
                }
            });
        }
        // the label column fits this note's longest label (and claim finding id), never a fixed 22
        const labelWidth = Math.max(MIN_LABEL, ...r.elements.map((e) => stringWidth(e.label)), ...(r.claim?.findings ?? []).map((f) => stringWidth(f.id)));
        // --quiet (the pre-commit hook): only what fails or warns, no passing lines, devices or tally
        const terse = !!ctx.quiet;
        for (const e of r.elements)
            if (!terse || e.status === 'fail' || e.status === 'warn')
                out += element(r, e, labelWidth);
        if (r.claim) {
            out += `  ${c.bold('Claim')} ${r.claim.lines.map((l) => `${l.code}${l.modifiers.map((m) => `-${m}`).join('')}${l.units > 1 ? `x${l.units}` : ''}`).join(', ')}\n`;
            const col = 4 + labelWidth + 1;
            for (const f of r.claim.findings) {
                if (terse && f.status === 'pass')
                    continue;
                const st = f.status === 'pass' ? 'pass' : f.status;
                const known = isBaselined(f);
                out += `  ${paint[st](MARK[st])} ${c.bold(padWidth(f.id, labelWidth))} ${known ? `${c.gray('(baselined)')} ` : ''}${wrap(f.message, col, col + (known ? 12 : 0), W)}\n`;
            }
        }
        if (terse)
            return `${out}\n`;
        const devs = r.devices.length
            ? r.devices.map((d) => `${d.action} ${d.site}${d.evidence[0] ? ` (${loc(d.evidence[0])})` : ''}`).join('; ')
            : 'none found in this operation';
        out += `  ${c.gray('devices:')} ${wrap(devs, 11, 11, W)}\n`;
        out += `  ${c.gray('suggested codes:')} ${r.suggestedCodes.length ? r.suggestedCodes.join(', ') : 'none'}\n`;
        if (r.noDevice && r.status === 'fail')
            out += `  ${c.gray('no device:')} ${wrap(r.noDevice.message, 13, 13, W)}\n`;
        for (const g of r.guidance ?? [])
            out += `  ${c.blue('note:')} ${wrap(`${g.text}${g.source ? ` (source: ${g.source})` : ''}`, 8, 8, W)}\n`;
        const fails = r.elements.filter((e) => e.status === 'fail').length;
        const warns = r.elements.filter((e) => e.status === 'warn').length;
        const passes = r.elements.filter((e) => e.status === 'pass').length;
        const baselined = r.elements.filter((e) => (e.status === 'fail' || e.status === 'warn') && isBaselined(e)).length;
        const claimFails = r.claim?.findings.filter((f) => f.status === 'fail').length ?? 0;
        const claimWarns = r.claim?.findings.filter((f) => f.status === 'warn').length ?? 0;
        let tally = `${passes} passed, ${fails} failed, ${warns} warning${warns === 1 ? '' : 's'}`;
        if (baselined)
            tally += ` (${baselined} baselined)`;
        if (r.claim)
            tally += `; claim: ${claimFails} failed, ${claimWarns} warning${claimWarns === 1 ? '' : 's'}`;
        out += `  ${status} ${tally}\n`;
        // the query is already laid out for 80 columns (and meant to be copied as is): not indented
        if (ctx.query && r.query)
            out += `\n  ${c.bold('Query to the surgeon (draft):')}\n\n${r.query.replace(/\n+$/, '')}\n`;
        return `${out}\n`;
    };
    return {
        // with --explain, one legend first: how to read the lines under each element
        begin: () => {
            if (!ctx.explain || legendShown)
                return '';
            legendShown = true;
            return `${c.gray(wrap('--explain: "Device N" lists what the note says about each device of this operation (quotes with line:column). Under each element, + marks a word that counted and - one that did not, with the word list it comes from and why.', 0, 0, W))}\n\n`;
        },
        result(results) {
            notes++;
            let out = '';
            for (const r of results) {
                if (ctx.quiet && (r.status === 'pass' || r.status === 'no-device'))
                    continue;
                out += one(r);
            }
            return out;
        },
        end(summary, extra) {
            let out = '';
            if (notes > 1 && failCounts.size && !ctx.quiet) {
                out += c.bold('Most frequent gaps\n');
                for (const [k, n] of [...failCounts].sort((a, b) => b[1] - a[1]).slice(0, 8))
                    out += `  ${String(n).padStart(5)}  ${k}\n`;
                out += c.bold('Top denial risks\n');
                for (const [k, n] of [...riskCounts].sort((a, b) => b[1] - a[1]).slice(0, 5))
                    out += `  ${String(n).padStart(5)}  ${wrap(k, 9, 9, W)}\n`;
            }
            // no-device notes have nothing to check: counted on their own, left out of the pass rate
            const noDevice = summary.noDevice ?? 0;
            const judged = summary.checked - noDevice;
            const rate = judged > 0 ? Math.round((100 * summary.passed) / judged) : 0;
            const line = `${summary.checked} result${summary.checked === 1 ? '' : 's'} from ${notes} note${notes === 1 ? '' : 's'}: ${summary.passed} passed, ${summary.failed} failed, ${noDevice ? `${noDevice} with no device, ` : ''}${summary.errors} error${summary.errors === 1 ? '' : 's'} (pass rate ${judged > 0 ? `${rate}%` : 'n/a'})`;
            const shownLine = wrap(line, 2, 0, W);
            out += summary.failed || summary.errors ? c.red(shownLine) : c.green(shownLine);
            if (extra?.baselineFixed)
                out += `\n${c.green(`${extra.baselineFixed} baselined failure${extra.baselineFixed === 1 ? '' : 's'} fixed since the baseline`)}`;
            return `${out}\n`;
        },
    };
};
export default createPrettyFormatter;
