// dep-scan benchmark: a 5,000-package lockfile against a ~300 MB synthetic OSV export (NDJSON).
// Prints cold and warm scan times and peak memory next to the time (and memory) it takes merely
// to read and JSON.parse the same inputs; the ratio is the figure. Run: node bench/dep-scan.mjs
// Options: --mb=300 (export size), --packages=5000, --keep (leave the generated files).
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { bundleOptions } from '../scripts/esbuild-config.mjs';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (n, d) => Number(process.argv.find((a) => a.startsWith(`--${n}=`))?.split('=')[1] ?? d);
const targetMb = arg('mb', 300);
const nPackages = arg('packages', 5000);
const work = mkdtempSync(join(tmpdir(), 'dep-scan-bench-'));

// Seeded generator (mulberry32) so every run scans the same data.
let seed = 42;
const rand = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n) => Math.floor(rand() * n);

// 1. The export: npm-shaped records, most of them MAL- (as in the real npm export), ~1.7 KB each.
const names = Array.from({ length: 60_000 }, (_, i) => `pkg-${i.toString(36)}`);
const dbPath = join(work, 'npm-all.ndjson');
const out = createWriteStream(dbPath);
let bytes = 0;
let records = 0;
const filler = 'x'.repeat(900);
while (bytes < targetMb * 1024 * 1024) {
  const name = names[int(names.length)];
  const mal = rand() < 0.7;
  const major = 1 + int(5);
  const rec = {
    id: mal ? `MAL-2025-${records}` : `GHSA-${records.toString(36)}-bench`,
    modified: '2026-11-01T00:00:00Z',
    aliases: mal ? [] : [`CVE-2025-${records}`],
    summary: `Synthetic advisory ${records} for ${name}`,
    details: filler,
    severity: mal ? [] : [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [{ package: { ecosystem: 'npm', name }, ranges: [{ type: 'SEMVER', events: mal ? [{ introduced: '0' }] : [{ introduced: `${major}.0.0` }, { fixed: `${major}.${1 + int(9)}.${int(5)}` }] }], versions: mal ? [] : [`${major}.0.0`, `${major}.0.1`] }],
    references: [{ type: 'ADVISORY', url: `https://example.invalid/${records}` }],
    database_specific: { source: 'bench' },
  };
  const line = `${JSON.stringify(rec)}\n`;
  if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  bytes += line.length;
  records++;
}
await new Promise((r) => out.end(r));

// 1b. The same records as an OSV all.zip (ZIP64 end records, as the real npm export needs past 65,535 entries).
const zipPath = join(work, 'npm-all.zip');
{
  const { readFileSync } = await import('node:fs');
  const { deflateRawSync, crc32 } = await import('node:zlib');
  const lines = readFileSync(dbPath, 'utf8').split('\n').filter(Boolean);
  const zout = createWriteStream(zipPath);
  const central = [];
  let offset = 0;
  for (const line of lines) {
    const raw = Buffer.from(line);
    const body = deflateRawSync(raw);
    const name = Buffer.from(`${JSON.parse(line).id}.json`);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(8, 8); h.writeUInt32LE(crc32(raw), 14);
    h.writeUInt32LE(body.length, 18); h.writeUInt32LE(raw.length, 22); h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(8, 10); c.writeUInt32LE(crc32(raw), 16);
    c.writeUInt32LE(body.length, 20); c.writeUInt32LE(raw.length, 24); c.writeUInt16LE(name.length, 28); c.writeUInt32LE(offset, 42);
    central.push(c, name);
    for (const b of [h, name, body]) if (!zout.write(b)) await new Promise((r) => zout.once('drain', r));
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const z64 = Buffer.alloc(56);
  z64.writeUInt32LE(0x06064b50, 0); z64.writeBigUInt64LE(44n, 4); z64.writeUInt16LE(45, 12); z64.writeUInt16LE(45, 14);
  z64.writeBigUInt64LE(BigInt(lines.length), 24); z64.writeBigUInt64LE(BigInt(lines.length), 32); z64.writeBigUInt64LE(BigInt(cd.length), 40); z64.writeBigUInt64LE(BigInt(offset), 48);
  const loc = Buffer.alloc(20);
  loc.writeUInt32LE(0x07064b50, 0); loc.writeBigUInt64LE(BigInt(offset + cd.length), 8); loc.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(0xffff, 8); end.writeUInt16LE(0xffff, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  zout.write(cd);
  zout.write(z64);
  zout.write(loc);
  await new Promise((r) => zout.end(end, r));
}

// 2. The lockfile: 5,000 packages, about a third of them named in the export.
const pkgs = { '': { name: 'bench', version: '1.0.0', dependencies: {} } };
for (let i = 0; i < nPackages; i++) {
  const name = i % 3 === 0 ? names[int(names.length)] : `clean-${i}`;
  const version = `${1 + int(5)}.${int(10)}.${int(10)}`;
  const key = pkgs[`node_modules/${name}`] ? `node_modules/clean-${i}/node_modules/${name}` : `node_modules/${name}`;
  pkgs[key] = { version, resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`, integrity: 'sha512-bench' };
  if (i < 200) pkgs[''].dependencies[name] = version;
}
const project = join(work, 'project');
mkdirSync(project);
writeFileSync(join(project, 'package-lock.json'), JSON.stringify({ name: 'bench', lockfileVersion: 3, requires: true, packages: pkgs }, null, 2));

// 3. The engine, bundled once with esbuild (the same code the action and the CLI bundle).
const engine = join(work, 'engine.mjs');
await esbuild.build(bundleOptions({ entryPoints: [join(root, 'packages/dep-scan/src/index.ts')], outfile: engine, logLevel: 'error' }));

// Each measurement runs in a fresh process so peak RSS belongs to it alone.
const phase = (code) => {
  const file = join(work, `phase-${Math.random().toString(36).slice(2)}.mjs`);
  // Peak RSS is the child's VmHWM (/proc/self/status): ru_maxrss survives exec on Linux and would
  // report the parent's peak (this script held the 300 MB export while building the zip).
  const peak = "const __hwm = () => { try { return Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024; } catch { return process.resourceUsage().maxRSS * 1024; } };";
  writeFileSync(file, `import { readFileSync as __rf } from 'node:fs';\n${code}\n${peak.replace('readFileSync(', '__rf(')}\nconsole.log(JSON.stringify({ ms, rssMb: Math.round(__hwm() / 1048576) }));`);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  const info = r.stderr.trim() ? JSON.parse(r.stderr.trim().split('\n').pop()) : undefined;
  return { ...JSON.parse(r.stdout.trim().split('\n').pop()), info };
};

const baseline = phase(`
import { readFileSync } from 'node:fs';
const t = performance.now();
const lock = JSON.parse(readFileSync(${JSON.stringify(join(project, 'package-lock.json'))}, 'utf8'));
let n = 0;
const text = readFileSync(${JSON.stringify(dbPath)}, 'utf8');
for (const line of text.split('\\n')) if (line) { JSON.parse(line); n++; }
const ms = performance.now() - t;`);

// The same baseline for the zip: unzip everything in memory (fflate) and JSON.parse every record.
const zipBaseline = () =>
  phase(`
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from ${JSON.stringify(join(root, 'node_modules/fflate/esm/index.mjs'))};
const t = performance.now();
JSON.parse(readFileSync(${JSON.stringify(join(project, 'package-lock.json'))}, 'utf8'));
const files = unzipSync(readFileSync(${JSON.stringify(zipPath)}));
let n = 0;
for (const k in files) { JSON.parse(strFromU8(files[k])); n++; }
const ms = performance.now() - t;`);

const scan = (cacheDir, db = dbPath) =>
  phase(`
import { depScanTool } from ${JSON.stringify(engine)};
import { createReadStream } from 'node:fs';
import { readFile, readdir, lstat, writeFile, mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
const root = ${JSON.stringify(project)};
const abs = (p) => (isAbsolute(p) ? p : resolve(root, p));
const fs = { readFile: (p) => readFile(abs(p)), readText: (p) => readFile(abs(p), 'utf8'), readdir: async (p) => (await readdir(abs(p))).sort(),
  stat: async (p) => { try { const s = await lstat(abs(p)); return { isFile: s.isFile(), isDirectory: s.isDirectory(), isSymbolicLink: s.isSymbolicLink(), size: s.size }; } catch { return undefined; } },
  createReadStream: (p, o) => createReadStream(abs(p), o), writeFile: async (p, d) => { await mkdir(dirname(abs(p)), { recursive: true }); await writeFile(abs(p), d); }, resolve: abs };
const values = { paths: ['.'], advisories: [${JSON.stringify(db)}], ${cacheDir ? `'cache-dir': ${JSON.stringify(cacheDir)}` : ''} };
const options = { string: (n) => typeof values[n] === 'string' ? values[n] : undefined, boolean: () => undefined, number: () => undefined, list: (n) => Array.isArray(values[n]) ? values[n] : undefined, object: () => undefined, source: () => undefined };
const log = { debug() {}, info() {}, warning() {}, error() {} };
const t = performance.now();
const r = await depScanTool.run(options, { workspace: root, fs, log, clock: { now: () => new Date() }, fetch: async () => { throw new Error('offline'); } });
const ms = performance.now() - t;
console.error(JSON.stringify({ findings: r.findings.length, packages: r.metrics.packagesScanned, index: r.metrics.database[0].index, records: r.metrics.database[0].records, timings: r.metrics.timings }));`);

const cache = join(work, 'cache');
const cold = scan(cache);
const warm = scan(cache);
const warm2 = scan(cache);
const size = statSync(dbPath).size;
const zipCache = join(work, 'zcache');
const zipBase = zipBaseline();
const zipCold = scan(zipCache, zipPath);
const zipWarm = scan(zipCache, zipPath);
const fmt = (x) => `${(x.ms / 1000).toFixed(2)} s, peak RSS ${x.rssMb} MB`;
console.log(`dep-scan bench: ${nPackages} packages (package-lock v3) vs ${(size / 1048576).toFixed(0)} MB NDJSON OSV export, ${records} records`);
console.log(`  baseline  read + JSON.parse lockfile and every record: ${fmt(baseline)}`);
console.log(`  cold scan (parse, name pre-filter, index build+persist, match): ${fmt(cold)}  -> ${(cold.ms / baseline.ms).toFixed(2)}x baseline time, ${(cold.rssMb / baseline.rssMb).toFixed(2)}x baseline memory`);
console.log(`  warm scan (persisted name index, records read by offset): ${fmt(warm)} / ${fmt(warm2)}  -> ${(warm.ms / baseline.ms).toFixed(2)}x baseline time`);
console.log(`  the same records as a ZIP64 all.zip (${(statSync(zipPath).size / 1048576).toFixed(0)} MB): baseline (unzip all in memory + JSON.parse) ${fmt(zipBase)}; cold ${fmt(zipCold)} -> ${(zipCold.ms / zipBase.ms).toFixed(2)}x, warm ${fmt(zipWarm)} -> ${(zipWarm.ms / zipBase.ms).toFixed(2)}x`);
console.log(`  engine timings cold ${JSON.stringify(cold.info.timings)}, warm ${JSON.stringify(warm.info.timings)}; ${warm.info.findings} findings`);
console.log(`  targets: warm < 1 s: ${warm.ms < 1000 ? 'met' : 'MISSED'}; cold < 5 s: ${cold.ms < 5000 ? 'met' : 'MISSED'}; memory < 300 MB: ${Math.max(cold.rssMb, warm.rssMb) < 300 ? 'met' : 'MISSED'}`);
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
else console.log(`  files kept in ${work}`);
