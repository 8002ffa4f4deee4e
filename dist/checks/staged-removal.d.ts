import type { CheckSpec } from '../rules/pack.js';
import { type Condition, type DescribeContext, type EvalContext, type Verdict } from './common.js';
export declare function evaluate(ctx: EvalContext, spec: Extract<CheckSpec, {
    type: 'staged-removal';
}>): Verdict;
/** How the staged-removal element is decided, for the rules reference. */
export declare function describe(c: Extract<CheckSpec, {
    type: 'staged-removal';
}>, d: DescribeContext): Condition[];
export declare const check: {
    type: "staged-removal";
    evaluate: typeof evaluate;
    describe: typeof describe;
};
