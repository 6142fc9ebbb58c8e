/** @jest-environment ./packages/adversarial-test/test/ort-environment.cjs */
import { jest, describe, expect, it } from '@jest/globals';
import { isMlguardError } from '@mlguard/core';
import { evalSetFromTable } from '../src/data.js';
import { evaluateRobustness } from '../src/evaluate.js';
import { buildSpace, distance, parseFeatureSpec, project, repair, toU, toX } from '../src/features.js';
import { mlpModel, trainLogistic } from '../src/synthetic.js';
import { rngFor } from '../src/rng.js';
import { clock, config, log, targetOf } from './helpers.js';

// attacks on real models, sharing two cores with the rest of the suite: allow more than the default 60 s
jest.setTimeout(300_000);

const SPEC = `
space: raw
features:
  - { name: amount, min: 0, max: 1000 }
  - { name: age, min: 18, max: 90, immutable: true }
  - { name: tenure, min: 0, max: 100, integer: true, monotone: increase }
  - { name: web, min: 0, max: 1, integer: true }
  - { name: pos, min: 0, max: 1, integer: true }
one-hot:
  - [web, pos]
`;

describe('feature spec', () => {
  const spec = parseFeatureSpec(SPEC, 'features.yml');
  const space = buildSpace(spec, true);

  it('parses bounds, scale and constraints into the attack space', () => {
    expect(space.bounded).toBe(true);
    expect(Array.from(space.mutable)).toEqual([1, 0, 1, 1, 1]);
    expect(Array.from(space.monotone)).toEqual([0, 0, 1, 0, 0]);
    expect(space.oneHot).toEqual([[3, 4]]);
    const u = toU(space, [500, 40, 10, 1, 0]);
    expect(Array.from(u)).toEqual([0.5, 22 / 72, 0.1, 1, 0]);
    const x = new Float32Array(5);
    toX(space, u, x);
    expect(Array.from(x).map((v) => Math.round(v * 1e4) / 1e4)).toEqual([500, 40, 10, 1, 0]);
  });

  it('projection keeps immutables, monotone direction, the ball and the box', () => {
    const u0 = toU(space, [990, 40, 10, 1, 0]);
    const u = Float64Array.from([1.5, 0.9, 0.0, 0.5, 0.5]);
    project(space, u, u0, 0.05, 'linf');
    expect(u[0]).toBeCloseTo(1, 12); // box
    expect(u[1]).toBe(u0[1]); // immutable
    expect(u[2]).toBe(u0[2]); // tenure can only grow
    expect(distance(u, u0, 'linf')).toBeLessThanOrEqual(0.05 + 1e-12);
    const v = Float64Array.from([0.2, 0.3, 0.5, 1, 0]);
    project(space, v, u0, 0.1, 'l2');
    expect(distance(v, u0, 'l2')).toBeLessThanOrEqual(0.1 + 1e-12);
  });

  it('repair rounds integers inside the ball and keeps one-hot groups valid', () => {
    const u0 = toU(space, [500, 40, 10, 1, 0]);
    const u = toU(space, [500, 40, 13.6, 0.4, 0.6]);
    repair(space, u, u0, 0.05, 'linf'); // 0.05 of tenure's range is 5 units
    const x = new Float32Array(5);
    toX(space, u, x);
    expect(x[2]).toBe(14);
    expect([x[3], x[4]]).toEqual([1, 0]); // switching the group costs 1 > eps: kept
    const w = toU(space, [500, 40, 10, 0.4, 0.6]);
    repair(space, w, u0, 1, 'linf');
    toX(space, w, x);
    expect([x[3], x[4]]).toEqual([0, 1]);
  });

  it('reports bad specs as input errors', () => {
    for (const [text, msg] of [
      ['features: []', /non-empty list/],
      ['features: [{ name: a, min: 2, max: 1 }]', /min >= max/],
      ['features: [{ name: a, monotone: up }]', /monotone must be increase or decrease/],
      ['features: [{ name: a, colour: red }]', /unknown key colour/],
      ['features: [a]\none-hot: [[a, b]]', /one-hot group 0/],
      ['features: [{ name: a }, { name: a }]', /listed twice/],
      ['{', /not valid YAML/],
    ] as const) {
      let e: unknown;
      try {
        parseFeatureSpec(text, 'f.yml');
      } catch (err) {
        e = err;
      }
      expect(isMlguardError(e)).toBe(true);
      expect((e as Error).message).toMatch(msg);
    }
  });

  it('attacks never change immutable features, never lower monotone ones, and report valid rows', async () => {
    const rng = rngFor(5, 'constraints');
    const n = 150;
    const rows = Array.from({ length: n }, () => {
      const web = rng.next() < 0.5 ? 1 : 0;
      return [rng.next() * 1000, 18 + Math.floor(rng.next() * 70), Math.floor(rng.next() * 100), web, 1 - web];
    });
    const raw = rows.map((r) => Array.from(toU(space, r)));
    const labels = raw.map((r) => (r[0]! + r[1]! - r[2]! + 0.3 * r[3]! > 0.8 ? 1 : 0));
    const layer = trainLogistic({ x: Float64Array.from(raw.flat()), y: labels, n, d: 5 }, 2, { epochs: 300 });
    // the model takes raw features: fold the scaling into the weights
    const W = Array.from(layer.weights, (w, t) => w / space.scale[Math.floor(t / 2)]!);
    const b = [0, 1].map((c) => layer.bias[c]! - [0, 1, 2, 3, 4].reduce((a, j) => a + (space.offset[j]! / space.scale[j]!) * layer.weights[j * 2 + c]!, 0));
    const table = { source: 'c.csv', rowCount: n, columns: [...spec.features.map((f, j) => ({ name: f.name, type: 'number' as const, values: rows.map((r) => r[j]!) })), { name: 'label', type: 'number' as const, values: labels }] };
    const set = evalSetFromTable(table, spec.features.map((f) => f.name), 'label');
    const t = await targetOf(mlpModel([{ inputs: 5, outputs: 2, weights: W, bias: b }]), set);
    const r = await evaluateRobustness(t, space, { kind: 'untargeted', positive: 1, classes: 2, output: t.output }, set, Array.from({ length: n }, (_, i) => i), config({ eps: [0.1, 0.3], attacks: ['pgd', 'square', 'hopskipjump'], budgetQueries: 300 }), clock, log);
    expect(r.fragile.length).toBeGreaterThan(0);
    for (const f of r.fragile) {
      for (const c of f.changes) {
        expect(c.feature).not.toBe('age');
        if (c.feature === 'tenure') {
          expect(c.to).toBeGreaterThanOrEqual(c.from);
          expect(Number.isInteger(c.to)).toBe(true);
        }
        if (c.feature === 'web' || c.feature === 'pos') expect([0, 1]).toContain(c.to);
      }
    }
  });
});
