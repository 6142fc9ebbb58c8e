#!/usr/bin/env node
import { runCli } from './node-io.js';
import { toolsFor } from './registry.js';

await runCli(await toolsFor(process.argv.slice(2)));
