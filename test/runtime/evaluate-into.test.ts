// Claims evaluated into typed columns, nothing allocated per claim: the same results as the object-per-claim
// form, ledgers updated in place and put back for a claim that is not accepted; parameters read as the gazette
// writes them.
import { describe, expect, it } from "vitest";
import { policy as nanchuan } from "../../generated/medical-assistance/nanchuan.js";
import {
  calendarFor,
  convertClaimsCase,
  evaluateClaims,
  evaluateInto,
  outcomeColumns,
  PersonContext,
  STATUS_CODES,
  type AnyModule,
  type ClaimsCase,
} from "../../runtime/evaluate.js";
import type { LedgerSpec } from "../../runtime/module.js";
import { money, rate } from "../../runtime/written.js";
import { nanchuanClaim } from "./nanchuan-claim.js";

const mod = nanchuan as unknown as AnyModule;
const NO_CAL = calendarFor({}, false);

// 南川府办发〔2023〕8号: a person holding 特困人员 and 低保对象 (both covered: 就高不重复 ranks them, R7). Every
// claim 住院, 特殊疾病, 三级, 医保政策范围内费用 100000, 基本医保 40000, 大病保险 10000 → 个人负担 50000元.
const claim = (id: string, date: string, referral = true) => nanchuanClaim(id, date, { inScope: 100000, basic: 40000, critical: 10000 }, referral);
const CASE: ClaimsCase = {
  person: { categories: ["特困人员", "低保对象"] },
  claims: [
    // 特困人员: 医疗救助 70% × 50000 = 35000 (cap 10万 left 10万); 倾斜 (50000 − 35000 − 起付 2000) × 70% = 9100
    // (cap 2万): total 44100. 低保对象: 35000 + (15000 − 3000) × 60% = 42200. 特困人员 wins.
    claim("A", "2024-03-01"),
    // Special-disease cap used 35000 (65000 left), 倾斜 cap 9100 (10900 left): the same 35000 + 9100.
    claim("B", "2024-06-01"),
    // Cap left 30000 → 医疗救助 30000; 倾斜基数 20000 → (20000 − 2000) × 70% = 12600, cap left 20000 − 18200 = 1800.
    // 低保对象 gives 30000 + min(10200, 1800) = 31800 too: the tie goes to the first category, 特困人员.
    claim("C", "2024-09-01"),
    // Not referred (二（六）): excluded, nothing paid, the ledgers untouched.
    claim("D", "2024-10-01", false),
    // A new year: the ledgers start again → 35000 + 9100 = 44100.
    claim("E", "2025-01-05"),
    // Before 2023-06-07, the document's first day in force.
    claim("F", "2023-01-01"),
  ],
};
// In 分: basic, tilted, total per claim.
const EXPECTED = [
  ["ok", 3500000, 910000, 4410000],
  ["ok", 3500000, 910000, 4410000],
  ["ok", 3000000, 180000, 3180000],
  ["excluded", 0, 0, 0],
  ["ok", 3500000, 910000, 4410000],
  ["not_in_force", 0, 0, 0],
];

describe("evaluating into columns", () => {
  it("gives every claim's status and outputs as worked out by hand, with one context reused for several people", () => {
    const { person, claims } = convertClaimsCase(mod, CASE);
    const out = outcomeColumns(mod, claims.length * 2);
    const cx = new PersonContext(NO_CAL);
    // The same person twice: the second starts from fresh ledgers, not the first one's.
    const end = evaluateInto(mod, person, claims, cx, out, evaluateInto(mod, person, claims, cx, out, 0));
    expect(end).toBe(12);
    for (let row = 0; row < 12; row++) {
      const [status, basic, tilted, total] = EXPECTED[row % 6]!;
      expect([STATUS_CODES[out.status[row]!], ...out.outputs.subarray(row * 3, row * 3 + 3)], `row ${row}`).toEqual([status, basic, tilted, total]);
    }
  });

  it("agrees with the object-per-claim form, which names the winning category", () => {
    const { person, claims } = convertClaimsCase(mod, CASE);
    const objects = evaluateClaims(mod, person, claims, false, NO_CAL);
    expect(objects.map((o) => [o.status, ...(o.outputs ? [o.outputs.basic, o.outputs.tilted, o.outputs.total] : [0, 0, 0])])).toEqual(EXPECTED);
    expect(objects.map((o) => o.category)).toEqual(["特困人员", "特困人员", "特困人员", undefined, "特困人员", undefined]);
  });
});

