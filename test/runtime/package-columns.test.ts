// A claims policy's `runColumns` (runtime/package-columns.ts, the package's throughput entry): amounts worked out
// by hand from 南川府办发〔2023〕8号, and the same statuses and outputs as `run` gives claim by claim on every
// example case of a claims policy and on generated binding claims of 南川 and 锦州; an invalid case named by its
// index before any row is written, a rule error by its case and claim, columns filled again in place.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticCases } from "../../bench/generate.js";
import * as jinzhou from "../../generated/medical-assistance/jinzhou.js";
import * as nanchuan from "../../generated/medical-assistance/nanchuan.js";
import type { CalendarData } from "../../runtime/calendar-data.js";
import { CaseError, RuleError } from "../../runtime/errors.js";
import { outputValue, STATUS_CODES, type AnyModule, type ClaimsResult, type OutputValues } from "../../runtime/evaluate.js";
import { policyColumns, type PolicyColumns } from "../../runtime/package-columns.js";
import { policyRun } from "../../runtime/package.js";
import { nanchuanClaim } from "./nanchuan-claim.js";
import { ROOT } from "../e2e/regc.js";

const CALENDAR = JSON.parse(readFileSync(join(ROOT, "generated/calendar.json"), "utf8")) as CalendarData;
const entry = (m: { policy: unknown }) => {
  const mod = m.policy as AnyModule;
  return { mod, run: policyRun(mod, CALENDAR), runColumns: policyColumns(mod, CALENDAR) };
};
const NANCHUAN = entry(nanchuan);

/** Row `row` of the columns as `run` writes a claim: status, and outputs as text (none when not in force). */
function asRun(mod: AnyModule, c: PolicyColumns, row: number): { id: string; status: string; outputs: OutputValues } {
  const status = STATUS_CODES[c.status[row]!]!;
  const outputs: OutputValues = {};
  if (status !== "not_in_force")
    mod.outputs.forEach((o, k) => {
      const v = c.outputs[row * c.width + k]!;
      outputs[o.name] = outputValue(o, o.type === "bool" ? v === 1 : v, status);
    });
  return { id: c.ids[row]!, status, outputs };
}

/** Every row of `c` against `run` on its case, claim by claim, and the rows' case and claim indexes. */
function expectSameAsRun(e: ReturnType<typeof entry>, cases: readonly unknown[], c: PolicyColumns): void {
  let row = 0;
  cases.forEach((json, i) => {
    const result = e.run(json, { trace: false }) as ClaimsResult;
    result.claims.forEach((claim, k) => {
      expect(asRun(e.mod, c, row)).toEqual({ id: claim.id, status: claim.status, outputs: claim.outputs });
      expect([c.person[row], c.claim[row]]).toEqual([i, k]);
      row++;
    });
  });
  expect(c.rows).toBe(row);
}

// Every claim 医保政策范围内费用 200000, 基本医保 80000, 大病保险 20000 → 个人负担 100000元 (二（三）2).
const claim = (id: string, date: string, referral = true) => nanchuanClaim(id, date, { inScope: 200000, basic: 80000, critical: 20000 }, referral);
// A person holding 低保对象 and 因病致贫重病患者: both covered, the higher result counts (就高不重复, R7).
const RANKED = {
  person: { categories: ["低保对象", "因病致贫重病患者"] },
  claims: [
    // 低保对象: 医疗救助 70% × 100000 = 70000 (special-disease cap 10万); 倾斜基数 100000 − 70000 = 30000,
    // (30000 − 起付 3000) × 60% = 16200 (倾斜 cap 2万): total 86200. 因病致贫重病患者: 60% × 100000 = 60000,
    // (40000 − 5000) × 50% = 17500: 77500. 低保对象 wins.
    claim("A", "2024-02-01"),
    // 30000 left of the special-disease cap → 30000; 倾斜基数 70000, (70000 − 3000) × 60% = 40200, 3800 left
    // of the 倾斜 cap → 3800: total 33800.
    claim("B", "2024-05-01"),
    // Not referred (二（六）): excluded.
    claim("C", "2024-07-01", false),
    // Before the document took effect (2023-06-07): not_in_force.
    claim("D", "2023-01-10"),
  ],
};
// The same person with 90000元 of the 2024 special-disease cap already used (opening balances): 10000 left →
// 医疗救助 10000; 倾斜基数 100000 − 10000 = 90000, (90000 − 3000) × 60% = 52200 → the 倾斜 cap 20000: 30000.
// 因病致贫重病患者 gives 10000 + min((90000 − 5000) × 50%, 20000) = 30000 as well: a tie, the same outputs.
const OPENED = { ...RANKED, ledgers: { 特殊疾病限额: { "2024": "90000.00" } }, claims: [claim("A", "2024-02-01")] };

