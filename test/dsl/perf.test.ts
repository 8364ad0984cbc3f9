import { expect, it } from "vitest";
import { LIMITS } from "../../dsl/limits.js";
import { parse } from "../../dsl/parser.js";

/** A policy of about `length` characters that uses most of the grammar, repeated with fresh names. */
function syntheticPolicy(length: number): string {
  const out: string[] = [
    'document "合成〔2024〕1号" {',
    '  title "合成"',
    "  effective 2024-01-01 @ 第一条",
    "}",
    "enum 级别 { 一级, 二级, 三级 }",
    "claim {",
    "  费用: money",
    "  级: 级别",
    "}",
  ];
  for (let i = 1, size = 0; size < length - 600; i++) {
    const group = [
      `// 第${i}组`,
      `param 起付${i}: money by 级别 @ 第${i}条 {`,
      "  一级: 500元",
      "  二级, 三级: 600元 ruling M2",
      "}",
      `bands 分段${i} @ 第${i}条 { 0元 < x <= 3万元: 53%; 3万元 < x: 63% }`,
      `value 支付${i}: money @ 第${i}条（二） ruling R3 = round(70% * max(0元, claim.费用 - 起付${i}[claim.级]))`,
      `exception 免${i} on 支付${i} when claim.级 in {一级, 二级} and claim.费用 > 100元 then 0元 @ 第${i}条`,
      `output out${i}: money "输出" @ 第${i}条 = if 支付${i} > 1万元 then 1万元 else 支付${i}`,
    ];
    out.push(...group);
    size += group.join("\n").length + 1;
  }
  return out.join("\n");
}

it("parses a policy as long as a rule file may be without errors", () => {
  const text = syntheticPolicy(LIMITS.fileLength);
  expect(text.length).toBeLessThanOrEqual(LIMITS.fileLength);
  expect(text.split("\n").length).toBeGreaterThanOrEqual(6_000);
  const { ast, diagnostics } = parse("big.policy", text);
  expect(diagnostics).toEqual([]);
  expect(ast?.decls.length).toBeGreaterThan(3_000);
});
