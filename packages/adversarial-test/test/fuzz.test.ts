/** @jest-environment ./packages/adversarial-test/test/ort-environment.cjs */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isMlguardError } from '@mlguard/core';
import { parseFeatureSpec } from '../src/features.js';
import { mlpModel, fraudData, trainLogistic } from '../src/synthetic.js';
import { evalSetOf, targetOf } from './helpers.js';

/** Untrusted inputs (model bytes, feature specs) give a result or a clear error: never a crash or a hang. */
const data = fraudData(40, 4, 81);
const { set } = evalSetOf(data);
const good = mlpModel([trainLogistic(data, 2, { epochs: 50 })], { outputs: 'both' });

async function outcome(bytes: Uint8Array): Promise<'ok' | 'clear-error'> {
  try {
    const t = await targetOf(bytes, set);
    await t.predict(set.x.subarray(0, 8), 2);
    await t.release();
    return 'ok';
  } catch (e) {
    if (isMlguardError(e)) return 'clear-error';
    throw e;
  }
}

describe('fuzzing', () => {
  it('random bytes and mutated models are rejected with an input error or still work', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        expect(await outcome(bytes)).toBe('clear-error');
      }),
      { numRuns: 40, seed: 1 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), fc.nat(good.length), async (flips, cut) => {
        const bytes = good.slice(0, Math.max(cut, 1));
        for (const [at, v] of flips) if (at < bytes.length) bytes[at] = v;
        expect(['ok', 'clear-error']).toContain(await outcome(bytes));
      }),
      { numRuns: 80, seed: 2 },
    );
  });

  it('feature specs: any YAML gives a spec or an input error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue().map((v) => JSON.stringify({ features: v })), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        try {
          const spec = parseFeatureSpec(text, 'f.yml');
          expect(spec.features.length).toBeGreaterThan(0);
        } catch (e) {
          expect(isMlguardError(e)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
