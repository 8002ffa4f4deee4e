/**
 * Rendering a note's results where they were checked (a worker thread or in-process), for the stream
 * formats whose text for one note depends on that note alone (jsonl, csv, github).
 *
 * A rendered note is its formatted text plus a digest per result: what the CLI needs for the summary, the
 * gate, `--max-warnings` and the stderr line of an error. The main thread then neither parses the results
 * back from JSON nor formats them: it tallies the digests and writes the text, so it stays free to feed the
 * workers (and to check notes of its own).
 *
 * Used only when nothing on the main thread needs the whole results: no `--baseline` (it rewrites
 * results) and no `--write-baseline` (it records them).
 */
import { failsGate } from '../baseline.js';
/** Formats whose `result()` is a pure function of one note's results and the context. */
export const RENDER_FORMATS = ['jsonl', 'csv', 'github'];
export function isRenderFormat(name) {
    return RENDER_FORMATS.includes(name);
}
/** Warnings a result counts towards --max-warnings: warn elements and claim findings, baselined ones left out. */
export function countWarnings(r) {
    const counts = (x) => x.status === 'warn' && x.baselined !== true;
    return r.elements.filter(counts).length + (r.claim?.findings.filter(counts).length ?? 0);
}
export function digestOf(r, failOn) {
    const d = { source: r.source, status: r.status, gate: failsGate(r, failOn), warnings: countWarnings(r) };
    if (r.status === 'error')
        d.error = r.error?.message ?? 'could not be checked';
    return d;
}
/** A render function over a formatter (the CLI's own instance in-process; a worker's copy in a worker). */
export function makeRenderer(formatter, spec) {
    return (results) => {
        const shown = spec.quiet ? results.filter((r) => r.status !== 'pass') : results;
        return { text: shown.length ? formatter.result(shown) : '', digest: results.map((r) => digestOf(r, spec.failOn)) };
    };
}
/** Only the one formatter module is loaded in a worker (not the registry and every format's libraries). */
const FACTORIES = {
    jsonl: async () => (await import('../format/jsonl.js')).createJsonlFormatter,
    csv: async () => (await import('../format/csv.js')).createCsvFormatter,
    github: async () => (await import('../format/github.js')).createGithubFormatter,
};
export async function loadRenderer(spec) {
    const factory = await FACTORIES[spec.format]();
    return makeRenderer(factory(spec.ctx), spec);
}
