import type { ScanResult } from '@mlguard/core';
import type { GitHubClient } from '../client.js';
import type { RunContext } from '../context.js';

export const COMMENT_LIMIT = 65_536;
export type CommentMode = 'always' | 'on-failure' | 'never';

export const commentMarker = (tool: string): string => `<!-- mlguard:${tool} -->`;

/** The login comments made with the GITHUB_TOKEN carry. */
const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token is: a PAT answers GET /user; an installation token (GITHUB_TOKEN) gets 403
 * there and comments as github-actions[bot].
 */
async function tokenLogin(gh: GitHubClient): Promise<string> {
  try {
    const { data } = await gh.rest.users.getAuthenticated();
    return data.login;
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 401 || status === 404) return ACTIONS_BOT;
    throw e;
  }
}

/**
 * One sticky comment per tool: found by the hidden marker AND the token's own login (so a
 * comment someone else wrote with the marker is never edited), updated in place, never duplicated.
 * `on-failure` posts only when the gate fails, but still updates an earlier comment so it does
 * not keep claiming a failure that is fixed.
 */
export async function publishPrComment(
  gh: GitHubClient,
  ctx: RunContext,
  result: ScanResult,
  mode: CommentMode,
  render: (maxChars: number) => string,
): Promise<string> {
  if (mode === 'never' || ctx.prNumber === undefined) return 'not a pull request or disabled';
  const marker = commentMarker(result.tool);
  const login = await tokenLogin(gh);
  let existing: { id: number } | undefined;
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { owner: ctx.owner, repo: ctx.repo, issue_number: ctx.prNumber, per_page: 100 })) {
    existing = page.data.find((c) => c.user?.login === login && (c.body ?? '').includes(marker));
    if (existing) break;
  }
  if (mode === 'on-failure' && result.gate.passed && !existing) return 'gate passed; no comment (on-failure)';
  const body = `${marker}\n${render(COMMENT_LIMIT - marker.length - 64)}`.slice(0, COMMENT_LIMIT);
  if (existing) {
    await gh.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: existing.id, body });
    return `updated comment ${existing.id}`;
  }
  const { data } = await gh.rest.issues.createComment({ owner: ctx.owner, repo: ctx.repo, issue_number: ctx.prNumber, body });
  return `created comment ${data.id}`;
}
