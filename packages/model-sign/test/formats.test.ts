import { describe, expect, test } from '@jest/globals';
import { zipSync } from 'fflate';
import { BinaryWriter } from '@bufbuild/protobuf/wire';
import { kerasConfigIssues, onnxIssues, safetensorsIssues, scanBytes, sniff } from '../src/formats.js';

const limits = { policy: { allow: new Map<string, string>() }, maxInflate: 1 << 20 };

function safetensors(header: object, dataLen: number): Buffer {
  const h = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(h.length));
  return Buffer.concat([len, h, Buffer.alloc(dataLen)]);
}

/** ModelProto { graph { initializer { name, external_data {location}, data_location=EXTERNAL }, node { op_type, domain } } } */
function onnx(location: string, domain = ''): Uint8Array {
  const entry = new BinaryWriter().tag(1, 2).string('location').tag(2, 2).string(location).finish();
  const tensor = new BinaryWriter().tag(8, 2).string('w').tag(13, 2).bytes(entry).tag(14, 0).int32(1).finish();
  const node = new BinaryWriter().tag(4, 2).string('MatMul').tag(7, 2).string(domain).finish();
  const graph = new BinaryWriter().tag(1, 2).bytes(node).tag(5, 2).bytes(tensor).finish();
  return new BinaryWriter().tag(1, 0).int64(8).tag(7, 2).bytes(graph).finish();
}

describe('safetensors header validation', () => {
  const good = { __metadata__: { format: 'pt' }, a: { dtype: 'F32', shape: [2, 2], data_offsets: [0, 16] }, b: { dtype: 'I8', shape: [4], data_offsets: [16, 20] } };
  test('a consistent header passes', () => {
    const f = safetensors(good, 20);
    expect(sniff('m.safetensors', f)).toBe('safetensors');
    expect(safetensorsIssues(f, f.length)).toEqual([]);
  });
  const bad: [string, object, number, RegExp][] = [
    ['size mismatch', { a: { dtype: 'F32', shape: [3], data_offsets: [0, 16] } }, 16, /shape \[3\]/],
    ['unknown dtype', { a: { dtype: 'X9', shape: [1], data_offsets: [0, 1] } }, 1, /unknown dtype/],
    ['out of bounds', { a: { dtype: 'U8', shape: [32], data_offsets: [0, 32] } }, 16, /past the/],
    ['overlap', { a: { dtype: 'U8', shape: [8], data_offsets: [0, 8] }, b: { dtype: 'U8', shape: [8], data_offsets: [4, 12] } }, 12, /overlaps/],
    ['trailing bytes', { a: { dtype: 'U8', shape: [8], data_offsets: [0, 8] } }, 64, /trailing bytes/],
  ];
  for (const [name, header, len, msg] of bad) {
    test(name, () => {
      const f = safetensors(header, len);
      expect(safetensorsIssues(f, f.length)).toEqual([expect.objectContaining({ kind: 'safetensors', message: expect.stringMatching(msg) })]);
    });
  }
  test('a header length beyond the file', () => {
    const f = Buffer.alloc(16);
    f.writeBigUInt64LE(1000n);
    expect(safetensorsIssues(f, f.length)[0]!.message).toMatch(/runs past the end/);
  });
});

describe('ONNX', () => {
  test('external data that escapes the model directory, and custom op domains', () => {
    const m = onnx('../../../etc/passwd', 'com.evil.ops');
    expect(sniff('model.onnx', m)).toBe('onnx');
    const issues = onnxIssues(m);
    expect(issues.map((i) => i.kind)).toEqual(['onnx-external', 'onnx-custom-domain']);
    expect(issues[0]!.message).toContain('../../../etc/passwd');
    expect(onnxIssues(onnx('/etc/shadow'))[0]!.kind).toBe('onnx-external');
  });
  test('relative external data inside the directory is fine', () => {
    expect(onnxIssues(onnx('weights/w.bin'))).toEqual([]);
  });
  test('garbage is reported as corrupt, not crashed on', () => {
    expect(onnxIssues(Buffer.from([0x3a, 0xff, 0xff, 0xff, 0xff, 0x0f]))[0]!.kind).toBe('corrupt');
  });
});

describe('Keras', () => {
  const config = JSON.stringify({ class_name: 'Functional', config: { layers: [{ class_name: 'InputLayer', config: { name: 'in' } }, { class_name: 'Lambda', config: { name: 'exfiltrate', function: { class_name: '__lambda__', config: { code: '4wEAAAAAAAAA' } } } }] } });
  test('.keras zip with a Lambda layer', () => {
    const k = zipSync({ 'config.json': Buffer.from(config), 'metadata.json': Buffer.from('{}'), 'model.weights.h5': new Uint8Array(8) });
    expect(scanBytes('model.keras', k, 'zip', limits)).toEqual([expect.objectContaining({ kind: 'keras-lambda', member: 'config.json' })]);
  });
  test('.h5 model_config attribute with a Lambda layer', () => {
    const h5 = Buffer.concat([Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64), Buffer.from(config)]);
    expect(sniff('model.h5', h5)).toBe('keras-h5');
    expect(scanBytes('model.h5', h5, 'keras-h5', limits)[0]!.kind).toBe('keras-lambda');
  });
  test('a config without Lambda is clean', () => {
    expect(kerasConfigIssues(JSON.stringify({ class_name: 'Sequential', config: { layers: [{ class_name: 'Dense', config: { name: 'd' } }] } }))).toEqual([]);
  });
});
