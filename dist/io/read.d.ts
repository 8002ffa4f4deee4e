import { type ExtractItem, type NoteFormat } from './extract/index.js';
export { decodeBytes, looksBinary } from './decode.js';
/** Default `--max-size`: 5 MB (binary megabytes, 5 × 1024 × 1024 bytes). */
export declare const DEFAULT_MAX_SIZE: number;
/** Why a read failed, for callers that treat some failures differently (exit codes, summaries). */
export type ReadFailure = 'missing' | 'permission' | 'directory' | 'too-large' | 'binary' | 'empty' | 'unreadable';
export type ReadResult = {
    ok: true;
    text: string;
    warnings: string[];
} | {
    ok: false;
    message: string;
    reason: ReadFailure;
};
export interface ReadOptions {
    /** Largest accepted input in bytes (default {@link DEFAULT_MAX_SIZE}). */
    maxSize?: number;
    /**
     * The caller has just seen a regular file at this path (a folder walk's directory entry): open it without
     * a `stat` first. Never needed for correctness; anything else found there is still refused or explained.
     */
    regular?: boolean;
}
export { formatSize, parseSize, sizeMessage } from './size.js';
/**
 * Turn the raw bytes of a note into text, applying the binary and empty checks (not the size check:
 * callers check size before buffering). Decoding is {@link decodeBytes}: UTF-8 (byte-order mark
 * dropped, so columns match what editors show), UTF-16 with or without a byte-order mark, and
 * Windows-1252 when the bytes are not UTF-8 (with a warning).
 */
export declare function decodeNote(buf: Uint8Array): ReadResult;
/**
 * The checks that apply to text that arrived already decoded (e.g. a `--stdin-jsonl` line):
 * empty or whitespace only, and (when `maxSize` is given) the size limit on its UTF-8 length.
 * Returns the failure, or undefined when the text is fine.
 */
export declare function checkText(text: string, opts?: ReadOptions): Extract<ReadResult, {
    ok: false;
}> | undefined;
/** One-line message for a file system error. */
export declare function fsErrorMessage(err: unknown): {
    message: string;
    reason: ReadFailure;
};
export type BytesResult = {
    ok: true;
    bytes: Buffer;
} | {
    ok: false;
    message: string;
    reason: ReadFailure;
};
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
export declare function readBytes(path: string, opts?: ReadOptions): Promise<BytesResult>;
/**
 * Read a note file as plain text (no format extraction). Never throws for problems a user can cause;
 * each becomes `{ ok: false, message }`. Works for regular files and for FIFOs / character devices.
 */
export declare function readNote(path: string, opts?: ReadOptions): Promise<ReadResult>;
export type DocumentResult = {
    ok: true;
    format: NoteFormat;
    items: ExtractItem[];
}
/** `skip`: the file is not a note at all (JSON that is not FHIR, XML that is not C-CDA). */
 | {
    ok: false;
    message: string;
    reason: ReadFailure | 'format' | 'skip';
};
/**
 * Read a file and extract the note(s) in it (docs/formats.md): text in any supported encoding, RTF, PDF,
 * DOCX, HTML, HL7 v2, FHIR R4 JSON, C-CDA. Never throws for problems a user can cause.
 */
export declare function readDocument(path: string, opts?: ReadOptions): Promise<DocumentResult>;
/** Extract the note(s) from bytes already in hand (a file, stdin); `name` gives the extension fallback. */
export declare function extractBytes(bytes: Uint8Array, name: string, opts?: ReadOptions): Promise<DocumentResult>;
/**
 * Read a whole stream (normally `process.stdin`) as one note, with the same checks as `readNote`.
 * Past the limit the rest of the stream is drained (not kept) so the message can give the real size.
 */
export declare function readStdin(stream: AsyncIterable<unknown>, opts?: ReadOptions): Promise<ReadResult>;
/** Read a whole stream's bytes (for {@link extractBytes}), with the size limit of `readStdin`. */
export declare function readStdinBytes(stream: AsyncIterable<unknown>, opts?: ReadOptions): Promise<BytesResult>;
