// The one esbuild configuration for everything that bundles mlguard code: dist/ bundles, the
// schema generator, test-only bundles and benchmarks. Bundles built any other way can hide the
// CJS-in-ESM bugs only a real bundle shows.

/**
 * ESM bundles of CJS dependencies need require/__filename/__dirname (tunnel,
 * snyk-nodejs-lockfile-parser). `var`, not `const`: bundled CJS code (@azure/storage-common)
 * declares its own `var __filename`.
 */
export const ESM_BANNER = [
  "import { createRequire as __mlguardCreateRequire } from 'node:module';",
  "import { fileURLToPath as __mlguardFileURLToPath } from 'node:url';",
  "import { dirname as __mlguardDirname } from 'node:path';",
  'var require = __mlguardCreateRequire(import.meta.url);',
  'var __filename = __mlguardFileURLToPath(import.meta.url);',
  'var __dirname = __mlguardDirname(__filename);',
].join('\n');

/** Native addons and the DuckDB binary are installed at run time, never bundled. */
export const EXTERNAL = ['@duckdb/node-api', '@duckdb/node-bindings', 'onnxruntime-node', '*.node'];

/** esbuild options for a Node 20+ ESM bundle; `overrides` adds entry points, output and the rest. */
export function bundleOptions(overrides = {}) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: { js: ESM_BANNER },
    legalComments: 'none',
    external: EXTERNAL,
    loader: { '.json': 'json' },
    logLevel: 'warning',
    ...overrides,
  };
}
