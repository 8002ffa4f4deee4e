/**
 * Reading one note (a file or a stream) into text, with the input checks every path shares:
 * unreadable, directory, over the size limit, binary, empty, invalid UTF-8.
 *
 * Nothing here prints or exits: each read resolves to a value whose failure message is one line,
 * ready to become an `error` result.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { decodeBytes, looksBinary, sniffUtf16 } from './decode.js';
import { ExtractError, extract } from './extract/index.js';
export { decodeBytes, looksBinary } from './decode.js';
/** Default `--max-size`: 5 MB (binary megabytes, 5 × 1024 × 1024 bytes). */
export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;
export { formatSize, parseSize, sizeMessage } from './size.js';
import { formatSize, sizeMessage } from './size.js';
/**
 * Turn the raw bytes of a note into text, applying the binary and empty checks (not the size check:
 * callers check size before buffering). Decoding is {@link decodeBytes}: UTF-8 (byte-order mark
 * dropped, so columns match what editors show), UTF-16 with or without a byte-order mark, and
 * Windows-1252 when the bytes are not UTF-8 (with a warning).
 */
export function decodeNote(buf) {
    if (!sniffUtf16(buf) && looksBinary(buf))
        return { ok: false, reason: 'binary', message: 'binary file, skipped' };
    const { text, warnings } = decodeBytes(buf);
    const empty = checkText(text);
    if (empty)
        return empty;
    return { ok: true, text, warnings };
}
/**
 * The checks that apply to text that arrived already decoded (e.g. a `--stdin-jsonl` line):
 * empty or whitespace only, and (when `maxSize` is given) the size limit on its UTF-8 length.
 * Returns the failure, or undefined when the text is fine.
 */
export function checkText(text, opts = {}) {
    if (opts.maxSize !== undefined) {
        const size = Buffer.byteLength(text, 'utf8');
        if (size > opts.maxSize)
            return { ok: false, reason: 'too-large', message: sizeMessage('note', size, opts.maxSize) };
    }
    if (text.trim() === '')
        return { ok: false, reason: 'empty', message: 'empty note' };
    return undefined;
}
/** One-line message for a file system error. */
export function fsErrorMessage(err) {
    const code = err?.code;
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
            return { reason: 'unreadable', message: `cannot read file (${code ?? err?.message ?? 'unknown error'})` };
    }
}
/** Read-only and non-blocking: opening a FIFO (or a file swapped for one) never waits for a writer. */
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);
/** Chunk size for inputs whose size is not known up front (pipes, devices, procfs files). */
const CHUNK = 64 * 1024;
const tooLarge = (size, maxSize) => ({ ok: false, reason: 'too-large', message: sizeMessage('file', size, maxSize) });
const overLimit = (maxSize) => ({ ok: false, reason: 'too-large', message: `input is over the ${formatSize(maxSize)} limit (--max-size)` });
/**
 * Read an open regular file whole: `size` bytes as its fstat reported them (the file may shrink meanwhile).
 * A size of 0 is an empty file or one whose size the system does not report (procfs): read to the end,
 * stopping past the limit. Undefined when over the limit.
 */
