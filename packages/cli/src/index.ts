#!/usr/bin/env node
import { TOOL_SPECS } from './registry.js';

// Placeholder until the CLI lands (issue 2).
console.log(`mlguard: tools: ${TOOL_SPECS.map((s) => s.tool).join(', ') || 'none yet'}`);
