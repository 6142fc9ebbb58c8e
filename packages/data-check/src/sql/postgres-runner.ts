import type Pg from 'pg';
import { cjsExports } from '@mlguard/core';
import { postgres } from './dialect.js';
import { plain, type Row, type SqlRunner } from './runner.js';

// int8 and numeric arrive as strings by default: data-check compares numbers, so parse them.
const typeParsers = (pg: typeof Pg) => ({
  getTypeParser(oid: number, format?: string) {
    // Integers beyond 2^53 stay exact as text, as the DuckDB runner gives them.
    if (oid === 20) return (v: string) => (Number.isSafeInteger(Number(v)) ? Number(v) : v);
    if (oid === 1700) return (v: string) => Number(v);
    if (oid === 1016 || oid === 1231 || oid === 1022) return (v: string) => v.replace(/[{}]/g, '').split(',').filter((x) => x !== '').map(Number);
    return (pg.types.getTypeParser as (o: number, f?: string) => (v: string) => unknown)(oid, format);
  },
});

/** A PostgreSQL connection (`postgres://user@host:port/db`, or a unix-socket host). Read-only transaction. */
export async function openPostgres(connectionString: string): Promise<SqlRunner> {
  // Loaded only for --connection: evaluating the driver cost every DuckDB run 30 ms of start-up.
  const pg = cjsExports<typeof Pg>(await import('pg'), 'Client');
  const client = new pg.Client({ connectionString, types: typeParsers(pg) as Pg.CustomTypesConfig, application_name: 'mlguard-data-check' });
  await client.connect();
  // data-check only reads: a read-only session makes an unexpected_rows_query unable to modify data.
  await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
  return {
    dialect: postgres,
    async query(sql: string): Promise<Row[]> {
      const res = await client.query(sql);
      return res.rows.map((r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
    },
    async close() {
      await client.end();
    },
  };
}
