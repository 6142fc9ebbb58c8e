import type { OutputKind } from '../criterion.js';

/** A model under attack: an ONNX file run in-process, or an HTTP inference endpoint. */
export interface Target {
  /** In words: the model path or the endpoint URL. */
  description: string;
  /** `onnxruntime-node 1.30.0`, `onnxruntime-web 1.30.0`, `http kserve-v1`. */
  backend: string;
  d: number;
  classes: number;
  output: OutputKind;
  /** Scores of n rows (n x classes, row-major), in the output kind above. */
  predict(x: Float32Array, n: number): Promise<Float32Array>;
  /**
   * The vector-Jacobian product d(sum_r <upstream_r, output_r>)/dx for n rows (n x d), when
   * exact gradients are available (an ONNX graph whose ops all have backward rules).
   */
  gradient?: (x: Float32Array, n: number, upstream: Float32Array) => Promise<Float32Array>;
  /** Facts for the report (output name, gradient method, preflight notes). */
  info: Record<string, unknown>;
  release(): Promise<void>;
}
