import { runAction } from '@mlguard/github';
import { modelSignTool } from '@mlguard/model-sign';

await runAction(modelSignTool);
