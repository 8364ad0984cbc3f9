// `regc batch`: every result line is what `regc run` (runCase) gives for that case, from JSON Lines and from
// CSV alike, and invalid cases are reported by line and JSON path while the rest of the file is evaluated.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { csvRows, CSV_COLUMNS, syntheticCases, type SyntheticCase } from "../../bench/generate.js";
import { policies } from "../../generated/index.js";
import { CaseError } from "../../runtime/errors.js";
import { runCase, type AnyModule } from "../../runtime/evaluate.js";
import { expectNoStackTrace, regc, tempDir } from "../e2e/regc.js";

const POLICY = "锦政办发〔2022〕16号";
let dir: string;
let cases: SyntheticCase[];
let mod: AnyModule;

beforeAll(async () => {
  dir = tempDir();
  cases = [...syntheticCases({ claims: 400, seed: 11, from: "2022-10-01", to: "2024-03-31" })];
  writeFileSync(join(dir, "cases.jsonl"), cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
  writeFileSync(join(dir, "cases.csv"), [CSV_COLUMNS.join(","), ...cases.flatMap(csvRows)].join("\n") + "\n");
  mod = ((await policies[POLICY]()) as unknown as { policy: AnyModule }).policy;
});

function lines(file: string): Record<string, unknown>[] {
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** What `regc run` says about one case: its result, or that it is invalid. */
function expected(c: SyntheticCase): unknown {
  try {
    return runCase(mod, c, { trace: false });
  } catch (e) {
    if (e instanceof CaseError) return "invalid";
    throw e;
  }
}

describe("regc batch", () => {
  it("writes, in input order, the result runCase gives for every case of a JSON Lines file", async () => {
    const ran = await regc(["batch", POLICY, "--cases", join(dir, "cases.jsonl"), "--out", join(dir, "out.jsonl"), "--workers", "2"]);
    const out = lines(join(dir, "out.jsonl"));
    expect(out).toHaveLength(cases.length);
    out.forEach((line, i) => {
      expect(line.line).toBe(i + 1);
      expect(line.person).toBe(cases[i]!.person.id);
      const want = expected(cases[i]!);
      if (want === "invalid") expect(line.invalid).toBeDefined();
      else expect({ policy: line.policy, claims: line.claims }).toEqual(want);
    });
    expect(ran.out).toContain(`claims: 400 in`);
    expect(ran.out).toMatch(/totals: basic（基本救助） \d+\.\d\d, tilted（倾斜救助） \d+\.\d\d, total（救助合计） \d+\.\d\d/);
  });

  it("reads the same cases from CSV, one row per claim, with the same results", async () => {
    await regc(["batch", POLICY, "--cases", join(dir, "cases.csv"), "--out", join(dir, "out-csv.jsonl"), "--workers", "1"]);
    const fromCsv = lines(join(dir, "out-csv.jsonl"));
    const fromJson = lines(join(dir, "out.jsonl"));
    expect(fromCsv).toHaveLength(cases.length);
    fromCsv.forEach((line, i) => {
      expect(line.person).toBe(fromJson[i]!.person);
      expect(line.claims ?? "invalid").toEqual(fromJson[i]!.claims ?? "invalid");
    });
  });

  it("reports invalid cases with their line number and JSON path, counts them, goes on, and exits 1", async () => {
    const good = {
      person: { categories: ["特困人员"] },
      claims: [{ id: "c1", date: "2023-03-15", inScopeCost: 30000, basicInsurancePaid: 15000, criticalIllnessPaid: 5000 }],
    };
    const badDate = { ...good, claims: [{ ...good.claims[0], date: "2023-02-30" }] };
    const text = [JSON.stringify(good), "{not json", "", JSON.stringify(badDate), JSON.stringify(good)].join("\n") + "\n";
    writeFileSync(join(dir, "mixed.jsonl"), text);
    const ran = await regc(["batch", POLICY, "--cases", join(dir, "mixed.jsonl"), "--out", join(dir, "mixed-out.jsonl"), "--workers", "1"]);
    expect(ran.code).toBe(1);
    expect(ran.err).toContain("line 2: $: not valid JSON");
    expect(ran.err).toMatch(/line 4: \$\.claims\[0\]\.date: expected a date/);
    expectNoStackTrace(ran.err);
    expect(ran.out).toContain("invalid cases: 2");
    const out = lines(join(dir, "mixed-out.jsonl"));
    expect(out.map((l) => l.line)).toEqual([1, 2, 4, 5]);
    // 特困人员: S = 30000 − 15000 − 5000 = 10000; 基本救助 70% × 10000 = 7000.00; 倾斜 70% × 3000 = 2100.00.
    expect(out[0]!.claims).toEqual([{ id: "c1", status: "ok", outputs: { basic: "7000.00", tilted: "2100.00", total: "9100.00" } }]);
    expect(out[3]!.claims).toEqual(out[0]!.claims);
    expect(ran.out).toContain("totals: basic（基本救助） 14000.00, tilted（倾斜救助） 4200.00, total（救助合计） 18200.00");
  });

  it("with --report prints 锦政办发〔2022〕16号's annex table for every settlement month", async () => {
    const person = (id: string, category: string) => ({ id, district: "太和区", categories: [category] });
    const claim = (id: string, date: string, inScopeCost: number, basicInsurancePaid: number, criticalIllnessPaid: number) => ({
      id,
      date,
      inScopeCost,
      basicInsurancePaid,
      criticalIllnessPaid,
    });
    // A 特困人员: S = 10000 → 基本 7000, 倾斜 70% × 3000 = 2100.  B 低保对象: S = 20000 → 基本 14000, 倾斜 70% × (6000 − 3000)
    // = 2100; in April S = 0 pays nothing, so April lists 太和区 with empty rows.  Amounts in 万元.
    const text = [
      { person: person("A", "特困人员"), claims: [claim("a1", "2023-03-15", 30000, 15000, 5000)] },
      { person: person("B", "低保对象"), claims: [claim("b1", "2023-03-20", 50000, 25000, 5000), claim("b2", "2023-04-02", 1000, 1000, 0)] },
    ]
      .map((c) => JSON.stringify(c))
      .join("\n");
    writeFileSync(join(dir, "report.jsonl"), text + "\n");
    const ran = await regc(["batch", POLICY, "--cases", join(dir, "report.jsonl"), "--out", join(dir, "report-out.jsonl"), "--report", "--workers", "1"]);
    expect(ran.code).toBe(0);
    expect(ran.out).toContain("3月各县(市)区医疗救助基金支出情况统计表");
    expect(ran.out).toContain("| 1 | 太和区 | 特困人员 | 1 | 1 | 0.700000 | 0.210000 | 0.910000 |  |");
    expect(ran.out).toContain("|  |  | 低保对象 | 1 | 1 | 1.400000 | 0.210000 | 1.610000 |  |");
    expect(ran.out).toContain("| 合计 |  |  | 2 | 2 | 2.100000 | 0.420000 | 2.520000 |  |");
    expect(ran.out).toContain("4月各县(市)区医疗救助基金支出情况统计表");
  });

  it("is a usage error (exit 2) to ask for a file that does not exist", async () => {
    const ran = await regc(["batch", POLICY, "--cases", join(dir, "missing.jsonl"), "--out", join(dir, "x.jsonl")]);
    expect(ran.code).toBe(2);
    expect(ran.err).toContain("case file not found");
  });
});
