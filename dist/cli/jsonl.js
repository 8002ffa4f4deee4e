import { formatSize } from '../io/read.js';
/** Bytes allowed for one JSONL line when notes may be up to `maxSize` bytes. */
export function jsonlLineCap(maxSize) {
    return maxSize * 6 + 64 * 1024;
}
const LF = 0x0a;
/** Split a byte stream into lines of at most `cap` bytes; longer lines come back without `text`. */
export async function* capLines(input, cap) {
    let parts = [];
    let size = 0;
    let over = false;
    let n = 0;
    const finish = () => {
        n++;
        if (over) {
            const line = { n, bytes: size };
            parts = [];
            size = 0;
            over = false;
            return line;
        }
        const buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
        parts = [];
        const bytes = size;
        size = 0;
        let text = buf.toString('utf8');
        if (text.endsWith('\r'))
            text = text.slice(0, -1);
        return { n, text, bytes };
    };
    const add = (chunk) => {
        size += chunk.length;
        if (over)
            return;
        if (size > cap) {
            over = true;
            parts = [];
        }
        else
            parts.push(chunk);
    };
    for await (const raw of input) {
        const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
        let start = 0;
        for (;;) {
            const nl = chunk.indexOf(LF, start);
            if (nl < 0) {
                if (start < chunk.length)
                    add(chunk.subarray(start));
                break;
            }
            add(chunk.subarray(start, nl));
            yield finish();
            start = nl + 1;
        }
    }
    if (size > 0 || parts.length || over)
        yield finish();
}
/** `--stdin-jsonl` tasks: a malformed or over-long line becomes an error result for that line. */
export async function* jsonlTasks(stdin, maxSize) {
    const cap = jsonlLineCap(maxSize);
    for await (const l of capLines(stdin, cap)) {
        const n = l.n;
        if (l.text === undefined) {
            yield { source: `line ${n}`, error: `line ${n}: line of ${formatSize(l.bytes)} is longer than the ${formatSize(cap)} allowed for --max-size ${formatSize(maxSize)}; not checked` };
            continue;
        }
        const line = n === 1 ? l.text.replace(/^\ufeff/, '') : l.text; // a BOM from Windows tools
        if (!line.trim())
            continue;
        let obj;
        try {
            obj = JSON.parse(line);
        }
        catch {
            yield { source: `line ${n}`, error: `line ${n}: not valid JSON` };
            continue;
        }
        const o = obj;
        const hasId = typeof o?.id === 'string' || typeof o?.id === 'number';
        const id = hasId ? String(o.id) : `line ${n}`;
        const where = `line ${n}: `;
        if (typeof o?.text !== 'string')
            yield { source: id, error: `${where}expected {"id": "...", "text": "..."}` };
        else if (!o.text.trim())
            yield { source: id, error: `${where}empty note` };
        else
            yield { source: id, text: o.text };
    }
}
