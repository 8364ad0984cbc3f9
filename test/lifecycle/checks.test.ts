// The lifecycle checks across documents: versions of a plan that overlap (rejected) or leave a gap (warned),
// relations naming an undeclared document, periods that end before they start, extensions that do not extend,
// and how extensions, repeals, supersessions and amendments move each document's period.
import { describe, expect, it } from "vitest";
import { compileProgram, type Program } from "../../compiler/program.js";
import { statusOn } from "../../compiler/lifecycle/periods.js";
import { formatSource } from "../../dsl/format.js";
import { emptyProject, regc } from "../e2e/regc.js";

/** A document block; `items` are its lines after the 文号. */
function doc(number: string, ...items: string[]): string {
  return `document "${number}" {\n  title "${number}"\n${items.map((i) => `  ${i}\n`).join("")}}\n`;
}

function compile(files: Record<string, string>): Program {
  return compileProgram(emptyProject(files));
}

/** The codes reported, leaving out W0801: these small projects have no gazette texts to check citations against. */
function codes(p: Program): string[] {
  return p.diagnostics.map((d) => d.code).filter((c) => c !== "W0801");
}

function period(p: Program, number: string): { from: string | null; to: string | null } {
  const d = p.lifecycle.documents.get(number)!;
  return { from: d.period.from, to: d.period.to };
}

function status(p: Program, number: string, on: string): { inForce: boolean | "unknown"; reason: string; zh: string } {
  const { inForce, reason } = statusOn(p.lifecycle.documents.get(number)!, on);
  return { inForce, reason: reason.en, zh: reason.zh };
}

describe("versions of one plan", () => {
  it("rejects a version that overlaps another without ending it, and regc check exits 1", async () => {
    const files = {
      "policies/a.policy": doc("方案〔2020〕1号", 'plan "救助方案"', "effective 2020-01-01"),
      "policies/b.policy": doc("方案〔2021〕2号", 'plan "救助方案"', "effective 2021-01-01"),
    };
    const p = compile(files);
    expect(codes(p)).toEqual(["E0707"]);
    const d = p.diagnostics[0]!;
    expect(d.span.file).toBe("policies/b.policy");
    expect(d.message).toContain("in force on 2021-01-01");
    expect(d.message).toContain("方案〔2020〕1号");
    expect(d.message).toContain("方案〔2021〕2号");
    expect(d.related?.[0]?.span.file).toBe("policies/a.policy");
    const r = await regc(["check"], emptyProject(files));
    expect(r.code).toBe(1);
    expect(r.err).toContain("error[E0707]");
  });

  it("rejects an overlap by dates too: the earlier version still runs when the later one starts", () => {
    const p = compile({
      "policies/a.policy": doc("方案〔2020〕1号", 'plan "救助方案"', "effective 2020-01-01", "validity 3年"),
      "policies/b.policy": doc("方案〔2022〕2号", 'plan "救助方案"', "effective 2022-07-01"),
    });
    expect(codes(p)).toEqual(["E0707"]);
    expect(p.diagnostics[0]!.message).toContain("2020-01-01 – 2023-01-01");
  });

  it("accepts a later version that repeals the earlier one: it ends the day before", () => {
    const p = compile({
      "policies/a.policy": doc("方案〔2020〕1号", 'plan "救助方案"', "effective 2020-01-01"),
      "policies/b.policy": doc("方案〔2021〕2号", 'plan "救助方案"', "effective 2021-03-01", 'repeals "方案〔2020〕1号" @ 第九条'),
    });
    expect(codes(p)).toEqual([]);
    expect(period(p, "方案〔2020〕1号")).toEqual({ from: "2020-01-01", to: "2021-02-28" });
    expect(status(p, "方案〔2020〕1号", "2021-02-28").inForce).toBe(true);
    const after = status(p, "方案〔2020〕1号", "2021-03-01");
    expect(after.inForce).toBe(false);
    expect(after.reason).toContain("repealed by 方案〔2021〕2号");
    // the same reason in Chinese, for regc status --lang zh and the documentation site
    expect(after.zh).toMatch(/^2021-02-28后已失效：被方案〔2021〕2号《[^》]+》（第九条[^）]*）废止，该文件自2021-03-01起施行$/);
    expect(after.reason).toContain("第九条");
    expect(after.reason).toContain("2021-03-01");
  });

  it("supersedes: the earlier document joins the plan and ends the day before", () => {
    const p = compile({
      "policies/a.policy": doc("方案〔2020〕1号", "effective 2020-01-01"),
      "policies/b.policy": doc("方案〔2021〕2号", 'plan "救助方案"', "effective 2021-01-01", 'supersedes "方案〔2020〕1号"'),
    });
    expect(codes(p)).toEqual([]);
    const a = p.lifecycle.documents.get("方案〔2020〕1号")!;
    expect(a.plan).toBe("救助方案");
    expect(a.period.to).toBe("2020-12-31");
    expect(status(p, "方案〔2020〕1号", "2021-01-01").reason).toContain("superseded by 方案〔2021〕2号");
  });

  it("supersedes needs a plan, and one plan on both sides", () => {
    const noPlan = compile({
      "policies/a.policy": doc("方案〔2020〕1号", "effective 2020-01-01"),
      "policies/b.policy": doc("方案〔2021〕2号", "effective 2021-01-01", 'supersedes "方案〔2020〕1号"'),
    });
    expect(codes(noPlan)).toEqual(["E0722"]);
    expect(noPlan.diagnostics[0]!.zh!.message).toBe("方案〔2021〕2号 取代（supersedes）方案〔2020〕1号，但没有写明所属方案（plan）");
    const twoPlans = compile({
      "policies/a.policy": doc("方案〔2020〕1号", 'plan "甲方案"', "effective 2020-01-01"),
      "policies/b.policy": doc("方案〔2021〕2号", 'plan "乙方案"', "effective 2021-01-01", 'supersedes "方案〔2020〕1号"'),
    });
    expect(codes(twoPlans)).toEqual(["E0723"]);
  });

  it("warns about days between two versions that no version covers, and regc check exits 0", async () => {
    const files = {
      "policies/a.policy": doc("方案〔2020〕1号", 'plan "救助方案"', "effective 2020-01-01", "validity 1年"),
      "policies/b.policy": doc("方案〔2021〕2号", 'plan "救助方案"', "effective 2021-03-01"),
    };
    const p = compile(files);
    expect(codes(p)).toEqual(["W0701"]);
    expect(p.diagnostics[0]!.severity).toBe("warning");
    expect(p.diagnostics[0]!.message).toContain("from 2021-01-02 to 2021-02-28");
    const r = await regc(["check"], emptyProject(files));
    expect(r.code).toBe(0);
    expect(r.err).toContain("warning[W0701]");
  });

  it("finds no gap between a version that ends on a day and one that starts the next", () => {
    const p = compile({
      "policies/a.policy": doc("方案〔2020〕1号", 'plan "救助方案"', "effective 2020-01-01", "expires 2020-12-31"),
      "policies/b.policy": doc("方案〔2021〕2号", 'plan "救助方案"', "effective 2021-01-01"),
    });
    expect(codes(p)).toEqual([]);
  });
});

