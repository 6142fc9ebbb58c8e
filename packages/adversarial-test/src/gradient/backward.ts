import { floatTensor, int64Tensor, node, tensorInput } from '../onnx/build.js';
import { AttrType, encodeModel } from '../onnx/proto.js';
import type { AttributeProto, ModelProto, NodeProto, TensorProto } from '../onnx/proto.js';

/**
 * Autodiff by graph transformation: from a forward ONNX graph, emit a graph that also computes
 * the vector-Jacobian product d(<upstream, output>)/d input, and let onnxruntime run it. Only a
 * whitelist of ops has backward rules; anything else makes the caller fall back to SPSA
 * estimates. Every rule here is checked against finite differences at run time before use.
 */

export const UPSTREAM = 'mlguard_upstream';
export const GRAD_OUTPUT = 'mlguard_grad_input';

export const GRADIENT_OPS = ['Gemm', 'MatMul', 'Add', 'Sub', 'Mul', 'Div', 'Neg', 'Relu', 'LeakyRelu', 'Sigmoid', 'Tanh', 'Softmax', 'LogSoftmax', 'Identity', 'Dropout', 'Flatten', 'Reshape', 'Cast', 'Conv'] as const;

export type BackwardResult = { ok: true; bytes: Uint8Array; ops: string[] } | { ok: false; reason: string };

function attr(n: NodeProto, name: string): AttributeProto | undefined {
  return n.attribute?.find((a) => a.name === name);
}
function intAttr(n: NodeProto, name: string, dflt: number): number {
  const a = attr(n, name);
  return a?.i !== undefined ? Number(a.i) : dflt;
}
function floatAttr(n: NodeProto, name: string, dflt: number): number {
  const a = attr(n, name);
  return a?.type === AttrType.FLOAT && a.f !== undefined ? a.f : dflt;
}

