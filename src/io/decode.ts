/**
 * Bytes → text, the way Windows and EHR exports arrive: UTF-8 (with or without a byte-order mark),
 * UTF-16 LE/BE with a byte-order mark, UTF-16 without one (sniffed from where the NUL bytes fall), and
 * Windows-1252 when the bytes are not UTF-8.
 *
 * Windows-1252 goes through `iconv-lite` (loaded on first need), never `TextDecoder('windows-1252')`:
 * on Node 20.18.3+ that decoder maps 0x80–0x9F to C1 control characters instead of – ’ “ ” €
 * (nodejs/node#60888), so "4–6 weeks" written as byte 0x96 would lose its dash. A 32-entry table of the
 * same range stands in when `iconv-lite` cannot be loaded (a single-file build); a test keeps the two equal.
 *
 * Pure: no I/O, no printing. `decodeBytes` is what `checkNote(Buffer)` and the file readers share.
 */
import * as nodeBuffer from 'node:buffer';
import { createRequire } from 'node:module';

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
export const CP1252_WARNING = 'read as Windows-1252 (not UTF-8)';

/** Windows-1252 code points for bytes 0x80–0x9F (undefined bytes become U+FFFD); the rest is Latin-1. */
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** Windows-1252 by table (the fallback, and the reference the tests hold `iconv-lite` to). */
export function decodeCp1252Table(buf: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < buf.length; i += CHUNK) {
    const end = Math.min(buf.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = buf[j]!;
      codes[j - i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

type Iconv = { decode(buf: Uint8Array, encoding: string): string };
let iconv: Iconv | null | undefined;

function loadIconv(): Iconv | null {
  if (iconv === undefined) {
    try {
      iconv = createRequire(import.meta.url)('iconv-lite') as Iconv;
    } catch {
      iconv = null;
    }
  }
  return iconv;
}

/** Windows-1252 via `iconv-lite`, or the table when the package is not there. */
export function decodeCp1252(buf: Uint8Array): string {
  const lib = loadIconv();
  if (lib) return lib.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'windows-1252');
  return decodeCp1252Table(buf);
}

/** One UTF-8 decoder for every note (it keeps no state between `decode` calls without `stream`). */
const UTF8 = new TextDecoder('utf-8');

/** How many leading bytes the binary sniffing looks at. */
const SNIFF = 8192;

/**
 * True when the bytes look like a binary file: a NUL byte, or more than 10% control characters
 * (other than tab, newline, carriage return, form feed, vertical tab, escape) in the first 8 KB.
 * UTF-16 text (with a byte-order mark, or sniffed from its NUL pattern) is not binary.
 */
export function looksBinary(buf: Uint8Array): boolean {
  if (sniffUtf16(buf)) return false;
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

/** UTF-16 from a byte-order mark. */
function bomUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a byte-order mark: text in the Latin range has a NUL in every other byte (odd offsets
 * for little-endian, even for big-endian) and almost none in the others. Looks at the first 4 KB.
 */
export function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const bom = bomUtf16(buf);
  if (bom) return bom;
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs >= 0.4 && evenNul / pairs <= 0.05) return 'utf-16le';
  if (evenNul / pairs >= 0.4 && oddNul / pairs <= 0.05) return 'utf-16be';
  return undefined;
}

/**
 * How the bytes fare as UTF-8: `valid`, or the count of invalid sequences and of well-formed multi-byte
 * characters (a file with real UTF-8 characters and a few bad bytes is damaged UTF-8, not Windows-1252).
 */
function utf8Scan(buf: Uint8Array): { invalid: number; multibyte: number } {
  let invalid = 0;
  let multibyte = 0;
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else {
      invalid++;
      i++;
      continue;
    }
    let cp = b & (0x3f >> need);
    let ok = i + need < n;
    for (let k = 1; ok && k <= need; k++) {
      const c = buf[i + k]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { invalid, multibyte };
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

/** Node's native (SIMD) byte checks where the runtime has them (Node 18.14+); a plain loop otherwise. */
const nativeIsAscii = (nodeBuffer as { isAscii?: (b: Uint8Array) => boolean }).isAscii;
const nativeIsUtf8 = (nodeBuffer as { isUtf8?: (b: Uint8Array) => boolean }).isUtf8;

/** True when every byte is ASCII (the common case: no scan, no decoder choice). */
export function isAscii(buf: Uint8Array): boolean {
  if (nativeIsAscii) return nativeIsAscii(buf);
  for (let i = 0; i < buf.length; i++) if (buf[i]! >= 0x80) return false;
  return true;
}

/** ASCII bytes as a string (what a UTF-8 decoder gives for them, without building a decoder). */
function asciiText(buf: Uint8Array): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
}

/** A control character that counts towards {@link looksBinary} (tab, newlines, form feed, escape do not). */
const BINARY_CONTROL = /[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]/;

/**
 * The plain-text fast path: ASCII bytes with no NUL are neither UTF-16 nor binary by a NUL, and when their
 * first 8 KB hold no control character either they cannot look binary: the text, or undefined when the
 * full tests must decide. Same answer as `sniffUtf16` + `looksBinary` + `decodeBytes` for such bytes.
 */
export function plainAsciiText(buf: Uint8Array): string | undefined {
  if (buf.length === 0 || !isAscii(buf) || Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(0) !== -1) return undefined;
  const text = asciiText(buf);
  return BINARY_CONTROL.test(text.length > SNIFF ? text.slice(0, SNIFF) : text) ? undefined : text;
}

/**
 * Decode a note's bytes. Order: UTF-16 (byte-order mark, then NUL pattern), UTF-8 (byte-order mark
 * dropped), Windows-1252 when the bytes are not UTF-8 and hold no well-formed UTF-8 character, else
 * UTF-8 with U+FFFD for the bad bytes and a warning counting them.
 */
export function decodeBytes(buf: Uint8Array): Decoded {
  const utf16 = sniffUtf16(buf);
  if (utf16) {
    // TextDecoder drops the byte-order mark itself
    return { text: new TextDecoder(utf16).decode(buf), warnings: [], encoding: utf16 };
  }
  if (isAscii(buf)) return { text: asciiText(buf), warnings: [], encoding: 'utf-8' };
  if (nativeIsUtf8?.(buf)) return { text: UTF8.decode(buf), warnings: [], encoding: 'utf-8' };
  const scan = utf8Scan(buf);
  if (scan.invalid === 0) return { text: new TextDecoder('utf-8').decode(buf), warnings: [], encoding: 'utf-8' };
  if (scan.multibyte === 0) return { text: decodeCp1252(buf), warnings: [CP1252_WARNING], encoding: 'windows-1252' };
  const text = new TextDecoder('utf-8').decode(buf);
  const replaced = countChar(text, '\uFFFD') - literalReplacementChars(buf);
  const warnings = replaced > 0 ? [`invalid UTF-8 replaced with U+FFFD at ${replaced} place${replaced === 1 ? '' : 's'}`] : [];
  return { text, warnings, encoding: 'utf-8' };
}

/**
 * Bytes in a Windows / DOS code page (RTF `\ansicpg`, HL7 MSH-18): 1252 by table when `iconv-lite` is
 * missing; other code pages need it and fall back to Latin-1.
 */
export function decodeCodePage(buf: Uint8Array, codePage: number): string {
  if (codePage === 65001) return new TextDecoder('utf-8').decode(buf);
  if (codePage === 1252 || codePage === 0) return decodeCp1252(buf);
  const lib = loadIconv();
  const name = codePage === 10000 ? 'macintosh' : `cp${codePage}`;
  if (lib) {
    try {
      return lib.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), name);
    } catch {
      // unknown code page: fall through to Windows-1252, the usual one
    }
  }
  return decodeCp1252(buf);
}
