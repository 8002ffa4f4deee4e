/**
 * `oplint serve`: registered on the program by src/cli.ts. Starts the local page (src/serve/server.ts), prints
 * exactly one line when ready, and runs until Ctrl-C (SIGINT) or SIGTERM, then stops cleanly with code 0.
 */
import { spawn } from 'node:child_process';
import { UsageError } from '../check.js';
import { checkPatternDirs, loadConfig, mergeOptions } from '../config.js';
import { loadFamily } from '../rules/pack.js';
import { VERSION } from '../version.js';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopback, startServer } from './server.js';
const collect = (value, previous) => [...(previous ?? []), value];
function parsePort(v) {
    if (v === undefined)
        return DEFAULT_PORT;
    if (!/^\d+$/.test(v.trim()) || Number(v) > 65535)
        throw new UsageError(`--port: '${v}' is not a port (0-65535; 0 picks a free one)`);
    return Number(v);
}
/** Open `url` in the default browser; failures are reported, not fatal. */
function openBrowser(url, io) {
    const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
    try {
        const child = spawn(cmd, args, { stdio: 'ignore', detached: true, windowsHide: true });
        child.on('error', () => io.stderr.write(`oplint: could not open a browser; open ${url}\n`));
        child.unref();
    }
    catch {
        io.stderr.write(`oplint: could not open a browser; open ${url}\n`);
    }
}
/**
 * Run the server until `stop` is aborted (or SIGINT / SIGTERM when no signal is given). Resolves to the exit
 * code. Throws UsageError for bad options or a port that cannot be used.
 */
export async function runServe(flags, io, stop) {
    const port = parsePort(flags.port);
    const host = (flags.host ?? DEFAULT_HOST).trim();
    if (!host)
        throw new UsageError('--host: give an address, e.g. 127.0.0.1');
    if (!isLoopback(host) && !flags.allowRemote) {
        throw new UsageError(`--host ${host} is not a loopback address; add --allow-remote to let other machines reach the page (and the notes pasted into it)`);
    }
    // the project's config (found as `oplint check` finds it) applies here too, so verdicts are the same
    const loaded = loadConfig({ cwd: io.cwd, ...(flags.config ? { explicit: flags.config } : {}), env: io.env });
    const given = new Set(['patterns', 'maxSize'].filter((k) => flags[k] !== undefined));
    const opts = mergeOptions(loaded?.config, { ...(flags.patterns ? { patterns: flags.patterns } : {}), ...(flags.maxSize !== undefined ? { maxSize: flags.maxSize } : {}) }, given, io.cwd);
    checkPatternDirs(opts.patterns);
    loadFamily(opts.patterns); // a broken pattern pack fails now, not on the first note
    const running = await startServer({
        host,
        port,
        maxSize: opts.maxSize,
        allowRemote: !!flags.allowRemote,
        patternDirs: opts.patterns,
        elements: opts.elements,
        defaultCode: opts.code,
        version: VERSION,
    });
    if (!isLoopback(host)) {
        io.stderr.write(`oplint: warning: serving on ${host}, reachable from other machines; notes pasted there travel over the network unencrypted\n`);
    }
    io.stdout.write(`oplint: serving on ${running.url}\n`);
    if (flags.open)
        openBrowser(running.url, io);
    await new Promise((resolve) => {
        if (stop) {
            if (stop.aborted)
                resolve();
            else
                stop.addEventListener('abort', () => resolve(), { once: true });
            return;
        }
        const onSignal = () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            resolve();
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
    });
    await running.close();
    return 0;
}
/**
 * Registers `oplint serve` on the program. Owned by the serve module (issue 12); the CLI only calls this.
 * `done(code)` reports the exit code once the server has stopped.
 */
export function registerServe(program, io, done) {
    program
        .command('serve')
        .description('serve a paste-and-check page on this computer (http://127.0.0.1:7020/)')
        .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`)
        .option('--host <address>', `address to bind (default ${DEFAULT_HOST}; others need --allow-remote)`)
        .option('--allow-remote', 'allow a --host that other machines can reach (prints a warning)')
        .option('--open', 'open the page in the default browser')
        .option('--max-size <size>', 'largest request accepted, e.g. 5MB (default: 5MB)')
        .option('--patterns <dir>', 'extra pattern directory searched before the shipped ones (repeatable)', collect)
        .option('-c, --config <file>', 'config file (default: found upward as for oplint check)')
        .action(async (flags) => {
        done(await runServe(flags, io));
    });
}
