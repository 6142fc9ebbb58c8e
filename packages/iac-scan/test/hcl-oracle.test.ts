import { describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { evaluate } from '../src/hcl/evaluate.js';
import { parseHcl } from '../src/hcl/parse.js';
import { UNKNOWN, toJson } from '../src/hcl/value.js';
import { emptyScope } from '../src/terraform/model.js';

/**
 * Differential test against HashiCorp's own HCL parser (hcl2json compiled to WASM, a dev-only
 * oracle): every literal attribute value we evaluate must equal what HCL itself produces.
 */
const require = createRequire(import.meta.url);
const hcl2json = require('@cdktn/hcl2json') as { parse(name: string, src: string): Promise<Record<string, unknown>> };

const literal = (v: unknown): boolean =>
  typeof v === 'number' || typeof v === 'boolean' || v === null || (typeof v === 'string' && !v.includes('${') && !v.includes('%{')) || (Array.isArray(v) && v.every(literal));

/** Pairs of (ours, HCL's) for the top-level attributes of every block with a literal value in HCL. */
async function compare(src: string): Promise<{ path: string; ours: unknown; hcl: unknown }[]> {
  const oracle = await hcl2json.parse('main.tf', src);
  const ours = await parseHcl('main.tf', src);
  const out: { path: string; ours: unknown; hcl: unknown }[] = [];
  for (const b of ours.body.blocks) {
    let node: unknown = oracle[b.type];
    for (const label of b.labels) node = (node as Record<string, unknown> | undefined)?.[label];
    const body = b.type === 'locals' ? (Array.isArray(node) ? node[0] : (oracle.locals as unknown[] | undefined)?.[0]) : Array.isArray(node) ? node[0] : undefined;
    if (!body || typeof body !== 'object') continue;
    for (const [name, attr] of b.body.attrs) {
      const hcl = (body as Record<string, unknown>)[name];
      if (!literal(hcl)) continue;
      const v = evaluate(attr.expr, emptyScope());
      out.push({ path: `${b.type}.${b.labels.join('.')}.${name}`, ours: v === UNKNOWN ? 'UNKNOWN' : toJson(v), hcl });
    }
  }
  return out;
}

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const example = fileURLToPath(new URL('../../../examples/fraud-detection/infra/terraform/', import.meta.url));
const tfFiles = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? tfFiles(join(dir, n)) : n.endsWith('.tf') ? [join(dir, n)] : []));

describe('HCL differential test against hcl2json', () => {
  it('agrees on every literal attribute of the fixtures and the example project', async () => {
    let compared = 0;
    for (const file of [...tfFiles(fixtures), ...tfFiles(example)]) {
      for (const c of await compare(readFileSync(file, 'utf8'))) {
        compared++;
        expect({ file, path: c.path, value: c.ours }).toEqual({ file, path: c.path, value: c.hcl });
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('agrees on generated strings, escapes, heredocs and numbers', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\t', '"', '\\', '$', '{', '}', '%', 'é', '\n', '#', '*'), maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: -1e6, max: 1e6 }), fc.boolean(), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), async (s, n, b, list) => {
        const body = s.replace(/\t/g, ' ').split('\n').map((l) => `    ${l}`).join('\n');
        const src = `resource "x" "y" {\n  q = ${JSON.stringify(s)}\n  n = ${n}\n  b = ${b}\n  l = ${JSON.stringify(list)}\n  h = <<-EOT\n${body}\n  EOT\n  k = <<EOT\n${s.replace(/\t/g, ' ')}\nEOT\n}\n`;
        let oracle: Record<string, unknown>;
        try {
          oracle = await hcl2json.parse('main.tf', src);
        } catch {
          return; // not valid HCL (e.g. a "${" sequence): nothing to compare
        }
        void oracle;
        for (const c of await compare(src)) expect({ src, path: c.path, value: c.ours }).toEqual({ src, path: c.path, value: c.hcl });
      }),
      { numRuns: 200 },
    );
  });
});
