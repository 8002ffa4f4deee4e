/** oplint library API. The CLI is a thin shell over these functions. */
export { checkNote, checkNoteAll, validateCode, UsageError } from './check.js';
export { contextOf, assertSpan } from './nlp/context.js';
export { PackError } from './patterns/load.js';
export { loadFamily, loadCodePack, FAMILY } from './rules/pack.js';
export { VERSION } from './version.js';
