/**
 * `--stdin-jsonl`: one `{"id": "...", "text": "..."}` object per line.
 *
 * Lines are split from raw bytes with a byte cap, so one enormous line can neither exhaust memory nor hit
 * V8's string length limit (`RangeError: Invalid string length`): a line longer than the cap is skipped to
 * its end without being kept, becomes an `error` result in its place, and the stream goes on.
 *
 * The cap is `--max-size` plus JSON overhead: {@link jsonlLineCap}. A note of `--max-size` bytes can grow
 * when JSON-escaped (control characters become `\u0000`, six bytes each; `ensure_ascii` writers turn a
 * three-byte character into `\uXXXX`), so the cap allows six bytes per note byte plus 64 KiB for the id and
 * other fields. A line under the cap whose text is still over `--max-size` is reported by the checker as
 * too large, like a file.
 */
import type { Task } from '../batch/pool.js';
import { formatSize } from '../io/read.js';

/** Bytes allowed for one JSONL line when notes may be up to `maxSize` bytes. */
export function jsonlLineCap(maxSize: number): number {
  return maxSize * 6 + 64 * 1024;
}

export interface Line {
  /** 1-based line number. */
  n: number;
  /** The line without its line break (and without a trailing CR); undefined when it was over the cap. */
  text?: string;
  /** Byte length of an over-long line (counted, not kept). */
  bytes: number;
}

const LF = 0x0a;

/** Split a byte stream into lines of at most `cap` bytes; longer lines come back without `text`. */
export async function* capLines(input: AsyncIterable<unknown>, cap: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let n = 0;
  const finish = (): Line => {
    n++;
    if (over) {
      const line = { n, bytes: size };
      parts = [];
      size = 0;
      over = false;
      return line;
    }
    const buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = [];
    const bytes = size;
    size = 0;
    let text = buf.toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return { n, text, bytes };
  };
  const add = (chunk: Buffer) => {
    size += chunk.length;
    if (over) return;
    if (size > cap) {
      over = true;
      parts = [];
    } else parts.push(chunk);
  };
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.isBuffer(raw) ? raw : Buffer.from(raw as Uint8Array);
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(LF, start);
      if (nl < 0) {
        if (start < chunk.length) add(chunk.subarray(start));
        break;
      }
      add(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
  }
  if (size > 0 || parts.length || over) yield finish();
}

/** `--stdin-jsonl` tasks: a malformed or over-long line becomes an error result for that line. */
export async function* jsonlTasks(stdin: AsyncIterable<unknown>, maxSize: number): AsyncGenerator<Task> {
  const cap = jsonlLineCap(maxSize);
  for await (const l of capLines(stdin, cap)) {
    const n = l.n;
    if (l.text === undefined) {
      yield { source: `line ${n}`, error: `line ${n}: line of ${formatSize(l.bytes)} is longer than the ${formatSize(cap)} allowed for --max-size ${formatSize(maxSize)}; not checked` };
      continue;
    }
    const line = n === 1 ? l.text.replace(/^\ufeff/, '') : l.text; // a BOM from Windows tools
    if (!line.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      yield { source: `line ${n}`, error: `line ${n}: not valid JSON` };
      continue;
    }
    const o = obj as { id?: unknown; text?: unknown };
    const hasId = typeof o?.id === 'string' || typeof o?.id === 'number';
    const id = hasId ? String(o.id) : `line ${n}`;
    const where = `line ${n}: `;
    if (typeof o?.text !== 'string') yield { source: id, error: `${where}expected {"id": "...", "text": "..."}` };
    else if (!o.text.trim()) yield { source: id, error: `${where}empty note` };
    else yield { source: id, text: o.text };
  }
}
