import { type Locator } from './types.js';
export declare function looksPdf(buf: Uint8Array): boolean;
/** Extract the text of a PDF, one page after another. */
export declare function pdfToText(buf: Uint8Array): Promise<{
    text: string;
    locators: Locator[];
    pages: number;
}>;
