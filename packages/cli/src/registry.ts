import { TOOLS, isToolName, type ToolName, type ToolSpec } from '@mlguard/core';

/**
 * Every tool the CLI offers, loaded on demand: the CLI bundle is split per tool, so `mlguard
 * data-check` parses only data-check's code (Node start-up with every engine loaded took 0.33 s,
 * more than a small scan). An engine adds its loader here when it lands.
 */
export const TOOL_LOADERS: Readonly<Record<ToolName, () => Promise<ToolSpec>>> = {
  'data-check': async () => (await import('@mlguard/data-check')).dataCheckTool,
  'dep-scan': async () => (await import('@mlguard/dep-scan')).depScanTool,
  'iac-scan': async () => (await import('@mlguard/iac-scan')).iacScanTool,
  'model-sign': async () => (await import('@mlguard/model-sign')).modelSignTool,
  'adversarial-test': async () => (await import('@mlguard/adversarial-test')).adversarialTestTool,
};

/** The specs of these tools (all of them by default), in the registry's order. */
export async function loadTools(names: readonly ToolName[] = TOOLS): Promise<ToolSpec[]> {
  // One at a time: concurrent dynamic imports of modules sharing dependencies trip Jest's ESM loader.
  const specs: ToolSpec[] = [];
  for (const n of names) specs.push(await TOOL_LOADERS[n]());
  return specs;
}

/**
 * The tools one CLI invocation needs: only the tool it names (`mlguard <tool> ...`, `mlguard
 * baseline <tool> ...`), none for `publish` and `--version`, and all of them otherwise (help, schema,
 * and an unknown command, whose error lists the commands).
 */
export function toolsFor(argv: readonly string[]): Promise<ToolSpec[]> {
  const args = argv.filter((a) => a !== '--debug');
  const first = args[0] === 'baseline' ? args[1] : args[0];
  if (isToolName(first)) return loadTools([first]);
  if (first === 'publish' || first === '--version' || first === '-V' || first === 'version') return Promise.resolve([]);
  return loadTools();
}
