import type { CheckSpec } from '../rules/pack.js';
import { type Condition, type DescribeContext, type EvalContext, type Verdict } from './common.js';
type Spec = Extract<CheckSpec, {
    type: 'quantity';
}>;
export declare function evaluate(ctx: EvalContext, spec?: Spec): Verdict;
/** How the quantity element is decided, for the rules reference. */
export declare function describe(spec: Extract<CheckSpec, {
    type: 'quantity';
}>, d: DescribeContext): Condition[];
export declare const check: {
    type: "quantity";
    evaluate: (ctx: EvalContext, spec: Extract<CheckSpec, {
        type: "quantity";
    }>) => Verdict;
    describe: typeof describe;
};
export {};
