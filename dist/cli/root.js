import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
/**
 * The folder report paths are relative to: the git top level when `cwd` is inside a work tree (a `.git`
 * folder, or a `.git` file in a linked worktree or submodule), else `cwd`. Found by walking up, without
 * running git.
 */
export function reportRoot(cwd) {
    let dir = resolve(cwd);
    for (;;) {
        if (existsSync(join(dir, '.git')))
            return dir;
        const up = dirname(dir);
        if (up === dir)
            return resolve(cwd);
        dir = up;
    }
}
