import type { ScanResult } from '@mlguard/core';
import type { ChannelClient, ChannelContext } from '../channel-client.js';

export const COMMENT_LIMIT = 65_536;
export type CommentMode = 'always' | 'on-failure' | 'never';

export const commentMarker = (tool: string): string => `<!-- mlguard:${tool} -->`;

/** The login comments made with the GITHUB_TOKEN carry; preferred among bot comments. */
const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token is: a PAT answers GET /user; an installation token (the GITHUB_TOKEN, a GitHub
 * App's token) gets 403 there and comments as some `<app>[bot]`. Undefined means "a bot".
 */
async function tokenLogin(gh: ChannelClient): Promise<string | undefined> {
  try {
    const { data } = await gh.rest.users.getAuthenticated();
    return data.login;
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 401 || status === 404) return undefined;
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
  gh: ChannelClient,
  ctx: ChannelContext,
  result: ScanResult,
  mode: CommentMode,
  render: (maxChars: number) => string,
): Promise<string> {
  if (mode === 'never' || ctx.prNumber === undefined) return 'not a pull request or disabled';
  const marker = commentMarker(result.tool);
  const login = await tokenLogin(gh);
  // With a bot token: github-actions[bot] first, else another bot (a GitHub App's token); never a user's comment.
  let existing: { id: number } | undefined;
  let otherBot: { id: number } | undefined;
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { owner: ctx.owner, repo: ctx.repo, issue_number: ctx.prNumber, per_page: 100 })) {
    const marked = page.data.filter((c) => (c.body ?? '').includes(marker));
    existing = login ? marked.find((c) => c.user?.login === login) : marked.find((c) => c.user?.login === ACTIONS_BOT);
    otherBot ??= login ? undefined : marked.find((c) => c.user?.type === 'Bot');
    if (existing) break;
  }
  existing ??= otherBot;
  if (mode === 'on-failure' && result.gate.passed && !existing) return 'gate passed; no comment (on-failure)';
  const body = `${marker}\n${render(COMMENT_LIMIT - marker.length - 64)}`.slice(0, COMMENT_LIMIT);
  if (existing) {
    await gh.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: existing.id, body });
    return `updated comment ${existing.id}`;
  }
  const { data } = await gh.rest.issues.createComment({ owner: ctx.owner, repo: ctx.repo, issue_number: ctx.prNumber, body });
  return `created comment ${data.id}`;
}
