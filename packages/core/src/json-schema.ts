import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import type { JsonSchema } from './config-schema.js';

// ajv-formats is CJS with `exports.default`: under NodeNext the default import is the module
// namespace in Node and the function itself in some bundlers, so take whichever is callable.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((formatsModule as unknown as { default?: AddFormats }).default ?? formatsModule) as unknown as AddFormats;

const cache = new Map<string, ValidateFunction>();

/**
 * The one ajv setup (allErrors, formats, verbose for did-you-mean) of compileSchema and of the
 * precompiled validators (validator-source.ts), so both report the same errors.
 */
export function newAjv(code?: { source: true; esm: true }): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, allowUnionTypes: true, ...(code ? { code } : {}) });
  addFormats(ajv);
  return ajv;
}

/** An ajv validator (see newAjv), cached by schema text. */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  const key = JSON.stringify(schema);
  let v = cache.get(key);
  if (!v) {
    v = newAjv().compile(schema);
    cache.set(key, v);
  }
  return v;
}

export type PathSegment = string | number;

/** `/policy/suppressions/0/reason` -> ['policy', 'suppressions', 0, 'reason'] */
export function pointerToSegments(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** ['policy', 'suppressions', 0, 'reason'] -> `policy.suppressions[0].reason` */
export function formatPath(segments: readonly PathSegment[]): string {
  if (!segments.length) return '(top level)';
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Levenshtein distance, for did-you-mean hints on short names. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate within a small edit distance, or undefined. */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  if (value.length > 64) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(value.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

export interface SchemaProblem {
  /** Where the problem is; for an unknown key, the key itself. */
  segments: PathSegment[];
  message: string;
  /** True when `segments` ends at a key that should not exist (point at the key, not its value). */
  atKey: boolean;
}

/** ajv errors in plain words, one per problem, with redundant ones (anyOf noise) dropped. */
export function describeAjvErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const segments = pointerToSegments(e.instancePath);
    let message = e.message ?? 'is invalid';
    let atKey = false;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String((e.params as { additionalProperty: string }).additionalProperty);
        const known = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
        const guess = didYouMean(key, known);
        segments.push(key);
        atKey = true;
        message = `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : known.length ? ` (allowed: ${known.join(', ')})` : ''}`;
        break;
      }
      case 'required':
        message = `missing required key "${(e.params as { missingProperty: string }).missingProperty}"`;
        break;
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
        const guess = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
        message = `${JSON.stringify(e.data)} is not one of ${allowed.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`;
        break;
      }
      case 'type':
        message = `must be ${(e.params as { type: string }).type}, not ${describeType(e.data)}`;
        break;
      case 'format':
        message = (e.params as { format: string }).format === 'date' ? `${JSON.stringify(e.data)} is not a date (YYYY-MM-DD)` : `must be a valid ${(e.params as { format: string }).format}`;
        break;
      case 'pattern':
        message = typeof e.data === 'string' && !e.data.trim() ? 'must not be empty' : `${JSON.stringify(e.data)} does not match ${(e.params as { pattern: string }).pattern}`;
        break;
    }
    const k = `${segments.join('\u0000')}\u0001${message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push({ segments, message, atKey });
    }
  }
  return out;
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)?.slice(0, 40)}`;
}
