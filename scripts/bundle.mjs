// Bundles every action entry and the CLI into dist/<name>/index.js (ESM, deterministic).
// `node scripts/bundle.mjs dep-scan cli` rebuilds only those entries.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';

// ESM bundles of CJS dependencies need require/__filename/__dirname (tunnel, snyk-nodejs-lockfile-parser).
const banner = [
  "import { createRequire as __mlguardCreateRequire } from 'node:module';",
  "import { fileURLToPath as __mlguardFileURLToPath } from 'node:url';",
  "import { dirname as __mlguardDirname } from 'node:path';",
  // `var`, not `const`: bundled CJS code (e.g. @azure/storage-common) declares its own `var __filename`.
  'var require = __mlguardCreateRequire(import.meta.url);',
  'var __filename = __mlguardFileURLToPath(import.meta.url);',
  'var __dirname = __mlguardDirname(__filename);',
].join('\n');

const all = Object.fromEntries(
  readdirSync('actions')
    .filter((a) => existsSync(`actions/${a}/src/index.ts`))
    .map((a) => [a, `actions/${a}/src/index.ts`]),
);
all.cli = 'packages/cli/src/index.ts';

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : Object.keys(all);
for (const name of names) {
  if (!all[name]) throw new Error(`no bundle entry named ${name}; known: ${Object.keys(all).join(', ')}`);
}
if (!wanted.length) {
  // Drop bundles of entries that no longer exist.
  for (const d of existsSync('dist') ? readdirSync('dist') : []) if (!all[d]) rmSync(`dist/${d}`, { recursive: true, force: true });
}
for (const name of names) {
  rmSync(`dist/${name}`, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: { [`${name}/index`]: all[name] },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: { js: banner },
    legalComments: 'none',
    // Native addons and the DuckDB binary are installed at run time, never bundled.
    external: ['@duckdb/node-api', '@duckdb/node-bindings', 'onnxruntime-node', '*.node'],
    loader: { '.json': 'json' },
    logLevel: 'warning',
  });
}
