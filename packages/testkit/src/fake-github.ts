import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { githubError, readBody, sendJson } from './http-util.js';
import { openApiValidator, type MatchedOperation } from './openapi.js';

/**
 * A fake of the GitHub REST API on 127.0.0.1 for the calls mlguard's reporters make. Every
 * request is first checked against GitHub's OpenAPI description; the limits GitHub enforces
 * (50 annotations per request, 65,535-char check summaries, 65,536-char comments, 140-char
 * status descriptions, SARIF size and result caps) answer with GitHub's own status codes.
 */

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** 0 while a hung request is left unanswered. */
  status: number;
  operationId?: string;
  /** Why the fake answered as it did when it was not the normal handler. */
  injected?: 'fork' | 'failure' | 'hang';
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url?: string;
  external_id?: string;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: CheckRunAnnotation[];
  /** Annotations received per request, in order (create first, then each update). */
  annotationBatches: number[];
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
}

export interface FakeStatus {
  sha: string;
  state: string;
  description: string | null;
  context: string;
  target_url: string | null;
}

export interface FakeSarifUpload {
  id: string;
  commit_sha: string;
  ref: string;
  gzippedBytes: number;
  sarif: { runs: Array<{ results?: unknown[] } & Record<string, unknown>> } & Record<string, unknown>;
}

export interface FakeRunArtifact {
  id: number;
  name: string;
  runId: number;
  zip: Buffer;
}

export interface FakeGitHubOptions {
  /** `owner/name`; requests for other repositories get 404. Default `octo-org/ml-repo`. */
  repository?: string;
  /** Start in fork mode: every write answers 403 "Resource not accessible by integration". */
  fork?: boolean;
  /** Author of comments the token creates. Default `github-actions[bot]`. */
  botLogin?: string;
  /** Login `GET /user` returns; unset means an installation token, for which GitHub answers 403. */
  tokenUser?: string;
}

export interface InjectOptions {
  /** Only requests this predicate accepts are affected (and counted). */
  match?: (call: { method: string; path: string; operationId?: string; body?: unknown }) => boolean;
  /** Seconds, sent as `retry-after` with a 429. Default 1. */
  retryAfter?: number;
  message?: string;
}

interface FailureRule extends InjectOptions {
  status: number;
  remaining: number;
}

interface HangRule {
  remaining: number;
  match?: InjectOptions['match'];
}

export interface FakeGitHub {
  /** Base URL to use as GITHUB_API_URL. */
  url: string;
  calls: RecordedCall[];
  /** Requests that did not match GitHub's OpenAPI description or that the fake does not implement. */
  validationErrors: string[];
  checkRuns: FakeCheckRun[];
  comments: FakeComment[];
  statuses: FakeStatus[];
  sarifUploads: FakeSarifUpload[];
  runArtifacts: FakeRunArtifact[];
  /** Fork mode can be switched between runs. */
  fork: boolean;
  /** Answer the next `n` matching requests with `status` (429 carries retry-after, 5xx a server error). */
  failNext(n: number, status: number, opts?: InjectOptions): void;
  /** Never answer the next `n` matching requests (Infinity: every request). */
  hangNext(n: number, opts?: Pick<InjectOptions, 'match'>): void;
  /** Pre-existing comment, e.g. one by another user carrying mlguard's marker. */
  addComment(issueNumber: number, body: string, login?: string, type?: 'Bot' | 'User'): FakeComment;
  /** An artifact of a workflow run, served by the list-artifacts and download endpoints. */
  addRunArtifact(runId: number, name: string, zip: Buffer): FakeRunArtifact;
  /** A pull request `GET /repos/{o}/{r}/pulls/{n}` answers with (the publisher verifies PR numbers). */
  addPull(number: number, headSha: string, headRepository?: string): void;
  /** Files `GET /repos/{o}/{r}/pulls/{n}/files` lists (paginated); without it that call answers 404. */
  setPullFiles(number: number, files: string[]): void;
  /** Calls by operation id (`checks/create`, `issues/update-comment`, ...). */
  callsTo(operationId: string): RecordedCall[];
  /** Forgets calls, injected failures and validation errors; keeps state (check runs, comments). */
  clearCalls(): void;
  close(): Promise<void>;
}

