// 就高不重复 (RULINGS R7) in a result's trace (docs/contracts.md "Results"): the entry carries what was decided as
// data (`ranking`: each category tried with its amount or status, and the one chosen), the same in every language,
// and its `value` says it in the run's language — Chinese unless English is asked for.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./regc.js";
import { ASK, traces } from "./run-trace.js";

interface Entry {
  label?: string;
  value: string;
  ranking?: unknown;
}

const ZH = ["zhFlag", "zhLocale", "none"] as const;

/** The 就高不重复 entries of each claim's trace (a facts result: one list), as `regc run` prints them. */
async function ranked(policy: string, ask: keyof typeof ASK, json: unknown): Promise<Entry[][]> {
  const all = await traces<Entry>(["run", policy, ...ASK[ask].argv], ASK[ask].env, json);
  return all.map((t) => t.filter((e) => e.label === "就高不重复"));
}

const NANCHUAN = "南川府办发〔2023〕8号";
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, "policies/medical-assistance/examples/nanchuan.json"), "utf8")) as unknown;

describe("就高不重复 in a result's trace", () => {
  // The 南川 example's c1: 特殊疾病, 住院 at a 三级 hospital; R = 50000 − 30000 − 5000 = 15000 (二（三）2).
  // 低保对象: 70% × 15000 = 10500; 倾斜 60% × (15000 − 10500 − 3000) = 900 → 11400.00.
  // 低保边缘家庭成员 (the case's 低保边缘户): 60% × 15000 = 9000; 倾斜 50% × (15000 − 9000 − 5000) = 500 → 9500.00.
  // 11400.00 > 9500.00: calculated as 低保对象; both listed in the policy's table order.
  const c1 = {
    chosen: "低保对象",
    categories: [
      { category: "低保对象", status: "ok", amount: "11400.00" },
      { category: "低保边缘家庭成员", status: "ok", amount: "9500.00" },
    ],
  };

  it("names the category chosen and what each gave, in the run's language", async () => {
    const [en] = (await ranked(NANCHUAN, "en", EXAMPLE))[0]!;
    expect(en).toMatchObject({ value: "calculated as 低保对象 (低保对象 11400.00; 低保边缘家庭成员 9500.00)", ranking: c1 });
    for (const ask of ZH) {
      const [zh] = (await ranked(NANCHUAN, ask, EXAMPLE))[0]!;
      expect(zh, ask).toMatchObject({ value: "按“低保对象”计算（低保对象 11400.00；低保边缘家庭成员 9500.00）", ranking: c1 });
    }
  });

  it("says no category gave a result, each category's status in words, the data keeping the status", async () => {
    // 锦政办发〔2022〕16号 三（三）资助参保, outside the 过渡期: 低保对象 and 监测帮扶对象 get the province's 定额, which
    // the plan does not print (K1) → each not_applicable; no category gives a result.
    const facts = { date: "2024-03-01", facts: { categories: ["低保对象", "监测帮扶对象"], contribution: "380.00", transitionPeriod: false } };
    const ranking = {
      chosen: null,
      categories: [
        { category: "低保对象", status: "not_applicable" },
        { category: "监测帮扶对象", status: "not_applicable" },
      ],
    };
    const policy = "锦政办发〔2022〕16号/资助参保";
    expect((await ranked(policy, "en", facts))[0]).toEqual([
      expect.objectContaining({ value: "no category gives a result (低保对象 no provision applies; 监测帮扶对象 no provision applies)", ranking }),
    ]);
    for (const ask of ZH)
      expect((await ranked(policy, ask, facts))[0], ask).toEqual([
        expect.objectContaining({ value: "各身份均无计算结果（低保对象 无适用条款；监测帮扶对象 无适用条款）", ranking }),
      ]);
  });

  it("words one category held, and none the policy covers", async () => {
    // One category: 低保对象 alone is evaluated on the year's ledgers; c1 gives 11400.00 as above.
    const one = { person: { categories: ["低保对象"] }, claims: [(EXAMPLE as { claims: unknown[] }).claims[0]] };
    const onlyData = { chosen: "低保对象", categories: [{ category: "低保对象", status: "ok", amount: "11400.00" }] };
    expect((await ranked(NANCHUAN, "en", one))[0]).toEqual([expect.objectContaining({ value: "calculated as 低保对象", ranking: onlyData })]);
    expect((await ranked(NANCHUAN, "none", one))[0]).toEqual([expect.objectContaining({ value: "按“低保对象”计算", ranking: onlyData })]);
    // No category at all: the policy does not apply (not_applicable); nothing was tried.
    const none = { person: { categories: [] }, claims: one.claims };
    const noneData = { chosen: null, categories: [] };
    expect((await ranked(NANCHUAN, "en", none))[0]).toEqual([
      expect.objectContaining({ value: "none of the person's categories is among those this document assists", ranking: noneData }),
    ]);
    expect((await ranked(NANCHUAN, "none", none))[0]).toEqual([
      expect.objectContaining({ value: "所持身份均不在本文件分类救助的类别之内", ranking: noneData }),
    ]);
  });
});
