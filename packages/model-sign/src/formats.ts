/**
 * Per-format checks of model files: pickle containers (raw, joblib, PyTorch zip and legacy,
 * numpy .npy/.npz), Keras Lambda layers, ONNX external data, safetensors headers. Each takes
 * bytes the caller read through ports.fs and returns issues; nothing is ever loaded or executed.
 */
import { gunzipSync, inflateSync } from 'node:zlib';
import { posix } from 'node:path';
import { unzipSync } from 'fflate';
import { BinaryReader, WireType } from '@bufbuild/protobuf/wire';
import type { GlobalPolicy } from './pickle/policy.js';
import { type PickleIssue, scanPickle } from './pickle/vm.js';

export type FormatIssueKind = PickleIssue['kind'] | 'corrupt' | 'too-large' | 'keras-lambda' | 'onnx-external' | 'onnx-custom-domain' | 'safetensors';

export interface FormatIssue {
  kind: FormatIssueKind;
  message: string;
  /** Archive member (`archive/data.pkl`) when the issue is inside a container. */
  member?: string;
  offset?: number;
  global?: string;
  call?: { via: string; offset: number };
}

export interface FormatLimits {
  policy: GlobalPolicy;
  /** Largest decompressed member or stream the scanner will inflate (zip bombs). */
  maxInflate: number;
}

export type FileKind = 'pickle' | 'zip' | 'npy' | 'keras-h5' | 'onnx' | 'safetensors' | 'gzip' | 'zlib' | 'unscannable-compression' | '7z' | 'other';

const PICKLE_EXT = /\.(pkl|pickle|joblib|dat|data|p|pt|pth|bin|ckpt|sav|model)$/i;

/** Decides how to read a file from its name and first bytes (magic numbers win over extensions). */
export function sniff(name: string, head: Uint8Array): FileKind {
  const b = (i: number) => head[i] ?? -1;
  const ext = posix.extname(name).toLowerCase();
  if (b(0) === 0x50 && b(1) === 0x4b && (b(2) === 3 || b(2) === 5)) return 'zip';
  if (b(0) === 0x37 && b(1) === 0x7a && b(2) === 0xbc && b(3) === 0xaf) return '7z';
  if (b(0) === 0x52 && b(1) === 0x61 && b(2) === 0x72 && b(3) === 0x21) return '7z';
  if (b(0) === 0x93 && Buffer.from(head.subarray(1, 6)).toString('latin1') === 'NUMPY') return 'npy';
  if (b(0) === 0x89 && Buffer.from(head.subarray(1, 4)).toString('latin1') === 'HDF') return ext === '.h5' || ext === '.hdf5' || ext === '.keras' ? 'keras-h5' : 'other';
  if (ext === '.safetensors') return 'safetensors';
  if (ext === '.onnx') return 'onnx';
  if (b(0) === 0x80 && b(1) >= 2 && b(1) <= 5) return 'pickle';
  if (PICKLE_EXT.test(name)) {
    if (b(0) === 0x1f && b(1) === 0x8b) return 'gzip';
    if (b(0) === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(b(1))) return 'zlib';
    if (b(0) === 0x5a && b(1) === 0x46) return 'zlib';
    if ((b(0) === 0xfd && b(1) === 0x37 && b(2) === 0x7a) || (b(0) === 0x42 && b(1) === 0x5a && b(2) === 0x68) || (b(0) === 0x04 && b(1) === 0x22 && b(2) === 0x4d)) return 'unscannable-compression';
    // Protocol 0/1 pickles have no header: they start with an opcode.
    if (/^\.(pkl|pickle|joblib|p|sav)$/i.test(ext) && [0x28, 0x63, 0x69, 0x7d, 0x5d, 0x29, 0x4e, 0x49, 0x53, 0x56, 0x58, 0x4b, 0x4a, 0x55, 0x88, 0x89].includes(b(0))) return 'pickle';
  }
  return 'other';
}

/**
 * A joblib file is read two ways: by joblib (inline array bytes skipped) and by plain
 * `pickle.load` (the same bytes run as opcodes). A payload hidden in "array data" for the second
 * reader is caught by scanning both ways and keeping every code-execution finding.
 */