function readWhole(fd, size, maxSize) {
    if (size > 0) {
        const buf = Buffer.allocUnsafe(size);
        let pos = 0;
        while (pos < size) {
            const n = readSync(fd, buf, pos, size - pos, null);
            if (n === 0)
                break;
            pos += n;
        }
        return pos < size ? buf.subarray(0, pos) : buf;
    }
    const chunks = [];
    let total = 0;
    for (;;) {
        const chunk = Buffer.allocUnsafe(CHUNK);
        const n = readSync(fd, chunk, 0, CHUNK, null);
        if (n === 0)
            break;
        total += n;
        if (total > maxSize)
            return undefined;
        chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
}
/**
 * Open `path` without blocking and, when the descriptor's own fstat says it is a regular file, read it
 * whole: one open, one fstat, one read, one close (what `readFileSync` costs). `{ open: err }` when the open
 * itself failed (the caller decides what that means); a directory or anything that is not a regular file
 * (a FIFO or device swapped in since the caller looked) is refused without a read.
 */
function readRegular(path, maxSize) {
    let fd;
    try {
        fd = openSync(path, OPEN_FLAGS);
    }
    catch (err) {
        return { open: err };
    }
    try {
        const st = fstatSync(fd);
        if (!st.isFile()) {
            if (st.isDirectory())
                return { ok: false, reason: 'directory', message: 'is a directory' };
            return { ok: false, reason: 'unreadable', message: 'file changed into a pipe or device while being read' };
        }
        if (st.size > maxSize)
            return tooLarge(st.size, maxSize);
        const bytes = readWhole(fd, st.size, maxSize);
        return bytes ? { ok: true, bytes } : overLimit(maxSize);
    }
    catch (err) {
        return { ok: false, ...fsErrorMessage(err) };
    }
    finally {
        closeSync(fd);
    }
}
/**
 * Read a file's bytes, up to `maxSize`. Never throws for problems a user can cause.
 *
 * Regular files are read synchronously (each note is small and the checker is CPU-bound, so a thread-pool
 * round trip per syscall only adds latency), opened with O_NONBLOCK so that a file swapped for a FIFO
 * cannot block the thread. With `regular` (the caller has just seen a regular file there: a folder walk)
 * the file is opened straight away and its descriptor's fstat decides: no `stat` first. Otherwise the path
 * is stat'ed first, because a FIFO must be opened exactly once and blocking (a writer that writes once and
 * closes is then read whole): FIFOs and character devices named explicitly (`<(…)`, /dev/stdin) take the
 * async path: one open, then reads in chunks that stop counting past the limit.
 */
export async function readBytes(path, opts = {}) {
    const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
    if (opts.regular) {
        const r = readRegular(path, maxSize);
        // an open that failed (the file went away, was swapped for a socket) is explained by the stat below
        if (!('open' in r))
            return r;
    }
    let st;
    try {
        st = statSync(path);
    }
    catch (err) {
        return { ok: false, ...fsErrorMessage(err) };
    }
    if (st.isDirectory())
        return { ok: false, reason: 'directory', message: 'is a directory' };
    if (st.isSocket())
        return { ok: false, reason: 'unreadable', message: 'is a socket; not read' };
    if (st.isFile()) {
        if (st.size > maxSize)
            return tooLarge(st.size, maxSize);
        const r = readRegular(path, maxSize);
        return 'open' in r ? { ok: false, ...fsErrorMessage(r.open) } : r;
    }
    let handle;
    try {
        handle = await open(path, 'r');
    }
    catch (err) {
        return { ok: false, ...fsErrorMessage(err) };
    }
    try {
        // Pipes and devices have no size up front: read in chunks and stop counting past the limit.
        const chunks = [];
        let total = 0;
        const chunk = Buffer.allocUnsafe(CHUNK);
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > maxSize)
                return overLimit(maxSize);
            chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
        }
        return { ok: true, bytes: Buffer.concat(chunks) };
    }
    catch (err) {
        return { ok: false, ...fsErrorMessage(err) };
    }
    finally {
        await handle.close().catch(() => undefined);
    }
}
/**
 * Read a note file as plain text (no format extraction). Never throws for problems a user can cause;
 * each becomes `{ ok: false, message }`. Works for regular files and for FIFOs / character devices.
 */
export async function readNote(path, opts = {}) {
    const r = await readBytes(path, opts);
    return r.ok ? decodeNote(r.bytes) : r;
}
/**
 * Read a file and extract the note(s) in it (docs/formats.md): text in any supported encoding, RTF, PDF,
 * DOCX, HTML, HL7 v2, FHIR R4 JSON, C-CDA. Never throws for problems a user can cause.
 */
export async function readDocument(path, opts = {}) {
    const r = await readBytes(path, opts);
    if (!r.ok)
        return r;
    return extractBytes(r.bytes, path, opts);
}
/** Extract the note(s) from bytes already in hand (a file, stdin); `name` gives the extension fallback. */
export async function extractBytes(bytes, name, opts = {}) {
    if (bytes.length === 0)
        return { ok: false, reason: 'empty', message: 'empty note' };
    try {
        const { format, items } = await extract(bytes, { name, maxSize: opts.maxSize ?? DEFAULT_MAX_SIZE });
        return { ok: true, format, items };
    }
    catch (err) {
        if (err instanceof ExtractError) {
            if (err.message === 'binary file, skipped')
                return { ok: false, reason: 'binary', message: err.message };
            return { ok: false, reason: err.kind === 'skip' ? 'skip' : 'format', message: err.message };
        }
        const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0];
        return { ok: false, reason: 'format', message: `cannot read file (${msg})` };
    }
}
/**
 * Read a whole stream (normally `process.stdin`) as one note, with the same checks as `readNote`.
 * Past the limit the rest of the stream is drained (not kept) so the message can give the real size.
 */
export async function readStdin(stream, opts = {}) {
    const r = await readStdinBytes(stream, opts);
    return r.ok ? decodeNote(r.bytes) : r;
}
/** Read a whole stream's bytes (for {@link extractBytes}), with the size limit of `readStdin`. */
export async function readStdinBytes(stream, opts = {}) {
    const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
    const chunks = [];
    let total = 0;
    try {
        for await (const c of stream) {
            const buf = typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c);
            total += buf.length;
            if (total <= maxSize)
                chunks.push(buf);
            else
                chunks.length = 0;
        }
    }
    catch (err) {
        return { ok: false, ...fsErrorMessage(err) };
    }
    if (total > maxSize)
        return { ok: false, reason: 'too-large', message: sizeMessage('stdin', total, maxSize) };
    return { ok: true, bytes: Buffer.concat(chunks) };
}
