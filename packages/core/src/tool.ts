import type { Finding } from './finding.js';
import type { Clock, Fetch, FileSystem, Logger } from './ports.js';
import type { ToolName } from './tools.js';

/**
 * One option of a tool. The same spec drives the action input (`INPUT_<NAME>`),
 * the CLI flag (`--<name>`), the key in the tool's section of `.github/mlguard.yml`
 * and the config JSON Schema. Precedence: action input / CLI flag > config file > default.
 */
export type OptionSpec =
  | { name: string; type: 'string'; description: string; default?: string; secret?: boolean }
  | { name: string; type: 'enum'; values: readonly string[]; description: string; default?: string }
  | { name: string; type: 'boolean'; description: string; default?: boolean }
  | { name: string; type: 'number'; description: string; default?: number; minimum?: number; maximum?: number }
  /** Action inputs and CLI flags take a newline- or comma-separated list. */
  | { name: string; type: 'list'; description: string; default?: string[] }
  /** Structured value, only settable in the config file (e.g. a map of expectations). */
  | { name: string; type: 'object'; description: string; schema: Record<string, unknown> };

export type OptionValue = string | boolean | number | string[] | Record<string, unknown> | unknown[];

/** Resolved option values by option name; absent when neither set nor defaulted. */
export interface Options {
  string(name: string): string | undefined;
  boolean(name: string): boolean | undefined;
  number(name: string): number | undefined;
  list(name: string): string[] | undefined;
  object(name: string): unknown;
  /** Where a value came from, for error messages (`input fail-on`, `.github/mlguard.yml:12`). */
  source(name: string): string | undefined;
}

/** The edges an engine gets. Optional ports are absent when the run cannot provide them. */
export interface Ports {
  /** Absolute path of the repository root; finding paths are relative to it. */
  workspace: string;
  fs: FileSystem;
  log: Logger;
  clock: Clock;
  /** Network access; `noNetwork` unless the user allowed it for this tool. */
  fetch: Fetch;
  /** An OIDC id token for the given audience (GitHub Actions with `id-token: write`). */
  oidcToken?: (audience: string) => Promise<string>;
  /** Outputs a tool adds beyond the standard ones (model-sign's `digest`, ...). */
  setOutput?: (name: string, value: string) => void;
}

export interface EngineResult {
  /** What was scanned, in words a reader recognises (paths, a dataset, a model). */
  target: string;
  findings: Finding[];
  /** Figures the engine measured: counts, timings, statistics. Must be JSON-serialisable. */
  metrics: Record<string, unknown>;
  /** Extra Markdown the tool wants in the summary and PR comment, already escaped. */
  summaryMarkdown?: string;
  /** Further files the engine wrote (workspace-relative), uploaded with the result artifact (e.g. an HTML report). */
  attachments?: string[];
}

export interface ToolSpec {
  tool: ToolName;
  /** One line, for `--help` and the action description. */
  description: string;
  /** Sub-commands such as model-sign's sign|verify|scan; selected by the `command` option. */
  commands?: readonly string[];
  options: readonly OptionSpec[];
  /** Positional CLI arguments map onto this list option (e.g. `paths`). */
  positional?: string;
  run(options: Options, ports: Ports): Promise<EngineResult>;
}
