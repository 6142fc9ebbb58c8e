import { Language, Parser, type Node } from 'web-tree-sitter';
import type { Attribute, Block, Body, Comment, Expr, HclFile } from './ast.js';
import { RUNTIME_WASM_BASE64, TERRAFORM_WASM_BASE64 } from './wasm-data.js';

let ready: Promise<Parser> | undefined;
/** The source being converted: template literals are rebuilt from it (tree-sitter trims their whitespace). */
let SRC = '';

/** One parser per process; the WASM runtime and grammar are embedded, so no file lookup can fail. */
function parser(): Promise<Parser> {
  ready ??= (async () => {
    await Parser.init({ wasmBinary: Buffer.from(RUNTIME_WASM_BASE64, 'base64') } as object);
    const language = await Language.load(Buffer.from(TERRAFORM_WASM_BASE64, 'base64'));
    const p = new Parser();
    p.setLanguage(language);
    return p;
  })();
  return ready;
}

const line = (n: Node) => n.startPosition.row + 1;

/** Parses Terraform/HCL source; syntax errors are reported on the result, never thrown. */
export async function parseHcl(path: string, source: string): Promise<HclFile> {
  const p = await parser();
  const tree = p.parse(source);
  SRC = source;
  if (!tree) return { path, body: emptyBody(), comments: [], error: { line: 1, message: 'could not parse' } };
  try {
    const root = tree.rootNode;
    const comments: Comment[] = [];
    const bodyNode = root.namedChildren.find((c) => c?.type === 'body');
    for (const c of root.namedChildren) if (c?.type === 'comment') comments.push({ line: line(c), text: c.text });
    const body = bodyNode ? convertBody(bodyNode, comments) : emptyBody();
    const file: HclFile = { path, body, comments };
    if (root.hasError) file.error = firstError(root);
    return file;
  } finally {
    tree.delete();
  }
}

function emptyBody(): Body {
  return { attrs: new Map(), blocks: [] };
}

function firstError(n: Node): { line: number; message: string } {
  const stack: Node[] = [n];
  while (stack.length) {
    const cur = stack.shift()!;
    if (cur.type === 'ERROR') return { line: line(cur), message: `syntax error near ${JSON.stringify(cur.text.split('\n')[0]!.slice(0, 40))}` };
    if (cur.isMissing) {
      // A missing "}" is detected at the end of the file; the block that lacks it is what to fix.
      let b = cur.parent;
      while (b && b.type !== 'block' && b.type !== 'object' && b.type !== 'tuple') b = b.parent;
      if (b && b.startPosition.row !== cur.startPosition.row) {
        return { line: line(b), message: `${b.type === 'block' ? `block "${b.text.split(/[{\n]/)[0]!.trim()}"` : b.type} opened here is never closed (missing ${JSON.stringify(cur.type)} by line ${line(cur)})` };
      }
      return { line: line(cur), message: `missing ${JSON.stringify(cur.type)}` };
    }
    for (const c of cur.children) if (c && (c.hasError || c.isMissing || c.type === 'ERROR')) stack.push(c);
  }
  return { line: line(n), message: 'syntax error' };
}

function convertBody(n: Node, comments: Comment[]): Body {
  const body = emptyBody();
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === 'comment') comments.push({ line: line(c), text: c.text });
    else if (c.type === 'attribute') {
      const a = convertAttribute(c, comments);
      if (a) body.attrs.set(a.name, a);
    } else if (c.type === 'block') body.blocks.push(convertBlock(c, comments));
  }
  return body;
}

function convertAttribute(n: Node, comments: Comment[]): Attribute | undefined {
  const kids = n.namedChildren;
  const id = kids.find((c) => c?.type === 'identifier');
  const e = kids.find((c) => c?.type === 'expression');
  for (const c of kids) if (c?.type === 'comment') comments.push({ line: line(c), text: c.text });
  if (!id) return undefined;
  collectComments(e, comments);
  return { name: id.text, expr: e ? expr(e) : { t: 'opaque', line: line(n) }, line: line(n), endLine: n.endPosition.row + 1 };
}

/** Comments inside multi-line expressions (objects, tuples) still count for suppressions. */
function collectComments(n: Node | null | undefined, comments: Comment[]): void {
  if (!n || n.startPosition.row === n.endPosition.row) return;
  for (const c of n.descendantsOfType('comment')) if (c) comments.push({ line: line(c), text: c.text });
}

function convertBlock(n: Node, comments: Comment[]): Block {
  let type = '';
  const labels: string[] = [];
  let body = emptyBody();
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === 'identifier') {
      if (!type) type = c.text;
      else labels.push(c.text);
    } else if (c.type === 'string_lit') labels.push(stringLit(c));
    else if (c.type === 'body') body = convertBody(c, comments);
    else if (c.type === 'comment') comments.push({ line: line(c), text: c.text });
  }
  return { type, labels, body, line: line(n), endLine: n.endPosition.row + 1 };
}

