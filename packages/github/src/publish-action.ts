import { lstat, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { extractOne } from './bounded-unzip.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { ExitCode, inputError, isMlguardError, isToolName, renderSarif, toolError, usageError, validateResult, type ScanResult } from '@mlguard/core';
import { clientOptionsFromEnv, createGitHubClient } from './client.js';
import { readRunContext, type RunContext } from './context.js';
import { publishResult, type ChannelSettings } from './publish.js';
import { actionsIo, reportFatal } from './run-action.js';
import type { CommentMode } from './channels/pr-comment.js';

/** Inputs of actions/publish (its own set: it runs no engine). */
export const PUBLISH_INPUTS = {
  token: 'GitHub token with checks: write, pull-requests: write (and statuses: write, security-events: write when enabled), actions: read.',
  'run-id': 'Workflow run whose mlguard artifacts to publish (default: the run that triggered this workflow_run event).',
  annotations: 'Emit workflow-command annotations in this job (true|false, default true).',
  'check-run': 'Create a check run mlguard/<tool> on the pull request head (true|false, default true).',
  'pr-comment': 'When to post or update the sticky PR comment: always, on-failure or never (default always).',
  'commit-status': 'Set a commit status mlguard/<tool> on the head commit (true|false, default false).',
  'upload-sarif': 'Upload SARIF rebuilt from the validated result to code scanning (true|false, default false).',
  'max-artifact-bytes': 'Reject artifacts and result files larger than this (default 10485760).',
} as const;

const ARTIFACT_NAME = /^mlguard-([a-z-]+)$/;

function boolInput(name: string, dflt: boolean): boolean {
  const v = core.getInput(name);
  if (v === '') return dflt;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw usageError(`input ${name}: "${v.slice(0, 40)}" is not a boolean (use true or false)`);
}

interface WorkflowRun {
  id: number;
  headSha: string;
  htmlUrl?: string;
  prNumbers: number[];
}

function workflowRunOf(ctx: RunContext): WorkflowRun {
  if (ctx.eventName !== 'workflow_run') throw usageError(`actions/publish runs on workflow_run events, not ${ctx.eventName}`, { hint: 'see actions/publish/README.md for the workflow pair' });
  const wr = ctx.payload.workflow_run as Record<string, unknown> | undefined;
  const id = wr?.id;
  const headSha = wr?.head_sha;
  if (typeof id !== 'number' || typeof headSha !== 'string' || !/^[0-9a-f]{40}$/.test(headSha)) throw usageError('the workflow_run event has no run id or head SHA');
  const prs = Array.isArray(wr?.pull_requests) ? (wr.pull_requests as Array<{ number?: unknown }>) : [];
  return {
    id,
    headSha,
    ...(typeof wr?.html_url === 'string' ? { htmlUrl: wr.html_url } : {}),
    prNumbers: prs.map((p) => p.number).filter((n): n is number => typeof n === 'number'),
  };
}

/**
 * Reads and validates one downloaded artifact (the zip as downloaded, not extracted). Everything
 * in it came from a run that may have executed a fork's code: only `<artifact>.json` is inflated,
 * in memory and capped, the JSON is validated against the result schema, and its commit and
 * repository must match the workflow_run event.
 */
export function readArtifactResult(zip: Uint8Array, artifact: string, tool: string, wr: WorkflowRun, repository: string, maxBytes: number): ScanResult {
  const file = `${artifact}.json`;
  const source = `artifact ${artifact}/${file}`;
  const { data, names } = extractOne(zip, file, maxBytes, `artifact ${artifact}`);
  if (!data) throw inputError(`the artifact has no ${file} (found: ${names.slice(0, 5).join(', ') || 'nothing'})`, { file: `artifact ${artifact}` });
  let json: unknown;
  try {
    json = JSON.parse(data.toString('utf8'));
  } catch (e) {
    throw inputError(`the result file is not JSON (${(e as Error).message.slice(0, 120)})`, { file: source });
  }
  const result = validateResult(json, source);
  if (result.tool !== tool) throw inputError(`the result is for tool ${result.tool}, but the artifact is named for ${tool}`, { file: source });
  const ctx = result.context;
  if (!ctx?.sha) throw inputError('the result carries no commit SHA (context.sha)', { file: source });
  if (ctx.sha !== wr.headSha) throw inputError(`the result is for commit ${ctx.sha.slice(0, 12)}, but the workflow run is for ${wr.headSha.slice(0, 12)}`, { file: source });
  if (ctx.repository && ctx.repository.toLowerCase() !== repository.toLowerCase()) throw inputError(`the result is for repository ${ctx.repository}, not ${repository}`, { file: source });
  return result;
}

/** Downloads an artifact's zip as is (no extraction by the library) and returns its bytes. */
async function downloadZip(client: { downloadArtifact(id: number, o: object): Promise<unknown> }, id: number, findBy: object, name: string, maxBytes: number): Promise<Uint8Array> {
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'mlguard-publish-'));
  try {
    await client.downloadArtifact(id, { path: dir, findBy, skipDecompress: true });
  } catch (e) {
    throw toolError(`cannot download the artifact: ${(e as Error).message.split('\n')[0]}`, { file: `artifact ${name}`, hint: 'the token needs actions: read' });
  }
  const files = await readdir(dir);
  if (files.length !== 1) throw inputError(`expected one zip file from the download, got ${files.length}`, { file: `artifact ${name}` });
  const path = join(dir, files[0]!);
  const st = await lstat(path);
  if (!st.isFile() || st.size > maxBytes) throw inputError(`the artifact is ${st.size} bytes; the limit is ${maxBytes}`, { file: `artifact ${name}` });
  return new Uint8Array(await readFile(path));
}