describe("relations to documents", () => {
  it("rejects a repeal of a document no rule file declares, suggesting the nearest 文号", () => {
    const p = compile({
      "policies/a.policy": doc("合川府办发〔2023〕27号", "effective unknown"),
      "policies/b.policy": doc("合川府办发〔2024〕37号", "effective 2024-06-25", 'repeals "合川府办发〔2023〕72号"'),
    });
    expect(codes(p)).toEqual(["E0706"]);
    expect(p.diagnostics[0]!.message).toContain("合川府办发〔2023〕72号");
    expect(p.diagnostics[0]!.help).toContain('did you mean "合川府办发〔2023〕27号"');
  });

  it("rejects an amendment of an unknown document too", () => {
    const p = compile({ "policies/b.policy": doc("修改〔2024〕1号", "effective 2024-01-01", 'amends "原办法〔2019〕3号"') });
    expect(codes(p)).toEqual(["E0706"]);
    expect(p.diagnostics[0]!.help).toContain("effective");
  });

  it("rejects a document acting on itself", () => {
    const p = compile({ "policies/a.policy": doc("方案〔2020〕1号", "effective 2020-01-01", 'repeals "方案〔2020〕1号"') });
    expect(codes(p)).toEqual(["E0709"]);
  });

  it("warns about a repeal of a document that had already ended", () => {
    const p = compile({
      "policies/a.policy": doc("旧办法〔2015〕1号", "effective 2015-01-01", "validity 3年"),
      "policies/b.policy": doc("新办法〔2020〕1号", "effective 2020-01-01", 'repeals "旧办法〔2015〕1号"'),
    });
    expect(codes(p)).toEqual(["W0702"]);
    expect(period(p, "旧办法〔2015〕1号").to).toBe("2018-01-01");
  });

  it("names an amendment in the status from its effective date, leaving the period as it is", () => {
    const p = compile({
      "policies/a.policy": doc("办法〔2018〕1号", "effective 2018-01-01", "validity 5年"),
      "policies/b.policy": doc("修改决定〔2020〕2号", "effective 2020-07-01", 'amends "办法〔2018〕1号" @ 第一条'),
    });
    expect(codes(p)).toEqual([]);
    expect(period(p, "办法〔2018〕1号")).toEqual({ from: "2018-01-01", to: "2023-01-01" });
    expect(status(p, "办法〔2018〕1号", "2020-06-30").reason).not.toContain("amended");
    expect(status(p, "办法〔2018〕1号", "2020-07-01").reason).toContain("as amended by 修改决定〔2020〕2号 (第一条) from 2020-07-01");
    expect(status(p, "办法〔2018〕1号", "2020-07-01").zh).toContain("自2020-07-01起按修改决定〔2020〕2号（第一条）的修改施行");
  });

  it("warns about an amendment that takes effect when the document is not in force", () => {
    const p = compile({
      "policies/a.policy": doc("办法〔2018〕1号", "effective 2018-01-01", "validity 1年"),
      "policies/b.policy": doc("修改决定〔2020〕2号", "effective 2020-07-01", 'amends "办法〔2018〕1号"'),
    });
    expect(codes(p)).toEqual(["W0702"]);
  });
});

