// bench/data-check: mlguard data-check (DuckDB) against a pandas-based validator on the same files, same run.
//   node bench/data-check.mjs [--rows 5000000] [--ref-rows 1000000] [--keep DIR] [--cli dist/cli/index.js]
// Generates N rows x 10 columns as CSV and Parquet (deterministic, hash-based values, written by DuckDB),
// a reference sample with a shifted amount, and a 40-expectation suite with drift on 5 columns. Runs
// `dist/cli/index.js data-check` in a child process (wall time including Node start-up, peak RSS) and
// bench/data-check-pandas.py with Debian's /usr/bin/python3 (apt-get install python3-pandas python3-scipy)
// on the same files. pandas reads Parquet only with pyarrow or fastparquet, which Debian 12 does not
// package: when it cannot, the output says so and compares mlguard on Parquet with pandas on the CSV of
// the same data, with pandas' compute time alone, and with pandas reading the same DataFrames from its
// own binary format (pickled once from the CSVs), the closest stand-in for a Parquet read. Also runs mlguard at N/5 and 2N rows (CSV and
// Parquet) to show how memory follows the row count: it grows until DuckDB's memory limit, then stays flat.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const ROWS = Number(arg('rows', 5_000_000));
const REF_ROWS = Number(arg('ref-rows', 1_000_000));
const keep = arg('keep');
const cli = resolve(arg('cli', join(root, 'dist/cli/index.js')));
const dir = keep ?? mkdtempSync(join(tmpdir(), 'mlguard-bench-dc-'));
mkdirSync(dir, { recursive: true });

// ---- data (uniforms from hash(i, k): deterministic and thread-independent) ----
const u = (k) => `((hash(i, ${k}) % 1000000007) / 1000000007.0)`;
const normal = (k) => `(sqrt(-2 * ln(1 - ${u(k)})) * cos(2 * pi() * ${u(k + 1)}))`;
const select = (n, offset, amountMu) => `SELECT i AS id,
  CASE WHEN ${u(1)} < 0.01 THEN NULL ELSE round(exp(${amountMu} + 0.9 * ${normal(2)}), 2) END AS amount,
  CAST(floor(${u(4)} * 101) AS INTEGER) AS qty,
  round(${normal(5)}, 4) AS score,
  'cat_' || lpad(CAST(CAST(floor(pow(${u(7)}, 2) * 20) AS INTEGER) AS VARCHAR), 2, '0') AS category,
  CASE WHEN ${u(8)} < 0.02 THEN NULL ELSE 'C' || CAST(CAST(floor(${u(9)} * 50) AS INTEGER) AS VARCHAR) END AS country,
  strftime(TIMESTAMP '2026-01-01' + to_seconds(CAST(floor(${u(10)} * 86400 * 300) AS BIGINT)), '%Y-%m-%dT%H:%M:%S') AS ts,
  ${u(11)} < 0.5 AS flag,
  CASE WHEN ${u(12)} < 0.1 THEN 1 ELSE 0 END AS label,
  'user_' || CAST(CAST(floor(${u(13)} * 1000000) AS INTEGER) AS VARCHAR) AS "user"
FROM range(${offset}, ${offset + n}) t(i)`;

