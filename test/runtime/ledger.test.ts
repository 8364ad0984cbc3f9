// Annual ledgers (amounts in 分, scale 2): a cap pays what is left of it, a deductible absorbs what is left
// of it, a tally only adds up; each records what it used so later claims of the year see it.
import { describe, expect, it } from "vitest";
import { beyond, tally, within } from "../../runtime/ledger.js";
import type { TraceEvent } from "../../runtime/module.js";
import { traceText } from "../../runtime/format.js";

/** Ledger events are raw amounts, formatted only when a trace is printed. */
const LEDGER = { display: { kind: "ledger" } } as const;

describe("within: an annual cap", () => {
  it("pays in full while the cap lasts, then what is left, then nothing", () => {
    // 绵府发〔2018〕3号 第二十八条 with an average wage of 10000: cap 6 × 10000 = 60000.00
    const used = [0];
    const trace: TraceEvent[] = [];
    expect(within(used, 0, 6_000_000, 4_338_400, trace, 7)).toBe(4_338_400);
    // 25784.00 asked, 60000 − 43384 = 16616.00 left
    expect(within(used, 0, 6_000_000, 2_578_400, trace, 7)).toBe(1_661_600);
    expect(within(used, 0, 6_000_000, 100, trace, 7)).toBe(0);
    expect(used).toEqual([6_000_000]);
    expect(trace.map((t) => traceText(LEDGER, t, "zh"))).toEqual([
      "0.00 → 43384.00 / 60000.00",
      "43384.00 → 60000.00 / 60000.00",
      "60000.00 → 60000.00 / 60000.00",
    ]);
  });

  it("pays exactly what is left when the amount equals it", () => {
    const used = [5_000_000];
    expect(within(used, 0, 6_000_000, 1_000_000, null, 0)).toBe(1_000_000);
    expect(used).toEqual([6_000_000]);
  });

  it("never pays a negative or zero amount, and never uses the cap for it", () => {
    const used = [0];
    expect(within(used, 0, 6_000_000, -500, null, 0)).toBe(0);
    expect(within(used, 0, 6_000_000, 0, null, 0)).toBe(0);
    expect(used).toEqual([0]);
  });

  it("pays nothing when more than the cap was already used", () => {
    const used = [7_000_000];
    expect(within(used, 0, 6_000_000, 100, null, 0)).toBe(0);
    expect(used).toEqual([7_000_000]);
  });

  it("keeps each ledger to its own slot", () => {
    const used = [100, 200];
    within(used, 1, 1_000, 300, null, 0);
    expect(used).toEqual([100, 500]);
  });
});

describe("beyond: an annual deductible", () => {
  it("absorbs amounts until the deductible is used up; only the excess counts", () => {
    // 锦政办发〔2022〕16号 J2: 低保边缘家庭成员 deductible 2000.00 a year, consumed across claims
    const used = [0];
    const trace: TraceEvent[] = [];
    expect(beyond(used, 0, 200_000, 150_000, trace, 3)).toBe(0);
    // 1000.00 more: 500.00 absorbed, 500.00 counts
    expect(beyond(used, 0, 200_000, 100_000, trace, 3)).toBe(50_000);
    expect(beyond(used, 0, 200_000, 30_000, trace, 3)).toBe(30_000);
    expect(used).toEqual([200_000]);
    expect(trace.map((t) => traceText(LEDGER, t, "zh"))).toEqual(["0.00 → 1500.00 / 2000.00", "1500.00 → 2000.00 / 2000.00", "2000.00 → 2000.00 / 2000.00"]);
  });

  it("lets everything through when the deductible is 0 (不设起付标准, R8)", () => {
    const used = [0];
    expect(beyond(used, 0, 0, 12_345, null, 0)).toBe(12_345);
    expect(used).toEqual([0]);
  });

  it("absorbs nothing from a zero amount", () => {
    const used = [0];
    expect(beyond(used, 0, 200_000, 0, null, 0)).toBe(0);
    expect(used).toEqual([0]);
  });
});

describe("tally: a running total", () => {
  it("returns the total before the claim and adds the claim", () => {
    // 绵府办发〔2018〕4号 第八条: 25000 then 40000 of compliant self-pay in one year
    const used = [0];
    const trace: TraceEvent[] = [];
    expect(tally(used, 0, 2_500_000, trace, 9)).toBe(0);
    expect(tally(used, 0, 4_000_000, trace, 9)).toBe(2_500_000);
    expect(used).toEqual([6_500_000]);
    expect(trace.map((t) => traceText(LEDGER, t, "zh"))).toEqual(["0.00 → 25000.00", "25000.00 → 65000.00"]);
  });
});