function stringLit(n: Node): string {
  // From the source between the quotes: tree-sitter's template_literal nodes drop whitespace.
  const kids = n.namedChildren;
  const open = kids.find((c) => c?.type === 'quoted_template_start');
  const close = kids.find((c) => c?.type === 'quoted_template_end');
  if (open && close) return unescape(SRC.slice(open.endIndex, close.startIndex));
  return kids
    .filter((c) => c?.type === 'template_literal' || c?.type === 'escape_sequence')
    .map((c) => unescape(c!.text))
    .join('');
}

function unescape(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, esc: string | undefined) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    switch (esc?.[0]) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'u':
      case 'U': return String.fromCodePoint(parseInt(esc.slice(1), 16));
      default: return esc ?? m;
    }
  });
}

function named(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
}

function expr(n: Node): Expr {
  const l = line(n);
  // Each child access crosses into WASM and allocates: fetch the named children once.
  const kids = n.type === 'binary_operation' || n.type === 'unary_operation' ? [] : named(n);
  switch (n.type) {
    case 'expression': {
      // `( expr )` shows up as an anonymous "(" followed by an expression.
      let cur: Expr = kids[0] ? expr(kids[0]) : { t: 'opaque', line: l };
      for (const post of kids.slice(1)) cur = postfix(cur, post);
      return cur;
    }
    case 'literal_value': {
      const c = kids[0];
      if (!c) return { t: 'opaque', line: l };
      if (c.type === 'numeric_lit') return { t: 'lit', v: Number(c.text), line: l };
      if (c.type === 'bool_lit') return { t: 'lit', v: c.text === 'true', line: l };
      if (c.type === 'null_lit') return { t: 'lit', v: null, line: l };
      if (c.type === 'string_lit') return { t: 'lit', v: stringLit(c), line: l };
      return { t: 'opaque', line: l };
    }
    case 'collection_value':
      return kids[0] ? expr(kids[0]!) : { t: 'opaque', line: l };
    case 'tuple':
      return { t: 'tuple', items: kids.filter((c) => c.type === 'expression').map(expr), line: l };
    case 'object':
      return {
        t: 'object',
        items: named(n)
          .filter((c) => c.type === 'object_elem')
          .map((e) => {
            const [k, v] = named(e);
            let key: Expr = k ? expr(k) : { t: 'opaque', line: l };
            // A bare identifier as object key is a string, not a variable reference.
            if (key.t === 'var') key = { t: 'lit', v: key.name, line: key.line };
            return { key, value: v ? expr(v) : { t: 'opaque', line: l } };
          }),
        line: l,
      };
    case 'template_expr':
      return kids[0] ? expr(kids[0]!) : { t: 'opaque', line: l };
    case 'quoted_template': {
      const open = kids.find((c) => c.type === 'quoted_template_start');
      const close = [...kids].reverse().find((c) => c.type === 'quoted_template_end');
      return template(kids, false, l, open?.endIndex ?? n.startIndex, close?.startIndex ?? n.endIndex);
    }
    case 'heredoc_template': {
      const start = kids.find((c) => c.type === 'heredoc_start');
      const strip = start?.text.includes('-') ?? false;
      const ids = kids.filter((c) => c.type === 'heredoc_identifier');
      // Content runs from the line after `<<EOT` to the start of the closing marker's line.
      const from = SRC.indexOf('\n', ids[0]?.endIndex ?? n.startIndex) + 1;
      const closing = ids.length > 1 ? ids[ids.length - 1]! : undefined;
      const to = closing ? SRC.lastIndexOf('\n', closing.startIndex - 1) + 1 : n.endIndex;
      const t = template(kids, true, l, from, Math.max(from, to));
      return strip && t.t === 'tpl' ? stripIndent(t) : t;
    }
    case 'variable_expr':
      return { t: 'var', name: kids[0]?.text ?? n.text, line: l };
    case 'function_call': {
      const name = kids.find((c) => c.type === 'identifier')?.text ?? '';
      const argsNode = kids.find((c) => c.type === 'function_arguments');
      const args = argsNode ? named(argsNode).filter((c) => c.type === 'expression').map(expr) : [];
      if (argsNode?.children.some((c) => c?.type === '...' || c?.type === 'expand_or_ellipsis')) return { t: 'opaque', line: l };
      return { t: 'call', name, args, line: l };
    }
    case 'conditional': {
      const [c, a, b] = kids.map(expr);
      return c && a && b ? { t: 'cond', c, a, b, line: l } : { t: 'opaque', line: l };
    }
    case 'operation':
      return kids[0] ? expr(kids[0]!) : { t: 'opaque', line: l };
    case 'binary_operation': {
      // Operands are not wrapped in `expression`: `count.index == 0` arrives as
      // variable_expr, get_attr, "==", literal_value. Split at the operator.
      const all = n.children.filter((c): c is Node => !!c && c.type !== 'comment');
      const at = all.findIndex((c) => !c.isNamed);
      if (at <= 0 || at >= all.length - 1) return { t: 'opaque', line: l };
      return { t: 'bin', op: all[at]!.type, l: chain(all.slice(0, at), l), r: chain(all.slice(at + 1), l), line: l };
    }
    case 'unary_operation': {
      const all = n.children.filter((c): c is Node => !!c && c.type !== 'comment');
      const op = all[0] && !all[0].isNamed ? all[0].type : '';
      return all.length > 1 ? { t: 'un', op, x: chain(all.slice(1), l), line: l } : { t: 'opaque', line: l };
    }
    case 'for_expr':
      return kids[0] ? forExpr(kids[0]!) : { t: 'opaque', line: l };
    default:
      return { t: 'opaque', line: l };
  }
}

