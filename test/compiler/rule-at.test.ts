// An error raised while a claim is evaluated names the rule it arose in (the generated `at`). The emitter sets
// `at` only before a step whose code may raise one (arithmetic, a ledger, a builtin, a missing input, …): a step
// that only compares or names a value cannot, and setting `at` there would cost every claim a store for nothing.
import { describe, expect, it } from "vitest";
import { emitted } from "./emitted.js";
import { expectNoStackTrace, regc, runnableProject, writeCase } from "../e2e/regc.js";

const NUMBER = "测试〔2024〕3号";

const CLAIMS = `document "${NUMBER}" {
  title "测试办法"
  effective 2024-01-01 @ 第一条
}

claim {
  cost: money "费用"
  paid: money "已付"
  referral: bool "转诊"
}

ledger 年度限额: cap per year = 1000元 @ 第二条
status excluded when not claim.referral @ 第三条
value 大额: bool @ 第四条 = claim.cost > 500元
value 自付: money @ 第五条 = claim.cost - claim.paid
value 支付: money @ 第六条 = 自付 within 年度限额
output pay: money "支付" @ 第七条 = 支付
output big: bool "大额" @ 第八条 = 大额
`;

describe("the rule an error names", () => {
  it("is set before a step that may raise an error and not before one that cannot", () => {
    const text = emitted(CLAIMS);
    // A subtraction (range-checked), a draw on a ledger: set.
    expect(text).toContain("at = point.自付;");
    expect(text).toContain("at = point.支付;");
    // A status decided by a flag, a comparison, outputs naming a value: nothing there can raise.
    expect(text).not.toContain("at = point.excluded;");
    expect(text).not.toContain("at = point.大额;");
    expect(text).not.toContain("at = point.pay;");
    expect(text).not.toContain("at = point.big;");
  });

  it("is still the rule the error arose in when a step that cannot raise one comes between", async () => {
    // 第二条 compares (cannot raise), 第三条 adds: 90,000,000,000,000元 is 9×10^15 分, and twice that is beyond
    // 2^53 − 1 ≈ 9.007×10^15, so the sum of 第三条 is refused — and named, not the comparison before it.
    const policy = `document "${NUMBER}" {\n  title "测试办法"\n  effective 2024-01-01 @ 第一条\n}\n\nfacts {\n  amount: money "金额"\n}\n\nvalue 大额: bool @ 第二条 = facts.amount > 100元\nvalue 两倍: money @ 第三条 = facts.amount + facts.amount\noutput pay: money "支付" @ 第四条 = 两倍\noutput big: bool "大额" @ 第五条 = 大额\n`;
    const dir = runnableProject({ "policies/t/a.policy": policy });
    const file = writeCase(dir, "case.json", { date: "2024-05-01", facts: { amount: 90_000_000_000_000 } });
    const r = await regc(["run", NUMBER, "--rebuild", "--case", file, "--no-trace"], dir);
    expectNoStackTrace(r.err);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("两倍");
    expect(r.err).toContain("第三条");
    expect(r.err).not.toContain("第二条");
  });
});
