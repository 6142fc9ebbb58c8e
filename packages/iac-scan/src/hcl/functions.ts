import { Ref, UNKNOWN, fromJson, hasUnknown, isObject, toJson, toStr, type Value } from './value.js';

/**
 * The Terraform functions that matter for security checks. Anything else (file(), timestamp(),
 * provider functions) is UNKNOWN: the check on it neither passes nor fails. Files are never read.
 */
type Fn = (args: Value[]) => Value;

const str = (v: Value | undefined) => (v === undefined ? UNKNOWN : toStr(v));
const known = (args: Value[]) => !args.some((a) => a === UNKNOWN || a instanceof Ref);

const FUNCTIONS: Record<string, Fn> = {
  lower: ([a]) => mapStr(a, (s) => s.toLowerCase()),
  upper: ([a]) => mapStr(a, (s) => s.toUpperCase()),
  trimspace: ([a]) => mapStr(a, (s) => s.trim()),
  title: ([a]) => mapStr(a, (s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
  tostring: ([a]) => (a === null ? null : str(a)),
  tonumber: ([a]) => (typeof a === 'number' ? a : typeof a === 'string' && a.trim() !== '' && !Number.isNaN(Number(a)) ? Number(a) : UNKNOWN),
  tobool: ([a]) => (typeof a === 'boolean' ? a : a === 'true' ? true : a === 'false' ? false : UNKNOWN),
  tolist: ([a]) => (Array.isArray(a) ? a : UNKNOWN),
  toset: ([a]) => (Array.isArray(a) ? dedupe(a) : UNKNOWN),
  tomap: ([a]) => (isObject(a) ? a : UNKNOWN),
  length: ([a]) => (Array.isArray(a) ? a.length : isObject(a) ? Object.keys(a).length : typeof a === 'string' ? [...a].length : UNKNOWN),
  merge: (args) => {
    if (!args.every((a) => isObject(a) || a === null)) return UNKNOWN;
    return Object.assign({}, ...args.filter((a) => a !== null)) as Value;
  },
  concat: (args) => (args.every(Array.isArray) ? (args as Value[][]).flat() : UNKNOWN),
  flatten: ([a]) => (Array.isArray(a) ? flatten(a) : UNKNOWN),
  distinct: ([a]) => (Array.isArray(a) ? dedupe(a) : UNKNOWN),
  compact: ([a]) => (Array.isArray(a) ? a.filter((x) => x !== '' && x !== null) : UNKNOWN),
  keys: ([a]) => (isObject(a) ? Object.keys(a).sort() : UNKNOWN),
  values: ([a]) => (isObject(a) ? Object.keys(a).sort().map((k) => a[k]!) : UNKNOWN),
  lookup: ([m, k, d]) => {
    if (!isObject(m)) return UNKNOWN;
    const key = str(k);
    if (key === UNKNOWN) return UNKNOWN;
    return Object.prototype.hasOwnProperty.call(m, key) ? m[key]! : (d ?? UNKNOWN);
  },
  element: ([l, i]) => (Array.isArray(l) && l.length && typeof i === 'number' ? l[((i % l.length) + l.length) % l.length]! : UNKNOWN),
  contains: ([l, v]) => (Array.isArray(l) && known([v!]) ? l.some((x) => JSON.stringify(x) === JSON.stringify(v)) : UNKNOWN),
  coalesce: (args) => {
    for (const a of args) {
      if (a === UNKNOWN || a instanceof Ref) return UNKNOWN;
      if (a !== null && a !== '') return a;
    }
    return UNKNOWN;
  },
  coalescelist: (args) => {
    for (const a of args) {
      if (!Array.isArray(a)) return UNKNOWN;
      if (a.length) return a;
    }
    return UNKNOWN;
  },
  join: ([sep, l]) => {
    const s = str(sep);
    if (s === UNKNOWN || !Array.isArray(l)) return UNKNOWN;
    const parts = l.map(str);
    return parts.includes(UNKNOWN) ? UNKNOWN : (parts as string[]).join(s);
  },
  split: ([sep, v]) => {
    const s = str(sep);
    const x = str(v);
    return s === UNKNOWN || x === UNKNOWN ? UNKNOWN : x.split(s);
  },
  replace: ([v, from, to]) => {
    const x = str(v);
    const f = str(from);
    const t = str(to);
    if (x === UNKNOWN || f === UNKNOWN || t === UNKNOWN) return UNKNOWN;
    if (f.length > 2 && f.startsWith('/') && f.endsWith('/')) {
      try {
        return x.replace(new RegExp(f.slice(1, -1), 'g'), t);
      } catch {
        return UNKNOWN;
      }
    }
    return x.split(f).join(t);
  },
  substr: ([v, o, l]) => {
    const x = str(v);
    if (x === UNKNOWN || typeof o !== 'number' || typeof l !== 'number') return UNKNOWN;
    return l < 0 ? x.slice(o) : x.slice(o, o + l);
  },
  startswith: ([v, p]) => binStr(v, p, (a, b) => a.startsWith(b)),
  endswith: ([v, p]) => binStr(v, p, (a, b) => a.endsWith(b)),
  format: ([f, ...rest]) => {
    const fmt = str(f);
    if (fmt === UNKNOWN || !known(rest)) return UNKNOWN;
    let i = 0;
    let bad = false;
    const out = fmt.replace(/%(%|([-+ #0]*)(\d+)?(?:\.(\d+))?([sdvqtf]))/g, (m, all: string, flags: string | undefined, width: string | undefined, prec: string | undefined, verb: string | undefined) => {
      if (all === '%') return '%';
      const a = rest[i++];
      if (a === undefined) {
        bad = true;
        return m;
      }
      let text: string;
      if (verb === 'q' || (verb === 'v' && (Array.isArray(a) || isObject(a)))) text = JSON.stringify(toJson(a));
      else if (verb === 'd' && typeof a === 'number') text = String(Math.trunc(a));
      else if (verb === 'f' && typeof a === 'number') text = a.toFixed(prec ? Number(prec) : 6);
      else {
        const s = toStr(a);
        if (s === UNKNOWN) bad = true;
        text = s === UNKNOWN ? '' : prec && verb === 's' ? s.slice(0, Number(prec)) : s;
      }
      const w = width ? Number(width) : 0;
      if (text.length < w) {
        if (flags?.includes('-')) text = text.padEnd(w);
        else if (flags?.includes('0') && (verb === 'd' || verb === 'f')) text = (text.startsWith('-') ? '-' : '') + text.replace(/^-/, '').padStart(w - (text.startsWith('-') ? 1 : 0), '0');
        else text = text.padStart(w);
      }
      return text;
    });
    return bad ? UNKNOWN : out;
  },
  jsonencode: ([a]) => (a === undefined || hasUnknown(a) ? UNKNOWN : JSON.stringify(toJson(a))),
  jsondecode: ([a]) => {
    const s = str(a);
    if (s === UNKNOWN) return UNKNOWN;
    try {
      return fromJson(JSON.parse(s));
    } catch {
      return UNKNOWN;
    }
  },
  min: (args) => (args.every((a) => typeof a === 'number') ? Math.min(...(args as number[])) : UNKNOWN),
  max: (args) => (args.every((a) => typeof a === 'number') ? Math.max(...(args as number[])) : UNKNOWN),
  abs: ([a]) => (typeof a === 'number' ? Math.abs(a) : UNKNOWN),
  range: (args) => {
    if (!args.every((a) => typeof a === 'number')) return UNKNOWN;
    const [a, b, step] = args.length === 1 ? [0, args[0] as number, 1] : [args[0] as number, args[1] as number, (args[2] as number | undefined) ?? 1];
    if (step === 0 || Math.abs((b - a) / step) > 10_000) return UNKNOWN;
    const out: number[] = [];
    for (let x = a; step > 0 ? x < b : x > b; x += step) out.push(x);
    return out;
  },
  zipmap: ([k, v]) => {
    if (!Array.isArray(k) || !Array.isArray(v)) return UNKNOWN;
    const keys = k.map(str);
    if (keys.includes(UNKNOWN)) return UNKNOWN;
    return Object.fromEntries((keys as string[]).map((key, i) => [key, v[i] ?? UNKNOWN]));
  },
};

export function callFunction(name: string, args: Value[]): Value {
  const fn = FUNCTIONS[name.replace(/^provider::[^:]+::/, '')];
  if (!fn) return UNKNOWN;
  try {
    return fn(args);
  } catch {
    return UNKNOWN;
  }
}

function mapStr(a: Value | undefined, f: (s: string) => string): Value {
  const s = str(a);
  return s === UNKNOWN ? UNKNOWN : f(s);
}

function binStr(a: Value | undefined, b: Value | undefined, f: (x: string, y: string) => boolean): Value {
  const x = str(a);
  const y = str(b);
  return x === UNKNOWN || y === UNKNOWN ? UNKNOWN : f(x, y);
}

function dedupe(a: Value[]): Value[] {
  const seen = new Set<string>();
  return a.filter((x) => {
    const k = JSON.stringify(toJson(x));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function flatten(a: Value[]): Value[] {
  return a.flatMap((x) => (Array.isArray(x) ? flatten(x) : [x]));
}
