import type { ToolSpec } from '@mlguard/core';
import { depScanTool } from '@mlguard/dep-scan';
import { iacScanTool } from '@mlguard/iac-scan';

/** Every tool the CLI offers; an engine adds its spec here when it lands. */
export const TOOL_SPECS: readonly ToolSpec[] = [depScanTool, iacScanTool];
