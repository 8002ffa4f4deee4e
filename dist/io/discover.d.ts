/**
 * Turning command-line path arguments into the list of notes to check.
 *
 * - A file named explicitly is always taken, whatever its extension (pre-commit passes file names).
 * - `-` is stdin (yielded once, where it appears).
 * - A directory is walked recursively in sorted (code point) order, keeping files whose extension is in
 *   `extensions`, skipping hidden files and folders and `node_modules`, and never entering the same
 *   real directory twice (so symlink cycles end).
 * - Ignore rules (gitignore syntax, via the `ignore` package): `opts.ignore` (from `--ignore` and the
 *   config, relative to `cwd`), `.oplintignore` in `cwd`, and `.oplintignore` in every scanned directory
 *   (relative to that directory, like nested `.gitignore` files). They also apply to files named
 *   explicitly; those are yielded as `{ kind: 'ignored' }` so the CLI can say why nothing was checked.
 * - A literal argument that does not exist but contains glob characters (`*`, `?`, `[`) is matched as a
 *   glob from its static prefix (shells that do not expand globs, e.g. Windows cmd or quoted arguments).
 * - Each file is yielded once per run, even when reached through several arguments or symlinks.
 * - A walk never opens anything that could block: FIFOs, sockets and devices in a scanned folder are
 *   yielded as `{ kind: 'skipped' }` with a one-line reason (named explicitly, they are read: `<(…)`).
 * - An HTML file whose `<meta name="generator">` is oplint (an earlier run's report) is `skipped`.
 * - In a walk, a `.json` or `.xml` file is peeked at (without blocking) and kept only when it looks like
 *   a FHIR resource or a C-CDA document (or an XML file with a DTD, which the reader refuses with an
 *   error); other JSON / XML (package.json, a pom.xml) is `skipped` with a note, not an error.
 *
 * The generator is lazy and synchronous: directory listings are read as the walk reaches them, so a
 * consumer that streams results starts checking before the scan ends.
 */
import { type Stats } from 'node:fs';
/** Extensions scanned in folders by default: plain text and the formats the extraction stage reads. */
export declare const DEFAULT_EXTENSIONS: string[];
export declare const IGNORE_FILE = ".oplintignore";
export type DiscoveredInput = {
    kind: 'file';
    path: string;
} | {
    kind: 'stdin';
} | {
    kind: 'error';
    path: string;
    message: string;
}
/** An explicitly named file that an ignore rule excludes; not checked. */
 | {
    kind: 'ignored';
    path: string;
}
/** A file met in a folder walk and passed over, with a one-line reason (a FIFO, JSON that is not FHIR). */
 | {
    kind: 'skipped';
    path: string;
    message: string;
};
export interface DiscoverOptions {
    /** Extensions kept when walking directories (default {@link DEFAULT_EXTENSIONS}); "txt" or ".txt". */
    extensions?: string[];
    /** Extra gitignore-syntax patterns (from `--ignore` and the config), relative to `cwd`. */
    ignore?: string[];
    /** Working directory: relative arguments and `opts.ignore` are resolved against it. */
    cwd: string;
}
/** Lower-case and dot-prefix extensions: ["TXT", ".md"] → [".txt", ".md"]. */
export declare function normalizeExtensions(exts: string[]): string[];
/** What a special file is, for the skip note; undefined for regular files and folders. */
export declare function specialKind(st: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string | undefined;
/**
 * Why a `.json` / `.xml` file met in a walk is not a note (undefined when it may be one). Looks for a
 * FHIR `resourceType` or a `ClinicalDocument` root; XML with a DTD is kept so the reader can refuse it
 * with an error (it is never expanded).
 */
export declare function notANote(abs: string): string | undefined;
/**
 * Yield the inputs for `paths` in order: per argument, files in sorted order.
 * Never throws for a bad path; it becomes an `error` item with a one-line message.
 */
export declare function discover(paths: string[], opts: DiscoverOptions): Generator<DiscoveredInput>;
