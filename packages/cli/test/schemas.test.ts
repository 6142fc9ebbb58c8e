import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfigSchema, compileSchema, settableInConfig } from '@mlguard/core';
import { generatedSchemaFiles } from '../src/schemas.js';
import { loadTools } from '../src/registry.js';
import { REPO } from './support/run.js';

const TOOL_SPECS = await loadTools();

describe('committed schemas', () => {
  it.each(Object.entries(generatedSchemaFiles(TOOL_SPECS)))('%s matches the code (run `npm run schemas` after changing options or registering a tool)', (path, text) => {
    expect(readFileSync(join(REPO, path), 'utf8')).toBe(text);
  });

  it('the config schema covers every registered tool strictly', () => {
    const schema = buildConfigSchema(TOOL_SPECS) as { properties: Record<string, { additionalProperties?: boolean; properties?: Record<string, unknown> }> };
    for (const spec of TOOL_SPECS) {
      expect(schema.properties[spec.tool]?.additionalProperties).toBe(false);
      const keys = Object.keys(schema.properties[spec.tool]!.properties!);
      for (const o of spec.options) expect(keys.includes(o.name)).toBe(settableInConfig(o)); // secrets stay out of the file
    }
    expect(() => compileSchema(schema)).not.toThrow();
  });

  it('the root package exposes the CLI bundle as the mlguard bin and an npm run schemas script', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ mlguard: 'dist/cli/index.js' });
    expect(pkg.scripts.schemas).toBe('node scripts/gen-schemas.mjs');
  });
});
