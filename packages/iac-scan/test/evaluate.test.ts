import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../src/hcl/evaluate.js';
import { parseHcl } from '../src/hcl/parse.js';
import { UNKNOWN, toJson, type Value } from '../src/hcl/value.js';
import { emptyScope } from '../src/terraform/model.js';

async function ev(src: string): Promise<unknown> {
  const f = await parseHcl('t.tf', `x = ${src}\n`);
  expect(f.error).toBeUndefined();
  const v: Value = evaluate(f.body.attrs.get('x')!.expr, emptyScope());
  return v === UNKNOWN ? 'UNKNOWN' : toJson(v);
}

describe('expression evaluator', () => {
  it.each([
    ['"a${"b"}c"', 'abc'],
    ['"line\\nnext \\"q\\" $${literal}"', 'line\nnext "q" ${literal}'],
    ['1 + 2 * 3 - -1', 8],
    ['10 % 4 == 2 && !false', true],
    ['true ? "y" : "n"', 'y'],
    ['[for s in ["a", "b"] : upper(s)]', ['A', 'B']],
    ['{for k, v in { a = 1, b = 2 } : k => v * 10 if v > 1}', { b: 20 }],
    ['merge({ a = 1 }, { b = 2 }, { a = 3 })', { a: 3, b: 2 }],
    ['concat([1], [2, 3])', [1, 2, 3]],
    ['lookup({ a = "x" }, "b", "dflt")', 'dflt'],
    ['coalesce("", "first")', 'first'],
    ['format("%s-%03d", "id", 7)', 'id-%03d'.replace('%03d', '007')],
    ['join(",", ["a", "b"])', 'a,b'],
    ['split(",", "a,b")', ['a', 'b']],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['jsondecode("{\\"a\\": [1, true]}")', { a: [1, true] }],
    ['jsonencode({ a = [1, "x"] })', '{"a":[1,"x"]}'],
    ['length(toset(["a", "a", "b"]))', 2],
    ['try(var.missing, "fallback")', 'fallback'],
    ['element(["a", "b", "c"], 4)', 'b'],
    ['keys({ b = 1, a = 2 })', ['a', 'b']],
    ['contains(["x"], "x")', true],
    ['range(3)', [0, 1, 2]],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['flatten([[1], [2, [3]]])', [1, 2, 3]],
    ['substr("training", 0, 5)', 'train'],
    ['startswith("s3://bucket", "s3://")', true],
    ['tonumber("42") + 1', 43],
    ['["a", "b"][1]', 'b'],
    ['{ a = { b = "deep" } }.a.b', 'deep'],
  ])('%s', async (src, want) => {
    expect(await ev(src)).toEqual(want);
  });

  it.each(['var.unset', 'data.aws_caller_identity.me.account_id', 'module.vpc.id', 'timestamp()', 'file("x.json")', '"${module.m.out}-x"', 'upper(var.x)', 'null_resource.x ? 1 : 2'])('%s is unknown', async (src) => {
    expect(await ev(src)).toBe('UNKNOWN');
  });

  it('strips heredoc indentation for <<- and keeps it for <<', async () => {
    expect(await ev('<<-EOT\n    a\n      b\n    EOT')).toBe('a\n  b\n');
    expect(await ev('<<EOT\n  a\nEOT')).toBe('  a\n');
  });
});
