import { createRequire } from 'node:module';
let req;
let zodModule;
let yamlModule;
const injected = () => globalThis.__OPLINT_DEPS__;
const load = (name) => (req ??= createRequire(import.meta.url))(name);
/** The zod namespace (`z`), loaded on first use. */
export function zod() {
    zodModule ??= injected()?.zod?.() ?? load('zod');
    return zodModule.z;
}
/** The yaml module, loaded on first use. */
export function yaml() {
    yamlModule ??= injected()?.yaml?.() ?? load('yaml');
    return yamlModule;
}
/** A value built on first use and kept (for schemas that need zod). */
export function lazy(build) {
    let value;
    return () => (value ??= build());
}
