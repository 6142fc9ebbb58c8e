import { runAction } from '@mlguard/github';
import { depScanTool } from '@mlguard/dep-scan';

await runAction(depScanTool);