const LIMITS = {
  annotationsPerRequest: 50,
  checkRunText: 65_535,
  annotationMessage: 65_535,
  annotationTitle: 255,
  commentBody: 65_536,
  statusDescription: 140,
  sarifGzipBytes: 10 * 1024 * 1024,
  sarifRuns: 20,
  sarifResultsPerRun: 25_000,
} as const;

export const FAKE_GITHUB_LIMITS = LIMITS;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
  ) {
    super(message);
  }
}

const validationFailed = (resource: string, field: string, message: string) =>
  new HttpError(422, 'Validation Failed', [{ resource, code: 'custom', field, message }]);

export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const [owner, repo] = (opts.repository ?? 'octo-org/ml-repo').split('/') as [string, string];
  const botLogin = opts.botLogin ?? 'github-actions[bot]';
  const validator = openApiValidator();
  const failures: FailureRule[] = [];
  const hangs: HangRule[] = [];
  let nextId = 1000;
  const pulls = new Map<number, { headSha: string; headRepository: string }>();
  const pullFiles = new Map<number, string[]>();
  let baseUrl = '';

  const fake: FakeGitHub = {
    url: '',
    calls: [],
    validationErrors: [],
    checkRuns: [],
    comments: [],
    statuses: [],
    sarifUploads: [],
    runArtifacts: [],
    fork: opts.fork ?? false,
    failNext(n, status, o = {}) {
      failures.push({ ...o, status, remaining: n });
    },
    hangNext(n, o = {}) {
      hangs.push({ remaining: n, match: o.match });
    },
    addComment(issueNumber, body, login = botLogin, type = login.endsWith('[bot]') ? 'Bot' : 'User') {
      const now = new Date().toISOString();
      const c: FakeComment = { id: nextId++, issue_number: issueNumber, body, user: { login, type }, created_at: now, updated_at: now };
      fake.comments.push(c);
      return c;
    },
    addRunArtifact(runId, name, zip) {
      const a = { id: nextId++, name, runId, zip };
      fake.runArtifacts.push(a);
      return a;
    },
    addPull(number, headSha, headRepository = `contributor/${repo}`) {
      pulls.set(number, { headSha, headRepository });
    },
    setPullFiles(number, files) {
      pullFiles.set(number, files);
    },
    callsTo: (operationId) => fake.calls.filter((c) => c.operationId === operationId),
    clearCalls() {
      fake.calls.length = 0;
      fake.validationErrors.length = 0;
      failures.length = 0;
      hangs.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const takeRule = <T extends { remaining: number; match?: InjectOptions['match'] }>(rules: T[], call: RecordedCall) => {
    const rule = rules.find((r) => r.remaining > 0 && (!r.match || r.match(call)));
    if (rule) rule.remaining--;
    return rule;
  };

  const checkRunJson = (run: FakeCheckRun) => ({
    id: run.id,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    url: `${baseUrl}/repos/${owner}/${repo}/check-runs/${run.id}`,
    html_url: `https://github.com/${owner}/${repo}/runs/${run.id}`,
    details_url: run.details_url ?? null,
    external_id: run.external_id ?? null,
    output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `${baseUrl}/repos/${owner}/${repo}/check-runs/${run.id}/annotations` },
  });

  const commentJson = (c: FakeComment) => ({
    ...c,
    url: `${baseUrl}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue_number}#issuecomment-${c.id}`,
  });

  type Body = Record<string, unknown>;

  function applyCheckRunBody(run: FakeCheckRun, body: Body): void {
    const output = body.output as { title?: string; summary?: string; text?: string; annotations?: CheckRunAnnotation[] } | undefined;
    const annotations = output?.annotations ?? [];
    if (annotations.length > LIMITS.annotationsPerRequest)
      throw validationFailed('CheckRun', 'output.annotations', `Only ${LIMITS.annotationsPerRequest} annotations are allowed per request (got ${annotations.length})`);
    for (const key of ['summary', 'text'] as const) {
      const v = output?.[key];
      if (typeof v === 'string' && v.length > LIMITS.checkRunText)
        throw validationFailed('CheckRun', `output.${key}`, `${key} is too long (maximum is ${LIMITS.checkRunText} characters)`);
    }
    for (const a of annotations) {
      if (a.message.length > LIMITS.annotationMessage) throw validationFailed('CheckRun', 'output.annotations.message', 'message is too long');
      if ((a.title ?? '').length > LIMITS.annotationTitle) throw validationFailed('CheckRun', 'output.annotations.title', 'title is too long');
      if (a.start_line > a.end_line) throw validationFailed('CheckRun', 'output.annotations.end_line', 'end_line must be >= start_line');
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line)
        throw validationFailed('CheckRun', 'output.annotations.start_column', 'columns are only allowed when start_line equals end_line');
    }
    const conclusion = body.conclusion as string | undefined;
    if (body.status === 'completed' && !conclusion) throw validationFailed('CheckRun', 'conclusion', 'conclusion is required when status is completed');
    if (typeof body.name === 'string') run.name = body.name;
    if (typeof body.details_url === 'string') run.details_url = body.details_url;
    if (typeof body.external_id === 'string') run.external_id = body.external_id;
    if (typeof body.status === 'string') run.status = body.status;
    if (conclusion) {
      run.conclusion = conclusion;
      run.status = 'completed';
    }
    if (output) {
      if (output.title !== undefined) run.output.title = output.title;
      if (output.summary !== undefined) run.output.summary = output.summary;
      if (output.text !== undefined) run.output.text = output.text;
    }
    run.annotations.push(...annotations);
    run.annotationBatches.push(annotations.length);
  }

  function findRun(params: Record<string, string>): FakeCheckRun {
    const run = fake.checkRuns.find((r) => r.id === Number(params.check_run_id));
    if (!run) throw new HttpError(404, 'Not Found');
    return run;
  }

  function findComment(params: Record<string, string>): FakeComment {
    const c = fake.comments.find((x) => x.id === Number(params.comment_id));
    if (!c) throw new HttpError(404, 'Not Found');
    return c;
  }

  function checkCommentBody(body: Body): string {
    const text = String(body.body);
    if (text.length > LIMITS.commentBody) throw validationFailed('IssueComment', 'body', `Body is too long (maximum is ${LIMITS.commentBody} characters)`);
    return text;
  }

  function decodeSarif(encoded: string): { json: FakeSarifUpload['sarif']; gzippedBytes: number } {
    const gz = Buffer.from(encoded, 'base64');
    if (gz.length > LIMITS.sarifGzipBytes) throw new HttpError(413, `SARIF file is too large (${gz.length} bytes gzipped; the limit is ${LIMITS.sarifGzipBytes})`);
    let text: string;
    try {
      text = gunzipSync(gz).toString('utf8');
    } catch {
      throw new HttpError(400, 'Invalid SARIF: the sarif field must be gzip-compressed and base64-encoded');
    }
    let json: FakeSarifUpload['sarif'];
    try {
      json = JSON.parse(text) as FakeSarifUpload['sarif'];
    } catch {
      throw new HttpError(400, 'Invalid SARIF: not JSON');
    }
    if (!Array.isArray(json.runs)) throw new HttpError(400, 'Invalid SARIF: runs is missing');
    if (json.runs.length > LIMITS.sarifRuns) throw validationFailed('Sarif', 'runs', `too many runs (${json.runs.length} > ${LIMITS.sarifRuns})`);
    for (const run of json.runs) {
      const n = run.results?.length ?? 0;
      if (n > LIMITS.sarifResultsPerRun) throw validationFailed('Sarif', 'results', `rejecting SARIF: too many results (${n} > ${LIMITS.sarifResultsPerRun})`);
    }
    return { json, gzippedBytes: gz.length };
  }

  const handlers: Record<string, (op: MatchedOperation, body: Body, query: URLSearchParams, res: ServerResponse) => void> = {
    'checks/create': (_op, body, _q, res) => {
      const sha = String(body.head_sha);
      if (!/^[0-9a-f]{40}$/.test(sha)) throw validationFailed('CheckRun', 'head_sha', `No commit found for SHA: ${sha}`);
      const run: FakeCheckRun = {
        id: nextId++,
        name: String(body.name),
        head_sha: sha,
        status: 'queued',
        conclusion: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        annotationBatches: [],
      };
      applyCheckRunBody(run, body);
      fake.checkRuns.push(run);
      sendJson(res, 201, checkRunJson(run));
    },
    'checks/update': (op, body, _q, res) => {
      const run = findRun(op.params);
      // Validate on a copy so a rejected update leaves the run as it was (as GitHub does).
      const copy = structuredClone(run);
      applyCheckRunBody(copy, body);
      Object.assign(run, copy);
      sendJson(res, 200, checkRunJson(run));
    },
    'checks/get': (op, _b, _q, res) => sendJson(res, 200, checkRunJson(findRun(op.params))),
    'issues/list-comments': (op, _b, query, res) => {
      const all = fake.comments.filter((c) => c.issue_number === Number(op.params.issue_number));
      const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
      const page = Number(query.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      const link = (p: number, rel: string) => `<${baseUrl}/repos/${owner}/${repo}/issues/${op.params.issue_number}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      if (page < last) headers.link = [link(page + 1, 'next'), link(last, 'last')].join(', ');
      sendJson(res, 200, all.slice((page - 1) * perPage, page * perPage).map(commentJson), headers);
    },
    'issues/create-comment': (op, body, _q, res) => {
      const text = checkCommentBody(body);
      sendJson(res, 201, commentJson(fake.addComment(Number(op.params.issue_number), text)));
    },
    'issues/update-comment': (op, body, _q, res) => {
      const c = findComment(op.params);
      c.body = checkCommentBody(body);
      c.updated_at = new Date().toISOString();
      sendJson(res, 200, commentJson(c));
    },
    'repos/create-commit-status': (op, body, _q, res) => {
      const description = (body.description as string | null | undefined) ?? null;
      if (description && description.length > LIMITS.statusDescription)
        throw validationFailed('Status', 'description', `description is too long (maximum is ${LIMITS.statusDescription} characters)`);
      const s: FakeStatus = {
        sha: op.params.sha!,
        state: String(body.state),
        description,
        context: (body.context as string | undefined) ?? 'default',
        target_url: (body.target_url as string | null | undefined) ?? null,
      };
      fake.statuses.push(s);
      sendJson(res, 201, { id: nextId++, ...s });
    },
    'code-scanning/upload-sarif': (_op, body, _q, res) => {
      if (!/^[0-9a-f]{40}$/.test(String(body.commit_sha))) throw validationFailed('Sarif', 'commit_sha', 'commit_sha must be a full SHA');
      const { json, gzippedBytes } = decodeSarif(String(body.sarif));
      const id = `sarif-${nextId++}`;
      fake.sarifUploads.push({ id, commit_sha: String(body.commit_sha), ref: String(body.ref), gzippedBytes, sarif: json });
      sendJson(res, 202, { id, url: `${baseUrl}/repos/${owner}/${repo}/code-scanning/sarifs/${id}` });
    },
    'pulls/get': (op, _b, _q, res) => {
      const n = Number(op.params.pull_number);
      const pr = pulls.get(n);
      if (!pr) throw new HttpError(404, 'Not Found');
      sendJson(res, 200, {
        number: n,
        state: 'open',
        head: { sha: pr.headSha, ref: 'feature', repo: { full_name: pr.headRepository } },
        base: { sha: '3'.repeat(40), ref: 'main', repo: { full_name: `${owner}/${repo}` } },
      });
    },
    'pulls/list-files': (op, _b, query, res) => {
      const n = Number(op.params.pull_number);
      const all = pullFiles.get(n);
      if (!all) throw new HttpError(404, 'Not Found');
      const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
      const page = Number(query.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string) => `<${baseUrl}/repos/${owner}/${repo}/pulls/${n}/files?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const headers: Record<string, string> = page < last ? { link: [link(page + 1, 'next'), link(last, 'last')].join(', ') } : {};
      const files = all.slice((page - 1) * perPage, page * perPage).map((filename) => ({ sha: '0'.repeat(40), filename, status: 'modified', additions: 1, deletions: 0, changes: 1 }));
      sendJson(res, 200, files, headers);
    },
    'users/get-authenticated': (_op, _b, _q, res) => {
      if (!opts.tokenUser) throw new HttpError(403, 'Resource not accessible by integration');
      sendJson(res, 200, { login: opts.tokenUser, id: 1, type: 'User' });
    },
    'actions/list-workflow-run-artifacts': (op, _b, query, res) => {
      const list = fake.runArtifacts.filter((a) => a.runId === Number(op.params.run_id) && (!query.get('name') || a.name === query.get('name')));
      sendJson(res, 200, {
        total_count: list.length,
        artifacts: list.map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.zip.length,
          expired: false,
          created_at: new Date().toISOString(),
          workflow_run: { id: a.runId },
        })),
      });
    },
    'actions/download-artifact': (op, _b, _q, res) => {
      const a = fake.runArtifacts.find((x) => x.id === Number(op.params.artifact_id));
      if (!a) throw new HttpError(404, 'Not Found');
      // GitHub redirects to a short-lived signed blob URL.
      res.writeHead(302, { location: `${baseUrl}/_blob/artifacts/${a.id}.zip?sig=fake` });
      res.end();
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const raw = await readBody(req);

    if (url.pathname.startsWith('/_blob/artifacts/')) {
      const id = Number(/(\d+)\.zip$/.exec(url.pathname)?.[1]);
      const a = fake.runArtifacts.find((x) => x.id === id);
      if (!a) return sendJson(res, 404, githubError('Not Found', 404));
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': a.zip.length });
      res.end(a.zip);
      return;
    }

    let body: unknown;
    if (raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        const call: RecordedCall = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: raw.toString('utf8'), status: 400 };
        fake.calls.push(call);
        return sendJson(res, 400, githubError('Problems parsing JSON', 400));
      }
    }
    const validation = validator.validate(method, url.pathname, url.searchParams, body);
    const call: RecordedCall = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      status: 0,
      ...(validation.ok || validation.operation ? { operationId: (validation.ok ? validation.operation : validation.operation!).operationId } : {}),
    };
    fake.calls.push(call);
    const answer = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      sendJson(res, status, payload, headers);
    };

    if (takeRule(hangs, call)) {
      call.injected = 'hang';
      return; // never answered; close() drops the socket
    }
    const failure = takeRule(failures, call);
    if (failure) {
      call.injected = 'failure';
      if (failure.status === 429) {
        return answer(429, githubError(failure.message ?? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', 429), {
          'retry-after': String(failure.retryAfter ?? 1),
        });
      }
      return answer(failure.status, githubError(failure.message ?? (failure.status >= 500 ? 'Server Error' : 'Injected failure'), failure.status));
    }
    if (!/^(token|bearer) \S+/i.test(req.headers.authorization ?? '')) return answer(401, githubError('Requires authentication', 401));
    if (!validation.ok) {
      fake.validationErrors.push(validation.message);
      return answer(validation.status, githubError(validation.status === 404 ? 'Not Found' : `Invalid request.\n\n${validation.message}`, validation.status));
    }
    const op = validation.operation;
    if (op.params.owner !== undefined && (op.params.owner !== owner || op.params.repo !== repo)) return answer(404, githubError('Not Found', 404));
    if (fake.fork && method !== 'GET') {
      call.injected = 'fork';
      return answer(403, githubError('Resource not accessible by integration', 403));
    }
    const handler = handlers[op.operationId];
    if (!handler) {
      fake.validationErrors.push(`${op.operationId} (${method} ${op.template}) is valid but not implemented by the fake`);
      return answer(501, githubError('Not implemented by the fake GitHub API', 501));
    }
    const recordingRes = new Proxy(res, {
      get(target, prop, receiver) {
        if (prop === 'writeHead') {
          return (status: number, ...rest: unknown[]) => {
            call.status = status;
            return (target.writeHead as (...a: unknown[]) => ServerResponse).call(target, status, ...rest);
          };
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    try {
      handler(op, (body ?? {}) as Body, url.searchParams, recordingRes);
    } catch (e) {
      if (e instanceof HttpError) return answer(e.status, githubError(e.message, e.status, e.errors));
      throw e;
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      fake.validationErrors.push(`fake server error: ${String(e)}`);
      if (!res.headersSent) sendJson(res, 500, githubError('fake server error', 500));
    });
  });
  server.keepAliveTimeout = 500;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.url = baseUrl;
  return fake;
}
