import * as yaml from 'js-yaml';
import { inputError } from '@mlguard/core';
import type { ParseContext, ParseOutput } from '../model.js';
import { parseRequirements } from './requirements.js';
import { LineFinder } from './lines.js';

/**
 * conda environment.yml: the `pip:` sub-list is PyPI and scanned like a requirements file;
 * conda packages have no OSV ecosystem, so each is reported as not covered instead of passing silently.
 */
export async function parseCondaEnv(text: string, ctx: ParseContext): Promise<ParseOutput> {
  let doc: unknown;
  try {
    doc = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA, json: false });
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    throw inputError(`not valid YAML: ${(e as Error).message.split('\n')[0]}`, { file: ctx.file, line: mark?.line !== undefined ? mark.line + 1 : undefined });
  }
  const out: ParseOutput = { packages: [], notes: [] };
  const deps = (doc as { dependencies?: unknown })?.dependencies;
  if (!Array.isArray(deps)) return out;
  const lf = new LineFinder(text);
  let cursor = lf.find('dependencies')?.offset ?? 0;
  for (const d of deps) {
    if (typeof d === 'string') {
      const at = lf.find(d, cursor);
      if (at) cursor = at.offset + d.length;
      if (/^pip([<>=].*)?$/.test(d.trim())) continue;
      out.notes.push({ kind: 'conda', file: ctx.file, line: at?.line, message: `conda package "${d}" is not covered by OSV (no conda ecosystem); pin it through pip or check it by other means.`, key: d });
    } else if (d && typeof d === 'object' && Array.isArray((d as { pip?: unknown }).pip)) {
      const pipAt = lf.find('pip:', cursor);
      for (const req of (d as { pip: unknown[] }).pip) {
        if (typeof req !== 'string') continue;
        const at = lf.find(req, pipAt?.offset ?? cursor);
        // Parse each entry alone so its line stays the YAML line.
        const one = await parseRequirements(req, ctx, []);
        for (const p of one.packages) out.packages.push({ ...p, line: at?.line });
        for (const n of one.notes) out.notes.push({ ...n, line: at?.line });
      }
    }
  }
  return out;
}
