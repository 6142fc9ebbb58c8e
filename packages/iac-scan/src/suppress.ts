import type { Suppression } from '@mlguard/core';
import type { Hit } from './hit.js';
import type { Rule } from './rules.js';

/**
 * Inline suppressions in the syntaxes teams already use, so they migrate without touching comments:
 * Checkov, Trivy/tfsec, hadolint, zizmor, KICS, kube-linter / Checkov annotations and our own.
 */
export type SuppressionKind = 'checkov' | 'trivy' | 'tfsec' | 'hadolint' | 'zizmor' | 'kics' | 'mlguard' | 'annotation' | 'cfn-metadata';

export interface InlineSuppression {
  kind: SuppressionKind;
  /** As written; `*` matches every rule. */
  ids: string[];
  reason: string;
  expires?: string;
  file: string;
  line: number;
  /** line: the comment's own line and the lines it precedes; block: anywhere in the enclosing block; file: the whole file. */
  scope: 'line' | 'block' | 'file';
  /** Trivy's `[attr=value,...]`: only instances whose evaluated attributes match (for_each/count). */
  selector?: Record<string, string>;
}

const CHECKOV = /\b(?:checkov|bridgecrew|cortex):skip=\s*([A-Za-z0-9_\-, ]*)(?::(.*))?$/;
const TRIVY = /\b(trivy|tfsec):ignore:([^\s]+)(.*)$/;
const HADOLINT = /\bhadolint\s+(global\s+)?ignore=\s*([A-Za-z0-9, ]+)/;
const ZIZMOR = /\bzizmor:\s*ignore\[([^\]]+)\](.*)$/;
const KICS = /\bkics-scan\s+(ignore-line|ignore-block|ignore|disable=([A-Za-z0-9\-, ]+))/;
const MLGUARD = /\bmlguard:ignore[=\s]\s*([A-Za-z0-9_\-,]+)(.*)$/;

