import picomatch from 'picomatch';
import type { Finding } from './finding.js';
import type { Clock } from './ports.js';
import type { RejectedSuppression, Suppression } from './result.js';

/** How the gate treats suppressions written in scanned files (policy `inline-suppressions`). */
export type InlineSuppressionMode = 'require-expiry' | 'allow-no-expiry' | 'off';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Today's date in UTC as YYYY-MM-DD: expiry is judged by the UTC calendar day so every runner agrees. */
export function todayUtc(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

/** A suppression applies through its expiry day and stops the day after. */
export function isExpired(s: Suppression, today: string): boolean {
  return s.expires !== undefined && s.expires < today;
}

/** Why the gate must refuse a suppression, or undefined when it is well-formed. */
export function suppressionProblem(s: Suppression, inline: boolean, mode: InlineSuppressionMode): string | undefined {
  if (inline && mode === 'off') return 'inline suppressions are turned off (policy inline-suppressions: off)';
  if (!s.reason || !s.reason.trim()) return 'a suppression needs a reason';
  if (s.expires === undefined || s.expires === '') {
    if (inline && mode === 'allow-no-expiry') return undefined;
    return inline
      ? 'an inline suppression needs an expiry date (or set policy inline-suppressions: allow-no-expiry)'
      : 'a suppression needs an expiry date (expires: YYYY-MM-DD)';
  }
  if (!isIsoDate(s.expires)) return `expiry "${s.expires}" is not a date (YYYY-MM-DD)`;
  return undefined;
}

/** A config suppression with its path glob compiled once. */
export class SuppressionMatcher {
  readonly suppression: Suppression;
  private readonly id: string;
  private readonly pathMatch: ((path: string) => boolean) | undefined;

  constructor(suppression: Suppression) {
    this.suppression = suppression;
    this.id = suppression.id.toUpperCase();
    // `dot: true` so `.github/**` matches; globs are matched against repo-relative forward-slash paths.
    this.pathMatch = suppression.path ? picomatch(suppression.path, { dot: true }) : undefined;
  }

  /**
   * By rule id or any alias (case-insensitive), then path glob and fingerprint when given.
   * `ids` is the finding's rule id and aliases upper-cased (idsOf), computed once per finding.
   */
  matches(f: Pick<Finding, 'location' | 'fingerprint'>, ids: ReadonlySet<string>): boolean {
    const s = this.suppression;
    if (!ids.has(this.id)) return false;
    if (this.pathMatch) {
      const path = f.location?.path;
      if (!path || !this.pathMatch(path.replace(/^\.\//, ''))) return false;
    }
    if (s.fingerprint && s.fingerprint !== f.fingerprint) return false;
    return true;
  }
}

/** A finding's rule id and aliases, upper-cased, for SuppressionMatcher.matches. */
export function idsOf(f: Pick<Finding, 'ruleId' | 'aliases'>): Set<string> {
  return new Set([f.ruleId, ...f.aliases].map((x) => x.toUpperCase()));
}

export type { RejectedSuppression };
