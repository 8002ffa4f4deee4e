import { createHtmlFormatter } from './html.js';
import type { FormatterFactory } from './types.js';
export type { EndExtra, FormatContext, Formatter, FormatterFactory, RuleMeta } from './types.js';
declare const REGISTRY: {
    pretty: FormatterFactory;
    json: FormatterFactory;
    jsonl: FormatterFactory;
    sarif: FormatterFactory;
    junit: FormatterFactory;
    csv: FormatterFactory;
    markdown: FormatterFactory;
    github: FormatterFactory;
    html: typeof createHtmlFormatter;
};
export type FormatName = keyof typeof REGISTRY;
/** Every accepted `--format` value, in the order the help text lists them. */
export declare const FORMAT_NAMES: FormatName[];
export declare function isFormatName(name: string): name is FormatName;
/** The factory for a format name, or undefined for an unknown name (the CLI reports a usage error). */
export declare function getFormatter(name: string): FormatterFactory | undefined;
