import { dirname, join, posix, relative, isAbsolute } from 'node:path';
import { COMMON_OPTIONS, escapeMarkdown, inputError, isMlguardError, makeFinding, usageError, type EngineResult, type Finding, type Options, type Ports, type ToolSpec } from '@mlguard/core';
import { computeDrift, methodName, type DriftResult, type ReferenceSide } from './drift.js';
import { loadFile } from './load-file.js';
import { DATA_CHECK_OPTIONS } from './options.js';
import { detectPii, type PiiHit } from './pii.js';
import { poisoningSignals, type SignalId } from './poisoning.js';
import { buildProfile, parseProfile, type Profile } from './profile.js';
import { familyOfSqlType, type Relation } from './relation.js';
import { driftTable, expectationTable, htmlReport, mermaidHistogram } from './report.js';
import { DIALECT_BY_NAME, type DialectName } from './sql/dialect.js';
import type { DuckDbModule, DuckDbRunner } from './sql/duckdb-runner.js';
import { openDuckDb } from './sql/duckdb-runner.js';
import type { SqlRunner } from './sql/runner.js';
import { num } from './sql/runner.js';
import { suggestSuite } from './suggest.js';
import { emptySuite, parseSuite, type Suite } from './suite.js';
import { compileSuite, runExpectations, statistics, type ExpectationResult } from './validate.js';

export interface DataCheckDeps {
  /** The DuckDB module (node_modules, or installed at first use: see engine-install.ts). */
  loadDuckDb(ports: Ports): Promise<DuckDbModule>;
  openPostgres(url: string): Promise<SqlRunner>;
  /** Scratch directory for DuckDB spilling. */
  tempDirectory?: string;
}

const TOOL = 'data-check' as const;
const HELP = 'https://github.com/mlguard/mlguard/tree/main/packages/data-check#readme';

const POISON_RULE: Record<SignalId, string> = {
  'conflicting-labels': 'DATA-POISON-001',
  duplicates: 'DATA-POISON-002',
  'label-shift': 'DATA-POISON-003',
  'segment-label-shift': 'DATA-POISON-004',
  'row-count': 'DATA-POISON-005',
  'out-of-range': 'DATA-POISON-006',
  'outlier-rate': 'DATA-POISON-007',
  trigger: 'DATA-POISON-008',
};
const PII_RULE: Record<string, string> = { email: 'DATA-PII-001', phone: 'DATA-PII-002', card: 'DATA-PII-003', iban: 'DATA-PII-004', ssn: 'DATA-PII-005', ip: 'DATA-PII-006', secret: 'DATA-PII-007' };

