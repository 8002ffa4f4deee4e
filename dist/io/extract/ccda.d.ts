import { type Locator } from './types.js';
/** Refuse DTDs: no entity is expanded and no external resource fetched, ever. */
export declare function rejectDoctype(xml: string): void;
/** True when decoded text is a CDA document (root element ClinicalDocument, any prefix). */
export declare function looksCcda(head: string): boolean;
export interface CcdaResult {
    /** Text from the structured body. */
    text?: string;
    locators?: Locator[];
    /** A non-XML body: bytes and media type, for the caller to extract. */
    data?: {
        bytes: Uint8Array;
        mediaType: string;
    };
}
/** Extract a C-CDA document. */
export declare function ccdaToText(xml: string): Promise<CcdaResult>;
