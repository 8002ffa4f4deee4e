import { type FormatterFactory } from './types.js';
/**
 * `github`: one workflow annotation per warn or fail element (`::error file=…,line=…,col=…,title=…::…`), so a
 * GitHub Actions run marks the note's lines in the pull request. A missing element is anchored at line 1.
 */
export declare const createGithubFormatter: FormatterFactory;
export default createGithubFormatter;
