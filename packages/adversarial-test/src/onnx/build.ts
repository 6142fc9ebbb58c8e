import { AttrType, DataType, encodeModel } from './proto.js';
import type { AttributeProto, GraphProto, ModelProto, NodeProto, TensorProto, ValueInfo } from './proto.js';

/**
 * Small builders over the ONNX protobuf schema. They write the models the engine generates
 * (backward graphs for exact gradients) and the ones tests, benchmarks and the example project
 * generate (logistic regressions, MLPs) without Python.
 */

/** An integral number is an INT attribute; use `{ float: 1 }` for a float that happens to be integral. */
export type AttrValue = number | string | { float: number } | { floats: number[] } | { ints: number[] } | { tensor: TensorProto };

export function floatTensor(name: string, dims: number[], values: ArrayLike<number>): TensorProto {
  const f32 = Float32Array.from(values as ArrayLike<number>);
  if (f32.length !== dims.reduce((a, b) => a * b, 1)) throw new Error(`tensor ${name}: ${f32.length} values for dims ${dims.join('x')}`);
  return { name, dims, dataType: DataType.FLOAT, rawData: new Uint8Array(f32.buffer, f32.byteOffset, f32.byteLength) };
}

export function int64Tensor(name: string, dims: number[], values: number[]): TensorProto {
  return { name, dims, dataType: DataType.INT64, int64Data: values };
}

function attribute(name: string, value: AttrValue): AttributeProto {
  if (typeof value === 'number') return Number.isInteger(value) ? { name, type: AttrType.INT, i: value } : { name, type: AttrType.FLOAT, f: value };
  if (typeof value === 'string') return { name, type: AttrType.STRING, s: new TextEncoder().encode(value) };
  if ('float' in value) return { name, type: AttrType.FLOAT, f: value.float };
  if ('floats' in value) return { name, type: AttrType.FLOATS, floats: value.floats };
  if ('ints' in value) return { name, type: AttrType.INTS, ints: value.ints };
  return { name, type: AttrType.TENSOR, t: value.tensor };
}

export function node(opType: string, input: string[], output: string[], attrs: Record<string, AttrValue> = {}, domain?: string): NodeProto {
  return {
    opType,
    input,
    output,
    name: `${opType}_${output[0] ?? ''}`,
    attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    ...(domain ? { domain } : {}),
  };
}

export function tensorInput(name: string, dims: (number | string)[], elemType: number = DataType.FLOAT): ValueInfo {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } },
  };
}

export interface ModelOptions {
  opset?: number;
  /** Extra operator-set imports, e.g. `{ 'ai.onnx.ml': 3 }`. */
  domains?: Record<string, number>;
  producer?: string;
  metadata?: Record<string, string>;
}

export function model(graph: GraphProto, opts: ModelOptions = {}): ModelProto {
  return {
    irVersion: 8,
    producerName: opts.producer ?? 'mlguard',
    producerVersion: '0.1.0',
    opsetImport: [{ domain: '', version: opts.opset ?? 13 }, ...Object.entries(opts.domains ?? {}).map(([domain, version]) => ({ domain, version }))],
    graph: { name: graph.name ?? 'g', ...graph },
    ...(opts.metadata ? { metadataProps: Object.entries(opts.metadata).map(([key, value]) => ({ key, value })) } : {}),
  };
}

export function modelBytes(graph: GraphProto, opts?: ModelOptions): Uint8Array {
  return encodeModel(model(graph, opts));
}

export interface DenseLayer {
  /** Row-major [in, out]. */
  weights: ArrayLike<number>;
  bias: ArrayLike<number>;
  inputs: number;
  outputs: number;
}

/**
 * A feed-forward classifier: Gemm layers with an activation between them, logits output `logits`
 * and (optionally) a Softmax output `probabilities`. A single layer is a (multinomial) logistic
 * regression.
 */
export function mlpModel(layers: DenseLayer[], opts: { activation?: 'Relu' | 'Tanh' | 'Sigmoid'; softmax?: boolean; outputs?: 'logits' | 'probabilities' | 'both'; batch?: number | string } = {}): Uint8Array {
  const nodes: NodeProto[] = [];
  const inits: TensorProto[] = [];
  let cur = 'input';
  layers.forEach((l, i) => {
    inits.push(floatTensor(`W${i}`, [l.inputs, l.outputs], l.weights), floatTensor(`b${i}`, [l.outputs], l.bias));
    const out = i === layers.length - 1 ? 'logits' : `h${i}`;
    nodes.push(node('Gemm', [cur, `W${i}`, `b${i}`], [out]));
    cur = out;
    if (i < layers.length - 1) {
      nodes.push(node(opts.activation ?? 'Relu', [out], [`a${i}`]));
      cur = `a${i}`;
    }
  });
  const first = layers[0]!;
  const last = layers[layers.length - 1]!;
  const batch = opts.batch ?? 'N';
  const which = opts.outputs ?? 'logits';
  const outputs: ValueInfo[] = [];
  if (which !== 'probabilities') outputs.push(tensorInput('logits', [batch, last.outputs]));
  if (which !== 'logits') {
    nodes.push(node('Softmax', ['logits'], ['probabilities'], { axis: 1 }));
    outputs.push(tensorInput('probabilities', [batch, last.outputs]));
  }
  return modelBytes({ node: nodes, initializer: inits, input: [tensorInput('input', [batch, first.inputs])], output: outputs });
}
