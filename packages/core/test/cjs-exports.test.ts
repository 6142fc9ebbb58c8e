import { describe, expect, it } from '@jest/globals';
import { cjsExports } from '../src/cjs-exports.js';

describe('cjsExports', () => {
  const f = () => 1;
  it('takes the namespace itself when it carries the export (Node, unsplit bundles)', () => {
    const ns = { parse: f, default: { parse: () => 2 } };
    expect(cjsExports<{ parse: () => number }>(ns, 'parse').parse()).toBe(1);
  });
  it("takes the default export when only it carries the export (esbuild's split chunks)", () => {
    expect(cjsExports<{ parse: () => number }>({ default: { parse: f } }, 'parse').parse()).toBe(1);
  });
  it('fails clearly when neither has the export', () => {
    expect(() => cjsExports<{ parse: () => number }>({ default: {} }, 'parse')).toThrow('the imported module has no export "parse"');
    expect(() => cjsExports<{ parse: () => number }>(undefined, 'parse')).toThrow('no export "parse"');
  });
});
