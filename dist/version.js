import { readFileSync } from 'node:fs';
/** The package version, read once from package.json (a bundled binary defines OPLINT_VERSION instead). */
export const VERSION = (() => {
    const injected = globalThis.OPLINT_VERSION;
    if (injected)
        return injected;
    try {
        const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
        return pkg.version;
    }
    catch {
        return '0.0.0';
    }
})();
