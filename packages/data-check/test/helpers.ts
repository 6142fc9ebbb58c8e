import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '@mlguard/core';
import { loadDuckDb } from '../src/engine-install.js';
import { loadFile } from '../src/load-file.js';
import { openDuckDb, type DuckDbRunner } from '../src/sql/duckdb-runner.js';
import { parseSuite } from '../src/suite.js';
import { runExpectations } from '../src/validate.js';

export const silent = { debug() {}, info() {}, warning() {}, error() {} };

export function tempDir(prefix = 'mlguard-dc-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function duck(): Promise<DuckDbRunner> {
  return openDuckDb(await loadDuckDb({ log: silent, env: {} }), { threads: 1 });
}

/** Loads CSV text into DuckDB and runs a YAML suite against it. */
export async function runSuiteOnCsv(csv: string, suiteYaml: string, file = 'data.csv') {
  const dir = tempDir();
  writeFileSync(join(dir, file), csv);
  const fs = nodeFileSystem(dir);
  const db = await duck();
  try {
    const rel = await loadFile(db, fs, file, 'cur');
    const suite = parseSuite(suiteYaml, 'suite.yml');
    return await runExpectations(suite, rel, { otherTableRowCount: async () => 0 });
  } finally {
    await db.close();
  }
}

export { optionsFrom as fakeOptions } from '@mlguard/testkit';
