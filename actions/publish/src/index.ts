import { runPublish } from '@mlguard/github';

await runPublish();
