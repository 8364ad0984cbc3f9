// `regc run <policy> --case <file>` on the Mianyang policies: the amounts the regulations imply, worked out
// by hand from the gazette text and RULINGS.md, in the JSON shape of CONTRACTS.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectCopy, regc, ROOT, writeCase } from "./regc.js";

const MEDICAL = "绵府发〔2018〕3号";
const CONTRIBUTIONS = "绵府发〔2018〕3号/缴费与个人账户";
const CRITICAL = "绵府办发〔2018〕4号";
const FUNDING = "绵府办发〔2018〕4号/筹资与承办";

type Json = Record<string, unknown>;
let dir: string;
let n = 0;

beforeAll(() => {
  dir = projectCopy();
});

/** Runs a case the way `npx regc run` does and checks what every result shares. */
async function run(policy: string, json: unknown): Promise<Json> {
  const file = writeCase(dir, `case-${n++}.json`, json);
  const r = await regc(["run", policy, "--case", file], dir);
  expect(r.err.split("\n").filter((l) => l && !l.startsWith("regc: rebuilt "))).toEqual([]);
  expect(r.code).toBe(0);
  const result = JSON.parse(r.out) as Json;
  expect(result.policy).toBe(policy);
  return result;
}

function expectTrace(trace: unknown, number: string): void {
  expect(Array.isArray(trace) && trace.length > 0).toBe(true);
  for (const t of trace as Json[]) {
    for (const key of ["name", "value", "citation", "source"]) expect(typeof t[key], `trace.${key}`).toBe("string");
    expect(t.citation as string).toMatch(new RegExp(`^${number.replace(/[〔〕]/g, "\\$&")}( |$)`));
    expect(t.source as string).toMatch(/^policies\/mianyang\/[a-z-]+\.policy:\d+:\d+$/);
  }
}

/** `{"policy", "claims": [{"id", "status", "outputs", "trace"}]}` with money as strings of two decimals. */
async function runClaims(policy: string, json: unknown): Promise<Map<string, { status: string; outputs: Json }>> {
  const result = await run(policy, json);
  expect(Object.keys(result)).toEqual(["policy", "claims"]);
  const claims = new Map<string, { status: string; outputs: Json }>();
  for (const c of result.claims as Json[]) {
    expect(Object.keys(c)).toEqual(["id", "status", "outputs", "trace"]);
    expectTrace(c.trace, policy.split("/")[0]!);
    for (const v of Object.values(c.outputs as Json)) expect(v).toMatch(/^-?\d+\.\d\d$/);
    claims.set(c.id as string, { status: c.status as string, outputs: c.outputs as Json });
  }
  return claims;
}

/** `{"policy", "status", "outputs", "trace"}`. */
async function runFacts(policy: string, json: unknown): Promise<{ status: string; outputs: Json }> {
  const result = await run(policy, json);
  expect(Object.keys(result)).toEqual(["policy", "status", "outputs", "trace"]);
  expectTrace(result.trace, policy.split("/")[0]!);
  return { status: result.status as string, outputs: result.outputs as Json };
}

/** The committed example case policies/mianyang/examples/<name>.json, as `npm start` explains it. */
const example = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, "policies/mianyang/examples", `${name}.json`), "utf8"));

const money = (...pairs: [string, string][]) => Object.fromEntries(pairs);

/** A rate in a result is a decimal fraction; compare without trailing zeros ("0.1500" is 15%). */
function rateText(v: unknown): string {
  expect(v).toMatch(/^\d+(\.\d+)?$/);
  return String(v)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
}

