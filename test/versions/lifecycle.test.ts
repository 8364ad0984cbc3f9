// Versions in the lifecycle: a supersession accounts for each part file of the document it ends (carried over,
// replaced or ended); a carried part runs on with its carrier; documents the seeds only name are in force
// "unknown" where their dates are not printed (R11); and the law can be read as known on an earlier day.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileProgram, type Program } from "../../compiler/program.js";
import { decidedLater, statusOn } from "../../compiler/lifecycle/periods.js";
import { formatSource } from "../../dsl/format.js";
import { parse } from "../../dsl/parser.js";
import { emptyProject, regc, runnableProject, tempDir, writeCase } from "../e2e/regc.js";

function doc(number: string, ...items: string[]): string {
  return `document "${number}" {\n  title "${number}"\n${items.map((i) => `  ${i}\n`).join("")}}\n`;
}

const part = (name: string, number: string) => `part ${name} of "${number}"\nfacts {}\noutput d: date @ 第三条 = facts.date\n`;

function compile(files: Record<string, string>): Program {
  return compileProgram(emptyProject(files));
}

const codes = (p: Program) => p.diagnostics.map((d) => d.code).filter((c) => c !== "W0801");

describe("a supersession's parts", () => {
  const old = {
    "policies/a.policy": doc("方案〔2020〕1号", 'plan "救助方案"', "effective 2020-01-01 @ 第一条"),
    "policies/a-list.policy": part("名单", "方案〔2020〕1号"),
    "policies/a-deposit.policy": part("押金", "方案〔2020〕1号"),
    "policies/a-report.policy": part("报告", "方案〔2020〕1号"),
  };

  it("carries, replaces and ends each part, each with its grounds", () => {
    const p = compile({
      ...old,
      "policies/b.policy": doc(
        "方案〔2021〕2号",
        'plan "救助方案"',
        "effective 2021-01-01 @ 第一条",
        'supersedes "方案〔2020〕1号" @ 第九条 {\n    carries 名单 @ 第二条\n    replaces 押金 by 押金减免 @ 第三条\n    ends 报告 ruling R9\n  }',
      ),
      "policies/b-deposit.policy": part("押金减免", "方案〔2021〕2号"),
    });
    expect(codes(p)).toEqual([]);
    const life = p.lifecycle.documents.get("方案〔2020〕1号")!;
    // Carried over: in force as long as the carrying document (which has no end).
    expect(life.parts.get("名单")!.period.to).toBeNull();
    expect(life.parts.get("名单")!.period.toReason.en).toContain("carried over by 方案〔2021〕2号 (第二条) from 2021-01-01");
    expect(life.parts.get("名单")!.period.toReason.zh).toContain("由方案〔2021〕2号（第二条）自2021-01-01起继续适用");
    // Replaced and ended: they end with their document.
    expect(life.parts.get("押金")!.period.to).toBe("2020-12-31");
    expect(life.parts.get("报告")!.period.to).toBe("2020-12-31");
    // The part unit carries its own period into its module.
    const list = p.units.find((u) => u.part === "名单")!;
    expect(list.inForce).toMatchObject({ from: "2020-01-01", to: null });
    expect(p.units.find((u) => u.number === "方案〔2020〕1号" && u.part === "押金")!.inForce.to).toBe("2020-12-31");
  });

  it("a claim on a part the later version ended is not in force, and its reason says the part was ended", async () => {
    const dir = runnableProject({
      "policies/a.policy": doc("方案〔2020〕1号", 'plan "救助方案"', "effective 2020-01-01 @ 第一条"),
      "policies/a-report.policy": part("报告", "方案〔2020〕1号"),
      "policies/b.policy": doc(
        "方案〔2021〕2号",
        'plan "救助方案"',
        "effective 2021-01-01 @ 第一条",
        'supersedes "方案〔2020〕1号" @ 第九条 {\n    ends 报告 ruling R9\n  }',
      ),
    });
    expect((await regc(["build"], dir)).code).toBe(0);
    const at = async (date: string, lang: string) => {
      const r = await regc(["run", "救助方案/报告", "--case", writeCase(tempDir(), "c.json", { date, facts: {} }), "--no-trace", "--lang", lang], dir);
      expect(r.code, r.err).toBe(0);
      return JSON.parse(r.out) as { status: string; document?: string; reason?: string; outputs: Record<string, string> };
    };
    expect(await at("2020-06-01", "zh")).toMatchObject({ status: "ok", outputs: { d: "2020-06-01" } });
    const ended = await at("2021-06-01", "zh");
    expect(ended).toMatchObject({ status: "not_in_force", document: "方案〔2021〕2号", outputs: {} });
    expect(ended.reason).toContain("方案〔2021〕2号终止了方案〔2020〕1号的“报告”");
    expect((await at("2021-06-01", "en")).reason).toContain('方案〔2021〕2号 ended the part "报告" of 方案〔2020〕1号');
  });

  it("silence about a part is E0711 listing the parts; a block names only parts the earlier document has", () => {
    const silent = compile({
      ...old,
      "policies/b.policy": doc("方案〔2021〕2号", 'plan "救助方案"', "effective 2021-01-01 @ 第一条", 'supersedes "方案〔2020〕1号" @ 第九条'),
    });
    expect(codes(silent)).toEqual(["E0711"]);
    const e = silent.diagnostics.find((d) => d.code === "E0711")!;
    // The parts in the order their files are found (a-deposit, a-list, a-report).
    expect(e.message).toContain("without saying what becomes of its part files: 押金, 名单, 报告");
    expect(e.help).toContain('supersedes "方案〔2020〕1号" … { carries 押金, 名单, 报告 @ … }');

    const wrong = compile({
      ...old,
      "policies/b.policy": doc(
        "方案〔2021〕2号",
        'plan "救助方案"',
        "effective 2021-01-01 @ 第一条",
        'supersedes "方案〔2020〕1号" @ 第九条 {\n    carries 名单, 名单 @ 第二条\n    replaces 押金 by 押金新 @ 第三条\n    ends 报吿 @ 第四条\n    carries 报告\n  }',
      ),
    });
    // each slip its own code: named twice (E0715), a replacement not declared (E0716), a part the earlier
    // document lacks (E0712), a clause without grounds (E0717)
    const messages = wrong.diagnostics.filter((d) => /^E07(12|15|16|17)$/.test(d.code)).map((d) => [d.code, d.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ["E0715", "part 名单 of 方案〔2020〕1号 is accounted for twice"],
        ["E0716", '方案〔2021〕2号 has no part "押金新" to take the place of 押金'],
        ["E0712", '方案〔2020〕1号 has no part "报吿"'],
        ["E0717", '"carries 报告" gives no grounds'],
      ]),
    );
    expect(wrong.diagnostics.find((d) => d.message.includes("报吿"))!.help).toContain('did you mean "报告"');
  });

  it("a repeal accounts for the parts too", () => {
    const p = compile({ ...old, "policies/b.policy": doc("决定〔2021〕9号", "effective 2021-01-01 @ 第一条", 'repeals "方案〔2020〕1号" @ 第九条') });
    expect(codes(p)).toEqual(["E0711"]);
  });

  it("reads and formats the block as written, and rejects another verb", () => {
    const text =
      'document "新〔2021〕2号" {\n  title "新"\n  plan "方案"\n  effective 2021-01-01 @ 第一条\n  // 同时废止\n  supersedes "旧〔2020〕1号" @ 第九条 {\n    carries 名单, 押金 @ 第二条 // unchanged\n    replaces 报告 by 月报 @ 第三条\n    ends 押金 ruling X1\n  }\n  amends "其他〔2019〕3号" from 2021-03-01 @ 第十条\n}\n';
    const r = formatSource("a.policy", text);
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toBe(text);
    const bad = parse("a.policy", text.replace("ends 押金", "drops 押金"));
    expect(bad.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["E0126", 'expected "carries", "replaces" or "ends" in the block of parts, found "drops"'],
    ]);
  });
});

