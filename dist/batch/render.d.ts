import type { FormatContext, Formatter } from '../format/types.js';
import type { NoteResult, NoteStatus } from '../types.js';
/** Formats whose `result()` is a pure function of one note's results and the context. */
export declare const RENDER_FORMATS: readonly ["jsonl", "csv", "github"];
export type RenderFormat = (typeof RENDER_FORMATS)[number];
export declare function isRenderFormat(name: string): name is RenderFormat;
/** What a worker needs to render (structured-cloneable). */
export interface RenderSpec {
    format: RenderFormat;
    ctx: FormatContext;
    /** `--quiet`: results whose status is `pass` are left out of the text (still counted). */
    quiet: boolean;
    /** `--fail-on`: what fails the gate. */
    failOn: 'fail' | 'warn';
}
/** One result, as the CLI counts it. */
export interface ResultDigest {
    source: string;
    status: NoteStatus;
    /** Fails the `--fail-on` gate. */
    gate: boolean;
    /** Warnings towards `--max-warnings`. */
    warnings: number;
    /** The error message of an `error` result. */
    error?: string;
}
/** One note, rendered. */
export interface Rendered {
    text: string;
    digest: ResultDigest[];
}
export type RenderFn = (results: NoteResult[]) => Rendered;
/** Warnings a result counts towards --max-warnings: warn elements and claim findings, baselined ones left out. */
export declare function countWarnings(r: NoteResult): number;
export declare function digestOf(r: NoteResult, failOn: 'fail' | 'warn'): ResultDigest;
/** A render function over a formatter (the CLI's own instance in-process; a worker's copy in a worker). */
export declare function makeRenderer(formatter: Formatter, spec: Pick<RenderSpec, 'quiet' | 'failOn'>): RenderFn;
export declare function loadRenderer(spec: RenderSpec): Promise<RenderFn>;
