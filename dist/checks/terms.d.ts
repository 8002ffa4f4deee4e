import type { CheckSpec } from '../rules/pack.js';
import { type Condition, type DescribeContext, type EvalContext, type Verdict } from './common.js';
export declare function evaluate(ctx: EvalContext, spec: Extract<CheckSpec, {
    type: 'terms';
}>): Verdict;
/** How a terms element is decided, for the rules reference. */
export declare function describe(c: Extract<CheckSpec, {
    type: 'terms';
}>, d: DescribeContext): Condition[];
export declare const check: {
    type: "terms";
    evaluate: typeof evaluate;
    describe: typeof describe;
};
