import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULT_SCHEMA, resultProblems } from '../src/result-schema.js';
import { compileSchema } from '../src/json-schema.js';
import { standaloneValidatorSource } from '../src/validator-source.js';

describe('the precompiled result validator', () => {
  it('is generated from RESULT_SCHEMA as committed (run `npm run schemas` after changing the schema)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../src/generated/result-validator.js'), 'utf8');
    expect(committed).toBe(standaloneValidatorSource(RESULT_SCHEMA as unknown as Record<string, unknown>, 'scripts/gen-schemas.mjs'));
  });

  it('reports what a validator compiled at run time reports', () => {
    const runtime = compileSchema(RESULT_SCHEMA as unknown as Record<string, unknown>);
    const cases: unknown[] = [
      {},
      { schemaVersion: '2', tool: 'nope' },
      { schemaVersion: '1', tool: 'iac-scan', toolVersion: '1', startedAt: 'yesterday', durationMs: -1, target: '.', gate: {}, findings: [{}], metrics: {} },
    ];
    for (const c of cases) {
      const problems = resultProblems(c);
      expect(problems.length).toBeGreaterThan(0);
      runtime(c);
      expect(problems.length).toBe(runtime.errors!.length);
    }
  });
});
