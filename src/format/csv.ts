/**
 * `csv`: one row per note × element — source, code, element, status, message, line, column, evidence — for
 * spreadsheets. UTF-8 BOM first (so Excel detects UTF-8), CRLF records, RFC 4180 quoting via csv-stringify.
 * Error results get one row with an empty element and status "error". Rows are written as notes arrive.
 *
 * Excel runs cells that start with = + - @ (or a tab / CR) as formulas; such cells get a leading apostrophe
 * (the OWASP "CSV injection" mitigation), which Excel hides and shows the text as typed.
 */
import { stringify } from 'csv-stringify/sync';
import type { NoteResult } from '../types.js';
import { type FormatContext, type Formatter, type FormatterFactory } from './types.js';

export const CSV_COLUMNS = ['source', 'code', 'element', 'status', 'message', 'line', 'column', 'evidence'] as const;
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralise a cell that a spreadsheet would evaluate as a formula. */
export function safeCell(value: string): string {
  // A lone "-" (stdin) is plain text to a spreadsheet.
  return value.length > 1 && FORMULA_START.test(value) ? `'${value}` : value;
}

function row(cells: (string | number)[]): string {
  return stringify([cells.map((c) => (typeof c === 'number' ? c : safeCell(c)))], { record_delimiter: 'windows', quoted_match: /^\s|\s$/ });
}

export const createCsvFormatter: FormatterFactory = (_ctx: FormatContext): Formatter => ({
  begin() {
    return BOM + stringify([[...CSV_COLUMNS]], { record_delimiter: 'windows' });
  },
  result(results: NoteResult[]) {
    let out = '';
    for (const r of results) {
      const source = r.source; // as given, like the JSON contract (stdin is "-")
      const code = r.code ?? '';
      if (r.status === 'error') {
        out += row([source, code, '', 'error', r.error?.message ?? 'could not be checked', '', '', '']);
        continue;
      }
      for (const el of r.elements) {
        const first = el.evidence[0];
        out += row([
          source,
          code,
          el.id,
          (el as { baselined?: boolean }).baselined ? `${el.status} (baselined)` : el.status,
          el.message,
          first ? first.line : '',
          first ? first.column : '',
          el.evidence.map((e) => e.text).join(' | '),
        ]);
      }
    }
    return out;
  },
  end: () => '',
});

export default createCsvFormatter;
