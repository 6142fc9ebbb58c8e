/**
 * Minimal but realistic webhook payloads for the events mlguard reads. The SHAs are distinct on
 * purpose: a pull_request run's GITHUB_SHA is the merge commit, and reporters must use the head.
 */

export const SHAS = {
  head: '1111111111111111111111111111111111111111',
  merge: '2222222222222222222222222222222222222222',
  base: '3333333333333333333333333333333333333333',
  push: '4444444444444444444444444444444444444444',
} as const;

export interface PrEventOptions {
  number?: number;
  fork?: boolean;
  repository?: string;
  headSha?: string;
  baseSha?: string;
}

export function pullRequestEvent(o: PrEventOptions = {}): Record<string, unknown> {
  const repository = o.repository ?? 'octo-org/ml-repo';
  const [owner, name] = repository.split('/') as [string, string];
  const headRepo = o.fork ? `contributor/${name}` : repository;
  return {
    action: 'synchronize',
    number: o.number ?? 7,
    pull_request: {
      number: o.number ?? 7,
      head: { sha: o.headSha ?? SHAS.head, ref: 'feature', repo: { full_name: headRepo, fork: !!o.fork, owner: { login: headRepo.split('/')[0] } } },
      base: { sha: o.baseSha ?? SHAS.base, ref: 'main', repo: { full_name: repository, fork: false, owner: { login: owner } } },
    },
    repository: { full_name: repository, name, owner: { login: owner } },
  };
}

export function pushEvent(o: { repository?: string; after?: string; before?: string } = {}): Record<string, unknown> {
  const repository = o.repository ?? 'octo-org/ml-repo';
  const [owner, name] = repository.split('/') as [string, string];
  return {
    ref: 'refs/heads/main',
    before: o.before ?? SHAS.base,
    after: o.after ?? SHAS.push,
    repository: { full_name: repository, name, owner: { login: owner } },
  };
}

export function workflowRunEvent(o: { runId: number; headSha?: string; repository?: string; event?: string; conclusion?: string; headRepository?: string }): Record<string, unknown> {
  const repository = o.repository ?? 'octo-org/ml-repo';
  const [owner, name] = repository.split('/') as [string, string];
  return {
    action: 'completed',
    workflow_run: {
      id: o.runId,
      event: o.event ?? 'pull_request',
      conclusion: o.conclusion ?? 'failure',
      head_sha: o.headSha ?? SHAS.head,
      head_repository: { full_name: o.headRepository ?? `contributor/${name}` },
      // Empty for fork PRs: the publisher must take the PR number from the artifact.
      pull_requests: [],
    },
    repository: { full_name: repository, name, owner: { login: owner } },
  };
}
