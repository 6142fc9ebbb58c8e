export const TOOLS = ['data-check', 'dep-scan', 'iac-scan', 'model-sign', 'adversarial-test'] as const;
export type ToolName = (typeof TOOLS)[number];

export function isToolName(value: unknown): value is ToolName {
  return typeof value === 'string' && (TOOLS as readonly string[]).includes(value);
}
