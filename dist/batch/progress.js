/**
 * Progress bar for long runs, on stderr: counts, rate (notes/s) and ETA.
 *
 * Shown only when stderr is a terminal, `--no-progress` was not given, `CI` is unset, `TERM` is not
 * "dumb", and more than 20 notes are checked. When the total is not known up front (results stream
 * while the folder is still being scanned), the bar appears once the 21st note is counted, or as soon as
 * `setTotal()` reports more than 20.
 */
import cliProgress from 'cli-progress';
/** More notes than this before a bar is worth drawing. */
export const PROGRESS_MIN_NOTES = 20;
/** Whether a progress bar may be shown at all (the count rule is applied here when the count is known). */
export function shouldShowProgress({ isTTY, env, flag, count }) {
    if (flag === false)
        return false;
    if (!isTTY)
        return false;
    const ci = env.CI;
    if (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0')
        return false;
    if (env.TERM === 'dumb')
        return false;
    if (count !== undefined && count <= PROGRESS_MIN_NOTES)
        return false;
    return true;
}
const NOOP = {
    tick() { },
    setTotal() { },
    interrupt(write) {
        write();
    },
    stop() { },
};
function formatDuration(seconds) {
    if (!Number.isFinite(seconds))
        return '--';
    const s = Math.max(0, Math.round(seconds));
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m}m${String(s % 60).padStart(2, '0')}s`;
    return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
/** The bar's text for given figures; exported for tests. */
export function progressLine(done, total, elapsedMs, barWidth = 24) {
    const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
    const rateText = `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)} notes/s`;
    if (!total || total <= 0)
        return `oplint ${done} notes | ${rateText}`;
    const frac = Math.min(1, done / total);
    const filled = Math.round(frac * barWidth);
    const bar = '█'.repeat(filled) + '░'.repeat(barWidth - filled);
    const eta = rate > 0 ? formatDuration((total - done) / rate) : '--';
    return `oplint ${bar} ${done}/${total} notes | ${Math.floor(frac * 100)}% | ${rateText} | ETA ${eta}`;
}
export function createProgress(opts) {
    if (!opts.enabled)
        return NOOP;
    const now = opts.now ?? Date.now;
    const started = now();
    let total = opts.total;
    let done = 0;
    let bar;
    let stopped = false;
    const wanted = () => !stopped && (done > PROGRESS_MIN_NOTES || (total ?? 0) > PROGRESS_MIN_NOTES);
    const ensure = () => {
        if (bar || !wanted())
            return;
        bar = new cliProgress.SingleBar({
            stream: opts.stream ?? process.stderr,
            format: (_o, params) => progressLine(params.value, total, now() - started),
            hideCursor: true,
            clearOnComplete: true,
            linewrap: false,
            // Redraw on every tick even when the text is unchanged (interrupt() clears the line under it).
            forceRedraw: true,
            fps: 10,
        });
        bar.start(Math.max(total ?? 0, done, 1), done);
    };
    return {
        tick(n = 1) {
            if (stopped)
                return;
            done += n;
            ensure();
            if (bar) {
                if (total !== undefined && done > total)
                    total = done;
                bar.update(done);
            }
        },
        setTotal(n) {
            if (stopped)
                return;
            total = n;
            ensure();
            if (bar) {
                bar.setTotal(Math.max(n, 1));
                bar.update(done);
            }
        },
        interrupt(write) {
            if (!bar) {
                write();
                return;
            }
            const stream = opts.stream ?? process.stderr;
            stream.write('\r\x1b[2K');
            write();
            bar.render();
        },
        stop() {
            if (stopped)
                return;
            stopped = true;
            bar?.stop();
            bar = undefined;
        },
    };
}
