/**
 * One batch task, run the same way in a worker thread or in-process, and the worker thread's loop.
 *
 * In a worker (started by pool.ts with `workerData.oplintWorker`), the module imports the check module
 * once (`workerData.checkModule`, default `../check.js`, which exports `checkNoteAll`), says `ready`,
 * then answers `{ ids, tasks }` messages with one message for the batch: the results as one JSON string,
 * or, when `workerData.render` names a stream format, each note already rendered (text and digests, see
 * render.ts). A file task is read here, so the note text never crosses threads. Errors in one note become
 * an `error` result; errors that make the whole run invalid (a broken pattern pack) are reported as
 * `{ fatal }` and stop the batch.
 *
 * A worker started before its batch is known (`prestartWorkers` in pool.ts: while the CLI walks the folders)
 * gets only `{ oplintWorker, checkModule, deferred }`: it loads the check module, says `ready`, checks one
 * short built-in note (so patterns are loaded and compiled before the first real note), and takes the rest
 * of its settings from its first message, `{ init }`.
 *
 * Imported in the main thread (by pool.ts), the module only exports its helpers.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkText, DEFAULT_MAX_SIZE, extractBytes, readDocument } from '../io/read.js';
import { loadRenderer } from './render.js';
/** Error names that stop the whole batch instead of failing one note. */
export const FATAL_ERRORS = new Set(['PackError']);
export function taskSource(task) {
    return 'path' in task ? (task.source ?? task.path) : task.source;
}
/** The `error` result for a note that could not be checked. */
export function errorResult(source, message, format) {
    const r = { source, status: 'error', code: null, suggestedCodes: [], devices: [], elements: [], error: { message } };
    if (format)
        r.format = format;
    return r;
}
/** Add the locator's pointer (page / segment / section) to an evidence item, by its line. */
function locate(ev, locators) {
    let hit;
    for (const l of locators) {
        if (l.line > ev.line)
            break;
        hit = l;
    }
    if (!hit)
        return ev;
    const out = { ...ev };
    if (hit.page !== undefined)
        out.page = hit.page;
    if (hit.segment !== undefined)
        out.segment = hit.segment;
    if (hit.section !== undefined)
        out.section = hit.section;
    return out;
}
/** The results with every evidence quote pointing back into the original file. */
export function withLocators(results, locators) {
    if (!locators?.length)
        return results;
    const fix = (evs) => evs.map((e) => locate(e, locators));
    return results.map((r) => {
        const out = {
            ...r,
            devices: r.devices.map((d) => ({ ...d, evidence: fix(d.evidence) })),
            elements: r.elements.map((e) => ({
                ...e,
                evidence: fix(e.evidence),
                ...(e.explain ? { explain: e.explain.map((x) => (x.evidence ? { ...x, evidence: locate(x.evidence, locators) } : x)) } : {}),
            })),
        };
        // any other block of the result that quotes the note (e.g. a no-device outcome's evidence)
        for (const [k, v] of Object.entries(out)) {
            if (v && typeof v === 'object' && !Array.isArray(v) && Array.isArray(v.evidence)) {
                out[k] = { ...v, evidence: fix(v.evidence) };
            }
        }
        return out;
    });
}
/** Check one text; a thrown non-fatal error becomes an `error` result. */
function checkOne(text, source, warnings, check, checkOptions, format, locators) {
    let results;
    try {
        results = check(text, { ...checkOptions, source });
    }
    catch (err) {
        if (isFatal(err))
            throw err;
        const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
        return [errorResult(source, `internal error: ${msg}`, format)];
    }
    results = withLocators(results, locators);
    // the HTML report shows the note with its evidence highlighted: it asks for the text (never in JSON)
    if (checkOptions.withText === true)
        results = results.map((r) => ({ ...r, text }));
    if (warnings.length || format) {
        results = results.map((r) => {
            const out = { ...r };
            if (warnings.length)
                out.warnings = [...(r.warnings ?? []), ...warnings];
            if (format)
                out.format = format;
            return out;
        });
    }
    return results;
}
/** Results of an extracted file: one group per note, sources numbered when the file holds several. */
function documentResults(doc, source, check, checkOptions, maxSize) {
    if (!doc.ok)
        return [errorResult(source, doc.message)];
    const many = doc.items.length > 1;
    const out = [];
    doc.items.forEach((item, i) => {
        const src = many ? `${source}#${i + 1}` : source;
        if ('error' in item) {
            out.push(errorResult(src, item.error, doc.format));
            return;
        }
        const bad = checkText(item.text, { maxSize });
        if (bad) {
            out.push(errorResult(src, bad.message, item.format));
            return;
        }
        out.push(...checkOne(item.text, src, item.warnings, check, checkOptions, item.format, item.locators));
    });
    return out;
}
export function isFatal(err) {
    return err instanceof Error && FATAL_ERRORS.has(err.name);
}
/** Run one task to its results (one per code). Throws only fatal errors. */
export async function executeTask(task, check, checkOptions, maxSize = DEFAULT_MAX_SIZE) {
    const source = taskSource(task);
    if ('error' in task)
        return [errorResult(source, task.error)];
    if ('path' in task)
        return documentResults(await readDocument(task.path, { maxSize, regular: task.regular === true }), source, check, checkOptions, maxSize);
    if ('data' in task)
        return documentResults(await extractBytes(task.data, task.name ?? source, { maxSize }), source, check, checkOptions, maxSize);
    const bad = checkText(task.text, { maxSize });
    if (bad)
        return [errorResult(source, bad.message)];
    // text already in hand (stdin, --stdin-jsonl) is read as text, like a .txt file
    return checkOne(task.text, source, task.warnings ?? [], check, checkOptions, 'text');
}
/** Load `checkNoteAll` from a module URL or path. */
export async function loadCheckFn(moduleUrl) {
    const mod = (await import(moduleUrl));
    if (typeof mod.checkNoteAll !== 'function')
        throw new Error(`${moduleUrl} does not export checkNoteAll`);
    return mod.checkNoteAll;
}
function serializeError(err) {
    return err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) };
}
/** What a worker started ahead of its batch checks while it waits (a short note that places a device). */
const WARM_UP_NOTE = 'PROCEDURE: Irrigation and debridement of the left tibia.\nVancomycin 2 g was mixed with 40 g of cement on the back table and hand-rolled into beads, which were placed in the tibial canal.\nPLAN: Bead removal in 6 weeks.\n';
async function workerMain(data) {
    const port = parentPort;
    let check;
    let render;
    let init = 'deferred' in data ? undefined : data;
    try {
        check = await loadCheckFn(data.checkModule);
        if (init?.render)
            render = await loadRenderer(init.render);
    }
    catch (err) {
        port.postMessage({ fatal: serializeError(err) });
        return;
    }
    const answer = (ids, out) => {
        if (render)
            port.postMessage({ ids, rendered: out.map(render) });
        else
            port.postMessage({ ids, json: JSON.stringify(out) });
    };
    // One task at a time, in arrival order: the oldest unanswered task is always the one running, so the
    // pool knows which note to blame if the thread dies.
    let chain = Promise.resolve();
    port.on('message', (msg) => {
        chain = chain.then(async () => {
            if ('init' in msg) {
                init = msg.init;
                try {
                    if (init.render)
                        render = await loadRenderer(init.render);
                }
                catch (err) {
                    port.postMessage({ fatal: serializeError(err) });
                }
                return;
            }
            const { checkOptions, maxSize } = init;
            const out = [];
            for (let i = 0; i < msg.tasks.length; i++) {
                try {
                    out.push(await executeTask(msg.tasks[i], check, checkOptions, maxSize));
                }
                catch (err) {
                    if (out.length)
                        answer(msg.ids.slice(0, out.length), out);
                    port.postMessage({ id: msg.ids[i], fatal: serializeError(err) });
                    return;
                }
            }
            answer(msg.ids, out);
        });
    });
    port.postMessage({ ready: true });
    if (!init) {
        // waiting for its batch: load and compile the patterns now (what the first real note would pay for);
        // a note is checked on its own, so nothing of this one carries over
        try {
            check(WARM_UP_NOTE, { source: '-' });
        }
        catch {
            /* a broken pattern pack says so on the first real note */
        }
    }
}
if (!isMainThread && parentPort && workerData?.oplintWorker) {
    void workerMain(workerData);
}
