import type { Dialect, Literal } from './dialect.js';

/**
 * GX `row_condition` with `condition_parser: great_expectations` (`col("age")>18 & col("country")=="US"`,
 * `col("x").notNull()`), and the simple pandas-query form (`age > 18 and country == "US"`), compiled to a
 * SQL predicate. Column names are checked against the table; anything else is a syntax error.
 */
type Tok = { t: 'col' | 'id' | 'num' | 'str' | 'op' | 'punct'; v: string };

export class RowConditionError extends Error {}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const colM = /^col\(\s*(["'])((?:\\.|(?!\1).)*)\1\s*\)/.exec(src.slice(i));
    if (colM) {
      out.push({ t: 'col', v: colM[2]!.replace(/\\(.)/g, '$1') });
      i += colM[0].length;
      continue;
    }
    const numM = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(src.slice(i));
    if (numM && !(out.length && ['col', 'id', 'num', 'str'].includes(out[out.length - 1]!.t) && c === '-')) {
      out.push({ t: 'num', v: numM[0] });
      i += numM[0].length;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) j++;
        s += src[j];
        j++;
      }
      if (j >= src.length) throw new RowConditionError('unterminated string');
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    const opM = /^(==|!=|<=|>=|<|>|&&|\|\||&|\||~|!)/.exec(src.slice(i));
    if (opM) {
      out.push({ t: 'op', v: opM[0] });
      i += opM[0].length;
      continue;
    }
    if ('().,[]'.includes(c)) {
      out.push({ t: 'punct', v: c });
      i++;
      continue;
    }
    const idM = /^[A-Za-z_][A-Za-z0-9_]*|^`[^`]+`/.exec(src.slice(i));
    if (idM) {
      out.push({ t: 'id', v: idM[0].replace(/^`|`$/g, '') });
      i += idM[0].length;
      continue;
    }
    throw new RowConditionError(`unexpected character "${c}"`);
  }
  return out;
}

export function compileRowCondition(src: string, dialect: Dialect, hasColumn: (name: string) => boolean): string {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const take = () => {
    const t = toks[p++];
    if (!t) throw new RowConditionError('unexpected end of condition');
    return t;
  };
  const isOp = (...v: string[]) => {
    const t = peek();
    return !!t && ((t.t === 'op' && v.includes(t.v)) || (t.t === 'id' && v.includes(t.v.toLowerCase())));
  };
  const column = (name: string) => {
    if (!hasColumn(name)) throw new RowConditionError(`unknown column "${name}"`);
    return dialect.ident(name);
  };
  type Operand = { sql: string; literal?: Literal; isNull?: boolean };
  const operand = (): Operand => {
    const t = take();
    if (t.t === 'col') return { sql: column(t.v) };
    if (t.t === 'num') return { sql: dialect.literal(Number(t.v)), literal: Number(t.v) };
    if (t.t === 'str') return { sql: dialect.literal(t.v), literal: t.v };
    if (t.t === 'id') {
      const low = t.v.toLowerCase();
      if (low === 'true' || low === 'false') return { sql: dialect.literal(low === 'true'), literal: low === 'true' };
      if (low === 'none' || low === 'null') return { sql: 'NULL', isNull: true };
      return { sql: column(t.v) };
    }
    throw new RowConditionError(`unexpected "${t.v}"`);
  };
  const comparison = (): string => {
    const left = operand();
    // col("x").notNull() / .isNull()
    if (peek()?.v === '.') {
      take();
      const m = take();
      if (take().v !== '(' || take().v !== ')') throw new RowConditionError('expected ()');
      if (m.v === 'notNull' || m.v === 'notnull') return `(${left.sql} IS NOT NULL)`;
      if (m.v === 'isNull' || m.v === 'isnull') return `(${left.sql} IS NULL)`;
      throw new RowConditionError(`unsupported method ${m.v}()`);
    }
    const opTok = peek();
    if (!opTok || opTok.t !== 'op' || !['==', '!=', '<', '<=', '>', '>='].includes(opTok.v)) {
      if (left.literal === true) return 'TRUE';
      throw new RowConditionError('expected a comparison (==, !=, <, <=, >, >=)');
    }
    take();
    const right = operand();
    if (right.isNull || left.isNull) {
      const other = right.isNull ? left : right;
      if (opTok.v === '==') return `(${other.sql} IS NULL)`;
      if (opTok.v === '!=') return `(${other.sql} IS NOT NULL)`;
      throw new RowConditionError('None can only be compared with == or !=');
    }
    const op = opTok.v === '==' ? '=' : opTok.v === '!=' ? '<>' : opTok.v;
    return `(${left.sql} ${op} ${right.sql})`;
  };
  const unary = (): string => {
    if (isOp('~', '!', 'not')) {
      take();
      return `(NOT ${unary()})`;
    }
    if (peek()?.v === '(' && peek()?.t === 'punct') {
      take();
      const e = or();
      if (take().v !== ')') throw new RowConditionError('expected )');
      return e;
    }
    return comparison();
  };
  const and = (): string => {
    let e = unary();
    while (isOp('&', '&&', 'and')) {
      take();
      e = `(${e} AND ${unary()})`;
    }
    return e;
  };
  const or = (): string => {
    let e = and();
    while (isOp('|', '||', 'or')) {
      take();
      e = `(${e} OR ${and()})`;
    }
    return e;
  };
  if (toks.length === 0) throw new RowConditionError('empty condition');
  const sql = or();
  if (p < toks.length) throw new RowConditionError(`unexpected "${toks[p]!.v}"`);
  return sql;
}
