/**
 * Glob arguments (`'notes/0{1,2}-*.txt'`, `'notes/**\/*.md'`) matched with picomatch, for shells that do not
 * expand them (quoted arguments, Windows cmd, CI YAML). A path that exists as typed is never a glob.
 *
 * The folder below the glob's static part is walked like a folder argument — sorted, hidden files and
 * folders and node_modules skipped, kept by extension (`--ext`), each real folder entered once — and the
 * matching files are passed on as explicit files; ignore rules apply to them (an ignored match is left out
 * silently, as in a folder walk). No match: the argument is passed on as typed, and the walk reports it.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { isNameIgnored } from './ignored.js';
/** The files an argument stands for, or `[arg]` when it is not a glob, exists as typed, or matches nothing. */
export function expandGlob(arg, opts) {
    if (arg === '-' || !picomatch.scan(arg).isGlob || existsSync(resolve(opts.cwd, arg)))
        return [arg];
    const { base, glob } = picomatch.scan(arg);
    const isMatch = picomatch(glob, { dot: false });
    const exts = opts.extensions.map((e) => e.toLowerCase());
    const root = resolve(opts.cwd, base || '.');
    const out = [];
    const seen = new Set();
    const walk = (dir, rel) => {
        let real;
        try {
            real = realpathSync(dir);
        }
        catch {
            return;
        }
        if (seen.has(real))
            return;
        seen.add(real);
        let names;
        try {
            names = readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        }
        catch {
            return;
        }
        for (const name of names) {
            if (name.startsWith('.') || name === 'node_modules')
                continue;
            const abs = join(dir, name);
            const r = rel ? `${rel}/${name}` : name;
            let st;
            try {
                st = statSync(abs);
            }
            catch {
                continue;
            }
            if (st.isDirectory())
                walk(abs, r);
            else if (st.isFile() && isMatch(r) && exts.some((e) => name.toLowerCase().endsWith(e) && name.length > e.length)) {
                const shown = base ? `${base}/${r}` : r;
                if (!isNameIgnored(shown, opts.ignore, opts.cwd))
                    out.push(shown);
            }
        }
    };
    if (existsSync(root))
        walk(root, '');
    return out.length ? out : [arg];
}
