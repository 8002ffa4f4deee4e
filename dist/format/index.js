/**
 * Formatter registry: `--format <name>` → factory. Every formatter follows the streaming interface in
 * `./types.ts` (begin, result per note in input order, end).
 */
import { createCsvFormatter } from './csv.js';
import { createGithubFormatter } from './github.js';
import { createHtmlFormatter } from './html.js';
import { createJsonFormatter } from './json.js';
import { createJsonlFormatter } from './jsonl.js';
import { createJunitFormatter } from './junit.js';
import { createMarkdownFormatter } from './markdown.js';
import { createPrettyFormatter } from './pretty.js';
import { createSarifFormatter } from './sarif.js';
const REGISTRY = {
    pretty: createPrettyFormatter,
    json: createJsonFormatter,
    jsonl: createJsonlFormatter,
    sarif: createSarifFormatter,
    junit: createJunitFormatter,
    csv: createCsvFormatter,
    markdown: createMarkdownFormatter,
    github: createGithubFormatter,
    html: createHtmlFormatter,
};
/** Every accepted `--format` value, in the order the help text lists them. */
export const FORMAT_NAMES = Object.keys(REGISTRY);
export function isFormatName(name) {
    return Object.prototype.hasOwnProperty.call(REGISTRY, name);
}
/** The factory for a format name, or undefined for an unknown name (the CLI reports a usage error). */
export function getFormatter(name) {
    return isFormatName(name) ? REGISTRY[name] : undefined;
}
