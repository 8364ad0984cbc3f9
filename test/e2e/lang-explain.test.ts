// `regc explain` in English (`--lang en`, or an English locale): exact sentences with amounts worked out by hand
// from the gazettes, no Chinese outside the names English prose keeps, and Chinese still the default.
//
// The rule is lang-results.test.ts's (its header): no Han character once the names are taken out — 文号, titles in
// 《》, names in “” or "", notes in （）, articles cited, the word 文号 and the names the command was given. An
// article is cited by its path here (`二（三）2第一段`), so an article path counts as an article cited. Two parts
// are quotations, in Chinese in either language, and are taken out first: the gazette's words under "Articles
// relied on", and a document's own ruling whose rule file gives no English (said so before it).
import { describe, expect, it } from "vitest";
import { ROOT, tempDir, writeCase } from "./regc.js";
import { NANCHUAN_CASE } from "../explain/nanchuan-case.js";
import { HAN, withoutNames } from "./prose-names.js";
import { main } from "../../cli/main.js";

const NANCHUAN = "南川府办发〔2023〕8号";
const JINZHOU = "锦政办发〔2022〕16号";
const MIANYANG = "绵府发〔2018〕3号";
const PLAN = "合川区健全重特大疾病医疗保险和救助制度实施方案/大病保险倾斜";

/** What is left of an article path once its （…） and 第…条 are out: 二2第一段, 附件三. */
const ARTICLE_PATH = /(?:附件)?[一二三四五六七八九十百零]*\d*(?:第[一二三四五六七八九十百零\d]+[款项段])+|(?:附件)?[一二三四五六七八九十百零]+\d*/gu;
const OWN_RULING = "(this document's own ruling, written in the rule file in Chinese only)";

/** The English prose of an explanation: the quotations and the names taken out. */
function prose(text: string, given: readonly string[]): string {
  const lines: string[] = [];
  let quoting = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("Articles relied on")) quoting = true;
    else if (!line.startsWith("  ")) quoting = false;
    if (quoting && line.startsWith("  ")) continue;
    lines.push(line.includes(OWN_RULING) ? line.slice(0, line.indexOf(OWN_RULING)) : line);
  }
  return withoutNames(lines.join("\n"), given).replace(ARTICLE_PATH, "");
}