async function generate() {
  const files = {
    csv: join(dir, `data-${ROWS}.csv`),
    parquet: join(dir, `data-${ROWS}.parquet`),
    small: join(dir, `data-${ROWS / 5}.csv`),
    smallParquet: join(dir, `data-${ROWS / 5}.parquet`),
    big: join(dir, `data-${ROWS * 2}.csv`),
    bigParquet: join(dir, `data-${ROWS * 2}.parquet`),
    ref: join(dir, `ref-${REF_ROWS}.csv`),
    refParquet: join(dir, `ref-${REF_ROWS}.parquet`),
  };
  if (Object.values(files).every(existsSync)) return files;
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const t = Date.now();
  await c.run(`COPY (${select(ROWS, 0, 3.6)}) TO '${files.csv}' (HEADER, DELIMITER ',')`);
  await c.run(`COPY (SELECT * FROM read_csv('${files.csv}', all_varchar = false)) TO '${files.parquet}' (FORMAT parquet, COMPRESSION zstd)`);
  await c.run(`COPY (${select(ROWS / 5, 0, 3.6)}) TO '${files.small}' (HEADER, DELIMITER ',')`);
  await c.run(`COPY (SELECT * FROM read_csv('${files.small}', all_varchar = false)) TO '${files.smallParquet}' (FORMAT parquet, COMPRESSION zstd)`);
  await c.run(`COPY (${select(ROWS * 2, 0, 3.6)}) TO '${files.big}' (HEADER, DELIMITER ',')`);
  await c.run(`COPY (SELECT * FROM read_csv('${files.big}', all_varchar = false)) TO '${files.bigParquet}' (FORMAT parquet, COMPRESSION zstd)`);
  await c.run(`COPY (${select(REF_ROWS, 10 ** 8, 3.5)}) TO '${files.ref}' (HEADER, DELIMITER ',')`);
  await c.run(`COPY (SELECT * FROM read_csv('${files.ref}', all_varchar = false)) TO '${files.refParquet}' (FORMAT parquet, COMPRESSION zstd)`);
  console.error(`generated ${ROWS} + ${REF_ROWS} rows in ${((Date.now() - t) / 1000).toFixed(1)} s into ${dir}`);
  return files;
}

// ---- the 40-expectation suite ----
const cats = Array.from({ length: 20 }, (_, i) => `cat_${String(i).padStart(2, '0')}`);
const e = (type, kwargs) => ({ type, kwargs });
const expectations = [
  ...['id', 'amount', 'qty', 'score', 'category', 'label'].map((c) => e('expect_column_values_to_not_be_null', { column: c, mostly: 0.95 })),
  e('expect_column_values_to_be_between', { column: 'amount', min_value: 0, max_value: 5000, mostly: 0.99 }),
  e('expect_column_values_to_be_between', { column: 'qty', min_value: 0, max_value: 100 }),
  e('expect_column_values_to_be_between', { column: 'score', min_value: -6, max_value: 6 }),
  e('expect_column_values_to_be_between', { column: 'label', min_value: 0, max_value: 1 }),
  e('expect_column_values_to_be_between', { column: 'id', min_value: 0, max_value: 1e9 }),
  e('expect_column_values_to_be_between', { column: 'amount', min_value: 0, max_value: 100000, strict_min: true, strict_max: true, mostly: 0.99 }),
  e('expect_column_values_to_be_in_set', { column: 'category', value_set: cats }),
  e('expect_column_values_to_be_in_set', { column: 'flag', value_set: [true, false] }),
  e('expect_column_values_to_be_in_set', { column: 'label', value_set: [0, 1] }),
  e('expect_column_values_to_not_be_in_set', { column: 'country', value_set: ['XX', 'ZZ'] }),
  e('expect_column_values_to_match_regex', { column: 'user', regex: '^user_[0-9]+$' }),
  e('expect_column_values_to_match_regex', { column: 'ts', regex: '^2026-' }),
  e('expect_column_values_to_be_unique', { column: 'id' }),
  ...['amount', 'qty', 'score'].flatMap((c) => [
    e('expect_column_mean_to_be_between', { column: c, min_value: -1e9, max_value: 1e9 }),
    e('expect_column_min_to_be_between', { column: c, min_value: -1e9 }),
    e('expect_column_max_to_be_between', { column: c, max_value: 1e9 }),
  ]),
  e('expect_column_median_to_be_between', { column: 'amount', min_value: 0 }),
  e('expect_column_stdev_to_be_between', { column: 'score', min_value: 0.5, max_value: 2 }),
  e('expect_column_sum_to_be_between', { column: 'qty', min_value: 0 }),
  e('expect_column_quantile_values_to_be_between', { column: 'amount', quantile_ranges: { quantiles: [0.05, 0.5, 0.95], value_ranges: [[0, null], [0, null], [0, null]] } }),
  e('expect_column_quantile_values_to_be_between', { column: 'score', quantile_ranges: { quantiles: [0.25, 0.75], value_ranges: [[-2, 0], [0, 2]] } }),
  e('expect_column_value_lengths_to_be_between', { column: 'country', min_value: 2, max_value: 3 }),
  e('expect_column_value_lengths_to_be_between', { column: 'user', min_value: 6, max_value: 12 }),
  e('expect_column_unique_value_count_to_be_between', { column: 'category', min_value: 1, max_value: 20 }),
  e('expect_column_unique_value_count_to_be_between', { column: 'country', min_value: 1, max_value: 50 }),
  e('expect_column_proportion_of_unique_values_to_be_between', { column: 'user', min_value: 0 }),
  e('expect_table_row_count_to_be_between', { min_value: 1 }),
  e('expect_table_columns_to_match_set', { column_set: ['id', 'amount', 'qty', 'score', 'category', 'country', 'ts', 'flag', 'label', 'user'] }),
];
if (expectations.length !== 40) throw new Error(`suite has ${expectations.length} expectations`);
const suite = { version: 1, name: 'bench', expectations, drift: { columns: ['amount', 'qty', 'score', 'category', 'country'] }, poisoning: false, pii: false };
const suitePath = join(dir, 'suite.json');
writeFileSync(suitePath, JSON.stringify(suite, null, 1));

