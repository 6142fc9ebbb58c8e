import { RESULT_SCHEMA, buildConfigSchema, type ToolSpec } from '@mlguard/core';

/** The committed schema files, generated from the registered tools (`npm run schemas`; a test fails on drift). */
export const SCHEMA_FILES = {
  config: 'schemas/mlguard-config.schema.json',
  result: 'schemas/result.schema.json',
} as const;

export function schemaText(which: keyof typeof SCHEMA_FILES, specs: readonly ToolSpec[]): string {
  const schema = which === 'config' ? buildConfigSchema(specs) : RESULT_SCHEMA;
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Path -> content of every generated schema file, for every tool (`loadTools()`). */
export function generatedSchemaFiles(specs: readonly ToolSpec[]): Record<string, string> {
  return Object.fromEntries(Object.entries(SCHEMA_FILES).map(([k, path]) => [path, schemaText(k as keyof typeof SCHEMA_FILES, specs)]));
}
