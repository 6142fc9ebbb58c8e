import { inputError } from '@mlguard/core';
import { settleColumn, type CellValue, type Column } from './table.js';

/**
 * Parses JSON Lines: one object per line, blank lines skipped. A line that is not a JSON object is an
 * input error with its line number. Nested objects and arrays become their JSON text.
 */
export function parseJsonl(text: string, file: string, opts: { limit?: number } = {}): { columns: Column[]; rowCount: number; lines: number[] } {
  const names: string[] = [];
  const index = new Map<string, number>();
  const raw: CellValue[][] = [];
  const lines: number[] = [];
  let rowCount = 0;
  let start = 0;
  let lineNo = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const lineText = text.slice(start, end).trim();
    start = end + 1;
    if (lineText === '') {
      if (end === text.length) break;
      continue;
    }
    let obj: unknown;
    try {
      obj = JSON.parse(lineText);
    } catch (e) {
      throw inputError(`line is not valid JSON: ${(e as Error).message}`, { file, line: lineNo, hint: 'each line of a JSON Lines file must be one JSON object' });
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      throw inputError('line is JSON but not an object', { file, line: lineNo, hint: 'each line of a JSON Lines file must be one JSON object' });
    }
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
      let j = index.get(k);
      if (j === undefined) {
        j = names.length;
        index.set(k, j);
        names.push(k);
        raw.push(new Array<CellValue>(rowCount).fill(null));
      }
      raw[j]![rowCount] = toCell(v);
    }
    rowCount++;
    lines.push(lineNo);
    for (const col of raw) if (col.length < rowCount) col.push(null);
    if (opts.limit !== undefined && rowCount >= opts.limit) break;
    if (end === text.length) break;
  }
  return { columns: names.map((n, j) => settleColumn(n, raw[j]!)), rowCount, lines };
}

function toCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}