describe("runColumns", () => {
  it("gives the amounts worked out by hand, in 分, with the status codes and the rows' cases and claims", () => {
    const c = NANCHUAN.runColumns([RANKED, OPENED]);
    expect(c.columns.map((o) => o.name)).toEqual(["basic", "tilted", "total"]);
    expect(c.rows).toBe(5);
    const rows = [...Array(c.rows).keys()].map((r) => [STATUS_CODES[c.status[r]!], ...c.outputs.subarray(r * 3, r * 3 + 3)]);
    expect(rows).toEqual([
      ["ok", 7000000, 1620000, 8620000],
      ["ok", 3000000, 380000, 3380000],
      ["excluded", 0, 0, 0],
      ["not_in_force", 0, 0, 0],
      ["ok", 1000000, 2000000, 3000000],
    ]);
    expect(c.ids).toEqual(["A", "B", "C", "D", "A"]);
    expect([...c.person]).toEqual([0, 0, 0, 0, 1]);
    expect([...c.claim]).toEqual([0, 1, 2, 3, 0]);
    expectSameAsRun(NANCHUAN, [RANKED, OPENED], c);
  });

  it("equals run on every example case of a claims policy", async () => {
    const examples = ["medical-assistance", "mianyang"].flatMap((dir) =>
      readdirSync(join(ROOT, "policies", dir, "examples")).map((f) => [dir, f.replace(/\.json$/, "")] as const),
    );
    let compared = 0;
    for (const [dir, name] of examples) {
      const m = (await import(join(ROOT, "generated", dir, `${name}.ts`))) as { policy: AnyModule };
      if (m.policy.meta.mode !== "claims") continue;
      const json = JSON.parse(readFileSync(join(ROOT, "policies", dir, "examples", `${name}.json`), "utf8")) as unknown;
      const e = entry(m);
      expectSameAsRun(e, [json, json], e.runColumns([json, json]));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  for (const m of [nanchuan, jinzhou]) {
    it(`equals run claim by claim on 3,000 generated binding claims: ${m.policy.meta.number}`, () => {
      const e = entry(m);
      const cases = [...syntheticCases({ claims: 3000, seed: 11, profile: "binding" })];
      const c = e.runColumns(cases);
      expect(c.rows).toBe(3000);
      // Caps bind in this profile: some claims are paid less than their first step would give, some nothing.
      expect(new Set(c.status).size).toBeGreaterThan(1);
      expectSameAsRun(e, cases, c);
    });
  }

  it("names an invalid case by its index and JSON path, before any row is written", () => {
    const into = NANCHUAN.runColumns([RANKED]);
    const bad = { person: { categories: ["低保对像"] }, claims: [{ ...claim("X", "2024-02-30"), inScopeCost: "12.345" }] };
    let error: unknown;
    try {
      NANCHUAN.runColumns([RANKED, bad], { into });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CaseError);
    expect((error as CaseError).issues.map((i) => i.path).sort()).toEqual(["$[1].claims[0].date", "$[1].claims[0].inScopeCost", "$[1].person.categories[0]"]);
    expect((error as CaseError).inLang("zh")[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(into.ids).toEqual(["A", "B", "C", "D"]);
    expect(() => NANCHUAN.runColumns({} as unknown as unknown[])).toThrow(CaseError);
  });

  it("tells a rule error its case and claim", () => {
    // 9×10^13元: 70% of it in tenths of a 分 is beyond what is exact, a rule error in the second claim.
    const big = {
      person: { categories: ["低保对象"] },
      claims: [claim("A", "2024-02-01"), { ...claim("B", "2024-03-01"), inScopeCost: 90000000000000, basicInsurancePaid: 0, criticalIllnessPaid: 0 }],
    };
    let error: unknown;
    try {
      NANCHUAN.runColumns([RANKED, big]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).claim).toEqual({ id: "B", path: "$[1].claims[1]" });
    expect((error as RuleError).message).toContain("$[1].claims[1]");
  });

  it("fills the columns it is given again when they have room, and makes new ones when not", () => {
    const first = NANCHUAN.runColumns([RANKED, OPENED]);
    const again = NANCHUAN.runColumns([OPENED], { into: first });
    expect(again).toBe(first);
    expect(again.rows).toBe(1);
    expect([STATUS_CODES[again.status[0]!], ...again.outputs.subarray(0, 3)]).toEqual(["ok", 1000000, 2000000, 3000000]);
    expect(again.ids).toEqual(["A"]);
    const larger = NANCHUAN.runColumns([RANKED, RANKED], { into: first });
    expect(larger).not.toBe(first);
    expectSameAsRun(NANCHUAN, [RANKED, RANKED], larger);
    // Columns of another policy are not filled with this one's outputs.
    expect(entry(jinzhou).runColumns([], { into: first })).not.toBe(first);
  });

  it("has no cell for an output needing an unknown calendar year: no claims policy counts working days", async () => {
    // run writes such an output null (calendar_unknown); the columns could only write a number. Should a claims
    // policy come to count working days, runColumns must first say which cells are unknown.
    const manifest = JSON.parse(readFileSync(join(ROOT, "generated/manifest.json"), "utf8")) as { policies: Record<string, { module: string }> };
    let claims = 0;
    for (const p of Object.values(manifest.policies)) {
      const path = join(ROOT, "generated", `${p.module}.ts`);
      const m = (await import(path)) as { policy: AnyModule };
      if (m.policy.meta.mode !== "claims") continue;
      claims++;
      expect(readFileSync(path, "utf8"), p.module).not.toContain("unknownOf");
    }
    expect(claims).toBeGreaterThan(4);
  });
});

describe("the entry's run", () => {
  it("counts a year no notice arranges only when asked, with the calendar made once for the entry", async () => {
    const m = (await import(join(ROOT, "generated/nanchuan-admin/comment-period.ts"))) as { policy: AnyModule };
    const run = policyRun(m.policy, CALENDAR);
    // 2026-12-20 + 30 days (第七条第三款) falls in 2027, which no notice in generated/calendar.json arranges.
    const facts = { date: "2026-12-20", facts: {} };
    const known = run(facts, { trace: false }) as { outputs: OutputValues; outputStatus?: Record<string, { status: string }> };
    expect(known.outputs.commentPeriodEarliestEnd).toBeNull();
    expect(known.outputStatus?.commentPeriodEarliestEnd?.status).toBe("calendar_unknown");
    const counted = run(facts, { trace: false, provisionalCalendar: true }) as typeof known;
    expect(counted.outputs.commentPeriodEarliestEnd).toMatch(/^2027-01-/);
    expect(counted.outputStatus?.commentPeriodEarliestEnd?.status).toBe("provisional");
    // And again without: the provisional count does not stay behind in the entry.
    expect((run(facts, { trace: false }) as typeof known).outputs.commentPeriodEarliestEnd).toBeNull();
  });
});
