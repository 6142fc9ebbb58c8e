import type { ToolSpec } from '@mlguard/core';
import { runAdversarialTest } from './engine.js';
import { ADVERSARIAL_OPTIONS } from './options.js';

/** adversarial-test: attacks an ONNX model or an HTTP endpoint on an evaluation set and gates on robust accuracy. */
export const adversarialTestTool: ToolSpec = {
  tool: 'adversarial-test',
  description: 'Attack an ONNX model or inference endpoint with adversarial examples (Square, SimBA, HopSkipJump, PGD) and gate on robust accuracy.',
  options: ADVERSARIAL_OPTIONS,
  run: runAdversarialTest,
};

export { ADVERSARIAL_OPTIONS } from './options.js';
export { evaluateRobustness } from './evaluate.js';
export type { Robustness, RunConfig } from './evaluate.js';
