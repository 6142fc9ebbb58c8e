import Papa from 'papaparse';
import { inputError } from '@mlguard/core';
import { settleColumn, type CellValue, type Column } from './table.js';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const BOOLEAN = /^(?:true|false)$/i;

export interface CsvParse {
  columns: Column[];
  rowCount: number;
  /** 1-based line of each data row (rows with quoted newlines span several lines). */
  lines: number[];
}

/**
 * Parses CSV text with a header row. Ragged rows, duplicate or empty header names are input errors
 * with their line, never silently padded or dropped; an empty cell is null (as DuckDB reads it).
 */
export function parseCsv(text: string, file: string, opts: { delimiter?: string; limit?: number } = {}): CsvParse {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw inputError('the CSV file is empty (no header row)', { file, line: 1 });
  let header: string[] | undefined;
  const cells: string[][] = [];
  const lines: number[] = [];
  let cursor = 0;
  let line = 1;
  let failure: Error | undefined;
  const advance = (to: number) => {
    for (let i = cursor; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    cursor = to;
  };
  Papa.parse<string[]>(text, {
    delimiter: opts.delimiter ?? '',
    skipEmptyLines: true,
    step(result, parser) {
      // A row starts at the first non-newline character after the previous row's end.
      while (cursor < text.length && (text[cursor] === '\n' || text[cursor] === '\r')) advance(cursor + 1);
      const rowLine = line;
      advance(Math.min(result.meta.cursor, text.length));
      const err = result.errors[0];
      if (err && err.code !== 'UndetectableDelimiter') {
        failure = inputError(`malformed CSV: ${err.message}`, { file, line: rowLine });
        parser.abort();
        return;
      }
      const row = result.data;
      if (!header) {
        header = row.map((h) => h.trim());
        const seen = new Set<string>();
        for (const [i, h] of header.entries()) {
          if (h === '') header[i] = `column_${i + 1}`;
          else if (seen.has(h)) {
            failure = inputError(`duplicate column name "${h}" in the CSV header`, { file, line: rowLine, hint: 'rename one of the columns' });
            parser.abort();
            return;
          }
          seen.add(header[i]!);
        }
        return;
      }
      if (row.length !== header.length) {
        failure = inputError(`ragged CSV row: ${row.length} fields where the header has ${header.length}`, {
          file,
          line: rowLine,
          hint: 'quote fields that contain the delimiter, or fix the row',
        });
        parser.abort();
        return;
      }
      cells.push(row);
      lines.push(rowLine);
      if (opts.limit !== undefined && cells.length >= opts.limit) parser.abort();
    },
  });
  if (failure) throw failure;
  if (!header) throw inputError('the CSV file has no header row', { file, line: 1 });
  const columns = header.map((name, j) => {
    let numeric = true;
    let boolean = true;
    for (const row of cells) {
      const v = row[j]!;
      if (v === '') continue;
      if (numeric && !NUMBER.test(v.trim())) numeric = false;
      if (boolean && !BOOLEAN.test(v.trim())) boolean = false;
      if (!numeric && !boolean) break;
    }
    const values: CellValue[] = cells.map((row) => {
      const v = row[j]!;
      if (v === '') return null;
      if (numeric) return Number(v);
      if (boolean) return v.trim().toLowerCase() === 'true';
      return v;
    });
    return settleColumn(name, values);
  });
  return { columns, rowCount: cells.length, lines };
}
