import { parse as parseYaml } from 'yaml';
import { inputError } from '@mlguard/core';

/**
 * The feature spec: what an attacker may change and in which units epsilon is measured.
 * Attacks work in a scaled space u where x = offset + u * scale, so epsilon = 0.05 means
 * "5% of the feature's declared range" unless a feature sets its own scale. Without declared
 * bounds an epsilon is meaningless (a raw "Amount" of 239.93 dwarfs everything else), so the
 * epsilon gate is refused unless every mutable feature has bounds.
 */
export interface FeatureDecl {
  name: string;
  min?: number;
  max?: number;
  /** Raw units per epsilon unit (default max - min). */
  scale?: number;
  immutable?: boolean;
  integer?: boolean;
  /** An attacker can only move it this way (account age only grows). */
  monotone?: 'increase' | 'decrease';
}

export interface FeatureSpec {
  space: 'raw' | 'normalized';
  features: FeatureDecl[];
  oneHot: string[][];
  file?: string;
}

export interface Space {
  d: number;
  names: string[];
  offset: Float64Array;
  scale: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  mutable: Uint8Array;
  /** +1 increase only, -1 decrease only, 0 free. */
  monotone: Int8Array;
  integer: Uint8Array;
  oneHot: number[][];
  /** True when every mutable feature has finite bounds, so epsilon has a meaning. */
  bounded: boolean;
  declared: boolean;
}

export type Norm = 'linf' | 'l2';

const KEYS = new Set(['name', 'min', 'max', 'scale', 'immutable', 'integer', 'monotone']);

export function parseFeatureSpec(text: string, file: string): FeatureSpec {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw inputError(`feature spec is not valid YAML/JSON: ${(e as Error).message.split('\n')[0]}`, { file });
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw inputError('feature spec must be a mapping with a `features` list', { file });
  const o = doc as Record<string, unknown>;
  const space = o.space ?? 'raw';
  if (space !== 'raw' && space !== 'normalized') throw inputError(`feature spec: space must be raw or normalized, got ${String(space)}`, { file });
  if (!Array.isArray(o.features) || !o.features.length) throw inputError('feature spec: `features` must be a non-empty list', { file });
  const seen = new Set<string>();
  const features = o.features.map((f, i): FeatureDecl => {
    if (typeof f === 'string') return { name: f };
    if (!f || typeof f !== 'object') throw inputError(`feature spec: features[${i}] must be a name or a mapping`, { file });
    const r = f as Record<string, unknown>;
    if (typeof r.name !== 'string' || !r.name) throw inputError(`feature spec: features[${i}] has no name`, { file });
    for (const k of Object.keys(r)) if (!KEYS.has(k)) throw inputError(`feature spec: feature ${r.name} has an unknown key ${k}`, { file, hint: `known keys: ${[...KEYS].join(', ')}` });
    if (seen.has(r.name)) throw inputError(`feature spec: feature ${r.name} is listed twice`, { file });
    seen.add(r.name);
    for (const k of ['min', 'max', 'scale'] as const) {
      if (r[k] !== undefined && (typeof r[k] !== 'number' || !Number.isFinite(r[k]))) throw inputError(`feature spec: ${r.name}.${k} must be a finite number`, { file });
    }
    if (typeof r.min === 'number' && typeof r.max === 'number' && r.min >= r.max) throw inputError(`feature spec: ${r.name} has min >= max`, { file });
    if (r.scale !== undefined && (r.scale as number) <= 0) throw inputError(`feature spec: ${r.name}.scale must be positive`, { file });
    if (r.monotone !== undefined && r.monotone !== 'increase' && r.monotone !== 'decrease') throw inputError(`feature spec: ${r.name}.monotone must be increase or decrease`, { file });
    return {
      name: r.name,
      ...(typeof r.min === 'number' ? { min: r.min } : {}),
      ...(typeof r.max === 'number' ? { max: r.max } : {}),
      ...(typeof r.scale === 'number' ? { scale: r.scale } : {}),
      ...(r.immutable === true ? { immutable: true } : {}),
      ...(r.integer === true ? { integer: true } : {}),
      ...(r.monotone ? { monotone: r.monotone as 'increase' | 'decrease' } : {}),
    };
  });
  const rawGroups = o['one-hot'] ?? o.oneHot ?? [];
  if (!Array.isArray(rawGroups)) throw inputError('feature spec: one-hot must be a list of lists of feature names', { file });
  const oneHot = rawGroups.map((g, i) => {
    if (!Array.isArray(g) || g.length < 2 || !g.every((n) => typeof n === 'string' && seen.has(n))) {
      throw inputError(`feature spec: one-hot group ${i} must list at least two declared features`, { file });
    }
    return g as string[];
  });
  return { space, features, oneHot, file };
}

/** The spec used when none is given: the data's columns, bounds unknown. */
export function implicitSpec(names: string[]): FeatureSpec {
  return { space: 'raw', features: names.map((name) => ({ name })), oneHot: [] };
}

