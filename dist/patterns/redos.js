/**
 * Static guard against catastrophic backtracking in user regexes (`re:<regex>` pattern entries).
 *
 * V8's regex engine backtracks: a repeated group whose iterations can split the same text in many ways
 * (`(?:a+)+$`, `(a|a)*b`, `(.*a){12}`) takes exponential (or high-polynomial) time on a text that almost
 * matches. This module parses the source into a small tree and, for every quantifier that can repeat its
 * body (maximum count of 2 or more), rejects two shapes:
 *
 * 1. Overlapping iterations: the body can match texts of different lengths and one iteration can end with
 *    a character the next can start with (or the body can match the empty text). `(?:a+)+`, `(.*a){12}`,
 *    `(?:\w+\s?)+` are rejected; `(?:\w+\s+){0,4}` (a word then spaces: the split is forced) is accepted.
 * 2. Overlapping alternatives: the body is an alternation two of whose branches can start with the same
 *    character (or match the empty text): `(a|a)*`, `(?:a|ab)+`.
 *
 * Characters are compared on a representative alphabet (all of ASCII plus a few non-ASCII letters, spaces
 * and symbols), with case folding under the `i` flag. The test is conservative: it can reject a harmless
 * pattern such as `(?:ab?)+` (rewrite it, e.g. `(?:ab|a)+` → `a(?:b?a)*b?` or drop the repetition) but every
 * pattern it accepts is free of these two shapes. Lookarounds are analysed like groups; backreferences are
 * treated as "any text". Pure: no I/O, no dependencies.
 */
// ------------------------------------------------------------------------------------------------ char sets
/** Representative characters: ASCII, then a few of each non-ASCII kind a class can tell apart. */
const EXTRA = [0xa0, 0xe9, 0xc9, 0x3a9, 0x3c9, 0x4e2d, 0x2028, 0x2029, 0x2003, 0xfeff, 0x2019, 0x1f600];
const ALPHABET = [...Array.from({ length: 128 }, (_, i) => i), ...EXTRA];
const WORDS = Math.ceil(ALPHABET.length / 32);
const emptySet = () => new Uint32Array(WORDS);
/** The other-case forms of each representative (for the i flag), computed once. */
let foldTable;
function otherCases(i) {
    foldTable ??= ALPHABET.map((c) => {
        const ch = String.fromCodePoint(c);
        return [ch.toLowerCase(), ch.toUpperCase()].filter((x) => x.length === 1 && x !== ch).map((x) => x.codePointAt(0));
    });
    return foldTable[i];
}
function setOf(pred, ignoreCase = false) {
    const s = emptySet();
    for (let i = 0; i < ALPHABET.length; i++) {
        if (pred(ALPHABET[i]) || (ignoreCase && otherCases(i).some(pred)))
            s[i >> 5] |= 1 << (i & 31);
    }
    return s;
}
const INDEX = new Map(ALPHABET.map((c, i) => [c, i]));
/**
 * The representative standing for a character outside the alphabet: a non-ASCII letter, space or symbol.
 * Two different such characters may share one (a conservative overlap), never none (a missed one).
 */
