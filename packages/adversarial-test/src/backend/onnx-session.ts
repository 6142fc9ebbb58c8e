import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputError, toolError } from '@mlguard/core';
import type { Logger } from '@mlguard/core';

/** Which onnxruntime runs the model; `auto` prefers the native addon and falls back to WASM. */
export type BackendChoice = 'auto' | 'node' | 'wasm';

export interface ValueMeta {
  name: string;
  isTensor: boolean;
  /** onnxruntime's type name (`float32`, `int64`, ...); undefined for non-tensor values. */
  type?: string;
  /** Symbolic dims are strings; empty when the model does not declare a shape. */
  shape: (number | string)[];
}

export interface Tensor32 {
  data: Float32Array;
  dims: number[];
}

/** One loaded model, whichever runtime holds it. */
export interface OnnxSession {
  backend: 'onnxruntime-node' | 'onnxruntime-web';
  version: string;
  inputs: ValueMeta[];
  outputs: ValueMeta[];
  run(feeds: Record<string, Tensor32>, outputs: string[]): Promise<Record<string, Tensor32>>;
  release(): Promise<void>;
}

interface OrtLike {
  env: { versions?: Record<string, string | undefined>; wasm?: { numThreads?: number; wasmBinary?: Uint8Array | ArrayBufferLike; proxy?: boolean } };
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => unknown;
  InferenceSession: {
    create(model: Uint8Array, options: Record<string, unknown>): Promise<{
      inputMetadata: readonly { name: string; isTensor: boolean; type?: string; shape?: readonly (number | string)[] }[];
      outputMetadata: readonly { name: string; isTensor: boolean; type?: string; shape?: readonly (number | string)[] }[];
      run(feeds: Record<string, unknown>, fetches: string[]): Promise<Record<string, { data: unknown; dims: readonly number[] }>>;
      release(): Promise<void>;
    }>;
  };
}

let nativeModule: Promise<OrtLike | undefined> | undefined;
let wasmModule: Promise<OrtLike> | undefined;

/** The native addon is optional (an optionalDependency, never bundled): absent on runners that only have the action's dist. */
async function loadNative(log: Logger): Promise<OrtLike | undefined> {
  nativeModule ??= (async () => {
    try {
      const name = 'onnxruntime-node';
      return (await import(name)) as OrtLike;
    } catch (e) {
      log.debug(`onnxruntime-node unavailable: ${(e as Error).message.split('\n')[0]}`);
      return undefined;
    }
  })();
  return nativeModule;
}

/**
 * Where the WASM runtime binary is. The action ships it in actions/adversarial-test/ (outside
 * dist/, which the bundler recreates), two levels above dist/<entry>/index.js (three above the
 * CLI's chunks); in a development checkout it is also in node_modules. This is the
 * tool's own runtime asset, not scanned input, hence the direct file read.
 */
export function findWasmBinary(): string | undefined {
  const file = 'ort-wasm-simd-threaded.wasm';
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/<entry>/index.js for the action, dist/cli/chunks/<chunk>.js for the CLI (split per tool).
  const candidates = [join(here, file), join(here, '..', '..', 'actions', 'adversarial-test', file), join(here, '..', '..', '..', 'actions', 'adversarial-test', file)];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(require.resolve(`onnxruntime-web/${file}`));
  } catch {
    // not resolvable from a bundle outside the repository: the copies above are used
  }
  return candidates.find((c) => existsSync(c));
}

async function loadWasm(): Promise<OrtLike> {
  wasmModule ??= (async () => {
    const wasmFile = findWasmBinary();
    if (!wasmFile) throw toolError('the onnxruntime-web WASM binary (ort-wasm-simd-threaded.wasm) was not found in actions/adversarial-test/ or node_modules', { hint: 'check out the whole action (dist/ and actions/adversarial-test/), or run node packages/adversarial-test/scripts/copy-wasm.mjs' });
    // The `wasm` entry embeds the Emscripten glue, so only the binary has to be supplied.
    const ort = (await import('onnxruntime-web/wasm')) as unknown as OrtLike;
    ort.env.wasm!.numThreads = 1;
    ort.env.wasm!.proxy = false;
    ort.env.wasm!.wasmBinary = readFileSync(wasmFile);
    return ort;
  })();
  return wasmModule;
}

function meta(m: { name: string; isTensor: boolean; type?: string; shape?: readonly (number | string)[] }): ValueMeta {
  return { name: m.name, isTensor: m.isTensor, ...(m.type ? { type: m.type } : {}), shape: [...(m.shape ?? [])] };
}

/** Loads a model; garbage or truncated bytes become an inputError naming the file. */
export async function openOnnx(bytes: Uint8Array, opts: { backend: BackendChoice; log: Logger; file: string }): Promise<OnnxSession> {
  let ort: OrtLike | undefined;
  let backend: OnnxSession['backend'] = 'onnxruntime-web';
  if (opts.backend !== 'wasm') {
    ort = await loadNative(opts.log);
    if (ort) backend = 'onnxruntime-node';
    else if (opts.backend === 'node') throw toolError('backend: node was requested but onnxruntime-node is not installed', { hint: 'install it (npm install onnxruntime-node) or use backend: wasm' });
  }
  ort ??= await loadWasm();
  let session;
  try {
    session = await ort.InferenceSession.create(bytes, {
      executionProviders: [backend === 'onnxruntime-node' ? 'cpu' : 'wasm'],
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      // warnings (e.g. unused initializers) would interleave with the tool's own output
      logSeverityLevel: 3,
    });
  } catch (e) {
    const msg = String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 300);
    throw inputError(`cannot load the ONNX model: ${msg}`, { file: opts.file, hint: 'the file is not a valid ONNX model (truncated, garbage, or an unsupported opset)' });
  }
  const version = (backend === 'onnxruntime-node' ? ort.env.versions?.node : ort.env.versions?.web) ?? ort.env.versions?.common ?? 'unknown';
  const s = session;
  return {
    backend,
    version,
    inputs: s.inputMetadata.map(meta),
    outputs: s.outputMetadata.map(meta),
    async run(feeds, outputs) {
      const ortFeeds: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(feeds)) ortFeeds[k] = new ort.Tensor('float32', v.data, v.dims);
      let res;
      try {
        res = await s.run(ortFeeds, outputs);
      } catch (e) {
        // a model that loads but cannot run (bad shapes inside the graph, unsupported op type)
        throw inputError(`onnxruntime could not run the model: ${String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 300)}`, { file: opts.file });
      }
      const out: Record<string, Tensor32> = {};
      for (const name of outputs) {
        const t = res[name]!;
        const data = t.data instanceof Float32Array ? t.data : Float32Array.from(t.data as ArrayLike<number>);
        out[name] = { data, dims: [...t.dims] };
      }
      return out;
    },
    release: () => s.release(),
  };
}
