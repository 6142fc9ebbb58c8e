import { inputError } from '@mlguard/core';
import type { Logger } from '@mlguard/core';
import type { OutputKind } from '../criterion.js';
import { openOnnx } from '../backend/onnx-session.js';
import type { BackendChoice, OnnxSession, ValueMeta } from '../backend/onnx-session.js';
import { buildBackward, GRAD_OUTPUT, UPSTREAM } from '../gradient/backward.js';
import { decodeModel } from '../onnx/proto.js';
import type { ModelProto } from '../onnx/proto.js';
import type { Target } from './target.js';

export interface OnnxTargetOptions {
  file: string;
  backend: BackendChoice;
  /** Output tensor to attack; chosen from the metadata when absent. */
  output?: string;
  outputKind: OutputKind | 'auto';
  /** Number of features the data provides. */
  features: number;
  /** Rows used to infer logits vs probabilities. */
  probe: Float32Array;
  gradients: boolean;
  log: Logger;
}

const CHUNK = 8192;

/** Preflight: what the model's metadata says, checked before any attack runs. */
function chooseInput(s: OnnxSession, o: OnnxTargetOptions): { meta: ValueMeta; d: number; image?: [number, number, number]; fixedBatch?: number } {
  const tensors = s.inputs;
  if (tensors.length !== 1) {
    throw inputError(`the model has ${tensors.length} inputs (${tensors.map((t) => t.name).join(', ')}); mlguard attacks models with one input tensor`, { file: o.file, hint: 'export the model with a single float input holding all features' });
  }
  const meta = tensors[0]!;
  if (!meta.isTensor || meta.type !== 'float32') {
    throw inputError(`input ${meta.name} is ${meta.type ?? 'not a tensor'}, not float32: integer or string inputs are categorical and cannot be perturbed by epsilon`, { file: o.file, hint: 'feed one-hot encoded float features (e.g. skl2onnx with a OneHotEncoder inside the pipeline, FloatTensorType input)' });
  }
  const shape = meta.shape;
  const rest = shape.slice(1);
  if (rest.some((d) => typeof d !== 'number')) throw inputError(`input ${meta.name} has symbolic feature dims ${JSON.stringify(shape)}`, { file: o.file, hint: 'export with fixed feature dimensions' });
  const d = (rest as number[]).reduce((a, b) => a * b, 1);
  if (shape.length && d !== o.features) {
    throw inputError(`model input ${meta.name} has shape ${JSON.stringify(shape)} (${d} features) but the data provides ${o.features} features`, { file: o.file, hint: 'list the model\'s input features, in order, in the feature spec (--features)' });
  }
  const fixedBatch = typeof shape[0] === 'number' ? shape[0] : undefined;
  const image = rest.length === 3 ? (rest as [number, number, number]) : undefined;
  return { meta, d: shape.length ? d : o.features, ...(image ? { image } : {}), ...(fixedBatch !== undefined ? { fixedBatch } : {}) };
}

function chooseOutput(s: OnnxSession, o: OnnxTargetOptions): ValueMeta {
  const zipmap = s.outputs.find((m) => !m.isTensor);
  if (o.output) {
    const m = s.outputs.find((x) => x.name === o.output);
    if (!m) throw inputError(`the model has no output named ${o.output}; outputs: ${s.outputs.map((x) => x.name).join(', ')}`, { file: o.file });
    if (!m.isTensor) throw inputError(`output ${m.name} is not a tensor (a scikit-learn ZipMap: a list of dicts)`, { file: o.file, hint: "convert with skl2onnx options={id(model): {'zipmap': False}} so probabilities are a float tensor" });
    if (m.type !== 'float32') throw inputError(`output ${m.name} is ${m.type}, not float32 scores (a predicted label cannot guide score-based attacks)`, { file: o.file, hint: 'choose the logits or probabilities output' });
    return m;
  }
  const candidates = s.outputs.filter((m) => m.isTensor && m.type === 'float32');
  if (!candidates.length) {
    if (zipmap) throw inputError(`the model's scores are in ${zipmap.name}, a non-tensor output (scikit-learn ZipMap), which onnxruntime cannot return`, { file: o.file, hint: "convert with skl2onnx options={id(model): {'zipmap': False}} so probabilities are a float tensor" });
    throw inputError('the model has no float tensor output to read scores from', { file: o.file });
  }
  return candidates.find((m) => /logit/i.test(m.name)) ?? candidates.find((m) => /prob/i.test(m.name)) ?? candidates[candidates.length - 1]!;
}