function run(cmd, args) {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err += b));
    child.on('error', rej);
    child.on('close', (code) => res({ code, out, err }));
  });
}

// mlguard in a child process; peak RSS from the process's own resource usage at exit.
async function mlguard(data, ref) {
  const wrapper = `process.on('exit', () => process.stderr.write('\\nMAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, process.argv.length - 1, ...${JSON.stringify(['cli', 'data-check', '--suite', suitePath, '--data', data, '--reference', ref, '--report', '', '--warn-only', '--format', 'json', '--output', join(dir, 'out.json')])}); await import(${JSON.stringify(cli)});`;
  const t = process.hrtime.bigint();
  const r = await run(process.execPath, ['--input-type=module', '-e', wrapper]);
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  const rss = Number(/MAXRSS_KB (\d+)/.exec(r.err)?.[1] ?? NaN) / 1024;
  if (r.code !== 0) throw new Error(`mlguard exited ${r.code}: ${r.err.slice(-2000)}`);
  return { s, rss };
}

// The same DataFrames pickled (pandas' own binary format), written once: where pandas has no Parquet
// engine, reading them is the closest stand-in for pandas reading the Parquet file.
async function pickles() {
  const out = { data: join(dir, `data-${ROWS}.pkl`), ref: join(dir, `ref-${REF_ROWS}.pkl`) };
  if (existsSync(out.data) && existsSync(out.ref)) return out;
  if (!existsSync('/usr/bin/python3')) return undefined;
  const code = `import sys, pandas as pd\nfor src, dst in zip(sys.argv[1::2], sys.argv[2::2]): pd.read_csv(src, keep_default_na=False, na_values=['']).to_pickle(dst)`;
  const r = await run('/usr/bin/python3', ['-c', code, files.csv, out.data, files.ref, out.ref]);
  return r.code === 0 ? out : undefined;
}

async function pandas(data, ref) {
  if (!existsSync('/usr/bin/python3')) return { error: 'no /usr/bin/python3' };
  const r = await run('/usr/bin/python3', [join(root, 'bench/data-check-pandas.py'), data, ref]);
  if (r.code !== 0) return { error: r.err.trim().split('\n').pop() };
  const j = JSON.parse(r.out);
  return { s: j.total_s, read: j.read_s, compute: j.compute_s, rss: j.max_rss_mb };
}

