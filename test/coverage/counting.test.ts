// What `regc coverage` counts and how notes apply, on a small gazette written for the test:
//   第一条 (purpose)                          → noted non-computable
//   第二条 opening words (起付标准500元)        → encoded (@ 第二条)
//   第二条（一） 艾滋病                          → encoded (@ 第二条（一）)
//   第二条（二） 百岁老人                        → pending, by the note on 第二条
//   第三条 第一款 70% and 第二款 80%             → encoded, as parts of 第三条 cited as a whole
//   第四条 (effective date)                    → encoded
// 7 pieces: 5 encoded + 1 excluded = 6 of 7 = 85.7%.
import { describe, expect, it } from "vitest";
import type { DocumentCoverage } from "../../compiler/law/coverage.js";
import { emptyProject, regc } from "../e2e/regc.js";
import { allFindings } from "../citations/project.js";

const GAZETTE = `测试市人民政府文件

测试府发〔2024〕1号

测试办法

第一条 为了测试，制定本办法。
第二条 起付标准为500元。下列情况不计起付标准：
（一）因艾滋病住院的；
（二）百岁以上老人住院的。
第三条 报销比例为70%。
退休人员报销比例为80%。
第四条 本办法自2024年1月1日起施行。
`;

const RULES = `document "测试府发〔2024〕1号" {
  title "测试办法"
  effective 2024-01-01 @ 第四条
  source "sources/测试府发〔2024〕1号.txt"
}

claim {
  cost: money "费用"
  aids: bool "艾滋病"
}

param 起付: money @ 第二条 = 500元
value 起付标准: money @ 第二条 = 起付
exception 艾滋病 on 起付标准 when claim.aids then 0元 per "不计起付标准" @ 第二条（一） @ 第二条
param 比例: rate @ 第三条 = 70%
output pays: money @ 第三条 ruling R3 = round(比例 * max(0元, claim.cost - 起付标准))
`;

const NOTES = `第一条:
  reason: non-computable
  note: 立法目的
第二条:
  reason: pending
  note: 百岁老人不计起付标准，未编码
`;

function project(notes = NOTES): string {
  return emptyProject({
    "policies/test/rules.policy": RULES,
    "policies/test/sources/测试府发〔2024〕1号.txt": GAZETTE,
    "policies/test/coverage/测试府发〔2024〕1号.yaml": notes,
  });
}

async function coverage(dir: string, ...args: string[]) {
  const ran = await regc(["coverage", ...args], dir);
  return { ...ran, documents: args.includes("--json") && ran.out ? (JSON.parse(ran.out) as DocumentCoverage[]) : [] };
}

describe("regc coverage", () => {
  it("counts each piece of text once and applies notes to what no rule encodes", async () => {
    const { code, documents } = await coverage(project(), "--json");
    expect(code).toBe(0);
    const [d] = documents;
    expect(d!.entries.map((e) => [e.path, e.status, e.via ?? e.note?.path ?? ""])).toEqual([
      ["第一条", "excluded", "第一条"],
      ["第二条", "encoded", ""],
      ["第二条（一）", "encoded", ""],
      ["第二条（二）", "pending", "第二条"],
      ["第三条第一款", "encoded", "第三条"],
      ["第三条第二款", "encoded", "第三条"],
      ["第四条", "encoded", ""],
    ]);
    expect(d!.counts).toEqual({ encoded: 5, excluded: 1, pending: 1, "not-covered": 0, total: 7 });
    expect(d!.percent).toBe("85.7");
    expect(d!.entries[1]!.by).toEqual([{ file: "policies/test/rules.policy", rules: ["param 起付", "value 起付标准", "exception 艾滋病"] }]);
  });

  it("prints one line per piece and a summary", async () => {
    const { out } = await coverage(project());
    expect(out).toContain("  coverage 85.7%: 6 of 7 provisions (5 encoded, 1 excluded), 1 pending, 0 not covered\n");
    expect(out).toMatch(/^ {2}第二条（二） +pending +pending: 百岁老人不计起付标准，未编码 \(noted for 第二条\)$/m);
    expect(out).toMatch(/^ {2}第三条第一款 +encoded +\(as part of 第三条\) test\/rules\.policy: param 比例, output pays$/m);
    expect(out).toMatch(/^测试府发〔2024〕1号 +85\.7%$/m);
  });

  it("exits 1 below --min", async () => {
    const dir = project();
    const below = await coverage(dir, "--min", "90");
    expect(below.code).toBe(1);
    expect(below.err).toContain("测试府发〔2024〕1号: coverage 85.7% is below the minimum 90%");
    expect((await coverage(dir, "--min", "85")).code).toBe(0);
    expect((await coverage(dir, "--min", "ninety")).code).toBe(2);
  });

  it("shows what is not covered without notes", async () => {
    const { documents } = await coverage(project(""), "--json");
    expect(documents[0]!.entries.filter((e) => e.status === "not-covered").map((e) => e.path)).toEqual(["第一条", "第二条（二）"]);
    expect(documents[0]!.percent).toBe("71.4");
  });

  it("reports notes that name no provision, lack a reason, or are out of date", async () => {
    const notes = `${NOTES}第九条:\n  reason: non-computable\n  note: 无此条\n第三条:\n  reason: unclear\n  note: x\n第四条:\n  reason: non-computable\n  note: 施行日期\n`;
    const ran = await coverage(project(notes));
    expect(ran.code).toBe(1);
    expect(allFindings(ran.err).map((f) => [f.code, f.message, f.help])).toEqual([
      ["E0806", "第九条 is not a provision of 测试府发〔2024〕1号", "nearest provisions: 第四条, 第三条, 第二条"],
      ["E0807", "第三条: the reason must be one of non-computable, delegated, not-yet-active, pending", "e.g. 第三条: { reason: non-computable, note: … }"],
      ["W0802", "第四条 is encoded (by policies/test/rules.policy), so its note is out of date", "remove the note"],
    ]);
  });
});
