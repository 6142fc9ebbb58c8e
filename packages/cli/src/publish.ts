import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Octokit } from '@octokit/rest';
import {
  ExitCode,
  MLGUARD_VERSION,
  inputError,
  isMlguardError,
  renderMarkdown,
  usageError,
  validateResult,
  type ScanResult,
} from '@mlguard/core';
import {
  CHANNEL_PERMISSIONS,
  OCTOKIT_PLUGINS,
  addCallTimeout,
  changedFiles,
  clientOptionsFromEnv,
  describeFailure,
  octokitPluginOptions,
  publishCheckRun,
  publishCommitStatus,
  publishPrComment,
  uploadSarif,
  type ChannelClient,
  type ChannelContext,
  type CommentMode,
} from '@mlguard/github/channels';
import { parseArgs } from './args.js';
import { publishHelp } from './help.js';
import type { CliIo } from './main.js';
import { PUBLISH_FLAG_SPECS } from './publish-flags.js';

/** Result files come from other jobs (possibly a fork's): far above any real result, far below memory trouble. */
const MAX_RESULT_BYTES = 64 * 1024 * 1024;
const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-failure', 'never'];
type Channel = keyof typeof CHANNEL_PERMISSIONS;

interface PublishPlan {
  owner: string;
  repo: string;
  sha: string;
  pr?: number;
  ref?: string;
  tokenEnv: string;
  apiUrl: string;
  comment: CommentMode;
  checkRun: boolean;
  commitStatus: boolean;
  sarifFile?: string;
  files: string[];
}

function readPlan(args: readonly string[]): PublishPlan | 'help' {
  const { flags, positionals } = parseArgs(args, PUBLISH_FLAG_SPECS);
  if (flags.get('help') === 'true') return 'help';
  const repoFlag = flags.get('repo');
  if (!repoFlag) throw usageError('mlguard publish needs --repo owner/name');
  const [owner, repo, ...extra] = repoFlag.split('/');
  if (!owner || !repo || extra.length || !/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo)) throw usageError(`--repo: "${repoFlag.slice(0, 100)}" is not owner/name`);
  const sha = flags.get('sha');
  if (!sha) throw usageError('mlguard publish needs --sha (the full commit SHA)', { hint: 'GitLab: --sha "$CI_COMMIT_SHA"' });
  if (!/^[0-9a-f]{40}$/i.test(sha)) throw usageError(`--sha: "${sha.slice(0, 60)}" is not a full 40-character commit SHA`);
  const prFlag = flags.get('pr');
  const pr = prFlag === undefined ? undefined : Number(prFlag);
  if (pr !== undefined && (!/^\d+$/.test(prFlag!) || !Number.isSafeInteger(pr) || pr <= 0)) throw usageError(`--pr: "${prFlag!.slice(0, 40)}" is not a pull request number`);
  const tokenEnv = flags.get('token-env') ?? 'GITHUB_TOKEN';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) throw usageError(`--token-env: "${tokenEnv.slice(0, 60)}" is not an environment variable name`, { hint: 'it names the variable holding the token, not the token' });
  const apiUrl = (flags.get('api-url') ?? 'https://api.github.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/.test(apiUrl)) throw usageError(`--api-url: "${apiUrl.slice(0, 100)}" is not an http(s) URL`);
  const comment = (flags.get('comment') ?? 'always') as CommentMode;
  if (!COMMENT_MODES.includes(comment)) throw usageError(`--comment: "${comment.slice(0, 40)}" is not one of ${COMMENT_MODES.join(', ')}`);
  const checkRun = flags.get('check-run') !== 'false';
  const commitStatus = flags.get('commit-status') === 'true';
  const sarifFile = flags.get('upload-sarif');
  if (!positionals.length) throw usageError('mlguard publish needs one or more result files', { hint: 'written by `mlguard <tool>`, e.g. mlguard-dep-scan.json' });
  if (!checkRun && !commitStatus && !sarifFile && (comment === 'never' || pr === undefined)) {
    throw usageError('nothing to publish: the check run is off, and there is no PR comment, commit status or SARIF upload', { hint: 'drop --no-check-run, or add --pr N' });
  }
  const ref = flags.get('ref');
  return {
    owner,
    repo,
    sha: sha.toLowerCase(),
    ...(pr !== undefined ? { pr } : {}),
    ...(ref ? { ref } : {}),
    tokenEnv,
    apiUrl,
    comment,
    checkRun,
    commitStatus,
    ...(sarifFile ? { sarifFile } : {}),
    files: positionals,
  };
}

