import type { FileSystem } from '@mlguard/core';
import { parse } from 'yaml';
import type { InlineSuppression } from './suppress.js';

/**
 * Ignore files of the tools teams migrate from, read (never written) from the repository root:
 * `.trivyignore` (`ID [exp:YYYY-MM-DD]`, the comment above as the reason), `.trivyignore.yaml`
 * (`misconfigurations: [{id, paths, expired_at, statement}]`), `.checkov.yaml` (`skip-check`) and
 * `.hadolint.yaml` (`ignored`). Each entry becomes a suppression the gate judges like an inline one.
 */
export interface RepoSuppression extends InlineSuppression {
  /** Path globs the entry is limited to (`.trivyignore.yaml` paths). */
  paths?: string[];
}

const MAX_BYTES = 1 << 20;

async function read(fs: FileSystem, path: string): Promise<string | undefined> {
  const st = await fs.stat(path);
  if (!st?.isFile || st.size > MAX_BYTES) return undefined;
  return fs.readText(path);
}

export async function loadIgnoreFiles(fs: FileSystem): Promise<RepoSuppression[]> {
  const out: RepoSuppression[] = [];
  const trivy = await read(fs, '.trivyignore');
  if (trivy !== undefined) {
    let comment: string[] = [];
    trivy.split('\n').forEach((raw, i) => {
      const l = raw.trim();
      if (l.startsWith('#')) {
        comment.push(l.replace(/^#\s*/, ''));
        return;
      }
      if (!l) {
        comment = [];
        return;
      }
      const [id, ...rest] = l.split(/\s+/);
      const expires = rest.find((r) => r.startsWith('exp:'))?.slice(4);
      out.push({ kind: 'trivy', ids: [id!], reason: comment.join(' '), ...(expires ? { expires } : {}), file: '.trivyignore', line: i + 1, scope: 'file' });
      comment = [];
    });
  }
  for (const name of ['.trivyignore.yaml', 'trivyignore.yaml']) {
    const text = await read(fs, name);
    if (text === undefined) continue;
    const doc = safeParse(text) as { misconfigurations?: unknown } | undefined;
    const list = Array.isArray(doc?.misconfigurations) ? doc.misconfigurations : [];
    list.forEach((e: unknown, i: number) => {
      const o = e as { id?: unknown; paths?: unknown; expired_at?: unknown; statement?: unknown };
      if (typeof o?.id !== 'string') return;
      const expires = typeof o.expired_at === 'string' ? o.expired_at.slice(0, 10) : o.expired_at instanceof Date ? o.expired_at.toISOString().slice(0, 10) : undefined;
      out.push({
        kind: 'trivy',
        ids: [o.id],
        reason: typeof o.statement === 'string' ? o.statement : '',
        ...(expires ? { expires } : {}),
        ...(Array.isArray(o.paths) ? { paths: o.paths.map(String) } : {}),
        file: name,
        line: lineOfEntry(text, i),
        scope: 'file',
      });
    });
  }
  for (const name of ['.checkov.yaml', '.checkov.yml']) {
    const text = await read(fs, name);
    if (text === undefined) continue;
    const doc = safeParse(text) as Record<string, unknown> | undefined;
    const skip = doc?.['skip-check'];
    const ids = (Array.isArray(skip) ? skip.map(String) : typeof skip === 'string' ? skip.split(',') : []).map((s) => s.trim()).filter(Boolean);
    for (const id of ids) out.push({ kind: 'checkov', ids: [id], reason: '', file: name, line: findLine(text, id), scope: 'file' });
  }
  for (const name of ['.hadolint.yaml', '.hadolint.yml']) {
    const text = await read(fs, name);
    if (text === undefined) continue;
    const doc = safeParse(text) as { ignored?: unknown } | undefined;
    for (const id of Array.isArray(doc?.ignored) ? doc.ignored.map(String) : []) out.push({ kind: 'hadolint', ids: [id], reason: '', file: name, line: findLine(text, id), scope: 'file' });
  }
  return out;
}

function safeParse(text: string): unknown {
  try {
    return parse(text, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

function findLine(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}

function lineOfEntry(text: string, index: number): number {
  let seen = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (/^\s*-\s*id\s*:/.test(lines[i]!) && ++seen === index) return i + 1;
  return 1;
}
