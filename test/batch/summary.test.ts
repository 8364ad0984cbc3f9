// A worker adds up its chunk's outputs as plain numbers while they are exact and in BigInt beyond: totals of a
// batch are exact however large.
import { describe, expect, it } from "vitest";
import { ChunkSummary } from "../../cli/batch/summary.js";
import type { ClaimOutcome } from "../../runtime/evaluate.js";

function claim(status: ClaimOutcome["status"], outputs: ClaimOutcome["outputs"]): ClaimOutcome {
  return { id: "c", status, outputs, category: undefined, trace: null, values: undefined };
}

describe("ChunkSummary", () => {
  it("counts cases, claims and statuses and sums every numeric output", () => {
    const s = new ChunkSummary();
    s.add([claim("ok", { basic: 700_000, flag: true }), claim("not_in_force", null)]);
    s.add([claim("ok", { basic: 50 })]);
    s.invalid();
    expect(s.finish()).toEqual({ cases: 2, claims: 3, invalid: 1, errors: 0, statuses: { ok: 2, not_in_force: 1 }, totals: { basic: 700_050n } });
  });

  it("stays exact past 2^53", () => {
    const s = new ChunkSummary();
    const big = Number.MAX_SAFE_INTEGER; // 9007199254740991
    s.add([claim("ok", { basic: big }), claim("ok", { basic: big }), claim("ok", { basic: 3 })]);
    // 2 × 9007199254740991 + 3 = 18014398509481985
    expect(s.finish().totals.basic).toBe(18_014_398_509_481_985n);
  });
});
