// Runs jest and ends with the plain `N passed, N failed` line CI reads.
//   node scripts/test.mjs            unit + e2e tests
//   node scripts/test.mjs --corpora  conformance suite on ../shared/corpora (or MLGUARD_CORPORA)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const corpora = args.includes('--corpora');
const rest = args.filter((a) => a !== '--corpora' && a !== '--unit');
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(), NODE_NO_WARNINGS: '1' };
if (corpora) {
  const dir = resolve(env.MLGUARD_CORPORA ?? rest.find((a) => !a.startsWith('-')) ?? '../shared/corpora');
  if (!existsSync(dir)) {
    console.error(`corpora folder not found: ${dir} (pass it as an argument or set MLGUARD_CORPORA)`);
    process.exit(2);
  }
  env.MLGUARD_CORPORA = dir;
}
const out = join(mkdtempSync(join(tmpdir(), 'mlguard-jest-')), 'results.json');
const jestArgs = ['--json', `--outputFile=${out}`, ...(corpora ? ['-c', 'jest.corpora.config.js'] : []), ...rest.filter((a) => a.startsWith('-') || !corpora)];
const r = spawnSync(process.execPath, ['node_modules/jest/bin/jest.js', ...jestArgs], { stdio: 'inherit', env });
let passed = 0;
let failed = 0;
if (existsSync(out)) {
  const j = JSON.parse(readFileSync(out, 'utf8'));
  passed = j.numPassedTests;
  failed = j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
}
console.log(`${corpora ? 'corpora' : 'tests'}: ${passed} passed, ${failed} failed`);
process.exit(r.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