describe("a person's ledgers", () => {
  const ledgers: LedgerSpec[] = [
    { name: "甲", kind: "cap", at: 0 },
    { name: "乙", kind: "cap", at: 1 },
  ];

  it("are updated in place, kept when a claim is accepted and put back when it is not", () => {
    const cx = new PersonContext(NO_CAL);
    cx.open(2024, ledgers);
    expect(cx.used).toEqual([0, 0]);
    cx.used[0] = 500;
    cx.rollback();
    expect(cx.used).toEqual([0, 0]);
    cx.open(2024, ledgers);
    cx.used[1] = 700;
    cx.commit(2024, ledgers);
    cx.open(2024, ledgers);
    expect(cx.used).toEqual([0, 700]);
    cx.used[1] = 900;
    cx.rollback();
    cx.open(2024, ledgers);
    expect(cx.used).toEqual([0, 700]);
    // Another year starts from nothing; after a reset, so does the next person.
    cx.open(2025, ledgers);
    expect(cx.used).toEqual([0, 0]);
    cx.reset();
    cx.open(2024, ledgers);
    expect(cx.used).toEqual([0, 0]);
  });

  it("are put back by the claim loop when a module refuses a claim after drawing on them", () => {
    // A module that draws 300 on its one cap, then refuses every claim above 1000 (refusesAfterDrawing: true):
    // claims of 500, 2000 and 500 leave 300 + 300 used, the refused one's draw put back.
    const drawing = {
      ...mod,
      ledgers: [{ name: "甲", kind: "cap", at: 0 }],
      outputs: [{ name: "used", type: "money", scale: 2, at: 0 }],
      refersBack: false,
      refusesAfterDrawing: true,
      // Without a loop of its own: the runtime's general loop.
      claimsInto: undefined,
      evaluate: (_p: unknown, c: { cost: number }, cx: { used: number[]; out: (number | boolean)[] }) => {
        cx.used[0]! += 300;
        cx.out[0] = cx.used[0]!;
        return c.cost > 1000 ? "excluded" : "ok";
      },
    } as unknown as AnyModule;
    const claims = [500, 2000, 500].map((cost, i) => ({ id: `c${i}`, date: 19_900 + i, cost }));
    const out = outcomeColumns(drawing, 3);
    evaluateInto(drawing, {}, claims, new PersonContext(NO_CAL), out, 0);
    expect([...out.status].map((s) => STATUS_CODES[s])).toEqual(["ok", "excluded", "ok"]);
    expect([...out.outputs]).toEqual([300, 0, 600]);
  });
});

describe("parameters as the gazette writes them", () => {
  it("are the scaled integers the rules compute with", () => {
    // 10万元 = 100000元; at scale 2 (分) 10000000.
    expect(money("10万元", 0)).toBe(100000);
    expect(money("10万元", 2)).toBe(10000000);
    expect(money("1.5万元", 0)).toBe(15000);
    expect(money("2000元", 2)).toBe(200000);
    // 70% = 0.7 = 7 tenths; 0.5% = 0.005 = 5 thousandths.
    expect(rate("70%", 1)).toBe(7);
    expect(rate("0.5%", 3)).toBe(5);
  });

  it("refuse a figure the scale cannot hold", () => {
    expect(() => money("1.234元", 2)).toThrow(/not an amount/);
    expect(() => rate("7%", 1)).toThrow(/not a rate/);
    expect(() => rate("70", 1)).toThrow(/not a rate/);
  });
});
