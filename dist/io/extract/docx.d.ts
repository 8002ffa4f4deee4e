export interface ZipEntry {
    name: string;
    method: number;
    compressedSize: number;
    size: number;
    localOffset: number;
}
/** The central directory of a zip archive. Throws ExtractError for anything that is not a whole zip. */
export declare function zipEntries(buf: Uint8Array): ZipEntry[];
/** Inflate one entry, never producing more than `cap` bytes. */
export declare function inflateEntry(buf: Uint8Array, e: ZipEntry, cap: number): Buffer;
/**
 * Check a DOCX before parsing: a Word body is there, and the XML parts mammoth reads inflate to at most
 * `maxSize` bytes in all.
 */
export declare function checkDocxZip(buf: Uint8Array, maxSize: number): void;
/** Extract the body text of a DOCX. */
export declare function docxToText(buf: Uint8Array, maxSize: number): Promise<string>;
