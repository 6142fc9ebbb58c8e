import { duckdbLocal } from './dialect.js';
import { plain, type Row, type SqlRunner } from './runner.js';

/** The subset of @duckdb/node-api used here, so the module can be loaded from a runtime-installed copy. */
export interface DuckDbModule {
  DuckDBInstance: {
    create(path?: string, options?: Record<string, string>): Promise<{
      connect(): Promise<{ runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>; closeSync(): void }>;
      closeSync(): void;
    }>;
  };
}

export interface DuckDbRunner extends SqlRunner {
  /** Forbid file and network access from SQL once the datasets are loaded (user SQL runs after). */
  lockDown(): Promise<void>;
}

export async function openDuckDb(mod: DuckDbModule, opts: { threads?: number; memoryLimit?: string; tempDirectory?: string } = {}): Promise<DuckDbRunner> {
  const config: Record<string, string> = {};
  if (opts.threads) config.threads = String(opts.threads);
  if (opts.memoryLimit) config.memory_limit = opts.memoryLimit;
  if (opts.tempDirectory) config.temp_directory = opts.tempDirectory;
  const instance = await mod.DuckDBInstance.create(':memory:', config);
  const conn = await instance.connect();
  return {
    dialect: duckdbLocal,
    async query(sql: string): Promise<Row[]> {
      const reader = await conn.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
    },
    async lockDown() {
      await conn.runAndReadAll('SET enable_external_access = false');
      await conn.runAndReadAll('SET lock_configuration = true');
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
