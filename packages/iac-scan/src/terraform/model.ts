import { posix } from 'node:path';
import type { Block, Body, HclFile } from '../hcl/ast.js';
import { Trace, childScope, evaluate, type Scope, type VarBinding } from '../hcl/evaluate.js';
import { Ref, UNKNOWN, isObject, show, type Value } from '../hcl/value.js';
import type { Hit } from '../hit.js';

/** One expanded resource instance (`aws_s3_bucket.data["raw"]`) with the scope to evaluate it in. */
export interface TfResource {
  type: string;
  name: string;
  /** Full address with module prefix and instance key. */
  address: string;
  /** Address without the instance key (`module.m.aws_s3_bucket.data`). */
  baseAddress: string;
  /** Address inside its module, as references in that module spell it (`aws_s3_bucket.data["raw"]`). */
  localAddress: string;
  file: string;
  line: number;
  endLine: number;
  body: Body;
  scope: Scope;
  /** The module instance it belongs to, so cross-resource links stay inside one module. */
  moduleKey: string;
  /** Module call sites above it, whose trivy/tfsec comments cover it. */
  anchors: { file: string; line: number }[];
}

export interface TfScan {
  resources: TfResource[];
  problems: Hit[];
  modules: number;
}

const MAX_MODULE_DEPTH = 16;
const MAX_INSTANCES = 1000;
/** Across the whole scan: count/for_each inside nested modules multiply. */
const MAX_TOTAL_RESOURCES = 100_000;
const MAX_MODULE_INSTANCES = 5_000;

const keySuffix = (k: Value) => (typeof k === 'number' ? `[${k}]` : `[${JSON.stringify(k)}]`);

/**
 * Builds resource instances for every Terraform root module found. A directory another scanned
 * directory calls as a local module (`source = "./modules/x"`) is evaluated only through its callers,
 * with the inputs they pass, so it is neither scanned twice nor judged without its inputs.
 */
export function loadTerraform(files: HclFile[], tfvars: HclFile[], varFiles: HclFile[]): TfScan {
  const byDir = new Map<string, HclFile[]>();
  for (const f of files) {
    const d = posix.dirname(f.path);
    byDir.set(d, [...(byDir.get(d) ?? []), f]);
  }
  const called = new Set<string>();
  for (const [dir, fs] of byDir) for (const f of fs) for (const b of f.body.blocks) {
    const src = b.type === 'module' ? localSource(b) : undefined;
    if (src) called.add(posix.normalize(posix.join(dir, src)));
  }
  const out: TfScan = { resources: [], problems: [], modules: 0 };
  for (const dir of [...byDir.keys()].sort()) {
    if (called.has(dir) && !isCycleOnly(dir, byDir)) continue;
    const rootVars = new Map<string, VarBinding>();
    for (const f of [...tfvars.filter((t) => posix.dirname(t.path) === dir).sort(tfvarsOrder), ...varFiles]) {
      for (const [name, a] of f.body.attrs) rootVars.set(name, { value: evaluate(a.expr, emptyScope()), source: `${f.path}:${a.line}` });
    }
    evaluateModule(dir, byDir, { kind: 'root', vars: rootVars }, '', [], [dir], out);
  }
  return out;
}

// A module that calls itself (directly or through others) must still be reported.
function isCycleOnly(dir: string, byDir: Map<string, HclFile[]>): boolean {
  for (const [d, fs] of byDir) {
    if (d === dir) continue;
    for (const f of fs) for (const b of f.body.blocks) {
      const src = b.type === 'module' ? localSource(b) : undefined;
      if (src && posix.normalize(posix.join(d, src)) === dir) return false;
    }
  }
  return true;
}

function tfvarsOrder(a: HclFile, b: HclFile): number {
  // terraform.tfvars first, then *.auto.tfvars in lexical order (later ones win).
  const rank = (f: HclFile) => (f.path.endsWith('terraform.tfvars') ? 0 : 1);
  return rank(a) - rank(b) || a.path.localeCompare(b.path);
}

function localSource(b: Block): string | undefined {
  const a = b.body.attrs.get('source');
  if (!a || a.expr.t !== 'lit' || typeof a.expr.v !== 'string') return undefined;
  return a.expr.v.startsWith('./') || a.expr.v.startsWith('../') ? a.expr.v : undefined;
}

export function emptyScope(): Scope {
  return { vars: new Map(), locals: new Map(), resources: new Set(), bindings: new Map(), localCache: new Map(), localsInProgress: new Set() };
}