/** A primary node followed by its get_attr/index/splat postfixes. */
function chain(nodes: Node[], l: number): Expr {
  const named = nodes.filter((c) => c.isNamed);
  if (!named.length) return { t: 'opaque', line: l };
  let cur = expr(named[0]!);
  for (const p of named.slice(1)) cur = postfix(cur, p);
  return cur;
}

function forExpr(n: Node): Expr {
  const l = line(n);
  const kids = named(n);
  const intro = kids.find((c) => c.type === 'for_intro');
  if (!intro) return { t: 'opaque', line: l };
  const ids = named(intro).filter((c) => c.type === 'identifier').map((c) => c.text);
  const collNode = named(intro).find((c) => c.type === 'expression');
  const body = kids.filter((c) => c.type === 'expression');
  const condNode = kids.find((c) => c.type === 'for_cond');
  const condExpr = condNode ? named(condNode).find((c) => c.type === 'expression') : undefined;
  if (!collNode || !body.length || n.children.some((c) => c?.type === 'ellipsis' || c?.type === '...')) return { t: 'opaque', line: l };
  const kind = n.type === 'for_object_expr' ? 'object' : 'tuple';
  return {
    t: 'for',
    kind,
    keyVar: ids.length > 1 ? ids[0] : undefined,
    valVar: ids[ids.length - 1] ?? '_',
    coll: expr(collNode),
    keyExpr: kind === 'object' ? expr(body[0]!) : undefined,
    valExpr: expr(kind === 'object' ? (body[1] ?? body[0]!) : body[0]!),
    cond: condExpr ? expr(condExpr) : undefined,
    line: l,
  };
}

function postfix(obj: Expr, n: Node): Expr {
  const l = line(n);
  if (n.type === 'get_attr') return { t: 'attr', obj, name: named(n)[0]?.text ?? '', line: l };
  if (n.type === 'index') {
    const inner = named(n)[0];
    if (inner?.type === 'legacy_index') return { t: 'index', obj, key: { t: 'lit', v: Number(inner.text.replace(/^\./, '')), line: l }, line: l };
    const k = inner ? named(inner).find((c) => c.type === 'expression') : undefined;
    return { t: 'index', obj, key: k ? expr(k) : { t: 'opaque', line: l }, line: l };
  }
  if (n.type === 'splat') return { t: 'splat', obj, line: l };
  return { t: 'opaque', line: l };
}

/** Literal text is taken from the source between interpolations and directives, so no whitespace is lost. */
function template(kids: Node[], heredoc: boolean, l: number, from: number, to: number): Expr {
  const out: (string | Expr)[] = [];
  const literal = (a: number, b: number) => {
    if (b <= a) return;
    const raw = SRC.slice(a, b);
    out.push(heredoc ? raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') : unescape(raw));
  };
  let pos = from;
  for (const p of kids) {
    if (p.type !== 'template_interpolation' && p.type !== 'template_directive') continue;
    if (p.startIndex < from || p.endIndex > to) continue;
    literal(pos, p.startIndex);
    if (p.type === 'template_interpolation') {
      const e = named(p).find((c) => c.type === 'expression');
      out.push(e ? expr(e) : { t: 'opaque', line: line(p) });
    } else out.push({ t: 'opaque', line: line(p) }); // %{if}/%{for} directives
    pos = p.endIndex;
  }
  literal(pos, to);
  return { t: 'tpl', parts: out, line: l };
}

/** `<<-EOT`: remove the smallest common leading indentation, as Terraform does. */
function stripIndent(t: Extract<Expr, { t: 'tpl' }>): Expr {
  const text = t.parts.map((p) => (typeof p === 'string' ? p : '\u0000')).join('');
  const lines = text.split('\n').filter((x) => x.trim() !== '');
  const indent = Math.min(...lines.map((x) => /^[ \t]*/.exec(x)![0].length));
  if (!Number.isFinite(indent) || indent === 0) return t;
  const strip = new RegExp(`^[ \\t]{0,${indent}}`);
  // As HCL does: whitespace-only lines are kept as they are and do not count for the indentation.
  return {
    ...t,
    parts: t.parts.map((p, i) => {
      if (typeof p !== 'string') return p;
      const followedByExpr = i + 1 < t.parts.length;
      const lines = p.split('\n');
      return lines
        .map((ln, j) => {
          if (j === 0 && i > 0) return ln; // continues the line of the interpolation before it
          const wholeLine = j < lines.length - 1 || !followedByExpr;
          if (wholeLine && ln.trim() === '') return ln;
          return ln.replace(strip, '');
        })
        .join('\n');
    }),
  };
}