/** Workspace-relative, forward slashes. */
function wsPath(ports: Ports, p: string): string {
  const abs = isAbsolute(p) ? p : join(ports.workspace, p);
  return relative(ports.workspace, abs).split('\\').join('/') || '.';
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const tableRef = (name: string) => name.split('.').map(q).join('.');

export function createDataCheckTool(deps: DataCheckDeps): ToolSpec {
  return {
    tool: TOOL,
    description: 'Validate datasets with GX-compatible expectations, detect drift (Evidently defaults) and poisoning signals, find PII, on DuckDB or PostgreSQL; also `profile PATH` and `suggest PATH`.',
    options: DATA_CHECK_OPTIONS.filter((o) => !COMMON_OPTIONS.some((c) => c.name === o.name)),
    positional: 'paths',
    async run(options: Options, ports: Ports): Promise<EngineResult> {
      // `mlguard data-check profile PATH`: the first positional may name the command (the CLI passes positionals as paths).
      const positional = [...(options.list('paths') ?? [])];
      const named = positional[0] && ['validate', 'profile', 'suggest'].includes(positional[0]) ? positional.shift() : undefined;
      const command = named ?? options.string('command') ?? 'validate';
      const withPaths: Options = {
        string: (n) => options.string(n),
        boolean: (n) => options.boolean(n),
        number: (n) => options.number(n),
        list: (n) => (n === 'paths' ? positional : options.list(n)),
        object: (n) => options.object(n),
        source: (n) => options.source(n),
      };
      const started = ports.clock.now().getTime();
      const connection = options.string('connection');
      let db: DuckDbRunner | undefined;
      let pg: SqlRunner | undefined;
      const duck = async () => {
        if (!db) {
          const mod = await deps.loadDuckDb(ports);
          const threads = options.number('threads');
          const mem = options.string('memory-limit');
          db = await openDuckDb(mod, { ...(threads ? { threads } : {}), ...(mem ? { memoryLimit: mem } : {}), ...(deps.tempDirectory ? { tempDirectory: deps.tempDirectory } : {}) });
          // Slow queries (100 ms or more) are listed with --debug, to see where a run spends its time.
          const query = db.query.bind(db);
          db.query = async (sql: string) => {
            const t = ports.clock.now().getTime();
            const rows = await query(sql);
            const ms = ports.clock.now().getTime() - t;
            if (ms >= 100) ports.log.debug(`data-check: ${ms} ms: ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
            return rows;
          };
        }
        return db;
      };
      try {
        if (command === 'profile' || command === 'suggest') return await profileOrSuggest(command, withPaths, ports, duck, connection ? () => deps.openPostgres(connection).then((r) => (pg = r)) : undefined);
        if (command !== 'validate') throw usageError(`unknown data-check command "${command}" (validate, profile, suggest)`);
        return await validate(options, ports, duck, connection ? async () => (pg ??= await deps.openPostgres(connection)) : undefined, started);
      } finally {
        await db?.close();
        await pg?.close();
      }
    },
  };
}

async function loadSuite(options: Options, ports: Ports): Promise<Suite> {
  const path = options.string('suite');
  if (!path) return emptySuite();
  const st = await ports.fs.stat(path);
  if (!st?.isFile) throw usageError(`suite file not found: ${path}`, { hint: 'pass --suite with a YAML/JSON suite (a GX suite JSON works as is)' });
  return parseSuite(await ports.fs.readText(path), wsPath(ports, path));
}

/** Suite paths are relative to the suite file; CLI/action paths to the workspace. */
const fromSuite = (suite: Suite, p: string) => (isAbsolute(p) || suite.path === '(none)' ? p : posix.normalize(posix.join(posix.dirname(suite.path), p)));

function inputFinding(e: unknown, fallbackPath: string): Finding {
  const err = e as { message: string; file?: string; line?: number; hint?: string };
  const path = err.file ?? fallbackPath;
  return makeFinding({
    tool: TOOL,
    ruleId: 'DATA-INPUT-001',
    severity: 'high',
    title: `Dataset cannot be read: ${path}`,
    message: `${err.message}${err.hint ? ` (${err.hint})` : ''}`,
    location: { path, ...(err.line ? { startLine: err.line } : {}) },
    help: { text: 'A dataset that cannot be read is never checked: fix the file (the line is given where one is known).', uri: HELP },
    logicalKey: path,
    properties: { line: err.line ?? null },
  });
}

async function validate(options: Options, ports: Ports, duck: () => Promise<DuckDbRunner>, postgres: (() => Promise<SqlRunner>) | undefined, started: number): Promise<EngineResult> {
  const suite = await loadSuite(options, ports);
  const findings: Finding[] = [];
  const metrics: Record<string, unknown> = { suite: suite.path, suiteFormat: suite.format };
  const dataOpt = options.string('data');
  const refOpt = options.string('reference');
  const dataPath = dataOpt ? wsPath(ports, dataOpt) : suite.dataset?.path ? fromSuite(suite, suite.dataset.path) : undefined;
  const refPath = refOpt ? wsPath(ports, refOpt) : suite.reference?.path ? fromSuite(suite, suite.reference.path) : suite.reference?.profile ? fromSuite(suite, suite.reference.profile) : undefined;
  const table = options.string('table') ?? suite.dataset?.table;
  const log = ports.log;
  const driftOn = options.boolean('drift') !== false && suite.drift.enabled;
  const poisoningOn = options.boolean('poisoning') !== false && suite.poisoning.enabled;
  // How every file of this suite is read: declared types and missing-value strings.
  const readAs = { ...(suite.dataset?.schema ? { schema: suite.dataset.schema } : {}), ...(suite.dataset?.naValues ? { naValues: suite.dataset.naValues } : {}) };

  // ---- load ----
  let cur: Relation;
  let ref: Relation | undefined;
  let profile: Profile | undefined;
  const otherTables = new Map<string, number>();
  let otherTableRowCount: (name: string) => Promise<number>;
  if (postgres) {
    if (!table) throw usageError('--connection needs --table (the table to check)');
    const pg = await postgres();
    metrics.engine = 'postgres';
    cur = await warehouseRelation(pg, table);
    const refTable = options.string('reference-table') ?? suite.reference?.table;
    if (refTable) ref = await warehouseRelation(pg, refTable);
    else if (refPath) profile = parseProfile(await ports.fs.readText(refPath), refPath);
    otherTableRowCount = async (name) => num((await pg.query(`SELECT count(*) AS n FROM ${tableRef(name)}`))[0]!.n) ?? 0;
  } else {
    if (!dataPath) throw usageError('no dataset: pass --data PATH, or name one in the suite (dataset.path)', { hint: 'a GX suite names no dataset' });
    const db = await duck();
    metrics.engine = 'duckdb';
    log.info(`data-check: loading ${dataPath}`);
    try {
      cur = await loadFile(db, ports.fs, dataPath, 'mlguard_current', readAs);
    } catch (e) {
      if (isMlguardError(e) && e.kind === 'input') {
        findings.push(inputFinding(e, dataPath));
        return { target: dataPath, findings, metrics: { ...metrics, durationMs: ports.clock.now().getTime() - started }, summaryMarkdown: `Dataset ${escapeMarkdown(dataPath)} could not be read: ${escapeMarkdown(e.message)}` };
      }
      throw e;
    }
    if (refPath) {
      log.info(`data-check: loading reference ${refPath}`);
      try {
        if (refPath.toLowerCase().endsWith('.profile.json') || (refPath.toLowerCase().endsWith('.json') && !refPath.toLowerCase().endsWith('.jsonl'))) {
          profile = parseProfile(await ports.fs.readText(refPath), refPath);
        } else {
          // The reference serves drift and poisoning only: without poisoning, only the drifted columns are read.
          const columns = !poisoningOn && suite.drift.columns ? { columns: suite.drift.columns } : {};
          ref = await loadFile(db, ports.fs, refPath, 'mlguard_reference', { ...readAs, ...columns });
        }
      } catch (e) {
        if (isMlguardError(e) && e.kind === 'input') findings.push(inputFinding(e, refPath));
        else throw e;
      }
    }
    let n = 0;
    otherTableRowCount = async (name) => {
      if (otherTables.has(name)) return otherTables.get(name)!;
      const p = suite.tables[name] ? fromSuite(suite, suite.tables[name]) : name;
      const rel = await loadFile(db, ports.fs, p, `mlguard_other_${n++}`);
      otherTables.set(name, rel.rowCount);
      return rel.rowCount;
    };
    // User SQL (unexpected_rows_query) must not reach files or the network: switch external access off,
    // after materialising the datasets that are views over files (Parquet).
    if (suite.expectations.some((e) => e.type === 'unexpected_rows_expectation')) {
      // The user's rows come back in file order, and samples cannot reload the file once locked down.
      for (const rel of [cur, ref]) await rel?.inFileOrder?.();
      for (const rel of [cur, ref]) {
        if (rel && (await db.query(`SELECT count(*) AS n FROM duckdb_views() WHERE view_name = '${rel.sql.replace(/"/g, '')}'`))[0]!.n) {
          const name = rel.sql.replace(/"$/, '_table"');
          await db.query(`CREATE TABLE ${name} AS SELECT * FROM ${rel.sql}`);
          rel.sql = name;
        }
      }
      await db.lockDown();
    }
  }
  const target = cur.label;
  metrics.dataset = { source: cur.label, rows: cur.rowCount, columns: cur.columns.length };
  if (ref) metrics.reference = { source: ref.label, rows: ref.rowCount };
  if (profile) metrics.reference = { source: refPath, rows: profile.rowCount, profile: true };

  for (const v of cur.typeViolations) {
    const lines = v.samples.flatMap((s) => (s.line === undefined ? [] : [s.line]));
    findings.push(
      makeFinding({
        tool: TOOL,
        ruleId: 'DATA-TYPE-001',
        severity: 'medium',
        title: `"${v.column}": ${v.count} values are not ${v.expected}`,
        message: `${v.count} values of "${v.column}" do not convert to ${v.expected}${lines.length ? ` (first at line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 5).join(', ')})` : ''}; they count as nulls in the checks, never silently dropped.`,
        location: { path: cur.path ?? cur.label, ...(lines.length ? { startLine: lines[0] } : {}) },
        help: { text: 'Fix the values or declare the column as string in dataset.schema.', uri: HELP },
        logicalKey: `type:${v.column}`,
        properties: { column: v.column, expected: v.expected, count: v.count, lines },
      }),
    );
  }

  // ---- expectations ----
  let results: ExpectationResult[] = [];
  if (suite.expectations.length) {
    log.info(`data-check: ${suite.expectations.length} expectations on ${cur.rowCount} rows`);
    const groupedLater = new Set((ref || profile) && driftOn ? (suite.drift.columns ?? cur.columns.map((c) => c.name)) : []);
    results = await runExpectations(suite, cur, { otherTableRowCount, groupedLater });
    for (const r of results.filter((x) => !x.success)) findings.push(expectationFinding(r, suite));
    metrics.validation = { success: results.every((r) => r.success), statistics: statistics(results), results: results.map(({ line, severity, ...rest }) => ({ ...rest, meta: { line, severity } })) };
  }

  // ---- drift ----
  let drift: DriftResult | undefined;
  const refSide: ReferenceSide | undefined = ref ? { kind: 'relation', rel: ref } : profile ? { kind: 'profile', profile } : undefined;
  if (refSide && driftOn) {
    log.info('data-check: drift against the reference');
    drift = await computeDrift(cur, refSide, suite.drift, [...suite.primaryKey, ...(suite.label ? [suite.label] : [])], (c) => log.debug(`drift: ${c}`));
    metrics.drift = drift;
    for (const c of drift.columns) {
      const loc = { path: cur.path ?? cur.label };
      if (c.drifted) {
        findings.push(
          makeFinding({
            tool: TOOL,
            ruleId: 'DATA-DRIFT-001',
            severity: 'medium',
            title: `Drift in "${c.column}" (${methodName(c.method)} ${fmtScore(c.score)})`,
            message: `${c.kind} column "${c.column}" drifted: ${methodName(c.method)} = ${fmtScore(c.score)} against threshold ${c.threshold}${c.statistic !== undefined ? ` (statistic ${fmtScore(c.statistic)})` : ''}${c.pValueMethod ? `, ${c.pValueMethod} p-value` : ''}; PSI ${fmtScore(c.psi)}; ${c.referenceRows} reference vs ${c.currentRows} current values${c.approximate ? ' (reference profile: approximate)' : ''}.`,
            location: loc,
            help: { text: 'Test chosen as Evidently does by default (K-S/chi-square/z for reference <= 1000 rows, normed Wasserstein/Jensen-Shannon above).', uri: HELP },
            logicalKey: `drift:${c.column}`,
            properties: { column: c.column, test: c.method, testName: methodName(c.method), score: c.score, statistic: c.statistic ?? null, threshold: c.threshold, pValueMethod: c.pValueMethod ?? null, psi: c.psi },
          }),
        );
      }
      if (c.newCategories) {
        findings.push(
          makeFinding({
            tool: TOOL,
            ruleId: 'DATA-DRIFT-003',
            severity: 'medium',
            title: `"${c.column}": ${c.newCategories.values} categories absent from the reference`,
            message: `${c.newCategories.rows} rows of "${c.column}" carry ${c.newCategories.values} values never seen in the reference.`,
            location: loc,
            help: { text: 'New categories are reported on their own (Evidently would report an infinite chi-square).', uri: HELP },
            logicalKey: `new-categories:${c.column}`,
            properties: { column: c.column, ...c.newCategories, examples: c.newCategories.examples.map(maskShort) },
          }),
        );
      }
    }
    if (drift.datasetDrift) {
      findings.push(
        makeFinding({
          tool: TOOL,
          ruleId: 'DATA-DRIFT-002',
          severity: 'high',
          title: `Dataset drift: ${drift.driftedColumns} of ${drift.columns.length} columns drifted`,
          message: `The share of drifted columns ${drift.share.toFixed(2)} reaches drift_share ${drift.driftShare}.`,
          location: { path: cur.path ?? cur.label },
          help: { text: 'Dataset drift as Evidently\'s DataDriftPreset decides it.', uri: HELP },
          logicalKey: 'dataset-drift',
          properties: { share: drift.share, driftShare: drift.driftShare, drifted: drift.columns.filter((c) => c.drifted).map((c) => c.column) },
        }),
      );
    }
  }

  // ---- poisoning ----
  if (poisoningOn) {
    log.info('data-check: poisoning signals');
    const { signals, metrics: pm } = await poisoningSignals({ cur, ...(ref ? { ref } : {}), ...(profile ? { profile } : {}), suite });
    metrics.poisoning = pm;
    for (const s of signals) {
      findings.push(
        makeFinding({
          tool: TOOL,
          ruleId: POISON_RULE[s.id],
          severity: 'medium',
          title: s.title,
          message: s.message,
          location: { path: cur.path ?? cur.label },
          help: { text: 'Model-free data-poisoning signal (warning level by default): review the rows before training.', uri: HELP },
          logicalKey: `${s.id}:${s.column ?? ''}:${s.id === 'trigger' ? String(s.properties.valueMasked) : ''}`,
          properties: { signal: s.id, ...(s.column ? { column: s.column } : {}), ...s.properties },
        }),
      );
    }
  }

  // ---- PII ----
  let pii: PiiHit[] = [];
  if (options.boolean('pii') !== false && suite.pii.enabled) {
    log.info('data-check: PII and secret detectors');
    pii = await detectPii(cur, { ...(suite.pii.columns ? { columns: suite.pii.columns } : {}), exclude: suite.pii.exclude });
    metrics.pii = pii.map((h) => ({ column: h.column, detector: h.detector.id, rows: h.rows, share: h.share, maskedSamples: h.maskedSamples }));
    for (const h of pii) {
      findings.push(
        makeFinding({
          tool: TOOL,
          ruleId: PII_RULE[h.detector.id]!,
          severity: h.detector.severity,
          title: `"${h.column}" contains ${h.detector.name} values (${h.rows} rows)`,
          message: `${h.rows} rows (${(100 * h.share).toFixed(2)}%) of column "${h.column}" contain ${h.detector.name} values, e.g. ${h.maskedSamples.join(', ')} (masked). Training data leaks through models: drop, hash or tokenize the column.`,
          location: { path: cur.path ?? cur.label },
          help: { text: 'PII/secret detector (values are never printed, only masked samples).', uri: HELP },
          logicalKey: `pii:${h.detector.id}:${h.column}`,
          properties: { column: h.column, detector: h.detector.id, rows: h.rows, share: h.share, maskedSamples: h.maskedSamples },
        }),
      );
    }
  }

  // ---- SQL export ----
  const exportDialect = options.string('export-sql') as DialectName | undefined;
  if (exportDialect) {
    const sql = compileSuite(suite, { ...cur, runner: { ...cur.runner, dialect: DIALECT_BY_NAME[exportDialect] }, sql: tableRef(table ?? 'dataset') });
    const out = options.string('out') ?? `data-check-${exportDialect}.sql`;
    await ports.fs.writeFile(out, sql);
    log.info(`data-check: wrote the ${exportDialect} SQL bundle to ${out}`);
  }

  // ---- summary ----
  const md: string[] = [`Checked ${escapeMarkdown(cur.label)}: ${cur.rowCount} rows, ${cur.columns.length} columns on ${String(metrics.engine)}${ref || profile ? `, against ${escapeMarkdown(String(ref?.label ?? refPath))}` : ''}.`];
  const et = expectationTable(results, suite.path);
  if (et) md.push('', et);
  if (drift) {
    md.push('', driftTable(drift));
    for (const c of drift.columns.filter((x) => x.drifted).slice(0, 3)) md.push('', mermaidHistogram(c));
  }
  const poisonCount = findings.filter((f) => f.ruleId.startsWith('DATA-POISON')).length;
  if (poisonCount) md.push('', `**Poisoning signals**: ${findings.filter((f) => f.ruleId.startsWith('DATA-POISON')).map((f) => escapeMarkdown(f.title)).join('; ')}.`);
  if (pii.length) md.push('', `**PII**: ${pii.map((h) => `${escapeMarkdown(h.column)} ${h.detector.name} (${h.rows} rows)`).join(', ')}.`);
  const summaryMarkdown = md.join('\n');
  // The HTML report needs drift; it goes up with the result artifact, wherever the input or the config puts it.
  const report = drift && options.string('report');
  if (report) {
    await ports.fs.writeFile(report, htmlReport(`mlguard data-check: ${cur.label}`, summaryMarkdown, drift));
    metrics.report = report;
    ports.setOutput?.('report', report);
  }
  metrics.durationMs = ports.clock.now().getTime() - started;
  metrics.rowsPerSecond = cur.rowCount / Math.max(1, metrics.durationMs as number) * 1000;
  return { target, findings, metrics, summaryMarkdown, ...(report ? { attachments: [report] } : {}) };
}

const fmtScore = (x: number) => (x === Infinity ? 'inf' : Math.abs(x) < 1e-3 && x !== 0 ? x.toExponential(3) : x.toFixed(4));
const maskShort = (v: string) => (v.length <= 3 ? v : `${v.slice(0, 2)}…`);

function expectationFinding(r: ExpectationResult, suite: Suite): Finding {
  const res = r.result as { unexpected_count?: number; unexpected_percent?: number | null; element_count?: number; observed_value?: unknown; partial_unexpected_list?: unknown[]; partial_unexpected_index_list?: unknown[] };
  const kw = r.expectation_config.kwargs;
  const what = r.exception_info.raised_exception
    ? `could not be evaluated: ${r.exception_info.exception_message}`
    : res.unexpected_count !== undefined
      ? `${res.unexpected_count} unexpected values${res.unexpected_percent != null ? ` (${res.unexpected_percent.toFixed(2)}% of ${r.expectation_config.type.endsWith('_null') ? 'rows' : 'non-null values'})` : ''}${typeof kw.mostly === 'number' ? `, mostly ${kw.mostly}` : ''}${res.partial_unexpected_index_list?.length ? `; rows ${res.partial_unexpected_index_list.slice(0, 5).map((x) => JSON.stringify(x)).join(', ')}` : ''}`
      : `observed ${JSON.stringify(res.observed_value)?.slice(0, 200)}`;
  return makeFinding({
    tool: TOOL,
    ruleId: r.exception_info.raised_exception ? 'DATA-EXPECT-002' : 'DATA-EXPECT-001',
    severity: r.severity,
    title: `${r.expectation_config.type}${r.column ? ` on "${r.column}"` : ''} failed`,
    message: `${r.expectation_config.type}(${Object.entries(kw).filter(([k]) => !['result_format', 'catch_exceptions', 'meta'].includes(k)).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ').slice(0, 300)}) ${what}.`,
    location: { path: suite.path, startLine: r.line },
    help: { text: 'Expectation semantics follow Great Expectations (mostly over non-null values, row_condition, strict bounds).', uri: HELP },
    aliases: [r.expectation_config.type],
    logicalKey: `${r.expectation_config.type}:${JSON.stringify(kw)}`,
    properties: { expectation: r.expectation_config, result: r.result, exception: r.exception_info },
  });
}

async function warehouseRelation(pg: SqlRunner, table: string): Promise<Relation> {
  const parts = table.split('.');
  const name = parts.pop()!;
  const schema = parts.pop();
  const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const cols = await pg.query(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ${lit(name)}${schema ? ` AND table_schema = ${lit(schema)}` : ' AND table_schema = current_schema()'} ORDER BY ordinal_position`,
  );
  if (!cols.length) throw inputError(`table not found or has no columns: ${table}`, { file: table });
  const [cnt] = await pg.query(`SELECT count(*) AS n FROM ${tableRef(table)}`);
  return {
    runner: pg,
    sql: tableRef(table),
    label: table,
    columns: cols.map((c) => ({ name: String(c.column_name), sqlType: String(c.data_type).toUpperCase(), family: familyOfSqlType(String(c.data_type)) })),
    rowCount: num(cnt!.n) ?? 0,
    typeViolations: [],
  };
}

async function profileOrSuggest(command: 'profile' | 'suggest', options: Options, ports: Ports, duck: () => Promise<DuckDbRunner>, postgres: (() => Promise<SqlRunner>) | undefined): Promise<EngineResult> {
  const path = options.list('paths')?.[0] ?? options.string('data');
  const table = options.string('table');
  let rel: Relation;
  if (postgres) {
    if (!table) throw usageError(`data-check ${command} --connection needs --table`);
    rel = await warehouseRelation(await postgres(), table);
  } else {
    if (!path) throw usageError(`data-check ${command} needs a dataset: mlguard data-check ${command} PATH`);
    rel = await loadFile(await duck(), ports.fs, wsPath(ports, path), 'mlguard_current');
  }
  const label = rel.label;
  if (command === 'profile') {
    const suiteLabel = options.string('suite') ? (await loadSuite(options, ports)).label : undefined;
    const profile = await buildProfile(rel, suiteLabel ? { label: suiteLabel } : {});
    const out = options.string('out') ?? `${label.replace(/\.(csv|tsv|jsonl|ndjson|json|parquet|pq)(\.gz|\.zst)?$/i, '')}.profile.json`;
    await ports.fs.writeFile(out, `${JSON.stringify(profile, null, 1)}\n`);
    return { target: label, findings: [], metrics: { command, output: out, rows: profile.rowCount, columns: profile.columns.length }, summaryMarkdown: `Wrote the reference profile of \`${label}\` (${profile.rowCount} rows, ${profile.columns.length} columns) to \`${out}\`.` };
  }
  const { yaml, count } = await suggestSuite(rel, relative(dirname(join(ports.workspace, options.string('out') ?? 'suggested-suite.yml')), join(ports.workspace, label)).split('\\').join('/'));
  const out = options.string('out') ?? 'suggested-suite.yml';
  await ports.fs.writeFile(out, yaml);
  return { target: label, findings: [], metrics: { command, output: out, expectations: count }, summaryMarkdown: `Suggested ${count} expectations for \`${label}\` in \`${out}\` (review before committing):\n\n\`\`\`yaml\n${yaml}\`\`\`` };
}
