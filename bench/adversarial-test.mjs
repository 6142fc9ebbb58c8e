// adversarial-test benchmark: builds bench/adversarial-test-bench.ts with esbuild (Node 20 has no
// TypeScript loader) and runs it. Usage from the repository root: node bench/adversarial-test.mjs
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

// the bundle lives in the repository tree so onnxruntime-node resolves from node_modules
const out = join('bench', `.adversarial-test-bench-${process.pid}.mjs`);
try {
  execFileSync(process.execPath, ['bench/adversarial-test-build.mjs', 'bench/adversarial-test-bench.ts', out], { stdio: 'inherit' });
  execFileSync(process.execPath, [out], { stdio: 'inherit' });
} finally {
  rmSync(out, { force: true });
}
