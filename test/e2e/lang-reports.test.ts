// The text and Markdown reports a person reads follow the reader's language (`--lang`, else the locale), and
// keep the language they always had when neither names one: `regc rulings`, `diff` and the text of `impact` and
// `coverage` English, `regc history` and the Markdown of `impact` and `coverage` Chinese (docs/contracts.md).
// JSON field names are the same in both.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { claim, DRAFT, PLAN } from "../versions/amendment-claim.js";
import { ROOT, tempDir } from "./regc.js";

async function regc(argv: readonly string[], env: Record<string, string> = {}): Promise<string> {
  let out = "";
  let err = "";
  const code = await main([...argv], { cwd: ROOT, env, out: (t) => (out += t), err: (t) => (err += t) });
  expect(code, err).toBe(0);
  return out;
}

/** The report in English (--lang en), in Chinese (--lang zh and a Chinese locale, the same), and with neither. */
async function inEach(argv: readonly string[]): Promise<{ en: string; zh: string; none: string }> {
  const en = await regc([...argv, "--lang", "en"]);
  const zh = await regc([...argv, "--lang", "zh"]);
  expect(await regc(argv, { LANG: "zh_CN.UTF-8" })).toBe(zh);
  return { en, zh, none: await regc(argv) };
}

describe("regc rulings", () => {
  it("says each ruling, its uses and the unused ones in the reader's language, English by default", async () => {
    const report = JSON.parse(await regc(["rulings", "--json"])) as { rulings: { id: string; document?: string; uses: unknown[] }[]; unused: string[] };
    const r2 = report.rulings.find((r) => r.id === "R2" && !r.document)!;
    const { en, zh, none } = await inEach(["rulings"]);
    expect(none).toBe(en);
    // policies/rulings.yaml R2: title "Year" / 年度, its text in each language (a text not starting with a
    // lowercase word is joined to its title by ：, as explanations join them).
    expect(en).toContain(
      `R2\n  Year：年度 = calendar year (1 Jan – 31 Dec) of the claim's settlement date. Caps and annual deductibles are per person and reset on 1 January.\n  relied on by ${r2.uses.length} rules:\n`,
    );
    expect(zh).toContain(
      `R2\n  年度：年度指结算日期所在的自然年（1月1日至12月31日）。年度限额和年度起付标准按人计算，每年1月1日重新起算。\n  被 ${r2.uses.length} 条规则引用：\n`,
    );
    expect(report.unused.length).toBeGreaterThan(0);
    expect(en).toContain(`\nnot relied on by any encoded rule: ${report.unused.join(", ")}\n`);
    expect(zh).toContain(`\n未被任何已编码的规则引用：${report.unused.join("、")}\n`);
    // A document's own ruling: in the English its rule file gives, and in Chinese; its head in each language's form.
    expect(en).toMatch(/^X1 \(绵府发〔2018〕3号\)\n {2}The deductible reduction of 100 yuan for retirees/m);
    expect(zh).toMatch(/^X1（绵府发〔2018〕3号）\n {2}退休人员起付标准降低100元/m);
  });
});