describe("effective date after the end", () => {
  it("rejects a document that expires before it takes effect", () => {
    const p = compile({ "policies/a.policy": doc("办法〔2025〕1号", "effective 2025-01-01", "expires 2024-12-01") });
    expect(codes(p)).toEqual(["E0703"]);
  });

  it("rejects a repeal that would end a document before it takes effect", () => {
    const p = compile({
      "policies/a.policy": doc("办法〔2022〕1号", "effective 2022-06-01"),
      "policies/b.policy": doc("决定〔2022〕2号", "effective 2022-03-01", 'repeals "办法〔2022〕1号"'),
    });
    expect(codes(p)).toEqual(["E0703"]);
    expect(p.diagnostics[0]!.message).toContain("决定〔2022〕2号 repeals it from 2022-03-01");
  });
});

describe("extensions", () => {
  const base = doc("规范〔2017〕61号", "effective 2017-06-22", "expires 2022-06-22 ruling R5");

  it("moves the end without a gap, even when decided after the old end (R5)", () => {
    const p = compile({
      "policies/a.policy": base,
      "policies/b.policy": doc("决定〔2022〕2号", "signed 2022-06-29", "effective 2022-06-29", 'extends "规范〔2017〕61号" until 2027-06-22 ruling R5'),
    });
    expect(codes(p)).toEqual([]);
    expect(period(p, "规范〔2017〕61号")).toEqual({ from: "2017-06-22", to: "2027-06-22" });
    const between = status(p, "规范〔2017〕61号", "2022-06-23");
    expect(between.inForce).toBe(true);
    expect(between.reason).toContain("extended to 2027-06-22 by 决定〔2022〕2号");
    expect(between.reason).toContain("without a gap");
    expect(between.zh).toContain("经决定〔2022〕2号");
    expect(between.zh).toContain("延长至2027-06-22");
    expect(between.zh).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    expect(status(p, "规范〔2017〕61号", "2027-06-23").inForce).toBe(false);
  });

  it("is carried into the unit's period, which generated modules and regc run use", () => {
    const p = compile({
      "policies/a.policy": `${base}\nfacts {}\noutput d: date @ 第九条 = facts.date\n`,
      "policies/b.policy": doc("决定〔2022〕2号", "effective 2022-06-29", 'extends "规范〔2017〕61号" until 2027-06-22'),
    });
    expect(codes(p)).toEqual([]);
    expect(p.units).toHaveLength(1);
    expect(p.units[0]!.inForce.to).toBe("2027-06-22");
    expect(p.units[0]!.inForce.toReason.en).toContain("决定〔2022〕2号");
    expect(p.units[0]!.inForce.toReason.zh).toContain("决定〔2022〕2号");
  });

  it("rejects an extension that ends no later than the current end, or of a document without an end", () => {
    const shorter = compile({
      "policies/a.policy": base,
      "policies/b.policy": doc("决定〔2022〕2号", "effective 2022-06-29", 'extends "规范〔2017〕61号" until 2022-06-22'),
    });
    expect(codes(shorter)).toEqual(["E0708"]);
    const openEnded = compile({
      "policies/a.policy": doc("规范〔2017〕61号", "effective 2017-06-22"),
      "policies/b.policy": doc("决定〔2022〕2号", "effective 2022-06-29", 'extends "规范〔2017〕61号" until 2027-06-22'),
    });
    expect(codes(openEnded)).toEqual(["E0724"]);
    expect(openEnded.diagnostics[0]!.message).toBe("决定〔2022〕2号 extends 规范〔2017〕61号, which states no end of validity");
  });

  it("and a later repeal still ends the extended document", () => {
    const p = compile({
      "policies/a.policy": base,
      "policies/b.policy": doc("决定〔2022〕2号", "effective 2022-06-29", 'extends "规范〔2017〕61号" until 2027-06-22'),
      "policies/c.policy": doc("规范〔2025〕1号", "effective 2025-01-01", 'repeals "规范〔2017〕61号"'),
    });
    expect(codes(p)).toEqual([]);
    expect(period(p, "规范〔2017〕61号").to).toBe("2024-12-31");
  });
});