const files = await generate();
const SMALL = ROWS / 5;
const rate = (n, s) => `${(n / s / 1e6).toFixed(2)} M rows/s`;
const pad = (x, n) => String(x).padEnd(n);
const csv = await mlguard(files.csv, files.ref);
const pq = await mlguard(files.parquet, files.refParquet);
const smallCsv = await mlguard(files.small, files.ref);
const smallPq = await mlguard(files.smallParquet, files.refParquet);
const bigCsv = await mlguard(files.big, files.ref);
const bigPq = await mlguard(files.bigParquet, files.refParquet);
const pdCsv = await pandas(files.csv, files.ref);
const pdPq = await pandas(files.parquet, files.refParquet);
const pkl = pdPq.error ? await pickles() : undefined;
const pdPkl = pkl ? await pandas(pkl.data, pkl.ref) : { error: 'pandas could not write the pickles' };
const line = (name, n, r, extra = '') => console.log(`${pad(name, 26)} ${pad(`${r.s.toFixed(2)} s`, 9)} ${pad(rate(n, r.s), 16)} peak RSS ${pad(`${r.rss.toFixed(0)} MB`, 8)}${extra}`);
console.log(`data-check bench: ${ROWS} rows x 10 columns, 40 expectations + drift on 5 columns against a ${REF_ROWS}-row reference (wall time includes reading both files and Node/Python start-up)`);
line('mlguard CSV', ROWS, csv);
line('mlguard Parquet', ROWS, pq);
if (!pdCsv.error) line('pandas CSV', ROWS, pdCsv, `  (read ${pdCsv.read.toFixed(2)} s, compute ${pdCsv.compute.toFixed(2)} s)`);
else console.log(`pandas baseline unavailable (apt-get install python3-pandas python3-scipy): ${pdCsv.error}`);
if (!pdPq.error) line('pandas Parquet', ROWS, pdPq, `  (read ${pdPq.read.toFixed(2)} s, compute ${pdPq.compute.toFixed(2)} s)`);
else console.log(`pandas Parquet           could not run: ${pdPq.error}`);
const mb = (r) => `${r.rss.toFixed(0)} MB`;
console.log(
  `memory vs rows (${SMALL} -> ${ROWS} -> ${ROWS * 2}): mlguard CSV ${mb(smallCsv)} -> ${mb(csv)} -> ${mb(bigCsv)} (x${(bigCsv.rss / csv.rss).toFixed(2)} from ${ROWS} to ${ROWS * 2} rows); ` +
    `Parquet ${mb(smallPq)} -> ${mb(pq)} -> ${mb(bigPq)} (x${(bigPq.rss / pq.rss).toFixed(2)}); bounded by --memory-limit (default 700MB) plus the process`,
);
console.log(`time at ${SMALL} / ${ROWS * 2} rows: CSV ${smallCsv.s.toFixed(2)} / ${bigCsv.s.toFixed(2)} s, Parquet ${smallPq.s.toFixed(2)} / ${bigPq.s.toFixed(2)} s`);
const verdict = (x, target) => `${x.toFixed(1)}x (target ${target}x: ${x >= target ? 'met' : 'NOT met'})`;
if (!pdCsv.error) {
  console.log(`CSV speed-up: ${verdict(pdCsv.s / csv.s, 5)} pandas on the same CSV; memory ${csv.rss.toFixed(0)} MB = ${(csv.rss / pdCsv.rss).toFixed(2)}x pandas' (target < 1 GB: ${csv.rss < 1024 ? 'met' : 'NOT met'})`);
  if (!pdPq.error) console.log(`Parquet speed-up: ${verdict(pdPq.s / pq.s, 10)} pandas on the same Parquet file; memory ${pq.rss.toFixed(0)} MB`);
  else
    console.log(
      `Parquet speed-up: pandas cannot read the Parquet file here (no pyarrow/fastparquet in Debian 12), so no same-file ratio: ` +
        `${verdict(pdCsv.s / pq.s, 10)} against pandas on the CSV of the same data; ${(pdCsv.compute / pq.s).toFixed(1)}x pandas' compute time alone (its read excluded); memory ${pq.rss.toFixed(0)} MB`,
    );
  if (pdPq.error && !pdPkl.error)
    console.log(
      `Parquet vs pandas reading the same data from its own binary format (pickle; the stand-in for a Parquet read): pandas ${pdPkl.s.toFixed(2)} s (read ${pdPkl.read.toFixed(2)} s, compute ${pdPkl.compute.toFixed(2)} s), ` +
        `${verdict(pdPkl.s / pq.s, 10)}`,
    );
}
if (!keep) rmSync(dir, { recursive: true, force: true });
