/**
 * HL7 v2 messages → note text, with a small parser (no dependency; docs/formats.md says why).
 *
 * Segments split on CR, LF or CRLF; delimiters from MSH-1 (field) and MSH-2 (component, repetition,
 * escape, subcomponent); a file may hold several messages (each `MSH` starts one; `FHS`/`BHS`/`BTS`/`FTS`
 * batch wrappers are passed over), and each gives one note. The note is OBX-5 of the `TX`, `FT` and `ST`
 * segments in order (one line per segment, one per repetition), with every escape sequence turned back
 * into text: `\F\ \S\ \T\ \R\ \E\`, `\Xhh…\` (bytes), `\.br\` and `\.sp n\` (line breaks), and the other
 * formatting commands (`\.in`, `\.ti`, `\.sk`, `\.fi`, `\.nf`, `\.ce`, `\H\`, `\N\`, `\Cxxyy\`, `\Mxxyyzz\`,
 * `\Zxx\`) dropped. An `ED` value (`^type^subtype^Base64^data`) is decoded and handed back to the caller
 * to extract as the PDF / RTF / HTML / text it holds.
 */
export interface Hl7Delimiters {
    field: string;
    component: string;
    repetition: string;
    escape: string;
    subcomponent: string;
}
/** One OBX value: text lines, or embedded data (ED) to extract. */
export type Hl7Part = {
    kind: 'text';
    lines: string[];
    segment: number;
} | {
    kind: 'data';
    bytes: Uint8Array;
    subtype: string;
    segment: number;
};
export interface Hl7Message {
    /** 1-based order of the message in the file. */
    index: number;
    /** MSH-9, e.g. "MDM^T02". */
    type: string;
    parts: Hl7Part[];
    /** Value types found in OBX-2 that hold no text we read (CE, NM, ...), for the "no OBX text" message. */
    otherTypes: string[];
    /** Count of OBX segments. */
    obx: number;
}
/** True when text starts like an HL7 v2 message or batch. */
export declare function looksHl7(head: string): boolean;
/** Delimiters from an MSH (or FHS/BHS) segment's first characters. */
export declare function delimitersOf(segment: string): Hl7Delimiters;
/**
 * Turn an escaped HL7 value back into text. `\Xhh…\` bytes are read as UTF-8 when they form it, else
 * Windows-1252 (what senders mean in practice).
 */
export declare function unescapeHl7(value: string, d: Hl7Delimiters): string;
/** Parse every message in a file. */
export declare function parseHl7(text: string): Hl7Message[];
