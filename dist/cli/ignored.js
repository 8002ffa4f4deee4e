/**
 * `--stdin-filename <name>` names the note read from stdin; like ESLint's option of that name, the name
 * is matched against the ignore rules (`--ignore`, the config's `ignore`, `.oplintignore` in the working
 * directory and in each folder between it and the name), so an editor integration piping an ignored file
 * gets no report for it. Same gitignore semantics as the folder walk.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { IGNORE_FILE } from '../io/discover.js';
function rulesIn(dir) {
    try {
        return readFileSync(join(dir, IGNORE_FILE), 'utf8');
    }
    catch {
        return undefined;
    }
}
const posix = (p) => (sep === '/' ? p : p.split(sep).join('/'));
const inside = (rel) => rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
export function isNameIgnored(name, patterns, cwdIn) {
    const cwd = resolve(cwdIn);
    const abs = resolve(cwd, name);
    const fromCwd = relative(cwd, abs);
    if (patterns.length && inside(fromCwd) && ignore().add(patterns).ignores(posix(fromCwd)))
        return true;
    if (!inside(fromCwd))
        return false; // outside the working directory: no rule there applies
    // .oplintignore files from cwd down to the name's folder, each relative to its own folder
    let dir = cwd;
    const parts = fromCwd.split(sep).slice(0, -1);
    for (let i = 0; i <= parts.length; i++) {
        const text = rulesIn(dir);
        if (text !== undefined) {
            const rel = relative(dir, abs);
            if (inside(rel) && ignore().add(text).ignores(posix(rel)))
                return true;
        }
        if (i < parts.length)
            dir = join(dir, parts[i]);
    }
    return false;
}
