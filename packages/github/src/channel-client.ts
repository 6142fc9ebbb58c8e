import type { GitHubClient } from './client.js';
import type { RunContext } from './context.js';

type Rest = GitHubClient['rest'];

/**
 * The part of an Octokit client the channels call: `@actions/github`'s getOctokit client (the
 * actions) and `new Octokit()` from @octokit/rest (`mlguard publish` in other CIs) both satisfy
 * it. The method types are @actions/github's, which are the same @octokit/plugin-rest-endpoint-methods
 * types @octokit/rest uses.
 */
export interface ChannelClient {
  rest: {
    checks: Pick<Rest['checks'], 'create' | 'update'>;
    repos: Pick<Rest['repos'], 'createCommitStatus'>;
    issues: Pick<Rest['issues'], 'listComments' | 'createComment' | 'updateComment'>;
    users: Pick<Rest['users'], 'getAuthenticated'>;
    codeScanning: Pick<Rest['codeScanning'], 'uploadSarif'>;
    pulls: Pick<Rest['pulls'], 'listFiles'>;
  };
  paginate: Pick<GitHubClient['paginate'], 'iterator'>;
}

/** What the channels read of the run context: the repository, the commit, the PR, links. */
export type ChannelContext = Pick<RunContext, 'owner' | 'repo' | 'headSha' | 'prNumber' | 'ref' | 'runId' | 'runUrl'>;
