import { type ExtractContext, type ExtractItem, type NoteFormat } from './types.js';
export { ExtractError, type ExtractItem, type ExtractedNote, type Locator, type NoteFormat } from './types.js';
export interface Extracted {
    /** What the file was read as. */
    format: NoteFormat;
    items: ExtractItem[];
}
/**
 * Extract the notes in a file's bytes. Throws `ExtractError` (one line) when the file cannot be read.
 */
export declare function extract(buf: Uint8Array, opts: {
    name?: string;
    maxSize: number;
    depth?: number;
}): Promise<Extracted>;
/** The note text of a plain-text file is kept exactly as decoded (no tidying): line:column match the file. */
export type { ExtractContext };
