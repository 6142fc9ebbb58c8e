import type { Attribute, Expr } from './ast.js';
import { callFunction } from './functions.js';
import { Ref, UNKNOWN, isObject, show, toStr, type Value } from './value.js';

/** A resolved input variable and where its value came from (for the evaluation trace). */
export interface VarBinding {
  value: Value;
  /** `variables.tf:12` or `terraform.tfvars:3`, or undefined when unset (unknown). */
  source?: string;
}

/** Everything one module instance knows; `bindings` holds each/count/for/dynamic iterator values. */
export interface Scope {
  vars: Map<string, VarBinding>;
  locals: Map<string, { attr: Attribute; file: string }>;
  /** Resource types and names declared in the module, so `aws_s3_bucket.x` becomes a Ref. */
  resources: Set<string>;
  bindings: Map<string, Value>;
  /** Cache and cycle guard for locals. */
  localCache: Map<string, Value>;
  localsInProgress: Set<string>;
}

export function childScope(s: Scope, bindings: Record<string, Value>): Scope {
  const b = new Map(s.bindings);
  for (const [k, v] of Object.entries(bindings)) b.set(k, v);
  return { ...s, bindings: b };
}

/** Collects `var.x = "v" (file:line)` steps while an attribute is evaluated. */
export class Trace {
  readonly steps: string[] = [];
  /** Evaluation steps spent on one attribute: nested for-expressions cannot run away. */
  ops = 0;
  add(step: string): void {
    if (!this.steps.includes(step) && this.steps.length < 8) this.steps.push(step);
  }
}

const MAX_DEPTH = 64;
const MAX_OPS = 200_000;

export function evaluate(e: Expr, scope: Scope, trace = new Trace(), depth = 0): Value {
  if (depth > MAX_DEPTH || ++trace.ops > MAX_OPS) return UNKNOWN;
  const ev = (x: Expr) => evaluate(x, scope, trace, depth + 1);
  switch (e.t) {
    case 'lit':
      return e.v;
    case 'tpl': {
      let out = '';
      for (const p of e.parts) {
        if (typeof p === 'string') out += p;
        else {
          const s = toStr(ev(p));
          if (s === UNKNOWN) return UNKNOWN;
          out += s;
        }
      }
      return out;
    }
    case 'var':
      if (scope.bindings.has(e.name)) return scope.bindings.get(e.name)!;
      return UNKNOWN;
    case 'attr':
      return attribute(e, scope, trace, depth);
    case 'index': {
      const obj = ev(e.obj);
      const key = ev(e.key);
      if (obj instanceof Ref) {
        if (key === UNKNOWN || typeof key === 'object') return new Ref(`${obj.address}[*]`, obj.path);
        return new Ref(`${obj.address}[${typeof key === 'string' ? JSON.stringify(key) : key}]`, obj.path);
      }
      return index(obj, key);
    }
    case 'splat': {
      const obj = ev(e.obj);
      if (obj instanceof Ref) return new Ref(`${obj.address}[*]`, obj.path);
      return UNKNOWN;
    }
    case 'call': {
      // try() and can() must see errors of their arguments, which we model as UNKNOWN.
      if (e.name === 'try') {
        for (const a of e.args) {
          const v = ev(a);
          if (v !== UNKNOWN) return v;
        }
        return UNKNOWN;
      }
      if (e.name === 'can') return e.args[0] && ev(e.args[0]) !== UNKNOWN ? true : UNKNOWN;
      return callFunction(e.name, e.args.map(ev));
    }
    case 'tuple':
      return e.items.map(ev);
    case 'object': {
      const out: Record<string, Value> = {};
      for (const { key, value } of e.items) {
        const k = toStr(ev(key));
        if (k === UNKNOWN) return UNKNOWN;
        out[k] = ev(value);
      }
      return out;
    }
    case 'cond': {
      const c = ev(e.c);
      if (c === true || c === 'true') return ev(e.a);
      if (c === false || c === 'false') return ev(e.b);
      return UNKNOWN;
    }
    case 'bin':
      return binary(e.op, ev(e.l), ev(e.r));
    case 'un': {
      const x = ev(e.x);
      if (e.op === '!') return typeof x === 'boolean' ? !x : UNKNOWN;
      if (e.op === '-') return typeof x === 'number' ? -x : UNKNOWN;
      return UNKNOWN;
    }
    case 'for':
      return forExpr(e, scope, trace, depth);
    case 'opaque':
      return UNKNOWN;
  }
}

