// model-sign hashing benchmark: our OMS manifest hashing (walk + streamed SHA-256 of every file)
// against `openssl dgst -sha256` and coreutils `sha256sum` on the same, page-cached files, in the
// same run. Prints throughput, the ratio to each baseline, and our peak RSS.
//
//   node bench/model-sign-hash.mjs [--gib 2] [--files 64] [--dir /tmp/mlguard-bench-model]
//
// Two models: "many files" (--gib spread over --files shards, like HF model-0000N-of-M files)
// and "one stream" (a single file of the same total size). Files are generated once and reused.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, statSync, writeSync, closeSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleOptions } from '../scripts/esbuild-config.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const GIB = Number(arg('gib', '2'));
const FILES = Number(arg('files', '64'));
const DIR = arg('dir', join(tmpdir(), 'mlguard-bench-model'));
const total = Math.round(GIB * 2 ** 30);

function makeFile(path, size) {
  if (existsSync(path) && statSync(path).size === size) return;
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(8 << 20);
  let seed = size ^ path.length;
  for (let i = 0; i < chunk.length; i += 4) chunk.writeUInt32LE((seed = (seed * 1103515245 + 12345) >>> 0), i);
  for (let left = size; left > 0; left -= chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, left));
  closeSync(fd);
}

const many = join(DIR, 'many');
const one = join(DIR, 'one');
mkdirSync(many, { recursive: true });
mkdirSync(one, { recursive: true });
for (const f of readdirSync(many)) if (!/^model-\d{5}-of-\d{5}\.safetensors$/.test(f) || Number(f.slice(-21, -16)) !== FILES) rmSync(join(many, f));
for (let i = 1; i <= FILES; i++) makeFile(join(many, `model-${String(i).padStart(5, '0')}-of-${String(FILES).padStart(5, '0')}.safetensors`), Math.floor(total / FILES));
makeFile(join(one, 'model.bin'), total);

// Bundle the engine's own hashing entry point (the same code `mlguard model-sign sign` runs).
const entry = join(DIR, 'entry.mjs');
const out = join(DIR, 'hasher.mjs');
const { writeFileSync } = await import('node:fs');
writeFileSync(
  entry,
  `import { nodeFileSystem } from ${JSON.stringify(join(root, 'packages/core/src/node-fs.ts'))};
import { buildManifest } from ${JSON.stringify(join(root, 'packages/model-sign/src/sign.ts'))};
const dir = process.argv[2];
const t0 = process.hrtime.bigint();
const m = await buildManifest({ fs: nodeFileSystem(dir), model: dir, ignorePaths: [], allowSymlinks: false, maxFiles: 1e6 });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({ seconds, bytes: m.bytes, files: m.manifest.resources.length, root: m.rootDigest, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
`,
);
await esbuild.build(bundleOptions({ entryPoints: [entry], outfile: out, logLevel: 'error' }));

const files = (dir) => readdirSync(dir).filter((f) => !f.endsWith('.mjs')).map((f) => join(dir, f));
const time = (fn) => {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
const warm = (dir) => execFileSync('cat', files(dir), { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 });
const best = (n, fn) => Math.min(...Array.from({ length: n }, fn));

function measure(label, dir) {
  warm(dir);
  const gib = total / 2 ** 30;
  const openssl = best(2, () => time(() => execFileSync('openssl', ['dgst', '-sha256', ...files(dir)], { stdio: ['ignore', 'ignore', 'inherit'] })));
  const openssl2 = best(2, () => time(() => execFileSync('sh', ['-c', `ls ${dir}/* | xargs -n 1 -P 2 openssl dgst -sha256 > /dev/null`], { stdio: 'inherit' })));
  const sha256sum = best(1, () => time(() => execFileSync('sha256sum', files(dir), { stdio: ['ignore', 'ignore', 'inherit'] })));
  const runs = Array.from({ length: 3 }, () => JSON.parse(spawnSync(process.execPath, [out, dir], { encoding: 'utf8' }).stdout));
  const ours = runs.reduce((a, b) => (a.seconds < b.seconds ? a : b));
  const maxRss = Math.max(...runs.map((r) => r.maxRssMiB));
  const tp = (s) => `${(gib / s).toFixed(2)} GiB/s`;
  console.log(`\n${label}: ${files(dir).length} file(s), ${gib.toFixed(2)} GiB (page-cached)`);
  console.log(`  openssl dgst -sha256, 1 process   ${openssl.toFixed(2)} s  ${tp(openssl)}`);
  console.log(`  openssl dgst -sha256, 2 processes ${openssl2.toFixed(2)} s  ${tp(openssl2)}`);
  console.log(`  sha256sum (coreutils)             ${sha256sum.toFixed(2)} s  ${tp(sha256sum)}`);
  console.log(`  mlguard model-sign (walk+hash)    ${ours.seconds.toFixed(2)} s  ${tp(ours.seconds)}   peak RSS ${maxRss.toFixed(0)} MiB`);
  console.log(`  ratio ours/openssl(1 proc) = ${(openssl / ours.seconds).toFixed(2)}x, ours/openssl(2 procs) = ${(openssl2 / ours.seconds).toFixed(2)}x, ours/sha256sum = ${(sha256sum / ours.seconds).toFixed(2)}x`);
  return { openssl, openssl2, sha256sum, ours: ours.seconds, maxRss };
}

console.log(`mlguard model-sign hashing benchmark, node ${process.version}, ${(await import('node:os')).availableParallelism()} cores`);
measure('many files', many);
measure('one stream', one);
