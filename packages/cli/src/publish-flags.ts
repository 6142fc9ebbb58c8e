import type { FlagSpec } from './args.js';

/**
 * The flags of `mlguard publish`: the parser's specs and the help text both come from this
 * table. There is deliberately no flag for the token itself (it would end up in shell history
 * and process listings): `--token-env` names the environment variable that holds it.
 */
export const PUBLISH_FLAGS: readonly { name: string; arg?: string; boolean?: true; description: string }[] = [
  { name: 'repo', arg: 'owner/name', description: 'Repository to publish to (required).' },
  { name: 'sha', arg: 'SHA', description: 'Full 40-character commit SHA the check runs and statuses attach to (required).' },
  { name: 'pr', arg: 'N', description: 'Pull request number: post or update the sticky comment mlguard/<tool> there.' },
  { name: 'token-env', arg: 'NAME', description: 'Environment variable holding the GitHub token (default GITHUB_TOKEN). Never a flag value, never printed.' },
  { name: 'api-url', arg: 'URL', description: 'GitHub REST API base URL (default https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3).' },
  { name: 'comment', arg: 'always|on-failure|never', description: 'When to post the sticky PR comment (default always; on-failure still updates an earlier comment).' },
  { name: 'check-run', boolean: true, description: 'Create a check run mlguard/<tool> with annotations and the summary (default on; --no-check-run to turn off).' },
  { name: 'commit-status', boolean: true, description: 'Also set a commit status mlguard/<tool> (needs statuses: write).' },
  { name: 'upload-sarif', arg: 'FILE', description: 'Upload this SARIF file to code scanning (needs security-events: write).' },
  { name: 'ref', arg: 'REF', description: 'Git ref of the SARIF upload (default refs/pull/N/head with --pr, else the ref in the results).' },
  { name: 'debug', boolean: true, description: 'Print debug logs (API calls, retries).' },
  { name: 'help', boolean: true, description: 'Show this help.' },
];

export const PUBLISH_FLAG_SPECS: FlagSpec[] = PUBLISH_FLAGS.map((f) => ({ name: f.name, boolean: f.boolean === true, repeatable: false, ...(f.name === 'help' ? { short: 'h' } : {}) }));

export const PUBLISH_EXIT_CODES =
  'Exit codes: 0 every gate passed, 1 a gate failed, 2 usage error or invalid result file, 3 nothing could be published (GitHub unreachable, or the token was rejected).';
