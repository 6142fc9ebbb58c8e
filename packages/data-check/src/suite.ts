import { Ajv } from 'ajv';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { configError, isSeverity, type Severity } from '@mlguard/core';
import type { Family } from './relation.js';

export interface SuiteExpectation {
  type: string;
  kwargs: Record<string, unknown>;
  meta: Record<string, unknown>;
  severity: Severity;
  /** 1-based line of the expectation in the suite file. */
  line: number;
  rowCondition?: string;
  resultFormat: 'BOOLEAN_ONLY' | 'BASIC' | 'SUMMARY' | 'COMPLETE';
}

export interface DriftConfig {
  enabled: boolean;
  columns?: string[];
  exclude: string[];
  categorical: string[];
  driftShare: number;
  /** Per-column method/threshold overrides (Evidently's per_column_method / per_column_threshold). */
  perColumn: Record<string, { method?: string; threshold?: number }>;
  method?: string;
  threshold?: number;
}

export interface Suite {
  /** Suite file, workspace-relative. */
  path: string;
  name: string;
  format: 'mlguard' | 'gx1' | 'gx0';
  dataset?: { path?: string; table?: string; format?: string; schema?: Record<string, Family>; naValues?: string[] };
  reference?: { path?: string; profile?: string; table?: string };
  primaryKey: string[];
  label?: string;
  tables: Record<string, string>;
  expectations: SuiteExpectation[];
  drift: DriftConfig;
  poisoning: { enabled: boolean; features?: string[]; segments?: string[]; rowCountRange: [number, number]; source?: string };
  pii: { enabled: boolean; columns?: string[]; exclude: string[] };
}

const NATIVE_SCHEMA = {
  type: 'object',
  properties: {
    version: { type: 'integer', enum: [1] },
    name: { type: 'string' },
    dataset: {
      type: 'object',
      additionalProperties: false,
      properties: {
        path: { type: 'string' },
        table: { type: 'string' },
        format: { type: 'string', enum: ['csv', 'tsv', 'jsonl', 'parquet'] },
        primary_key: { type: 'array', items: { type: 'string' } },
        label: { type: 'string' },
        schema: { type: 'object', additionalProperties: { enum: ['integer', 'float', 'string', 'boolean'] } },
        na_values: { oneOf: [{ const: 'pandas' }, { type: 'array', items: { type: 'string' } }] },
      },
    },
    reference: {
      type: 'object',
      additionalProperties: false,
      properties: { path: { type: 'string' }, profile: { type: 'string' }, table: { type: 'string' } },
    },
    tables: { type: 'object', additionalProperties: { type: 'string' } },
    expectations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          type: { type: 'string' },
          expectation_type: { type: 'string' },
          kwargs: { type: 'object' },
          meta: { type: ['object', 'null'] },
          severity: { type: 'string', enum: ['error', 'warning', 'info', 'critical', 'high', 'medium', 'low'] },
        },
        anyOf: [{ required: ['type'] }, { required: ['expectation_type'] }],
      },
    },
    drift: {
      type: ['object', 'boolean'],
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean' },
        preset: { enum: ['evidently-auto'] },
        columns: { oneOf: [{ const: 'all' }, { type: 'array', items: { type: 'string' } }] },
        exclude: { type: 'array', items: { type: 'string' } },
        categorical: { type: 'array', items: { type: 'string' } },
        drift_share: { type: 'number', minimum: 0, maximum: 1 },
        method: { type: 'string' },
        threshold: { type: 'number' },
        per_column: { type: 'object', additionalProperties: { type: 'object', properties: { method: { type: 'string' }, threshold: { type: 'number' } }, additionalProperties: false } },
      },
    },
    poisoning: {
      type: ['object', 'boolean'],
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean' },
        features: { type: 'array', items: { type: 'string' } },
        segments: { type: 'array', items: { type: 'string' } },
        source: { type: 'string' },
        row_count: { type: 'object', properties: { min_ratio: { type: 'number' }, max_ratio: { type: 'number' } }, additionalProperties: false },
      },
    },
    pii: {
      type: ['object', 'boolean'],
      additionalProperties: false,
      properties: { enabled: { type: 'boolean' }, columns: { type: 'array', items: { type: 'string' } }, exclude: { type: 'array', items: { type: 'string' } } },
    },
  },
  required: ['expectations'],
};

// validateSchema off: the schema is ours (tested), and checking it against draft-07 cost 30 ms per run.
/**
 * The strings pandas' read_csv reads as missing by default (pandas 2.x STR_NA_VALUES), for
 * `dataset.na_values: pandas`: a GX suite run on pandas counted these cells as nulls.
 */
export const PANDAS_NA_VALUES = ['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null'] as const;

const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
const validateNative = ajv.compile(NATIVE_SCHEMA);

const SEVERITY_WORDS: Record<string, Severity> = { error: 'high', warning: 'medium', info: 'low' };

function lineOf(node: Node | null | undefined, lc: LineCounter): number {
  const off = node?.range?.[0];
  return off === undefined ? 1 : lc.linePos(off).line;
}

/**
 * Parses a suite: mlguard's YAML/JSON (GX kwargs verbatim plus `severity`), a GX 1.x suite JSON
 * (`name`, `expectations[].type`) or a GX 0.x one (`expectation_suite_name`, `expectation_type`), as is.
 */
