import { gzipSync } from 'node:zlib';
import type { ChannelClient, ChannelContext } from '../channel-client.js';

export const SARIF_GZIP_LIMIT = 10 * 1024 * 1024;

/** Where code scanning files the analysis: the PR head ref for pull requests, else the pushed ref. */
export function sarifRef(ctx: ChannelContext): string {
  if (ctx.prNumber !== undefined) return `refs/pull/${ctx.prNumber}/head`;
  return ctx.ref || 'refs/heads/main';
}

/** Uploads the SARIF log to code scanning (gzip + base64, at most 10 MB compressed). */
export async function uploadSarif(gh: ChannelClient, ctx: ChannelContext, sarif: unknown): Promise<string> {
  const gz = gzipSync(JSON.stringify(sarif));
  if (gz.length > SARIF_GZIP_LIMIT) throw new Error(`the SARIF file is ${gz.length} bytes gzipped; code scanning takes at most ${SARIF_GZIP_LIMIT}`);
  const { data } = await gh.rest.codeScanning.uploadSarif({
    owner: ctx.owner,
    repo: ctx.repo,
    commit_sha: ctx.headSha,
    ref: sarifRef(ctx),
    sarif: gz.toString('base64'),
    tool_name: 'mlguard',
  });
  return `SARIF upload ${data.id ?? ''}`.trim();
}