describe("regc diff", () => {
  // 南川府办发〔2023〕8号: 本方案自印发之日起施行, printed 2023-06-07. 合川府办发〔2024〕37号 prints no date of effect:
  // from its date, 2024-06-25 (R6). 倾斜门槛 is a parameter only 合川 declares.
  const A = "南川府办发〔2023〕8号";
  const B = "合川府办发〔2024〕37号";

  it("says the differences and the documents' dates in the reader's language, English by default", async () => {
    const { en, zh, none } = await inEach(["diff", A, B]);
    expect(none).toBe(en);
    expect(en).toMatch(new RegExp(`^${A} ↔ ${B}: 8 differences\n\n`));
    expect(zh).toMatch(new RegExp(`^${A} ↔ ${B}：8 处不同\n\n`));
    expect(en).toContain(`document in force from\n  ${A}: 2023-06-07 — effective 2023-06-07\n  ${B}: 2024-06-25 — effective 2024-06-25 (assumed per R6)\n`);
    expect(zh).toContain(`document in force from\n  ${A}: 2023-06-07 — 自2023-06-07起施行\n  ${B}: 2024-06-25 — 自2024-06-25起施行（按 R6 推定）\n`);
    expect(en).toContain(`param 倾斜门槛\n  (not in ${A})\n  ${B} 二（三）3第二段: 3000元\n`);
    expect(zh).toContain(`param 倾斜门槛\n  （${A} 中没有）\n  ${B} 二（三）3第二段: 3000元\n`);
    const same = await inEach(["diff", A, A]);
    expect([same.en, same.zh, same.none]).toEqual([`${A} and ${A}: no differences\n`, `${A} 与 ${A}：没有不同\n`, `${A} and ${A}: no differences\n`]);
  });

  it("gives the documents' dates in the reader's language in --json too, its fields the same", async () => {
    const from = async (lang: string) => {
      const d = JSON.parse(await regc(["diff", A, B, "--json", "--lang", lang])) as { entries: { what: string; b?: { text: string } }[] };
      return d.entries.find((e) => e.what === "document in force from")!.b!.text;
    };
    expect(await from("en")).toBe("2024-06-25 — effective 2024-06-25 (assumed per R6)");
    expect(await from("zh")).toBe("2024-06-25 — 自2024-06-25起施行（按 R6 推定）");
  });
});

describe("regc history", () => {
  it("says the versions and their periods in the reader's language, Chinese by default", async () => {
    // The amendment fixture: 示例府办发〔2024〕1号 supersedes 南川府办发〔2023〕8号 from 2024-07-01; 8号 from 2023-06-07.
    const { en, zh, none } = await inEach(["history", PLAN, ...DRAFT]);
    expect(none).toBe(zh);
    expect(en).toMatch(
      new RegExp(`^${PLAN}\nversions:\n {2}2023-06-07 – 2024-06-30 {2}南川府办发〔2023〕8号\n {2}from 2024-07-01 {2}示例府办发〔2024〕1号\n\n`),
    );
    expect(zh).toMatch(new RegExp(`^${PLAN}\n版本：\n {2}2023-06-07 – 2024-06-30 {2}南川府办发〔2023〕8号\n {2}2024-07-01 起 {2}示例府办发〔2024〕1号\n\n`));
    // 救助比例[低保边缘家庭成员]: 60% under 8号, 65% under 1号 (the fixture's change), each period padded to 25.
    expect(en).toContain(
      "救助比例[低保边缘家庭成员]\n  2023-06-07 – 2024-06-30    60%  南川府办发〔2023〕8号 二（三）2第一段\n  from 2024-07-01            65%  示例府办发〔2024〕1号 二（三）2第一段\n",
    );
    expect(zh).toContain(
      "救助比例[低保边缘家庭成员]\n  2023-06-07 – 2024-06-30    60%  南川府办发〔2023〕8号 二（三）2第一段\n  2024-07-01 起               65%  示例府办发〔2024〕1号 二（三）2第一段\n",
    );
  });
});