function pickleIssues(data: Uint8Array, start: number, limits: FormatLimits, member?: string): FormatIssue[] {
  const r = scanPickle(data, start, { policy: limits.policy, continueAfterStop: true });
  const issues: FormatIssue[] = [...r.issues];
  if (r.arraysSkipped > 0) {
    const plain = scanPickle(data, start, { policy: limits.policy, continueAfterStop: true, joblibArrays: false });
    const seen = new Set(r.issues.map((i) => `${i.global}@${i.offset}`));
    for (const i of plain.issues) {
      if ((i.kind === 'dangerous' || i.kind === 'dynamic' || i.kind === 'build-global') && !seen.has(`${i.global}@${i.offset}`)) {
        issues.push({ ...i, message: `${i.message} (reached when the file is read with plain pickle.load instead of joblib)` });
      }
    }
  }
  return issues.map((i) => ({ ...i, ...(member ? { member } : {}) }));
}

/** `.npy`: an object array is a pickle after the header. */
function npyIssues(data: Uint8Array, limits: FormatLimits, member?: string): FormatIssue[] {
  if (data.length < 10) return [{ kind: 'corrupt', message: 'numpy file shorter than its header', ...(member ? { member } : {}) }];
  const major = data[6]!;
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const hlen = major === 1 ? dv.getUint16(8, true) : data.length >= 12 ? dv.getUint32(8, true) : -1;
  const hstart = major === 1 ? 10 : 12;
  if (hlen < 0 || hstart + hlen > data.length) return [{ kind: 'corrupt', message: 'numpy header length runs past the end of the file', ...(member ? { member } : {}) }];
  const header = Buffer.from(data.subarray(hstart, hstart + hlen)).toString('latin1');
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  if (descr === undefined || !/O/.test(descr)) return [];
  return pickleIssues(data, hstart + hlen, limits, member);
}

/** Central-directory flags fflate does not expose: encrypted entries and their names. */
function encryptedMembers(data: Uint8Array): string[] {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: string[] = [];
  for (let e = data.length - 22; e >= Math.max(0, data.length - 65557); e--) {
    if (dv.getUint32(e, true) !== 0x06054b50) continue;
    const count = dv.getUint16(e + 10, true);
    let p = dv.getUint32(e + 16, true);
    for (let i = 0; i < count && p + 46 <= data.length && dv.getUint32(p, true) === 0x02014b50; i++) {
      const flags = dv.getUint16(p + 8, true);
      const nameLen = dv.getUint16(p + 28, true);
      const name = Buffer.from(data.subarray(p + 46, p + 46 + nameLen)).toString('utf8');
      if (flags & 1) out.push(name);
      p += 46 + nameLen + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
    }
    break;
  }
  return out;
}

const MEMBER_WANTED = /(\.pkl|\.pickle|\.joblib|\.npy|(^|\/)config\.json)$/i;

function zipIssues(name: string, data: Uint8Array, limits: FormatLimits): FormatIssue[] {
  const issues: FormatIssue[] = [];
  const encrypted = encryptedMembers(data);
  if (encrypted.length) {
    return [{ kind: 'unscannable', member: encrypted[0], message: `archive member ${encrypted[0]} is encrypted (${encrypted.length} encrypted member(s)): it cannot be scanned, so the archive is not known to be safe` }];
  }
  let members: Record<string, Uint8Array>;
  try {
    members = unzipSync(data, {
      filter: (f) => {
        if (!MEMBER_WANTED.test(f.name)) return false;
        if (f.originalSize > limits.maxInflate) {
          issues.push({ kind: 'too-large', member: f.name, message: `archive member ${f.name} inflates to ${f.originalSize} bytes, above the ${limits.maxInflate}-byte scan limit (a zip bomb?): not scanned` });
          return false;
        }
        return true;
      },
    });
  } catch (e) {
    return [{ kind: 'unscannable', message: `archive cannot be read (${(e as Error).message}): it is not known to be safe` }];
  }
  for (const [m, bytes] of Object.entries(members)) issues.push(...memberIssues(name, m, bytes, limits));
  return issues;
}

/** Which archive members are read: pickles, numpy arrays, Keras configs. */
export const wantedMember = (name: string) => MEMBER_WANTED.test(name);

/** One extracted archive member. */
export function memberIssues(archive: string, member: string, bytes: Uint8Array, limits: FormatLimits): FormatIssue[] {
  if (/config\.json$/i.test(member)) return /\.keras$/i.test(archive) ? kerasConfigIssues(Buffer.from(bytes).toString('utf8'), member) : [];
  if (/\.npy$/i.test(member)) return npyIssues(bytes, limits, member);
  return pickleIssues(bytes, 0, limits, member);
}

