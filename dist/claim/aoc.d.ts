/** A malformed or unreadable AOC file. `line` is 1-based in the file (null when not row-specific). */
export declare class AocFileError extends Error {
    readonly file: string;
    readonly line: number | null;
    readonly problem: string;
    constructor(file: string, line: number | null, problem: string);
}
export type AocEditType = '1' | '2' | '3';
export interface AocEdit {
    addOn: string;
    /** null for a row with no specific primary (Type 2 add-ons). */
    primary: string | null;
    editType: AocEditType | null;
    /** ISO dates (YYYY-MM-DD) or null when the file gives none. */
    addOnEffective: string | null;
    addOnDeletion: string | null;
    primaryEffective: string | null;
    primaryDeletion: string | null;
    editEffective: string | null;
    editDeletion: string | null;
    /** 1-based line in the file. */
    line: number;
}
export interface AocData {
    file: string;
    format: 'csv' | 'tsv' | 'text';
    /** add-on code -> its rows, in file order. */
    edits: Map<string, AocEdit[]>;
}
/** What the AOC file says about one add-on on a date. */
export interface AocLookup {
    addOn: string;
    /** Edit type of the rows that apply (null when the file has no edit-type column). */
    editType: AocEditType | null;
    /** Primary codes whose rows apply on the date. */
    primaries: Set<string>;
    /** Rows for the add-on in the file, and how many apply on the date. */
    rows: number;
    activeRows: number;
    asOf: string;
    file: string;
}
/** Parse an AOC date cell: ISO string, null for none, undefined when invalid. */
export declare function parseAocDate(raw: string): string | null | undefined;
/** Parse AOC file text (any accepted layout). `file` is used in error messages. */
export declare function parseAocText(text: string, file: string): AocData;
/** Read and parse an AOC file. Throws AocFileError (unreadable, malformed). */
export declare function loadAocFile(path: string): AocData;
/** ISO date (YYYY-MM-DD, UTC) of a Date. */
export declare function isoDay(d: Date): string;
/** Whether a row applies on `day` (ISO). */
export declare function editApplies(e: AocEdit, day: string): boolean;
/** What the file says about `addOn` on `asOf` (default today); undefined when the add-on is not in the file. */
export declare function aocLookup(data: AocData, addOn: string, asOf?: Date): AocLookup | undefined;
