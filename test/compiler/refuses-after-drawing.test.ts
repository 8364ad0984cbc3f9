// The claim loop copies a year's ledgers before each claim only for a module whose claim can be refused after a
// rule drew on a ledger (RuleModule.refusesAfterDrawing): the emitter decides it from the order evaluate() runs
// the steps in, so that a refused claim never leaves a draw behind.
import { describe, expect, it } from "vitest";
import { emitted } from "./emitted.js";

const HEAD = `document "测试〔2024〕2号" {
  title "测试办法"
  effective 2024-01-01 @ 第一条
}

claim {
  cost: money "费用"
  referral: bool "转诊"
}

ledger 年度限额: cap per year = 1000元 @ 第二条
value 支付: money @ 第三条 = claim.cost within 年度限额
output pay: money "支付" @ 第四条 = 支付
`;

describe("refusesAfterDrawing", () => {
  it("is false when every status is decided before the cap is drawn on", () => {
    const text = emitted(`${HEAD}status excluded when not claim.referral @ 第五条\n`);
    expect(text).toContain("refusesAfterDrawing: false,");
    // The module's own claim loop takes the year's ledgers without a copy and puts nothing back.
    expect(text).toContain("cx.openDay(claim.date, policy.ledgers, false);");
    expect(text).not.toContain("cx.rollback();");
  });

  it("is true when a status is decided from an amount drawn on the cap, after the draw", () => {
    // 支付 draws on 年度限额; the status reads 支付, so it comes after the draw and a refused claim has drawn.
    const text = emitted(`${HEAD}status not_applicable when 支付 = 0元 @ 第五条\n`);
    expect(text).toContain("refusesAfterDrawing: true,");
    // The module's own claim loop copies them before each claim and puts them back after a refusal.
    expect(text).toContain("cx.openDay(claim.date, policy.ledgers, true);");
    expect(text).toContain("cx.rollback();");
  });
});
