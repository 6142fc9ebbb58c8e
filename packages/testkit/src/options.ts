import type { Options } from '@mlguard/core';

/** Options over a plain object, as if the pipeline had resolved them: for calling a ToolSpec's run() directly in tests. */
export function optionsFrom(values: Record<string, unknown> = {}): Options {
  return {
    string: (n) => values[n] as string | undefined,
    boolean: (n) => values[n] as boolean | undefined,
    number: (n) => values[n] as number | undefined,
    list: (n) => values[n] as string[] | undefined,
    object: (n) => values[n],
    source: () => undefined,
  };
}
