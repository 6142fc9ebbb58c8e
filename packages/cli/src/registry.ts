import type { ToolSpec } from '@mlguard/core';

/** Every tool the CLI offers; an engine adds its spec here when it lands. */
export const TOOL_SPECS: readonly ToolSpec[] = [];
