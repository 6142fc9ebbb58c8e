import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../src/node-fs.js';

describe('nodeFileSystem.openRandomAccess', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlguard-fs-'));
  writeFileSync(join(dir, 'data.bin'), Buffer.from('0123456789abcdef'));
  const fs = nodeFileSystem(dir);

  it('reads byte ranges by position, fewer bytes only past the end', async () => {
    const f = await fs.openRandomAccess('data.bin');
    try {
      expect(f.size).toBe(16);
      expect((await f.read(10, 3)).toString()).toBe('abc');
      expect((await f.read(0, 1)).toString()).toBe('0');
      expect((await f.read(14, 10)).toString()).toBe('ef');
      expect((await f.read(16, 4)).length).toBe(0);
    } finally {
      await f.close();
    }
  });

  it('fails like the other reads for a missing file', async () => {
    await expect(fs.openRandomAccess('missing.bin')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
