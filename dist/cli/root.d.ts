/**
 * The folder report paths are relative to: the git top level when `cwd` is inside a work tree (a `.git`
 * folder, or a `.git` file in a linked worktree or submodule), else `cwd`. Found by walking up, without
 * running git.
 */
export declare function reportRoot(cwd: string): string;
