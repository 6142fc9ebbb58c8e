import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import {
  ExitCode,
  executeTool,
  gateExitCode,
  isMlguardError,
  networkAllowed,
  noNetwork,
  nodeFileSystem,
  systemClock,
  type Logger,
  type Ports,
  type ScanResult,
  type ToolSpec,
} from '@mlguard/core';
import { clientOptionsFromEnv } from './client.js';
import { readRunContext, type RunContext } from './context.js';
import { readActionInputs } from './inputs.js';
import { publishResult, type ChannelSettings, type PublishIo } from './publish.js';
import type { CommentMode } from './channels/pr-comment.js';

/**
 * Text that may come from a scanned repository must not start a line with `::` (the runner
 * trims leading whitespace, then treats such a line as a workflow command).
 */
export function neutralizeCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line.trimStart().startsWith('::') ? `> ${line}` : line))
    .join('\n');
}

/** The engine's logger: info and debug lines are neutralised; warnings and errors are escaped by core. */
export function actionsLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(neutralizeCommands(m)),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
  };
}

export const actionsIo: PublishIo = {
  writeLine: (line) => process.stdout.write(`${line}\n`),
  warning: (m) => core.warning(m),
  info: (m) => core.info(neutralizeCommands(m)),
  debug: (m) => core.debug(m),
};

function resultContext(ctx: RunContext): NonNullable<ScanResult['context']> {
  return {
    repository: ctx.repository,
    sha: ctx.headSha,
    ...(ctx.prNumber !== undefined ? { pullRequest: ctx.prNumber } : {}),
    ...(ctx.ref ? { ref: ctx.ref } : {}),
    ...(ctx.runId ? { runId: ctx.runId } : {}),
  };
}

async function runOnce(spec: ToolSpec): Promise<ExitCode> {
  const ctx = readRunContext();
  const inputs = readActionInputs(spec);
  const ports: Ports = {
    workspace: ctx.workspace,
    fs: nodeFileSystem(ctx.workspace),
    log: actionsLogger(),
    clock: systemClock,
    fetch: noNetwork,
    oidcToken: (audience) => core.getIDToken(audience),
    setOutput: (name, value) => core.setOutput(name, value),
  };
  const run = await executeTool(spec, inputs, ports, {
    context: resultContext(ctx),
    onOptions: (options) => {
      // Network access only for tools whose options allow it (dep-scan online lookups, ...).
      if (networkAllowed(spec, options)) ports.fetch = (input, init) => fetch(input, init);
    },
  });
  const { result, options } = run;

  core.setOutput('passed', String(result.gate.passed));
  core.setOutput('findings', String(result.findings.filter((f) => !f.suppressed).length));
  core.setOutput('blocking', String(result.gate.blocking));
  core.setOutput('result-file', run.resultFile);
  core.setOutput('sarif-file', run.sarifFile);

  const settings: ChannelSettings = {
    annotations: options.boolean('annotations') ?? true,
    checkRun: options.boolean('check-run') ?? true,
    prComment: (options.string('pr-comment') ?? 'always') as CommentMode,
    commitStatus: options.boolean('commit-status') ?? false,
    uploadSarif: options.boolean('upload-sarif') ?? false,
    artifact: options.boolean('artifact') ?? true,
    jobSummary: true,
  };
  const token = inputs.get('token');
  await publishResult({
    result,
    ctx,
    settings,
    ...(token ? { token } : {}),
    sarif: run.sarif,
    resultFile: run.resultFile,
    sarifFile: run.sarifFile,
    attachments: run.attachments,
    ...(process.env.GITHUB_STEP_SUMMARY ? { jobSummaryFile: process.env.GITHUB_STEP_SUMMARY } : {}),
    artifactRuntime: !!process.env.ACTIONS_RUNTIME_TOKEN,
    ...(process.env.RUNNER_TEMP ? { runnerTemp: process.env.RUNNER_TEMP } : {}),
    client: clientOptionsFromEnv(ctx.apiUrl),
    io: actionsIo,
  });

  const code = gateExitCode(result);
  // A plain line, not an ::error:: annotation: the 10 error slots GitHub shows are the findings'.
  if (code !== ExitCode.Passed) core.info(`mlguard/${spec.tool}: policy gate failed: ${result.gate.blocking} blocking finding${result.gate.blocking === 1 ? '' : 's'} (fail-on ${result.gate.failOn})`);
  return code;
}

/** Reports an error as ONE `::error::` line (no stack trace) and returns its exit code. */
export function reportFatal(tool: string, e: unknown, workspace?: string): ExitCode {
  if (isMlguardError(e)) {
    // A repository file at fault (a config or manifest line) also gets the annotation on that line.
    const at = workspace && e.file && !isAbsolute(e.file) && !e.file.startsWith('..') && existsSync(resolve(workspace, e.file)) ? e.file : undefined;
    core.error(`mlguard/${tool}: ${e.describe()}`, at ? { file: at, ...(e.line ? { startLine: e.line } : {}) } : {});
    return e.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  core.error(`mlguard/${tool}: internal error: ${message.split('\n')[0]} (please report this)`);
  if (e instanceof Error && e.stack) core.debug(e.stack);
  return ExitCode.ToolError;
}

/**
 * The whole entry point of every mlguard action: inputs and event -> engine -> gate -> result
 * JSON + SARIF -> every feedback channel that works -> exit code from the gate
 * (0 pass, 1 gate failed, 2 usage/config error, 3 tool error).
 */
export async function runAction(spec: ToolSpec): Promise<void> {
  try {
    process.exitCode = await runOnce(spec);
  } catch (e) {
    process.exitCode = reportFatal(spec.tool, e, process.env.GITHUB_WORKSPACE);
  }
}
