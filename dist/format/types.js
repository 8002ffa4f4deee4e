// ---------------------------------------------------------------------------------------------------------
// Small helpers shared by the formatters (pure functions, no I/O).
/**
 * The code a result's elements were judged against. Contract v1: with `--code auto` and no insertion found,
 * `code` is null and the elements are still judged against 20702.
 */
export const DEFAULT_CODE = '20702';
export function effectiveCode(r) {
    return r.code ?? DEFAULT_CODE;
}
/** True when a source names stdin rather than a file. */
export function isStdin(source) {
    return source === '-' || source === '<stdin>' || source === 'stdin';
}
/**
 * A source path as a path relative to `cwd`, with forward slashes ("stdin" for stdin). Sources that are not
 * file paths (e.g. ids from --stdin-jsonl) come back unchanged apart from slashes.
 */
export function relativePath(source, cwd) {
    if (isStdin(source))
        return 'stdin';
    let p = source.replace(/\\/g, '/');
    const base = cwd.replace(/\\/g, '/').replace(/\/+$/, '');
    const isAbs = p.startsWith('/') || /^[A-Za-z]:\//.test(p);
    if (isAbs) {
        if (p === base)
            return '.';
        if (base && p.startsWith(base + '/'))
            p = p.slice(base.length + 1);
        else if (base)
            p = relativeFrom(base, p);
    }
    p = p.replace(/^(\.\/)+/, '').replace(/\/{2,}/g, '/');
    return p || '.';
}
function relativeFrom(from, to) {
    const a = from.split('/').filter(Boolean);
    const b = to.split('/').filter(Boolean);
    if (/^[A-Za-z]:$/.test(a[0] ?? '') && a[0].toLowerCase() !== (b[0] ?? '').toLowerCase())
        return to;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return [...Array(a.length - i).fill('..'), ...b.slice(i)].join('/');
}
/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
export function pathToUriRef(rel) {
    return rel
        .split('/')
        .map((seg) => encodeURIComponent(seg))
        .join('/');
}