export function inferOutputKind(scores: Float32Array, n: number, k: number): OutputKind {
  if (!n) return 'logits';
  for (let r = 0; r < n; r++) {
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const v = scores[r * k + c]!;
      if (v < -1e-6 || v > 1 + 1e-6) return 'logits';
      sum += v;
    }
    if (k > 1 && Math.abs(sum - 1) > 1e-3) return 'logits';
  }
  return 'probabilities';
}

export async function onnxTarget(bytes: Uint8Array, o: OnnxTargetOptions): Promise<Target> {
  let decoded: ModelProto | undefined;
  try {
    decoded = decodeModel(bytes);
  } catch {
    decoded = undefined; // onnxruntime gives the user-facing error below
  }
  const session = await openOnnx(bytes, { backend: o.backend, log: o.log, file: o.file });
  const input = chooseInput(session, o);
  const output = chooseOutput(session, o);
  const maxBatch = input.fixedBatch ?? CHUNK;
  const inputDims = (n: number) => [n, ...(session.inputs[0]!.shape.slice(1) as number[])];

  const raw = async (x: Float32Array, n: number): Promise<{ data: Float32Array; k: number }> => {
    const parts: Float32Array[] = [];
    let k = 0;
    for (let at = 0; at < n; at += maxBatch) {
      const m = Math.min(maxBatch, n - at);
      let chunk = x.subarray(at * input.d, (at + m) * input.d);
      let rows = m;
      if (input.fixedBatch && m < input.fixedBatch) {
        // a fixed batch dimension: pad the last chunk
        const padded = new Float32Array(input.fixedBatch * input.d);
        padded.set(chunk);
        chunk = padded;
        rows = input.fixedBatch;
      }
      const res = (await session.run({ [input.meta.name]: { data: chunk, dims: inputDims(rows) } }, [output.name]))[output.name]!;
      k = res.dims.length > 1 ? res.dims.slice(1).reduce((a, b) => a * b, 1) : 1;
      parts.push(res.data.subarray(0, m * k));
    }
    const data = new Float32Array(n * k);
    let at = 0;
    for (const p of parts) {
      data.set(p, at);
      at += p.length;
    }
    return { data, k };
  };

  const probe = await raw(o.probe, o.probe.length / input.d);
  const rawK = probe.k;
  const kind: OutputKind = o.outputKind === 'auto' ? inferOutputKind(probe.data, o.probe.length / input.d, rawK) : o.outputKind;
  if (kind === 'label') throw inputError('output-kind label is only for endpoints; an ONNX model gives scores', { file: o.file });
  const classes = rawK === 1 ? 2 : rawK;
  // A single-column output is p(positive) or its logit: widen to two classes.
  const widen = (d: Float32Array, n: number): Float32Array => {
    if (rawK !== 1) return d;
    const out = new Float32Array(n * 2);
    for (let r = 0; r < n; r++) {
      out[2 * r] = kind === 'probabilities' ? 1 - d[r]! : 0;
      out[2 * r + 1] = d[r]!;
    }
    return out;
  };

  const info: Record<string, unknown> = {
    input: { name: input.meta.name, shape: session.inputs[0]!.shape, dtype: input.meta.type },
    output: { name: output.name, shape: output.shape, kind, columns: rawK },
    ...(input.fixedBatch ? { fixedBatch: input.fixedBatch } : {}),
    ...(input.image ? { imageShape: input.image } : {}),
  };

  let gradient: Target['gradient'];
  let gradSession: OnnxSession | undefined;
  if (o.gradients && decoded) {
    const bw = buildBackward(decoded, input.meta.name, output.name);
    if (!bw.ok) info.gradient = { method: 'spsa', reason: bw.reason };
    else {
      try {
        gradSession = await openOnnx(bw.bytes, { backend: session.backend === 'onnxruntime-node' ? 'node' : 'wasm', log: o.log, file: o.file });
        const gs = gradSession;
        gradient = async (x, n, upstream) => {
          const out = new Float32Array(n * input.d);
          for (let at = 0; at < n; at += maxBatch) {
            const m = Math.min(maxBatch, n - at);
            let up = upstream.subarray(at * classes, (at + m) * classes);
            if (rawK === 1) {
              // back through the widening: [1-p, p] or [0, z]
              const u1 = new Float32Array(m);
              for (let r = 0; r < m; r++) u1[r] = kind === 'probabilities' ? up[2 * r + 1]! - up[2 * r]! : up[2 * r + 1]!;
              up = u1;
            }
            let xs = x.subarray(at * input.d, (at + m) * input.d);
            let rows = m;
            if (input.fixedBatch && m < input.fixedBatch) {
              const px = new Float32Array(input.fixedBatch * input.d);
              px.set(xs);
              xs = px;
              const pu = new Float32Array(input.fixedBatch * rawK);
              pu.set(up);
              up = pu;
              rows = input.fixedBatch;
            }
            const res = await gs.run({ [input.meta.name]: { data: xs, dims: inputDims(rows) }, [UPSTREAM]: { data: up, dims: [rows, ...(rawK === 1 && output.shape.length === 1 ? [] : [rawK])] } }, [GRAD_OUTPUT]);
            out.set(res[GRAD_OUTPUT]!.data.subarray(0, m * input.d), at * input.d);
          }
          return out;
        };
        info.gradient = { method: 'graph', ops: bw.ops };
      } catch (e) {
        info.gradient = { method: 'spsa', reason: `backward graph rejected by onnxruntime: ${(e as Error).message.split('\n')[0]}` };
        gradient = undefined;
      }
    }
  } else if (o.gradients) info.gradient = { method: 'spsa', reason: 'the model could not be decoded for graph inspection' };

  return {
    description: o.file,
    backend: `${session.backend} ${session.version}`,
    d: input.d,
    classes,
    output: kind,
    info,
    async predict(x, n) {
      return widen((await raw(x, n)).data, n);
    },
    ...(gradient ? { gradient } : {}),
    async release() {
      await session.release();
      await gradSession?.release();
    },
  };
}

