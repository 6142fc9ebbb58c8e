import { Unzip, UnzipInflate } from 'fflate';
import { inputError } from '@mlguard/core';

/**
 * Extracts ONE named file from an untrusted zip, in memory, refusing it once the inflated bytes
 * pass `maxBytes` (a zip bomb stops there, whatever its headers claim). Nothing is written to
 * disk, so entry names cannot traverse paths. Returns undefined when the file is absent.
 */
export function extractOne(zip: Uint8Array, name: string, maxBytes: number, source: string): { data: Buffer | undefined; names: string[] } {
  const names: string[] = [];
  const chunks: Uint8Array[] = [];
  let total = 0;
  let found = false;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    names.push(file.name);
    if (file.name !== name || found) return;
    found = true;
    file.ondata = (err, chunk, _final) => {
      if (failure) return;
      if (err) {
        failure = inputError(`the zip entry ${name} is corrupt (${err.message})`, { file: source });
        return;
      }
      total += chunk.length;
      if (total > maxBytes) {
        failure = inputError(`${name} inflates to more than ${maxBytes} bytes`, { file: source, hint: 'raise max-artifact-bytes if this is expected' });
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(zip, true);
  } catch (e) {
    if (!failure) throw inputError(`the artifact is not a readable zip (${(e as Error).message})`, { file: source });
  }
  if (failure) throw failure;
  return { data: found ? Buffer.concat(chunks) : undefined, names };
}