/** Keras 3 `.keras` config.json / Keras 2 `.h5` model_config: Lambda layers carry marshalled Python bytecode. */
export function kerasConfigIssues(text: string, member?: string): FormatIssue[] {
  const issues: FormatIssue[] = [];
  const re = /"class_name"\s*:\s*"(Lambda|TFOpLambda)"[^{}]*?"name"\s*:\s*"([^"]*)"|"class_name"\s*:\s*"(Lambda)"/g;
  for (const m of text.matchAll(re)) {
    const layer = m[2] ?? '?';
    issues.push({ kind: 'keras-lambda', ...(member ? { member } : {}), message: `Keras ${m[1] ?? m[3]} layer ${layer === '?' ? '' : `"${layer}" `}stores Python bytecode that runs when the model is loaded without safe_mode` });
    if (issues.length >= 20) break;
  }
  return issues;
}

/** ONNX: initializers stored outside the file must stay inside the model directory. */
export function onnxIssues(data: Uint8Array): FormatIssue[] {
  const issues: FormatIssue[] = [];
  const locations = new Set<string>();
  const domains = new Set<string>();
  const tensor = (b: Uint8Array) => {
    const r = new BinaryReader(b);
    while (r.pos < r.len) {
      const [no, wt] = r.tag();
      if (no === 13 && wt === WireType.LengthDelimited) {
        const e = new BinaryReader(r.bytes());
        let key = '';
        let value = '';
        while (e.pos < e.len) {
          const [k, w] = e.tag();
          if (k === 1 && w === WireType.LengthDelimited) key = e.string();
          else if (k === 2 && w === WireType.LengthDelimited) value = e.string();
          else e.skip(w, k);
        }
        if (key === 'location') locations.add(value);
      } else r.skip(wt, no);
    }
  };
  const graph = (b: Uint8Array, depth: number) => {
    if (depth > 16) return;
    const r = new BinaryReader(b);
    while (r.pos < r.len) {
      const [no, wt] = r.tag();
      if (no === 5 && wt === WireType.LengthDelimited) tensor(r.bytes());
      else if (no === 1 && wt === WireType.LengthDelimited) node(r.bytes(), depth);
      else r.skip(wt, no);
    }
  };
  const node = (b: Uint8Array, depth: number) => {
    const r = new BinaryReader(b);
    while (r.pos < r.len) {
      const [no, wt] = r.tag();
      if (no === 7 && wt === WireType.LengthDelimited) domains.add(r.string());
      else if (no === 5 && wt === WireType.LengthDelimited) {
        // AttributeProto: t (5) tensor, g (6) graph, tensors (10), graphs (11).
        const a = new BinaryReader(r.bytes());
        while (a.pos < a.len) {
          const [k, w] = a.tag();
          if ((k === 5 || k === 10) && w === WireType.LengthDelimited) tensor(a.bytes());
          else if ((k === 6 || k === 11) && w === WireType.LengthDelimited) graph(a.bytes(), depth + 1);
          else a.skip(w, k);
        }
      } else r.skip(wt, no);
    }
  };
  try {
    const r = new BinaryReader(data);
    while (r.pos < r.len) {
      const [no, wt] = r.tag();
      if (no === 7 && wt === WireType.LengthDelimited) graph(r.bytes(), 0);
      else r.skip(wt, no);
    }
  } catch (e) {
    return [{ kind: 'corrupt', message: `not a valid ONNX protobuf (${(e as Error).message})` }];
  }
  for (const loc of locations) {
    const norm = posix.normalize(loc.replace(/\\/g, '/'));
    if (posix.isAbsolute(norm) || /^[a-zA-Z]:/.test(loc) || norm === '..' || norm.startsWith('../')) {
      issues.push({ kind: 'onnx-external', message: `external tensor data location "${loc}" points outside the model directory (path traversal: loading reads an arbitrary file)` });
    }
  }
  const standard = new Set(['', 'ai.onnx', 'ai.onnx.ml', 'ai.onnx.training', 'ai.onnx.preview.training', 'com.microsoft']);
  for (const d of domains) if (!standard.has(d)) issues.push({ kind: 'onnx-custom-domain', message: `operator domain "${d}" is not a standard ONNX domain: it needs a native custom-op library at load time` });
  return issues;
}

