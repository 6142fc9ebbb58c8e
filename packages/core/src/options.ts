import type { LoadedConfig } from './config.js';
import { policyOptionSpecs, settableInConfig } from './config-schema.js';
import { usageError } from './errors.js';
import { didYouMean } from './json-schema.js';
import type { OptionSpec, OptionValue, Options } from './tool.js';

/** Raw strings from action inputs or CLI flags; `describe` names them in messages (`input fail-on`, `--fail-on`). */
export interface RawOptions {
  get(name: string): string | undefined;
  describe(name: string): string;
}

/** RawOptions over a plain map, e.g. for tests or programmatic use. */
export function rawOptionsFrom(values: Record<string, string | undefined>, describe: (name: string) => string = (n) => `--${n}`): RawOptions {
  return { get: (n) => values[n], describe };
}

interface Resolved {
  value: OptionValue | undefined;
  source: string;
}

const TRUE = new Set(['true', 'True', 'TRUE', 'yes', '1', 'on']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', '0', 'off']);

/** Parses one raw string per the option's type; errors name the input/flag and the accepted values. */
export function parseRawOption(o: OptionSpec, value: string, where: string): OptionValue {
  const v = value.trim();
  switch (o.type) {
    case 'string':
      return v;
    case 'enum': {
      if (o.values.includes(v)) return v;
      const guess = didYouMean(v, o.values);
      throw usageError(`${where}: "${clip(v)}" is not one of ${o.values.join(', ')}`, guess ? { hint: `did you mean "${guess}"?` } : undefined);
    }
    case 'boolean':
      if (TRUE.has(v)) return true;
      if (FALSE.has(v)) return false;
      throw usageError(`${where}: "${clip(v)}" is not a boolean (use true or false)`);
    case 'number': {
      const n = v === '' ? NaN : Number(v);
      if (!Number.isFinite(n)) throw usageError(`${where}: "${clip(v)}" is not a number`);
      if (o.minimum !== undefined && n < o.minimum) throw usageError(`${where}: ${n} is below the minimum ${o.minimum}`);
      if (o.maximum !== undefined && n > o.maximum) throw usageError(`${where}: ${n} is above the maximum ${o.maximum}`);
      return n;
    }
    case 'list':
      // Action inputs are multi-line strings; flags may repeat or use commas.
      return v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    case 'object':
      throw usageError(`${where}: this option is structured and can only be set in the config file (${o.name}:)`);
  }
}

/**
 * A config value the schema accepted: list items may be written as YAML numbers (`eps: [0.01, 0.03]`)
 * and reach the engine as the strings an input or flag would give.
 */
function fromConfig(o: OptionSpec, v: unknown): OptionValue {
  if (o.type === 'list' && Array.isArray(v)) return v.map((x) => String(x));
  return v as OptionValue;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Resolves every option: raw input/flag > the tool's config section > `policy:` (shared
 * options) > the spec's default. An empty raw string counts as unset (that is what an action
 * input the workflow did not set looks like).
 */
export function resolveOptions(tool: string, specs: readonly OptionSpec[], raw: RawOptions, config: LoadedConfig): Options {
  const policyNames = new Set(policyOptionSpecs().map((o) => o.name));
  const toolSection = (config.data[tool] ?? {}) as Record<string, unknown>;
  const policy = (config.data.policy ?? {}) as Record<string, unknown>;
  const byName = new Map<string, { spec: OptionSpec; resolved: Resolved }>();

  for (const o of specs) {
    let resolved: Resolved | undefined;
    const r = raw.get(o.name);
    if (r !== undefined && r.trim() !== '') {
      resolved = { value: parseRawOption(o, r, raw.describe(o.name)), source: raw.describe(o.name) };
    } else if (settableInConfig(o) && o.name in toolSection && toolSection[o.name] !== null) {
      resolved = { value: fromConfig(o, toolSection[o.name]), source: config.where([tool, o.name]) };
    } else if (policyNames.has(o.name) && o.name in policy && policy[o.name] !== null) {
      resolved = { value: fromConfig(o, policy[o.name]), source: config.where(['policy', o.name]) };
    } else {
      const d = 'default' in o ? o.default : undefined;
      resolved = { value: Array.isArray(d) ? [...d] : d, source: 'default' };
    }
    byName.set(o.name, { spec: o, resolved });
  }

  const get = (name: string, ...types: OptionSpec['type'][]) => {
    const entry = byName.get(name);
    // Asking for an option the tool never declared is a programming error, not a user error.
    if (!entry) throw new Error(`option "${name}" is not declared by ${tool} or the common options`);
    if (!types.includes(entry.spec.type)) throw new Error(`option "${name}" is of type ${entry.spec.type}, not ${types.join('/')}`);
    return entry.resolved.value;
  };
  return {
    string: (n) => get(n, 'string', 'enum') as string | undefined,
    boolean: (n) => get(n, 'boolean') as boolean | undefined,
    number: (n) => get(n, 'number') as number | undefined,
    list: (n) => get(n, 'list') as string[] | undefined,
    object: (n) => get(n, 'object'),
    source: (n) => byName.get(n)?.resolved.source,
  };
}
