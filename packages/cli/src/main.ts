import { resolve } from 'node:path';
import {
  DEFAULT_BASELINE_FILE,
  ExitCode,
  MLGUARD_VERSION,
  didYouMean,
  executeTool,
  gateExitCode,
  isMlguardError,
  networkAllowed,
  noNetwork,
  nodeFileSystem,
  renderJson,
  renderMarkdown,
  renderText,
  systemClock,
  usageError,
  writeBaseline,
  type Fetch,
  type Logger,
  type Ports,
  type RawOptions,
  type ToolSpec,
} from '@mlguard/core';
import { flagFromOption, parseArgs, type FlagSpec } from './args.js';
import { cliOptionSpecs, globalHelp, publishHelp, schemaHelp, toolHelp } from './help.js';
import { schemaText } from './schemas.js';

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** stdout is a terminal (colours on unless NO_COLOR). */
  isTTY: boolean;
  /** The real network, handed to a tool only when its `online`/`allow-network` option is true. */
  fetch: Fetch;
  writeFile(path: string, text: string): Promise<void>;
}

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const OUTPUT_FLAG_SPECS: FlagSpec[] = [
  { name: 'format', boolean: false, repeatable: false },
  { name: 'output', boolean: false, repeatable: false, short: 'o' },
  { name: 'workspace', boolean: false, repeatable: false },
  { name: 'help', boolean: true, repeatable: false, short: 'h' },
];

function stderrLogger(io: CliIo, debug: boolean): Logger {
  return {
    debug: (m) => debug && io.stderr(`debug: ${m}\n`),
    info: (m) => io.stderr(`${m}\n`),
    warning: (m) => io.stderr(`warning: ${m}\n`),
    error: (m) => io.stderr(`error: ${m}\n`),
  };
}

/** Runs one CLI invocation and returns the exit code. Never throws. */
export async function main(argv: readonly string[], specs: readonly ToolSpec[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  try {
    return await dispatch(args, specs, io, debug);
  } catch (e) {
    if (isMlguardError(e)) {
      const lines = e.details.length > 1 ? e.details : [e.describe()];
      io.stderr(`${lines.map((l) => `mlguard: ${l}`).join('\n')}\n`);
      if (debug && e.stack) io.stderr(`${e.stack}\n`);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`mlguard: internal error: ${message.split('\n')[0]} (this is a bug${debug ? '' : '; rerun with --debug for the stack trace'})\n`);
    if (debug) io.stderr(`${e instanceof Error && e.stack ? e.stack : String(e)}\n`);
    return ExitCode.ToolError;
  }
}

async function dispatch(args: string[], specs: readonly ToolSpec[], io: CliIo, debug: boolean): Promise<number> {
  const [cmd, ...rest] = args;
  if (cmd === undefined) {
    io.stderr(globalHelp(specs));
    return ExitCode.UsageError;
  }
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    const topic = rest[0] && specs.find((s) => s.tool === rest[0]);
    io.stdout(topic ? toolHelp(topic) : rest[0] === 'schema' ? schemaHelp() : rest[0] === 'publish' ? publishHelp() : globalHelp(specs));
    return ExitCode.Passed;
  }
  if (cmd === '--version' || cmd === '-V' || cmd === 'version') {
    io.stdout(`${MLGUARD_VERSION}\n`);
    return ExitCode.Passed;
  }
  if (cmd === 'schema') return schemaCommand(rest, specs, io);
  // Loaded only for `publish` (Octokit and the channels are most of the CLI's code besides the engines).
  if (cmd === 'publish') return (await import('./publish.js')).publishCommand(rest, io, debug);
  if (cmd === 'baseline') {
    const [toolName, ...toolArgs] = rest;
    if (toolName === '--help' || toolName === '-h' || toolName === undefined) {
      io.stdout(globalHelp(specs));
      if (toolName === undefined) throw usageError('mlguard baseline needs a tool', { hint: specs.length ? `one of ${specs.map((s) => s.tool).join(', ')}` : 'no tool is registered in this build' });
      return ExitCode.Passed;
    }
    return toolCommand(findSpec(toolName, specs), toolArgs, io, debug, true);
  }
  return toolCommand(findSpec(cmd, specs), rest, io, debug, false);
}

function findSpec(name: string, specs: readonly ToolSpec[]): ToolSpec {
  const spec = specs.find((s) => s.tool === name);
  if (spec) return spec;
  const commands = [...specs.map((s) => s.tool), ...(specs.length ? ['baseline'] : []), 'publish', 'schema'];
  const guess = didYouMean(name, commands);
  throw usageError(`unknown command "${name.slice(0, 80)}"`, { hint: guess ? `did you mean "${guess}"?` : `commands: ${commands.join(', ')}` });
}

