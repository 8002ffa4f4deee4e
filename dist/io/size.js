/** Sizes in messages and options (binary units, like `--max-size`). */
const MiB = 1024 * 1024;
const KiB = 1024;
/** Human size: "7.2 MB", "500 KB", "12 bytes" (binary units, like `--max-size`). */
export function formatSize(bytes, digits = 1) {
    const fmt = (v) => {
        const s = v.toFixed(digits);
        return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
    };
    if (bytes >= MiB)
        return `${fmt(bytes / MiB)} MB`;
    if (bytes >= KiB)
        return `${fmt(bytes / KiB)} KB`;
    return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}
/** The over-limit message; shows more digits when one decimal would print the same figure as the limit. */
export function sizeMessage(what, size, maxSize) {
    const limit = formatSize(maxSize);
    let shown = formatSize(size);
    if (shown === limit)
        shown = formatSize(size, 3);
    if (shown === limit)
        shown = `${size} bytes`;
    return `${what} is ${shown}, over the ${limit} limit (--max-size)`;
}
/**
 * Parse a size option: "5MB", "5 mb", "500k", "500KB", "1.5M", "1048576" (bytes), "2g".
 * Units are binary (k = 1024). Throws `RangeError` with a one-line message on anything else.
 */
export function parseSize(input) {
    if (typeof input === 'number') {
        if (Number.isFinite(input) && input > 0)
            return Math.floor(input);
        throw new RangeError(`invalid size ${String(input)}: expected a positive number of bytes`);
    }
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(input);
    if (!m)
        throw new RangeError(`invalid size "${input}": use bytes or a unit, e.g. 500k, 5MB`);
    const n = Number(m[1]);
    const unit = (m[2] ?? 'b').toLowerCase()[0];
    const mult = unit === 'k' ? KiB : unit === 'm' ? MiB : unit === 'g' ? 1024 * MiB : 1;
    const bytes = Math.floor(n * mult);
    if (bytes <= 0)
        throw new RangeError(`invalid size "${input}": must be more than 0 bytes`);
    return bytes;
}
