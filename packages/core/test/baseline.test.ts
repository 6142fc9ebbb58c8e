import { describe, expect, it } from '@jest/globals';
import { baselineFingerprints, isMlguardError, readBaseline, writeBaseline } from '../src/index.js';
import { fakeFinding } from './support/fake-tool.js';
import { memoryFileSystem } from './support/memory-fs.js';

describe('baseline file', () => {
  it('writes one section per tool, keeps the others, dedupes and sorts', async () => {
    const fs = memoryFileSystem();
    const a = fakeFinding({ logicalKey: 'a', location: { path: 'b.csv' } });
    const b = fakeFinding({ logicalKey: 'b', location: { path: 'a.csv' } });
    await writeBaseline(fs, 'base.json', 'data-check', [a, b, a], new Date('2026-06-15T00:00:00Z'));
    await writeBaseline(fs, 'base.json', 'dep-scan', [fakeFinding({ tool: 'dep-scan' })], new Date('2026-06-16T00:00:00Z'));
    const file = await readBaseline(fs, 'base.json');
    expect(Object.keys(file.tools)).toEqual(['data-check', 'dep-scan']);
    expect(file.tools['data-check']!.findings.map((f) => f.path)).toEqual(['a.csv', 'b.csv']);
    expect(file.tools['data-check']!.createdAt).toBe('2026-06-15T00:00:00.000Z');
    expect(baselineFingerprints(file, 'data-check')).toEqual(new Set([a.fingerprint, b.fingerprint]));
    expect(baselineFingerprints(file, 'iac-scan').size).toBe(0);
  });

  it.each([
    ['not json', /^b\.json: baseline file is not valid JSON/],
    ['[]', /^b\.json: not an mlguard baseline file: expected a JSON object/],
    ['{"schemaVersion":"1","tools":{"nope":{"findings":[]}}}', /unknown tool "nope"/],
    ['{"schemaVersion":"1","tools":{"dep-scan":{"findings":[{}]}}}', /tools\.dep-scan\.findings\[0\]\.fingerprint must be a string/],
  ])('refuses %s', async (text, message) => {
    const fs = memoryFileSystem({ 'b.json': text });
    const e = await readBaseline(fs, 'b.json').catch((x: unknown) => x);
    expect(isMlguardError(e)).toBe(true);
    expect((e as { describe(): string }).describe()).toMatch(message);
  });
});
