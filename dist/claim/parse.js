/** A claim string that cannot be parsed; the message is one line and names the bad token. */
export class ClaimSyntaxError extends Error {
    token;
    problem;
    constructor(token, problem) {
        super(`invalid claim line "${token}": ${problem}`);
        this.token = token;
        this.problem = problem;
        this.name = 'ClaimSyntaxError';
    }
}
const CODE = /^(\d{5}|\d{4}[FTU]|[A-V]\d{4})/;
function parseLine(token) {
    const up = token.toUpperCase();
    const m = CODE.exec(up);
    if (!m)
        throw new ClaimSyntaxError(token, 'expected a 5-character code such as 20702 or 27506');
    const code = m[1];
    let rest = up.slice(code.length);
    const modifiers = [];
    let units;
    while (rest.length > 0) {
        const mod = /^-([0-9A-Z]{2})(?=$|[-X*×])/.exec(rest);
        if (mod) {
            modifiers.push(mod[1]);
            rest = rest.slice(mod[0].length);
            continue;
        }
        const u = /^[X*×](\d+)(?=$|-)/.exec(rest);
        if (u) {
            if (units !== undefined)
                throw new ClaimSyntaxError(token, 'units given twice');
            const n = Number(u[1]);
            if (!Number.isInteger(n) || n < 1 || n > 99)
                throw new ClaimSyntaxError(token, `units must be 1-99, got ${u[1]}`);
            units = n;
            rest = rest.slice(u[0].length);
            continue;
        }
        if (/^\d/.test(rest))
            throw new ClaimSyntaxError(token, 'a code has 5 characters');
        if (rest.startsWith('-'))
            throw new ClaimSyntaxError(token, 'a modifier has 2 characters, e.g. -51, -59, -XS');
        throw new ClaimSyntaxError(token, `unexpected "${rest}" (use -MM for modifiers and xN for units)`);
    }
    return { code, modifiers, units: units ?? 1 };
}
/** Parse a claim string into lines. Throws ClaimSyntaxError on bad syntax or an empty claim. */
export function parseClaim(claim) {
    // Join "20700 - 51" and "20702 x 2" before splitting on whitespace.
    const compact = claim.trim().replace(/\s*-\s*/g, '-').replace(/\s*([xX*×])\s*(\d)/g, '$1$2');
    const tokens = compact.split(/[\s,;]+/).filter((t) => t.length > 0);
    if (tokens.length === 0)
        throw new ClaimSyntaxError(claim.trim(), 'the claim has no codes');
    return tokens.map(parseLine);
}
/** Render lines back to the claim syntax ("20700-59-XS", "20702x2"). */
export function formatClaimLine(line) {
    return line.code + line.modifiers.map((m) => `-${m}`).join('') + (line.units !== 1 ? `x${line.units}` : '');
}
