/**
 * `oplint completion bash|zsh|fish`: a completion script generated from the commands and options the
 * program defines, so it never drifts from the help text. Install:
 *
 *   bash  oplint completion bash > ~/.local/share/bash-completion/completions/oplint
 *   zsh   oplint completion zsh > "${fpath[1]}/_oplint"
 *   fish  oplint completion fish > ~/.config/fish/completions/oplint.fish
 */
import type { Command } from 'commander';
export declare const SHELLS: readonly ["bash", "zsh", "fish"];
export type Shell = (typeof SHELLS)[number];
export declare function completionScript(shell: Shell, program: Command): string;
