/**
 * `-o, --output <file>`: a report is never lost, torn or mixed with another run's.
 *
 * - Missing parent folders are created.
 * - A regular file (or a path that does not exist yet) is written to a temporary file beside it
 *   (`.<name>.<pid>-<random>.tmp`, same folder so the rename stays on one file system), flushed to disk,
 *   then renamed over the target: a reader sees the previous report or the whole new one, never half of
 *   one. Two runs writing the same path each rename a whole file; the last one to finish wins.
 *   A symbolic link is followed, so the report replaces the file it points to, not the link.
 * - Anything else that exists (a device such as /dev/stdout or /dev/full, a FIFO) is written directly:
 *   renaming over it would replace the device node.
 * - Any write error (ENOSPC, EIO, EACCES, EROFS, ...) surfaces as an {@link OutputError} with a one-line
 *   message, and the temporary file is removed.
 * - {@link removePendingOutputs} removes the temporary files of reports still being written; bin/ calls it
 *   on SIGINT / SIGTERM before exiting, so the previous report stays byte-identical.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, createWriteStream, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
/** A report that could not be written. The CLI prints the message on one line and exits 2. */
export class OutputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OutputError';
    }
}
const REASONS = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EIO: 'input/output error',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOTDIR: 'a part of the path is not a folder',
    EISDIR: 'is a folder',
    EEXIST: 'a part of the path exists and is not a folder',
    ENAMETOOLONG: 'name too long',
    EMFILE: 'too many open files',
};
function reason(err) {
    const e = err;
    const code = e?.code;
    if (code && REASONS[code])
        return `${REASONS[code]} (${code})`;
    return code ?? String(e?.message ?? err).split('\n')[0];
}
/** Temporary files of reports being written, removed on a signal. */
const pending = new Set();
/** Remove every temporary report file still open (synchronous: safe in a signal handler). Returns how many. */
export function removePendingOutputs() {
    let n = 0;
    for (const tmp of pending) {
        try {
            unlinkSync(tmp);
            n++;
        }
        catch {
            /* already gone */
        }
    }
    pending.clear();
    return n;
}
/**
 * Open `target` (absolute) for a report; `shown` is the path as the user typed it, for messages.
 * Throws OutputError when the folder cannot be created or the file cannot be opened.
 */
export async function openReportFile(target, shown = target) {
    const fail = (what, err) => new OutputError(`--output: cannot ${what} ${shown}: ${reason(err)}`);
    let real = target;
    let direct = false;
    let mode;
    try {
        const st = statSync(target);
        if (st.isDirectory())
            throw new OutputError(`--output: ${shown} is a folder; name a file`);
        if (st.isFile()) {
            real = realpathSync(target);
            mode = st.mode & 0o7777;
        }
        else
            direct = true; // a device, FIFO or socket: write to it as it is
    }
    catch (err) {
        if (err instanceof OutputError)
            throw err;
        if (err.code !== 'ENOENT')
            throw fail('write', err);
        try {
            mkdirSync(dirname(target), { recursive: true });
        }
        catch (e) {
            throw fail('create the folder for', e);
        }
    }
    const tmp = direct ? target : join(dirname(real), `.${basename(real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    let fd;
    try {
        fd = openSync(tmp, direct ? 'w' : 'wx', mode ?? 0o666);
    }
    catch (err) {
        throw fail('write', err);
    }
    if (!direct)
        pending.add(tmp);
    // results come in chunks of about 64 KB (ChunkedWriter): room for a few, so checking goes on while they are written
    const stream = createWriteStream('', { fd, autoClose: false, highWaterMark: 4 * CHUNK_CHARS });
    let error;
    stream.on('error', (err) => {
        error ??= fail('write', err);
    });
    let closed = false;
    const close = () => {
        if (closed)
            return;
        closed = true;
        try {
            closeSync(fd);
        }
        catch {
            /* closed */
        }
    };
    const removeTmp = () => {
        if (direct)
            return;
        pending.delete(tmp);
        try {
            unlinkSync(tmp);
        }
        catch {
            /* gone */
        }
    };
    return {
        stream,
        get error() {
            return error;
        },
        async commit() {
            if (!error && !stream.destroyed) {
                await new Promise((res) => {
                    stream.once('error', () => res());
                    stream.end(() => res());
                });
            }
            if (!error) {
                try {
                    if (!direct)
                        fsyncSync(fd);
                }
                catch (err) {
                    error = fail('write', err);
                }
            }
            close();
            if (!error && !direct) {
                try {
                    renameSync(tmp, real);
                    pending.delete(tmp);
                }
                catch (err) {
                    error = fail('write', err);
                }
            }
            if (error) {
                removeTmp();
                throw error;
            }
        },
        abort() {
            stream.destroy();
            close();
            removeTmp();
        },
    };
}
// ---------------------------------------------------------------------------------------------------------
// Chunked writes.
/** Buffered text is written once it reaches this many characters... */
export const CHUNK_CHARS = 64 * 1024;
/** ...or once its oldest part has waited this long (ms), so a long run's results still appear as they come. */
export const FLUSH_MS = 100;
/** Writers whose text would be lost on a signal (a terminal, a pipe); flushed by {@link flushBufferedOutputs}. */
const live = new Set();
/** Write out every registered writer's buffered text (synchronous for files, pipes and terminals on POSIX). */
export function flushBufferedOutputs() {
    for (const w of live)
        w.flush();
}
/**
 * Report text gathered into chunks of about 64 KB: one write (one system call for stdout) per chunk instead
 * of one per note. Text is written at the latest {@link FLUSH_MS} after it was added: checked on every
 * `write` (a busy event loop) and by a timer (an idle one, e.g. waiting for worker threads). Only whole
 * pieces are buffered, so what a flush writes always ends where a note's text ends.
 */
export class ChunkedWriter {
    sink;
    opts;
    parts = [];
    size = 0;
    since = 0;
    timer;
    /**
     * @param sink writes one chunk and returns the stream's `write()` answer (false: wait for 'drain').
     * @param opts.onSignal flush this writer when the process is stopped by a signal (see flushBufferedOutputs).
     */
    constructor(sink, opts = {}) {
        this.sink = sink;
        this.opts = opts;
        if (opts.onSignal)
            live.add(this);
    }
    /** Add text; returns false when a flush it caused was told to wait for 'drain'. */
    write(text) {
        if (!text)
            return true;
        const now = performance.now();
        if (this.size === 0) {
            this.since = now;
            this.timer ??= setTimeout(() => {
                this.timer = undefined;
                this.flush();
            }, this.opts.interval ?? FLUSH_MS).unref();
        }
        this.parts.push(text);
        this.size += text.length;
        if (this.size >= (this.opts.chunk ?? CHUNK_CHARS) || now - this.since >= (this.opts.interval ?? FLUSH_MS))
            return this.flush();
        return true;
    }
    /** Write out what is buffered; returns the stream's answer (true when there was nothing to write). */
    flush() {
        if (this.timer) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
        if (this.size === 0)
            return true;
        const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
        this.parts = [];
        this.size = 0;
        return this.sink(text);
    }
    /** Flush and stop (no timer left behind, no signal flush). */
    close() {
        const ok = this.flush();
        live.delete(this);
        return ok;
    }
    /** Drop what is buffered (the report is being abandoned). */
    discard() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
        this.parts = [];
        this.size = 0;
        live.delete(this);
    }
}
