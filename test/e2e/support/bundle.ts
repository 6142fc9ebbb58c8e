import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleOptions } from '../../../scripts/esbuild-config.mjs';


export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** Bundles a test-only entry exactly like a dist bundle, into a temp dir (never into dist/). */
export async function bundleTestEntry(entry: string): Promise<string> {
  const outdir = await mkdtemp(join(tmpdir(), 'mlguard-bundle-'));
  // Test bundles bundle everything (no externals), like a runner without node_modules would need.
  await esbuild.build(bundleOptions({ entryPoints: { index: resolve(REPO_ROOT, entry) }, outdir, external: [] }));
  // The bundle is ESM; outside the repository nothing else says so.
  await writeFile(join(outdir, 'package.json'), '{"type":"module"}\n');
  return join(outdir, 'index.js');
}
