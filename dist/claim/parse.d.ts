/**
 * Claim-line syntax: `parseClaim("27506,20702,20700-51,20702x2, 20700-59-XS")`.
 * Lines are separated by commas, semicolons or whitespace. Each line is a 5-character CPT/HCPCS code,
 * then any number of `-MM` modifiers (2 characters) and at most one unit count `xN` (N 1-99), in any order
 * after the code. Codes and modifiers are upper-cased. Bad syntax throws ClaimSyntaxError.
 */
import type { ClaimLine } from '../types.js';
/** A claim string that cannot be parsed; the message is one line and names the bad token. */
export declare class ClaimSyntaxError extends Error {
    readonly token: string;
    readonly problem: string;
    constructor(token: string, problem: string);
}
/** Parse a claim string into lines. Throws ClaimSyntaxError on bad syntax or an empty claim. */
export declare function parseClaim(claim: string): ClaimLine[];
/** Render lines back to the claim syntax ("20700-59-XS", "20702x2"). */
export declare function formatClaimLine(line: ClaimLine): string;
