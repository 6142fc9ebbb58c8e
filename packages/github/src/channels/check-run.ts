import type { ResultFinding, ScanResult } from '@mlguard/core';
import { feedbackOrder } from '../order.js';
import type { ChannelClient, ChannelContext } from '../channel-client.js';

/** The Checks API takes 50 annotations per request; more go through update calls, which append. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Bounds the API calls one step makes: 20 requests of 50. */
export const MAX_CHECK_ANNOTATIONS = 1000;
export const CHECK_SUMMARY_LIMIT = 65_535;

type CheckLevel = 'failure' | 'warning' | 'notice';

interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: CheckLevel;
  message: string;
  title: string;
  raw_details?: string;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** GitHub refuses annotations outside the repository; such a path would fail the whole batch. */
const repoRelative = (path: string) => !/^([a-zA-Z]:)?[\\/]/.test(path) && !path.split(/[\\/]/).includes('..');

function toAnnotation(f: ResultFinding): CheckAnnotation | undefined {
  const loc = f.location;
  if (!loc?.path || !repoRelative(loc.path)) return undefined;
  const start = Math.max(1, loc.startLine ?? 1);
  const end = Math.max(start, loc.endLine ?? start);
  const a: CheckAnnotation = {
    path: loc.path,
    start_line: start,
    end_line: end,
    annotation_level: f.severity === 'critical' || f.severity === 'high' ? 'failure' : f.severity === 'medium' ? 'warning' : 'notice',
    // Annotation messages are shown as plain text, not Markdown.
    message: clip(`[${f.severity}] ${f.message}`, 60_000),
    title: clip(`${f.ruleId}: ${f.title}`, 255),
  };
  if (start === end && loc.startColumn) {
    a.start_column = loc.startColumn;
    a.end_column = Math.max(loc.startColumn, loc.endColumn ?? loc.startColumn);
  }
  if (f.help?.text) a.raw_details = clip(f.help.uri ? `${f.help.text}\n${f.help.uri}` : f.help.text, 60_000);
  return a;
}

export function checkConclusion(result: ScanResult): 'success' | 'failure' | 'neutral' {
  if (!result.gate.passed) return 'failure';
  return result.gate.mode === 'warn-only' && result.gate.blocking > 0 ? 'neutral' : 'success';
}

export function checkTitle(result: ScanResult): string {
  const g = result.gate;
  const open = Object.values(g.counts).reduce((a, b) => a + b, 0);
  if (!g.passed) return `${g.blocking} blocking finding${g.blocking === 1 ? '' : 's'} (fail-on ${g.failOn})`;
  if (g.mode === 'warn-only' && g.blocking > 0) return `warn-only: ${g.blocking} finding${g.blocking === 1 ? '' : 's'} at or above ${g.failOn}`;
  return open ? `passed with ${open} finding${open === 1 ? '' : 's'} below ${g.failOn}` : 'passed: no findings';
}

/**
 * A check run `mlguard/<tool>` on the head SHA: created in_progress, annotations appended in
 * batches of 50 through updates, then completed with the gate's conclusion and the summary.
 */
export async function publishCheckRun(gh: ChannelClient, ctx: ChannelContext, result: ScanResult, summaryMarkdown: string, changed?: ReadonlySet<string>): Promise<string> {
  const name = `mlguard/${result.tool}`;
  const title = checkTitle(result);
  const annotations = feedbackOrder(result.findings, changed)
    .map(toAnnotation)
    .filter((a): a is CheckAnnotation => a !== undefined);
  const kept = annotations.slice(0, MAX_CHECK_ANNOTATIONS);
  const summary = clip(summaryMarkdown, CHECK_SUMMARY_LIMIT);
  const { data: run } = await gh.rest.checks.create({
    owner: ctx.owner,
    repo: ctx.repo,
    name,
    head_sha: ctx.headSha,
    status: 'in_progress',
    started_at: result.startedAt,
    ...(ctx.runUrl ? { details_url: ctx.runUrl } : {}),
    external_id: `mlguard/${result.tool}/${ctx.runId ?? 'local'}`,
  });
  const complete = (text?: string) =>
    gh.rest.checks.update({
      owner: ctx.owner,
      repo: ctx.repo,
      check_run_id: run.id,
      status: 'completed',
      conclusion: checkConclusion(result),
      completed_at: new Date().toISOString(),
      output: { title, summary, ...(text ? { text } : {}) },
    });
  let rejected = 0;
  for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST) {
    const batch = kept.slice(i, i + ANNOTATIONS_PER_REQUEST);
    try {
      await gh.rest.checks.update({ owner: ctx.owner, repo: ctx.repo, check_run_id: run.id, output: { title, summary: 'Adding annotations…', annotations: batch } });
    } catch (e) {
      if ((e as { status?: number }).status === 422) {
        rejected += batch.length; // GitHub refused this batch; the others and the conclusion still go out.
        continue;
      }
      // Never leave the run in_progress: complete it (best effort) before giving up on the channel.
      await complete('Annotations could not all be added; see the job summary.').catch(() => undefined);
      throw e;
    }
  }
  const notes = [
    annotations.length > kept.length ? `${annotations.length - kept.length} more annotations are in the SARIF file and the result artifact.` : '',
    rejected ? `GitHub refused ${rejected} annotations; they are in the SARIF file and the result artifact.` : '',
  ].filter(Boolean);
  await complete(notes.join('\n') || undefined);
  return `check run ${run.id} with ${kept.length - rejected} annotations`;
}
