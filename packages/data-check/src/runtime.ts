/**
 * The default wiring of the engine to the process (the edge, like core's nodeFileSystem): DuckDB from
 * node_modules, or installed at first use into RUNNER_TOOL_CACHE/RUNNER_TEMP with npm, which needs the
 * process environment (registry, proxy). The engine code itself receives only the loaded module.
 */
import { tmpdir } from 'node:os';
import { loadDuckDb } from './engine-install.js';
import { openPostgres } from './sql/postgres-runner.js';
import type { DataCheckDeps } from './tool.js';

// eslint-disable-next-line no-restricted-properties -- the process edge: npm and the runner's cache paths come from the environment
const env = (): Record<string, string | undefined> => ({ ...process.env });

export const defaultDeps: DataCheckDeps = {
  loadDuckDb: (ports) => loadDuckDb({ log: ports.log, env: env() }),
  openPostgres,
  tempDirectory: env().RUNNER_TEMP ?? tmpdir(),
};
