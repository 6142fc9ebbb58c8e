import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ToolSpec } from '@mlguard/core';
import { main, type CliIo } from './main.js';

/** The CLI's real process, terminal and filesystem; tests pass their own CliIo to main(). */
export function nodeCliIo(): CliIo {
  return {
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
  };
}

/** The process entry: runs the CLI with these tools and sets the exit code. */
export async function runCli(specs: readonly ToolSpec[]): Promise<void> {
  // `mlguard ... | head` closes stdout early: that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await main(process.argv.slice(2), specs, nodeCliIo());
}
