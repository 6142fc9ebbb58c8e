import { configError } from './errors.js';
import { byCodePoint } from './gate.js';
import type { Finding } from './finding.js';

/** What a baseline records of a finding (a Finding or a ResultFinding). */
export type BaselineSource = Pick<Finding, 'fingerprint' | 'ruleId' | 'location' | 'title'>;
import type { FileSystem } from './ports.js';
import type { ToolName } from './tools.js';
import { isToolName } from './tools.js';
import { MLGUARD_VERSION } from './version.js';

export const DEFAULT_BASELINE_FILE = '.github/mlguard-baseline.json';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** For a human reading the file in review; not used for matching. */
  path?: string;
  title?: string;
}

/**
 * The baseline file: accepted findings per tool, matched by fingerprint only (fingerprints
 * never include line numbers, so the baseline survives unrelated edits). One file serves
 * every tool: writing one tool's section keeps the others.
 */
export interface BaselineFile {
  schemaVersion: '1';
  tools: Partial<Record<ToolName, { createdAt: string; mlguardVersion: string; findings: BaselineEntry[] }>>;
}

/** Reads a baseline file; a missing or malformed file is a config error naming it. */
export async function readBaseline(fs: FileSystem, path: string): Promise<BaselineFile> {
  const stat = await fs.stat(path);
  if (!stat?.isFile) {
    throw configError(`baseline file not found`, { file: path, hint: 'create it with `mlguard baseline <tool>` or drop the baseline option' });
  }
  let data: unknown;
  try {
    data = JSON.parse(await fs.readText(path));
  } catch (e) {
    throw configError(`baseline file is not valid JSON: ${(e as Error).message}`, { file: path });
  }
  return checkBaseline(data, path);
}

function checkBaseline(data: unknown, file: string): BaselineFile {
  const bad = (what: string) => configError(`not an mlguard baseline file: ${what}`, { file, hint: 'regenerate it with `mlguard baseline <tool>`' });
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw bad('expected a JSON object');
  const d = data as Record<string, unknown>;
  if (d.schemaVersion !== '1') throw bad('schemaVersion must be "1"');
  if (!d.tools || typeof d.tools !== 'object' || Array.isArray(d.tools)) throw bad('"tools" must be an object');
  for (const [tool, section] of Object.entries(d.tools as Record<string, unknown>)) {
    if (!isToolName(tool)) throw bad(`unknown tool "${tool}" in tools`);
    const findings = (section as { findings?: unknown } | null)?.findings;
    if (!Array.isArray(findings)) throw bad(`tools.${tool}.findings must be an array`);
    findings.forEach((f, i) => {
      if (!f || typeof (f as BaselineEntry).fingerprint !== 'string') throw bad(`tools.${tool}.findings[${i}].fingerprint must be a string`);
    });
  }
  return data as BaselineFile;
}

/** The fingerprints accepted for one tool (empty when the file has no section for it). */
export function baselineFingerprints(baseline: BaselineFile, tool: ToolName): Set<string> {
  return new Set((baseline.tools[tool]?.findings ?? []).map((f) => f.fingerprint));
}

/** Returns the baseline with `tool`'s section replaced by `findings`, sorted so the file diffs cleanly. */
export function withToolBaseline(base: BaselineFile | undefined, tool: ToolName, findings: readonly BaselineSource[], now: Date): BaselineFile {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    entries.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, ...(f.location ? { path: f.location.path } : {}), title: f.title });
  }
  entries.sort((a, b) => byCodePoint(a.path ?? '', b.path ?? '') || byCodePoint(a.ruleId, b.ruleId) || byCodePoint(a.fingerprint, b.fingerprint));
  return {
    schemaVersion: '1',
    tools: { ...(base?.tools ?? {}), [tool]: { createdAt: now.toISOString(), mlguardVersion: MLGUARD_VERSION, findings: entries } },
  };
}

/** Writes `tool`'s section of the baseline file at `path`, keeping other tools' sections. */
export async function writeBaseline(fs: FileSystem, path: string, tool: ToolName, findings: readonly BaselineSource[], now: Date): Promise<BaselineFile> {
  const existing = (await fs.stat(path))?.isFile ? await readBaseline(fs, path) : undefined;
  const next = withToolBaseline(existing, tool, findings, now);
  await fs.writeFile(path, `${JSON.stringify(next, null, 2)}\n`);
  return next;
}
