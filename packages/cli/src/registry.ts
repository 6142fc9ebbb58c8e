import type { ToolSpec } from '@mlguard/core';
import { depScanTool } from '@mlguard/dep-scan';

/** Every tool the CLI offers; an engine adds its spec here when it lands. */
export const TOOL_SPECS: readonly ToolSpec[] = [depScanTool];