describe("regc impact", () => {
  // The fixture's 低保边缘家庭成员 rate 60% → 65%, each version as if it governed every claim (--as-if):
  //   line 1, person p1: R = 20000 − 8000 = 12000; 60% = 7200.00 → 65% = 7800.00 (+600.00)
  //   line 2, no id:     R = 15000 − 5000 = 10000; 60% = 6000.00 → 65% = 6500.00 (+500.00)
  //   totals 13200.00 → 14300.00 (+1100.00); both better off.
  const cases = join(tempDir(), "cases.jsonl");
  writeFileSync(
    cases,
    [
      { person: { id: "p1", categories: ["低保边缘家庭成员"] }, claims: [claim("c1", "2024-08-10", 20000, 8000)] },
      { person: { categories: ["低保边缘家庭成员"] }, claims: [claim("c1", "2024-08-10", 15000, 5000)] },
    ]
      .map((c) => JSON.stringify(c))
      .join("\n") + "\n",
  );
  const impact = ["impact", "南川府办发〔2023〕8号", "示例府办发〔2024〕1号", ...DRAFT, "--as-if", "--cases", cases, "--workers", "1"];
  const CITE = "示例府办发〔2024〕1号 二（三）2第一段";
  const RATE = "低保边缘家庭成员: 60% → 低保边缘家庭成员: 65%";

  it("says the text report in the reader's language, English by default", async () => {
    const { en, zh, none } = await inEach(impact);
    expect(none).toBe(en);
    expect(en).toBe(
      [
        "南川府办发〔2023〕8号 → 示例府办发〔2024〕1号, output total, 2 people, 2 claims, each version as if it governed every claim",
        "total: 13200.00 → 14300.00 (+1100.00)",
        "better off: 2, worse off: 0, unchanged: 0",
        "largest changes:",
        `  p1 (line 1): 7200.00 → 7800.00 (+600.00), claim c1: 救助比例 @ ${CITE}: ${RATE}`,
        `  line 2 (line 2): 6000.00 → 6500.00 (+500.00), claim c1: 救助比例 @ ${CITE}: ${RATE}`,
        "",
      ].join("\n"),
    );
    expect(zh).toBe(
      [
        "南川府办发〔2023〕8号 → 示例府办发〔2024〕1号，输出 total，2 人，2 笔，两个版本各自按适用于全部申请计算",
        "合计：13200.00 → 14300.00（+1100.00）",
        "待遇提高：2，降低：0，不变：0",
        "变化最大的案例：",
        `  p1（第 1 行）：7200.00 → 7800.00（+600.00），申请 c1：救助比例（${CITE}）：${RATE}`,
        `  第 2 行（第 2 行）：6000.00 → 6500.00（+500.00），申请 c1：救助比例（${CITE}）：${RATE}`,
        "",
      ].join("\n"),
    );
  });

  it("says the Markdown report in the reader's language, Chinese by default", async () => {
    const { en, zh, none } = await inEach([...impact, "--format", "markdown"]);
    expect(none).toBe(zh);
    expect(en).toBe(
      [
        "## Impact of the change: 南川府办发〔2023〕8号 → 示例府办发〔2024〕1号",
        "",
        "Comparing the output 救助合计 (`total`) for 2 people and 2 claims.",
        "",
        "|  | old version | new version | difference |",
        "| --- | ---: | ---: | ---: |",
        "| total | 13200.00 | 14300.00 | +1100.00 |",
        "",
        "2 better off, 0 worse off, 0 unchanged.",
        "",
        "### Largest changes",
        "",
        "| person | line | old | new | difference | claim | cause |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
        `| p1 | 1 | 7200.00 | 7800.00 | +600.00 | c1 | 救助比例 (${CITE}): ${RATE} |`,
        `| line 2 | 2 | 6000.00 | 6500.00 | +500.00 | c1 | 救助比例 (${CITE}): ${RATE} |`,
        "",
        "",
      ].join("\n"),
    );
    expect(zh).toBe(
      [
        "## 政策变化的影响：南川府办发〔2023〕8号 → 示例府办发〔2024〕1号",
        "",
        "比较输出 救助合计（`total`），共 2 人、2 笔。",
        "",
        "|  | 旧版本 | 新版本 | 差额 |",
        "| --- | ---: | ---: | ---: |",
        "| 合计 | 13200.00 | 14300.00 | +1100.00 |",
        "",
        "待遇提高 2 人，降低 0 人，不变 0 人。",
        "",
        "### 变化最大的案例",
        "",
        "| 人员 | 行 | 旧 | 新 | 差额 | 报销记录 | 原因 |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
        `| p1 | 1 | 7200.00 | 7800.00 | +600.00 | c1 | 救助比例（${CITE}）：${RATE} |`,
        `| 第 2 行 | 2 | 6000.00 | 6500.00 | +500.00 | c1 | 救助比例（${CITE}）：${RATE} |`,
        "",
        "",
      ].join("\n"),
    );
  });
});