describe("R11 and --known-on on the seed documents", () => {
  it("重庆市人民政府令第10号 on 2000-01-01 is unknown: its dates are not printed", async () => {
    const r = await regc(["status", "重庆市人民政府令第10号", "--on", "2000-01-01"]);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ policy: "重庆市人民政府令第10号", on: "2000-01-01", inForce: "unknown" });
    expect(json.reason).toContain("R11");
    expect(json.reason).toContain("重庆市人民政府令第340号");
  });

  it("a part of a plan, on a day a version the seeds only name governs, is not encoded (not out of force)", async () => {
    // 重庆市人民政府令第340号 (decided 2021-01-16) repeals 令第10号 from 2021-03-01: 令第10号 is in force on 2021-02-28,
    // shown by the repeal, and its text is not in the seeds, so its rules on 第十五条's subject are not encoded. The
    // plan as a whole says not_encoded; its part 审计周期 must say the same, not that the day is out of force.
    const dir = tempDir();
    const at = (date: string) => {
      const file = join(dir, `${date}.json`);
      writeFileSync(file, JSON.stringify({ date, facts: {} }));
      return regc(["run", "重庆市内部审计工作办法/审计周期", "--case", file, "--no-trace", "--lang", "zh"]);
    };
    const shown = await at("2021-02-28");
    expect(shown.code, shown.err).toBe(0);
    expect(JSON.parse(shown.out)).toMatchObject({ status: "not_encoded", document: "重庆市人民政府令第10号", outputs: {} });
    // before 2021-01-16 no act shows 令第10号 in force: unknown (R11); from 2021-03-01 the encoded version applies
    expect(JSON.parse((await at("2020-06-01")).out)).toMatchObject({ status: "in_force_unknown", document: "重庆市人民政府令第10号" });
    // worked: 2021-03-01 + 5年 = 2026-03-01 (Sun) → Mon 2026-03-02 (R4, X1)
    expect(JSON.parse((await at("2021-03-01")).out)).toMatchObject({ status: "ok", outputs: { nextAuditDue: "2026-03-02" } });
  });

  it("an extension decided after the day known on is not applied; the deciding act is a field", async () => {
    // 锦政办发〔2017〕61号 ran until 2022-06-22; 锦政规〔2022〕2号, decided 2022-06-29, extends it to 2027-06-22.
    const before = JSON.parse((await regc(["status", "锦政办发〔2017〕61号", "--on", "2022-06-25", "--known-on", "2022-06-28"])).out);
    expect(before).toMatchObject({ inForce: false, knownOn: "2022-06-28", decidedBy: { document: "锦政办发〔2017〕61号", decided: "2017-06-22" } });
    expect(before.notApplied).toEqual([{ document: "锦政规〔2022〕2号", decided: "2022-06-29", act: "extends" }]);
    const after = JSON.parse((await regc(["status", "锦政办发〔2017〕61号", "--on", "2022-06-25", "--known-on", "2022-06-29"])).out);
    expect(after).toMatchObject({ inForce: true, decidedBy: { document: "锦政规〔2022〕2号", decided: "2022-06-29" }, notApplied: [] });
  });

  it("a document decided after the day known on does not exist yet", () => {
    const p = compile({ "policies/a.policy": doc("办法〔2024〕1号", "signed 2024-03-01", "effective 2024-04-01 @ 第一条") });
    const life = p.lifecycle.documents.get("办法〔2024〕1号")!;
    expect(statusOn(life, "2024-05-01", "2024-02-01")).toMatchObject({ inForce: false, decidedBy: { document: "办法〔2024〕1号", decided: "2024-03-01" } });
    expect(decidedLater(life, "2024-02-01")).toEqual([{ document: "办法〔2024〕1号", decided: "2024-03-01", act: "decided" }]);
    expect(statusOn(life, "2024-05-01", "2024-03-01").inForce).toBe(true);
  });

  it("--known-on and --on take calendar days", async () => {
    const r = await regc(["status", "锦政办发〔2017〕61号", "--on", "2022-06-25", "--known-on", "2022-02-30"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('regc: --known-on expects a date YYYY-MM-DD, got "2022-02-30"\n');
    const zh = await regc(["status", "锦政办发〔2017〕61号", "--on", "2022-06-25", "--known-on", "2022-02-30", "--lang", "zh"]);
    expect(zh.err).toContain("--known-on 需要 YYYY-MM-DD 格式的日期");
  });
});
