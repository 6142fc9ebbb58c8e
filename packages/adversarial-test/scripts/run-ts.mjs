// Runs one of this package's TypeScript scripts on Node 20 (no tsx): bundles it with esbuild
// into a temporary ESM file and imports it. Usage from the repository root:
//   node packages/adversarial-test/scripts/run-ts.mjs packages/adversarial-test/scripts/example-model.ts [args...]
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error('usage: node packages/adversarial-test/scripts/run-ts.mjs <script.ts> [args...]');
const dir = mkdtempSync(join(tmpdir(), 'mlguard-run-ts-'));
const outfile = join(dir, 'script.mjs');
await esbuild.build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['onnxruntime-node'],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
process.argv = [process.argv[0], entry, ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
