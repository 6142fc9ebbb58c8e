import type { Attribute, Block, Body, Expr, HclFile } from './ast.js';
import { parseHcl } from './parse.js';
import { parseYaml } from '../yaml/documents.js';

/**
 * Terraform's JSON syntax (`*.tf.json`) converted to the same AST as native HCL, so modules may mix
 * both. Nested blocks arrive as object-valued attributes, which attribute lookup walks through;
 * strings holding `${...}` are parsed as HCL templates. Lines come from the JSON positions.
 */
export async function parseTfJson(path: string, text: string, opts: { vars?: boolean } = {}): Promise<HclFile> {
  let parsed;
  try {
    parsed = parseYaml(text);
  } catch (e) {
    return { path, body: { attrs: new Map(), blocks: [] }, comments: [], error: { line: 1, message: (e as Error).message } };
  }
  if (parsed.error) return { path, body: { attrs: new Map(), blocks: [] }, comments: [], error: parsed.error };
  const doc = parsed.docs[0];
  const root = doc?.value;
  const body: Body = { attrs: new Map(), blocks: [] };
  if (!doc || !isObj(root)) return { path, body, comments: [] };
  const lineOf = doc.lineOf;

  const toExpr = async (v: unknown, line: number): Promise<Expr> => {
    if (typeof v === 'string') {
      if (!v.includes('${') && !v.includes('%{')) return { t: 'lit', v, line };
      const f = await parseHcl(path, `v = ${JSON.stringify(v)}`);
      const e = f.body.attrs.get('v')?.expr;
      return e ? relocate(e, line) : { t: 'opaque', line };
    }
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) return { t: 'lit', v, line };
    if (Array.isArray(v)) return { t: 'tuple', items: await Promise.all(v.map((x) => toExpr(x, line))), line };
    if (isObj(v)) {
      const items = [];
      for (const [k, x] of Object.entries(v)) items.push({ key: { t: 'lit' as const, v: k, line }, value: await toExpr(x, line) });
      return { t: 'object', items, line };
    }
    return { t: 'opaque', line };
  };
  const bodyOf = async (o: Record<string, unknown>, at: (string | number)[]): Promise<Body> => {
    const b: Body = { attrs: new Map(), blocks: [] };
    for (const [k, v] of Object.entries(o)) {
      const line = lineOf([...at, k]);
      const attr: Attribute = { name: k, expr: await toExpr(v, line), line, endLine: line };
      b.attrs.set(k, attr);
    }
    return b;
  };
  const block = async (type: string, labels: string[], o: unknown, at: (string | number)[]): Promise<void> => {
    for (const [i, item] of (Array.isArray(o) ? o : [o]).entries()) {
      if (!isObj(item)) continue;
      const p = Array.isArray(o) ? [...at, i] : at;
      const line = lineOf(at);
      body.blocks.push({ type, labels, body: await bodyOf(item, p), line, endLine: line } satisfies Block);
    }
  };

  // *.tfvars.json: top-level keys are variable values.
  if (opts.vars) return { path, body: await bodyOf(root, []), comments: [] };
  for (const [kind, content] of Object.entries(root)) {
    for (const [ci, c] of (Array.isArray(content) ? content : [content]).entries()) {
      if (!isObj(c)) continue;
      const base = Array.isArray(content) ? [kind, ci] : [kind];
      if (kind === 'locals') await block('locals', [], c, base);
      else if (kind === 'variable' || kind === 'module' || kind === 'output') {
        for (const [name, v] of Object.entries(c)) await block(kind, [name], v, [...base, name]);
      } else if (kind === 'resource' || kind === 'data') {
        for (const [type, byName] of Object.entries(c)) {
          if (!isObj(byName)) continue;
          for (const [name, v] of Object.entries(byName)) await block(kind, [type, name], v, [...base, type, name]);
        }
      }
    }
  }
  return { path, body, comments: [] };
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Expressions parsed from a JSON string report the line of the JSON key they came from. */
function relocate(e: Expr, line: number): Expr {
  return JSON.parse(JSON.stringify(e), (k, v: unknown) => (k === 'line' ? line : v)) as Expr;
}
