// A part file may be built on a template (`part NAME of "文号" extends TEMPLATE`), so that a provision two
// documents print alike is written once and cited under each document's own 文号.
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../compiler/program.js";
import { emptyProject } from "../e2e/regc.js";
import { byCodePoint } from "../../dsl/text-order.js";

const doc = (number: string) => `document "${number}" {
  title "测试方案"
  signed 2024-01-01
  effective 2024-01-01 @ 三
}
`;

const TEMPLATE = `template 押金 "住院押金"
facts {
  poor: bool "特困人员"
}
param 比例: rate @ 二（六） = 50%
output waived: bool "免除住院押金" @ 二（六） = facts.poor
output share: rate "比例" @ 二（六） = 比例
`;

describe("part files built on a template", () => {
  it("give each document a unit with the template's rules, cited under its own 文号", () => {
    const root = emptyProject({
      "policies/a.policy": doc("甲〔2024〕1号"),
      "policies/b.policy": doc("乙〔2024〕2号"),
      "policies/t.policy": TEMPLATE,
      "policies/a-deposit.policy": 'part 押金 of "甲〔2024〕1号" extends 押金\n',
      "policies/b-deposit.policy": 'part 押金 of "乙〔2024〕2号" extends 押金\noverride param 比例: rate @ 二（六） = 60%\n',
    });
    const program = compileProgram(root);
    expect(program.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const parts = program.units.filter((u) => u.part === "押金").sort((x, y) => byCodePoint(x.number, y.number));
    expect(parts.map((u) => [u.number, u.mode, u.outputs.map((o) => o.name)])).toEqual([
      ["乙〔2024〕2号", "facts", ["waived", "share"]],
      ["甲〔2024〕1号", "facts", ["waived", "share"]],
    ]);
    const waived = (i: number) => parts[i]!.provenance.find((p) => p.name === "waived")!;
    expect([waived(0).citation, waived(1).citation]).toEqual(["乙〔2024〕2号 二（六）", "甲〔2024〕1号 二（六）"]);
    // 60% = 0.6 and 50% = 0.5, one decimal: the override holds for its own document only
    const rate = (i: number) => parts[i]!.params.find((p) => p.name === "比例")?.value;
    expect([rate(0), rate(1)]).toMatchObject([
      { op: "num", value: 6, scale: 1 },
      { op: "num", value: 5, scale: 1 },
    ]);
  });

  it("reports a template that does not exist at the part's header", () => {
    const root = emptyProject({
      "policies/a.policy": doc("甲〔2024〕1号"),
      "policies/t.policy": TEMPLATE,
      "policies/a-deposit.policy": 'part 押金 of "甲〔2024〕1号" extends 押金表\n',
    });
    const errors = compileProgram(root).diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.span.file, d.span.start.line])).toEqual([["E0213", "policies/a-deposit.policy", 1]]);
    expect(errors[0]!.help).toContain("押金");
  });
});
