/**
 * Turning command-line path arguments into the list of notes to check.
 *
 * - A file named explicitly is always taken, whatever its extension (pre-commit passes file names).
 * - `-` is stdin (yielded once, where it appears).
 * - A directory is walked recursively in sorted (code point) order, keeping files whose extension is in
 *   `extensions`, skipping hidden files and folders and `node_modules`, and never entering the same
 *   real directory twice (so symlink cycles end).
 * - Ignore rules (gitignore syntax, via the `ignore` package): `opts.ignore` (from `--ignore` and the
 *   config, relative to `cwd`), `.oplintignore` in `cwd`, and `.oplintignore` in every scanned directory
 *   (relative to that directory, like nested `.gitignore` files). They also apply to files named
 *   explicitly; those are yielded as `{ kind: 'ignored' }` so the CLI can say why nothing was checked.
 * - A literal argument that does not exist but contains glob characters (`*`, `?`, `[`) is matched as a
 *   glob from its static prefix (shells that do not expand globs, e.g. Windows cmd or quoted arguments).
 * - Each file is yielded once per run, even when reached through several arguments or symlinks.
 * - A walk never opens anything that could block: FIFOs, sockets and devices in a scanned folder are
 *   yielded as `{ kind: 'skipped' }` with a one-line reason (named explicitly, they are read: `<(…)`).
 * - An HTML file whose `<meta name="generator">` is oplint (an earlier run's report) is `skipped`.
 * - In a walk, a `.json` or `.xml` file is peeked at (without blocking) and kept only when it looks like
 *   a FHIR resource or a C-CDA document (or an XML file with a DTD, which the reader refuses with an
 *   error); other JSON / XML (package.json, a pom.xml) is `skipped` with a note, not an error.
 *
 * The generator is lazy and synchronous: directory listings are read as the walk reaches them, so a
 * consumer that streams results starts checking before the scan ends.
 */
