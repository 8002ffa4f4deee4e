/** Thrown by an extractor for a whole file that cannot be read; the message is one line for the user. */
export class ExtractError extends Error {
    kind;
    name = 'ExtractError';
    /** `skip`: not a note at all (a JSON file that is not FHIR) — a note on stderr, not an error, in folder scans. */
    constructor(message, kind = 'error') {
        super(message);
        this.kind = kind;
    }
}
/** Lines in `text` up to `offset` (1-based line of the character at `offset`). */
export function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Tidy extracted text: LF line ends, no trailing spaces, at most one blank line in a row, no blank edges. */
export function tidy(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t\u00a0]+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .replace(/^\n+/, '')
        .replace(/\s*$/, '\n');
}
/**
 * Builds extracted text line by line, each line tagged with where it came from; collapses runs of
 * blank lines and drops leading ones, so locators stay exact.
 */
export class LineBuilder {
    lines = [];
    locs = [];
    lastKey = '';
    /** Add one or more lines (split on newlines) from `from` (page / segment / section). */
    add(text, from = {}) {
        for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
            const line = raw.replace(/[ \t\u00a0]+$/, '');
            if (line.trim() === '') {
                if (this.lines.length && this.lines[this.lines.length - 1] !== '')
                    this.lines.push('');
                continue;
            }
            const key = Object.keys(from).length ? JSON.stringify(from) : '';
            if (key !== this.lastKey) {
                this.locs.push({ line: this.lines.length + 1, ...from });
                this.lastKey = key;
            }
            this.lines.push(line);
        }
    }
    /** A paragraph break (one blank line). */
    blank() {
        if (this.lines.length && this.lines[this.lines.length - 1] !== '')
            this.lines.push('');
    }
    get empty() {
        return this.lines.every((l) => l.trim() === '');
    }
    text() {
        const lines = [...this.lines];
        while (lines.length && lines[lines.length - 1] === '')
            lines.pop();
        return lines.length ? `${lines.join('\n')}\n` : '';
    }
    locators() {
        return this.locs;
    }
}
