/** Sizes in messages and options (binary units, like `--max-size`). */
/** Human size: "7.2 MB", "500 KB", "12 bytes" (binary units, like `--max-size`). */
export declare function formatSize(bytes: number, digits?: number): string;
/** The over-limit message; shows more digits when one decimal would print the same figure as the limit. */
export declare function sizeMessage(what: string, size: number, maxSize: number): string;
/**
 * Parse a size option: "5MB", "5 mb", "500k", "500KB", "1.5M", "1048576" (bytes), "2g".
 * Units are binary (k = 1024). Throws `RangeError` with a one-line message on anything else.
 */
export declare function parseSize(input: string | number): number;