describe(`${MEDICAL} inpatient benefits`, () => {
  it("pays the example case: a retiree referred up from 二级 to 三级", async () => {
    const claims = await runClaims(MEDICAL, example("employee-medical"));
    // c1 二级, retired: deductible 600 − 100 = 500 (第二十七条（三）); 先自付 15% × 3000 = 450 (第三十条（一）);
    //    fund 92% × (20000 − 500 − 450) = 92% × 19050 = 17526.00; personal 20000 − 17526 = 2474.00
    expect(claims.get("c1")).toEqual({
      status: "ok",
      outputs: money(["deductible", "500.00"], ["selfPayFirst", "450.00"], ["fundPays", "17526.00"], ["personalPays", "2474.00"]),
    });
    // c2 三级, retired, referred from c1: deductible (700 − 100) − 500 = 100 (第二十七条（五）, M3/X2);
    //    先自付 25% × 8000 = 2000 (imported material); rate 92% (retiree at 三级, 第二十九条);
    //    fund 92% × (45000.50 − 100 − 2000) = 92% × 42900.50 = 39468.46; personal 45000.50 − 39468.46 = 5532.04
    expect(claims.get("c2")).toEqual({
      status: "ok",
      outputs: money(["deductible", "100.00"], ["selfPayFirst", "2000.00"], ["fundPays", "39468.46"], ["personalPays", "5532.04"]),
    });
  });

  it("stops at the annual cap, resets it on 1 January, and knows when the document expires", async () => {
    const claims = await runClaims(MEDICAL, {
      person: { retired: false, birthDate: "1965-04-20", previousYearAverageWage: 10000 },
      claims: [
        { id: "c1", date: "2019-03-01", hospitalLevel: "三级", aids: false, outOfCityReferral: false, totalCost: 50000 },
        { id: "c2", date: "2019-11-01", hospitalLevel: "三级", aids: false, outOfCityReferral: false, totalCost: 30000 },
        { id: "c3", date: "2020-01-15", hospitalLevel: "一级", aids: false, outOfCityReferral: false, totalCost: 10000 },
        { id: "c4", date: "2021-02-01", hospitalLevel: "一级", aids: false, outOfCityReferral: false, totalCost: 1000 },
        { id: "c5", date: "2021-02-02", hospitalLevel: "一级", aids: false, outOfCityReferral: false, totalCost: 1000 },
      ],
    });
    // cap 6 × 10000 = 60000 a year (第二十八条)
    // c1: 88% × (50000 − 700) = 43384.00; left of the cap 60000 − 43384 = 16616
    expect(claims.get("c1")!.outputs).toEqual(money(["deductible", "700.00"], ["selfPayFirst", "0.00"], ["fundPays", "43384.00"], ["personalPays", "6616.00"]));
    // c2: 88% × (30000 − 700) = 25784, but only 16616 is left; personal 30000 − 16616 = 13384
    expect(claims.get("c2")!.outputs).toEqual(
      money(["deductible", "700.00"], ["selfPayFirst", "0.00"], ["fundPays", "16616.00"], ["personalPays", "13384.00"]),
    );
    // c3: a new year (R2), full cap again: 95% × (10000 − 500) = 9025.00
    expect(claims.get("c3")!.outputs).toEqual(money(["deductible", "500.00"], ["selfPayFirst", "0.00"], ["fundPays", "9025.00"], ["personalPays", "975.00"]));
    // c4: 2021-02-01 is the last day of 有效期3年 from 2018-02-01 (R5, M1): 95% × (1000 − 500) = 475.00
    expect(claims.get("c4")).toEqual({
      status: "ok",
      outputs: money(["deductible", "500.00"], ["selfPayFirst", "0.00"], ["fundPays", "475.00"], ["personalPays", "525.00"]),
    });
    // c5: the day after: not in force, no outputs (R9)
    expect(claims.get("c5")).toEqual({ status: "not_in_force", outputs: {} });
  });

  it("charges the out-of-city deductible in full, even to a retiree, and 10% of the whole cost first", async () => {
    const claims = await runClaims(MEDICAL, {
      person: { retired: true, birthDate: "1950-01-01", previousYearAverageWage: 60000 },
      claims: [{ id: "r", date: "2019-08-08", hospitalLevel: "二级", aids: false, outOfCityReferral: true, totalCost: 20000, classBDrugCost: 2000 }],
    });
    // deductible 1000 (第二十七条; X1: the 100 reduction applies only to the level deductibles)
    // 先自付 15% × 2000 + 10% × 20000 = 300 + 2000 = 2300 (第三十条（一）（四）)
    // fund 92% × (20000 − 1000 − 2300) = 92% × 16700 = 15364.00; personal 20000 − 15364 = 4636.00
    expect(claims.get("r")!.outputs).toEqual(
      money(["deductible", "1000.00"], ["selfPayFirst", "2300.00"], ["fundPays", "15364.00"], ["personalPays", "4636.00"]),
    );
  });

  it("waives the deductible for AIDS and for a centenarian below 三级, rounding the fund half-up", async () => {
    const aids = await runClaims(MEDICAL, {
      person: { retired: false, birthDate: "1980-01-01", previousYearAverageWage: 60000 },
      claims: [{ id: "a", date: "2019-05-10", hospitalLevel: "三级", outOfCityReferral: false, aids: true, totalCost: "12345.67" }],
    });
    // deductible 0 (第二十七条（一）); fund 88% × 12345.67 = 10864.1896 → 10864.19 (R3); personal 1481.48
    expect(aids.get("a")!.outputs).toEqual(money(["deductible", "0.00"], ["selfPayFirst", "0.00"], ["fundPays", "10864.19"], ["personalPays", "1481.48"]));

    const old = await runClaims(MEDICAL, {
      person: { retired: false, birthDate: "1918-05-01", previousYearAverageWage: 60000 },
      claims: [
        { id: "b", date: "2019-05-10", hospitalLevel: "二级", aids: false, outOfCityReferral: false, totalCost: 5000 },
        { id: "c", date: "2019-06-01", hospitalLevel: "三级", aids: false, outOfCityReferral: false, totalCost: 5000 },
      ],
    });
    // 101 周岁 at 二级: deductible 0 (第二十七条（二）); fund 92% × 5000 = 4600.00
    expect(old.get("b")!.outputs).toEqual(money(["deductible", "0.00"], ["selfPayFirst", "0.00"], ["fundPays", "4600.00"], ["personalPays", "400.00"]));
    // at 三级 the waiver does not apply: deductible 700; fund 88% × 4300 = 3784.00
    expect(old.get("c")!.outputs).toEqual(money(["deductible", "700.00"], ["selfPayFirst", "0.00"], ["fundPays", "3784.00"], ["personalPays", "1216.00"]));
  });
});