const ST_SIZES: Record<string, number> = { F64: 8, F32: 4, F16: 2, BF16: 2, I64: 8, I32: 4, I16: 2, I8: 1, U64: 8, U32: 4, U16: 2, U8: 1, BOOL: 1, F8_E4M3: 1, F8_E5M2: 1, C64: 8 };

/**
 * safetensors: `u64 N`, N bytes of JSON, then the data. The header must describe the data
 * exactly: known dtypes, sizes that match shapes, offsets in bounds, contiguous, no overlap.
 * `head` holds at least the first 8 + N bytes (or the whole file when shorter).
 */
export function safetensorsIssues(head: Uint8Array, fileSize: number): FormatIssue[] {
  const bad = (message: string): FormatIssue[] => [{ kind: 'safetensors', message }];
  if (fileSize < 8 || head.length < 8) return bad('file shorter than the 8-byte header length');
  const n = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
  if (n > 100_000_000n) return bad(`header length ${n} exceeds 100 MB`);
  if (8n + n > BigInt(fileSize)) return bad(`header length ${n} runs past the end of the file`);
  if (head.length < 8 + Number(n)) return bad('header truncated');
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(head.subarray(8, 8 + Number(n))).toString('utf8'));
  } catch {
    return bad('header is not valid JSON');
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return bad('header is not a JSON object');
  const dataLen = fileSize - 8 - Number(n);
  const ranges: [number, number, string][] = [];
  for (const [name, t] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') continue;
    const { dtype, shape, data_offsets: off } = (t ?? {}) as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const size = typeof dtype === 'string' ? ST_SIZES[dtype] : undefined;
    if (!size) return bad(`tensor ${name} has unknown dtype ${String(dtype)}`);
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) return bad(`tensor ${name} has an invalid shape`);
    if (!Array.isArray(off) || off.length !== 2 || !off.every((d) => Number.isSafeInteger(d) && d >= 0) || off[0] > off[1]) return bad(`tensor ${name} has invalid data_offsets`);
    const count = (shape as number[]).reduce((a, d) => a * d, 1);
    if (count * size !== off[1] - off[0]) return bad(`tensor ${name}: shape ${JSON.stringify(shape)} × ${size} bytes ≠ ${off[1] - off[0]} bytes of data`);
    if (off[1] > dataLen) return bad(`tensor ${name} data ends at ${off[1]}, past the ${dataLen}-byte data section`);
    ranges.push([off[0], off[1], name]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let cursor = 0;
  for (const [b, e, name] of ranges) {
    if (b !== cursor) return bad(b < cursor ? `tensor ${name} overlaps the previous tensor` : `gap of ${b - cursor} unexplained bytes before tensor ${name}`);
    cursor = e;
  }
  if (cursor !== dataLen) return bad(`${dataLen - cursor} trailing bytes after the last tensor are not described by the header`);
  return [];
}

/** Dispatch for a whole file already in memory. */
export function scanBytes(name: string, data: Uint8Array, kind: FileKind, limits: FormatLimits): FormatIssue[] {
  switch (kind) {
    case 'pickle':
      return pickleIssues(data, 0, limits);
    case 'zip':
      return zipIssues(name, data, limits);
    case 'npy':
      return npyIssues(data, limits);
    case 'gzip':
    case 'zlib': {
      let inflated: Buffer;
      try {
        const src = kind === 'zlib' && data[0] === 0x5a ? data.subarray(data.indexOf(0x78)) : data;
        inflated = (kind === 'gzip' ? gunzipSync : inflateSync)(src, { maxOutputLength: limits.maxInflate });
      } catch (e) {
        const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || /larger than|too large/i.test((e as Error).message);
        return [{ kind: tooBig ? 'too-large' : 'unscannable', message: tooBig ? `compressed stream inflates beyond the ${limits.maxInflate}-byte scan limit (a decompression bomb?): not scanned` : `compressed stream cannot be inflated (${(e as Error).message})` }];
      }
      return pickleIssues(inflated, 0, limits);
    }
    case 'keras-h5':
      return kerasConfigIssues(Buffer.from(data).toString('latin1'));
    case 'onnx':
      return onnxIssues(data);
    case 'safetensors':
      return safetensorsIssues(data, data.length);
    case 'unscannable-compression':
      return [{ kind: 'unscannable', message: 'compressed with xz, bz2 or lz4, which the scanner cannot inflate: not known to be safe' }];
    case '7z':
      return [{ kind: 'unscannable', message: '7z/RAR archive: the scanner cannot open it, so it is not known to be safe' }];
    default:
      return [];
  }
}