type Inputs = { kind: 'root'; vars: Map<string, VarBinding> } | { kind: 'call'; vars: Map<string, VarBinding> };

function evaluateModule(
  dir: string,
  byDir: Map<string, HclFile[]>,
  inputs: Inputs,
  prefix: string,
  anchors: { file: string; line: number }[],
  stack: string[],
  out: TfScan,
): void {
  const files = byDir.get(dir) ?? [];
  out.modules++;
  if (out.modules > MAX_MODULE_INSTANCES || out.resources.length > MAX_TOTAL_RESOURCES) {
    if (!out.problems.some((p) => p.resource === 'expansion-limit')) {
      const f = files[0];
      out.problems.push({ ruleId: 'IAC-FILE-001', file: f?.path ?? dir, line: 1, resource: 'expansion-limit', message: `more than ${MAX_MODULE_INSTANCES} module instances or ${MAX_TOTAL_RESOURCES} resource instances: expansion stopped at ${dir}` });
    }
    return;
  }
  const scope = emptyScope();
  for (const f of files) {
    for (const b of f.body.blocks) {
      if (b.type === 'variable' && b.labels[0]) {
        const name = b.labels[0];
        const given = inputs.vars.get(name);
        const def = b.body.attrs.get('default');
        if (given) scope.vars.set(name, given);
        else if (def) scope.vars.set(name, { value: evaluate(def.expr, emptyScope()), source: `${f.path}:${def.line}` });
        else scope.vars.set(name, { value: UNKNOWN });
      } else if (b.type === 'locals') {
        for (const [n, a] of b.body.attrs) scope.locals.set(n, { attr: a, file: f.path });
      } else if (b.type === 'resource' && b.labels.length >= 2) {
        scope.resources.add(`${b.labels[0]}.${b.labels[1]}`);
      }
    }
  }
  const moduleKey = prefix || dir;
  const blocks = new Map<string, Block>();
  for (const f of files) for (const b of f.body.blocks) if (b.type === 'resource' && b.labels.length >= 2) blocks.set(`${b.labels[0]}.${b.labels[1]}`, b);
  for (const f of files) {
    for (const b of f.body.blocks) {
      if (b.type === 'resource' && b.labels.length >= 2) {
        const [type, name] = b.labels as [string, string];
        for (const inst of expand(b, scope, blocks)) {
          const local = `${type}.${name}${inst.suffix}`;
          out.resources.push({
            type,
            name,
            address: `${prefix}${local}`,
            baseAddress: `${prefix}${type}.${name}`,
            localAddress: local,
            file: f.path,
            line: b.line,
            endLine: b.endLine,
            body: b.body,
            scope: inst.scope,
            moduleKey,
            anchors,
          });
        }
      } else if (b.type === 'module' && b.labels[0]) {
        const src = localSource(b);
        if (!src) continue; // registry and git modules are never downloaded
        const child = posix.normalize(posix.join(dir, src));
        const problem = (message: string) =>
          out.problems.push({ ruleId: 'IAC-FILE-001', file: f.path, line: b.line, resource: `module.${b.labels[0]}`, message });
        if (stack.includes(child)) {
          problem(`module "${b.labels[0]}" calls ${child}, which is already being evaluated (${[...stack, child].join(' -> ')}): recursive module not followed`);
          continue;
        }
        if (stack.length > MAX_MODULE_DEPTH) {
          problem(`module nesting deeper than ${MAX_MODULE_DEPTH} levels at module "${b.labels[0]}": not followed`);
          continue;
        }
        if (!byDir.has(child)) continue;
        for (const inst of expand(b, scope, blocks)) {
          const vars = new Map<string, VarBinding>();
          for (const [n, a] of b.body.attrs) {
            if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(n)) continue;
            const t = new Trace();
            const v = evaluate(a.expr, inst.scope, t);
            vars.set(n, { value: v, source: `${f.path}:${a.line}${t.steps.length ? `, from ${t.steps.join(', ')}` : ''}` });
          }
          evaluateModule(child, byDir, { kind: 'call', vars }, `${prefix}module.${b.labels[0]}${inst.suffix}.`, [...anchors, { file: f.path, line: b.line }], [...stack, child], out);
        }
      }
    }
  }
}