import { closeSync, constants as fsConstants, existsSync, fstatSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
/** Extensions scanned in folders by default: plain text and the formats the extraction stage reads. */
export const DEFAULT_EXTENSIONS = ['.txt', '.text', '.md', '.rtf', '.pdf', '.docx', '.html', '.htm', '.hl7', '.json', '.xml'];
export const IGNORE_FILE = '.oplintignore';
/** Lower-case and dot-prefix extensions: ["TXT", ".md"] → [".txt", ".md"]. */
export function normalizeExtensions(exts) {
    return [...new Set(exts.map((e) => e.trim().toLowerCase()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`)))];
}
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const GLOB_CHARS = /[*?[]/;
function readIgnoreFile(dir) {
    const file = join(dir, IGNORE_FILE);
    let text;
    try {
        // a FIFO named .oplintignore must not block the walk
        if (!statSync(file).isFile())
            return undefined;
        text = readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
    return { base: dir, ig: ignore().add(text) };
}
/** Is `abs` (a file, or a directory when `isDir`) excluded by any of the rule sets that cover it? */
function isIgnored(abs, isDir, rules) {
    for (const r of rules) {
        const rel = relative(r.base, abs);
        if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
            continue;
        const posix = sep === '/' ? rel : rel.split(sep).join('/');
        if (r.ig.ignores(isDir ? `${posix}/` : posix))
            return true;
    }
    return false;
}
function isHidden(name) {
    return name.startsWith('.') || name === 'node_modules';
}
function safeRealpath(p) {
    try {
        return realpathSync(p);
    }
    catch {
        return undefined;
    }
}
/** What a special file is, for the skip note; undefined for regular files and folders. */
export function specialKind(st) {
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    return undefined;
}
const PEEK = 64 * 1024;
/** The first and last 64 KB of a regular file, read without ever blocking (O_NONBLOCK, regular files only). */
function peek(abs) {
    let fd;
    try {
        fd = openSync(abs, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
        const st = fstatSync(fd);
        if (!st.isFile())
            return undefined;
        const head = Buffer.alloc(Math.min(st.size, PEEK));
        const n = readSync(fd, head, 0, head.length, 0);
        let text = head.subarray(0, n).toString('latin1');
        if (st.size > PEEK) {
            const tail = Buffer.alloc(Math.min(st.size - PEEK, 4096));
            const m = readSync(fd, tail, 0, tail.length, st.size - tail.length);
            text += `\n${tail.subarray(0, m).toString('latin1')}`;
        }
        // UTF-16 text: drop the NUL bytes so the markers below can be seen
        return text.includes('\0') ? text.replace(/\0/g, '') : text;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/**
 * Why a `.json` / `.xml` file met in a walk is not a note (undefined when it may be one). Looks for a
 * FHIR `resourceType` or a `ClinicalDocument` root; XML with a DTD is kept so the reader can refuse it
 * with an error (it is never expanded).
 */
export function notANote(abs) {
    const lower = abs.toLowerCase();
    const isJson = lower.endsWith('.json');
    const isXml = lower.endsWith('.xml');
    const isHtml = lower.endsWith('.html') || lower.endsWith('.htm');
    if (!isJson && !isXml && !isHtml)
        return undefined;
    const text = peek(abs);
    if (text === undefined)
        return undefined; // unreadable: let the reader say why
    // a report written by an earlier run (--format html) quotes notes but is not one
    if (isHtml)
        return /<meta\s+name=["']generator["']\s+content=["']oplint/i.test(text.slice(0, 4096)) ? 'an oplint report, skipped' : undefined;
    if (isJson)
        return /"resourceType"\s*:/.test(text) ? undefined : 'JSON that is not a FHIR resource, skipped';
    if (/<(?:[A-Za-z_][\w.-]*:)?ClinicalDocument[\s>]/.test(text) || /<!DOCTYPE|<!ENTITY/i.test(text))
        return undefined;
    if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:html|body)\b/i.test(text))
        return undefined; // XHTML
    return 'XML that is not a C-CDA document, skipped';
}
/**
 * Yield the inputs for `paths` in order: per argument, files in sorted order.
 * Never throws for a bad path; it becomes an `error` item with a one-line message.
 */
export function* discover(paths, opts) {
    const cwd = resolve(opts.cwd);
    const exts = normalizeExtensions(opts.extensions?.length ? opts.extensions : DEFAULT_EXTENSIONS);
    const base = [];
    if (opts.ignore?.length)
        base.push({ base: cwd, ig: ignore().add(opts.ignore) });
    const cwdRules = readIgnoreFile(cwd);
    if (cwdRules)
        base.push(cwdRules);
    /**
     * Rules that apply inside `dir`: the base rules plus `.oplintignore` files in the folders between
     * `cwd` (exclusive) and `dir`'s parent (inclusive); `dir`'s own file is read by the walk itself.
     * For an explicit file, pass its folder: that folder's ignore file is included too.
     */
    const aboveCache = new Map();
    function rulesAbove(dir, includeSelf = false) {
        const rel = relative(cwd, dir);
        if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
            if (!includeSelf || rel === '')
                return base;
            const own = readIgnoreFile(dir);
            return own ? [...base, own] : base;
        }
        const key = `${includeSelf ? '1' : '0'}${dir}`;
        const hit = aboveCache.get(key);
        if (hit)
            return hit;
        const rules = [...base];
        const parts = rel.split(sep);
        const upto = includeSelf ? parts.length : parts.length - 1;
        for (let i = 1; i <= upto; i++) {
            const r = readIgnoreFile(join(cwd, ...parts.slice(0, i)));
            if (r)
                rules.push(r);
        }
        aboveCache.set(key, rules);
        return rules;
    }
    const seenFiles = new Set();
    const seenDirs = new Set();
    let stdinDone = false;
    const hasExt = (name) => {
        const lower = name.toLowerCase();
        return exts.some((e) => lower.endsWith(e) && lower.length > e.length);
    };
    /** Walk a directory; yields files and returns how many it yielded. */
    function* walk(shown, abs, rules, match) {
        const real = safeRealpath(abs);
        if (!real || seenDirs.has(real))
            return 0;
        seenDirs.add(real);
        const own = abs === cwd ? undefined : readIgnoreFile(abs);
        const active = own ? [...rules, own] : rules;
        let entries;
        try {
            entries = readdirSync(abs, { withFileTypes: true });
        }
        catch (err) {
            const code = err.code;
            yield { kind: 'error', path: shown, message: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read directory (${code ?? 'error'})` };
            return 0;
        }
        entries.sort((a, b) => byCodePoint(a.name, b.name));
        let count = 0;
        for (const e of entries) {
            if (isHidden(e.name))
                continue;
            const childAbs = join(abs, e.name);
            const childShown = join(shown, e.name);
            let isDir = e.isDirectory();
            let isFile = e.isFile();
            let special = specialKind(e);
            if (e.isSymbolicLink()) {
                try {
                    const st = statSync(childAbs);
                    isDir = st.isDirectory();
                    isFile = st.isFile();
                    special = specialKind(st);
                }
                catch {
                    continue; // dangling link
                }
            }
            if (isDir) {
                if (isIgnored(childAbs, true, active))
                    continue;
                count += yield* walk(childShown, childAbs, active, match);
            }
            else if (special) {
                // never opened: reading a FIFO with no writer would wait forever
                if (match ? !match(childAbs) : !hasExt(e.name))
                    continue;
                if (isIgnored(childAbs, false, active))
                    continue;
                yield { kind: 'skipped', path: childShown, message: `${special}, skipped in a folder scan (name it explicitly to read it)` };
            }
            else if (isFile) {
                if (match ? !match(childAbs) : !hasExt(e.name))
                    continue;
                if (isIgnored(childAbs, false, active))
                    continue;
                const why = notANote(childAbs);
                if (why) {
                    yield { kind: 'skipped', path: childShown, message: why };
                    continue;
                }
                // the folder's real path is known: only a symlinked file needs its own look-up
                const realFile = e.isSymbolicLink() ? (safeRealpath(childAbs) ?? childAbs) : join(real, e.name);
                count++; // a note already listed by an earlier argument still counts as found here
                if (seenFiles.has(realFile))
                    continue;
                seenFiles.add(realFile);
                yield { kind: 'file', path: childShown };
            }
        }
        return count;
    }
    function* globArg(arg) {
        const parts = arg.split(/[\\/]/);
        const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
        const prefix = parts.slice(0, firstGlob).join('/');
        const rest = parts.slice(firstGlob).join('/');
        const shownBase = prefix === '' && isAbsolute(arg) ? '/' : prefix || '.';
        const absBase = resolve(cwd, shownBase);
        const matcher = ignore().add(`/${rest}`);
        const match = (abs) => {
            const rel = relative(absBase, abs).split(sep).join('/');
            return matcher.ignores(rel);
        };
        let n = 0;
        if (existsSync(absBase))
            n = yield* walk(shownBase, absBase, rulesAbove(absBase), match);
        if (n === 0)
            yield { kind: 'error', path: arg, message: 'no files match this pattern' };
    }
    for (const arg of paths) {
        if (arg === '-') {
            if (!stdinDone)
                yield { kind: 'stdin' };
            stdinDone = true;
            continue;
        }
        const abs = resolve(cwd, arg);
        let st;
        try {
            st = statSync(abs);
        }
        catch (err) {
            const code = err.code;
            if ((code === 'ENOENT' || code === 'ENOTDIR') && GLOB_CHARS.test(arg)) {
                yield* globArg(arg);
            }
            else if (code === 'EACCES' || code === 'EPERM') {
                yield { kind: 'error', path: arg, message: 'permission denied' };
            }
            else if (code === 'ELOOP') {
                yield { kind: 'error', path: arg, message: 'too many levels of symbolic links' };
            }
            else {
                yield { kind: 'error', path: arg, message: 'no such file or directory' };
            }
            continue;
        }
        if (st.isDirectory()) {
            const real = safeRealpath(abs);
            if (real && seenDirs.has(real))
                continue; // already walked through an earlier argument
            const n = yield* walk(arg, abs, rulesAbove(abs));
            if (n === 0) {
                yield { kind: 'error', path: arg, message: `no notes found in ${arg} (extensions: ${exts.join(', ')})` };
            }
            continue;
        }
        // An explicit file (or a device / FIFO such as /dev/stdin or <(…)): any extension.
        if (isIgnored(abs, false, rulesAbove(dirname(abs), true))) {
            yield { kind: 'ignored', path: arg };
            continue;
        }
        const real = safeRealpath(abs) ?? abs;
        if (st.isFile()) {
            if (seenFiles.has(real))
                continue;
            seenFiles.add(real);
        }
        yield { kind: 'file', path: arg };
    }
}
