/**
 * Reading one note (a file or a stream) into text, with the input checks every path shares:
 * unreadable, directory, over the size limit, binary, empty, invalid UTF-8.
 *
 * Nothing here prints or exits: each read resolves to a value whose failure message is one line,
 * ready to become an `error` result.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Default `--max-size`: 5 MB (binary megabytes, 5 × 1024 × 1024 bytes). */
export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

/** Why a read failed, for callers that treat some failures differently (exit codes, summaries). */
export type ReadFailure = 'missing' | 'permission' | 'directory' | 'too-large' | 'binary' | 'empty' | 'unreadable';

export type ReadResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; message: string; reason: ReadFailure };

export interface ReadOptions {
  /** Largest accepted input in bytes (default {@link DEFAULT_MAX_SIZE}). */
  maxSize?: number;
}

const MiB = 1024 * 1024;
const KiB = 1024;

/** Human size: "7.2 MB", "500 KB", "12 bytes" (binary units, like `--max-size`). */
export function formatSize(bytes: number, digits = 1): string {
  const fmt = (v: number): string => {
    const s = v.toFixed(digits);
    return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  };
  if (bytes >= MiB) return `${fmt(bytes / MiB)} MB`;
  if (bytes >= KiB) return `${fmt(bytes / KiB)} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** The over-limit message; shows more digits when one decimal would print the same figure as the limit. */
export function sizeMessage(what: string, size: number, maxSize: number): string {
  const limit = formatSize(maxSize);
  let shown = formatSize(size);
  if (shown === limit) shown = formatSize(size, 3);
  if (shown === limit) shown = `${size} bytes`;
  return `${what} is ${shown}, over the ${limit} limit (--max-size)`;
}

/**
 * Parse a size option: "5MB", "5 mb", "500k", "500KB", "1.5M", "1048576" (bytes), "2g".
 * Units are binary (k = 1024). Throws `RangeError` with a one-line message on anything else.
 */
export function parseSize(input: string | number): number {
  if (typeof input === 'number') {
    if (Number.isFinite(input) && input > 0) return Math.floor(input);
    throw new RangeError(`invalid size ${String(input)}: expected a positive number of bytes`);
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(input);
  if (!m) throw new RangeError(`invalid size "${input}": use bytes or a unit, e.g. 500k, 5MB`);
  const n = Number(m[1]);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? KiB : unit === 'm' ? MiB : unit === 'g' ? 1024 * MiB : 1;
  const bytes = Math.floor(n * mult);
  if (bytes <= 0) throw new RangeError(`invalid size "${input}": must be more than 0 bytes`);
  return bytes;
}

/** How many leading bytes the binary sniffing looks at. */
const SNIFF = 8192;

/**
 * True when the bytes look like a binary file: a NUL byte, or more than 10% control characters
 * (other than tab, newline, carriage return, form feed, vertical tab, escape) in the first 8 KB.
 * UTF-16 text with a byte-order mark is not binary (it is decoded instead).
 */
export function looksBinary(buf: Uint8Array): boolean {
  if (utf16Encoding(buf)) return false;
  const n = Math.min(buf.length, SNIFF);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) || b === 0x7f) {
      control++;
    }
  }
  return control / n > 0.1;
}

function utf16Encoding(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Count of U+FFFD already present (encoded as EF BF BD) in UTF-8 bytes, so only replacements are reported. */
function literalReplacementChars(buf: Uint8Array): number {
  let count = 0;
  for (let i = buf.indexOf(0xef); i !== -1 && i + 2 < buf.length; i = buf.indexOf(0xef, i + 1)) {
    if (buf[i + 1] === 0xbf && buf[i + 2] === 0xbd) count++;
  }
  return count;
}

function countChar(text: string, ch: string): number {
  let count = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) count++;
  return count;
}

/**
 * Turn the raw bytes of a note into text, applying the binary, UTF-8 and empty checks (not the size
 * check: callers check size before buffering). A UTF-8 byte-order mark is dropped, so columns match
 * what editors show; UTF-16 with a byte-order mark (Windows "Unicode" exports) is decoded.
 */
export function decodeNote(buf: Uint8Array): ReadResult {
  const warnings: string[] = [];
  let text: string;
  const utf16 = utf16Encoding(buf);
  if (utf16) {
    text = new TextDecoder(utf16).decode(buf);
  } else {
    if (looksBinary(buf)) return { ok: false, reason: 'binary', message: 'binary file, skipped' };
    text = new TextDecoder('utf-8').decode(buf);
    const replaced = countChar(text, '\uFFFD') - literalReplacementChars(buf);
    if (replaced > 0) {
      warnings.push(`invalid UTF-8 replaced with U+FFFD at ${replaced} place${replaced === 1 ? '' : 's'}`);
    }
  }
  const empty = checkText(text);
  if (empty) return empty;
  return { ok: true, text, warnings };
}

/**
 * The checks that apply to text that arrived already decoded (e.g. a `--stdin-jsonl` line):
 * empty or whitespace only, and (when `maxSize` is given) the size limit on its UTF-8 length.
 * Returns the failure, or undefined when the text is fine.
 */
export function checkText(text: string, opts: ReadOptions = {}): Extract<ReadResult, { ok: false }> | undefined {
  if (opts.maxSize !== undefined) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > opts.maxSize) return { ok: false, reason: 'too-large', message: sizeMessage('note', size, opts.maxSize) };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty', message: 'empty note' };
  return undefined;
}

/** One-line message for a file system error. */
export function fsErrorMessage(err: unknown): { message: string; reason: ReadFailure } {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { reason: 'missing', message: 'no such file or directory' };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'permission', message: 'permission denied' };
    case 'EISDIR':
      return { reason: 'directory', message: 'is a directory' };
    case 'ELOOP':
      return { reason: 'unreadable', message: 'too many levels of symbolic links' };
    default:
      return { reason: 'unreadable', message: `cannot read file (${code ?? (err as Error)?.message ?? 'unknown error'})` };
  }
}

/**
 * Read a note file. Never throws for problems a user can cause; each becomes `{ ok: false, message }`.
 * Works for regular files and for FIFOs / character devices (read up to the limit).
 */
export async function readNote(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  // Regular files are read synchronously: each note is small and the checker is CPU-bound, so one
  // thread-pool round trip per syscall only adds latency. Pipes and devices take the async path below.
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: 'directory', message: 'is a directory' };
    if (st.isFile()) {
      if (st.size > maxSize) return { ok: false, reason: 'too-large', message: sizeMessage('file', st.size, maxSize) };
      const buf = readFileSync(fd);
      if (buf.length > maxSize) return { ok: false, reason: 'too-large', message: sizeMessage('file', buf.length, maxSize) };
      return decodeNote(buf);
    }
  } catch (err) {
    return { ok: false, ...fsErrorMessage(err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    return { ok: false, ...fsErrorMessage(err) };
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) return { ok: false, reason: 'directory', message: 'is a directory' };
    if (st.isFile()) {
      if (st.size > maxSize) return { ok: false, reason: 'too-large', message: sizeMessage('file', st.size, maxSize) };
      const buf = await handle.readFile();
      // The file may have grown between stat and read.
      if (buf.length > maxSize) return { ok: false, reason: 'too-large', message: sizeMessage('file', buf.length, maxSize) };
      return decodeNote(buf);
    }
    // Pipes and devices have no size up front: read in chunks and stop counting past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxSize) return { ok: false, reason: 'too-large', message: `input is over the ${formatSize(maxSize)} limit (--max-size)` };
      chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
    }
    return decodeNote(Buffer.concat(chunks));
  } catch (err) {
    return { ok: false, ...fsErrorMessage(err) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Read a whole stream (normally `process.stdin`) as one note, with the same checks as `readNote`.
 * Past the limit the rest of the stream is drained (not kept) so the message can give the real size.
 */
export async function readStdin(stream: AsyncIterable<unknown>, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const c of stream) {
      const buf = typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c as Uint8Array);
      total += buf.length;
      if (total <= maxSize) chunks.push(buf);
      else chunks.length = 0;
    }
  } catch (err) {
    return { ok: false, ...fsErrorMessage(err) };
  }
  if (total > maxSize) return { ok: false, reason: 'too-large', message: sizeMessage('stdin', total, maxSize) };
  return decodeNote(Buffer.concat(chunks));
}
