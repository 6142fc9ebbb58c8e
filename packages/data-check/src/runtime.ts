/** The default wiring of the engine to the process: DuckDB from node_modules or installed at first use. */
import { tmpdir } from 'node:os';
import { loadDuckDb } from './engine-install.js';
import { openPostgres } from './sql/postgres-runner.js';
import type { DataCheckDeps } from './tool.js';

export const defaultDeps: DataCheckDeps = {
  loadDuckDb: (ports) => loadDuckDb({ log: ports.log, env: { ...process.env } }),
  openPostgres,
  tempDirectory: process.env.RUNNER_TEMP ?? tmpdir(),
};
