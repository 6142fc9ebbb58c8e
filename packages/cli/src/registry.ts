import type { ToolSpec } from '@mlguard/core';
import { adversarialTestTool } from '@mlguard/adversarial-test';
import { dataCheckTool } from '@mlguard/data-check';
import { depScanTool } from '@mlguard/dep-scan';
import { iacScanTool } from '@mlguard/iac-scan';
import { modelSignTool } from '@mlguard/model-sign';

/** Every tool the CLI offers; an engine adds its spec here when it lands. */
export const TOOL_SPECS: readonly ToolSpec[] = [dataCheckTool, depScanTool, iacScanTool, modelSignTool, adversarialTestTool];
