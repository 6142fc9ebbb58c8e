import { expect, it } from '@jest/globals';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { isMlguardError } from '@mlguard/core';
import { extractOne } from '../src/bounded-unzip.js';

const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)])));

it('extracts only the named entry and lists the others', () => {
  const { data, names } = extractOne(zip({ 'a.json': '{"a":1}', 'b.txt': 'b' }), 'a.json', 1000, 'test');
  expect(data?.toString()).toBe('{"a":1}');
  expect(names).toEqual(['a.json', 'b.txt']);
  expect(extractOne(zip({ 'b.txt': 'b' }), 'a.json', 1000, 'test').data).toBeUndefined();
});

it('stops at the inflated-size limit', () => {
  expect(() => extractOne(zip({ 'a.json': ' '.repeat(200_000) }), 'a.json', 1000, 'test')).toThrow(/inflates to more than 1000 bytes/);
});

it('never fails other than with a clear input error on corrupt zips (property test)', () => {
  const valid = zip({ 'a.json': JSON.stringify({ x: 'y'.repeat(300) }), 'b.txt': 'hello' });
  fc.assert(
    fc.property(
      fc.oneof(
        fc.uint8Array({ maxLength: 2000 }),
        // A valid zip with bytes overwritten and/or cut short.
        fc.tuple(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }), fc.nat(valid.length)).map(([edits, cut]) => {
          const z = valid.slice(0, Math.max(1, cut));
          for (const [i, b] of edits) if (i < z.length) z[i] = b;
          return z;
        }),
      ),
      (bytes) => {
        try {
          const { data } = extractOne(bytes, 'a.json', 10_000, 'test');
          if (data) expect(data.length).toBeLessThanOrEqual(10_000);
        } catch (e) {
          expect(isMlguardError(e)).toBe(true);
        }
      },
    ),
    { numRuns: 400 },
  );
});