async function explain(argv: string[], env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await main(["explain", ...argv], { cwd: ROOT, env, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Both ways of asking for English give the same account, and it has no Chinese outside the names. */
async function english(policy: string, file: string): Promise<string> {
  const flag = await explain([policy, "--case", file, "--lang", "en"]);
  const locale = await explain([policy, "--case", file], { LANG: "en_US.UTF-8" });
  expect(flag.code, flag.err).toBe(0);
  expect(locale.out).toBe(flag.out);
  const left = prose(flag.out, [policy]);
  expect(left.match(new RegExp(HAN.source, "gu")) ?? [], left).toEqual([]);
  return flag.out;
}

describe("regc explain --lang en", () => {
  const dir = tempDir();

  it(`${NANCHUAN}: 就高不重复 ranks the categories, both annual caps reached`, async () => {
    // 低保对象 and 低保边缘户 (= 低保边缘家庭成员), a special disease, 三级, referred, in the municipality.
    // 个人负担 R = 200000 − 40000 − 10000 = 150000 (N1).
    // 低保对象: 医疗救助 70% × 150000 = 105000 → capped at the annual 10万 = 100000 (二（三）2第一段, N4);
    //   倾斜基数 S = 150000 − 100000 = 50000 (N5); 倾斜 60% × (50000 − 3000) = 28200 → capped at 2万 = 20000 (N6);
    //   total 120000.
    // 低保边缘家庭成员: 60% × 150000 = 90000; S = 60000; 倾斜 50% × (60000 − 5000) = 27500 → 20000; total 110000.
    // The highest, 低保对象, counts (R7): 100000 + 20000 = 120000.
    const claim = { ...NANCHUAN_CASE.claims[0], inScopeCost: 200000, basicInsurancePaid: 40000, criticalIllnessPaid: 10000 };
    const file = writeCase(dir, "nanchuan.json", { person: { categories: ["低保对象", "低保边缘户"] }, claims: [claim] });
    const out = await english(NANCHUAN, file);
    const lines = out.split("\n");
    const by = "  Under 《南川区健全重特大疾病医疗保险和救助制度实施方案》";
    expect(lines[0]).toBe("《南川区健全重特大疾病医疗保险和救助制度实施方案》 (南川府办发〔2023〕8号)");
    expect(lines[1]).toBe("Applicant: “救助对象类别”: “低保对象”, “低保边缘家庭成员”");
    expect(lines).toContain("Claim 1 c1: calculated");
    expect(lines).toContain(`${by} 二（三）2: “个人负担” = 150,000.00 yuan (rulings: N1)`);
    expect(lines).toContain(`${by} 二（三）2第一段: “救助比例” for “低保对象” is 70%`);
    expect(lines).toContain(
      `${by} 二（三）2第一段、二（三）3第一段: annual ledger “特殊疾病限额”: used 0.00 → 100,000.00 yuan of an annual limit of 100,000.00 yuan (rulings: N4, R2)`,
    );
    expect(lines).toContain(`${by} 二（三）2: “医疗救助” = 100,000.00 yuan (rulings: N2, N3, N4, R3)`);
    expect(lines).toContain(`${by} 二（三）3第二段: “倾斜基数” = 50,000.00 yuan (rulings: N5)`);
    expect(lines).toContain(
      `${by} 二（三）3第二段: annual ledger “倾斜限额”: used 0.00 → 20,000.00 yuan of an annual limit of 20,000.00 yuan (rulings: N4, R2)`,
    );
    expect(lines).toContain(
      `${by} 二（一）: a person of several categories gets the highest, not their sum (“就高不重复”): calculated as “低保对象” (“低保对象” 120,000.00; “低保边缘家庭成员” 110,000.00) (rulings: R7, N9)`,
    );
    expect(lines).toContain("  Result: “医疗救助” (basic) 100,000.00 yuan; “倾斜救助” (tilted) 20,000.00 yuan; “救助合计” (total) 120,000.00 yuan");
    expect(lines).toContain("Rulings relied on:");
    expect(lines).toContain(
      "  R2  Year: “年度” = calendar year (1 Jan – 31 Dec) of the claim's settlement date. Caps and annual deductibles are per person and reset on 1 January.",
    );
  });

  it(`${NANCHUAN}: a ledger opened with what the year already used, its note in English`, async () => {
    // 特困人员, special disease: R = 50000 − 10000 − 0 = 40000; 70% = 28000, but 90000 of the 10万 were used earlier in
    // 2023 (the case's opening balance), so 10000.00 is left and paid.
    const claim = { ...NANCHUAN_CASE.claims[0], basicInsurancePaid: 10000, criticalIllnessPaid: 0, inMunicipality: false };
    const file = writeCase(dir, "opening.json", { ...NANCHUAN_CASE, ledgers: { 特殊疾病限额: { "2023": "90000.00" } }, claims: [claim] });
    const out = await english(NANCHUAN, file);
    expect(out).toContain(
      ": annual ledger “特殊疾病限额”: used 0.00 → 90,000.00 yuan (opening: used earlier in 2023, as the case reports) (rulings: N4, R2)\n",
    );
    expect(out).toContain("  Annual ledgers: “特殊疾病限额”: used 90,000.00 → 100,000.00 yuan of an annual limit of 100,000.00 yuan\n");
    expect(out).toContain(": output “医疗救助” (basic) = 10,000.00 yuan\n");
  });

  it(`${JINZHOU}: the annual deductibles consumed across the year's claims`, async () => {
    // The example: 低保边缘家庭成员 (因病致贫重病患者 inactive, J4): deductible 2000, 60%; 倾斜 deductible 5000 (J2, J3).
    // c1: S = 20000 − 12000 − 2000 = 6000; 基本救助 60% × (6000 − 2000) = 2400; residual 6000 − 2400 = 3600 goes to
    //     the 倾斜 deductible (3600 of 5000), 倾斜 0.
    // c2: S = 9000 − 4000 − 0 = 5000; the 基本 deductible is used up: 60% × 5000 = 3000; residual 5000 − 3000 = 2000,
    //     1400 of it completes the 倾斜 deductible: 60% × (2000 − 1400) = 360. Totals 5400, 360, 5760.
    const out = await english(JINZHOU, `${ROOT}/policies/medical-assistance/examples/jinzhou.json`);
    const lines = out.split("\n");
    expect(lines).toContain("  Result: “基本救助” (basic) 2,400.00 yuan; “倾斜救助” (tilted) 0.00 yuan; “救助合计” (total) 2,400.00 yuan");
    expect(lines).toContain(
      "  Annual ledgers: “基本救助起付线”: used 0.00 → 2,000.00 yuan of an annual limit of 2,000.00 yuan; “基本救助限额”: used 0.00 → 2,400.00 yuan of an annual limit of 20,000.00 yuan; “倾斜救助起付线”: used 0.00 → 3,600.00 yuan of an annual limit of 5,000.00 yuan; “倾斜救助限额”: used 0.00 → 0.00 yuan of an annual limit of 15,000.00 yuan",
    );
    expect(lines).toContain("  Result: “基本救助” (basic) 3,000.00 yuan; “倾斜救助” (tilted) 360.00 yuan; “救助合计” (total) 3,360.00 yuan");
    expect(lines).toContain("Totals (2 claims): “基本救助” 5,400.00 yuan; “倾斜救助” 360.00 yuan; “救助合计” 5,760.00 yuan");
  });

  it(`${MIANYANG}: a claim before the document is in force, and one on its first day`, async () => {
    // In force from 2018-02-01 (R6: the notice's signing date) for 3 years, through 2021-02-01 (R5, M1).
    // c2, 二级, not retired, 20000 with nothing self-paid first: deductible 600 (第二十七条);
    // fund 92% × (20000 − 600) = 17848.00 (第二十九条); the person pays 20000 − 17848 = 2152.00.
    const claim = { hospitalLevel: "二级", aids: false, outOfCityReferral: false, totalCost: 20000 };
    const file = writeCase(dir, "mianyang.json", {
      person: { retired: false, birthDate: "1970-03-01", previousYearAverageWage: 60000 },
      claims: [
        { id: "c1", date: "2018-01-31", ...claim },
        { id: "c2", date: "2018-02-01", ...claim },
      ],
    });
    const lines = (await english(MIANYANG, file)).split("\n");
    expect(lines).toContain("Claim 1 c1: the settlement date is outside this document's period of force (not_in_force)");
    expect(lines).toContain(
      "  Why: The settlement date 2018-01-31 is outside the document's period of force (in force from 2018-02-01 until 2021-02-01); the document does not apply",
    );
    expect(lines).toContain("Claim 2 c2: calculated");
    expect(lines).toContain(
      "  Result: “起付标准” (deductible) 600.00 yuan; “先自付费用” (selfPayFirst) 0.00 yuan; “统筹基金支付” (fundPays) 17,848.00 yuan; “个人负担” (personalPays) 2,152.00 yuan",
    );
    // The document's own rulings in the English its rule file gives (X1's text: own-rulings.test.ts).
    expect(lines).toContain(
      "  X2  The referral top-up (第二十七条（五）) is based on the deductible set under 第二十七条 for the stay in the hospital referred from (before any referral top-up), so that successive referrals are topped up step by step.",
    );
    expect(lines.some((l) => l.includes(OWN_RULING))).toBe(false);
  });

  it("a plan: a claim before its first version, said in English with the version's 文号", async () => {
    const file = writeCase(dir, "plan.json", { date: "2018-06-01", facts: { categories: ["特困人员"], baseDeductible: 20000, baseRate: "0.6" } });
    const out = await english(PLAN, file);
    expect(out).toContain("Conclusion: the settlement date is outside this document's period of force (not_in_force)\n");
    expect(out).toContain("  Why: 2018-06-01 is before the first known version of");
  });

  it("the page: in English with lang=en; the notice stays Chinese, with a note on stderr", async () => {
    const example = `${ROOT}/policies/medical-assistance/examples/nanchuan.json`;
    const page = await explain([NANCHUAN, "--case", example, "--format", "html", "--lang", "en"]);
    expect(page.out).toContain('<html lang="en">');
    expect(page.out).toContain("<h2>Claim 1 c1: calculated</h2>");
    expect(page.out).toContain("<h2>Totals (3 claims)</h2>");
    const notice = await explain([NANCHUAN, "--case", example, "--format", "html", "--notice", "--lang", "en"]);
    const chinese = await explain([NANCHUAN, "--case", example, "--format", "html", "--notice"]);
    expect(notice.code).toBe(0);
    expect(notice.out).toBe(chinese.out);
    expect(notice.err).toBe("regc explain: the decision notice is in Chinese whatever --lang says: it is handed to the applicant\n");
    expect(chinese.err).toBe("");
  });

  it("Chinese when nothing names a language, and with --lang zh", async () => {
    const example = `${ROOT}/policies/medical-assistance/examples/nanchuan.json`;
    const plain = await explain([NANCHUAN, "--case", example]);
    const zh = await explain([NANCHUAN, "--case", example, "--lang", "zh"]);
    expect(plain.out).toBe(zh.out);
    expect(plain.out.split("\n")[3]).toBe("第1笔 c1：予以计算");
  });

  it("the rule notices Chinese prose", () => {
    expect(prose("Under 二（三）2第一段: “个人负担” = 1 yuan", [])).not.toMatch(HAN);
    expect(prose("Why: 不予支付", [])).toMatch(HAN);
  });
});

describe("regc deadline --explain --lang en", () => {
  it("counts across 春节 2024 and its make-up Sunday, day by day, with the notice", async () => {
    // 国办发明电〔2023〕7号: 2024-02-10 to 02-17 off for 春节, Sunday 02-18 worked. From Thursday 02-08 (not counted):
    // Fri 02-09 is day 1, 02-10..17 are off, Sun 02-18 day 2, Mon 19 day 3, Tue 20 day 4, Wed 21 day 5.
    let out = "";
    const code = await main(["deadline", "2024-02-08", "5工作日", "--explain", "--lang", "en"], { cwd: ROOT, env: {}, out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    expect(out).toBe(
      [
        "5 working days from 2024-02-08 (Thursday) (the start day not counted, ruling R4):",
        "  2024-02-09 (Friday)  working day, day 1 of the count",
        "  2024-02-10 to 2024-02-17  “春节” holiday (国办发明电〔2023〕7号)",
        "  2024-02-18 (Sunday)  make-up working day (国办发明电〔2023〕7号), day 2 of the count",
        "  2024-02-19 (Monday)  working day, day 3 of the count",
        "  2024-02-20 (Tuesday)  working day, day 4 of the count",
        "  2024-02-21 (Wednesday)  working day, day 5 of the count",
        "Last day: 2024-02-21 (Wednesday)",
        "Relied on:",
        "  《国务院办公厅关于2024年部分节假日安排的通知》 (国办发明电〔2023〕7号): 2024-02-10 to 2024-02-17 “春节” holiday, 2024-02-18 (Sunday) a working day",
        "",
      ].join("\n"),
    );
    expect(withoutNames(out, [])).not.toMatch(HAN);
  });
});
