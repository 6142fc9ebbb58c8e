// Builds a TypeScript bench entry of adversarial-test into an ESM bundle next to the bundles the
// action uses (same esbuild settings as scripts/bundle.mjs), so benches run on Node 20 without tsx.
// Usage (from the repository root): node bench/adversarial-test-build.mjs <entry.ts> <out.mjs>
import * as esbuild from 'esbuild';

const [entry, out] = process.argv.slice(2);
if (!entry || !out) throw new Error('usage: node bench/adversarial-test-build.mjs <entry.ts> <out.mjs>');
await esbuild.build({
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: {
    js: [
      "import { createRequire as __mlguardCreateRequire } from 'node:module';",
      "import { fileURLToPath as __mlguardFileURLToPath } from 'node:url';",
      "import { dirname as __mlguardDirname } from 'node:path';",
      'const require = __mlguardCreateRequire(import.meta.url);',
      'const __filename = __mlguardFileURLToPath(import.meta.url);',
      'const __dirname = __mlguardDirname(__filename);',
    ].join('\n'),
  },
  external: ['onnxruntime-node'],
  logLevel: 'warning',
});
