#!/usr/bin/env node
// The CLI entry with fake tools, bundled by the CLI tests exactly as dist/cli/index.js is.
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { main } from '../../src/main.js';
import { FAKE_SPECS } from './fake-specs.js';

process.exitCode = await main(process.argv.slice(2), FAKE_SPECS, {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  fetch: (input, init) => globalThis.fetch(input, init),
  writeFile: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
});
