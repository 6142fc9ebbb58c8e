import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { GitHubClient } from './client.js';

/*
 * The API client's settings (retries, rate limits, a timeout per call), without any @actions/*
 * import, so the CLI can build the same client on @octokit/rest (`mlguard publish`) while the
 * actions build it on @actions/github's proxy-aware Octokit (client.ts).
 */

export interface ClientOptions {
  apiUrl: string;
  /** Per API call, retries included: a GitHub API that stops answering cannot hang the step. */
  timeoutMs: number;
  /** Base of the retry back-off (retry n waits n² × this); 1000 in production. */
  retryBaseMs: number;
  retries: number;
  /**
   * Spacing of content-creating requests. Unset: the throttling plugin's defaults, which follow
   * GitHub's guidance against secondary rate limits (1 s between writes, 3 s between comments).
   */
  writeIntervalMs?: number;
  debug?: (message: string) => void;
}

/** Thrown when a call did not finish in time, or when an earlier call timed out (the API is treated as down). */
export class ApiTimeoutError extends Error {
  override readonly name = 'ApiTimeoutError';
}

/** Reads the tuning knobs from the environment (documented in the README; tests shorten them). */
export function clientOptionsFromEnv(apiUrl: string, env: Record<string, string | undefined> = process.env): ClientOptions {
  const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) && Number(v) >= 0 ? Number(v) : d);
  return {
    apiUrl,
    timeoutMs: num(env.MLGUARD_API_TIMEOUT_MS, 30_000),
    retryBaseMs: num(env.MLGUARD_API_RETRY_BASE_MS, 1000),
    retries: num(env.MLGUARD_API_RETRIES, 3),
    ...(env.MLGUARD_API_WRITE_INTERVAL_MS ? { writeIntervalMs: num(env.MLGUARD_API_WRITE_INTERVAL_MS, 1000) } : {}),
  };
}

/** The Octokit plugins every mlguard client carries, in this order. */
export const OCTOKIT_PLUGINS = [retry, throttling] as const;

/** Constructor options for those plugins: retries on 5xx only, 429 and secondary limits honoured. */
export function octokitPluginOptions(o: ClientOptions) {
  const debug = o.debug ?? (() => {});
  return {
    baseUrl: o.apiUrl,
    retry: { retries: o.retries, retryAfterBaseValue: o.retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    throttle: {
      ...(o.writeIntervalMs !== undefined
        ? {
            write: new Bottleneck.Group({ id: 'mlguard-write', maxConcurrent: 1, minTime: o.writeIntervalMs }),
            notifications: new Bottleneck.Group({ id: 'mlguard-notifications', maxConcurrent: 1, minTime: o.writeIntervalMs }),
          }
        : {}),
      retryAfterBaseValue: o.retryBaseMs,
      fallbackSecondaryRateRetryAfter: 5,
      onRateLimit: (after: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
        debug(`rate limited on ${opts.method} ${opts.url}; retry ${retryCount + 1} in ${after}s`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (after: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
        debug(`secondary rate limit on ${opts.method} ${opts.url}; retry ${retryCount + 1} in ${after}s`);
        return retryCount < 2;
      },
    },
  };
}

/**
 * A timeout per call; after one timeout every later call fails at once, so a dead API costs one
 * timeout per step rather than one per channel. Register it after the plugins, so it wraps the
 * retry and throttling hooks: the budget covers all attempts.
 */
export function addCallTimeout(octokit: Pick<GitHubClient, 'hook'>, o: Pick<ClientOptions, 'timeoutMs'>): void {
  let timedOut = false;
  octokit.hook.wrap('request', async (request, options) => {
    if (timedOut) throw new ApiTimeoutError(`the GitHub API did not answer an earlier call within ${o.timeoutMs} ms`);
    const controller = new AbortController();
    // abort() without a reason rejects with an AbortError, which the retry plugin does not retry.
    const timer = setTimeout(() => controller.abort(), o.timeoutMs);
    // Mutated in place: before-after-hook binds the inner hooks to this same options object and
    // ignores arguments passed to `request`.
    options.request = { ...options.request, signal: controller.signal };
    try {
      return await request(options);
    } catch (e) {
      if (controller.signal.aborted) {
        timedOut = true;
        throw new ApiTimeoutError(`the GitHub API did not answer within ${o.timeoutMs} ms`);
      }
      throw e;
    } finally {
      clearTimeout(timer);
    }
  });
}
