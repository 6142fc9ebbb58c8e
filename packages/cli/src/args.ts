import { didYouMean, usageError, type OptionSpec } from '@mlguard/core';

/** A flag the command accepts: an option (typed by its spec) or a CLI-only switch. */
export interface FlagSpec {
  name: string;
  /** Booleans take no value (`--x`, `--x=false`, `--no-x`); the others take one (`--x v`, `--x=v`). */
  boolean: boolean;
  /** Lists may repeat; their values are joined with newlines, as an action's multi-line input. */
  repeatable: boolean;
  short?: string;
}

export function flagFromOption(o: OptionSpec): FlagSpec {
  return { name: o.name, boolean: o.type === 'boolean', repeatable: o.type === 'list' };
}

export interface ParsedArgs {
  /** Raw string values by flag name (booleans as 'true'/'false'). */
  flags: Map<string, string>;
  positionals: string[];
}

/**
 * A small, strict argv parser: unknown flags are errors with a did-you-mean. node:util
 * parseArgs would do most of this, but its `--no-x` negation needs Node 22.
 */
export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const flags = new Map<string, string>();
  const positionals: string[] = [];
  const set = (spec: FlagSpec, value: string) => {
    const prev = flags.get(spec.name);
    if (prev !== undefined && !spec.repeatable && !spec.boolean && prev !== value) {
      throw usageError(`--${spec.name} given twice ("${prev}" and "${value}")`);
    }
    flags.set(spec.name, spec.repeatable && prev !== undefined ? `${prev}\n${value}` : value);
  };
  const unknown = (flag: string) => {
    const guess = didYouMean(flag.replace(/^-+/, ''), specs.map((s) => s.name));
    return usageError(`unknown option ${flag}`, { hint: guess ? `did you mean --${guess}?` : 'see --help' });
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (/^-[A-Za-z]$/.test(arg)) {
      const spec = byShort.get(arg.slice(1));
      if (!spec) throw unknown(arg);
      if (spec.boolean) set(spec, 'true');
      else {
        const v = argv[++i];
        if (v === undefined) throw usageError(`${arg} needs a value`);
        set(spec, v);
      }
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const spec = byName.get(name);
    if (!spec && name.startsWith('no-') && inline === undefined) {
      const negated = byName.get(name.slice(3));
      if (negated?.boolean) {
        set(negated, 'false');
        continue;
      }
      if (negated) throw usageError(`--${negated.name} takes a value, so there is no --${name}`);
    }
    if (!spec) throw unknown(`--${name}`);
    if (spec.boolean) {
      set(spec, inline ?? 'true');
    } else if (inline !== undefined) {
      set(spec, inline);
    } else {
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw usageError(`--${name} needs a value`);
      set(spec, v);
      i++;
    }
  }
  return { flags, positionals };
}
