// `regc explain` quotes the articles it applies from the gazette text, names the rulings it relies on with
// their text, and shows the year's ledgers after each claim.
import { beforeAll, describe, expect, it } from "vitest";
import { regc, writeCase } from "../e2e/regc.js";
import { policiesCopy } from "../citations/project.js";
import { NANCHUAN_CASE } from "./nanchuan-case.js";

let out = "";

beforeAll(async () => {
  const dir = policiesCopy();
  const ran = await regc(["explain", "南川府办发〔2023〕8号", "--rebuild", "--case", writeCase(dir, "case.json", NANCHUAN_CASE)], dir);
  expect(ran.code).toBe(0);
  out = ran.out;
});

describe("regc explain (text)", () => {
  it("keeps the amounts article by article", () => {
    expect(out).toContain("  结果：医疗救助（basic）10500.00；倾斜救助（tilted）1750.00；救助合计（total）12250.00");
  });

  it("shows each ledger as the claim leaves it", () => {
    expect(out).toContain("  年度台账：特殊疾病限额 0.00 → 10500.00 / 100000.00；倾斜限额 0.00 → 1750.00 / 20000.00");
  });

  it("quotes the articles from the gazette text", () => {
    const quotes = out.slice(out.indexOf("条文（"));
    expect(quotes).toMatch(/^条文（《南川区健全重特大疾病医疗保险和救助制度实施方案》南川府办发〔2023〕8号）：$/m);
    // 二（三）2 第一段 and 二（三）3 第二段, word for word as printed
    expect(quotes).toContain("  二（三）2第一段　合理确定医疗救助水平。救助对象患特殊疾病,在定点医药机构发生住院费用或门诊治疗费用的");
    expect(quotes).toContain("对低保对象、特困人员、返贫致贫人口按70%的比例救助");
    expect(quotes).toContain("年度救助限额10万元。");
    expect(quotes).toContain("其中:特困人员自付费用2000元以上的部分,按70%的比例救助");
    // a provision whose parts are quoted on their own shows its heading only
    expect(quotes).toContain("  二（三）　夯实医疗救助托底保障。\n");
  });

  it("names the rulings relied on with their Chinese text", () => {
    const rulings = out.slice(out.indexOf("解释依据：\n"));
    expect(rulings).toContain("  R3　舍入：计算一律精确进行。");
    expect(rulings).toContain("  R7　多重身份（就高不重复）：同时具有多种救助对象身份的");
    expect(rulings).toContain("  N6　南川倾斜救助：每次就医分别计算起付");
  });
});
