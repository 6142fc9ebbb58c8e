import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { configError } from './errors.js';
import type { FileSystem } from './ports.js';
import type { Suppression } from './result.js';
import type { JsonSchema } from './config-schema.js';
import { compileSchema, describeAjvErrors, formatPath, type PathSegment } from './json-schema.js';

export const DEFAULT_CONFIG_FILE = '.github/mlguard.yml';

/** The config file beyond this size is refused: it is hand-written YAML, not data. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Options that exist but deliberately cannot be set in the file. */
const NOT_SETTABLE_HERE: Record<string, string> = {
  token: 'secrets never belong in the config file: pass the token as the action input',
  config: 'the config file cannot name another config file: use the config input or --config',
};

export interface LoadedConfig {
  /** The path as given (workspace-relative), for messages. */
  file: string;
  data: Record<string, unknown>;
  /** 1-based line of the value (or of the key, with `key: true`) at a path; the nearest existing ancestor's if absent. */
  lineOf(segments: readonly PathSegment[], opts?: { key?: boolean }): number | undefined;
  /** `file:line` for messages and `Options.source`. */
  where(segments: readonly PathSegment[]): string;
}

/** An empty config, for runs without a file. */
export function emptyConfig(file: string): LoadedConfig {
  return { file, data: {}, lineOf: () => undefined, where: () => file };
}

/**
 * Parses and validates config text. Every problem is reported as `file:line: path: message`
 * (all of them in `details`, the first in the message). YAML 1.2 core schema: `on:`/`no` stay
 * strings, dates stay strings; duplicate keys and excessive aliases (billion laughs) are errors.
 */
export function parseConfig(text: string, file: string, schema: JsonSchema): LoadedConfig {
  try {
    return parseConfigUnguarded(text, file, schema);
  } catch (e) {
    // The YAML parser and toJS recurse per nesting level: a hostile file can exhaust the stack.
    if (e instanceof RangeError) throw configError('invalid YAML: nested too deeply', { file });
    throw e;
  }
}

function parseConfigUnguarded(text: string, file: string, schema: JsonSchema): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);

  if (doc.errors.length) {
    const details = doc.errors.map((e) => `${file}:${lineAt(e.pos[0]) ?? 1}: ${firstLine(e.message)}`);
    throw configError(`invalid YAML: ${firstLine(doc.errors[0]!.message)}`, { file, line: lineAt(doc.errors[0]!.pos[0]), details });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof RangeError) throw e;
    throw configError(`invalid YAML: ${firstLine((e as Error).message)}`, { file });
  }
  data ??= {};
  const lineOf = (segments: readonly PathSegment[], opts: { key?: boolean } = {}) => nodeLine(doc, segments, opts.key ?? false, lineAt);
  const where = (segments: readonly PathSegment[]) => {
    const line = lineOf(segments);
    return line ? `${file}:${line}` : file;
  };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw configError(`(top level): must be a mapping of sections (policy:, data-check:, ...), not ${Array.isArray(data) ? 'a list' : typeof data}`, { file, line: lineOf([]) });
  }

  const validate = compileSchema(schema);
  if (!validate(data)) {
    const problems = describeAjvErrors(validate.errors ?? []).map((p) => {
      const key = p.atKey ? p.segments[p.segments.length - 1] : undefined;
      const why = key === undefined ? undefined : NOT_SETTABLE_HERE[String(key)];
      return why ? { ...p, message: `unknown key "${String(key)}" (${why})` } : p;
    });
    const lines = problems.map((p) => ({ line: lineOf(p.segments, { key: p.atKey }), text: `${formatPath(p.segments)}: ${p.message}` }));
    const details = lines.map((l) => `${file}${l.line ? `:${l.line}` : ''}: ${l.text}`);
    const first = lines[0]!;
    throw configError(first.text + (lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''})` : ''), {
      file,
      line: first.line,
      details,
    });
  }
  return { file, data: data as Record<string, unknown>, lineOf, where };
}

/** Reads and validates the config file. A missing file is fine unless the user named it. */
export async function loadConfig(fs: FileSystem, file: string, schema: JsonSchema, opts: { required: boolean }): Promise<LoadedConfig> {
  const stat = await fs.stat(file);
  if (!stat) {
    if (opts.required) throw configError('config file not found', { file, hint: 'check the config input / --config flag' });
    return emptyConfig(file);
  }
  if (!stat.isFile) throw configError('config path is not a regular file', { file });
  if (stat.size > MAX_CONFIG_BYTES) throw configError(`config file is larger than ${MAX_CONFIG_BYTES} bytes`, { file });
  let text: string;
  try {
    text = await fs.readText(file);
  } catch (e) {
    throw configError(`cannot read config file: ${(e as Error).message}`, { file });
  }
  return parseConfig(text, file, schema);
}

/** The `suppressions` of `policy:` and of the tool's section, each tagged with where it was declared. */
export function configSuppressions(config: LoadedConfig, tool: string): Suppression[] {
  const out: Suppression[] = [];
  for (const section of ['policy', tool]) {
    const list = (config.data[section] as { suppressions?: unknown } | undefined)?.suppressions;
    if (!Array.isArray(list)) continue;
    list.forEach((s: Suppression, i) => out.push({ ...s, source: config.where([section, 'suppressions', i]) }));
  }
  return out;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

function nodeLine(doc: Document, segments: readonly PathSegment[], atKey: boolean, lineAt: (o: number | undefined) => number | undefined): number | undefined {
  let node: unknown = doc.contents;
  let line = lineAt((node as YamlNode | null)?.range?.[0]);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) return line;
      if (last && atKey) return lineAt((pair.key as YamlNode | null)?.range?.[0]) ?? line;
      node = pair.value;
      line = lineAt((pair.value as YamlNode | null)?.range?.[0]) ?? lineAt((pair.key as YamlNode | null)?.range?.[0]) ?? line;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (node === undefined) return line;
      line = lineAt((node as YamlNode | null)?.range?.[0]) ?? line;
    } else {
      return line;
    }
  }
  return line;
}
