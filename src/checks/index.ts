/**
 * The check types, one per file, markdownlint-style: each has `evaluate` (judge an element of a pack on the
 * analysed note) and `describe` (say in words how it decides; docs/rules.md and the SARIF rule help are
 * generated from it).
 */
import type { CheckSpec } from '../rules/pack.js';
import type { Condition, DescribeContext, EvalContext, Verdict } from './common.js';
import { check as site } from './site.js';
import { check as terms } from './terms.js';
import { check as quantity } from './quantity.js';
import { check as primaryProcedure } from './primary-procedure.js';
import { check as stagedRemoval } from './staged-removal.js';

export type { Condition, DescribeContext, EvalContext, Verdict } from './common.js';

type Spec<T extends CheckSpec['type']> = Extract<CheckSpec, { type: T }>;
interface CheckType<T extends CheckSpec['type']> {
  type: T;
  evaluate: (ctx: EvalContext, spec: Spec<T>) => Verdict;
  describe: (spec: Spec<T>, d: DescribeContext) => Condition[];
}

const CHECKS: { [T in CheckSpec['type']]: CheckType<T> } = {
  site,
  terms,
  quantity,
  'primary-procedure': primaryProcedure,
  'staged-removal': stagedRemoval,
};

/** Judge one element's check. */
export function evaluateCheck(ctx: EvalContext, spec: CheckSpec): Verdict {
  return (CHECKS[spec.type] as CheckType<typeof spec.type>).evaluate(ctx, spec as never);
}

/** Say how one element's check decides, as rows of (status, when). */
export function describeCheck(spec: CheckSpec, d: DescribeContext): Condition[] {
  return (CHECKS[spec.type] as CheckType<typeof spec.type>).describe(spec as never, d);
}

/** The names of the check types. */
export const CHECK_TYPES = Object.keys(CHECKS) as CheckSpec['type'][];
