// The bench's yardstick: the fastest hand-written evaluators of 南川府办发〔2023〕8号 and 锦政办发〔2022〕16号 give the
// amounts worked out by hand from the law, and agree with the compiled modules (and the idiomatic hand-written
// ones) on every claim of a small seeded binding workload, in which annual caps do bind.
import { beforeAll, describe, expect, it } from "vitest";
import { CAP_CUT, columns, DEDUCTIBLE_ABSORBED, rowResult } from "../../bench/fastest/columns.js";
import { jinzhouFastest } from "../../bench/fastest/jinzhou.js";
import { nanchuanFastest } from "../../bench/fastest/nanchuan.js";
import { jinzhou } from "../../bench/handwritten/jinzhou.js";
import type { Claim } from "../../bench/handwritten/types.js";
import { nanchuan } from "../../bench/handwritten/nanchuan.js";
import type { PolicyUnderTest } from "../../bench/throughput.js";
import { agreeOnCase } from "../../bench/verify.js";
import { convertFor, makeCases, workloadStats } from "../../bench/workload.js";
import { dayFromParts } from "../../runtime/date.js";
import type { AnyModule } from "../../runtime/evaluate.js";
import { policies } from "../../generated/index.js";

const NANCHUAN = "南川府办发〔2023〕8号";
const JINZHOU = "锦政办发〔2022〕16号";
let subjects: PolicyUnderTest[];

beforeAll(async () => {
  const load = async (id: keyof typeof policies) => ((await policies[id]()) as unknown as { policy: AnyModule }).policy;
  const unused = () => {
    throw new Error("not used here");
  };
  subjects = [
    { key: NANCHUAN, module: await load(NANCHUAN), fastest: nanchuanFastest, handWritten: nanchuan, engine: unused, rules: unused },
    { key: JINZHOU, module: await load(JINZHOU), fastest: jinzhouFastest, handWritten: jinzhou, engine: unused, rules: unused },
  ];
});

/** A claim in 分 on a day given as y, m, d; other fields as given. */
function claim(id: string, [y, m, d]: [number, number, number], yuan: { cost: number; basic: number; critical?: number }, more: Partial<Claim> = {}): Claim {
  return {
    id,
    date: dayFromParts(y, m, d),
    setting: "门诊",
    disease: "特殊疾病",
    hospitalLevel: "三级",
    inScopeCost: yuan.cost * 100,
    basicInsurancePaid: yuan.basic * 100,
    criticalIllnessPaid: (yuan.critical ?? 0) * 100,
    referral: true,
    inMunicipality: true,
    ...more,
  };
}

function rows(out: ReturnType<typeof columns>, n: number) {
  return Array.from({ length: n }, (_, i) => ({ ...rowResult(out, i), flags: out.flags[i]! }));
}

describe("fastest hand-written 南川府办发〔2023〕8号", () => {
  it("pays the highest category, caps the year's buckets, and starts a new year at zero", () => {
    const person = { categories: new Set(["低保对象", "特困人员"]) };
    const claims = [
      // S = 200000 − 50000 − 20000 = 130000元. 特困人员: A1 = 70% × 130000 = 91000 (10万 cap);
      // 倾斜 = 70% × (130000 − 91000 − 2000) = 25900 → the 2万 倾斜 cap leaves 20000. 低保对象 gets 91000 and
      // 60% × (39000 − 3000) = 21600 → 20000: the same 111000, and ties go to 特困人员 (first in the table).
      claim("1", [2024, 3, 1], { cost: 200_000, basic: 50_000, critical: 20_000 }),
      // S = 40000元: 70% = 28000 but only 100000 − 91000 = 9000 is left of the cap; the 倾斜 cap is used up.
      claim("2", [2024, 5, 1], { cost: 50_000, basic: 10_000 }),
      // 2025: the buckets start again. A1 = 28000; 倾斜 = 70% × (40000 − 28000 − 2000) = 7000.
      claim("3", [2025, 1, 10], { cost: 50_000, basic: 10_000 }),
      // Not referred (二（六）, N8): excluded, before anything else.
      claim("4", [2025, 2, 1], { cost: 50_000, basic: 10_000 }, { referral: false }),
      // Before 2023-06-07: not in force.
      claim("5", [2023, 6, 6], { cost: 50_000, basic: 10_000 }),
    ];
    const out = columns(claims.length);
    expect(nanchuanFastest(person, claims, out, 0)).toBe(5);
    expect(rows(out, 5)).toEqual([
      { status: "ok", basic: 9_100_000, tilted: 2_000_000, total: 11_100_000, flags: CAP_CUT | 4 },
      { status: "ok", basic: 900_000, tilted: 0, total: 900_000, flags: CAP_CUT | 4 },
      { status: "ok", basic: 2_800_000, tilted: 700_000, total: 3_500_000, flags: 4 },
      { status: "excluded", basic: 0, tilted: 0, total: 0, flags: 0 },
      { status: "not_in_force", basic: 0, tilted: 0, total: 0, flags: 0 },
    ]);
  });

  it("rounds each amount half-up to the 分 and knows no category the plan does not cover", () => {
    // S = 0.05元 = 5分, 70% = 3.5分 → 4分 (R3); 倾斜: 5 − 4 − 200000 < 0 → 0.
    const out = columns(2);
    nanchuanFastest({ categories: new Set(["特困人员"]) }, [{ ...claim("1", [2024, 1, 2], { cost: 0, basic: 0 }), inScopeCost: 5 }], out, 0);
    nanchuanFastest({ categories: new Set(["孤儿"]) }, [claim("2", [2024, 1, 2], { cost: 100, basic: 0 })], out, 1);
    expect(rows(out, 2)).toEqual([
      { status: "ok", basic: 4, tilted: 0, total: 4, flags: 0 },
      { status: "not_applicable", basic: 0, tilted: 0, total: 0, flags: 0 },
    ]);
  });
});