describe(`${CONTRIBUTIONS} contributions and personal accounts`, () => {
  it("computes an employee's contributions on the city average when the wage is lower (example case)", async () => {
    const r = await runFacts(CONTRIBUTIONS, example("employee-contributions"));
    // base max(48000, 52000) = 52000 (第九条); employer 6% = 3120; employee 2% = 1040;
    // age 47 on 2019-07-01 → 45周岁及以上: account 1040 + 2% × 52000 = 2080 (第二十二条)
    expect(r).toEqual({
      status: "ok",
      outputs: money(
        ["contributionBase", "52000.00"],
        ["employerContribution", "3120.00"],
        ["employeeContribution", "1040.00"],
        ["personalAccountCredit", "2080.00"],
        ["lumpSum", "0.00"],
      ),
    });
  });

  it("credits a retiree over 80 with 4.5% of the pension and charges the missing years at once", async () => {
    const r = await runFacts(CONTRIBUTIONS, {
      date: "2019-07-01",
      facts: {
        insuredType: "医保退休人员",
        cityAverageWage: 52000,
        birthDate: "1938-03-01",
        contributionYears: 15,
        retirementBase: 40000,
        lastYearPension: "36000.55",
      },
    });
    // 81 周岁 ≥ 80: 4.5% × 36000.55 = 1620.02475 → 1620.02 (第二十二条, R3)
    // 趸缴 6% × 40000 × (20 − 15) = 12000.00 (第十条); a retiree pays no contributions (第九条)
    expect(r.outputs).toEqual(
      money(
        ["contributionBase", "0.00"],
        ["employerContribution", "0.00"],
        ["employeeContribution", "0.00"],
        ["personalAccountCredit", "1620.02"],
        ["lumpSum", "12000.00"],
      ),
    );
  });

  it("charges a self-employed person 8% of the city average and credits 3% below 45", async () => {
    const r = await runFacts(CONTRIBUTIONS, { date: "2019-07-01", facts: { insuredType: "个体参保人员", cityAverageWage: 52000, birthDate: "1989-07-01" } });
    // 8% × 52000 = 4160; 30 周岁: 3% × 52000 = 1560 (第九条, 第二十二条)
    expect(r.outputs).toEqual(
      money(
        ["contributionBase", "52000.00"],
        ["employerContribution", "0.00"],
        ["employeeContribution", "4160.00"],
        ["personalAccountCredit", "1560.00"],
        ["lumpSum", "0.00"],
      ),
    );
  });

  it("is not in force after 2021-02-01", async () => {
    const r = await runFacts(CONTRIBUTIONS, {
      date: "2021-02-02",
      facts: { insuredType: "在职职工", annualWage: 48000, cityAverageWage: 52000, birthDate: "1989-07-01" },
    });
    expect(r).toEqual({ status: "not_in_force", outputs: {} });
  });
});

