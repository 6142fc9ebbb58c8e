// Builds a TypeScript bench entry of adversarial-test into an ESM bundle next to the bundles the
// action uses (the esbuild settings of scripts/esbuild-config.mjs), so benches run on Node 20 without tsx.
// Usage (from the repository root): node bench/adversarial-test-build.mjs <entry.ts> <out.mjs>
import * as esbuild from 'esbuild';
import { bundleOptions } from '../scripts/esbuild-config.mjs';

const [entry, out] = process.argv.slice(2);
if (!entry || !out) throw new Error('usage: node bench/adversarial-test-build.mjs <entry.ts> <out.mjs>');
await esbuild.build(bundleOptions({ entryPoints: [entry], outfile: out, external: ['onnxruntime-node'] }));
