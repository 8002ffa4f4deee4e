/** True when decoded text starts like an HTML document or fragment. */
export declare function looksHtml(head: string): boolean;
/**
 * Extract the text of an HTML document. `paragraphBreaks: 1` (used for DOCX) reads each paragraph as one
 * line and an empty paragraph as a blank line, as Word's own "Save as plain text" does; the default
 * sets paragraphs apart with a blank line, as a browser shows them.
 */
export declare function htmlToText(html: string, opts?: {
    paragraphBreaks?: 1 | 2;
}): Promise<string>;
