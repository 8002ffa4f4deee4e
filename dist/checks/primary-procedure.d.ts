import { type CheckSpec } from '../rules/pack.js';
import { type Condition, type DescribeContext, type EvalContext, type Verdict } from './common.js';
export declare function evaluate(ctx: EvalContext, spec: Extract<CheckSpec, {
    type: 'primary-procedure';
}>): Verdict;
/** How the primary-procedure element is decided, for the rules reference. */
export declare function describe(c: Extract<CheckSpec, {
    type: 'primary-procedure';
}>, d: DescribeContext): Condition[];
export declare const check: {
    type: "primary-procedure";
    evaluate: typeof evaluate;
    describe: typeof describe;
};
