// An amendment from a date (test/fixtures/amends, fictional): 示例府办发〔2024〕2号 changes the fictional
// 示例府办发〔2024〕1号 (test/fixtures/amendment) from 2024-10-01 — a parameter (倾斜年度限额 2万元 → 3万元), one
// row of a table (倾斜比例 of 特困人员 70% → 80%) and a whole rule (倾斜适用: referral alone). Claims before the
// date get 1号 as written, from it 1号 as amended; diff, explain and history say which number applies when.
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../compiler/program.js";
import { emptyProject, regc, tempDir, writeCase } from "../e2e/regc.js";

const DRAFTS = ["--policies", "test/fixtures/amendment", "--policies", "test/fixtures/amends"];

const claim = (id: string, date: string) => ({
  id,
  date,
  setting: "住院",
  disease: "特殊疾病",
  hospitalLevel: "三级",
  inScopeCost: 60000,
  basicInsurancePaid: 20000,
  criticalIllnessPaid: 0,
  referral: true,
  inMunicipality: false,
});

describe("an amendment from a date", () => {
  it("routes the amended document's claims between its texts", async () => {
    // 特困人员, R = 40000, referral, not in the municipality:
    //   2024-09-30 as written: A1 = 70% × 40000 = 28000.00; 倾斜 needs 在市内就医 → 0; total 28000.00
    //   2024-10-01 as amended: A1 = 28000.00; 倾斜适用 = referral; S = 12000; 80% × (12000 − 2000) = 8000.00; total 36000.00
    const file = writeCase(tempDir(), "case.json", { person: { categories: ["特困人员"] }, claims: [claim("c1", "2024-09-30"), claim("c2", "2024-10-01")] });
    const r = await regc(["run", "示例府办发〔2024〕1号", ...DRAFTS, "--case", file, "--no-trace"]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).claims).toEqual([
      { id: "c1", status: "ok", document: "示例府办发〔2024〕1号", outputs: { basic: "28000.00", tilted: "0.00", total: "28000.00" } },
      {
        id: "c2",
        status: "ok",
        document: "示例府办发〔2024〕1号",
        amendments: ["示例府办发〔2024〕2号"],
        outputs: { basic: "28000.00", tilted: "8000.00", total: "36000.00" },
      },
    ]);
    // The amending document's 文号 names the text as amended alone: the day before is not its own.
    const alone = await regc(["run", "示例府办发〔2024〕2号", ...DRAFTS, "--case", file, "--no-trace"]);
    expect(JSON.parse(alone.out).claims.map((c: { status: string }) => c.status)).toEqual(["not_in_force", "ok"]);
  });

  it("explains which version of each number a claim used", async () => {
    const file = writeCase(tempDir(), "case.json", { person: { categories: ["特困人员"] }, claims: [claim("c1", "2024-09-30"), claim("c2", "2024-10-01")] });
    const r = await regc(["explain", "示例府办发〔2024〕1号", ...DRAFTS, "--case", file]);
    expect(r.code, r.err).toBe(0);
    const [first, second] = r.out.split("第2笔");
    // As written, 倾斜 needs 在市内就医: it does not apply to c1, and its rate is not one of c1's steps.
    expect(first).toContain("二（三）3第二段，倾斜适用 = 否");
    expect(first).toContain("未适用：");
    expect(first).not.toContain("示例府办发〔2024〕2号");
    expect(second).toContain("（适用示例府办发〔2024〕1号，经示例府办发〔2024〕2号修改）");
    expect(second).toContain("依据示例府办发〔2024〕2号 二，倾斜比例为 特困人员: 80%");
    expect(second).toContain("依据示例府办发〔2024〕2号 一，倾斜年度限额为 30000.00");
    // The amending decision's own words are quoted.
    expect(r.out).toContain("示例府办发〔2024〕2号 一　将二（三）3第二段中的“年度救助限额2万元”修改为“年度救助限额3万元”。");
  });

  it("diff shows what the amendment changes, each side with its citation", async () => {
    const r = await regc(["diff", "示例府办发〔2024〕1号", "示例府办发〔2024〕2号", ...DRAFTS, "--json"]);
    expect(r.code, r.err).toBe(0);
    const entries = new Map(
      (JSON.parse(r.out).entries as { what: string; a?: { text: string; citation: string }; b?: { text: string; citation: string } }[]).map((e) => [e.what, e]),
    );
    expect(entries.get("param 倾斜年度限额")).toEqual({
      what: "param 倾斜年度限额",
      a: { text: "20000元", citation: "示例府办发〔2024〕1号 二（三）3第二段" },
      b: { text: "30000元", citation: "示例府办发〔2024〕2号 一" },
    });
    expect(entries.get("param 倾斜比例[特困人员]")?.b).toEqual({ text: "80%", citation: "示例府办发〔2024〕2号 二" });
    // The rows the amendment does not list are the same on both sides, so not listed.
    expect(entries.has("param 倾斜比例[低保对象]")).toBe(false);
    expect(entries.get("value 倾斜适用")?.b).toEqual({ text: "claim.referral", citation: "示例府办发〔2024〕2号 三" });
  });

  it("history lists each parameter's values with their periods and citations", async () => {
    const r = await regc(["history", "南川区健全重特大疾病医疗保险和救助制度实施方案", ...DRAFTS, "--json"]);
    expect(r.code, r.err).toBe(0);
    const h = JSON.parse(r.out) as {
      versions: unknown[];
      parameters: { name: string; values: { from: string; to: string | null; value: string; citation: string }[] }[];
    };
    expect(h.versions).toEqual([
      { document: "南川府办发〔2023〕8号", from: "2023-06-07", to: "2024-06-30", encoded: true },
      { document: "示例府办发〔2024〕1号", from: "2024-07-01", to: "2024-09-30", encoded: true },
      { document: "示例府办发〔2024〕1号", from: "2024-10-01", to: null, encoded: true, amendments: ["示例府办发〔2024〕2号"] },
    ]);
    const param = (name: string) => h.parameters.find((p) => p.name === name)!.values.map(({ from, to, value, citation }) => ({ from, to, value, citation }));
    expect(param("倾斜比例[特困人员]")).toEqual([
      { from: "2023-06-07", to: "2024-06-30", value: "70%", citation: "南川府办发〔2023〕8号 二（三）3第二段" },
      { from: "2024-07-01", to: "2024-09-30", value: "70%", citation: "示例府办发〔2024〕1号 二（三）3第二段" },
      { from: "2024-10-01", to: null, value: "80%", citation: "示例府办发〔2024〕2号 二" },
    ]);
    // Untouched by the amendment: one entry over both texts of 1号.
    expect(param("救助比例[低保边缘家庭成员]")).toEqual([
      { from: "2023-06-07", to: "2024-06-30", value: "60%", citation: "南川府办发〔2023〕8号 二（三）2第一段" },
      { from: "2024-07-01", to: null, value: "65%", citation: "示例府办发〔2024〕1号 二（三）2第一段" },
    ]);
  });

  it("status names the amendment from its date, and --known-on leaves it out before it was decided", async () => {
    const on = await regc(["status", "示例府办发〔2024〕1号", "--on", "2024-10-05", ...DRAFTS]);
    expect(JSON.parse(on.out).reason).toContain("as amended by 示例府办发〔2024〕2号 (四) from 2024-10-01");
    const known = await regc(["status", "示例府办发〔2024〕1号", "--on", "2024-10-05", "--known-on", "2024-08-01", ...DRAFTS]);
    const json = JSON.parse(known.out);
    expect(json.reason).not.toContain("amended");
    expect(json.notApplied).toEqual([{ document: "示例府办发〔2024〕2号", decided: "2024-09-01", act: "amends" }]);
  });
});

