/**
 * Whether to colour output, with supports-color's semantics applied to the environment the CLI was given
 * (tests and embedders pass their own `env`, so the decision cannot read process.env directly):
 *
 *   1. `--color` / `--no-color` win;
 *   2. a report written to a file (`-o`) is never coloured by the environment;
 *   3. `NO_COLOR` (any non-empty value, https://no-color.org) turns colour off;
 *   4. `FORCE_COLOR`: "0" or "false" off, anything else (including empty) on;
 *   5. not a terminal: off;  6. `TERM=dumb`: off;  7. otherwise on.
 */
export interface ColorInput {
    flag?: boolean | undefined;
    toFile?: boolean;
    env: Record<string, string | undefined>;
    isTTY?: boolean | undefined;
}
export declare function colorWanted({ flag, toFile, env, isTTY }: ColorInput): boolean;
