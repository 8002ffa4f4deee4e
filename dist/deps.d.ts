import type * as ZodModule from 'zod';
import type * as YamlModule from 'yaml';
/** The zod namespace (`z`), loaded on first use. */
export declare function zod(): typeof ZodModule.z;
/** The yaml module, loaded on first use. */
export declare function yaml(): typeof YamlModule;
/** A value built on first use and kept (for schemas that need zod). */
export declare function lazy<T>(build: () => T): () => T;
