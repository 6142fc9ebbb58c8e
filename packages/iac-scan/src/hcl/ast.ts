/**
 * A small, position-carrying HCL syntax tree converted eagerly from tree-sitter's CST, so the
 * WASM tree can be freed right after parsing (tree-sitter nodes die with their tree).
 * Lines are 1-based.
 */

export type Expr =
  | { t: 'lit'; v: string | number | boolean | null; line: number }
  | { t: 'tpl'; parts: (string | Expr)[]; line: number }
  | { t: 'var'; name: string; line: number }
  | { t: 'attr'; obj: Expr; name: string; line: number }
  | { t: 'index'; obj: Expr; key: Expr; line: number }
  | { t: 'splat'; obj: Expr; line: number }
  | { t: 'call'; name: string; args: Expr[]; line: number }
  | { t: 'tuple'; items: Expr[]; line: number }
  | { t: 'object'; items: { key: Expr; value: Expr }[]; line: number }
  | { t: 'cond'; c: Expr; a: Expr; b: Expr; line: number }
  | { t: 'bin'; op: string; l: Expr; r: Expr; line: number }
  | { t: 'un'; op: string; x: Expr; line: number }
  | {
      t: 'for';
      kind: 'tuple' | 'object';
      keyVar: string | undefined;
      valVar: string;
      coll: Expr;
      keyExpr: Expr | undefined;
      valExpr: Expr;
      cond: Expr | undefined;
      line: number;
    }
  /** Something this evaluator does not model (template directives, grouping mode `...`). */
  | { t: 'opaque'; line: number };

export interface Attribute {
  name: string;
  expr: Expr;
  line: number;
  endLine: number;
}

export interface Block {
  type: string;
  labels: string[];
  body: Body;
  line: number;
  endLine: number;
}

export interface Body {
  attrs: Map<string, Attribute>;
  blocks: Block[];
}

export interface Comment {
  line: number;
  text: string;
}

export interface HclFile {
  path: string;
  body: Body;
  comments: Comment[];
  /** The first syntax error, when the file has one (the tree is still usable, partially). */
  error?: { line: number; message: string };
}
