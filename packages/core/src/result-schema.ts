import { inputError } from './errors.js';
import validateResultSchema from './generated/result-validator.js';
import { describeAjvErrors, formatPath } from './json-schema.js';
import type { ScanResult } from './result.js';
import { SEVERITIES } from './severity.js';
import { TOOLS } from './tools.js';

const severity = { enum: [...SEVERITIES] };
const line = { type: 'integer', minimum: 1 };

const suppression = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'reason'],
  properties: {
    id: { type: 'string', minLength: 1 },
    path: { type: 'string' },
    fingerprint: { type: 'string' },
    reason: { type: 'string' },
    expires: { type: 'string', format: 'date' },
    source: { type: 'string' },
    inline: { type: 'boolean' },
    problem: { type: 'string' },
  },
};

/**
 * JSON Schema of the result file (ScanResult, schemaVersion "1"). The publish action validates
 * artifacts from fork PRs with it, so it is strict: unknown top-level keys are refused.
 */
export const RESULT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlguard scan result (mlguard-<tool>.json), schemaVersion 1',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'tool', 'toolVersion', 'startedAt', 'durationMs', 'target', 'gate', 'findings', 'metrics'],
  properties: {
    schemaVersion: { const: '1' },
    tool: { enum: [...TOOLS] },
    toolVersion: { type: 'string', maxLength: 100 },
    startedAt: { type: 'string', format: 'date-time' },
    durationMs: { type: 'number', minimum: 0 },
    target: { type: 'string' },
    context: {
      type: 'object',
      additionalProperties: false,
      properties: {
        repository: { type: 'string', pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' },
        sha: { type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' },
        pullRequest: { type: 'integer', minimum: 1 },
        ref: { type: 'string' },
        runId: { type: 'string', pattern: '^[0-9]+$' },
      },
    },
    gate: {
      type: 'object',
      additionalProperties: false,
      required: ['passed', 'failOn', 'mode', 'counts', 'blocking', 'suppressed', 'expiredSuppressions', 'unusedSuppressions', 'newSinceBaseline'],
      properties: {
        passed: { type: 'boolean' },
        failOn: severity,
        mode: { enum: ['enforce', 'warn-only', 'new-only'] },
        counts: {
          type: 'object',
          additionalProperties: false,
          required: [...SEVERITIES],
          properties: Object.fromEntries(SEVERITIES.map((s) => [s, { type: 'integer', minimum: 0 }])),
        },
        blocking: { type: 'integer', minimum: 0 },
        suppressed: { type: 'integer', minimum: 0 },
        expiredSuppressions: { type: 'array', items: suppression },
        unusedSuppressions: { type: 'array', items: suppression },
        rejectedSuppressions: { type: 'array', items: { ...suppression, required: ['id', 'reason', 'problem'] } },
        newSinceBaseline: { type: ['integer', 'null'], minimum: 0 },
      },
    },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['ruleId', 'severity', 'title', 'message', 'fingerprint', 'aliases', 'suppressed', 'blocking', 'properties'],
        properties: {
          ruleId: { type: 'string', minLength: 1, maxLength: 200 },
          severity,
          title: { type: 'string' },
          message: { type: 'string' },
          location: {
            type: 'object',
            additionalProperties: false,
            required: ['path'],
            properties: { path: { type: 'string', minLength: 1 }, startLine: line, endLine: line, startColumn: line, endColumn: line },
          },
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          aliases: { type: 'array', items: { type: 'string' } },
          help: {
            type: 'object',
            additionalProperties: false,
            required: ['text'],
            properties: { text: { type: 'string' }, uri: { type: 'string', format: 'uri' } },
          },
          suppressed: { type: 'boolean' },
          suppression,
          new: { type: 'boolean' },
          blocking: { type: 'boolean' },
          properties: { type: 'object' },
        },
      },
    },
    metrics: { type: 'object' },
    summaryMarkdown: { type: 'string' },
  },
} as const;

/** Problems with a would-be result, as `path: message` lines (empty when valid). */
export function resultProblems(data: unknown): string[] {
  // Precompiled from RESULT_SCHEMA (a test checks it is current): compiling it took 90 ms per run.
  const validate = validateResultSchema;
  try {
    if (validate(data)) return [];
    return describeAjvErrors(validate.errors ?? []).map((p) => `${formatPath(p.segments)}: ${p.message}`);
  } catch (e) {
    // Hostile input can nest deeply enough to exhaust the stack while being described.
    if (e instanceof RangeError) return ['(top level): nested too deeply'];
    throw e;
  }
}

/**
 * Validates untrusted result JSON (an artifact from a fork PR run) and returns it typed.
 * `summaryMarkdown` is dropped: it is raw Markdown the engine wrote, and from an untrusted
 * run it could carry mentions, links or images into a comment posted with a write token.
 */
export function validateResult(data: unknown, source: string): ScanResult {
  const problems = resultProblems(data);
  if (problems.length) {
    throw inputError(`not a valid mlguard result: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, {
      file: source,
      details: problems.map((p) => `${source}: ${p}`),
    });
  }
  const { summaryMarkdown: _dropped, ...rest } = data as ScanResult;
  return rest;
}
