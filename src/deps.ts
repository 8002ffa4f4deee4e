import { createRequire } from 'node:module';
import type * as ZodModule from 'zod';
import type * as YamlModule from 'yaml';

/**
 * zod and yaml are needed only to validate pattern packs that the build-time cache does not cover, config
 * files and baselines: they are loaded on first use, so a plain run does not pay for them at start-up.
 * A bundled binary registers its embedded copies on `globalThis.__OPLINT_DEPS__`.
 */
interface Injected {
  zod?: () => typeof ZodModule;
  yaml?: () => typeof YamlModule;
}

let req: ReturnType<typeof createRequire> | undefined;
let zodModule: typeof ZodModule | undefined;
let yamlModule: typeof YamlModule | undefined;

const injected = (): Injected | undefined => (globalThis as { __OPLINT_DEPS__?: Injected }).__OPLINT_DEPS__;
const load = (name: string): unknown => (req ??= createRequire(import.meta.url))(name);

/** The zod namespace (`z`), loaded on first use. */
export function zod(): typeof ZodModule.z {
  zodModule ??= injected()?.zod?.() ?? (load('zod') as typeof ZodModule);
  return zodModule.z;
}

/** The yaml module, loaded on first use. */
export function yaml(): typeof YamlModule {
  yamlModule ??= injected()?.yaml?.() ?? (load('yaml') as typeof YamlModule);
  return yamlModule;
}

/** A value built on first use and kept (for schemas that need zod). */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
