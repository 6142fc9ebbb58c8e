import type { OptionSpec } from '@mlguard/core';
import { DIALECTS } from './sql/dialect.js';

export const DATA_CHECK_OPTIONS: readonly OptionSpec[] = [
  { name: 'command', type: 'enum', values: ['validate', 'profile', 'suggest'], description: 'validate (default): run the suite, drift, poisoning and PII checks; profile: write a reference profile; suggest: propose a suite.', default: 'validate' },
  { name: 'suite', type: 'string', description: 'Suite file (YAML/JSON; GX 1.x and 0.x suite JSON accepted as is). Paths in it are relative to the suite file.' },
  { name: 'data', type: 'string', description: 'Dataset to check (CSV/TSV, JSONL, Parquet; a glob; .gz/.zst): overrides the suite\'s dataset.path.' },
  { name: 'reference', type: 'string', description: 'Reference dataset or profile JSON for drift and poisoning checks: overrides the suite\'s reference.' },
  { name: 'connection', type: 'string', secret: true, description: 'PostgreSQL connection URL: run the checks inside the database instead of on files.' },
  { name: 'table', type: 'string', description: 'Table to check when --connection is set (schema.table).' },
  { name: 'reference-table', type: 'string', description: 'Reference table when --connection is set.' },
  { name: 'paths', type: 'list', description: 'Positional arguments: `profile PATH` or `suggest PATH` (the command, then the dataset).' },
  { name: 'out', type: 'string', description: 'Where `profile`/`suggest`/`export-sql` write (defaults: <data>.profile.json, suggested-suite.yml, data-check-<dialect>.sql).' },
  { name: 'export-sql', type: 'enum', values: DIALECTS, description: 'Also write the suite compiled to this SQL dialect (spark, trino, bigquery, snowflake, ...) for the warehouse.' },
  { name: 'report', type: 'string', description: 'HTML report with drift histograms (SVG); empty to skip.', default: 'mlguard-data-check-report.html' },
  { name: 'drift', type: 'boolean', description: 'Run drift checks when a reference is given.', default: true },
  { name: 'poisoning', type: 'boolean', description: 'Run the poisoning signals.', default: true },
  { name: 'pii', type: 'boolean', description: 'Run the PII and secret detectors.', default: true },
  { name: 'threads', type: 'number', description: 'DuckDB threads (default: all cores).', minimum: 1 },
  { name: 'memory-limit', type: 'string', description: 'DuckDB memory limit; beyond it DuckDB spills to a temp directory, so memory stays flat as datasets grow.', default: '700MB' },
];
