// 就高不重复 (RULINGS R7) in the runtime's Ranking, driven as the generated rankCategories() drives it: each
// category from the same ledgers, the highest total wins (ties: the first in the policy's order), and only the
// winner's draw on a cap counts. Two categories on one annual cap of 100.00元 (10000 分), 3000 分 already used.
import { describe, expect, it } from "vitest";
import { within } from "../../runtime/ledger.js";
import type { EvalContext, Status, TraceEvent } from "../../runtime/module.js";
import { PersonContext, calendarFor } from "../../runtime/evaluate.js";
import { ranking } from "../../runtime/strategy.js";

const COVERING = ["甲", "乙"] as const;
const CAP = 10000;

/** A category asking `asked` 分 of the cap (paid: what is left of it), or refusing before it draws. */
type Ask = number | "excluded";

/** One ranked claim: each category draws within the cap and writes [paid, total] (total compared). */
function rank(
  asks: readonly Ask[],
  traced = false,
): { status: Status; used: number[]; out: (number | boolean)[]; category?: string; trace: TraceEvent[] | null } {
  const cx = new PersonContext(calendarFor({}, false)) as unknown as EvalContext<unknown>;
  cx.used = [3000];
  cx.out = [0, 0];
  cx.trace = traced ? [] : null;
  const r = ranking(cx, COVERING, 1, 0);
  asks.forEach((ask, k) => {
    const used = r.trial();
    const tr = r.trace();
    let status: Status = "excluded";
    if (ask !== "excluded") {
      const paid = within(used, 0, CAP, ask, tr, 1);
      cx.out[0] = paid;
      cx.out[1] = paid;
      status = "ok";
    }
    r.consider(k, status);
  });
  const status = r.finish();
  return { status, used: cx.used, out: cx.out, category: cx.category, trace: cx.trace };
}

describe("ranking categories (就高不重复)", () => {
  it("counts only the winner's draw when the loser, evaluated last, would have drawn the cap", () => {
    // 7000 分 left of the cap. 甲 asks 8000 → 7000 (the cap's rest); 乙 asks 4000 → 4000: 甲 wins with 7000, and
    // 乙's 4000 must not count: the cap's used 3000 + 7000 = 10000 (not 14000), the outputs 甲's 7000 (not 4000).
    const r = rank([8000, 4000]);
    expect(r).toMatchObject({ status: "ok", used: [10000], out: [7000, 7000], category: "甲" });
  });

  it("keeps the last category's result when it wins, the earlier one's draw not counted", () => {
    // 甲 asks 2000 → 2000; 乙 asks 6000 → 6000 (7000 left): 乙 wins; used 3000 + 6000 = 9000, not 11000.
    const r = rank([2000, 6000]);
    expect(r).toMatchObject({ status: "ok", used: [9000], out: [6000, 6000], category: "乙" });
  });

  it("gives a tie to the first category in the policy's order", () => {
    // 甲 asks 9000 → 7000; 乙 asks 7000 → 7000: equal totals, 甲 (first) wins; used 10000.
    const r = rank([9000, 7000]);
    expect(r).toMatchObject({ status: "ok", used: [10000], category: "甲" });
  });

  it("keeps the winner's result when a later category refuses", () => {
    // 甲 asks 1500 → 1500; 乙 is excluded: 甲's 1500, used 4500.
    const r = rank([1500, "excluded"]);
    expect(r).toMatchObject({ status: "ok", used: [4500], out: [1500, 1500], category: "甲" });
  });

  it("leaves the ledgers untouched when no category gives a result", () => {
    const r = rank(["excluded", "excluded"]);
    expect(r).toMatchObject({ status: "excluded", used: [3000] });
  });

  it("traces the winner's draw and every category's result, the same traced as untraced", () => {
    // 甲 asks 2000 → 2000; 乙 asks 6000 → 6000: 乙 wins; its draw 3000 → 9000 of 10000 in the trace.
    const r = rank([2000, 6000], true);
    expect(r).toMatchObject({ status: "ok", used: [9000], out: [6000, 6000], category: "乙" });
    expect(r.trace).toEqual([
      { at: 1, value: 3000, to: 9000, limit: CAP },
      {
        at: 0,
        ranking: {
          chosen: "乙",
          tried: [
            { category: "甲", status: "ok", amount: 2000 },
            { category: "乙", status: "ok", amount: 6000 },
          ],
        },
      },
    ]);
  });
});
