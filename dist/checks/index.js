import { check as site } from './site.js';
import { check as terms } from './terms.js';
import { check as quantity } from './quantity.js';
import { check as primaryProcedure } from './primary-procedure.js';
import { check as stagedRemoval } from './staged-removal.js';
const CHECKS = {
    site,
    terms,
    quantity,
    'primary-procedure': primaryProcedure,
    'staged-removal': stagedRemoval,
};
/** Judge one element's check. */
export function evaluateCheck(ctx, spec) {
    return CHECKS[spec.type].evaluate(ctx, spec);
}
/** Say how one element's check decides, as rows of (status, when). */
export function describeCheck(spec, d) {
    return CHECKS[spec.type].describe(spec, d);
}
/** The names of the check types. */
export const CHECK_TYPES = Object.keys(CHECKS);
