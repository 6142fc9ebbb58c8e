import { runAction } from '@mlguard/github';
import { adversarialTestTool } from '@mlguard/adversarial-test';

await runAction(adversarialTestTool);
