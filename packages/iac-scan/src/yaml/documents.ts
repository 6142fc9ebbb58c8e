import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type ParsedNode, type Tags } from 'yaml';

/** One YAML (or JSON) document with its plain value and a way back to lines. */
export interface YamlDoc {
  value: unknown;
  /** 1-based line of the first content line of the document. */
  line: number;
  endLine: number;
  /** Line of the value at a path, or of the deepest existing ancestor key when the path is missing (KICS's convention). */
  lineOf(path: readonly (string | number)[]): number;
}

export interface YamlParse {
  docs: YamlDoc[];
  error?: { line: number; message: string };
}

/** CloudFormation short-form intrinsics, mapped to their long form so `!Ref X` reads as `{Ref: X}`. */
const CFN_TAGS: Tags = ['Ref', 'Sub', 'GetAtt', 'Join', 'Select', 'Split', 'If', 'Equals', 'Not', 'And', 'Or', 'FindInMap', 'Base64', 'Cidr', 'ImportValue', 'GetAZs', 'Condition', 'Transform'].flatMap(
  (name) => {
    const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
    const wrap = (v: unknown) => ({ [key]: name === 'GetAtt' && typeof v === 'string' ? v.split('.') : v });
    return [
      { tag: `!${name}`, resolve: (str: string) => wrap(str) },
      { tag: `!${name}`, collection: 'seq' as const, resolve: (seq: { toJSON(): unknown }) => wrap(seq.toJSON()) },
      { tag: `!${name}`, collection: 'map' as const, resolve: (map: { toJSON(): unknown }) => wrap(map.toJSON()) },
    ];
  },
) as unknown as Tags;

/** Aliases beyond this count are an alias bomb: the file is reported, not expanded. */
const MAX_ALIAS_COUNT = 1000;

export class AliasBombError extends Error {}

export function parseYaml(text: string, opts: { cfn?: boolean } = {}): YamlParse {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter: lc,
    version: '1.2', // YAML 1.1 would turn a workflow's `on:` into `true`
    uniqueKeys: false,
    strict: false,
    prettyErrors: false,
    ...(opts.cfn ? { customTags: CFN_TAGS } : {}),
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: YamlParse = { docs: [] };
  for (const d of list as Document.Parsed[]) {
    const err = d.errors[0];
    if (err) {
      out.error = { line: lc.linePos(err.pos[0]).line, message: err.message.split('\n')[0] ?? err.message };
      break;
    }
    if (d.contents === null) continue;
    let value: unknown;
    try {
      value = d.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      if (/alias/i.test(String((e as Error).message))) throw new AliasBombError((e as Error).message);
      throw e;
    }
    const range = d.contents.range;
    out.docs.push({
      value: defuse(value, 0),
      line: lc.linePos(range[0]).line,
      endLine: lc.linePos(Math.max(range[0], range[2] - 1)).line,
      lineOf: (path) => lineOf(d.contents as ParsedNode, path, lc),
    });
  }
  return out;
}

/**
 * A mapping with a `toString` or `valueOf` key would make every string conversion of it throw
 * (`String({toString: 0})`): such keys are renamed so hostile documents cannot crash a check.
 */
function defuse(v: unknown, depth: number): unknown {
  if (depth > 200 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = defuse(v[i], depth + 1);
    return v;
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const x = defuse(o[k], depth + 1);
    if (k === 'toString' || k === 'valueOf' || k === 'toJSON') {
      delete o[k];
      o[`${k} (renamed)`] = x;
    } else o[k] = x;
  }
  return o;
}

function lineOf(root: ParsedNode, path: readonly (string | number)[], lc: LineCounter): number {
  let node: Node | null = root;
  let line = lc.linePos(root.range?.[0] ?? 0).line;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = (node.items as Pair[]).find((p) => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) return line;
      const k = pair.key as Node | null;
      if (k?.range) line = lc.linePos(k.range[0]).line;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return line;
      if (item.range) line = lc.linePos(item.range[0]).line;
      node = item;
    } else return line;
  }
  return line;
}