export function parseSuite(text: string, path: string): Suite {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw configError(`invalid suite file: ${e.message.split('\n')[0]}`, { file: path, line: lc.linePos(e.pos[0]).line });
  }
  const raw = doc.toJS() as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw configError('a suite must be a mapping with an `expectations` list', { file: path, line: 1 });
  if (!validateNative(raw)) {
    const err = validateNative.errors![0]!;
    const segs = err.instancePath.split('/').filter(Boolean);
    const node = segs.length ? (doc.getIn(segs.map((s) => (/^\d+$/.test(s) ? Number(s) : s)), true) as Node | undefined) : undefined;
    throw configError(`invalid suite: ${err.instancePath || '(root)'} ${err.message}`, { file: path, line: lineOf(node, lc), hint: 'see packages/data-check/README.md for the suite format' });
  }
  const seq = doc.get('expectations', true);
  const format: Suite['format'] = raw.version === 1 || raw.dataset || raw.drift || raw.poisoning ? 'mlguard' : (raw.expectations as { expectation_type?: string }[]).some((e) => e.expectation_type) ? 'gx0' : 'gx1';
  const expectations: SuiteExpectation[] = (raw.expectations as Record<string, unknown>[]).map((e, i) => {
    const node = isSeq(seq) ? (seq.items[i] as Node) : undefined;
    const kwargs = { ...((e.kwargs as Record<string, unknown>) ?? {}) };
    const meta = (e.meta as Record<string, unknown>) ?? {};
    const sevWord = (e.severity as string | undefined) ?? (meta.severity as string | undefined) ?? 'error';
    const severity = SEVERITY_WORDS[sevWord] ?? (isSeverity(sevWord) ? sevWord : 'high');
    const rowCondition = typeof kwargs.row_condition === 'string' && kwargs.row_condition.trim() ? kwargs.row_condition : undefined;
    const rf = kwargs.result_format;
    const resultFormat = (typeof rf === 'string' ? rf : typeof rf === 'object' && rf ? (rf as { result_format?: string }).result_format : 'BASIC') ?? 'BASIC';
    return {
      type: String(e.type ?? e.expectation_type),
      kwargs,
      meta,
      severity,
      line: lineOf(node && isMap(node) ? node : node, lc),
      ...(rowCondition ? { rowCondition } : {}),
      resultFormat: (['BOOLEAN_ONLY', 'BASIC', 'SUMMARY', 'COMPLETE'].includes(resultFormat.toUpperCase()) ? resultFormat.toUpperCase() : 'BASIC') as SuiteExpectation['resultFormat'],
    };
  });
  const ds = raw.dataset as Record<string, unknown> | undefined;
  const drift = (raw.drift === false ? { enabled: false } : raw.drift ?? {}) as Record<string, unknown>;
  const pois = (raw.poisoning === false ? { enabled: false } : raw.poisoning ?? {}) as Record<string, unknown>;
  const pii = (raw.pii === false ? { enabled: false } : raw.pii ?? {}) as Record<string, unknown>;
  const rc = (pois.row_count as { min_ratio?: number; max_ratio?: number }) ?? {};
  return {
    path,
    name: String(raw.name ?? raw.expectation_suite_name ?? path),
    format,
    ...(ds ? { dataset: { ...(ds.path ? { path: String(ds.path) } : {}), ...(ds.table ? { table: String(ds.table) } : {}), ...(ds.format ? { format: String(ds.format) } : {}), ...(ds.schema ? { schema: ds.schema as Record<string, Family> } : {}), ...(ds.na_values ? { naValues: ds.na_values === 'pandas' ? [...PANDAS_NA_VALUES] : (ds.na_values as string[]) } : {}) } } : {}),
    ...(raw.reference ? { reference: raw.reference as Suite['reference'] } : {}),
    primaryKey: (ds?.primary_key as string[]) ?? [],
    ...(ds?.label ? { label: String(ds.label) } : {}),
    tables: (raw.tables as Record<string, string>) ?? {},
    expectations,
    drift: {
      enabled: drift.enabled !== false,
      ...(Array.isArray(drift.columns) ? { columns: drift.columns as string[] } : {}),
      exclude: (drift.exclude as string[]) ?? [],
      categorical: (drift.categorical as string[]) ?? [],
      driftShare: (drift.drift_share as number) ?? 0.5,
      perColumn: (drift.per_column as DriftConfig['perColumn']) ?? {},
      ...(drift.method ? { method: String(drift.method) } : {}),
      ...(typeof drift.threshold === 'number' ? { threshold: drift.threshold } : {}),
    },
    poisoning: {
      enabled: pois.enabled !== false,
      ...(pois.features ? { features: pois.features as string[] } : {}),
      ...(pois.segments ? { segments: pois.segments as string[] } : {}),
      ...(pois.source ? { source: String(pois.source) } : {}),
      rowCountRange: [rc.min_ratio ?? 0.5, rc.max_ratio ?? 2],
    },
    pii: { enabled: pii.enabled !== false, ...(pii.columns ? { columns: pii.columns as string[] } : {}), exclude: (pii.exclude as string[]) ?? [] },
  };
}

/** An empty suite for runs given only --data (drift, poisoning and PII still run). */
export function emptySuite(path = '(none)'): Suite {
  return parseSuite('expectations: []\n', path);
}
