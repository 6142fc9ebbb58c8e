/** Values the Terraform evaluator produces. UNKNOWN is the third truth value: neither pass nor fail. */

export const UNKNOWN: unique symbol = Symbol('unknown');
export type Unknown = typeof UNKNOWN;

/** A symbolic reference to a resource (or one of its attributes): kept for cross-resource linking. */
export class Ref {
  constructor(
    /** `aws_s3_bucket.data` or `aws_s3_bucket.data["raw"]` */
    readonly address: string,
    readonly path: readonly string[] = [],
  ) {}
  toString(): string {
    return [this.address, ...this.path].join('.');
  }
}

export type Value = string | number | boolean | null | Value[] | { [k: string]: Value } | Unknown | Ref;

export const isUnknown = (v: unknown): v is Unknown => v === UNKNOWN;
export const isObject = (v: unknown): v is { [k: string]: Value } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Ref);

/** True when the value or anything inside it is unknown. */
export function hasUnknown(v: Value): boolean {
  if (v === UNKNOWN || v instanceof Ref) return true;
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (isObject(v)) return Object.values(v).some(hasUnknown);
  return false;
}

/** A short rendering for messages: `"public-read"`, `true`, `["a", …]`. */
export function show(v: Value): string {
  if (v === UNKNOWN) return '(unknown)';
  if (v instanceof Ref) return v.toString();
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (Array.isArray(v) || isObject(v)) {
    const s = JSON.stringify(v, (_k, x: unknown) => (x === UNKNOWN ? '(unknown)' : x instanceof Ref ? x.toString() : x));
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  }
  return String(v);
}

/** Terraform's string conversion for template interpolation. */
export function toStr(v: Value): string | Unknown {
  if (v === UNKNOWN || v instanceof Ref) return UNKNOWN;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return '';
  return UNKNOWN;
}

/** Plain JSON for jsonencode and for checks that inspect policy documents. */
export function toJson(v: Value): unknown {
  if (v === UNKNOWN || v instanceof Ref) return undefined;
  if (Array.isArray(v)) return v.map(toJson);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}

export function fromJson(v: unknown): Value {
  if (Array.isArray(v)) return v.map(fromJson);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromJson(x)]));
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  return UNKNOWN;
}
