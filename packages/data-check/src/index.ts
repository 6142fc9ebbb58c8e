import { createDataCheckTool } from './tool.js';
import { defaultDeps } from './runtime.js';

/** The data-check ToolSpec: GX expectations, Evidently drift, poisoning signals and PII on DuckDB/PostgreSQL. */
export const dataCheckTool = createDataCheckTool(defaultDeps);

export { createDataCheckTool, type DataCheckDeps } from './tool.js';
export { loadDuckDb, engineDir, engineCacheKey, DUCKDB_VERSION } from './engine-install.js';
export { parseSuite } from './suite.js';
export { EXPECTATIONS } from './expectations.js';
export { DIALECTS, DIALECT_BY_NAME } from './sql/dialect.js';
