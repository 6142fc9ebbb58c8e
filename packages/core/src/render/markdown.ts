import type { ResultFinding, ScanResult, Suppression } from '../result.js';
import { SEVERITIES, type Severity } from '../severity.js';
import { clipText, escapeInline, escapeMarkdown, guardEngineMarkdown } from './escape.js';

export interface MarkdownOptions {
  /** Hard limit on the output length; rows are dropped (with an "N more" line) to fit. Default 60,000. */
  maxChars?: number;
  /** Heading text (trusted); default `mlguard <tool>`. */
  title?: string;
  /** Where the full report is (trusted URL: a run, check run or artifact), linked from the "N more" line. */
  moreUrl?: string;
}

export const SEVERITY_ICON: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };

/** The gate's verdict in one line, for headings, check-run titles and commit statuses. */
export function verdictLine(result: ScanResult): string {
  const g = result.gate;
  if (!g.passed) return `❌ failed: ${g.blocking} finding${g.blocking === 1 ? '' : 's'} at or above ${g.failOn}${g.mode === 'new-only' ? ' not in the baseline' : ''}`;
  if (g.mode === 'warn-only' && g.blocking > 0) return `⚠️ passed (warn-only): ${g.blocking} finding${g.blocking === 1 ? '' : 's'} at or above ${g.failOn}`;
  return `✅ passed: no finding at or above ${g.failOn}${g.mode === 'new-only' ? ' outside the baseline' : ''}`;
}

function locationText(f: ResultFinding): string {
  if (!f.location) return '';
  const l = f.location;
  return escapeInline(`${l.path}${l.startLine ? `:${l.startLine}` : ''}`, 160);
}

function findingRow(f: ResultFinding): string {
  const flags = [f.blocking ? '**blocking**' : '', f.suppressed ? 'suppressed' : '', f.new ? 'new' : ''].filter(Boolean).join(', ');
  const message = f.title === f.message ? f.title : `${f.title}: ${f.message}`;
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${escapeInline(f.ruleId, 80)} | ${locationText(f)} | ${escapeInline(message, 300)} | ${flags} |`;
}

function suppressionRow(s: Suppression & { problem?: string }): string {
  const cells = [
    escapeInline(s.id, 80),
    escapeInline(s.path ?? '', 120),
    escapeInline(s.expires ?? 'none', 20),
    escapeInline(s.reason, 200),
    escapeInline(s.source ?? '', 160),
    ...(s.problem !== undefined ? [escapeInline(s.problem, 200)] : []),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The Markdown report for the job summary and the PR comment: verdict, counts, findings
 * (most severe first), suppression problems. Every piece of untrusted text goes through
 * escapeMarkdown; the output never exceeds `maxChars`.
 */
export function renderMarkdown(result: ScanResult, opts: MarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? 60_000;
  const g = result.gate;
  const head: string[] = [
    `### ${opts.title ?? `mlguard ${result.tool}`}: ${verdictLine(result)}`,
    '',
    `Target: ${escapeInline(result.target, 300)} · fail-on: ${g.failOn} · mode: ${g.mode} · ${result.toolVersion ? `version ${escapeInline(result.toolVersion, 40)} · ` : ''}${result.durationMs} ms`,
    '',
    `| ${SEVERITIES.slice().reverse().map((s) => `${SEVERITY_ICON[s]} ${s}`).join(' | ')} | suppressed | blocking |${g.newSinceBaseline !== null ? ' new |' : ''}`,
    `|${' ---: |'.repeat(SEVERITIES.length + 2 + (g.newSinceBaseline !== null ? 1 : 0))}`,
    `| ${SEVERITIES.slice().reverse().map((s) => g.counts[s]).join(' | ')} | ${g.suppressed} | ${g.blocking} |${g.newSinceBaseline !== null ? ` ${g.newSinceBaseline} |` : ''}`,
    '',
  ];

  const tail: string[] = [];
  const suppressionTable = (title: string, list: readonly (Suppression & { problem?: string })[], withProblem = false) => {
    if (!list.length) return;
    tail.push(`#### ${title} (${list.length})`, '', `| id | path | expires | reason | declared at |${withProblem ? ' problem |' : ''}`, `| --- | --- | --- | --- | --- |${withProblem ? ' --- |' : ''}`);
    for (const s of list.slice(0, 50)) tail.push(suppressionRow(s));
    if (list.length > 50) tail.push(``, `… and ${list.length - 50} more.`);
    tail.push('');
  };
  suppressionTable('Expired suppressions: these findings count again', g.expiredSuppressions);
  suppressionTable('Unused suppressions: nothing matched them, remove them', g.unusedSuppressions);
  suppressionTable('Rejected suppressions', g.rejectedSuppressions ?? [], true);
  if (result.summaryMarkdown) tail.push(guardEngineMarkdown(clipText(result.summaryMarkdown, Math.floor(maxChars / 4))), '');

  // Show what needs attention first: unsuppressed findings, then suppressed ones.
  const ordered = [...result.findings.filter((f) => !f.suppressed), ...result.findings.filter((f) => f.suppressed)];
  const tableHead = ['| severity | rule | location | finding | |', '| --- | --- | --- | --- | --- |'];
  const join = (parts: string[]) => parts.join('\n');
  const more = (n: number) =>
    `\n… and ${n} more finding${n === 1 ? '' : 's'} not shown${opts.moreUrl ? `: [full report](${opts.moreUrl.replace(/[()\s<>]/g, (c) => encodeURIComponent(c))})` : ' (see the result JSON or SARIF)'}.\n`;

  const fixed = join(head).length + join(tail).length + 4;
  let body = '';
  if (ordered.length) {
    // Rows are escaped only until the budget is spent: a result may hold 100,000 findings.
    let used = fixed + join(tableHead).length + more(ordered.length).length + 2;
    const rows: string[] = [];
    for (const f of ordered) {
      const r = findingRow(f);
      if (used + r.length + 1 > maxChars) break;
      used += r.length + 1;
      rows.push(r);
    }
    body = rows.length ? join([...tableHead, ...rows]) + '\n' : '';
    if (rows.length < ordered.length) body += more(ordered.length - rows.length);
  } else {
    body = 'No findings.\n';
  }
  const out = `${join(head)}\n${body}\n${join(tail)}`.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  // Only a tiny maxChars can still overflow (the fixed parts alone); cut at a line boundary then.
  if (out.length <= maxChars) return out;
  const cut = out.slice(0, Math.max(0, maxChars - 2));
  const nl = cut.lastIndexOf('\n');
  return `${nl > 0 ? cut.slice(0, nl) : cut}\n…`.slice(0, maxChars);
}

export { escapeMarkdown };
