import type { OptionSpec } from '@mlguard/core';

/** dep-scan's own options: action inputs, CLI flags and keys of `dep-scan:` in .github/mlguard.yml. */
export const DEP_SCAN_OPTIONS: readonly OptionSpec[] = [
  { name: 'paths', type: 'list', description: 'Files or directories to scan (manifests and lockfiles are discovered below directories).', default: ['.'] },
  { name: 'exclude', type: 'list', description: 'gitignore-style patterns of paths not to scan (in addition to .gitignore).', default: [] },
  { name: 'advisories', type: 'list', description: 'OSV data: all.zip exports, directories of OSV JSON records or NDJSON files; an https URL of an export is downloaded into cache-dir at most once a day.' },
  { name: 'online', type: 'boolean', description: 'Query the OSV API (querybatch, then each record) in addition to the offline advisories.', default: false },
  { name: 'osv-api-url', type: 'string', description: 'Base URL of the OSV API (a mirror or a test server).', default: 'https://api.osv.dev' },
  { name: 'cache-dir', type: 'string', description: 'Directory where the advisory name index is kept between runs (warm scans); the action restores it with @actions/cache.' },
  { name: 'scope', type: 'enum', values: ['all', 'runtime'], description: 'Scan all dependencies, or only those needed at run time (dev/test groups left out).', default: 'all' },
  { name: 'unknown-severity', type: 'enum', values: ['critical', 'high', 'medium', 'low'], description: 'Severity given to advisories with no usable CVSS vector or GHSA level (fail closed by default).', default: 'high' },
  { name: 'unpinned-severity', type: 'enum', values: ['info', 'low'], description: 'Severity of the finding for a requirement that is not pinned to one version.', default: 'low' },
  { name: 'typosquat', type: 'boolean', description: 'Warn about names one edit away from a popular ML/data package.', default: true },
  { name: 'osv-scanner-config', type: 'string', description: 'osv-scanner.toml whose [[IgnoredVulns]] are imported (default: osv-scanner.toml beside each scanned path, when present).' },
  { name: 'ignore-vulns', type: 'list', description: 'Advisory ids to ignore, as given to pip-audit --ignore-vuln (imported as suppressions without expiry).', default: [] },
];
