import { type CheckSpec } from '../rules/pack.js';
import { type Condition, type DescribeContext, type EvalContext, type Verdict } from './common.js';
export declare function evaluate(ctx: EvalContext): Verdict;
/** How the site element is decided, for the rules reference. */
export declare function describe(_spec: Extract<CheckSpec, {
    type: 'site';
}>, d: DescribeContext): Condition[];
export declare const check: {
    type: "site";
    evaluate: (ctx: EvalContext, _spec: Extract<CheckSpec, {
        type: "site";
    }>) => Verdict;
    describe: typeof describe;
};
