// `npm run demo`: runs every mlguard tool on the bundled example project (offline) with the
// committed CLI bundle, then prints one combined table. The example is insecure on purpose,
// so failing gates are the expected outcome; the demo itself exits 0 unless a tool crashed.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'fraud-detection');
const cli = join(root, 'dist', 'cli', 'index.js');
const TOOLS = ['data-check', 'dep-scan', 'iac-scan', 'model-sign', 'adversarial-test'];
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
// Tools with sub-commands run each one the demo shows; the rest run once with no arguments.
const RUNS = { 'model-sign': [['verify'], ['scan']] };

const run = (args) =>
  new Promise((res) => {
    execFile(process.execPath, [cli, ...args], { cwd: example, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      res({ code: error ? (typeof error.code === 'number' ? error.code : 3) : 0, stdout, stderr });
    });
  });

const tools = TOOLS.filter((t) => existsSync(join(root, 'dist', t, 'index.js')));
if (!tools.length) {
  console.error('no tool bundles found under dist/: nothing to demonstrate');
  process.exit(3);
}
const rows = [];
let crashed = false;
for (const [tool, sub] of tools.flatMap((t) => (RUNS[t] ?? [[]]).map((args) => [t, args]))) {
  const resultFile = join(example, `mlguard-${tool}.json`);
  rmSync(resultFile, { force: true });
  const label = [tool, ...sub].join(' ');
  console.log(`\n━━━ mlguard ${label} ━━━`);
  const r = await run([tool, ...sub, '--format', 'text']);
  process.stdout.write(r.stdout);
  if (r.stderr.trim()) process.stderr.write(r.stderr);
  if (r.code >= 2) crashed = true;
  let counts = {};
  let verdict = r.code === 0 ? 'passed' : r.code === 1 ? 'FAILED' : `error (exit ${r.code})`;
  if (existsSync(resultFile)) {
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    counts = result.gate?.counts ?? {};
    if (r.code <= 1) verdict = result.gate?.passed ? 'passed' : 'FAILED';
  }
  rows.push([label, verdict, ...SEVERITIES.map((s) => String(counts[s] ?? 0)), String(r.code)]);
}

const header = ['tool', 'gate', ...SEVERITIES, 'exit'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log('\n━━━ combined report: examples/fraud-detection ━━━');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log('\nResult JSON and SARIF files: examples/fraud-detection/mlguard-<tool>.{json,sarif}');
console.log('The example project is deliberately insecure: failing gates are the expected outcome.');
process.exit(crashed ? 3 : 0);
