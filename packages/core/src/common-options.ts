import { SEVERITIES } from './severity.js';
import type { OptionSpec } from './tool.js';

/**
 * Options every tool takes: the gate policy and the feedback channels. Tool-specific options
 * come from each ToolSpec. Names are the action input names, the CLI flags and the config keys
 * (under `policy:` in .github/mlguard.yml, or the tool's section).
 */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'config', type: 'string', description: 'Path of the mlguard config file.', default: '.github/mlguard.yml' },
  { name: 'fail-on', type: 'enum', values: SEVERITIES, description: 'Lowest severity that fails the gate.', default: 'high' },
  { name: 'warn-only', type: 'boolean', description: 'Report findings but never fail the gate.', default: false },
  { name: 'new-only', type: 'boolean', description: 'Fail only on findings absent from the baseline.', default: false },
  { name: 'baseline', type: 'string', description: 'Baseline file of accepted finding fingerprints (written by `mlguard baseline`).' },
  {
    name: 'inline-suppressions',
    type: 'enum',
    values: ['require-expiry', 'allow-no-expiry', 'off'],
    description: 'How to treat suppressions written in scanned files (e.g. #checkov:skip=ID:reason): honour them only with an expiry date, also without one, or ignore them all.',
    default: 'require-expiry',
  },
  {
    name: 'deny-inline-critical',
    type: 'boolean',
    description: 'Refuse suppressions written in scanned files (#checkov:skip, osv-scanner.toml, ...) of critical findings: only the config file can suppress those.',
    default: false,
  },
  { name: 'result-file', type: 'string', description: 'Where to write the result JSON (default mlguard-<tool>.json).' },
  { name: 'sarif-file', type: 'string', description: 'Where to write the SARIF file (default mlguard-<tool>.sarif).' },
];

/** Feedback-channel options, only meaningful in the action. */
export const ACTION_OPTIONS: readonly OptionSpec[] = [
  { name: 'token', type: 'string', secret: true, description: 'GitHub token for check runs, comments, statuses and SARIF upload.' },
  { name: 'annotations', type: 'boolean', description: 'Emit workflow-command annotations.', default: true },
  { name: 'check-run', type: 'boolean', description: 'Create a check run mlguard/<tool> with annotations.', default: true },
  { name: 'pr-comment', type: 'enum', values: ['always', 'on-failure', 'never'], description: 'When to post or update the sticky PR comment.', default: 'always' },
  { name: 'commit-status', type: 'boolean', description: 'Set a commit status mlguard/<tool>.', default: false },
  { name: 'upload-sarif', type: 'boolean', description: 'Upload the SARIF file to code scanning.', default: false },
  { name: 'artifact', type: 'boolean', description: 'Upload the result JSON and SARIF as a workflow artifact.', default: true },
];
