import { readFileSync, statSync } from 'node:fs';
import { patternStore } from './store.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { yaml } from '../deps.js';
/** A pattern pack that failed to load: names the file, the path inside it and what is wrong. */
export class PackError extends Error {
    file;
    path;
    problem;
    constructor(file, path, problem) {
        super(`${file}${path ? ` at ${path}` : ''}: ${problem}`);
        this.file = file;
        this.path = path;
        this.problem = problem;
        this.name = 'PackError';
    }
}
let override;
/** Lets a bundled binary serve pattern files from embedded assets instead of the file system. */
export function setPatternSource(fn) {
    override = fn;
}
let shippedDir;
/**
 * The shipped `patterns/` folder, beside `dist/` or `src/`: found from this module (dist/patterns/load.js),
 * or from a one-file bundle (dist/cli.bundle.mjs).
 */
export function patternsDir() {
    if (shippedDir)
        return shippedDir;
    const here = dirname(fileURLToPath(import.meta.url));
    const candidates = [resolve(here, '..', '..', 'patterns'), resolve(here, '..', 'patterns')];
    const hasPacks = (d) => {
        try {
            return statSync(join(d, 'packs')).isDirectory();
        }
        catch {
            return false;
        }
    };
    // the folder beside this package's own package.json first: from the bundle (dist/cli.bundle.mjs) the first
    // candidate is the folder above the package, which may hold someone else's "patterns" (a user's override folder
    // beside a checkout)
    const ownPackage = (d) => {
        try {
            return JSON.parse(readFileSync(join(d, '..', 'package.json'), 'utf8')).name === 'oplint';
        }
        catch {
            return false;
        }
    };
    shippedDir = candidates.find((d) => hasPacks(d) && ownPackage(d)) ?? candidates.find(hasPacks) ?? candidates[0];
    return shippedDir;
}
/** The embedded copy of a shipped pattern file (standalone binary), if any. */
export function embeddedPattern(rel) {
    return override?.(rel);
}
/** The text of a pattern file: the first user directory that has it, else the embedded or shipped copy. */
export function readPatternText(rel, dirs = []) {
    for (const d of dirs) {
        const file = join(d, rel);
        let text;
        try {
            text = readFileSync(file, 'utf8');
        }
        catch {
            continue; // not in this directory
        }
        return { text: text.replace(/^\ufeff/, ''), file, overridden: true };
    }
    const embedded = override?.(rel);
    if (embedded !== undefined)
        return { text: embedded, file: `patterns/${rel}`, overridden: false };
    const file = join(patternsDir(), rel);
    try {
        return { text: readFileSync(file, 'utf8'), file, overridden: false };
    }
    catch (err) {
        throw new PackError(file, '', `cannot read pattern file (${err.code ?? 'error'})`);
    }
}
export function parsePack(text, file, schemaArg) {
    const schema = typeof schemaArg === 'function' ? schemaArg() : schemaArg;
    let data;
    try {
        data = yaml().parse(text);
    }
    catch (err) {
        const msg = (err.message.split('\n')[0] ?? '').replace(/:\s*$/, '');
        throw new PackError(file, '', `invalid YAML: ${msg}`);
    }
    const res = schema.safeParse(data);
    if (!res.success) {
        const issue = res.error.issues[0];
        const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
        throw new PackError(file, path || '(root)', issue.message);
    }
    return res.data;
}
/**
 * Validated data of a pattern file (relative to the patterns folder), from the pattern store of these
 * directories: every file is validated when the store is built, with the schema of its kind. `schema` is
 * kept for callers' type inference only.
 */
export function loadPack(rel, schema, dirs = []) {
    void schema;
    return patternStore(dirs).data(rel);
}
/** The file a pack comes from, as messages should name it: the user's folder, or `patterns/<rel>`. */
export function packFile(rel, dirs = []) {
    return patternStore(dirs).fileOf(rel);
}
export { clearPatternStores as clearPackCache, disableBuiltCache } from './store.js';
