// Building blocks exported for tests, benchmarks and other packages.
export { comparePypi, compareSemver, COMPARATORS } from './versions/index.js';
export { affectedEntryMatches, recordAffects, sortEvents, inRange, entriesFor } from './osv/match.js';
export { minimalSafeUpgrade } from './osv/fix.js';
export { severityOf, validVector, scoreVector } from './osv/severity.js';
export { pep503, packageKey } from './osv/names.js';
export type { OsvRecord, OsvAffected } from './osv/types.js';
export { OfflineSource } from './sources/offline.js';
export { OnlineSource, MAX_BATCH } from './sources/online.js';
export type { AdvisorySource, SnapshotInfo, LookupRequest } from './sources/types.js';
export { discover, kindOf } from './discover.js';
export { parseFile } from './parse.js';
export type { DepPackage, ParseNote, ParseOutput } from './model.js';
export { typosquatOf } from './checks/typosquat.js';
export { parseOsvScannerToml } from './ignores.js';
export { advisoryCacheKey, type AdvisoryCache } from './cache.js';
