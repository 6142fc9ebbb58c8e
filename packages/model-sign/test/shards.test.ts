// `shards` serialization and blake2b, which model_signing's API (not its CLI) can write: built here
// by hand from the spec, signed with a local key, then verified through the tool.
import { describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelSignTool } from '../src/index.js';
import { signWithKey } from '../src/sign.js';
import { fakeOptions, fakePorts, workspaceWith } from './helpers.js';

const FILES: Record<string, string> = { 'm/d0/f00': 'This is file f00 in d0.', 'm/d0/f01': 'This is file f01 in d0.', 'm/d1/f10': 'This is file f10 in d1.', 'm/empty': '' };

function shardManifest(ws: string, shardSize: number, hash: 'sha256' | 'blake2b', pythonAlgorithmNames: boolean) {
  const node = hash === 'sha256' ? 'sha256' : 'blake2b512';
  const resources: { name: string; algorithm: string; digest: string }[] = [];
  for (const name of Object.keys(FILES).map((p) => p.slice(2)).sort()) {
    const data = readFileSync(join(ws, 'm', name));
    for (let start = 0; start < data.length; start += shardSize) {
      const end = Math.min(start + shardSize, data.length);
      resources.push({ name: `${name}:${start}:${end}`, algorithm: pythonAlgorithmNames ? `${hash}-sharded-${shardSize}` : hash, digest: createHash(node).update(data.subarray(start, end)).digest('hex') });
    }
  }
  const root = createHash('sha256');
  for (const r of resources) root.update(Buffer.from(r.digest, 'hex'));
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'm', digest: { sha256: root.digest('hex') } }],
    predicateType: 'https://model_signing/signature/v1.0',
    predicate: { serialization: { method: 'shards', hash_type: hash, allow_symlinks: false, shard_size: shardSize, ignore_paths: ['model.sig'] }, resources },
  };
}

describe('shards serialization', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
  const pub = publicKey.export({ type: 'spki', format: 'pem' }) as string;
  const sign = (ws: string, statement: object, floatShard = false) => {
    let text = JSON.stringify(statement);
    // model_signing writes shard_size through a protobuf Struct: 8 becomes 8.0.
    if (floatShard) text = text.replace('"shard_size":8', '"shard_size":8.0');
    writeFileSync(join(ws, 'm/model.sig'), JSON.stringify(signWithKey(Buffer.from(text), privateKey)));
  };
  const verify = (ws: string) => modelSignTool.run(fakeOptions({ command: 'verify', paths: ['m'], 'public-key': pub, scan: false }), fakePorts(ws));

  for (const [hash, pyNames, floatShard] of [['sha256', false, false], ['sha256', true, true], ['blake2b', true, false]] as const) {
    test(`${hash}, ${pyNames ? 'model_signing' : 'spec'} algorithm names${floatShard ? ', float shard_size' : ''}: verifies, and a changed shard is found`, async () => {
      const ws = workspaceWith(FILES);
      sign(ws, shardManifest(ws, 8, hash, pyNames), floatShard);
      const ok = await verify(ws);
      expect(ok.findings).toEqual([]);
      expect(ok.metrics).toMatchObject({ verified: true, files: 3 });
      writeFileSync(join(ws, 'm/d0/f01'), 'This is file f01 in dX.');
      writeFileSync(join(ws, 'm/d1/new'), 'x');
      const bad = await verify(ws);
      expect(bad.findings.map((f) => [f.ruleId, f.location?.path]).sort()).toEqual([
        ['MODEL-FILE-001', 'm/d0/f01'],
        ['MODEL-FILE-003', 'm/d1/new'],
      ]);
      expect(bad.findings[0]!.message).toMatch(/1 shard\(s\) differ, first bytes 16-23/);
    });
  }

  test('blake3 and a bad shard size are clear format errors', async () => {
    const ws = workspaceWith(FILES);
    const st = shardManifest(ws, 8, 'sha256', false);
    sign(ws, { ...st, predicate: { ...st.predicate, serialization: { ...st.predicate.serialization, hash_type: 'blake3' } } });
    expect((await verify(ws)).findings[0]!.message).toMatch(/blake3 has no implementation/);
    sign(ws, { ...st, predicate: { ...st.predicate, serialization: { ...st.predicate.serialization, shard_size: -1 } } });
    expect((await verify(ws)).findings[0]).toMatchObject({ ruleId: 'MODEL-SIG-002', properties: { reason: 'bad-shard-size' } });
  });
});