describe(`${CRITICAL} critical-illness insurance`, () => {
  it("pays the example case: 低保对象 with a lower threshold and 5 more points on every band", async () => {
    const claims = await runClaims(CRITICAL, example("critical-illness"));
    // threshold 10000 − 2000 = 8000; bands 58% / 68% / 78% / 88% (第八条, R8)
    // c1: cumulative 25000 → 17000 above: 58% × 17000 = 9860.00
    expect(claims.get("c1")).toEqual({ status: "ok", outputs: { pays: "9860.00" } });
    // c2: cumulative 65000 → 57000 above: 58% × 30000 + 68% × 27000 = 17400 + 18360 = 35760; 35760 − 9860 = 25900.00
    expect(claims.get("c2")).toEqual({ status: "ok", outputs: { pays: "25900.00" } });
  });

  it("counts the year's cumulative self-pay through every band, and starts again next year", async () => {
    const claims = await runClaims(CRITICAL, {
      person: { categories: [] },
      claims: [
        { id: "c1", date: "2019-02-01", selfPayCompliant: 8000 },
        { id: "c2", date: "2019-06-01", selfPayCompliant: 150000 },
        { id: "c3", date: "2020-01-10", selfPayCompliant: "12000.01" },
        { id: "c4", date: "2021-01-02", selfPayCompliant: 5000 },
      ],
    });
    // c1: 8000 < 10000: nothing
    expect(claims.get("c1")!.outputs).toEqual({ pays: "0.00" });
    // c2: cumulative 158000 → 148000 above: 53% × 30000 + 63% × 30000 + 73% × 40000 + 83% × 48000
    //     = 15900 + 18900 + 29200 + 39840 = 103840.00 (no cap: 原则上不设最高支付限额)
    expect(claims.get("c2")!.outputs).toEqual({ pays: "103840.00" });
    // c3: 2020 starts from 0 (R2): 2000.01 above: 53% × 2000.01 = 1060.0053 → 1060.01
    expect(claims.get("c3")!.outputs).toEqual({ pays: "1060.01" });
    // c4: after 2021-01-01 (D1)
    expect(claims.get("c4")).toEqual({ status: "not_in_force", outputs: {} });
  });

  it("accepts a category's alias", async () => {
    const claims = await runClaims(CRITICAL, {
      person: { categories: ["特困供养人员", "孤儿"] },
      claims: [{ id: "a", date: "2019-02-01", selfPayCompliant: 9000 }],
    });
    // 特困供养人员 is 特困人员: threshold 8000, 58% × 1000 = 580.00
    expect(claims.get("a")!.outputs).toEqual({ pays: "580.00" });
  });
});

describe(`${FUNDING} funding and contract`, () => {
  it("judges the example year", async () => {
    const r = await runFacts(FUNDING, example("critical-illness-funding"));
    // 93% ≥ 90% (第六条, 及以上): may increase, by min(20%, 40% − 25%) = 15%;
    // 4.5% ≤ 5% (第十一条, 以内); reward 10% × 128000 = 12800.00 (第十七条)
    expect(r.status).toBe("ok");
    expect(r.outputs.mayIncrease).toBe(true);
    expect(rateText(r.outputs.maxIncrease)).toBe("0.15");
    expect(r.outputs.costWithinLimit).toBe(true);
    expect(r.outputs.reward).toBe("12800.00");
  });

  it("includes the edges 90% and 5%, and rounds the reward half-up", async () => {
    const at = await runFacts(FUNDING, {
      date: "2020-06-30",
      facts: { netPayoutRatio: "0.90", cycleIncreaseSoFar: 0, operatingCostAndProfitRate: 0.05, violationAmount: "1234.56" },
    });
    // 90% is 及以上; nothing raised yet this cycle: min(20%, 40%) = 20%; 10% × 1234.56 = 123.456 → 123.46
    expect(at.outputs.mayIncrease).toBe(true);
    expect(rateText(at.outputs.maxIncrease)).toBe("0.2");
    expect(at.outputs.costWithinLimit).toBe(true);
    expect(at.outputs.reward).toBe("123.46");

    const below = await runFacts(FUNDING, {
      date: "2020-06-30",
      facts: { netPayoutRatio: 0.8999, cycleIncreaseSoFar: 0, operatingCostAndProfitRate: "0.0501", violationAmount: 0 },
    });
    // 89.99% < 90%: no increase; 5.01% > 5%
    expect(below.outputs.mayIncrease).toBe(false);
    expect(rateText(below.outputs.maxIncrease)).toBe("0");
    expect(below.outputs.costWithinLimit).toBe(false);
    expect(below.outputs.reward).toBe("0.00");
  });
});