/** Reads an untrusted JSON file with a size cap; every error names the file. */
async function readJson(path: string, shown: string): Promise<unknown> {
  let text: string;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw inputError('not a regular file', { file: shown });
    if (st.size > MAX_RESULT_BYTES) throw inputError(`the file is ${st.size} bytes; the limit is ${MAX_RESULT_BYTES}`, { file: shown });
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (isMlguardError(e)) throw e;
    throw inputError(`cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: shown });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw inputError(`not JSON (${(e as Error).message.slice(0, 120)})`, { file: shown });
  }
}

/** Every result is read and validated before anything is published: one bad file publishes nothing. */
async function readResults(files: readonly string[], cwd: string): Promise<Array<{ file: string; result: ScanResult }>> {
  const out: Array<{ file: string; result: ScanResult }> = [];
  for (const file of files) {
    const result = validateResult(await readJson(resolve(cwd, file), file), file);
    const twin = out.find((r) => r.result.tool === result.tool);
    // Two results of one tool would overwrite each other's check run name and sticky comment.
    if (twin) throw inputError(`a second ${result.tool} result (the first is ${twin.file})`, { file, hint: 'publish one result per tool' });
    out.push({ file, result });
  }
  return out;
}

/**
 * @octokit/rest with the actions' retry, rate-limit and timeout behaviour (octokit-options.ts in
 * @mlguard/github). Octokit's own request log would print one stderr line per failed call on top
 * of our warning, so it goes to --debug.
 */
function createClient(token: string, apiUrl: string, io: CliIo, debug: (m: string) => void): ChannelClient {
  const options = { ...clientOptionsFromEnv(apiUrl, io.env), debug };
  const Client = Octokit.plugin(...OCTOKIT_PLUGINS);
  const octokit = new Client({
    auth: token,
    userAgent: `mlguard/${MLGUARD_VERSION}`,
    ...octokitPluginOptions(options),
    request: { fetch: io.fetch },
    log: { debug, info: debug, warn: debug, error: debug },
  });
  addCallTimeout(octokit, options);
  return octokit;
}

/** The token must never reach the output, whatever an error message quotes. */
function redactingIo(io: CliIo, secret: string): CliIo {
  const scrub = (t: string) => (secret ? t.split(secret).join('***') : t);
  return { ...io, stdout: (t) => io.stdout(scrub(t)), stderr: (t) => io.stderr(scrub(t)) };
}

/** A failure that says GitHub could not be reached or did not accept the token, rather than "not allowed here". */
const unreachable = (e: unknown) => {
  const status = (e as { status?: unknown }).status;
  return typeof status !== 'number' || status >= 500 || status === 401;
};

/**
 * `mlguard publish`: publishes result files written by `mlguard <tool>` to GitHub through the
 * same channel functions the actions use. Exit code: the gates' verdict, 2 for usage errors and
 * invalid files, 3 when not a single channel went through because GitHub was unreachable or
 * refused the token (a channel merely not permitted, e.g. 403 on a fork, is skipped with a
 * warning and the gate still decides, as in the action).
 */
export async function publishCommand(args: readonly string[], rawIo: CliIo, debugOn: boolean): Promise<number> {
  const plan = readPlan(args);
  if (plan === 'help') {
    rawIo.stdout(publishHelp());
    return ExitCode.Passed;
  }
  const token = rawIo.env[plan.tokenEnv] ?? '';
  if (!token.trim()) throw usageError(`no GitHub token: the environment variable ${plan.tokenEnv} is empty or unset`, { hint: 'set it from a masked CI variable, or name another with --token-env' });
  const io = redactingIo(rawIo, token);
  const debug = (m: string) => {
    if (debugOn) io.stderr(`debug: ${m}\n`);
  };
  const results = await readResults(plan.files, io.cwd);
  const sarif = plan.sarifFile ? await readJson(resolve(io.cwd, plan.sarifFile), plan.sarifFile) : undefined;
  if (plan.sarifFile && (!sarif || typeof sarif !== 'object' || !Array.isArray((sarif as { runs?: unknown }).runs))) {
    throw inputError('not a SARIF log (no "runs" array)', { file: plan.sarifFile });
  }
  const sarifRefValue = plan.ref ?? (plan.pr !== undefined ? undefined : results.map((r) => r.result.context?.ref).find((r) => r?.startsWith('refs/')));
  if (plan.sarifFile && plan.pr === undefined && !sarifRefValue) throw usageError('--upload-sarif needs --ref (e.g. refs/heads/main) or --pr', { hint: 'GitLab: --ref "refs/heads/$CI_COMMIT_BRANCH"' });

  const gh = createClient(token, plan.apiUrl, io, debug);
  const ctx: ChannelContext = {
    owner: plan.owner,
    repo: plan.repo,
    headSha: plan.sha,
    ref: sarifRefValue ?? '',
    ...(plan.pr !== undefined ? { prNumber: plan.pr } : {}),
  };
  // Findings in the PR's changed files go first where GitHub limits how many are shown.
  const changed = plan.pr !== undefined ? await changedFiles(gh, ctx, debug) : undefined;

  let published = 0;
  let hardFailures = 0;
  const run = async (where: string, channel: Channel, fn: () => Promise<string>): Promise<string | undefined> => {
    try {
      const note = await fn();
      published++;
      return note;
    } catch (e) {
      if (unreachable(e)) hardFailures++;
      io.stderr(`warning: mlguard: ${where}: skipped the ${channel}: ${describeFailure(e)} (it needs ${CHANNEL_PERMISSIONS[channel]})\n`);
      return undefined;
    }
  };

  for (const { file, result } of results) {
    const tool = result.tool;
    const render = (maxChars: number) => renderMarkdown(result, { maxChars, title: `mlguard/${tool}` });
    const notes: string[] = [];
    const add = (n: string | undefined) => n && notes.push(n);
    if (plan.checkRun) add(await run(file, 'check run', () => publishCheckRun(gh, ctx, result, render(65_000), changed)));
    if (plan.pr !== undefined && plan.comment !== 'never') add(await run(file, 'PR comment', () => publishPrComment(gh, ctx, result, plan.comment, render)));
    if (plan.commitStatus) add(await run(file, 'commit status', () => publishCommitStatus(gh, ctx, result)));
    const gate = result.gate.passed ? 'passed' : `failed (${result.gate.blocking} blocking)`;
    io.stderr(`mlguard: ${file}: mlguard/${tool} gate ${gate}${notes.length ? `; ${notes.join('; ')}` : ''}\n`);
  }
  if (plan.sarifFile && sarif) {
    const note = await run(plan.sarifFile, 'SARIF upload', () => uploadSarif(gh, ctx, sarif));
    if (note) io.stderr(`mlguard: ${plan.sarifFile}: ${note}\n`);
  }

  if (published === 0 && hardFailures > 0) {
    io.stderr(`mlguard: nothing was published to ${plan.owner}/${plan.repo} (GitHub at ${plan.apiUrl} could not be reached or did not accept the token)\n`);
    return ExitCode.ToolError;
  }
  return results.every((r) => r.result.gate.passed) ? ExitCode.Passed : ExitCode.GateFailed;
}