function attribute(e: Extract<Expr, { t: 'attr' }>, scope: Scope, trace: Trace, depth: number): Value {
  const root = e.obj.t === 'var' && !scope.bindings.has(e.obj.name) ? e.obj.name : undefined;
  if (root === 'var') {
    const b = scope.vars.get(e.name);
    if (!b) return UNKNOWN;
    trace.add(`var.${e.name} = ${show(b.value)}${b.source ? ` (${b.source})` : ''}`);
    return b.value;
  }
  if (root === 'local') return local(e.name, scope, trace, depth);
  if (root === 'path') return e.name === 'module' || e.name === 'root' ? '.' : UNKNOWN;
  if (root === 'data' || root === 'module' || root === 'terraform' || root === 'self') return UNKNOWN;
  if (root && scope.resources.has(`${root}.${e.name}`)) return new Ref(`${root}.${e.name}`);
  if (root && root.includes('_')) return UNKNOWN; // a resource type declared elsewhere (another module)
  const obj = evaluate(e.obj, scope, trace, depth + 1);
  if (obj instanceof Ref) return new Ref(obj.address, [...obj.path, e.name]);
  return index(obj, e.name);
}

function local(name: string, scope: Scope, trace: Trace, depth: number): Value {
  if (scope.localCache.has(name)) {
    const v = scope.localCache.get(name)!;
    const def = scope.locals.get(name);
    if (def) trace.add(`local.${name} = ${show(v)} (${def.file}:${def.attr.line})`);
    return v;
  }
  const def = scope.locals.get(name);
  if (!def || scope.localsInProgress.has(name)) return UNKNOWN;
  scope.localsInProgress.add(name);
  const v = evaluate(def.attr.expr, scope, trace, depth + 1);
  scope.localsInProgress.delete(name);
  scope.localCache.set(name, v);
  trace.add(`local.${name} = ${show(v)} (${def.file}:${def.attr.line})`);
  return v;
}

export function index(obj: Value, key: Value): Value {
  if (obj === UNKNOWN || key === UNKNOWN) return UNKNOWN;
  if (Array.isArray(obj)) {
    const i = typeof key === 'number' ? key : typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : NaN;
    return Number.isInteger(i) && i >= 0 && i < obj.length ? obj[i]! : UNKNOWN;
  }
  if (isObject(obj)) {
    const k = toStr(key);
    if (k === UNKNOWN) return UNKNOWN;
    return Object.prototype.hasOwnProperty.call(obj, k) ? obj[k]! : UNKNOWN;
  }
  return UNKNOWN;
}

function binary(op: string, l: Value, r: Value): Value {
  if (op === '&&') return l === false || r === false ? false : l === true && r === true ? true : UNKNOWN;
  if (op === '||') return l === true || r === true ? true : l === false && r === false ? false : UNKNOWN;
  if (l === UNKNOWN || r === UNKNOWN || l instanceof Ref || r instanceof Ref) return UNKNOWN;
  if (op === '==') return JSON.stringify(l) === JSON.stringify(r);
  if (op === '!=') return JSON.stringify(l) !== JSON.stringify(r);
  const a = typeof l === 'string' && l.trim() !== '' ? Number(l) : l;
  const b = typeof r === 'string' && r.trim() !== '' ? Number(r) : r;
  if (typeof a !== 'number' || typeof b !== 'number' || Number.isNaN(a) || Number.isNaN(b)) return UNKNOWN;
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? UNKNOWN : a / b;
    case '%': return b === 0 ? UNKNOWN : a % b;
    case '<': return a < b;
    case '>': return a > b;
    case '<=': return a <= b;
    case '>=': return a >= b;
    default: return UNKNOWN;
  }
}

function forExpr(e: Extract<Expr, { t: 'for' }>, scope: Scope, trace: Trace, depth: number): Value {
  const coll = evaluate(e.coll, scope, trace, depth + 1);
  let entries: [Value, Value][];
  if (Array.isArray(coll)) entries = coll.map((v, i) => [i, v]);
  else if (isObject(coll)) entries = Object.entries(coll);
  else return UNKNOWN;
  if (entries.length > 10_000) return UNKNOWN;
  const tuple: Value[] = [];
  const obj: Record<string, Value> = {};
  for (const [k, v] of entries) {
    if (trace.ops > MAX_OPS) return UNKNOWN;
    const s = childScope(scope, { ...(e.keyVar ? { [e.keyVar]: k } : {}), [e.valVar]: v });
    if (e.cond) {
      const c = evaluate(e.cond, s, trace, depth + 1);
      if (c === UNKNOWN) return UNKNOWN;
      if (c !== true) continue;
    }
    if (e.kind === 'tuple') tuple.push(evaluate(e.valExpr, s, trace, depth + 1));
    else {
      const key = toStr(evaluate(e.keyExpr!, s, trace, depth + 1));
      if (key === UNKNOWN) return UNKNOWN;
      obj[key] = evaluate(e.valExpr, s, trace, depth + 1);
    }
  }
  return e.kind === 'tuple' ? tuple : obj;
}
