import type { ChannelClient, ChannelContext } from './channel-client.js';

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILES = 3000;

/**
 * Paths the pull request changes (renames under both names), so findings there are annotated
 * first within each severity: with 10 annotations per level, they are the ones a reviewer needs.
 * A read, so it works on fork PRs too. Undefined when not a PR or when the call fails.
 */
export async function changedFiles(gh: ChannelClient, ctx: ChannelContext, debug: (m: string) => void): Promise<Set<string> | undefined> {
  if (ctx.prNumber === undefined) return undefined;
  try {
    const files = new Set<string>();
    for await (const page of gh.paginate.iterator(gh.rest.pulls.listFiles, { owner: ctx.owner, repo: ctx.repo, pull_number: ctx.prNumber, per_page: 100 })) {
      for (const f of page.data) {
        files.add(f.filename);
        if (f.previous_filename) files.add(f.previous_filename);
      }
      if (files.size >= MAX_FILES) break;
    }
    return files;
  } catch (e) {
    debug(`mlguard: could not list the pull request's files (${(e as Error).message.split('\n')[0]}); annotations are ordered by severity only`);
    return undefined;
  }
}
