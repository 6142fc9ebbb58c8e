// Real signatures from released model_signing versions (fixtures/vectors, Apache-2.0), verified
// offline: the keyless one against the Sigstore trusted root pinned in @sigstore/tuf.
import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelSignTool } from '../src/index.js';
import { fakeOptions, fakePorts } from './helpers.js';

const vectors = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'vectors');
const copy = () => {
  const ws = mkdtempSync(join(tmpdir(), 'oms-vectors-'));
  cpSync(vectors, ws, { recursive: true });
  return ws;
};
const run = (ws: string, values: Record<string, unknown>) => modelSignTool.run(fakeOptions({ command: 'verify', scan: false, ...values } as never), fakePorts(ws));

describe('model_signing v1.1.0 keyless signature (public-good Sigstore)', () => {
  const keyless = { paths: ['v1.1.0-sigstore'], identity: 'stefanb@us.ibm.com', issuer: 'https://sigstore.verify.ibm.com/oauth2', 'ignore-paths': ['ignore-me'] };

  test('verifies offline against the pinned trusted root', async () => {
    const r = await run(copy(), keyless);
    expect(r.findings).toEqual([]);
    expect(r.metrics).toMatchObject({ verified: true, signer: 'stefanb@us.ibm.com', files: 2 });
    expect(r.metrics.rekorLogIndex).toMatch(/^\d+$/);
  });

  test('fails with a wrong identity, a wrong issuer, or a non-matching regex', async () => {
    for (const extra of [{ identity: 'mallory@example.com' }, { issuer: 'https://token.actions.githubusercontent.com' }, { identity: undefined, 'identity-regex': '.*@example\\.com' }]) {
      const r = await run(copy(), { ...keyless, ...extra });
      expect(r.findings.map((f) => f.ruleId)).toEqual(['MODEL-SIG-005']);
    }
  });

  test('a modified file fails after the signature checks out', async () => {
    const ws = copy();
    writeFileSync(join(ws, 'v1.1.0-sigstore/signme-2'), readFileSync(join(ws, 'v1.1.0-sigstore/signme-2'), 'utf8').toUpperCase());
    const r = await run(ws, keyless);
    expect(r.findings.map((f) => [f.ruleId, f.location?.path])).toEqual([['MODEL-FILE-001', 'v1.1.0-sigstore/signme-2']]);
  });

  test('a tampered bundle (payload swapped) is rejected', async () => {
    const ws = copy();
    const sig = join(ws, 'v1.1.0-sigstore/model.sig');
    const b = JSON.parse(readFileSync(sig, 'utf8'));
    const stmt = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
    stmt.predicate.resources[0].digest = '0'.repeat(64);
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify(stmt)).toString('base64');
    writeFileSync(sig, JSON.stringify(b));
    const r = await run(ws, keyless);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['MODEL-SIG-004']);
  });
});

describe('model_signing v0.2.0 certificate signature (oldest released format)', () => {
  test('verifies with the v0.2 PAE quirk and SHA-256', async () => {
    const r = await run(copy(), { paths: ['v0.2.0-certificate'], 'certificate-chain': ['model-transparency-ca-cert.pem'] });
    expect(r.findings).toEqual([]);
    expect(r.summaryMarkdown).toContain('model_signing v0.2');
  });
});
