import { runAction } from '@mlguard/github';
import { depScanTool } from '@mlguard/dep-scan';
import { withAdvisoryCache } from './cache.js';

// The advisory data in `cache-dir` is restored from and saved to the Actions cache around the scan.
await withAdvisoryCache(() => runAction(depScanTool));