async function schemaCommand(args: string[], specs: readonly ToolSpec[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(args, OUTPUT_FLAG_SPECS.filter((f) => f.name === 'output' || f.name === 'help'));
  if (flags.get('help') === 'true') {
    io.stdout(schemaHelp());
    return ExitCode.Passed;
  }
  const which = positionals[0];
  if ((which !== 'config' && which !== 'result') || positionals.length > 1) throw usageError('mlguard schema takes one argument: config or result');
  await emit(schemaText(which, specs), flags.get('output'), io);
  return ExitCode.Passed;
}

async function emit(text: string, output: string | undefined, io: CliIo): Promise<void> {
  if (output) await io.writeFile(resolve(io.cwd, output), text);
  else io.stdout(text);
}

async function toolCommand(spec: ToolSpec, args: string[], io: CliIo, debug: boolean, baseline: boolean): Promise<number> {
  const options = cliOptionSpecs(spec);
  const { flags, positionals } = parseArgs(args, [...options.map(flagFromOption), ...OUTPUT_FLAG_SPECS]);
  if (flags.get('help') === 'true') {
    io.stdout(toolHelp(spec, baseline));
    return ExitCode.Passed;
  }
  const format = (flags.get('format') ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw usageError(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
  if (baseline && flags.has('format')) throw usageError('mlguard baseline takes no --format: it writes the baseline file');

  // `mlguard model-sign verify ...`: a first positional naming a command picks it; without one,
  // the `command` option resolves as any other (config file, then the spec's default).
  const values = new Map(flags);
  const pos = [...positionals];
  if (spec.commands?.length && !values.has('command')) {
    if (pos[0] !== undefined && spec.commands.includes(pos[0])) values.set('command', pos.shift()!);
    else if (!spec.options.some((o) => o.name === 'command')) {
      throw usageError(`mlguard ${spec.tool} needs a command: ${spec.commands.join(', ')}`, { hint: `mlguard ${spec.tool} ${spec.commands[0]} --help` });
    }
  }
  if (pos.length) {
    if (!spec.positional) throw usageError(`mlguard ${spec.tool} takes no positional arguments (got "${pos[0]!.slice(0, 80)}")`);
    const prev = values.get(spec.positional);
    values.set(spec.positional, [...(prev ? [prev] : []), ...pos].join('\n'));
  }
  const raw: RawOptions = { get: (n) => values.get(n), describe: (n) => `--${n}` };

  let allowNetwork = false;
  const ports: Ports = {
    workspace: resolve(io.cwd, flags.get('workspace') ?? '.'),
    fs: nodeFileSystem(resolve(io.cwd, flags.get('workspace') ?? '.')),
    log: stderrLogger(io, debug),
    clock: systemClock,
    // Network only when the tool's online/allow-network option resolved to true (see README).
    fetch: (input, init) => (allowNetwork ? io.fetch(input, init) : noNetwork(input, init)),
  };
  const run = await executeTool(spec, raw, ports, {
    onOptions: (o) => {
      allowNetwork = networkAllowed(spec, o);
    },
    ...(baseline ? { ignoreBaseline: true } : {}),
  });

  if (baseline) {
    const target = flags.get('output') ? resolve(io.cwd, flags.get('output')!) : (run.options.string('baseline') ?? DEFAULT_BASELINE_FILE);
    const written = await writeBaseline(ports.fs, target, spec.tool, run.result.findings, systemClock.now());
    const n = written.tools[spec.tool]?.findings.length ?? 0;
    io.stderr(`mlguard: wrote ${n} finding${n === 1 ? '' : 's'} of ${spec.tool} to the baseline ${flags.get('output') ?? target}\n`);
    return ExitCode.Passed;
  }

  const color = format === 'text' && !flags.get('output') && io.isTTY && !io.env.NO_COLOR;
  const text =
    format === 'json'
      ? renderJson(run.result)
      : format === 'sarif'
        ? `${JSON.stringify(run.sarif, null, 2)}\n`
        : format === 'markdown'
          ? renderMarkdown(run.result)
          : renderText(run.result, { color });
  await emit(text, flags.get('output'), io);
  io.stderr(`mlguard: wrote ${run.resultFile} and ${run.sarifFile}\n`);
  return gateExitCode(run.result);
}
