// Opening balances in a case (`ledgers`): part of each policy's JSON Schema, checked like every field, shown in
// the trace of the first claim that draws on them, and never above the limit that claim meets.
import { describe, expect, it } from "vitest";
import { policy as nanchuan } from "../../generated/medical-assistance/nanchuan.js";
import { CaseError } from "../../runtime/errors.js";
import { runCase, type AnyModule, type ClaimsResult } from "../../runtime/evaluate.js";

const mod = nanchuan as unknown as AnyModule;
const person = { categories: ["特困人员"] };
const claim = {
  id: "c1",
  date: "2023-08-15",
  setting: "住院",
  disease: "特殊疾病",
  hospitalLevel: "三级",
  inScopeCost: 50000,
  basicInsurancePaid: 10000,
  criticalIllnessPaid: 0,
  referral: true,
  inMunicipality: false,
};

function issues(ledgers: unknown, lang: "en" | "zh" = "en"): { path: string; message: string }[] {
  try {
    runCase(mod, { person, ledgers, claims: [claim] });
  } catch (e) {
    if (e instanceof CaseError) return e.inLang(lang);
    throw e;
  }
  return [];
}

describe("opening balances", () => {
  it("start the year's ledger from what was already used", () => {
    // R = 40000; 70% = 28000 > 100000 − 90000 = 10000 left → 10000.00
    const r = runCase(mod, { person, ledgers: { 特殊疾病限额: { "2023": "90000.00" } }, claims: [claim] }, { trace: true }) as ClaimsResult;
    expect(r.claims[0]!.outputs.basic).toBe("10000.00");
    const ledger = r.claims[0]!.trace!.filter((t) => t.name === "特殊疾病限额").map((t) => t.value);
    expect(ledger).toEqual(["0.00 → 90000.00（期初：2023年度此前已用，依案件所报）", "90000.00 → 100000.00 / 100000.00"]);
  });

  it("are validated by the schema: ledger names, years, amounts", () => {
    expect(issues({ 特殊疾病线额: { "2023": 1 } })).toEqual([
      { path: "$.ledgers.特殊疾病线额", message: "is not a known field (the ledgers of this policy: 特殊疾病限额, 其他疾病限额, 倾斜限额)" },
    ]);
    expect(issues({ 特殊疾病限额: { "23": 1 } })).toEqual([{ path: "$.ledgers.特殊疾病限额[23]", message: 'expected a year written YYYY, got "23"' }]);
    expect(issues({ 特殊疾病限额: { "2023": "-5" } })[0]!.path).toBe("$.ledgers.特殊疾病限额[2023]");
    expect(issues({ 特殊疾病限额: { "2023": 1.005 } })[0]!.path).toBe("$.ledgers.特殊疾病限额[2023]");
    expect(issues({ 特殊疾病限额: { "2023": "100000.01" } })).toEqual([
      {
        path: "$.ledgers.特殊疾病限额[2023]",
        message:
          'the opening balance 100000.01 is above the 2023 limit 100000.00 of the ledger "特殊疾病限额" (first drawn on by c1): no payment could have reached it',
      },
    ]);
    expect(issues({ 特殊疾病限额: { "2023": "100000.01" } }, "zh")).toEqual([
      {
        path: "$.ledgers.特殊疾病限额[2023]",
        message: "期初已用 100000.01 超过年度台账“特殊疾病限额”2023年度的限额 100000.00（第一笔用到它的是 c1），任何支付都不可能达到",
      },
    ]);
    // Exactly the limit is possible: nothing is left.
    expect(issues({ 特殊疾病限额: { "2023": "100000.00" } })).toEqual([]);
  });
});
