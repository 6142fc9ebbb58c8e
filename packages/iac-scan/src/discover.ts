import picomatch from 'picomatch';
import type { FileSystem } from '@mlguard/core';
import type { Hit } from './hit.js';

export type Kind = 'terraform' | 'tfvars' | 'dockerfile' | 'workflow' | 'compose' | 'yaml' | 'json';

export interface Candidate {
  /** Repository-relative, forward slashes. */
  path: string;
  kind: Kind;
  size: number;
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.terraform', '.venv', 'venv', '__pycache__', '.mlguard']);

export function classify(path: string): Kind | undefined {
  const base = path.split('/').pop() ?? path;
  const lower = base.toLowerCase();
  if (lower.endsWith('.tf') || lower.endsWith('.tf.json')) return 'terraform';
  if (lower.endsWith('.tfvars') || lower.endsWith('.tfvars.json')) return 'tfvars';
  if (lower === 'dockerfile' || lower === 'containerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile')) return 'dockerfile';
  const yaml = lower.endsWith('.yml') || lower.endsWith('.yaml');
  if (yaml && /(^|\/)\.github\/workflows\/[^/]+$/.test(path)) return 'workflow';
  if (yaml && /^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(lower)) return 'compose';
  if (yaml) return 'yaml';
  if (lower.endsWith('.json') || lower.endsWith('.template')) return 'json';
  return undefined;
}

/**
 * Walks the given roots through the FileSystem port. Symlinks are never followed (one could point
 * outside the repository); an IaC-looking symlink is reported so the skip is visible.
 */
export async function discover(fs: FileSystem, roots: string[], skip: string[], problems: Hit[], shallowTerraformDirs = false): Promise<Candidate[]> {
  const skipMatch = skip.length ? picomatch(skip, { dot: true }) : () => false;
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const visit = async (rel: string, depth: number): Promise<void> => {
    if (seen.has(rel) || depth > 64) return;
    seen.add(rel);
    if (rel !== '.' && skipMatch(rel)) return;
    const st = await fs.stat(rel);
    if (!st) return;
    if (st.isSymbolicLink) {
      if (classify(rel)) problems.push({ ruleId: 'IAC-FILE-001', file: rel, line: 1, resource: rel, message: `${rel} is a symbolic link: not followed (it may point outside the repository)` });
      return;
    }
    if (st.isDirectory) {
      const base = rel.split('/').pop() ?? rel;
      if (rel !== '.' && SKIP_DIRS.has(base)) return;
      // PR mode names a changed Terraform file's directory: take its .tf/.tfvars files, not the subtree.
      if (shallowTerraformDirs) {
        for (const name of await fs.readdir(rel)) if (/\.(tf|tfvars)(\.json)?$/.test(name)) await visit(rel === '.' ? name : `${rel}/${name}`, depth + 1);
        return;
      }
      for (const name of await fs.readdir(rel)) await visit(rel === '.' ? name : `${rel}/${name}`, depth + 1);
      return;
    }
    const kind = st.isFile ? classify(rel) : undefined;
    if (kind) out.push({ path: rel, kind, size: st.size });
  };
  for (const r of roots) await visit(normalise(r), 0);
  const unique = new Map(out.map((c) => [c.path, c]));
  return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export function normalise(p: string): string {
  const s = p.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
  return s === '' ? '.' : s;
}

/** Decodes UTF-8 strictly; returns the 1-based line of the first bad byte when the file is not text. */
export function decodeUtf8(buf: Buffer): { text: string } | { badLine: number } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    const nul = text.indexOf('\u0000');
    if (nul >= 0) return { badLine: text.slice(0, nul).split('\n').length };
    return { text: text.replace(/^\uFEFF/, '') };
  } catch {
    const loose = buf.toString('utf8');
    const at = loose.indexOf('\uFFFD');
    return { badLine: at >= 0 ? loose.slice(0, at).split('\n').length : 1 };
  }
}
