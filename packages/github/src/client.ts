import type * as ActionsGitHub from '@actions/github';
import { OCTOKIT_PLUGINS, addCallTimeout, octokitPluginOptions, type ClientOptions } from './octokit-options.js';

export { ApiTimeoutError, clientOptionsFromEnv, type ClientOptions } from './octokit-options.js';

export type GitHubClient = ReturnType<typeof ActionsGitHub.getOctokit>;

/**
 * `@actions/github` parses GITHUB_EVENT_PATH when it is first imported (its module-level
 * `context`), so a corrupt event file would crash the action with a stack trace before any
 * error handling runs. It is therefore loaded only after readRunContext() has validated the file.
 * The same holds for `@actions/artifact`, which imports it.
 */
export const loadActionsGitHub = (): Promise<typeof ActionsGitHub> => import('@actions/github');

/**
 * `@actions/github`'s client (proxy-aware) with retries on 5xx, rate-limit handling on 429 and
 * secondary limits, and a timeout per call (octokit-options.ts, shared with the CLI).
 */
export async function createGitHubClient(token: string, o: ClientOptions): Promise<GitHubClient> {
  const { getOctokit } = await loadActionsGitHub();
  const octokit = getOctokit(token, octokitPluginOptions(o), ...OCTOKIT_PLUGINS);
  addCallTimeout(octokit, o);
  return octokit;
}