describe("fastest hand-written 锦政办发〔2022〕16号", () => {
  it("absorbs the annual deductibles and caps 基本救助 and 倾斜救助 for the year", () => {
    const person = { categories: new Set(["低保边缘家庭成员"]) };
    const claims = [
      // S = 1500元: the 2000元 basic deductible absorbs it all; 倾斜 on 1500 − 0: its 5000元 deductible absorbs it.
      claim("1", [2024, 2, 1], { cost: 3_000, basic: 1_500 }),
      // S = 10000元: 500 left of the basic deductible, 60% × 9500 = 5700; 倾斜 on 10000 − 5700 = 4300, 3500 left
      // of its deductible, 60% × 800 = 480. Total 6180.
      claim("2", [2024, 4, 1], { cost: 20_000, basic: 10_000 }),
      // S = 40000元: 60% × 40000 = 24000, cap 20000 − 5700 = 14300 left; 倾斜 on 40000 − 14300 = 25700:
      // 60% = 15420, its 1.5万 cap has 15000 − 480 = 14520 left.
      claim("3", [2024, 6, 1], { cost: 80_000, basic: 40_000 }),
      // Before 2023-01-01: not in force.
      claim("4", [2022, 12, 31], { cost: 80_000, basic: 40_000 }),
    ];
    const out = columns(claims.length);
    jinzhouFastest(person, claims, out, 0);
    expect(rows(out, 4)).toEqual([
      { status: "ok", basic: 0, tilted: 0, total: 0, flags: DEDUCTIBLE_ABSORBED },
      { status: "ok", basic: 570_000, tilted: 48_000, total: 618_000, flags: DEDUCTIBLE_ABSORBED },
      { status: "ok", basic: 1_430_000, tilted: 1_452_000, total: 2_882_000, flags: CAP_CUT },
      { status: "not_in_force", basic: 0, tilted: 0, total: 0, flags: 0 },
    ]);
  });

  it("leaves 因病致贫重病患者 dormant until the province's criteria are published (J4)", () => {
    const out = columns(2);
    const c = claim("1", [2024, 2, 1], { cost: 30_000, basic: 10_000 });
    jinzhouFastest({ categories: new Set(["因病致贫重病患者"]) }, [c], out, 0);
    // Active: S = 20000元, 5000 deductible, 50% × 15000 = 7500; 倾斜 on 12500 with 10000 deductible: 50% × 2500 = 1250.
    jinzhouFastest({ categories: new Set(["因病致贫重病患者"]), criticalIllnessCriteriaActive: true }, [c], out, 1);
    expect(rows(out, 2)).toEqual([
      { status: "not_applicable", basic: 0, tilted: 0, total: 0, flags: 0 },
      { status: "ok", basic: 750_000, tilted: 125_000, total: 875_000, flags: DEDUCTIBLE_ABSORBED },
    ]);
  });
});

describe("the binding workload", () => {
  it("binds caps, holds people of several categories, and all evaluators agree on every claim", () => {
    const cases = makeCases(6_000, 5, "binding");
    for (const s of subjects) {
      const w = convertFor(s.module, cases);
      const out = columns(w.claims);
      let at = 0;
      w.converted.forEach((c, i) => {
        agreeOnCase(s, cases[i]!.person.id, c, out, at);
        at += c.claims.length;
      });
      const stats = workloadStats(w, s.fastest);
      expect(stats.capsBindShare).toBeGreaterThanOrEqual(0.05);
      expect(stats.multiCategoryPeopleShare).toBeGreaterThanOrEqual(0.1);
    }
  });
});
