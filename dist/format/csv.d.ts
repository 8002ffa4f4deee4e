import { type FormatterFactory } from './types.js';
export declare const CSV_COLUMNS: readonly ["source", "code", "element", "status", "message", "line", "column", "evidence"];
export declare const BOM = "\uFEFF";
/** Neutralise a cell that a spreadsheet would evaluate as a formula. */
export declare function safeCell(value: string): string;
export declare const createCsvFormatter: FormatterFactory;
export default createCsvFormatter;