export function buildBackward(model: ModelProto, inputName: string, outputName: string): BackwardResult {
  const g = model.graph;
  if (!g) return { ok: false, reason: 'the model has no graph' };
  const opset = model.opsetImport?.find((o) => !o.domain || o.domain === 'ai.onnx')?.version ?? 13;
  const nodes = g.node ?? [];
  const inits = new Map((g.initializer ?? []).map((t) => [t.name ?? '', t] as const));

  // Tensors that depend on the input ("active"); everything else is a constant for the backward pass.
  const active = new Set([inputName]);
  for (const n of nodes) if ((n.input ?? []).some((x) => active.has(x))) for (const o of n.output ?? []) active.add(o);
  if (!active.has(outputName)) return { ok: false, reason: `output ${outputName} does not depend on input ${inputName}` };

  // Nodes on a path input -> output, in reverse topological order.
  const needed = new Set([outputName]);
  const path: NodeProto[] = [];
  for (let k = nodes.length - 1; k >= 0; k--) {
    const n = nodes[k]!;
    if (!(n.output ?? []).some((o) => needed.has(o))) continue;
    if (!(n.input ?? []).some((x) => active.has(x))) continue;
    if (n.domain && n.domain !== 'ai.onnx') return { ok: false, reason: `op ${n.domain}.${n.opType} has no backward rule` };
    if (!(GRADIENT_OPS as readonly string[]).includes(n.opType)) return { ok: false, reason: `op ${n.opType} has no backward rule` };
    path.push(n);
    for (const x of n.input ?? []) if (active.has(x)) needed.add(x);
  }

  const extra: NodeProto[] = [];
  const extraInits: TensorProto[] = [floatTensor('mlguard_zero', [], [0]), floatTensor('mlguard_one', [], [1])];
  let counter = 0;
  const fresh = (base: string) => `mlguard_${base}_${counter++}`;
  const grads = new Map<string, string>([[outputName, UPSTREAM]]);
  const accumulate = (tensor: string, grad: string) => {
    const prev = grads.get(tensor);
    if (!prev) grads.set(tensor, grad);
    else {
      const sum = fresh('acc');
      extra.push(node('Add', [prev, grad], [sum]));
      grads.set(tensor, sum);
    }
  };
  const emit = (op: string, inputs: string[], attrs: Parameters<typeof node>[3] = {}): string => {
    const out = fresh(op.toLowerCase());
    extra.push(node(op, inputs, [out], attrs));
    return out;
  };
  const reduceSumKeep = (x: string): string => {
    if (opset >= 13) {
      const axes = fresh('axes');
      extraInits.push(int64Tensor(axes, [1], [-1]));
      return emit('ReduceSum', [x, axes], { keepdims: 1 });
    }
    return emit('ReduceSum', [x], { axes: { ints: [-1] }, keepdims: 1 });
  };

  for (const n of path) {
    const gy = grads.get(n.output?.[0] ?? '');
    if (!gy) continue;
    const [a = '', b = ''] = n.input ?? [];
    const y = n.output![0]!;
    const isActive = (t: string) => active.has(t);
    switch (n.opType) {
      case 'Identity':
      case 'Dropout':
      case 'Cast':
        accumulate(a, gy);
        break;
      case 'Flatten':
      case 'Reshape':
        accumulate(a, emit('Reshape', [gy, emit('Shape', [a])]));
        break;
      case 'Neg':
        accumulate(a, emit('Neg', [gy]));
        break;
      case 'Relu':
        accumulate(a, emit('Mul', [gy, emit('Cast', [emit('Greater', [a, 'mlguard_zero'])], { to: 1 })]));
        break;
      case 'LeakyRelu': {
        const alpha = floatAttr(n, 'alpha', 0.01);
        const mask = emit('Cast', [emit('Greater', [a, 'mlguard_zero'])], { to: 1 });
        const sc = fresh('c');
        const off = fresh('c');
        extraInits.push(floatTensor(sc, [], [1 - alpha]), floatTensor(off, [], [alpha]));
        accumulate(a, emit('Mul', [gy, emit('Add', [emit('Mul', [mask, sc]), off])]));
        break;
      }
      case 'Sigmoid':
        accumulate(a, emit('Mul', [gy, emit('Mul', [y, emit('Sub', ['mlguard_one', y])])]));
        break;
      case 'Tanh':
        accumulate(a, emit('Mul', [gy, emit('Sub', ['mlguard_one', emit('Mul', [y, y])])]));
        break;
      case 'Softmax':
      case 'LogSoftmax': {
        const axis = intAttr(n, 'axis', opset >= 13 ? -1 : 1);
        if (axis !== -1 && axis !== 1) return { ok: false, reason: `${n.opType} over axis ${axis} has no backward rule` };
        if (n.opType === 'Softmax') {
          // dA = Y * (dY - sum(dY * Y))
          accumulate(a, emit('Mul', [y, emit('Sub', [gy, reduceSumKeep(emit('Mul', [gy, y]))])]));
        } else {
          // dA = dY - softmax * sum(dY)
          accumulate(a, emit('Sub', [gy, emit('Mul', [emit('Exp', [y]), reduceSumKeep(gy)])]));
        }
        break;
      }
      case 'Gemm': {
        if (intAttr(n, 'transA', 0)) return { ok: false, reason: 'Gemm with transA has no backward rule' };
        if (isActive(b)) return { ok: false, reason: 'Gemm with a computed weight matrix has no backward rule' };
        const alpha = floatAttr(n, 'alpha', 1);
        accumulate(a, emit('Gemm', [gy, b], { alpha: { float: alpha }, transB: intAttr(n, 'transB', 0) ? 0 : 1 }));
        break;
      }
      case 'MatMul': {
        const w = inits.get(b);
        if (isActive(b) || !w || (w.dims ?? []).length !== 2) return { ok: false, reason: 'MatMul is differentiated only against a constant 2-D weight' };
        accumulate(a, emit('MatMul', [gy, emit('Transpose', [b], { perm: { ints: [1, 0] } })]));
        break;
      }
      case 'Add':
      case 'Sub': {
        if (isActive(a)) accumulate(a, gy);
        if (isActive(b)) accumulate(b, n.opType === 'Add' ? gy : emit('Neg', [gy]));
        break;
      }
      case 'Mul': {
        if (isActive(a)) accumulate(a, emit('Mul', [gy, b]));
        if (isActive(b)) accumulate(b, emit('Mul', [gy, a]));
        break;
      }
      case 'Div': {
        if (isActive(b)) return { ok: false, reason: 'Div by a computed tensor has no backward rule' };
        accumulate(a, emit('Div', [gy, b]));
        break;
      }
      case 'Conv': {
        // dX = ConvTranspose(dY, W) with the same kernel and pads; ConvTranspose's weight layout
        // [C_in_t, C_out_t, kH, kW] is Conv's [C_out, C_in, kH, kW] as it is. Stride 1 only: with
        // larger strides the transpose needs output_padding that depends on the input size.
        const ints = (name: string) => attr(n, name)?.ints?.map(Number);
        if ((ints('strides') ?? []).some((v) => v !== 1) || (ints('dilations') ?? []).some((v) => v !== 1) || intAttr(n, 'group', 1) !== 1) return { ok: false, reason: 'Conv with strides, dilations or groups has no backward rule' };
        const autoPad = attr(n, 'auto_pad')?.s ? new TextDecoder().decode(attr(n, 'auto_pad')!.s) : 'NOTSET';
        if (autoPad !== 'NOTSET') return { ok: false, reason: `Conv with auto_pad ${autoPad} has no backward rule` };
        if (isActive(b)) return { ok: false, reason: 'Conv with computed weights has no backward rule' };
        const kernel = ints('kernel_shape') ?? (inits.get(b)?.dims ?? []).slice(2).map(Number);
        const pads = ints('pads');
        accumulate(a, emit('ConvTranspose', [gy, b], { kernel_shape: { ints: kernel }, ...(pads ? { pads: { ints: pads } } : {}) }));
        break;
      }
      default:
        return { ok: false, reason: `op ${n.opType} has no backward rule` };
    }
  }
  const gIn = grads.get(inputName);
  if (!gIn) return { ok: false, reason: 'no gradient path from the output to the input' };
  extra.push(node('Identity', [gIn], [GRAD_OUTPUT]));

  const input = (g.input ?? []).find((v) => v.name === inputName)!;
  const output = (g.output ?? []).find((v) => v.name === outputName)!;
  const outDims = output.type?.tensorType?.shape?.dim?.map((d) => d.dimParam ?? d.dimValue ?? 'k') ?? ['N', 'k'];
  const inDims = input.type?.tensorType?.shape?.dim?.map((d) => d.dimParam ?? d.dimValue ?? 'd') ?? ['N', 'd'];
  const backward: ModelProto = {
    ...model,
    graph: {
      ...g,
      node: [...nodes, ...extra],
      initializer: [...(g.initializer ?? []), ...extraInits],
      input: [...(g.input ?? []).filter((v) => !inits.has(v.name)), tensorInput(UPSTREAM, outDims.map((d) => (typeof d === 'number' ? d : String(d))))],
      output: [tensorInput(GRAD_OUTPUT, inDims.map((d) => (typeof d === 'number' ? d : String(d))))],
      valueInfo: [],
    },
  };
  return { ok: true, bytes: encodeModel(backward), ops: [...new Set(path.map((n) => n.opType))] };
}
