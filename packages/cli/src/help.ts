import { ACTION_OPTIONS, COMMON_OPTIONS, MLGUARD_VERSION, allOptionSpecs, type OptionSpec, type ToolSpec } from '@mlguard/core';
import { PUBLISH_EXIT_CODES, PUBLISH_FLAGS } from './publish-flags.js';

export const EXIT_CODES_TEXT = 'Exit codes: 0 gate passed, 1 gate failed, 2 usage or config error (or unreadable input), 3 tool error.';

/** CLI-only flags of `mlguard <tool>`. */
export const OUTPUT_FLAGS: readonly { name: string; arg?: string; description: string }[] = [
  { name: 'format', arg: 'text|json|sarif|markdown', description: 'What to print (default text). The result JSON and SARIF files are written in any case.' },
  { name: 'output', arg: 'FILE', description: 'Write the report to FILE instead of stdout.' },
  { name: 'workspace', arg: 'DIR', description: 'Repository root that paths are relative to (default: the current directory).' },
  { name: 'debug', description: 'Print debug logs, and the stack trace of an unexpected error.' },
  { name: 'help', description: 'Show this help.' },
];

const ACTION_ONLY = new Set(ACTION_OPTIONS.map((o) => o.name));

/** The options `mlguard <tool>` takes as flags (the action-only feedback channels are left out). */
export function cliOptionSpecs(spec: ToolSpec): OptionSpec[] {
  return allOptionSpecs(spec).filter((o) => !ACTION_ONLY.has(o.name));
}

function optionLine(o: OptionSpec): [string, string] {
  const arg = { string: ' <text>', enum: ` <${'values' in o ? o.values.join('|') : ''}>`, boolean: '', number: ' <n>', list: ' <a,b,...>', object: '' }[o.type];
  const shown = 'default' in o && o.default !== undefined && o.default !== false && !(Array.isArray(o.default) && !o.default.length);
  const d = shown ? ` (default: ${Array.isArray(o.default) ? o.default.join(',') : String(o.default)})` : '';
  const extra = o.type === 'object' ? ' (config file only)' : o.type === 'boolean' ? ' (--no-' + o.name + ' to turn off)' : '';
  return [`--${o.name}${arg}`, `${o.description}${d}${extra}`];
}

function table(rows: [string, string][]): string[] {
  const w = Math.min(34, Math.max(...rows.map((r) => r[0].length)));
  return rows.map(([a, b]) => (a.length > w ? `  ${a}\n  ${' '.repeat(w)}  ${b}` : `  ${a.padEnd(w)}  ${b}`));
}

export function globalHelp(specs: readonly ToolSpec[]): string {
  const tools = specs.length ? table(specs.map((s) => [s.tool + (s.commands?.length ? ` ${s.commands.join('|')}` : ''), s.description])) : ['  (no tool is registered in this build)'];
  return [
    `mlguard ${MLGUARD_VERSION}: security and quality gates for ML repositories`,
    '',
    'Usage:',
    ...(specs.length ? ['  mlguard <tool> [options] [paths...]     run a tool and gate on its findings', '  mlguard baseline <tool> [options]       accept the current findings (writes the baseline file)'] : []),
    '  mlguard publish [options] <results...>  publish result files to GitHub from any CI (check runs, PR comments)',
    '  mlguard schema config|result            print the JSON Schema of the config file or the result JSON',
    '  mlguard --version                       print the version',
    '  mlguard [<command>] --help              show help',
    '',
    'Tools:',
    ...tools,
    '',
    EXIT_CODES_TEXT,
    'Configuration: .github/mlguard.yml (see `mlguard schema config`); flags override the file, the file overrides defaults.',
    '',
  ].join('\n');
}

export function toolHelp(spec: ToolSpec, baseline = false): string {
  const pos = spec.positional ? ` [${spec.positional}...]` : '';
  const cmd = spec.commands?.length ? ` <${spec.commands.join('|')}>` : '';
  const common = new Set(COMMON_OPTIONS.map((o) => o.name));
  const all = cliOptionSpecs(spec);
  return [
    `Usage: mlguard ${baseline ? 'baseline ' : ''}${spec.tool}${cmd} [options]${pos}`,
    '',
    baseline ? `Runs ${spec.tool} and writes the fingerprints of its current findings to the baseline file (--output, else the baseline option, else .github/mlguard-baseline.json); other tools' entries are kept.` : spec.description,
    '',
    `${spec.tool} options:`,
    ...table(all.filter((o) => !common.has(o.name)).map(optionLine)),
    '',
    'Gate and files:',
    ...table(all.filter((o) => common.has(o.name)).map(optionLine)),
    '',
    'Output:',
    ...table(OUTPUT_FLAGS.filter((f) => !baseline || !['format'].includes(f.name)).map((f) => [`--${f.name}${f.arg ? ` <${f.arg}>` : ''}`, baseline && f.name === 'output' ? 'Where to write the baseline file.' : f.description])),
    '',
    baseline ? 'Exit codes: 0 baseline written, 2 usage or config error, 3 tool error.' : EXIT_CODES_TEXT,
    '',
  ].join('\n');
}

export function schemaHelp(): string {
  return ['Usage: mlguard schema config|result [--output FILE]', '', 'Prints the JSON Schema of .github/mlguard.yml (config) or of the result JSON (result).', ''].join('\n');
}

export function publishHelp(): string {
  return [
    'Usage: mlguard publish --repo owner/name --sha SHA [--pr N] [options] <result.json...>',
    '',
    'Publishes result files written by `mlguard <tool>` to GitHub from any CI (GitLab, Jenkins, Buildkite):',
    'a check run mlguard/<tool> per result with its annotations and summary, the sticky PR comment,',
    'and optionally a commit status and a SARIF upload. The token is read from an environment variable.',
    'A channel GitHub refuses (403, 404, 422, 5xx after retries) is skipped with one warning.',
    '',
    'Options:',
    ...table(PUBLISH_FLAGS.map((f) => [`--${f.name}${f.arg ? ` <${f.arg}>` : ''}`, f.description])),
    '',
    PUBLISH_EXIT_CODES,
    '',
  ].join('\n');
}
