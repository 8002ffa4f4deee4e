/** True when the bytes (or decoded text) start like an RTF document. */
export declare function looksRtf(head: string): boolean;
/**
 * Extract the text of an RTF document given as a string of its bytes (Latin-1 / "binary" string, so
 * `\'xx` bytes and 8-bit characters are decoded here in the document's code page).
 */
export declare function rtfToText(src: string): string;
