export function colorWanted({ flag, toFile = false, env, isTTY }) {
    if (flag !== undefined)
        return flag;
    if (toFile)
        return false;
    if (env.NO_COLOR)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    if (!isTTY)
        return false;
    if (env.TERM === 'dumb')
        return false;
    return true;
}
