/**
 * Inline SVG charts, drawn by this small module (no library, no script): a horizontal bar chart. Each bar
 * is a `<g class="bar" data-label data-value>` with a `<title>` giving its value, so the chart reads without
 * JS, in print, to a screen reader (the svg has a title and description) and in DOM tests.
 */
import { esc } from './escape.js';
const WIDTH = 640;
const LABEL_W = 250;
const VALUE_W = 56;
const ROW_H = 26;
const BAR_H = 18;
function clip(s, n) {
    return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
/** A bar chart; `id` names its title for aria-labelledby. */
export function barChart(id, title, bars, desc) {
    const max = Math.max(1, ...bars.map((b) => b.value));
    const height = Math.max(1, bars.length) * ROW_H + 4;
    const span = WIDTH - LABEL_W - VALUE_W;
    const rows = bars
        .map((b, i) => {
        const y = i * ROW_H + 2;
        const w = b.value > 0 ? Math.max(2, Math.round((b.value / max) * span)) : 0;
        const tip = b.title ?? `${b.label}: ${b.value}`;
        return (`<g class="bar" data-label="${esc(b.label)}" data-value="${b.value}"><title>${esc(tip)}</title>` +
            `<text class="lbl" x="${LABEL_W - 8}" y="${y + BAR_H - 4}" text-anchor="end">${esc(clip(b.label, 34))}</text>` +
            `<rect class="t-${esc(b.tone)}" x="${LABEL_W}" y="${y}" width="${w}" height="${BAR_H}" rx="2"></rect>` +
            `<text class="val" x="${LABEL_W + w + 6}" y="${y + BAR_H - 4}">${b.value}</text></g>`);
    })
        .join('');
    const empty = bars.length ? '' : `<text class="lbl" x="8" y="18">none</text>`;
    return (`<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-t${desc ? ` ${id}-d` : ''}" viewBox="0 0 ${WIDTH} ${height}" preserveAspectRatio="xMinYMin meet">` +
        `<title id="${id}-t">${esc(title)}</title>${desc ? `<desc id="${id}-d">${esc(desc)}</desc>` : ''}${rows}${empty}</svg>`);
}