/** count / for_each expansion; an unknown collection yields one instance with unknown each/count. */
function expand(b: Block, scope: Scope, blocks: Map<string, Block>, depth = 0): { suffix: string; scope: Scope }[] {
  const count = b.body.attrs.get('count');
  const forEach = b.body.attrs.get('for_each');
  if (count) {
    const n = evaluate(count.expr, scope);
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0) {
      return Array.from({ length: Math.min(n, MAX_INSTANCES) }, (_, i) => ({ suffix: keySuffix(i), scope: childScope(scope, { count: { index: i } }) }));
    }
    return [{ suffix: '[*]', scope: childScope(scope, { count: { index: UNKNOWN } }) }];
  }
  if (forEach) {
    let coll = evaluate(forEach.expr, scope);
    // `for_each = aws_s3_bucket.data`: iterate the keys of that resource's own for_each.
    if (coll instanceof Ref && coll.path.length === 0 && blocks.has(coll.address) && depth < 4) {
      const base = coll.address;
      const keys = expand(blocks.get(base)!, scope, blocks, depth + 1).map((i) => i.suffix).filter((sfx) => sfx.startsWith('["'));
      if (keys.length) coll = Object.fromEntries(keys.map((sfx) => [JSON.parse(sfx.slice(1, -1)) as string, new Ref(`${base}${sfx}`)]));
    }
    let entries: [string, Value][] | undefined;
    if (isObject(coll)) entries = Object.entries(coll);
    else if (Array.isArray(coll) && coll.every((x) => typeof x === 'string')) entries = (coll as string[]).map((s) => [s, s]);
    if (entries) {
      return entries.slice(0, MAX_INSTANCES).map(([k, v]) => ({ suffix: keySuffix(k), scope: childScope(scope, { each: { key: k, value: v } }) }));
    }
    return [{ suffix: '[*]', scope: childScope(scope, { each: { key: UNKNOWN, value: UNKNOWN } }) }];
  }
  return [{ suffix: '', scope }];
}

/** The result of reading one attribute path of a resource. */
export interface Got {
  state: 'missing' | 'unknown' | 'known';
  value: Value;
  /** The attribute's line, or the deepest existing block's line when missing. */
  line: number;
  trace: string[];
}

/**
 * Reads `a.b.c` through nested blocks and object values. Dynamic blocks count as present with
 * unknown content unless their for_each is known to be empty.
 */
export function get(res: TfResource, path: string): Got {
  const segs = path.split('.');
  let body: Body = res.body;
  let line = res.line;
  let scope = res.scope;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const attr = body.attrs.get(seg);
    if (attr) {
      const t = new Trace();
      let v = evaluate(attr.expr, scope, t);
      for (const s of segs.slice(i + 1)) {
        if (Array.isArray(v)) v = v[0] ?? UNKNOWN; // nested block written as a list of objects
        if (v === UNKNOWN || v instanceof Ref) break;
        v = isObject(v) && s in v ? v[s]! : isObject(v) ? null : UNKNOWN;
      }
      if (v === null && i + 1 < segs.length) return { state: 'missing', value: null, line: attr.line, trace: t.steps };
      return { state: v === UNKNOWN || v instanceof Ref ? 'unknown' : 'known', value: v, line: attr.line, trace: t.steps };
    }
    const block = body.blocks.find((b) => b.type === seg);
    if (block) {
      body = block.body;
      line = block.line;
      continue;
    }
    const dyn = body.blocks.find((b) => b.type === 'dynamic' && b.labels[0] === seg);
    if (dyn) {
      const fe = dyn.body.attrs.get('for_each');
      const coll = fe ? evaluate(fe.expr, scope) : UNKNOWN;
      const content = dyn.body.blocks.find((b) => b.type === 'content');
      if ((Array.isArray(coll) && coll.length === 0) || (isObject(coll) && Object.keys(coll).length === 0)) break;
      if (!content) return { state: 'unknown', value: UNKNOWN, line: dyn.line, trace: [] };
      const first = Array.isArray(coll) ? coll[0] : isObject(coll) ? Object.values(coll)[0] : UNKNOWN;
      const iter = dyn.body.attrs.get('iterator');
      const iterName = iter?.expr.t === 'var' ? iter.expr.name : seg;
      scope = childScope(scope, { [iterName]: { key: UNKNOWN, value: first ?? UNKNOWN } });
      body = content.body;
      line = dyn.line;
      continue;
    }
    return { state: 'missing', value: null, line, trace: [] };
  }
  return { state: 'known', value: {}, line, trace: [] };
}

/** True when a nested block (or an attribute of that name) exists. */
export function hasBlock(res: TfResource, path: string): boolean {
  return get(res, path).state !== 'missing';
}

export function describe(g: Got): string {
  return g.trace.length ? ` (${g.trace.join('; ')})` : '';
}

export { show };
