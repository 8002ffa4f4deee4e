/**
 * The check types, one per file, markdownlint-style: each has `evaluate` (judge an element of a pack on the
 * analysed note) and `describe` (say in words how it decides; docs/rules.md and the SARIF rule help are
 * generated from it).
 */
import type { CheckSpec } from '../rules/pack.js';
import type { Condition, DescribeContext, EvalContext, Verdict } from './common.js';
export type { Condition, DescribeContext, EvalContext, Verdict } from './common.js';
/** Judge one element's check. */
export declare function evaluateCheck(ctx: EvalContext, spec: CheckSpec): Verdict;
/** Say how one element's check decides, as rows of (status, when). */
export declare function describeCheck(spec: CheckSpec, d: DescribeContext): Condition[];
/** The names of the check types. */
export declare const CHECK_TYPES: CheckSpec["type"][];
