import { ApiTimeoutError } from './octokit-options.js';

/** The permission each API channel needs, named in the warning when it is skipped. */
export const CHANNEL_PERMISSIONS = {
  'check run': 'checks: write',
  'PR comment': 'pull-requests: write',
  'commit status': 'statuses: write',
  'SARIF upload': 'security-events: write',
  artifact: 'a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN)',
} as const;

/** One line on why a channel failed: status and GitHub's message, never a stack. */
export function describeFailure(e: unknown): string {
  if (e instanceof ApiTimeoutError) return e.message;
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const message = (err.response?.data?.message ?? err.message ?? String(e)).split('\n')[0]!.slice(0, 300);
  return typeof err.status === 'number' ? `HTTP ${err.status} ${message}` : message;
}