/**
 * Checks exact gradients against central finite differences of <upstream, scores>: the 90th
 * percentile of the relative error over (row, feature) pairs. A percentile, not the maximum,
 * because a ReLU kink inside the finite-difference step legitimately breaks a few pairs.
 */
export async function gradientCheck(target: Target, x: Float32Array, rows: number, coords: number, seedUpstream: Float32Array, steps?: ArrayLike<number>): Promise<number> {
  if (!target.gradient) return NaN;
  const d = target.d;
  const k = target.classes;
  const g = await target.gradient(x, rows, seedUpstream);
  const f = async (xs: Float32Array) => {
    const s = await target.predict(xs, rows);
    const out = new Float64Array(rows);
    for (let r = 0; r < rows; r++) for (let c = 0; c < k; c++) out[r]! += s[r * k + c]! * seedUpstream[r * k + c]!;
    return out;
  };
  const errs: number[] = [];
  for (let j = 0; j < Math.min(coords, d); j++) {
    // a step of 0.1% of the feature's range: small against ReLU kinks, large against float32 rounding
    const h = steps ? steps[j]! : 1e-2;
    const plus = x.slice();
    const minus = x.slice();
    for (let r = 0; r < rows; r++) {
      plus[r * d + j]! += h;
      minus[r * d + j]! -= h;
    }
    const [fp, fm] = [await f(plus), await f(minus)];
    for (let r = 0; r < rows; r++) {
      const fd = (fp[r]! - fm[r]!) / (2 * h);
      const an = g[r * d + j]!;
      errs.push(Math.abs(fd - an) / Math.max(1, Math.abs(fd), Math.abs(an)));
    }
  }
  errs.sort((a, b) => a - b);
  return errs.length ? errs[Math.min(errs.length - 1, Math.floor(0.9 * errs.length))]! : NaN;
}
