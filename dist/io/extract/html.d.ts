/** True when decoded text starts like an HTML document or fragment. */
export declare function looksHtml(head: string): boolean;
/** Extract the text of an HTML document. */
export declare function htmlToText(html: string): Promise<string>;
