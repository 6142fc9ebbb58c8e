import * as core from '@actions/core';
import { allOptionSpecs, type RawOptions, type ToolSpec } from '@mlguard/core';

/**
 * Reads INPUT_* for every option of the tool (common policy options, channel options, the
 * command selector and the tool's own). An empty input counts as unset, so the config file and
 * the defaults still apply (action.yml declares no defaults for that reason, except the token).
 * Secret values are masked in the log before anything else can print them.
 */
export function readActionInputs(spec: ToolSpec, getInput: (name: string) => string = (n) => core.getInput(n)): RawOptions {
  const values = new Map<string, string>();
  for (const o of allOptionSpecs(spec)) {
    const v = getInput(o.name);
    if (v === '') continue;
    if (o.type === 'string' && o.secret) core.setSecret(v);
    values.set(o.name, v);
  }
  return { get: (n) => values.get(n), describe: (n) => `input ${n}` };
}
