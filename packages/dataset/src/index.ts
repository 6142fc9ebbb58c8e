export * from './table.js';
export { readTable, detectFormat, decodeUtf8, MAX_IN_MEMORY_BYTES, type DatasetPorts } from './read-table.js';
export { parseCsv } from './csv.js';
export { parseJsonl } from './jsonl.js';
export { parseParquet } from './parquet.js';
