import type { ResultFinding, ScanResult, Severity } from '@mlguard/core';
import { feedbackOrder } from '../order.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** GitHub shows this many workflow-command annotations per level per step and drops the rest silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

export function annotationLevel(severity: Severity): AnnotationLevel {
  return severity === 'critical' || severity === 'high' ? 'error' : severity === 'medium' ? 'warning' : 'notice';
}

/**
 * Escaping as the runner unescapes (actions/toolkit command.ts): data escapes `%`, CR and LF;
 * properties also `:` and `,`. With CR and LF escaped a command is one line, so nothing a finding
 * says can start a new line with `::` and issue a command of its own.
 */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function workflowCommand(command: string, props: AnnotationProps, message: string): string {
  const entries = Object.entries(props).filter(([, v]) => v !== undefined && v !== '');
  const keyed = entries.map(([k, v]) => {
    const key = { startLine: 'line', endLine: 'endLine', startColumn: 'col', endColumn: 'endColumn' }[k] ?? k;
    return `${key}=${escapeProperty(String(v))}`;
  });
  return `::${command}${keyed.length ? ` ${keyed.join(',')}` : ''}::${escapeData(message)}`;
}

function propsOf(f: ResultFinding, tool: string): AnnotationProps {
  const loc = f.location;
  const props: AnnotationProps = { title: `mlguard/${tool} ${f.ruleId}: ${f.title}`.slice(0, 255) };
  if (loc?.path) {
    props.file = loc.path;
    if (loc.startLine) {
      props.startLine = loc.startLine;
      props.endLine = loc.endLine ?? loc.startLine;
      // GitHub honours columns only on single-line annotations.
      if (props.endLine === props.startLine && loc.startColumn) {
        props.startColumn = loc.startColumn;
        if (loc.endColumn) props.endColumn = loc.endColumn;
      }
    }
  }
  return props;
}

export interface AnnotationPlan {
  lines: string[];
  shown: number;
  hidden: number;
}

/**
 * The annotation lines for a result: unsuppressed findings, most severe first (then those in
 * files the pull request changes), at most 10 per
 * level, then ONE notice saying how many more there are and where to see them. When notices are
 * full, the overflow notice takes the tenth notice slot so it is never the one GitHub drops.
 */
export function planAnnotations(result: ScanResult, where: string, changed?: ReadonlySet<string>): AnnotationPlan {
  const findings = feedbackOrder(result.findings, changed);
  const byLevel: Record<AnnotationLevel, ResultFinding[]> = { error: [], warning: [], notice: [] };
  for (const f of findings) byLevel[annotationLevel(f.severity)].push(f);
  let hidden = Math.max(0, byLevel.error.length - ANNOTATIONS_PER_LEVEL) + Math.max(0, byLevel.warning.length - ANNOTATIONS_PER_LEVEL);
  let noticeSlots = ANNOTATIONS_PER_LEVEL;
  if (hidden > 0 || byLevel.notice.length > ANNOTATIONS_PER_LEVEL) noticeSlots = ANNOTATIONS_PER_LEVEL - 1;
  hidden += Math.max(0, byLevel.notice.length - noticeSlots);
  const lines: string[] = [];
  const emit = (level: AnnotationLevel, list: ResultFinding[], n: number) => {
    for (const f of list.slice(0, n)) lines.push(workflowCommand(level, propsOf(f, result.tool), `[${f.severity}] ${f.message}`));
  };
  emit('error', byLevel.error, ANNOTATIONS_PER_LEVEL);
  emit('warning', byLevel.warning, ANNOTATIONS_PER_LEVEL);
  emit('notice', byLevel.notice, noticeSlots);
  if (hidden > 0) {
    lines.push(
      workflowCommand(
        'notice',
        { title: `mlguard/${result.tool}: ${hidden} more finding${hidden === 1 ? '' : 's'}` },
        `${hidden} more finding${hidden === 1 ? '' : 's'} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level per step): see ${where}.`,
      ),
    );
  }
  return { lines, shown: lines.length - (hidden > 0 ? 1 : 0), hidden };
}
