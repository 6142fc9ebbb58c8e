/** @jest-environment ./packages/adversarial-test/test/ort-environment.cjs */
import { jest, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeTool, isMlguardError, nodeFileSystem, rawOptionsFrom, silentLogger } from '@mlguard/core';
import type { Ports } from '@mlguard/core';
import { adversarialTestTool } from '../src/index.js';

// attacks on real models, sharing two cores with the rest of the suite: allow more than the default 60 s
jest.setTimeout(300_000);

/** The example project's model, data and feature spec, run through the shared pipeline as the CLI does. */
const example = join(process.cwd(), 'examples', 'fraud-detection');
let ws: string;
const CONFIG = `adversarial-test:
  model: models/fraud-mlp.onnx
  data: models/fraud-eval.csv
  label: is_fraud
  features: models/fraud-features.yml
  criterion: directional
  eps: ['0.01', '0.02', '0.05']
  samples: 150
  seed: 3
  budget-queries: 200
  min-robust-accuracy: 0.5
  gate-eps: 0.01
`;

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'mlguard-adv-'));
  cpSync(join(example, 'models'), join(ws, 'models'), { recursive: true });
  mkdirSync(join(ws, '.github'));
  writeFileSync(join(ws, '.github', 'mlguard.yml'), CONFIG);
});

function ports(outputs: Record<string, string> = {}): Ports {
  // a frozen clock: the result's timestamps are equal too, so two runs must be byte-identical
  return { workspace: ws, fs: nodeFileSystem(ws), log: silentLogger, clock: { now: () => new Date('2026-11-26T12:00:00Z') }, fetch: async () => { throw new Error('no network'); }, setOutput: (k, v) => (outputs[k] = v) };
}

