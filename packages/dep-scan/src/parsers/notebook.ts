import { inputError } from '@mlguard/core';
import type { ParseContext, ParseOutput } from '../model.js';
import { parseRequirements } from './requirements.js';
import { jsonErrorLine } from './lines.js';

/**
 * `%pip install` / `!pip install` lines in Jupyter notebooks. Locations point into the .ipynb
 * JSON text: the line that holds the source string of that cell line.
 */
export async function parseNotebook(text: string, ctx: ParseContext): Promise<ParseOutput> {
  let nb: { cells?: { cell_type?: string; source?: string | string[] }[] };
  try {
    nb = JSON.parse(text);
  } catch (e) {
    throw inputError(`notebook is not valid JSON: ${(e as Error).message.split('\n')[0]}`, { file: ctx.file, line: jsonErrorLine(text, e) });
  }
  if (!nb || typeof nb !== 'object' || Array.isArray(nb)) throw inputError('not a Jupyter notebook (expected a JSON object with cells)', { file: ctx.file, line: 1 });
  if (!Array.isArray(nb.cells)) return { packages: [], notes: [] };
  const out: ParseOutput = { packages: [], notes: [] };
  const jsonLines = text.split('\n');
  let searchFrom = 0;
  for (const cell of nb.cells ?? []) {
    if (!cell || typeof cell !== 'object' || cell.cell_type !== 'code') continue;
    const raw: unknown = cell.source;
    const src = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string').join('') : typeof raw === 'string' ? raw : '';
    for (const l of src.split('\n')) {
      const m = /^\s*[%!]\s*(?:pip3?|python3? -m pip|uv pip)\s+install\s+(.*)$/.exec(l);
      if (!m) continue;
      const probe = JSON.stringify(l.trim()).slice(1, -1);
      let line: number | undefined;
      for (let i = searchFrom; i < jsonLines.length; i++) {
        if (jsonLines[i]!.includes(probe)) {
          line = i + 1;
          searchFrom = i + 1;
          break;
        }
      }
      // Drop flags and the values of flags that take one (`-i URL`, `-r file`, `-c file`, `-f dir`).
      const tokens = m[1]!.split(/\s+/).filter(Boolean);
      const args: string[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.startsWith('#')) break;
        if (/^(-i|--index-url|--extra-index-url|-r|--requirement|-c|--constraint|-f|--find-links|-t|--target|--prefix)$/.test(t)) {
          i++;
          continue;
        }
        if (!t.startsWith('-')) args.push(t);
      }
      for (const a of args) {
        const one = await parseRequirements(a.replace(/^["']|["']$/g, ''), ctx, []);
        for (const p of one.packages) out.packages.push({ ...p, line });
        for (const n of one.notes) out.notes.push({ ...n, line });
      }
      // Flags like --extra-index-url on the same line still matter.
      const extra = /--extra-index-url[=\s]+(\S+)/.exec(m[1]!);
      if (extra) out.notes.push({ kind: 'extra-index', file: ctx.file, line, message: extra[1]!, key: `extra-index:${extra[1]}` });
    }
  }
  return out;
}
