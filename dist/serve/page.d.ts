/**
 * The served page: a paste box, a code selector, optional claim lines and a Check button; the result is
 * rendered by the report's own renderer (src/format/html/render.ts). The form posts to /check and works with
 * JS off (the answer is the whole page again); with JS the script posts it in the background and inserts
 * the result, keeping the pasted text in place.
 */
import type { NoteResult } from '../types.js';
export interface FormValues {
    text: string;
    code: string;
    claim: string;
}
/** The result of one pasted note, as an HTML fragment (what /check?fragment=1 answers). */
export declare function resultFragment(results: NoteResult[], text: string): string;
/** An error message as a fragment. */
export declare function errorFragment(message: string): string;
/** The whole page, optionally with the form filled in and a result (or error) below it. */
export declare function fullPage(o: {
    version: string;
    values?: FormValues;
    result?: string;
}): string;