describe("documents known only by name", () => {
  it("compile without rules or module; the 文号's year bounds them, the texts decide the rest (R11)", () => {
    const p = compile({
      "policies/old.policy": doc("合川府办发〔2023〕27号", 'plan "合川方案"', "effective unknown"),
      "policies/new.policy": doc("合川府办发〔2024〕37号", 'plan "合川方案"', "effective 2024-06-25 assumed R6", 'repeals "合川府办发〔2023〕27号"'),
    });
    expect(codes(p)).toEqual([]);
    expect(p.units).toHaveLength(0);
    expect(status(p, "合川府办发〔2023〕27号", "2022-12-31")).toEqual({
      inForce: false,
      reason: "not yet in force: its 文号 dates it to 2023, and its effective date is not printed in the seeds",
      zh: "尚未施行：其文号表明它成文于2023年，且公报未载明其施行日期",
    });
    // R11: the 文号's year bounds it but is not its effective date; the repeal shows it in force on its last day.
    const unknown = status(p, "合川府办发〔2023〕27号", "2023-01-01");
    expect(unknown.inForce).toBe("unknown");
    expect(unknown.zh).toContain("不早于2023-01-01");
    expect(unknown.reason).toContain("not earlier than 2023-01-01");
    expect(status(p, "合川府办发〔2023〕27号", "2024-06-23").inForce).toBe("unknown");
    const before = status(p, "合川府办发〔2023〕27号", "2024-06-24");
    expect(before.inForce).toBe(true);
    expect(before.reason).toContain("named by 合川府办发〔2024〕37号");
    expect(status(p, "合川府办发〔2023〕27号", "2024-06-25").inForce).toBe(false);
  });

  it("cannot have rules, a validity, or act on other documents", () => {
    const withRules = compile({ "policies/a.policy": `${doc("办法〔2020〕1号", "effective unknown")}\nfacts {}\noutput d: date @ 第一条 = facts.date\n` });
    expect(codes(withRules)).toContain("E0710");
    const withValidity = compile({ "policies/a.policy": doc("办法〔2020〕1号", "effective unknown", "validity 3年") });
    expect(codes(withValidity)).toEqual(["E0710"]);
    const acting = compile({
      "policies/a.policy": doc("办法〔2019〕1号", "effective 2019-01-01"),
      "policies/b.policy": doc("办法〔2020〕1号", "effective unknown", 'repeals "办法〔2019〕1号"'),
    });
    expect(codes(acting)).toEqual(["E0710"]);
  });

  it("still require some effective item", () => {
    expect(codes(compile({ "policies/a.policy": doc("办法〔2020〕1号") }))).toEqual(["E0701"]);
    const acting = compile({
      "policies/a.policy": doc("办法〔2019〕1号", "effective 2019-01-01"),
      "policies/b.policy": doc("办法〔2020〕1号", 'repeals "办法〔2019〕1号"'),
    });
    expect(codes(acting)).toEqual(["E0701"]);
    expect(period(acting, "办法〔2019〕1号").to).toBeNull();
  });

  it("check the rulings their dates cite", () => {
    const p = compile({ "policies/a.policy": doc("决定〔2022〕2号", "effective 2022-06-29 assumed X9") });
    expect(codes(p)).toEqual(["E0502"]);
  });
});

describe("syntax", () => {
  it("formats plan and effective unknown as written", () => {
    const text = 'document "合川府办发〔2023〕27号" {\n  title "旧方案"\n  plan "合川方案"\n  effective unknown\n}\n';
    const r = formatSource("a.policy", text);
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toBe(text);
  });
});
