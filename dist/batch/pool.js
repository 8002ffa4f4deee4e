/**
 * Checking many notes: a worker-thread pool that streams results back in input order.
 *
 * `runBatch(tasks, opts)` pulls tasks lazily from any (async) iterable, keeps at most `window` notes
 * between "pulled" and "yielded" (so memory stays flat on 100,000 notes), and yields each note's results
 * (`NoteResult[]`, one per code) in input order as soon as every earlier note is done.
 *
 * It runs in-process (no worker start-up cost) when `jobs` is 1, when the input turns out to hold fewer
 * than `inProcessBelow` tasks, or when no compiled worker file exists (running from `src/` under a test
 * runner, or a single-file bundle). A note that throws becomes an `error` result and the batch goes on;
 * a fatal error (a broken pattern pack, see `FATAL_ERRORS`) rejects the generator with that error's name
 * and message. Breaking out of the `for await` loop terminates the workers.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_SIZE } from '../io/read.js';
import { errorResult, executeTask, loadCheckFn, taskSource, } from './worker.js';
export { errorResult, FATAL_ERRORS } from './worker.js';
/** Tasks a single worker holds at once: two batches, so a worker never waits for the next message. */
const PER_WORKER = 16;
/** Tasks sent to a worker in one message. */
const BATCH = 8;
function defaultCheckModule() {
    return new URL('../check.js', import.meta.url).href;
}
function defaultWorkerUrl() {
    try {
        const url = new URL('./worker.js', import.meta.url);
        return existsSync(fileURLToPath(url)) ? url : undefined;
    }
    catch {
        return undefined; // bundled without import.meta.url
    }
}
function toModuleHref(m) {
    if (m instanceof URL)
        return m.href;
    return isAbsolute(m) ? pathToFileURL(m).href : m;
}
/** A pull-based view of a sync or async iterable. */
function puller(tasks) {
    if (Symbol.asyncIterator in tasks) {
        const it = tasks[Symbol.asyncIterator]();
        return () => it.next();
    }
    const it = tasks[Symbol.iterator]();
    return async () => it.next();
}
function rebuildError(e) {
    const err = new Error(e.message);
    err.name = e.name;
    return err;
}
/** Check every task; yields each note's results in input order. */
export async function* runBatch(tasks, opts = {}) {
    const jobs = Math.max(1, Math.floor(opts.jobs ?? availableParallelism()));
    const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
    const checkOptions = opts.checkOptions ?? {};
    const checkModule = toModuleHref(opts.checkModule ?? defaultCheckModule());
    const next = puller(tasks);
    const threshold = opts.inProcessBelow ?? 8;
    // Look ahead just far enough to know whether workers are worth starting.
    const head = [];
    let exhausted = false;
    const workerUrl = jobs > 1 ? (opts.workerUrl ?? defaultWorkerUrl()) : undefined;
    if (workerUrl) {
        while (head.length < threshold) {
            const r = await next();
            if (r.done) {
                exhausted = true;
                break;
            }
            head.push(r.value);
        }
    }
    if (!workerUrl || exhausted) {
        opts.onMode?.(0);
        if (exhausted && head.length === 0)
            return;
        const check = opts.checkFn ?? (await loadCheckFn(checkModule));
        for (const t of head)
            yield await executeTask(t, check, checkOptions, maxSize);
        if (!exhausted) {
            for (let r = await next(); !r.done; r = await next())
                yield await executeTask(r.value, check, checkOptions, maxSize);
        }
        return;
    }
    yield* runWorkers(head, next, {
        jobs,
        maxSize,
        checkOptions,
        checkModule,
        workerUrl,
        window: opts.window,
        onMode: opts.onMode,
        checkFn: opts.checkFn,
    });
}
async function* runWorkers(head, next, o) {
    const window = o.window ?? Math.max(64, o.jobs * PER_WORKER);
    const init = { oplintWorker: true, checkModule: o.checkModule, checkOptions: o.checkOptions, maxSize: o.maxSize };
    const tasks = new Map(); // dispatched, not answered
    const done = new Map(); // answered, not yielded
    const retry = []; // seqs to send again (their worker died)
    const suspects = new Set(); // seqs that were in a worker when it died: they run alone
    const slots = [];
    let seqNext = 0;
    let yieldNext = 0;
    let exhausted = false;
    let fatal;
    let wake;
    const notify = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    const pending = [...head];
    const pull = async () => {
        if (pending.length)
            return pending.shift();
        if (exhausted)
            return undefined;
        const r = await next();
        if (r.done) {
            exhausted = true;
            return undefined;
        }
        return r.value;
    };
    const spawn = () => {
        const slot = { worker: new Worker(o.workerUrl, { workerData: init }), ready: false, load: [] };
        const onDeath = (why) => {
            if (slots.indexOf(slot) === -1)
                return; // already handled or shutting down
            slots.splice(slots.indexOf(slot), 1);
            if (!slot.ready) {
                fatal ??= new Error(`cannot start a worker thread: ${why}`);
            }
            else {
                // A worker runs a batch without reporting each note, so a crash cannot be pinned on one note of a
                // batch: every unanswered note is sent again alone, and a note that stops a worker on its own is blamed.
                if (slot.load.length === 1) {
                    const blamed = slot.load[0];
                    const t = tasks.get(blamed);
                    tasks.delete(blamed);
                    suspects.delete(blamed);
                    done.set(blamed, [errorResult(taskSource(t), `internal error: worker stopped (${why})`)]);
                }
                else {
                    retry.push(...slot.load);
                    for (const q of slot.load)
                        suspects.add(q);
                }
                retry.sort((a, b) => a - b);
                if (!fatal)
                    slots.push(spawn());
            }
            notify();
        };
        slot.worker.on('message', (msg) => {
            if ('ready' in msg) {
                slot.ready = true;
            }
            else if ('fatal' in msg) {
                fatal ??= rebuildError(msg.fatal);
            }
            else {
                const results = JSON.parse(msg.json);
                msg.ids.forEach((id, i) => {
                    slot.load.splice(slot.load.indexOf(id), 1);
                    tasks.delete(id);
                    suspects.delete(id);
                    done.set(id, results[i]);
                });
            }
            notify();
        });
        slot.worker.on('error', (err) => onDeath(err.message.split('\n')[0] ?? 'error'));
        slot.worker.on('exit', (code) => onDeath(`exit code ${code}`));
        return slot;
    };
    // With an in-process check function the main thread is one of the `jobs` checkers (it is otherwise idle
    // between results), so one worker fewer is started.
    const workers = o.checkFn ? Math.max(1, o.jobs - 1) : o.jobs;
    for (let i = 0; i < workers; i++)
        slots.push(spawn());
    o.onMode?.(workers);
    const dispatch = (seqs, slot) => {
        slot.load.push(...seqs);
        slot.worker.postMessage({ ids: seqs, tasks: seqs.map((q) => tasks.get(q)) });
    };
    const freeSlot = () => {
        let best;
        for (const s of slots) {
            if (!s.ready || s.load.length >= PER_WORKER || s.load.some((q) => suspects.has(q)))
                continue;
            if (!best || s.load.length < best.load.length)
                best = s;
        }
        return best;
    };
    try {
        for (;;) {
            if (fatal)
                throw fatal;
            // Fill free worker capacity: first re-sends, then new tasks while the window allows.
            let slot = freeSlot();
            // suspects of a crash run alone, on an idle worker, so that a crash can be pinned on one note
            for (const idle of slots) {
                if (!retry.length)
                    break;
                if (idle.ready && idle.load.length === 0)
                    dispatch(retry.splice(0, 1), idle);
            }
            slot = freeSlot();
            while (slot && !exhausted && seqNext - yieldNext < window) {
                const batch = [];
                while (batch.length < BATCH && seqNext - yieldNext < window) {
                    const t = await pull();
                    if (t === undefined)
                        break;
                    const seq = seqNext++;
                    if ('error' in t) {
                        done.set(seq, [errorResult(t.source, t.error)]); // nothing to check: skip the round trip
                    }
                    else {
                        tasks.set(seq, t);
                        batch.push(seq);
                    }
                    if (fatal)
                        throw fatal;
                }
                if (batch.length)
                    dispatch(batch, slot);
                else
                    break;
                slot = freeSlot();
            }
            // The main thread checks new notes too (never a crash suspect: those run alone on a worker), one at
            // a time, yielding to the event loop so worker messages get through.
            if (o.checkFn && !exhausted && seqNext - yieldNext < window) {
                const t = await pull();
                if (t !== undefined) {
                    const seq = seqNext++;
                    done.set(seq, await executeTask(t, o.checkFn, o.checkOptions, o.maxSize));
                    await new Promise((resolve) => setImmediate(resolve));
                }
            }
            const ready = done.get(yieldNext);
            if (ready) {
                done.delete(yieldNext);
                yieldNext++;
                yield ready;
                continue;
            }
            if (exhausted && pending.length === 0 && yieldNext === seqNext)
                return;
            await new Promise((resolve) => {
                wake = resolve;
            });
        }
    }
    finally {
        const all = slots.splice(0);
        await Promise.all(all.map((s) => s.worker.terminate()));
    }
}
