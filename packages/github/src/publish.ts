import type { ScanResult } from '@mlguard/core';
import { renderMarkdown } from '@mlguard/core';
import { createGitHubClient, type ClientOptions, type GitHubClient } from './client.js';
import { CHANNEL_PERMISSIONS, describeFailure } from './failure.js';
import type { RunContext } from './context.js';
import { planAnnotations } from './channels/annotations.js';
import { publishCheckRun } from './channels/check-run.js';
import { publishCommitStatus } from './channels/commit-status.js';
import { publishPrComment, type CommentMode } from './channels/pr-comment.js';
import { uploadSarif } from './channels/sarif-upload.js';
import { writeJobSummary } from './channels/job-summary.js';
import { uploadResultArtifact } from './channels/artifact.js';
import { changedFiles } from './changed-files.js';

export { CHANNEL_PERMISSIONS, describeFailure } from './failure.js';

export interface ChannelSettings {
  annotations: boolean;
  checkRun: boolean;
  prComment: CommentMode;
  commitStatus: boolean;
  uploadSarif: boolean;
  artifact: boolean;
  jobSummary: boolean;
}

export interface PublishIo {
  /** Writes one line to stdout (workflow commands). */
  writeLine(line: string): void;
  warning(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

export interface PublishRequest {
  result: ScanResult;
  ctx: RunContext;
  settings: ChannelSettings;
  token?: string;
  sarif: unknown;
  resultFile?: string;
  sarifFile?: string;
  /** Further files for the artifact (e.g. an HTML report). */
  attachments?: string[];
  jobSummaryFile?: string;
  /** Present inside a runner: artifacts can be uploaded. */
  artifactRuntime: boolean;
  runnerTemp?: string;
  client: Omit<ClientOptions, 'debug'>;
  io: PublishIo;
}

export interface PublishReport {
  published: Array<{ channel: string; note: string }>;
  skipped: Array<{ channel: string; reason: string }>;
}

type ChannelName = keyof typeof CHANNEL_PERMISSIONS | 'annotations' | 'job summary';

/**
 * Publishes a result through every enabled channel. A channel that fails is skipped with ONE
 * warning naming it and the permission it needs; the others still run. Nothing here changes
 * the exit code: the gate decides that.
 */
export async function publishResult(req: PublishRequest): Promise<PublishReport> {
  const { result, ctx, settings, io } = req;
  const report: PublishReport = { published: [], skipped: [] };
  const tool = result.tool;
  const render = (maxChars: number) => renderMarkdown(result, { maxChars, title: `mlguard/${tool}`, ...(ctx.runUrl ? { moreUrl: ctx.runUrl } : {}) });

  const run = async (channel: ChannelName, fn: () => Promise<string> | string) => {
    try {
      report.published.push({ channel, note: await fn() });
    } catch (e) {
      const reason = describeFailure(e);
      report.skipped.push({ channel, reason });
      const permission = channel in CHANNEL_PERMISSIONS ? CHANNEL_PERMISSIONS[channel as keyof typeof CHANNEL_PERMISSIONS] : undefined;
      const status = (e as { status?: number }).status;
      const forkHint = ctx.isFork && status === 403 ? '; fork pull requests get a read-only token: publish from a workflow_run workflow with actions/publish' : '';
      io.warning(`mlguard: skipped the ${channel}: ${reason}${permission ? ` (it needs ${permission}${forkHint})` : ''}`);
    }
  };

  const wantApi = settings.checkRun || (settings.prComment !== 'never' && ctx.prNumber !== undefined) || settings.commitStatus || settings.uploadSarif;
  let gh: GitHubClient | undefined;
  if (wantApi) {
    if (!req.token) {
      io.warning('mlguard: no GitHub token (input token is empty): skipped the check run, PR comment, commit status and SARIF upload');
    } else {
      try {
        gh = await createGitHubClient(req.token, { ...req.client, debug: io.debug });
      } catch (e) {
        io.warning(`mlguard: cannot create the GitHub API client (${describeFailure(e)}): skipped the check run, PR comment, commit status and SARIF upload`);
      }
    }
  }
  // Findings in the PR's changed files go first where GitHub limits how many are shown.
  const changed = gh ? await changedFiles(gh, ctx, io.debug) : undefined;

  if (settings.annotations) {
    const where = [`the job summary`, settings.checkRun && !ctx.isFork ? `the check run mlguard/${tool}` : undefined, 'the SARIF file'].filter(Boolean).join(', ');
    await run('annotations', () => {
      const plan = planAnnotations(result, where, changed);
      for (const line of plan.lines) io.writeLine(line);
      return `${plan.shown} shown, ${plan.hidden} more`;
    });
  }
  if (settings.jobSummary) await run('job summary', () => writeJobSummary(req.jobSummaryFile, render));

  if (gh) {
    const api = gh;
    if (settings.checkRun) await run('check run', () => publishCheckRun(api, ctx, result, render(65_000), changed));
    if (settings.prComment !== 'never' && ctx.prNumber !== undefined) await run('PR comment', () => publishPrComment(api, ctx, result, settings.prComment, render));
    if (settings.commitStatus) await run('commit status', () => publishCommitStatus(api, ctx, result));
    if (settings.uploadSarif) await run('SARIF upload', () => uploadSarif(api, ctx, req.sarif));
  }
  if (settings.artifact && req.resultFile && req.sarifFile) {
    if (req.artifactRuntime) {
      const [resultFile, sarifFile] = [req.resultFile, req.sarifFile];
      await run('artifact', () => uploadResultArtifact(tool, resultFile, sarifFile, req.runnerTemp, req.attachments ?? []));
    } else {
      io.debug('mlguard: no ACTIONS_RUNTIME_TOKEN: the result artifact is not uploaded (not inside a runner)');
    }
  }
  for (const p of report.published) io.debug(`mlguard: ${p.channel}: ${p.note}`);
  return report;
}
