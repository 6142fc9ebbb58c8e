import type { Relation, ValueCounts } from './relation.js';

/**
 * Each column's (value, count) groups over the whole relation, as a temporary table built at first
 * use and shared for the rest of the run: quantiles, distinct counts and drift all start from the
 * same GROUP BY instead of each hashing the column again (DuckDB only: a warehouse connection runs
 * read-only, so there every consumer groups on its own). NULLs are not a group.
 *
 * `prefix` keeps the tables of different relations apart. The relation's SQL is read at each first
 * use, so a relation re-pointed at a materialised table (tool.ts, before user SQL runs) groups that.
 */
export function withValueCounts(rel: Relation, prefix: string): Relation {
  rel.valueCounts = valueCountTables(rel, prefix);
  return rel;
}

function valueCountTables(rel: Relation, prefix: string): ValueCounts {
  const tables = new Map<string, Promise<string>>();
  let built = 0;
  return {
    table(column) {
      let table = tables.get(column);
      if (!table) {
        const { runner, sql } = rel;
        const q = runner.dialect.ident;
        const name = q(`${prefix}_vc_${built++}`);
        table = runner.query(`CREATE TEMP TABLE ${name} AS SELECT ${q(column)} AS v, count(*) AS n FROM ${sql} WHERE ${q(column)} IS NOT NULL GROUP BY ${q(column)}`).then(() => name);
        // A failed build is not cached: the caller reports its error, and a later call may try again.
        table.catch(() => tables.delete(column));
        tables.set(column, table);
      }
      return table;
    },
    async release(column) {
      const table = tables.get(column);
      if (!table) return;
      tables.delete(column);
      const name = await table.catch(() => undefined);
      if (name) await rel.runner.query(`DROP TABLE IF EXISTS ${name}`);
    },
  };
}