async function runPublishOnce(): Promise<ExitCode> {
  const ctx = readRunContext();
  const wr = workflowRunOf(ctx);
  const token = core.getInput('token');
  if (!token) throw usageError('input token is required', { hint: 'token: ${{ github.token }}' });
  core.setSecret(token);
  const runIdInput = core.getInput('run-id');
  const runId = runIdInput ? Number(runIdInput) : wr.id;
  if (!Number.isInteger(runId) || runId <= 0) throw usageError(`input run-id: "${runIdInput}" is not a workflow run id`);
  const maxBytesInput = core.getInput('max-artifact-bytes');
  const maxBytes = maxBytesInput ? Number(maxBytesInput) : 10 * 1024 * 1024;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw usageError(`input max-artifact-bytes: "${maxBytesInput}" is not a positive number`);
  const prComment = (core.getInput('pr-comment') || 'always') as CommentMode;
  if (!['always', 'on-failure', 'never'].includes(prComment)) throw usageError(`input pr-comment: "${prComment}" is not one of always, on-failure, never`);
  const settings: ChannelSettings = {
    annotations: boolInput('annotations', true),
    checkRun: boolInput('check-run', true),
    prComment,
    commitStatus: boolInput('commit-status', false),
    uploadSarif: boolInput('upload-sarif', false),
    artifact: false,
    jobSummary: true,
  };

  const findBy = { token, workflowRunId: runId, repositoryOwner: ctx.owner, repositoryName: ctx.repo };
  // Loaded lazily, after the event file is validated: see loadActionsGitHub in client.ts.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const artifacts = new DefaultArtifactClient();
  let listed: Array<{ id: number; name: string; size: number }>;
  try {
    ({ artifacts: listed } = await artifacts.listArtifacts({ findBy, latest: true }));
  } catch (e) {
    throw toolError(`cannot list the artifacts of workflow run ${runId}: ${(e as Error).message.split('\n')[0]}`, { hint: 'the token needs actions: read' });
  }
  const ours = listed.filter((a) => ARTIFACT_NAME.test(a.name));
  if (!ours.length) {
    core.warning(`mlguard: workflow run ${runId} has no mlguard-<tool> artifacts: nothing to publish`);
    return ExitCode.Passed;
  }
  const client = clientOptionsFromEnv(ctx.apiUrl);
  const gh = await createGitHubClient(token, { ...client, debug: (m) => core.debug(m) });
  const verifiedPrs = new Map<number, boolean>();
  const verifyPr = async (n: number): Promise<boolean> => {
    if (wr.prNumbers.includes(n)) return true;
    if (!verifiedPrs.has(n)) {
      try {
        const { data } = await gh.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: n });
        verifiedPrs.set(n, data.head.sha === wr.headSha);
      } catch {
        verifiedPrs.set(n, false);
      }
    }
    return verifiedPrs.get(n)!;
  };

  let worst: ExitCode = ExitCode.Passed;
  for (const a of ours) {
    const tool = ARTIFACT_NAME.exec(a.name)![1]!;
    try {
      if (!isToolName(tool)) throw inputError(`unknown tool ${tool}`, { file: `artifact ${a.name}` });
      if (a.size > maxBytes) throw inputError(`the artifact is ${a.size} bytes; the limit is ${maxBytes}`, { file: `artifact ${a.name}` });
      const zip = await downloadZip(artifacts, a.id, findBy, a.name, maxBytes);
      const result = readArtifactResult(zip, a.name, tool, wr, ctx.repository, maxBytes);
      const pr = result.context?.pullRequest;
      let prNumber: number | undefined;
      if (pr !== undefined) {
        if (await verifyPr(pr)) prNumber = pr;
        else core.warning(`mlguard: ${a.name}: pull request #${pr} does not have head ${wr.headSha.slice(0, 12)}; not commenting on it`);
      }
      const pubCtx: RunContext = {
        ...ctx,
        headSha: wr.headSha,
        isFork: false,
        ...(wr.htmlUrl ? { runUrl: wr.htmlUrl } : {}),
        ...(prNumber !== undefined ? { prNumber } : {}),
      };
      if (prNumber === undefined) delete pubCtx.prNumber;
      await publishResult({
        result,
        ctx: pubCtx,
        settings,
        token,
        sarif: renderSarif([result]),
        ...(process.env.GITHUB_STEP_SUMMARY ? { jobSummaryFile: process.env.GITHUB_STEP_SUMMARY } : {}),
        artifactRuntime: false,
        client,
        io: actionsIo,
      });
      core.info(`mlguard: published ${a.name} (${result.findings.length} findings, gate ${result.gate.passed ? 'passed' : 'failed'})`);
    } catch (e) {
      // One rejected artifact never stops the others; the step exits with the worst code.
      const code = reportFatal(`publish ${a.name}`, e);
      worst = Math.max(worst, isMlguardError(e) ? code : ExitCode.ToolError) as ExitCode;
    }
  }
  return worst;
}

/**
 * Entry of actions/publish, for a `workflow_run` workflow: downloads the mlguard result
 * artifacts of the triggering pull_request run, validates them as untrusted input and publishes
 * check runs, annotations and the sticky PR comment with this workflow's write token.
 */
export async function runPublish(): Promise<void> {
  try {
    process.exitCode = await runPublishOnce();
  } catch (e) {
    process.exitCode = reportFatal('publish', e);
  }
}
