/**
 * CMS NCCI add-on code (AOC) edit files: add-on code -> allowed primary codes, with edit type and dates.
 *
 * Accepted layouts (detected from the header line, which may follow a preamble of title / copyright lines):
 * - CSV (comma), TSV (tab), pipe-delimited text;
 * - the fixed-width text export: header cells separated by two or more spaces; data rows are split on
 *   whitespace, or cut at the header's column positions when cells are blank.
 * Column-name variants are matched case- and punctuation-insensitively ("Add-on Code" / "Addon Code" / "AOC",
 * "Primary Code" / "Primary", "AOC Edit Type" / "Edit Type", "Add-on Code Effective Date" / "Effective Date",
 * "Add-on Code Deletion Date" / "Deletion Date", plus the primary-code and edit effective / deletion dates).
 * Dates: YYYYMMDD, YYYYDDD (Julian), MM/DD/YYYY, YYYY-MM-DD; `*` or blank = none.
 * A row applies on a date D when every effective date present is <= D and every deletion date present is
 * > D (the deletion date is taken as the first day the row no longer applies).
 * Problems throw AocFileError naming the file, the line and the problem.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
/** A malformed or unreadable AOC file. `line` is 1-based in the file (null when not row-specific). */
export class AocFileError extends Error {
    file;
    line;
    problem;
    constructor(file, line, problem) {
        super(`${file}${line !== null ? `: line ${line}` : ''}: ${problem}`);
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.name = 'AocFileError';
    }
}
const VARIANTS = {
    addOn: ['addoncode', 'addon', 'aoc', 'aoccode', 'addoncodes', 'addoncpt', 'addonhcpcs'],
    primary: ['primarycode', 'primary', 'primarycodes', 'primaryprocedurecode', 'primarycpt', 'primaryhcpcs'],
    editType: ['aocedittype', 'edittype', 'aoctype', 'type'],
    addOnEffective: ['addoncodeeffectivedate', 'effectivedate', 'aoceffectivedate', 'addoneffectivedate'],
    addOnDeletion: ['addoncodedeletiondate', 'deletiondate', 'aocdeletiondate', 'addondeletiondate'],
    primaryEffective: ['primarycodeeffectivedate', 'primaryeffectivedate'],
    primaryDeletion: ['primarycodedeletiondate', 'primarydeletiondate'],
    editEffective: ['aocediteffectivedate', 'editeffectivedate'],
    editDeletion: ['aoceditdeletiondate', 'editdeletiondate'],
};
const LABEL = {
    addOn: 'add-on code',
    primary: 'primary code',
    editType: 'edit type',
    addOnEffective: 'add-on effective date',
    addOnDeletion: 'add-on deletion date',
    primaryEffective: 'primary effective date',
    primaryDeletion: 'primary deletion date',
    editEffective: 'edit effective date',
    editDeletion: 'edit deletion date',
};
const norm = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
function fieldOf(header) {
    const n = norm(header);
    for (const [f, vs] of Object.entries(VARIANTS))
        if (vs.includes(n))
            return f;
    return undefined;
}
function splitHeader(line) {
    if (line.includes('\t'))
        return { cells: line.split('\t'), format: 'tsv', delimiter: '\t' };
    if (line.includes(','))
        return { cells: line.split(','), format: 'csv', delimiter: ',' };
    if (line.includes('|'))
        return { cells: line.split('|'), format: 'text', delimiter: '|' };
    const cells = line.trim().split(/\s{2,}/);
    return { cells: isHeader(cells) ? cells : (greedyCells(line) ?? cells), format: 'text' };
}
/** Header cells of a single-space separated text header, matched greedily against the known names. */
function greedyCells(line) {
    const words = [...line.matchAll(/\S+/g)].map((m) => m[0]);
    const cells = [];
    let i = 0;
    while (i < words.length) {
        let taken = 0;
        for (let n = Math.min(6, words.length - i); n >= 1; n--) {
            if (fieldOf(words.slice(i, i + n).join(' '))) {
                taken = n;
                break;
            }
        }
        if (taken === 0)
            taken = 1;
        cells.push(words.slice(i, i + taken).join(' '));
        i += taken;
    }
    return isHeader(cells) ? cells : undefined;
}
function isHeader(cells) {
    const fields = cells.map((c) => fieldOf(c.replace(/^"|"$/g, '')));
    return fields.includes('addOn') && fields.includes('primary');
}
function iso(y, m, d) {
    const dt = new Date(Date.UTC(y, m - 1, d));
    if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d)
        return undefined;
    return dt.toISOString().slice(0, 10);
}
/** Parse an AOC date cell: ISO string, null for none, undefined when invalid. */
export function parseAocDate(raw) {
    const s = raw.trim();
    if (s === '' || s === '*')
        return null;
    let m;
    if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s)))
        return iso(+m[1], +m[2], +m[3]);
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)))
        return iso(+m[1], +m[2], +m[3]);
    if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s)))
        return iso(+m[3], +m[1], +m[2]);
    if ((m = /^(\d{4})(\d{3})$/.exec(s))) {
        const y = +m[1];
        const day = +m[2];
        const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
        if (day < 1 || day > (leap ? 366 : 365))
            return undefined;
        return new Date(Date.UTC(y, 0, day)).toISOString().slice(0, 10);
    }
    return undefined;
}
function parseEditType(raw) {
    const s = raw.trim().toUpperCase().replace(/^TYPE\s*/, '');
    if (s === '' || s === '*')
        return null;
    const map = { '1': '1', '2': '2', '3': '3', I: '1', II: '2', III: '3' };
    return map[s];
}
const CODE = /^[0-9A-Z]{5}$/;
/** Parse AOC file text (any accepted layout). `file` is used in error messages. */
export function parseAocText(text, file) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    let headerIdx = -1;
    let header;
    for (let i = 0; i < Math.min(lines.length, 100); i++) {
        if (!lines[i].trim())
            continue;
        const h = splitHeader(lines[i]);
        if (isHeader(h.cells)) {
            headerIdx = i;
            header = h;
            break;
        }
    }
    if (!header) {
        if (!lines.some((l) => l.trim()))
            throw new AocFileError(file, null, 'the file is empty');
        throw new AocFileError(file, null, 'no header row with an add-on code column and a primary code column was found');
    }
    const columns = header.cells.map((c) => fieldOf(c.trim().replace(/^"|"$/g, '')));
    const seen = new Set();
    columns.forEach((f, i) => {
        if (!f)
            return;
        if (seen.has(f))
            throw new AocFileError(file, headerIdx + 1, `column "${header.cells[i].trim()}" duplicates another ${LABEL[f]} column`);
        seen.add(f);
    });
    // Rows as [1-based line, cells].
    const rows = [];
    if (header.format === 'text' && header.delimiter === undefined) {
        const headerLine = lines[headerIdx];
        const starts = [];
        let from = 0;
        for (const cell of header.cells) {
            const at = headerLine.indexOf(cell, from);
            starts.push(at);
            from = at + cell.length;
        }
        for (let i = headerIdx + 1; i < lines.length; i++) {
            const line = lines[i];
            if (!line.trim())
                continue;
            const tokens = line.trim().split(/\s+/);
            if (tokens.length === columns.length || starts.some((s) => s < 0))
                rows.push([i + 1, tokens]);
            else
                rows.push([i + 1, starts.map((s, k) => line.slice(s, k + 1 < starts.length ? starts[k + 1] : undefined).trim())]);
        }
    }
    else {
        let records;
        try {
            records = parse(lines.slice(headerIdx + 1).join('\n'), {
                delimiter: header.delimiter,
                info: true,
                relax_column_count: true,
                skip_empty_lines: true,
                trim: true,
            });
        }
        catch (err) {
            const e = err;
            const line = e.lines !== undefined ? headerIdx + 1 + e.lines : null;
            throw new AocFileError(file, line, `unreadable ${header.format.toUpperCase()}: ${e.message.split('\n')[0]}`);
        }
        for (const r of records)
            rows.push([headerIdx + 1 + r.info.lines, r.record]);
    }
    const edits = new Map();
    for (const [line, cells] of rows) {
        if (cells.every((c) => !c.trim()))
            continue;
        if (cells.length !== columns.length) {
            throw new AocFileError(file, line, `expected ${columns.length} columns, found ${cells.length}`);
        }
        const get = (f) => {
            const i = columns.indexOf(f);
            return i < 0 ? undefined : cells[i].trim().replace(/^"|"$/g, '');
        };
        const addOn = get('addOn').toUpperCase();
        if (!CODE.test(addOn))
            throw new AocFileError(file, line, `invalid add-on code "${addOn}"`);
        const primaryRaw = get('primary').toUpperCase();
        let primary = null;
        if (primaryRaw !== '' && primaryRaw !== '*') {
            if (!CODE.test(primaryRaw))
                throw new AocFileError(file, line, `invalid primary code "${primaryRaw}"`);
            primary = primaryRaw;
        }
        let editType = null;
        const typeRaw = get('editType');
        if (typeRaw !== undefined) {
            const t = parseEditType(typeRaw);
            if (t === undefined)
                throw new AocFileError(file, line, `invalid edit type "${typeRaw}" (expected 1, 2 or 3)`);
            editType = t;
        }
        const date = (f) => {
            const raw = get(f);
            if (raw === undefined)
                return null;
            const d = parseAocDate(raw);
            if (d === undefined) {
                throw new AocFileError(file, line, `invalid ${LABEL[f]} "${raw}" (expected YYYYMMDD, MM/DD/YYYY or *)`);
            }
            return d;
        };
        const edit = {
            addOn,
            primary,
            editType,
            addOnEffective: date('addOnEffective'),
            addOnDeletion: date('addOnDeletion'),
            primaryEffective: date('primaryEffective'),
            primaryDeletion: date('primaryDeletion'),
            editEffective: date('editEffective'),
            editDeletion: date('editDeletion'),
            line,
        };
        if (primary === null && editType !== '2') {
            throw new AocFileError(file, line, `missing primary code for add-on ${addOn} (only Type 2 rows may omit it)`);
        }
        const list = edits.get(addOn) ?? [];
        list.push(edit);
        edits.set(addOn, list);
    }
    if (edits.size === 0)
        throw new AocFileError(file, null, 'the file has a header but no data rows');
    return { file, format: header.format, edits };
}
/** Read and parse an AOC file. Throws AocFileError (unreadable, malformed). */
export function loadAocFile(path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (err) {
        throw new AocFileError(path, null, `cannot read file (${err.code ?? 'error'})`);
    }
    return parseAocText(text, path);
}
/** ISO date (YYYY-MM-DD, UTC) of a Date. */
export function isoDay(d) {
    return d.toISOString().slice(0, 10);
}
/** Whether a row applies on `day` (ISO). */
export function editApplies(e, day) {
    const starts = [e.addOnEffective, e.primaryEffective, e.editEffective];
    const ends = [e.addOnDeletion, e.primaryDeletion, e.editDeletion];
    return starts.every((s) => s === null || s <= day) && ends.every((d) => d === null || day < d);
}
/** What the file says about `addOn` on `asOf` (default today); undefined when the add-on is not in the file. */
export function aocLookup(data, addOn, asOf = new Date()) {
    const rows = data.edits.get(addOn);
    if (!rows)
        return undefined;
    const day = isoDay(asOf);
    const active = rows.filter((e) => editApplies(e, day));
    const primaries = new Set(active.flatMap((e) => (e.primary ? [e.primary] : [])));
    const editType = (active[0] ?? rows[0]).editType;
    return { addOn, editType, primaries, rows: rows.length, activeRows: active.length, asOf: day, file: data.file };
}
