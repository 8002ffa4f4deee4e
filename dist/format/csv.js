/**
 * `csv`: one row per note × element — source, code, element, status, message, line, column, evidence — for
 * spreadsheets. UTF-8 BOM first (so Excel detects UTF-8), CRLF records, RFC 4180 quoting via csv-stringify.
 * Error results get one row with an empty element and status "error"; claim findings (`--claim`) get one row
 * each, element `claim:<finding>`. Fields holding a CR or LF are always quoted. Rows are written as notes
 * arrive.
 *
 * Excel runs cells that start with = + - @ (or a tab / CR) as formulas; such cells get a leading apostrophe
 * (the OWASP "CSV injection" mitigation), which Excel hides and shows the text as typed.
 */
import { stringify } from 'csv-stringify/sync';
export const CSV_COLUMNS = ['source', 'code', 'element', 'status', 'message', 'line', 'column', 'evidence'];
export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
/** Neutralise a cell that a spreadsheet would evaluate as a formula. */
export function safeCell(value) {
    // A lone "-" (stdin) is plain text to a spreadsheet.
    return value.length > 1 && FORMULA_START.test(value) ? `'${value}` : value;
}
/**
 * Quote a field that holds a CR or LF anywhere (csv-stringify quotes only the record delimiter itself, CRLF,
 * so a bare LF from a hard-wrapped evidence quote used to split the row in Python's csv and LibreOffice),
 * and one with leading or trailing white space.
 */
const QUOTE = /[\r\n]|^\s|\s$/;
function row(cells) {
    return stringify([cells.map((c) => (typeof c === 'number' ? c : safeCell(c)))], { record_delimiter: 'windows', quoted_match: QUOTE });
}
export const createCsvFormatter = (_ctx) => ({
    begin() {
        return BOM + stringify([[...CSV_COLUMNS]], { record_delimiter: 'windows' });
    },
    result(results) {
        let out = '';
        for (const r of results) {
            const source = r.source; // as given, like the JSON contract (stdin is "-")
            const code = r.code ?? '';
            if (r.status === 'error') {
                out += row([source, code, '', 'error', r.error?.message ?? 'could not be checked', '', '', '']);
                continue;
            }
            if (r.status === 'no-device') {
                // one row: the note has nothing to check; the evidence column quotes what negates, plans or dates a device
                const ev = r.noDevice?.evidence ?? [];
                out += row([source, code, '', 'no-device', r.noDevice?.message ?? 'No drug-delivery device was placed or removed in this operation; none of 20700-20705 applies', ev[0]?.line ?? '', ev[0]?.column ?? '', ev.map((e) => e.text).join(' | ')]);
                continue;
            }
            for (const el of r.elements) {
                const first = el.evidence[0];
                out += row([
                    source,
                    code,
                    el.id,
                    el.baselined ? `${el.status} (baselined)` : el.status,
                    el.message,
                    first ? first.line : '',
                    first ? first.column : '',
                    el.evidence.map((e) => e.text).join(' | '),
                ]);
            }
            for (const f of r.claim?.findings ?? []) {
                // claim findings: element "claim:<finding>", the codes concerned as evidence
                const st = f.baselined ? `${f.status} (baselined)` : f.status;
                out += row([source, code, `claim:${f.id}`, st, f.message, '', '', f.codes.join(' | ')]);
            }
        }
        return out;
    },
    end: () => '',
});
export default createCsvFormatter;
