import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeGitHub, RecordedCall } from './fake-github.js';
import { fakeRuntimeToken, type FakeResults } from './fake-results.js';
import { SHAS } from './events.js';

/**
 * Runs a dist bundle the way the Actions runner runs a `node24` action: a fresh process with
 * INPUT_* variables, the event payload in a file, and the runner's command files. The process
 * is spawned asynchronously: a synchronous spawn would block the in-process fake servers.
 */

export interface RunBundleOptions {
  /** Action inputs by name as in action.yml (`fail-on`), turned into INPUT_FAIL-ON. */
  inputs?: Record<string, string>;
  /** Event payload; a string is written verbatim (to test a corrupt file); null writes no file. */
  event?: Record<string, unknown> | string | null;
  /** Default: pull_request when the event has `pull_request`, workflow_run when it has `workflow_run`, else push. */
  eventName?: string;
  fake?: FakeGitHub;
  /** The results-service fake; sets ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL. */
  results?: FakeResults;
  /** Repository checkout directory (GITHUB_WORKSPACE); default: a new temp dir. */
  workspace?: string;
  repository?: string;
  /** GITHUB_SHA; defaults to the merge SHA for pull_request events and the pushed SHA otherwise. */
  sha?: string;
  runId?: string;
  /** Extra environment variables, applied last. */
  env?: Record<string, string>;
  /** Kill the process after this long (default 60 s): a hung action fails the test, not the suite. */
  timeoutMs?: number;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface BundleRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** Contents of the GITHUB_STEP_SUMMARY file. */
  summary: string;
  /** Workflow commands printed on stdout (`::error file=a,line=1::msg`), properties unescaped. */
  commands: WorkflowCommand[];
  /** API calls the fake recorded during this run. */
  calls: RecordedCall[];
  workspace: string;
  runnerTemp: string;
  /** The results-service run id of this run's artifacts: `results.files(name, run.artifactRun)`. */
  artifactRun: string;
}

export async function runBundle(bundlePath: string, o: RunBundleOptions = {}): Promise<BundleRun> {
  const runnerTemp = await mkdtemp(join(tmpdir(), 'mlguard-runner-'));
  const workspace = o.workspace ?? (await mkdtemp(join(tmpdir(), 'mlguard-ws-')));
  const outputFile = join(runnerTemp, 'github_output');
  const summaryFile = join(runnerTemp, 'step_summary.md');
  const eventFile = join(runnerTemp, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  if (o.event !== null && o.event !== undefined) await writeFile(eventFile, typeof o.event === 'string' ? o.event : JSON.stringify(o.event));
  const ev = typeof o.event === 'object' && o.event ? o.event : {};
  const eventName = o.eventName ?? ('pull_request' in ev ? 'pull_request' : 'workflow_run' in ev ? 'workflow_run' : 'push');

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerTemp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: o.repository ?? 'octo-org/ml-repo',
    GITHUB_REPOSITORY_OWNER: (o.repository ?? 'octo-org/ml-repo').split('/')[0]!,
    GITHUB_SHA: o.sha ?? (eventName === 'pull_request' ? SHAS.merge : SHAS.push),
    GITHUB_REF: eventName === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_RUN_ID: o.runId ?? '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'mlguard',
    GITHUB_JOB: 'scan',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    // Test pacing: no 1 s spacing between writes, short retry back-off (see packages/github/README.md).
    MLGUARD_API_WRITE_INTERVAL_MS: '0',
    MLGUARD_API_RETRY_BASE_MS: '20',
  };
  if (o.fake) {
    env.GITHUB_API_URL = o.fake.url;
    env.GITHUB_GRAPHQL_URL = `${o.fake.url}/graphql`;
  }
  // Each run is its own workflow run for the results service, as on GitHub (artifact names are per run).
  const artifactRun = `run-${randomUUID().slice(0, 8)}`;
  if (o.results) {
    env.ACTIONS_RUNTIME_TOKEN = fakeRuntimeToken(artifactRun);
    env.ACTIONS_RESULTS_URL = `${o.results.url}/`;
  }
  for (const [name, value] of Object.entries(o.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(env, o.env ?? {});

  const callsBefore = o.fake?.calls.length ?? 0;
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bundlePath],
      { env, cwd: workspace, timeout: o.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, out, err) => {
        const exit = error ? (typeof error.code === 'number' ? error.code : error.killed ? -1 : 1) : 0;
        resolve({ code: exit, stdout: out, stderr: err });
      },
    );
  });
  return {
    exitCode: code,
    stdout,
    stderr,
    outputs: parseCommandFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    commands: parseWorkflowCommands(stdout),
    calls: o.fake ? o.fake.calls.slice(callsBefore) : [],
    workspace,
    runnerTemp,
    artifactRun,
  };
}

/** Parses the `name<<delimiter` heredoc format @actions/core writes to GITHUB_OUTPUT. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** Reads workflow commands the way the runner does: lines that start with `::` after leading whitespace. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    // The runner splits stdout on \n only: U+2028/U+2029 inside a message are message text (flag s).
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line.trimStart());
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: m[1]!, properties, message: unescapeData(m[3]!) });
  }
  return commands;
}