export function buildSpace(spec: FeatureSpec, declared: boolean): Space {
  const d = spec.features.length;
  const s: Space = {
    d,
    names: spec.features.map((f) => f.name),
    offset: new Float64Array(d),
    scale: new Float64Array(d).fill(1),
    lo: new Float64Array(d),
    hi: new Float64Array(d),
    mutable: new Uint8Array(d),
    monotone: new Int8Array(d),
    integer: new Uint8Array(d),
    oneHot: spec.oneHot.map((g) => g.map((n) => spec.features.findIndex((f) => f.name === n))),
    bounded: true,
    declared,
  };
  spec.features.forEach((f, j) => {
    const min = f.min ?? (spec.space === 'normalized' ? 0 : undefined);
    const max = f.max ?? (spec.space === 'normalized' ? 1 : undefined);
    s.mutable[j] = f.immutable ? 0 : 1;
    s.monotone[j] = f.monotone === 'increase' ? 1 : f.monotone === 'decrease' ? -1 : 0;
    s.integer[j] = f.integer ? 1 : 0;
    if (min !== undefined && max !== undefined) {
      const scale = f.scale ?? max - min;
      s.offset[j] = min;
      s.scale[j] = scale;
      s.lo[j] = 0;
      s.hi[j] = (max - min) / scale;
    } else {
      s.offset[j] = min ?? 0;
      s.scale[j] = f.scale ?? 1;
      s.lo[j] = min !== undefined ? 0 : -Infinity;
      s.hi[j] = max !== undefined ? (max - s.offset[j]) / s.scale[j] : Infinity;
      if (!f.immutable) s.bounded = false;
    }
  });
  if (!declared) s.bounded = false;
  return s;
}

export function toU(space: Space, x: ArrayLike<number>, out: Float64Array = new Float64Array(space.d)): Float64Array {
  for (let j = 0; j < space.d; j++) out[j] = (x[j]! - space.offset[j]!) / space.scale[j]!;
  return out;
}

export function toX(space: Space, u: ArrayLike<number>, out: Float32Array, at = 0): void {
  for (let j = 0; j < space.d; j++) out[at + j] = space.offset[j]! + u[j]! * space.scale[j]!;
}

export function distance(u: ArrayLike<number>, u0: ArrayLike<number>, norm: Norm): number {
  let acc = 0;
  for (let j = 0; j < u0.length; j++) {
    const v = Math.abs(u[j]! - u0[j]!);
    if (norm === 'linf') acc = Math.max(acc, v);
    else acc += v * v;
  }
  return norm === 'linf' ? acc : Math.sqrt(acc);
}

/**
 * Projects u (in place) onto the feasible set around u0: immutables fixed, monotone directions,
 * the epsilon ball, then the box. For L-inf this is the exact Euclidean projection; for L2 the
 * ball-then-box order is the usual approximation (it never leaves the ball).
 */
export function project(space: Space, u: Float64Array, u0: ArrayLike<number>, eps: number, norm: Norm): Float64Array {
  let sq = 0;
  for (let j = 0; j < space.d; j++) {
    let dj = space.mutable[j] ? u[j]! - u0[j]! : 0;
    if (space.monotone[j]! > 0 && dj < 0) dj = 0;
    if (space.monotone[j]! < 0 && dj > 0) dj = 0;
    if (norm === 'linf') dj = Math.max(-eps, Math.min(eps, dj));
    u[j] = dj;
    sq += dj * dj;
  }
  const shrink = norm === 'l2' && Number.isFinite(eps) && sq > eps * eps ? eps / Math.sqrt(sq) : 1;
  for (let j = 0; j < space.d; j++) u[j] = Math.max(space.lo[j]!, Math.min(space.hi[j]!, u0[j]! + u[j]! * shrink));
  return u;
}

/**
 * Makes a point valid data: integer features rounded (towards the original when rounding away
 * would leave the epsilon ball) and one-hot groups set to a single 1 (kept as they were when a
 * switch costs more than epsilon). Every point the model sees goes through this, so a reported
 * adversarial example is always a row that could exist.
 */
export function repair(space: Space, u: Float64Array, u0: ArrayLike<number>, eps: number, norm: Norm): Float64Array {
  for (let j = 0; j < space.d; j++) {
    if (!space.integer[j] || !space.mutable[j]) continue;
    const x = space.offset[j]! + u[j]! * space.scale[j]!;
    const x0 = space.offset[j]! + u0[j]! * space.scale[j]!;
    let r = Math.round(x);
    if (Math.abs(r - x0) / space.scale[j]! > eps + 1e-12) r = x > x0 ? Math.floor(x) : Math.ceil(x);
    if (Math.abs(r - x0) / space.scale[j]! > eps + 1e-12) r = x0;
    u[j] = Math.max(space.lo[j]!, Math.min(space.hi[j]!, (r - space.offset[j]!) / space.scale[j]!));
  }
  for (const g of space.oneHot) {
    let best = g[0]!;
    let orig = g[0]!;
    for (const j of g) {
      if (u[j]! * space.scale[j]! + space.offset[j]! > u[best]! * space.scale[best]! + space.offset[best]!) best = j;
      if (u0[j]! * space.scale[j]! + space.offset[j]! > u0[orig]! * space.scale[orig]! + space.offset[orig]!) orig = j;
    }
    const switchCost = norm === 'linf' ? Math.max(1 / space.scale[best]!, 1 / space.scale[orig]!) : Math.hypot(1 / space.scale[best]!, 1 / space.scale[orig]!);
    const target = best !== orig && switchCost <= eps + 1e-12 && g.every((j) => space.mutable[j]) ? best : orig;
    for (const j of g) u[j] = ((j === target ? 1 : 0) - space.offset[j]!) / space.scale[j]!;
  }
  return u;
}
