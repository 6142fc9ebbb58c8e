import type { ScanResult } from '@mlguard/core';
import type { ChannelClient, ChannelContext } from '../channel-client.js';
import { checkTitle } from './check-run.js';

export const STATUS_DESCRIPTION_LIMIT = 140;

/**
 * Commit status `mlguard/<tool>` on the head SHA. The description holds only counts, never
 * finding text, and stays within GitHub's 140 characters (422 above).
 */
export async function publishCommitStatus(gh: ChannelClient, ctx: ChannelContext, result: ScanResult): Promise<string> {
  const title = checkTitle(result);
  const description = title.length > STATUS_DESCRIPTION_LIMIT ? `${title.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…` : title;
  await gh.rest.repos.createCommitStatus({
    owner: ctx.owner,
    repo: ctx.repo,
    sha: ctx.headSha,
    state: result.gate.passed ? 'success' : 'failure',
    context: `mlguard/${result.tool}`,
    description,
    ...(ctx.runUrl ? { target_url: ctx.runUrl } : {}),
  });
  return `status ${result.gate.passed ? 'success' : 'failure'}`;
}
