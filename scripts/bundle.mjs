// Bundles every action entry and the CLI into dist/<name>/index.js (ESM, deterministic).
// `node scripts/bundle.mjs dep-scan cli` rebuilds only those entries.
import * as esbuild from 'esbuild';
import { bundleOptions } from './esbuild-config.mjs';
import { existsSync, readdirSync, rmSync } from 'node:fs';

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
  // The CLI loads one tool per run (packages/cli/src/registry.ts): split, each engine is its own chunk.
  const split = name === 'cli' ? { splitting: true, chunkNames: 'cli/chunks/[name]-[hash]' } : {};
  await esbuild.build(bundleOptions({ entryPoints: { [`${name}/index`]: all[name] }, outdir: 'dist', ...split }));
}
