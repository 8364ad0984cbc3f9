// A case nesting deeper than 32 levels of arrays and objects is refused with the path where it passes the limit.
import { describe, expect, it } from "vitest";
import { CASE_LIMITS, checkCaseDepth } from "../../runtime/case-limits.js";
import { CaseError } from "../../runtime/errors.js";

/** `n` arrays, one inside the other, around a number. */
function arrays(n: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = [v];
  return v;
}

function refusal(json: unknown): string | undefined {
  try {
    checkCaseDepth(json);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(CaseError);
    return (e as CaseError).issues.map((i) => i.path).join(" ");
  }
}

describe("checkCaseDepth", () => {
  it("allows 32 levels: the case (1), person (2), and 30 arrays (3 … 32)", () => {
    expect(CASE_LIMITS.depth).toBe(32);
    expect(refusal({ person: { "x y": arrays(30) }, claims: [] })).toBeUndefined();
  });

  it("names the path of the first array or object at level 33, keys that are not names in brackets", () => {
    // Level 3 is the outermost of the 31 arrays under person["x y"]; the 31st is at level 33, under 30 [0] steps.
    expect(refusal({ claims: [], person: { "x y": arrays(31) } })).toBe(`$.person["x y"]${"[0]".repeat(30)}`);
    expect(refusal({ claims: [{ id: "c1" }, { deep: arrays(31) }] })).toBe(`$.claims[1].deep${"[0]".repeat(29)}`);
  });

  it("counts scalars as no level", () => {
    expect(refusal({ a: "x".repeat(10), b: null, c: [1, 2, 3] })).toBeUndefined();
  });
});
