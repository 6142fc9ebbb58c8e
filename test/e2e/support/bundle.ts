import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/** The same banner scripts/bundle.mjs puts on dist bundles (require/__dirname in ESM). */
const banner = [
  "import { createRequire as __mlguardCreateRequire } from 'node:module';",
  "import { fileURLToPath as __mlguardFileURLToPath } from 'node:url';",
  "import { dirname as __mlguardDirname } from 'node:path';",
  'const require = __mlguardCreateRequire(import.meta.url);',
  'const __filename = __mlguardFileURLToPath(import.meta.url);',
  'const __dirname = __mlguardDirname(__filename);',
].join('\n');

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** Bundles a test-only entry exactly like a dist bundle, into a temp dir (never into dist/). */
export async function bundleTestEntry(entry: string): Promise<string> {
  const outdir = await mkdtemp(join(tmpdir(), 'mlguard-bundle-'));
  await esbuild.build({
    entryPoints: { index: resolve(REPO_ROOT, entry) },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: { js: banner },
    legalComments: 'none',
    logLevel: 'warning',
  });
  // The bundle is ESM; outside the repository nothing else says so.
  await writeFile(join(outdir, 'package.json'), '{"type":"module"}\n');
  return join(outdir, 'index.js');
}
