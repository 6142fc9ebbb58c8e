// Post-bundle step of dist/adversarial-test: copies onnxruntime-web's WASM binary next to the
// bundle, where the engine looks for it at run time (src/backend/onnx-session.ts), so the action
// runs on a runner that has only the repository's dist/ and no node_modules. The CLI bundle finds
// the same copy from dist/cli via ../adversarial-test/.
// Usage from the repository root (after `node scripts/bundle.mjs adversarial-test`):
//   node packages/adversarial-test/scripts/copy-wasm.mjs
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const file = 'ort-wasm-simd-threaded.wasm';
const require = createRequire(new URL('../package.json', import.meta.url));
const source = require.resolve(`onnxruntime-web/${file}`);
const dir = 'dist/adversarial-test';
if (!existsSync(join(dir, 'index.js'))) throw new Error(`${dir}/index.js is missing: run node scripts/bundle.mjs adversarial-test first`);
mkdirSync(dir, { recursive: true });
copyFileSync(source, join(dir, file));
console.log(`copied ${file} to ${dir}/`);
