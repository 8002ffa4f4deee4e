/**
 * Brace expansion of path arguments, as bash does it: `notes/0{1,2}-*.txt` → `notes/01-*.txt`,
 * `notes/02-*.txt`; `n{1..3}.txt` → n1, n2, n3 (numeric ranges keep zero padding: `{01..03}`). Quoted
 * arguments, Windows cmd and pre-commit's argument lists reach oplint unexpanded; the `*` / `?` / `[...]`
 * that remain are matched by the folder walk. Nested braces are expanded from the outside in. A brace
 * with no top-level comma or range (`{x}`) is kept literally, as bash keeps it.
 */
export function expandBraces(arg, limit = 10_000) {
    const out = [];
    const queue = [arg];
    while (queue.length) {
        const s = queue.shift();
        const m = findBrace(s);
        if (!m) {
            out.push(s);
            if (out.length > limit)
                throw new RangeError(`brace pattern expands to more than ${limit} paths`);
            continue;
        }
        const pre = s.slice(0, m.start);
        const post = s.slice(m.end + 1);
        for (const alt of m.alternatives)
            queue.push(pre + alt + post);
    }
    return out;
}
function findBrace(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '\\') {
            i++;
            continue;
        }
        if (s[i] !== '{')
            continue;
        let depth = 0;
        const commas = [];
        for (let j = i; j < s.length; j++) {
            const c = s[j];
            if (c === '\\') {
                j++;
                continue;
            }
            if (c === '{')
                depth++;
            else if (c === '}') {
                depth--;
                if (depth === 0) {
                    const body = s.slice(i + 1, j);
                    if (commas.length) {
                        const alts = [];
                        let from = i + 1;
                        for (const k of commas) {
                            alts.push(s.slice(from, k));
                            from = k + 1;
                        }
                        alts.push(s.slice(from, j));
                        return { start: i, end: j, alternatives: alts };
                    }
                    const range = /^(-?\d+)\.\.(-?\d+)$/.exec(body);
                    if (range) {
                        const [a, b] = [Number(range[1]), Number(range[2])];
                        const width = /^-?0\d/.test(range[1]) || /^-?0\d/.test(range[2]) ? Math.max(range[1].length, range[2].length) : 0;
                        const step = a <= b ? 1 : -1;
                        const alts = [];
                        for (let n = a; step > 0 ? n <= b : n >= b; n += step) {
                            alts.push(width ? String(Math.abs(n)).padStart(width - (n < 0 ? 1 : 0), '0').replace(/^/, n < 0 ? '-' : '') : String(n));
                            if (alts.length > 10_000)
                                break;
                        }
                        return { start: i, end: j, alternatives: alts };
                    }
                    break; // no comma, no range: literal braces; look for a later brace
                }
            }
            else if (c === ',' && depth === 1)
                commas.push(j);
        }
    }
    return undefined;
}
