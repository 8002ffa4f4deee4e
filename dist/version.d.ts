/** The package version, read once from package.json (a bundled binary defines OPLINT_VERSION instead). */
export declare const VERSION: string;