function bucket(code) {
    const ch = String.fromCodePoint(code);
    return /\p{L}/u.test(ch) ? 0xe9 : /\s/.test(ch) ? 0x2003 : 0x2019;
}
/** A predicate for one character, standing in for its bucket when it is outside the alphabet. */
function one(code) {
    const c = INDEX.has(code) ? code : bucket(code);
    return (x) => x === c;
}
function setOfChar(code, ignoreCase) {
    const s = emptySet();
    const ch = String.fromCodePoint(code);
    for (const form of ignoreCase ? [ch, ch.toLowerCase(), ch.toUpperCase()] : [ch]) {
        if (form.length !== 1 && form.codePointAt(0) <= 0xffff)
            continue;
        const c = form.codePointAt(0);
        const i = INDEX.get(INDEX.has(c) ? c : bucket(c));
        s[i >> 5] |= 1 << (i & 31);
    }
    return s;
}
function union(a, b) {
    const s = emptySet();
    for (let i = 0; i < WORDS; i++)
        s[i] = a[i] | b[i];
    return s;
}
function intersects(a, b) {
    for (let i = 0; i < WORDS; i++)
        if (a[i] & b[i])
            return true;
    return false;
}
const ANY = setOf(() => true);
const isDigit = (c) => c >= 48 && c <= 57;
const isWord = (c) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace = (c) => /\s/.test(String.fromCodePoint(c));
const isLineEnd = (c) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
class Parser {
    src;
    ignoreCase;
    dotAll;
    i = 0;
    constructor(src, ignoreCase, dotAll) {
        this.src = src;
        this.ignoreCase = ignoreCase;
        this.dotAll = dotAll;
    }
    parse() {
        const n = this.alternation();
        if (this.i < this.src.length)
            throw new Error(`unexpected '${this.src[this.i]}'`);
        return n;
    }
    alternation() {
        const from = this.i;
        const alts = [this.sequence()];
        while (this.src[this.i] === '|') {
            this.i++;
            alts.push(this.sequence());
        }
        return alts.length === 1 ? alts[0] : { t: 'alt', alts, from, to: this.i };
    }
    sequence() {
        const from = this.i;
        const items = [];
        while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
            items.push(this.quantified());
        }
        return items.length === 1 ? items[0] : { t: 'seq', items, from, to: this.i };
    }
    quantified() {
        const from = this.i;
        let node = this.atom();
        for (;;) {
            const c = this.src[this.i];
            let min;
            let max;
            if (c === '*')
                [min, max] = [0, Infinity];
            else if (c === '+')
                [min, max] = [1, Infinity];
            else if (c === '?')
                [min, max] = [0, 1];
            else if (c === '{') {
                const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
                if (!m)
                    return node; // a literal "{" (annex B)
                min = Number(m[1]);
                max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
                this.i += m[0].length - 1;
            }
            else
                return node;
            this.i++;
            if (this.src[this.i] === '?')
                this.i++; // lazy: same search space
            node = { t: 'rep', body: node, min, max, from, to: this.i };
        }
    }
    atom() {
        const from = this.i;
        const c = this.src[this.i];
        if (c === '(') {
            this.i++;
            let look = false;
            if (this.src.startsWith('?:', this.i))
                this.i += 2;
            else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i))
                [this.i, look] = [this.i + 2, true];
            else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i))
                [this.i, look] = [this.i + 3, true];
            else if (this.src.startsWith('?<', this.i))
                this.i = this.src.indexOf('>', this.i) + 1;
            const body = this.alternation();
            if (this.src[this.i] !== ')')
                throw new Error('unterminated group');
            this.i++;
            if (look)
                return { t: 'look', body, from, to: this.i };
            return body.t === 'seq' || body.t === 'alt' || body.t === 'rep' ? { ...body, from, to: this.i } : body;
        }
        if (c === '[')
            return this.charClass();
        if (c === '.') {
            this.i++;
            return { t: 'set', set: this.dotAll ? ANY : setOf((x) => !isLineEnd(x)), from, to: this.i };
        }
        if (c === '^' || c === '$') {
            this.i++;
            return { t: 'empty', from, to: this.i };
        }
        if (c === '\\') {
            const e = this.escape(false);
            if (e === 'empty')
                return { t: 'empty', from, to: this.i };
            if (e === 'backref')
                return { t: 'any-text', from, to: this.i };
            return { t: 'set', set: setOf(e, this.ignoreCase), from, to: this.i };
        }
        const code = this.src.codePointAt(this.i);
        this.i += code > 0xffff ? 2 : 1;
        return { t: 'set', set: setOfChar(code, this.ignoreCase), from, to: this.i };
    }
    /** After a backslash: a character predicate, or a zero-width assertion / backreference outside classes. */
    escape(inClass) {
        this.i++; // '\'
        const c = this.src[this.i];
        this.i++;
        switch (c) {
            case 'd': return isDigit;
            case 'D': return (x) => !isDigit(x);
            case 'w': return isWord;
            case 'W': return (x) => !isWord(x);
            case 's': return isSpace;
            case 'S': return (x) => !isSpace(x);
            case 'n': return (x) => x === 10;
            case 'r': return (x) => x === 13;
            case 't': return (x) => x === 9;
            case 'f': return (x) => x === 12;
            case 'v': return (x) => x === 11;
            case '0': return (x) => x === 0;
            case 'b': return inClass ? (x) => x === 8 : 'empty';
            case 'B': return 'empty';
            case 'k':
                if (this.src[this.i] === '<') {
                    this.i = this.src.indexOf('>', this.i) + 1;
                    return 'backref';
                }
                return (x) => x === 107;
            case 'c': {
                const code = this.src.charCodeAt(this.i) % 32;
                this.i++;
                return one(code);
            }
            case 'x': {
                const code = Number.parseInt(this.src.slice(this.i, this.i + 2), 16);
                this.i += 2;
                return one(code);
            }
            case 'u': {
                let code;
                if (this.src[this.i] === '{') {
                    const close = this.src.indexOf('}', this.i);
                    code = Number.parseInt(this.src.slice(this.i + 1, close), 16);
                    this.i = close + 1;
                }
                else {
                    code = Number.parseInt(this.src.slice(this.i, this.i + 4), 16);
                    this.i += 4;
                }
                return one(code);
            }
            case 'p':
            case 'P': {
                // \p{...}: Unicode property (u flag): judge each representative with the engine itself
                const close = this.src.indexOf('}', this.i);
                const re = new RegExp(`^\\${c}${this.src.slice(this.i, close + 1)}$`, 'u');
                this.i = close + 1;
                return (x) => re.test(String.fromCodePoint(x));
            }
            default:
                if (c >= '1' && c <= '9' && !inClass) {
                    while (this.src[this.i] >= '0' && this.src[this.i] <= '9')
                        this.i++;
                    return 'backref';
                }
                return one(c.codePointAt(0));
        }
    }
    charClass() {
        const from = this.i;
        this.i++; // '['
        const negate = this.src[this.i] === '^';
        if (negate)
            this.i++;
        const parts = [];
        while (this.i < this.src.length && this.src[this.i] !== ']') {
            const lo = this.classAtom();
            if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length && typeof lo === 'number') {
                const save = this.i;
                this.i++;
                const hi = this.classAtom();
                if (typeof hi === 'number') {
                    // a range holding no representative still stands for something: its bucket
                    const rep = ALPHABET.some((x) => x >= lo && x <= hi) ? -1 : bucket(lo);
                    parts.push((x) => (x >= lo && x <= hi) || x === rep);
                    continue;
                }
                this.i = save;
            }
            if (typeof lo === 'number') {
                const code = INDEX.has(lo) ? lo : bucket(lo);
                parts.push((x) => x === code);
            }
            else
                parts.push(lo);
        }
        if (this.src[this.i] !== ']')
            throw new Error('unterminated character class');
        this.i++;
        const inSet = (x) => parts.some((p) => p(x));
        const set = setOf(inSet, this.ignoreCase);
        if (negate)
            for (let i = 0; i < WORDS; i++)
                set[i] = ~set[i] & ANY[i];
        return { t: 'set', set, from, to: this.i };
    }
    /** One class member: a code point, or a predicate for a class escape (\d, \w, ...). */
    classAtom() {
        if (this.src[this.i] === '\\') {
            const e = this.escape(true);
            if (e === 'empty' || e === 'backref')
                return () => false;
            // single-character escapes come back as predicates too: recover the code point for ranges
            const single = ALPHABET.filter((x) => e(x));
            const esc = this.src[this.i - 1];
            if (single.length === 1 && !'dDwWsSpP}'.includes(esc))
                return single[0];
            return e;
        }
        const code = this.src.codePointAt(this.i);
        this.i += code > 0xffff ? 2 : 1;
        return code;
    }
}
const EMPTY_INFO = () => ({ nullable: true, first: emptySet(), last: emptySet(), minLen: 0, maxLen: 0 });
class Analyser {
    src;
    problem;
    memo = new Map();
    constructor(src) {
        this.src = src;
    }
    /** Facts about a node, computed once per node (a repeated alternation asks for its branches again). */
    info(n) {
        let x = this.memo.get(n);
        if (!x) {
            x = this.compute(n);
            this.memo.set(n, x);
        }
        return x;
    }
    compute(n) {
        switch (n.t) {
            case 'look':
                this.info(n.body);
                return EMPTY_INFO();
            case 'set':
                return { nullable: false, first: n.set, last: n.set, minLen: 1, maxLen: 1 };
            case 'empty':
                return EMPTY_INFO();
            case 'any-text':
                return { nullable: true, first: ANY, last: ANY, minLen: 0, maxLen: Infinity };
            case 'seq': {
                let acc = EMPTY_INFO();
                for (const item of n.items) {
                    const x = this.info(item);
                    acc = {
                        nullable: acc.nullable && x.nullable,
                        first: acc.nullable ? union(acc.first, x.first) : acc.first,
                        last: x.nullable ? union(acc.last, x.last) : x.last,
                        minLen: acc.minLen + x.minLen,
                        maxLen: acc.maxLen + x.maxLen,
                    };
                }
                return acc;
            }
            case 'alt': {
                const xs = n.alts.map((a) => this.info(a));
                return {
                    nullable: xs.some((x) => x.nullable),
                    first: xs.reduce((s, x) => union(s, x.first), emptySet()),
                    last: xs.reduce((s, x) => union(s, x.last), emptySet()),
                    minLen: Math.min(...xs.map((x) => x.minLen)),
                    maxLen: Math.max(...xs.map((x) => x.maxLen)),
                };
            }
            case 'rep': {
                const b = this.info(n.body);
                if (n.max >= 2)
                    this.checkRepeat(n, b);
                const repeats = n.max > 0 && b.maxLen > 0;
                return {
                    nullable: n.min === 0 || b.nullable,
                    first: repeats ? b.first : emptySet(),
                    last: repeats ? b.last : emptySet(),
                    minLen: b.minLen * n.min,
                    maxLen: repeats ? b.maxLen * n.max : 0,
                };
            }
        }
    }
    checkRepeat(n, b) {
        if (this.problem)
            return;
        const frag = this.src.slice(n.from, n.to);
        const shown = frag.length > 60 ? `${frag.slice(0, 57)}...` : frag;
        if (b.maxLen === 0)
            return; // repeats nothing (lookarounds, anchors)
        // 2. alternatives of the repeated body that can begin the same way
        const alt = n.body.t === 'alt' ? n.body : null;
        if (alt) {
            const xs = alt.alts.map((a) => this.info(a));
            for (let i = 0; i < xs.length; i++) {
                for (let j = i + 1; j < xs.length; j++) {
                    if (xs[i].nullable || xs[j].nullable || intersects(xs[i].first, xs[j].first)) {
                        this.problem = `catastrophic backtracking: the repeated alternatives in '${shown}' can match the same text ('${this.src.slice(alt.alts[i].from, alt.alts[i].to)}' and '${this.src.slice(alt.alts[j].from, alt.alts[j].to)}')`;
                        return;
                    }
                }
            }
        }
        // 1. a variable-length body whose iterations can overlap: the same text splits into iterations many ways
        if (b.minLen !== b.maxLen && (b.nullable || intersects(b.last, b.first))) {
            this.problem = `catastrophic backtracking: nested repetition in '${shown}' (one repetition can end where the next begins)`;
        }
    }
}
/**
 * Why a user regex source is unsafe to run on long notes, in one line, or undefined when it is accepted.
 * `flags` are the flags it will be compiled with (case folding matters: `[a-z]|[A-Z]` overlap under `i`).
 */
export function regexProblem(source, flags = 'i') {
    try {
        new RegExp(source, flags);
    }
    catch (err) {
        return `invalid regular expression: ${err.message}`;
    }
    let tree;
    try {
        tree = new Parser(source, flags.includes('i'), flags.includes('s')).parse();
    }
    catch (err) {
        return `cannot analyse the regular expression: ${err.message}`;
    }
    const a = new Analyser(source);
    a.info(tree);
    return a.problem;
}