const splitIds = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/** Parses the suppressions in one comment's text (the part after `#` or `//`). */
export function parseSuppressions(text: string, file: string, line: number): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  let m: RegExpExecArray | null;
  if ((m = CHECKOV.exec(text))) out.push({ kind: 'checkov', ids: splitIds(m[1] ?? ''), reason: (m[2] ?? '').trim(), file, line, scope: 'block' });
  if ((m = TRIVY.exec(text))) {
    const [id, ...rest] = (m[2] ?? '').split(':');
    let expires: string | undefined;
    for (let i = 0; i < rest.length; i++) if (rest[i] === 'exp' && rest[i + 1]) expires = rest[i + 1];
    // `[attr=value,...]` narrows the ignore to the for_each/count instances whose attributes match.
    const bare = (id ?? '').replace(/\[.*$/, '');
    const sel = /\[(.*)\]$/.exec(id ?? '')?.[1];
    const selector = sel
      ? Object.fromEntries(
          sel.split(',').map((kv) => {
            const [k, ...v] = kv.split('=');
            return [k!.trim(), v.join('=').trim().replace(/^["']|["']$/g, '')];
          }),
        )
      : undefined;
    out.push({ kind: m[1] as 'trivy' | 'tfsec', ids: [bare], reason: (m[3] ?? '').replace(/^[\s:\-–—]+/, '').trim(), ...(expires ? { expires } : {}), ...(selector ? { selector } : {}), file, line, scope: 'line' });
  }
  if ((m = HADOLINT.exec(text))) out.push({ kind: 'hadolint', ids: splitIds(m[2] ?? ''), reason: '', file, line, scope: m[1] ? 'file' : 'line' });
  if ((m = ZIZMOR.exec(text))) out.push({ kind: 'zizmor', ids: splitIds(m[1] ?? ''), reason: (m[2] ?? '').replace(/^[\s:\-–—]+/, '').trim(), file, line, scope: 'line' });
  if ((m = KICS.exec(text))) {
    const scope = m[1] === 'ignore' ? 'file' : m[1] === 'ignore-block' ? 'block' : 'line';
    out.push({ kind: 'kics', ids: m[2] ? splitIds(m[2]) : ['*'], reason: '', file, line, scope: m[2] ? 'file' : scope });
  }
  if ((m = MLGUARD.exec(text))) {
    const rest = m[2] ?? '';
    const reason = /reason\s*=\s*"([^"]*)"/.exec(rest)?.[1] ?? /reason\s*=\s*(\S+)/.exec(rest)?.[1] ?? '';
    const expires = /expires\s*=\s*"?(\d{4}-\d{2}-\d{2})"?/.exec(rest)?.[1];
    out.push({ kind: 'mlguard', ids: splitIds(m[1] ?? ''), reason, ...(expires ? { expires } : {}), file, line, scope: 'line' });
  }
  return out;
}

/** Comments of a file by line: full-line comments and trailing ones. Works for HCL, YAML and Dockerfiles. */
export interface CommentIndex {
  full: Map<number, string>;
  trailing: Map<number, string>;
  /** Every suppression in the file, in order. */
  all: InlineSuppression[];
}

const SUPPRESSION_HINT = /checkov|bridgecrew|cortex|trivy|tfsec|hadolint|zizmor|kics-scan|mlguard:ignore/;

export function indexComments(text: string, file: string): CommentIndex {
  const full = new Map<number, string>();
  const trailing = new Map<number, string>();
  const all: InlineSuppression[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = raw.trimStart();
    const n = i + 1;
    if (t.startsWith('#') || t.startsWith('//')) full.set(n, t.replace(/^(#|\/\/)\s?/, ''));
    else if (SUPPRESSION_HINT.test(raw)) {
      const m = /(?:^|\s)(?:#|\/\/)\s?(.*)$/.exec(raw);
      if (m) trailing.set(n, m[1]!);
    } else continue;
    const c = full.get(n) ?? trailing.get(n);
    if (c !== undefined && SUPPRESSION_HINT.test(c)) all.push(...parseSuppressions(c, file, n));
  }
  return { full, trailing, all };
}

const norm = (id: string) => id.toUpperCase().replace(/^AVD-/, '');

export function matchesRule(s: InlineSuppression, rule: Rule): string | undefined {
  for (const id of s.ids) {
    if (id === '*') return rule.id;
    const n = norm(id);
    // `CKV_AWS_*` in .checkov.yaml skip-check, `CKV_K8S*` and the like.
    if (n.endsWith('*') && n.length > 1) {
      const prefix = n.slice(0, -1);
      if ([rule.id, ...rule.aliases].some((a) => norm(a).startsWith(prefix))) return id;
      continue;
    }
    if (n === norm(rule.id)) return id;
    if (rule.aliases.some((a) => norm(a) === n)) return id;
  }
  return undefined;
}

/** The suppressions that can apply to a hit, nearest first. */
export function candidates(hit: Hit, index: (file: string) => CommentIndex | undefined): InlineSuppression[] {
  const out: InlineSuppression[] = [...(hit.suppressions ?? [])];
  const own = index(hit.file);
  const atLine = (file: string, line: number) => (index(file)?.all ?? []).filter((s) => s.line === line);
  const chainAbove = (file: string, line: number) => {
    const ix = index(file);
    if (!ix) return [];
    const found: InlineSuppression[] = [];
    for (let l = line - 1; l > 0 && ix.full.has(l); l--) found.push(...atLine(file, l));
    return found;
  };
  out.push(...atLine(hit.file, hit.line), ...chainAbove(hit.file, hit.line));
  if (hit.block) out.push(...atLine(hit.file, hit.block.line), ...chainAbove(hit.file, hit.block.line));
  for (const a of hit.anchors ?? []) out.push(...atLine(a.file, a.line), ...chainAbove(a.file, a.line));
  if (own) {
    for (const s of own.all) {
      if (s.scope === 'file') out.push(s);
      else if (s.scope === 'block' && hit.block && s.line >= hit.block.line && s.line <= hit.block.endLine) out.push(s);
      else if (s.scope === 'block' && !hit.block && s.kind === 'checkov') out.push(s);
    }
  }
  // kics ignore-line covers only the next line; hadolint ignore only the next instruction.
  return out.filter((s) => !(s.kind === 'kics' && s.scope === 'line' && s.line !== hit.line - 1));
}

/** A selector matches when every named attribute of the hit's resource instance has that value. */
export function selectorMatches(s: InlineSuppression, hit: Hit): boolean {
  if (!s.selector) return true;
  return Object.entries(s.selector).every(([k, v]) => {
    const actual = hit.attribute?.(k);
    return (typeof actual === 'string' || typeof actual === 'number' || typeof actual === 'boolean') && String(actual) === v;
  });
}

export function toCoreSuppression(s: InlineSuppression, matchedId: string): Suppression {
  return {
    id: matchedId,
    reason: s.reason,
    ...(s.expires ? { expires: s.expires } : {}),
    source: `${s.file}:${s.line}`,
  };
}
