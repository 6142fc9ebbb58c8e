// Regenerates schemas/*.json from the code (COMMON_OPTIONS, every ToolSpec in packages/cli/src/registry.ts,
// the result schema) and the precompiled result validator (packages/core/src/generated/). Run after registering a tool or changing an option:
//   npm run schemas            write the files
//   npm run schemas -- --check exit 1 when a committed file is stale
// It bundles packages/cli/src/schemas.ts and registry.ts with esbuild (TypeScript, no build step) into node_modules/.cache
// so that the engines' own dependencies resolve as they do for dist/.
import * as esbuild from 'esbuild';
import { bundleOptions } from './esbuild-config.mjs';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const outDir = join(root, 'node_modules', '.cache', 'mlguard');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `gen-schemas-${process.pid}.mjs`);
// One file: without splitting, esbuild inlines the registry's per-tool dynamic imports.
const entry = [
  "import { generatedSchemaFiles } from './schemas.ts';",
  "import { loadTools } from './registry.ts';",
  "import { RESULT_SCHEMA } from '../../core/src/result-schema.ts';",
  "import { standaloneValidatorSource } from '../../core/src/validator-source.ts';",
  'export const files = {',
  '  ...generatedSchemaFiles(await loadTools()),',
  "  'packages/core/src/generated/result-validator.js': standaloneValidatorSource(RESULT_SCHEMA, 'scripts/gen-schemas.mjs'),",
  '};',
].join('\n');
await esbuild.build(bundleOptions({ stdin: { contents: entry, resolveDir: join(root, 'packages/cli/src'), loader: 'ts' }, outfile }));
let files;
try {
  ({ files } = await import(pathToFileURL(outfile).href));
} finally {
  rmSync(outfile, { force: true });
}
let stale = 0;
for (const [path, text] of Object.entries(files)) {
  const file = join(root, path);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    console.error(`${path} is stale: run npm run schemas`);
    stale++;
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);