describe('mlguard adversarial-test through the pipeline', () => {
  it('passes the configured gate, writes the curve (Mermaid summary, SVG HTML) and is byte-identical per seed', async () => {
    const outputs: Record<string, string> = {};
    const infos: string[] = [];
    const run = await executeTool(adversarialTestTool, rawOptionsFrom({}), { ...ports(outputs), log: { ...silentLogger, info: (m: string) => infos.push(m) } });
    // the estimate comes before the first attack
    expect(infos[0]).toMatch(/^adversarial-test: \d+ samples, pgd > square > simba > hopskipjump, linf eps 0\.01, 0\.02, 0\.05 on onnxruntime-(node|web) 1\.30\.0; worst case \d+ queries, about [\d.]+ s at the measured \d+ rows\/s \(budget 600 s\)$/);
    const first = readFileSync(run.resultFile, 'utf8');
    expect(run.result.gate.passed).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- metrics are free-form JSON
    const m = run.result.metrics as Record<string, any>;
    expect(Object.keys(m.robustAccuracy)).toEqual(['0.01', '0.02', '0.05']);
    expect(Object.keys(m.robustRecall)).toEqual(['0.01', '0.02', '0.05']);
    expect(m.robustRecall['0.05']).toBeLessThanOrEqual(m.robustRecall['0.01']);
    expect(m.backend).toMatch(/^onnxruntime-(node|web) 1\.30\.0$/);
    expect(m.gradient.method).toBe('graph');
    expect(m.model.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(run.result.summaryMarkdown).toContain('```mermaid\nxychart-beta');
    const html = readFileSync(join(ws, 'mlguard-adversarial-test.html'), 'utf8');
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*>.*<path d="M/s);
    expect(html).toContain('<h2>Per class at eps 0.05</h2>');
    expect(outputs['html-report']).toBe('mlguard-adversarial-test.html');
    expect(JSON.parse(outputs['robust-accuracy']!)).toEqual(m.robustAccuracy);

    const again = await executeTool(adversarialTestTool, rawOptionsFrom({}), ports());
    expect(readFileSync(again.resultFile, 'utf8')).toBe(first);
  });

  it('fails the gate with a finding on the config line when the threshold is above what the model achieves', async () => {
    const run = await executeTool(adversarialTestTool, rawOptionsFrom({ 'min-robust-accuracy': '0.99' }), ports());
    expect(run.result.gate.passed).toBe(false);
    const f = run.result.findings.find((x) => x.ruleId === 'ADV-ROBUST-001')!;
    expect(f.severity).toBe('high');
    expect(f.message).toMatch(/robust recall at linf eps 0\.01 is \d+\.\d% \(95% CI .*\), below the required 99\.0%/);
    expect(f.location).toEqual({ path: 'models/fraud-mlp.onnx' }); // set by a flag, so it points at the model
  });

  it('compares against the base model on identical samples and seeds (same model: no regression)', async () => {
    const run = await executeTool(adversarialTestTool, rawOptionsFrom({ 'base-model': 'models/fraud-mlp.onnx', 'min-robust-accuracy': '0' }), ports());
    const reg = (run.result.metrics as { regression: Record<string, unknown> }).regression;
    expect(reg).toMatchObject({ drop: 0, pValue: 1, failed: false });
  });

  it('refuses an epsilon gate without a declared feature space', async () => {
    writeFileSync(join(ws, 'nospec.yml'), CONFIG.replace(/  features: .*\n/, ''));
    const e2 = await executeTool(adversarialTestTool, rawOptionsFrom({ config: 'nospec.yml' }), ports()).catch((err: unknown) => err);
    expect(isMlguardError(e2)).toBe(true);
    expect((e2 as Error).message).toMatch(/needs a declared feature space/);
  });

  it('reads a JSON Lines evaluation set through the shared dataset reader, with the same result as the CSV', async () => {
    const csv = readFileSync(join(ws, 'models/fraud-eval.csv'), 'utf8').trim().split('\n');
    const header = csv[0]!.split(',');
    const jsonl = csv.slice(1).map((line) => JSON.stringify(Object.fromEntries(line.split(',').map((v, j) => [header[j], Number(v)])))).join('\n');
    writeFileSync(join(ws, 'models/fraud-eval.jsonl'), `${jsonl}\n`);
    const a = await executeTool(adversarialTestTool, rawOptionsFrom({ 'result-file': 'a.json' }), ports());
    const b = await executeTool(adversarialTestTool, rawOptionsFrom({ data: 'models/fraud-eval.jsonl', 'result-file': 'b.json' }), ports());
    expect(b.result.metrics.robustRecall).toEqual(a.result.metrics.robustRecall);
    expect(b.result.metrics.curve).toEqual(a.result.metrics.curve);
  });

  it('self-check: reports each attack\'s gap to the closed-form optimum and flags a too-weak configuration', async () => {
    const strong = await executeTool(adversarialTestTool, rawOptionsFrom({ 'self-check': 'true', attack: 'pgd', samples: '60' }), ports());
    const sc = (strong.result.metrics as { selfCheck: { gaps: { attack: string; gap: number }[] } }).selfCheck;
    expect(sc.gaps.map((g) => g.attack)).toEqual(['pgd', 'pgd', 'pgd']);
    for (const g of sc.gaps) expect(g.gap).toBeLessThanOrEqual(0.02);
    expect(strong.result.findings.some((f) => f.ruleId === 'ADV-SELFCHECK-005')).toBe(false);
    const weak = await executeTool(adversarialTestTool, rawOptionsFrom({ 'self-check': 'true', attack: 'simba', 'budget-queries': '3', samples: '60' }), ports());
    expect(weak.result.findings.find((f) => f.ruleId === 'ADV-SELFCHECK-005')?.message).toMatch(/simba leaves robust accuracy .* where the exact value is/);
  });

  it('endpoint mode: a local KServe v1 server wrapping the example model gives the in-process result', async () => {
    const { createServer } = await import('node:http');
    const { onnxTarget } = await import('../src/target/onnx-target.js');
    const model = await onnxTarget(readFileSync(join(ws, 'models/fraud-mlp.onnx')), { file: 'm', backend: 'wasm', outputKind: 'auto', features: 12, probe: new Float32Array(12), gradients: false, log: silentLogger });
    let auth: string | undefined;
    const server = createServer((req, res) => {
      auth = req.headers.authorization;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const rows = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { instances: number[][] }).instances;
        void model.predict(Float32Array.from(rows.flat()), rows.length).then((s) => {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ predictions: rows.map((_, r) => [s[2 * r], s[2 * r + 1]]) }));
        });
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const host = `127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const common = { attack: 'square,simba', samples: '80', 'result-file': 'ep.json' };
      const local = await executeTool(adversarialTestTool, rawOptionsFrom({ ...common, backend: 'wasm' }), ports());
      writeFileSync(join(ws, 'endpoint.yml'), CONFIG.replace(/  model: .*\n/, ''));
      const remote = await executeTool(
        adversarialTestTool,
        rawOptionsFrom({ ...common, config: 'endpoint.yml', endpoint: `http://${host}/v1/models/fraud:predict`, 'allow-network': 'true', 'endpoint-allowed-hosts': host, 'endpoint-auth': 'Bearer t0ken', 'endpoint-rate-limit': '0' }),
        { ...ports(), fetch: (u, i) => fetch(u, i) },
      );
      expect(remote.result.metrics.backend).toBe('http kserve-v1');
      expect(remote.result.metrics.robustRecall).toEqual(local.result.metrics.robustRecall);
      expect(remote.result.metrics.curve).toEqual(local.result.metrics.curve);
      expect(auth).toBe('Bearer t0ken');
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await model.release();
    }
  });

  it('usage errors: both or neither of model and endpoint; endpoint without allow-network', async () => {
    for (const [raw, msg] of [
      [{ endpoint: 'http://127.0.0.1:1/v1' }, /exactly one of model/],
      [{ model: '', endpoint: 'http://127.0.0.1:1/v1', config: 'none.yml' }, /allow-network/],
    ] as const) {
      writeFileSync(join(ws, 'none.yml'), 'adversarial-test:\n  data: models/fraud-eval.csv\n');
      const e = await executeTool(adversarialTestTool, rawOptionsFrom(raw), ports()).catch((err: unknown) => err);
      expect(isMlguardError(e)).toBe(true);
      expect((e as Error).message).toMatch(msg);
    }
  });
});
