import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleOptions } from '../../../../scripts/esbuild-config.mjs';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a CLI bundle with async execFile (never a sync spawn) and returns its exit code and output. */
export function runBundle(bundle: string, args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<Ran> {
  return new Promise((done) => {
    execFile(process.execPath, [bundle, ...args], { cwd: opts.cwd, env: { PATH: process.env.PATH ?? '', ...opts.env }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      done({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

/** Bundles the fake-tool CLI entry the same way scripts/bundle.mjs bundles dist/cli. */
export async function bundleFakeCli(): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'mlguard-cli-')), 'index.mjs');
  await esbuild.build(bundleOptions({ entryPoints: [join(REPO, 'packages/cli/test/support/fake-cli.ts')], outfile: out, logLevel: 'silent' }));
  return out;
}
