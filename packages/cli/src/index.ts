#!/usr/bin/env node
import { runCli } from './node-io.js';
import { TOOL_SPECS } from './registry.js';

await runCli(TOOL_SPECS);
