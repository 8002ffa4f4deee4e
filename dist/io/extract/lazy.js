/**
 * Loading a format library (unpdf, mammoth, html-to-text, fast-xml-parser) at run time, on first need.
 *
 * The specifier goes through a variable on purpose: a bundler (scripts/bundle.mjs, esbuild) follows
 * `import('literal')` and would pull several megabytes of pdf.js and mammoth into the CLI bundle, to be
 * parsed at every start-up even when every note is plain text (measured: +0.35 s per run). Left opaque,
 * the import is resolved from node_modules when a file of that format is met.
 */
export async function loadLibrary(name) {
    // the standalone binary cannot import from node_modules: its entry registers the embedded copies
    const embedded = globalThis.__OPLINT_LIBS__?.[name];
    if (embedded)
        return (await embedded());
    const specifier = name;
    return (await import(specifier));
}
