#!/usr/bin/env node
// The CLI entry with fake tools, bundled by the CLI tests exactly as dist/cli/index.js is.
import { runCli } from '../../src/node-io.js';
import { FAKE_SPECS } from './fake-specs.js';

await runCli(FAKE_SPECS);
