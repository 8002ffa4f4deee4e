export interface GlobOptions {
    cwd: string;
    extensions: string[];
    ignore: string[];
}
/** The files an argument stands for, or `[arg]` when it is not a glob, exists as typed, or matches nothing. */
export declare function expandGlob(arg: string, opts: GlobOptions): string[];