describe("amendments that cannot apply", () => {
  const base = `document "办法〔2024〕1号" {
  title "办法"
  effective 2024-01-01 @ 第一条
}
claim {
  cost: money "费用"
}
param 比例: rate by 类别 @ 第二条 {
  甲, 乙: 50%
}
enum 类别 { 甲, 乙 }
claim {
  kind: 类别 "类别"
}
`;
  const amending = (items: string, rules: string) => `document "修改〔2024〕2号" {
  title "修改决定"
  effective 2024-06-01 @ 第一条
${items}}
${rules}`;

  it("an override of a name the amended document lacks is E0210, naming the amended document", () => {
    const p = compileProgram(
      emptyProject({
        "policies/a.policy": base,
        "policies/b.policy": amending('  amends "办法〔2024〕1号" from 2024-07-01 @ 第一条\n', "override param 比率: rate @ 第一条 = 60%\n"),
      }),
    );
    const d = p.diagnostics.find((x) => x.code === "E0210")!;
    expect(d.message).toContain("the amended document 办法〔2024〕1号 has no param of that name");
    expect(d.help).toContain('did you mean "比例"');
  });

  it("amending from a day before the amendment takes effect is E0713", () => {
    const p = compileProgram(
      emptyProject({
        "policies/a.policy": base,
        "policies/b.policy": amending('  amends "办法〔2024〕1号" from 2024-05-01 @ 第一条\n', "override param 比例: rate by 类别 @ 第一条 { 甲: 60% }\n"),
      }),
    );
    expect(p.diagnostics.map((d) => d.code)).toContain("E0713");
  });

  it("a table override replaces only its rows, each row traced under its own document", () => {
    const p = compileProgram(
      emptyProject({
        "policies/a.policy": base,
        "policies/b.policy": amending('  amends "办法〔2024〕1号" from 2024-07-01 @ 第一条\n', "override param 比例: rate by 类别 @ 第一条 { 甲: 60% }\n"),
      }),
    );
    const amended = p.units.find((u) => u.amendments)!;
    expect(amended.inForce.from).toBe("2024-07-01");
    const written = p.units.find((u) => u.number === "办法〔2024〕1号" && !u.amendments)!;
    expect(written.inForce.to).toBe("2024-06-30");
    const table = amended.params.find((x) => x.name === "比例")!.table!;
    const cite = (member: string) => amended.provenance[table.rowsAt!.get(member)!.at]!.citation;
    expect(cite("甲")).toBe("修改〔2024〕2号 第一条");
    expect(cite("乙")).toBe("办法〔2024〕1号 第二条");
  });
});
