export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export interface Decoded {
    /** The decoded text, without a byte-order mark. */
    text: string;
    /** Plain-words notes for the user, e.g. "read as Windows-1252 (not UTF-8)". */
    warnings: string[];
    /** What the bytes were read as. */
    encoding: TextEncodingName;
}
/** The warning given when a note is read as Windows-1252. */
export declare const CP1252_WARNING = "read as Windows-1252 (not UTF-8)";
/** Windows-1252 code points for bytes 0x80–0x9F (undefined bytes become U+FFFD); the rest is Latin-1. */
export declare const CP1252_HIGH: readonly number[];
/** Windows-1252 by table (the fallback, and the reference the tests hold `iconv-lite` to). */
export declare function decodeCp1252Table(buf: Uint8Array): string;
/** Windows-1252 via `iconv-lite`, or the table when the package is not there. */
export declare function decodeCp1252(buf: Uint8Array): string;
/**
 * True when the bytes look like a binary file: a NUL byte, or more than 10% control characters
 * (other than tab, newline, carriage return, form feed, vertical tab, escape) in the first 8 KB.
 * UTF-16 text (with a byte-order mark, or sniffed from its NUL pattern) is not binary.
 */
export declare function looksBinary(buf: Uint8Array): boolean;
/**
 * UTF-16 without a byte-order mark: text in the Latin range has a NUL in every other byte (odd offsets
 * for little-endian, even for big-endian) and almost none in the others. Looks at the first 4 KB.
 */
export declare function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined;
/** True when every byte is ASCII (the common case: no scan, no decoder choice). */
export declare function isAscii(buf: Uint8Array): boolean;
/**
 * The plain-text fast path: ASCII bytes with no NUL are neither UTF-16 nor binary by a NUL, and when their
 * first 8 KB hold no control character either they cannot look binary: the text, or undefined when the
 * full tests must decide. Same answer as `sniffUtf16` + `looksBinary` + `decodeBytes` for such bytes.
 */
export declare function plainAsciiText(buf: Uint8Array): string | undefined;
/**
 * Decode a note's bytes. Order: UTF-16 (byte-order mark, then NUL pattern), UTF-8 (byte-order mark
 * dropped), Windows-1252 when the bytes are not UTF-8 and hold no well-formed UTF-8 character, else
 * UTF-8 with U+FFFD for the bad bytes and a warning counting them.
 */
export declare function decodeBytes(buf: Uint8Array): Decoded;
/**
 * Bytes in a Windows / DOS code page (RTF `\ansicpg`, HL7 MSH-18): 1252 by table when `iconv-lite` is
 * missing; other code pages need it and fall back to Latin-1.
 */
export declare function decodeCodePage(buf: Uint8Array, codePage: number): string;
