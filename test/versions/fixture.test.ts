// The worked fixture of a change of the law (test/fixtures/amendment, fictional): 示例府办发〔2024〕1号, the next
// version of the plan 南川区健全重特大疾病医疗保险和救助制度实施方案, supersedes 南川府办发〔2023〕8号 from
// 2024-07-01, carries its four part files over and changes two numbers (低保边缘家庭成员 60% → 65%, 特殊疾病年度限额
// 10万元 → 12万元). Loaded as a draft (`--policies`), it is checked, tested, run, explained, compared and
// batched without touching generated/. Every amount below is worked by hand in the comment next to it.
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { regc, ROOT, tempDir, writeCase } from "../e2e/regc.js";
import { claim, DRAFT, PLAN } from "./amendment-claim.js";

interface Routed {
  id: string;
  status: string;
  document?: string;
  outputs: Record<string, string>;
  trace?: { kind: string; name: string; value: string }[];
}

async function run(json: unknown, ...flags: string[]): Promise<{ claims: Routed[] }> {
  const file = writeCase(tempDir(), "case.json", json);
  const r = await regc(["run", PLAN, ...DRAFT, "--case", file, ...flags]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as { claims: Routed[] };
}

describe("the amendment fixture as a draft", () => {
  it("checks, and its YAML cases pass", async () => {
    const check = await regc(["check", ...DRAFT]);
    expect(check.code, check.err).toBe(0);
    const test = await regc(["test", "test/fixtures/amendment", ...DRAFT]);
    expect(test.code, test.err).toBe(0);
    expect(test.out).toBe("18 passed, 0 failed\n");
  });

  it("routes each claim of a 2024 case to the version in force on its date, with the cap carried across", async () => {
    // 特困人员, 特殊疾病, no 倾斜 (not in the municipality):
    //   c1 2024-03-10 8号: R = 150000, 70% = 105000 > cap 100000 → 100000.00
    //   c2 2024-08-10 1号: R = 80000, 70% = 56000 > 120000 − 100000 = 20000 → 20000.00 (not a fresh 12万 cap)
    const result = await run({
      person: { categories: ["特困人员"] },
      claims: [claim("c1", "2024-03-10", 200000, 50000), claim("c2", "2024-08-10", 100000, 20000)],
    });
    expect(result.claims.map((c) => [c.id, c.status, c.document, c.outputs.total])).toEqual([
      ["c1", "ok", "南川府办发〔2023〕8号", "100000.00"],
      ["c2", "ok", "示例府办发〔2024〕1号", "20000.00"],
    ]);
    // The trace says the limit changed with the version.
    const ledger = result.claims[1]!.trace!.find((t) => t.kind === "ledger" && t.name === "特殊疾病限额")!;
    expect(ledger.value).toBe("100000.00 → 120000.00 / 120000.00（上限自2024-07-01起为120000.00）");
  });

  it("explains each claim under its version, the change of limit included", async () => {
    const file = writeCase(tempDir(), "case.json", {
      person: { categories: ["特困人员"] },
      claims: [claim("c1", "2024-03-10", 200000, 50000), claim("c2", "2024-08-10", 100000, 20000)],
    });
    const r = await regc(["explain", PLAN, ...DRAFT, "--case", file]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("第1笔 c1（适用南川府办发〔2023〕8号）：予以计算");
    expect(r.out).toContain("第2笔 c2（适用示例府办发〔2024〕1号）：予以计算");
    expect(r.out).toContain("年度台账“特殊疾病限额”已用 100000.00 → 120000.00 / 120000.00（上限自2024-07-01起为120000.00）");
    // Both versions' articles are quoted: 8号's 10万元 and 1号's 12万元.
    expect(r.out).toContain("年度救助限额10万元");
    expect(r.out).toContain("年度救助限额12万元");
  });

  it("shows an opening balance in the trace of the first claim that draws on it", async () => {
    // 35000.00 used in 2024; c1 2024-05-01 8号: R = 90000, 70% = 63000 ≤ 65000 left → 63000.00
    const result = await run({
      person: { categories: ["特困人员"] },
      ledgers: { 特殊疾病限额: { "2024": "35000.00" } },
      claims: [claim("c1", "2024-05-01", 100000, 10000)],
    });
    expect(result.claims[0]!.outputs.total).toBe("63000.00");
    const events = result.claims[0]!.trace!.filter((t) => t.kind === "ledger" && t.name === "特殊疾病限额").map((t) => t.value);
    expect(events).toEqual(["0.00 → 35000.00（期初：2024年度此前已用，依案件所报）", "35000.00 → 98000.00 / 100000.00"]);
  });

  it("reads the plan as known before the new version was decided", async () => {
    // 1号 was signed on 2024-06-20: known on 2024-06-01, 8号 governs 2024-08-10 (60% for 低保边缘家庭成员):
    // R = 12000 → 7200.00; without --known-on 1号 governs it: 65% → 7800.00.
    const c = { person: { categories: ["低保边缘家庭成员"] }, claims: [claim("c1", "2024-08-10", 20000, 8000)] };
    expect((await run(c, "--known-on", "2024-06-01")).claims[0]).toMatchObject({ document: "南川府办发〔2023〕8号", outputs: { total: "7200.00" } });
    expect((await run(c)).claims[0]).toMatchObject({ document: "示例府办发〔2024〕1号", outputs: { total: "7800.00" } });
  });

  it("compares both versions as if each governed every claim: totals and causes worked by hand", async () => {
    // test/fixtures/amendment/impact-cases.jsonl, every claim of 2024:
    //   P1 低保边缘家庭成员, R 20000:          8号 60% → 12000.00; 1号 65% → 13000.00 (cause: 救助比例)
    //   P2 特困人员, R 150000 then R 20000:    8号 105000 → cap 100000, then left 0 → 0: 100000.00;
    //                                          1号 105000 (cap 120000), then 14000 ≤ 15000 left: 119000.00 (cause: 特殊疾病年度限额)
    //   P3 低保对象, 其他疾病 二级 R 30000, referral and in the municipality:
    //                                          A1 70% = 21000; S = 9000; 倾斜 60% × (9000 − 3000) = 3600: 24600.00 under both
    //   8号: 12000 + 100000 + 24600 = 136600.00; 1号: 13000 + 119000 + 24600 = 156600.00; difference 20000.00
    const r = await regc([
      "impact",
      "南川府办发〔2023〕8号",
      "示例府办发〔2024〕1号",
      ...DRAFT,
      "--as-if",
      "--cases",
      "test/fixtures/amendment/impact-cases.jsonl",
      "--json",
      "--workers",
      "1",
    ]);
    expect(r.code, r.err).toBe(0);
    const impact = JSON.parse(r.out);
    expect(impact).toMatchObject({
      mode: "as-if",
      people: 3,
      claims: 4,
      totals: { "南川府办发〔2023〕8号": "136600.00", "示例府办发〔2024〕1号": "156600.00" },
      oldTotal: "136600.00",
      newTotal: "156600.00",
      difference: "20000.00",
      betterOff: 2,
      worseOff: 0,
      unchanged: 1,
    });
    expect(
      impact.largest.map((c: { person: string; difference: string; cause: { name: string; citation: string } }) => [
        c.person,
        c.difference,
        c.cause.name,
        c.cause.citation,
      ]),
    ).toEqual([
      ["P2", "+19000.00", "特殊疾病年度限额", "示例府办发〔2024〕1号 二（三）2第一段"],
      ["P1", "+1000.00", "救助比例", "示例府办发〔2024〕1号 二（三）2第一段"],
    ]);
  });

  it("batches a plan: each result line names the version of each claim", async () => {
    // Routed, the same cases: P1 8号 12000.00; P2 8号 100000.00 then 1号 (2024-09-01) 14000.00 ≤ 20000 left;
    // P3 8号 24600.00. Total 150600.00.
    const out = join(tempDir(), "out.jsonl");
    const r = await regc(["batch", PLAN, ...DRAFT, "--cases", "test/fixtures/amendment/impact-cases.jsonl", "--out", out, "--workers", "1"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("total（救助合计） 150600.00");
    const lines = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { claims: Routed[] });
    expect(lines[1]!.claims.map((c) => [c.document, c.outputs.total])).toEqual([
      ["南川府办发〔2023〕8号", "100000.00"],
      ["示例府办发〔2024〕1号", "14000.00"],
    ]);
  });

  it("leaves generated/ alone: draft modules go to the cache", async () => {
    const before = readFileSync(join(ROOT, "generated/medical-assistance/nanchuan.ts"), "utf8");
    await run({ person: { categories: ["特困人员"] }, claims: [claim("c1", "2024-08-10", 100000, 20000)] });
    expect(readFileSync(join(ROOT, "generated/medical-assistance/nanchuan.ts"), "utf8")).toBe(before);
    expect(existsSync(join(ROOT, "generated/test"))).toBe(false);
    // Without the draft, 8号 has no end: a 2024-08-10 claim is its own.
    const file = writeCase(tempDir(), "case.json", { person: { categories: ["特困人员"] }, claims: [claim("c1", "2024-08-10", 100000, 20000)] });
    const plain = await regc(["run", PLAN, "--case", file, "--no-trace"]);
    expect(JSON.parse(plain.out).claims[0]).toMatchObject({ document: "南川府办发〔2023〕8号", outputs: { total: "56000.00" } });
  });

  it("fails check with E0711 and the list of parts when the parts clause is removed", async () => {
    const dir = tempDir();
    cpSync(join(ROOT, "test/fixtures/amendment"), join(dir, "draft"), { recursive: true });
    const file = join(dir, "draft/nanchuan-2024.policy");
    const text = readFileSync(file, "utf8");
    const stripped = text.replace(/ \{\n(\s+carries[^\n]*\n)+\s+\}/, "");
    expect(stripped).not.toBe(text);
    writeFileSync(file, stripped);
    const r = await regc(["check", "--policies", join(dir, "draft")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("error[E0711]");
    expect(r.err).toContain("大病保险倾斜, 免除住院押金, 名单报送期限, 资助参保");
    expect(r.err).toContain("help: account for each in a block");
  });
});

describe("plans on the command line", () => {
  it("an unknown plan or 文号 is a usage error with a did-you-mean, also for the year in other brackets", async () => {
    const file = writeCase(tempDir(), "case.json", { claims: [] });
    for (const [name, meant] of [
      ["南川区健全重特大疾病医疗保险和救助实施方案", PLAN],
      ["南川府办发[2023]8号", "南川府办发〔2023〕8号"],
      ["南川府办发（2023）8号", "南川府办发〔2023〕8号"],
      ["南川府办发(2023)8号", "南川府办发〔2023〕8号"],
    ]) {
      const r = await regc(["run", name!, "--case", file]);
      expect(r.code, name).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toContain(`did you mean "${meant}"`);
    }
  });

  it("a --policies folder that does not exist is a usage error", async () => {
    const r = await regc(["check", "--policies", "no/such/folder"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--policies expects a folder");
  });
});
