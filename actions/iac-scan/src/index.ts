import { runAction } from '@mlguard/github';
import { iacScanTool } from '@mlguard/iac-scan';

await runAction(iacScanTool);
