import { readFileSync } from 'node:fs';
import { usageError } from '@mlguard/core';

/** What a run is about, computed once from the runner's environment and the event payload. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** `owner/name` */
  repository: string;
  /**
   * The commit feedback attaches to: the PR head for pull_request events (GITHUB_SHA is the
   * merge commit there, and a check run on it would not show on the PR), else GITHUB_SHA.
   */
  headSha: string;
  /** GITHUB_SHA as the runner gave it. */
  sha: string;
  baseSha?: string;
  prNumber?: number;
  /** A pull request from another repository: the token is read-only. */
  isFork: boolean;
  isPush: boolean;
  ref: string;
  runId?: string;
  /** Link to this workflow run, for "see more" links. */
  runUrl?: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  /** The raw event payload (validated as a JSON object). */
  payload: Record<string, unknown>;
}

type Env = Record<string, string | undefined>;

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/** Reads the event payload; a missing or corrupt file is a usage error, never a crash. */
export function readEventPayload(path: string | undefined): Record<string, unknown> {
  if (!path) throw usageError('GITHUB_EVENT_PATH is not set', { hint: 'run inside GitHub Actions, or set GITHUB_EVENT_PATH to the event payload file' });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw usageError(`cannot read the event payload: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file: path });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw usageError(`the event payload is not valid JSON (${(e as Error).message})`, { file: path });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw usageError('the event payload is not a JSON object', { file: path });
  return data as Record<string, unknown>;
}

const get = (o: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export function readRunContext(env: Env = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!eventName) throw usageError('GITHUB_EVENT_NAME is not set', { hint: 'run inside GitHub Actions' });
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw usageError(`GITHUB_REPOSITORY is "${repository}", expected owner/name`);
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const sha = env.GITHUB_SHA ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const runId = env.GITHUB_RUN_ID;

  let headSha = sha;
  let baseSha: string | undefined;
  let prNumber: number | undefined;
  let isFork = false;
  const pr = get(payload, 'pull_request');
  if (PR_EVENTS.has(eventName) && pr) {
    headSha = str(get(pr, 'head', 'sha')) ?? sha;
    baseSha = str(get(pr, 'base', 'sha'));
    const n = get(pr, 'number') ?? get(payload, 'number');
    prNumber = typeof n === 'number' ? n : undefined;
    const headRepo = str(get(pr, 'head', 'repo', 'full_name'));
    const baseRepo = str(get(pr, 'base', 'repo', 'full_name')) ?? repository;
    // A deleted fork has head.repo null: treat it as a fork (the token is read-only either way).
    isFork = headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase() || get(pr, 'head', 'repo', 'fork') === true;
  } else if (eventName === 'push') {
    headSha = str(get(payload, 'after')) ?? sha;
    baseSha = str(get(payload, 'before'));
  } else if (eventName === 'workflow_run') {
    headSha = str(get(payload, 'workflow_run', 'head_sha')) ?? sha;
  }
  if (!/^[0-9a-f]{40}$/i.test(headSha)) throw usageError(`no commit SHA for this run (GITHUB_SHA is "${sha}")`, { hint: 'run inside GitHub Actions' });

  return {
    eventName,
    owner,
    repo,
    repository,
    headSha,
    sha,
    ...(baseSha ? { baseSha } : {}),
    ...(prNumber !== undefined ? { prNumber } : {}),
    isFork,
    isPush: eventName === 'push',
    ref: env.GITHUB_REF ?? '',
    ...(runId ? { runId, runUrl: `${serverUrl}/${repository}/actions/runs/${runId}` } : {}),
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    payload,
  };
}
