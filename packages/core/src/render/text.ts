import type { ResultFinding, ScanResult, Suppression } from '../result.js';
import { SEVERITIES, type Severity } from '../severity.js';
import { clipText } from './escape.js';

export interface TextOptions {
  /** ANSI colours (the CLI turns them on for a TTY without NO_COLOR). */
  color?: boolean;
  /** Most findings to list; the rest are counted. Default 200. */
  maxFindings?: number;
}

const ANSI: Record<Severity | 'bold' | 'dim' | 'green' | 'reset', string> = {
  critical: '\x1b[1;31m',
  high: '\x1b[31m',
  medium: '\x1b[33m',
  low: '\x1b[36m',
  info: '\x1b[2m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  green: '\x1b[32m',
  reset: '\x1b[0m',
};

/**
 * Untrusted text for a terminal: control characters (escape sequences could move the cursor,
 * rewrite earlier lines or set the window title) and bidi overrides become visible or vanish.
 */
export function sanitizeTerminal(text: string): string {
  return String(text)
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The console report of the CLI. */
export function renderText(result: ScanResult, opts: TextOptions = {}): string {
  const c = (k: keyof typeof ANSI, s: string) => (opts.color ? `${ANSI[k]}${s}${ANSI.reset}` : s);
  const t = (s: string, max = 300) => sanitizeTerminal(clipText(s, max));
  const g = result.gate;
  const out: string[] = [];
  const verdict = !g.passed ? c('critical', 'FAILED') : g.blocking > 0 ? c('medium', 'PASSED (warn-only)') : c('green', 'PASSED');
  out.push(`${c('bold', `mlguard ${result.tool}`)} ${t(result.toolVersion, 40)}: ${t(result.target)}`);

  const max = opts.maxFindings ?? 200;
  const line = (f: ResultFinding) => {
    const loc = f.location ? `${t(f.location.path, 200)}${f.location.startLine ? `:${f.location.startLine}` : ''}` : '(no location)';
    const tags = [f.blocking ? 'blocking' : '', f.suppressed ? `suppressed: ${t(f.suppression?.reason ?? '', 80)}` : '', f.new ? 'new' : ''].filter(Boolean);
    const head = `  ${c(f.severity, f.severity.toUpperCase().padEnd(8))} ${t(f.ruleId, 80)}  ${loc}${tags.length ? `  [${tags.join(', ')}]` : ''}`;
    const msg = f.title === f.message ? f.title : `${f.title}: ${f.message}`;
    return `${head}\n      ${t(msg, 400)}`;
  };
  if (result.findings.length) out.push('');
  for (const f of result.findings.slice(0, max)) out.push(line(f));
  if (result.findings.length > max) out.push(c('dim', `  … and ${result.findings.length - max} more (see the result JSON)`));

  const supp = (title: string, list: readonly (Suppression & { problem?: string })[]) => {
    if (!list.length) return;
    out.push('', `${title}:`);
    for (const s of list.slice(0, 50)) {
      out.push(`  ${t(s.id, 80)}${s.path ? ` ${t(s.path, 120)}` : ''} expires ${t(s.expires ?? 'never', 20)}${s.source ? ` (${t(s.source, 160)})` : ''}${s.problem ? `: ${t(s.problem, 200)}` : ''}`);
    }
    if (list.length > 50) out.push(`  … and ${list.length - 50} more`);
  };
  supp('Expired suppressions (their findings count again)', g.expiredSuppressions);
  supp('Unused suppressions (nothing matched them)', g.unusedSuppressions);
  supp('Rejected suppressions', g.rejectedSuppressions ?? []);

  const counts = SEVERITIES.slice()
    .reverse()
    .map((s) => `${g.counts[s]} ${s}`)
    .join(', ');
  out.push(
    '',
    `${counts}; ${g.suppressed} suppressed${g.newSinceBaseline !== null ? `; ${g.newSinceBaseline} new since baseline` : ''}`,
    `Gate (fail-on ${g.failOn}, ${g.mode}): ${verdict}${g.blocking ? `, ${g.blocking} blocking` : ''}`,
  );
  return `${out.join('\n')}\n`;
}

/** The result file's text: stable key order as built, two-space indent, trailing newline. */
export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
