import { ACTION_OPTIONS, COMMON_OPTIONS } from './common-options.js';
import type { OptionSpec, ToolSpec } from './tool.js';
import { TOOLS } from './tools.js';

export type JsonSchema = Record<string, unknown>;

/** Common options that make no sense in the config file: where the config is, and secrets. */
const NOT_IN_CONFIG = new Set(['config']);
/** Per-tool file names: one value shared by every tool would make them overwrite each other. */
const TOOL_SECTION_ONLY = new Set(['result-file', 'sarif-file']);

/** The option a tool with sub-commands (model-sign sign|verify|scan) is switched by. */
export function commandOption(spec: ToolSpec): OptionSpec | undefined {
  if (!spec.commands?.length || spec.options.some((o) => o.name === 'command')) return undefined;
  return { name: 'command', type: 'enum', values: spec.commands, description: `What to do: ${spec.commands.join(', ')}.`, default: spec.commands[0] };
}

/** Every option a tool resolves: common, action (feedback channels), then its own. */
export function allOptionSpecs(spec: ToolSpec): OptionSpec[] {
  const cmd = commandOption(spec);
  const all = [...COMMON_OPTIONS, ...ACTION_OPTIONS, ...(cmd ? [cmd] : []), ...spec.options];
  const seen = new Set<string>();
  for (const o of all) {
    if (seen.has(o.name)) throw new Error(`${spec.tool}: option "${o.name}" is declared twice (tool options must not reuse common option names)`);
    seen.add(o.name);
  }
  return all;
}

/** Options settable under `policy:` (shared by every tool). */
export function policyOptionSpecs(): OptionSpec[] {
  return [...COMMON_OPTIONS, ...ACTION_OPTIONS].filter((o) => settableInConfig(o) && !TOOL_SECTION_ONLY.has(o.name));
}

export function settableInConfig(o: OptionSpec): boolean {
  return !NOT_IN_CONFIG.has(o.name) && !(o.type === 'string' && o.secret);
}

export function optionSchema(o: OptionSpec): JsonSchema {
  const base = { description: o.description };
  switch (o.type) {
    case 'string':
      return { ...base, type: 'string', ...(o.default !== undefined ? { default: o.default } : {}) };
    case 'enum':
      return { ...base, enum: [...o.values], ...(o.default !== undefined ? { default: o.default } : {}) };
    case 'boolean':
      return { ...base, type: 'boolean', ...(o.default !== undefined ? { default: o.default } : {}) };
    case 'number':
      return {
        ...base,
        type: 'number',
        ...(o.minimum !== undefined ? { minimum: o.minimum } : {}),
        ...(o.maximum !== undefined ? { maximum: o.maximum } : {}),
        ...(o.default !== undefined ? { default: o.default } : {}),
      };
    case 'list':
      // Numbers too (`eps: [0.01, 0.03]`): they reach the engine as strings, as from an input.
      return { ...base, type: 'array', items: { type: ['string', 'number'] }, ...(o.default !== undefined ? { default: [...o.default] } : {}) };
    case 'object':
      return { ...o.schema, description: o.description };
  }
}

export const SUPPRESSION_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'Accept a finding until a date. Matches by rule id or alias, optionally narrowed by a path glob and a fingerprint.',
  additionalProperties: false,
  required: ['id', 'reason', 'expires'],
  properties: {
    id: { type: 'string', minLength: 1, description: 'Rule id (IAC-K8S-012) or an alias (CVE-2024-1234, GHSA-..., CKV_AWS_20).' },
    path: { type: 'string', minLength: 1, description: 'Glob of repository-relative paths (e.g. `infra/**/*.tf`).' },
    fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'One exact finding (the fingerprint in the result JSON or SARIF).' },
    reason: { type: 'string', pattern: '\\S', description: 'Why the finding is accepted; shown in every report.' },
    expires: { type: 'string', format: 'date', description: 'YYYY-MM-DD: the suppression applies through this day (UTC), then the finding counts again.' },
  },
};

function sectionSchema(description: string, options: readonly OptionSpec[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const o of options) if (settableInConfig(o)) properties[o.name] = optionSchema(o);
  properties.suppressions = { type: 'array', items: { $ref: '#/definitions/suppression' } };
  return { type: 'object', description, additionalProperties: false, properties };
}

/**
 * The JSON Schema of `.github/mlguard.yml`, generated from COMMON_OPTIONS and the tools' specs
 * so it cannot drift from what the code accepts. A tool without a spec here (not built into
 * this bundle) gets an open section, so one config file serves every action.
 */
export function buildConfigSchema(specs: readonly ToolSpec[]): JsonSchema {
  const bySpec = new Map(specs.map((s) => [s.tool, s]));
  const tools: Record<string, JsonSchema> = {};
  for (const tool of TOOLS) {
    const spec = bySpec.get(tool);
    tools[tool] = spec
      ? sectionSchema(
          `${spec.description} Options here override \`policy:\` for this tool.`,
          allOptionSpecs(spec).filter((o) => !NOT_IN_CONFIG.has(o.name)),
        )
      : { type: 'object', description: `Options of ${tool} (this tool is not part of this build, so its options are not checked).` };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'mlguard configuration (.github/mlguard.yml)',
    description: 'Shared policy plus one section per tool. Precedence: action input / CLI flag > tool section > policy > default.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      policy: sectionSchema('Gate policy and feedback channels shared by every tool.', policyOptionSpecs()),
      ...tools,
    },
    definitions: { suppression: SUPPRESSION_SCHEMA },
  };
}
