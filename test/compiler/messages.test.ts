// One mistake, one message: a dependency loop is reported once however many uses run through it, and two
// exceptions that give the same value are not warned about, since whichever applies the result is the same.
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../compiler/program.js";
import { emptyProject } from "../e2e/regc.js";

const HEAD = `document "测试〔2024〕1号" {
  title "测试"
  effective 2024-01-01 assumed R6
}
claim {
  aids: bool
  old: bool
  cost: money
}
`;

function check(body: string) {
  const dir = emptyProject({ "policies/t.policy": HEAD + body });
  return compileProgram(dir).diagnostics.filter((d) => d.code !== "W0801");
}

describe("one message per mistake", () => {
  it("reports a loop through several values once, at the use that closes it, with the other uses noted", () => {
    // 个人负担 → 倾斜基数 → 个人负担, and again through 医疗救助: one mistake (倾斜基数 in 个人负担)
    const found = check(`value 个人负担: money @ 第一条 = claim.cost - 倾斜基数
value 医疗救助: money @ 第一条 = 个人负担 + 1元
value 倾斜基数: money @ 第一条 = 个人负担 - 医疗救助
output a: money @ 第一条 = 个人负担 + 医疗救助 + 倾斜基数
`);
    expect(found.map((d) => [d.code, d.message])).toEqual([["E0601", '"个人负担" depends on itself: 个人负担 → 倾斜基数 → 个人负担']]);
    expect(found[0]!.related?.map((r) => r.message)).toEqual(['"个人负担" uses "倾斜基数" here']);
    expect(found[0]!.related![0]!.span.start.line).toBe(10);
  });

  it("names only the computations in a ledger loop, not those that merely follow it", () => {
    const found = check(`ledger 限额: cap per year @ 第一条 = 支付
value 支付: money @ 第一条 = claim.cost within 限额
output a: money @ 第一条 = 支付
`);
    expect(found.map((d) => d.message)).toEqual(["these computations depend on each other in a loop: 限额 → 支付 → 限额"]);
  });

  it("does not warn about unordered exceptions that give the same value, and still warns about ones that may not", () => {
    const found = check(`param 起付: money @ 第一条 = 500元
value 标准: money @ 第一条 = 起付
exception 艾滋病 on 标准 when claim.aids then 0元 @ 第二条
exception 百岁 on 标准 when claim.old then 0.00元 @ 第三条
exception 大额 on 标准 when claim.cost > 10000元 then 起付 - 100元 @ 第四条
output a: money @ 第一条 = 标准
`);
    // 艾滋病 and 百岁 both give 0元; each may disagree with 大额 (400元)
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ["W0401", 'exceptions "艾滋病" and "大额" to 标准 may both apply and have no declared order'],
      ["W0401", 'exceptions "百岁" and "大额" to 标准 may both apply and have no declared order'],
    ]);
  });
});