describe("regc coverage", () => {
  // 南川府办发〔2023〕8号: 21 provisions, 12 encoded and 9 excluded (coverage notes): 21 of 21, 100.0%.
  const DOC = "南川府办发〔2023〕8号";

  it("says the text report in the reader's language, English by default", async () => {
    const [json] = JSON.parse(await regc(["coverage", DOC, "--json"])) as { source: string; notes: string; calendar: { lastDay: string } }[];
    const { en, zh, none } = await inEach(["coverage", DOC]);
    expect(none).toBe(en);
    expect(en).toMatch(
      new RegExp(
        `^${DOC} 南川区健全重特大疾病医疗保险和救助制度实施方案\n  coverage 100\\.0%: 21 of 21 provisions \\(12 encoded, 9 excluded\\), 0 pending, 0 not covered\n  text ${json!.source}; notes ${json!.notes}\n  counts working days: the official calendar ends on ${json!.calendar.lastDay}\n`,
      ),
    );
    expect(zh).toMatch(
      new RegExp(
        `^${DOC} 南川区健全重特大疾病医疗保险和救助制度实施方案\n  覆盖率 100\\.0%：21 条中 21 条（已编码 12，已排除 9），待定 0，未覆盖 0\n  文本 ${json!.source}；说明 ${json!.notes}\n  计算工作日：官方节假日安排截至 ${json!.calendar.lastDay}\n`,
      ),
    );
    // A status padded to 11 columns either way; a note written for the enclosing provision says so.
    expect(en).toContain("  二（一）         encoded     medical-assistance/chongqing.policy: foreach 类别\n");
    expect(zh).toContain("  二（一）         已编码      medical-assistance/chongqing.policy: foreach 类别\n");
    expect(en).toContain("  三（四）         excluded    non-computable: 保障措施：组织领导、部门职责、基金预算与经办能力建设 (noted for 三)\n");
    expect(zh).toContain("  三（四）         已排除      non-computable: 保障措施：组织领导、部门职责、基金预算与经办能力建设（为 三 所作说明）\n");
  });

  it("says the Markdown report in the reader's language, Chinese by default", async () => {
    const { en, zh, none } = await inEach(["coverage", DOC, "--format", "markdown"]);
    expect(none).toBe(zh);
    const row = `| ${DOC} | 南川区健全重特大疾病医疗保险和救助制度实施方案 | 100.0% | 12 | 9 | 0 | 0 | 21 |\n`;
    expect(en).toBe(
      `## Coverage of the provisions\n\n| 文号 | title | coverage | encoded | excluded | pending | not covered | provisions |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n${row}`,
    );
    expect(zh).toBe(
      `## 条款覆盖率\n\n| 文号 | 标题 | 覆盖率 | 已编码 | 已排除 | 待定 | 未覆盖 | 条款 |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n${row}`,
    );
  });
});

describe("regc batch --report", () => {
  it("says what the annex's tables leave out in the reader's language, English by default", async () => {
    // 锦政办发〔2022〕16号's monthly table needs each person's district: a 特困人员 claim (S = 30000 − 15000 − 5000 =
    // 10000, paid) of a person without one is left out of it.
    const dir = tempDir();
    const cases = join(dir, "cases.jsonl");
    const claim = { id: "a1", date: "2023-03-15", inScopeCost: 30000, basicInsurancePaid: 15000, criticalIllnessPaid: 5000 };
    writeFileSync(cases, `${JSON.stringify({ person: { id: "A", categories: ["特困人员"] }, claims: [claim] })}\n`);
    const argv = ["batch", "锦政办发〔2022〕16号", "--cases", cases, "--out", join(dir, "out.jsonl"), "--report", "--workers", "1"];
    // (the summary before the tables says how long the run took: the reports are compared by their last line)
    const last = (out: string) => out.trimEnd().split("\n").pop();
    const en = "1 claims were left out of the tables (a case without person.district or person.id)";
    const zh = "另有 1 笔申请未列入表中（案例缺少 person.district 或 person.id）";
    expect(last(await regc([...argv, "--lang", "en"]))).toBe(en);
    expect(last(await regc(argv))).toBe(en);
    expect(last(await regc([...argv, "--lang", "zh"]))).toBe(zh);
    expect(last(await regc(argv, { LANG: "zh_CN.UTF-8" }))).toBe(zh);
  });
});
