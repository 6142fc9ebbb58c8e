// Refreshes actions/adversarial-test/ort-wasm-simd-threaded.wasm, the onnxruntime-web binary the
// bundled action loads at run time (src/backend/onnx-session.ts looks for it at
// <bundle>/../../actions/adversarial-test/, which exists in every checkout of the action and from
// dist/cli too). It lives outside dist/ so `node scripts/bundle.mjs` (which recreates
// dist/<name>/) never deletes it. Run after upgrading onnxruntime-web; a test checks that the
// committed copy matches node_modules.
// Usage from the repository root: node packages/adversarial-test/scripts/copy-wasm.mjs
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const file = 'ort-wasm-simd-threaded.wasm';
const require = createRequire(new URL('../package.json', import.meta.url));
copyFileSync(require.resolve(`onnxruntime-web/${file}`), `actions/adversarial-test/${file}`);
console.log(`copied ${file} to actions/adversarial-test/`);
