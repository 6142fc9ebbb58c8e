/**
 * Writes actions/adversarial-test/action.yml from the option specs (common, action and this
 * tool's), so the action's inputs can never drift from the engine's options. No `default:`
 * values (the config file must be able to win) except the token. Run:
 *   node packages/adversarial-test/scripts/run-ts.mjs packages/adversarial-test/scripts/action-files.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ACTION_OPTIONS, COMMON_OPTIONS } from '@mlguard/core';
import type { OptionSpec } from '@mlguard/core';
import { ADVERSARIAL_OPTIONS } from '../src/options.js';

function describe(o: OptionSpec): string {
  let text = o.description.replace(/<tool>/g, 'adversarial-test');
  if (o.type === 'enum') text += ` One of: ${o.values.join(', ')}.`;
  const dflt = 'default' in o && o.default !== undefined ? (Array.isArray(o.default) ? o.default.join(',') : String(o.default)) : undefined;
  if (dflt !== undefined && o.name !== 'token') text += ` (default ${dflt})`;
  return text;
}
const quote = (s: string) => JSON.stringify(s);

const all = [...COMMON_OPTIONS, ...ACTION_OPTIONS, ...ADVERSARIAL_OPTIONS];
const lines = [
  'name: mlguard adversarial-test',
  'description: Attack an ONNX model or an HTTP inference endpoint with adversarial examples (Square, SimBA, HopSkipJump, PGD/SPSA) and gate on robust accuracy or robust fraud recall.',
  'author: mlguard',
  'branding:',
  '  icon: shield',
  '  color: purple',
  'inputs:',
];
for (const o of all) {
  lines.push(`  ${o.name}:`, `    description: ${quote(describe(o))}`, '    required: false');
  if (o.name === 'token') lines.push('    default: ${{ github.token }}');
}
lines.push(
  'outputs:',
  '  passed:',
  '    description: "true when the gate passed."',
  '  findings:',
  '    description: "Number of findings (unsuppressed)."',
  '  blocking:',
  '    description: "Number of findings that fail the gate."',
  '  result-file:',
  '    description: "Path of the result JSON (metrics.robustAccuracy holds the robust accuracy at each epsilon)."',
  '  sarif-file:',
  '    description: "Path of the SARIF file."',
  '  html-report:',
  '    description: "Path of the HTML report with the robustness curve as SVG."',
  '  robust-accuracy:',
  '    description: "Robust accuracy at each epsilon, as a JSON object {\\"0.05\\": 0.81, ...}."',
  'runs:',
  '  using: node24',
  '  main: ../../dist/adversarial-test/index.js',
  '',
);
writeFileSync('actions/adversarial-test/action.yml', lines.join('\n'));

const table = ['| input | description |', '|---|---|', ...all.map((o) => `| \`${o.name}\` | ${describe(o).replace(/\|/g, '\\|')} |`)].join('\n');
// the README's inputs table sits between "## Inputs" (plus its paragraph) and "## Outputs"
const readme = readFileSync('actions/adversarial-test/README.md', 'utf8');
const start = readme.indexOf('| input | description |');
const end = readme.indexOf('## Outputs');
if (start > 0 && end > start) writeFileSync('actions/adversarial-test/README.md', `${readme.slice(0, start)}${table}\n\n${readme.slice(end)}`);
console.log(`action.yml: ${all.length} inputs`);
