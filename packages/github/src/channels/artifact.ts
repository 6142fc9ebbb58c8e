import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const artifactName = (tool: string): string => `mlguard-${tool}`;

/**
 * Uploads the result JSON and SARIF as the workflow artifact `mlguard-<tool>` (files named
 * `mlguard-<tool>.json` / `.sarif` whatever the configured paths), which the workflow_run
 * publisher downloads, plus the engine's attachments under their own names. Only possible
 * inside a runner (ACTIONS_RUNTIME_TOKEN).
 */
export async function uploadResultArtifact(tool: string, resultFile: string, sarifFile: string, tempRoot: string = tmpdir(), attachments: readonly string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tempRoot, 'mlguard-artifact-'));
  const files = [join(dir, `${artifactName(tool)}.json`), join(dir, `${artifactName(tool)}.sarif`)];
  await copyFile(resultFile, files[0]!);
  await copyFile(sarifFile, files[1]!);
  for (const a of attachments) {
    const name = basename(a);
    // The result files keep their reserved names; an attachment never replaces them.
    if (files.some((f) => basename(f) === name)) continue;
    files.push(join(dir, name));
    await copyFile(a, files[files.length - 1]!);
  }
  // Loaded lazily: see loadActionsGitHub in client.ts.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const { id, size } = await new DefaultArtifactClient().uploadArtifact(artifactName(tool), files, dir, { retentionDays: 7 });
  return `artifact ${artifactName(tool)} (id ${id ?? '?'}, ${size ?? '?'} bytes)`;
}
