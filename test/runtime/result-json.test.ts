// A batch writes each result's claims as JSON text directly: it must be the very text JSON.stringify gives for
// the result objects `regc run` prints (CONTRACTS.md), for every kind of output.
import { describe, expect, it } from "vitest";
import { policy } from "../../generated/medical-assistance/jinzhou.js";
import { claimResult, type AnyModule, type ClaimOutcome } from "../../runtime/evaluate.js";
import { claimsJson } from "../../runtime/result-json.js";

const base = policy as unknown as AnyModule;
const mod: AnyModule = {
  ...base,
  outputs: [
    { name: "paid", type: "money", scale: 2, at: 0 },
    { name: "share", type: "rate", scale: 4, at: 0 },
    { name: "days", type: "int", scale: 0, at: 0 },
    { name: "waived", type: "bool", scale: 0, at: 0 },
    { name: "due", type: "date", scale: 0, at: 0 },
  ],
};

function outcome(id: string, status: ClaimOutcome["status"], outputs: ClaimOutcome["outputs"]): ClaimOutcome {
  return { id, status, outputs, category: undefined, trace: null, values: undefined };
}

describe("claimsJson", () => {
  const outcomes = [
    // 1234.56 元; 7%; 15 days; waived; due 1970-01-11 (day 10).
    outcome("c1", "ok", { paid: 123_456, share: 700, days: 15, waived: true, due: 10 }),
    // Any status but ok: a date output is null. A negative amount keeps its sign: −0.05 元.
    outcome('c"2"', "excluded", { paid: -5, share: 0, days: 0, waived: false, due: 10 }),
    outcome("c3", "not_in_force", null),
  ];

  it("writes amounts, rates, numbers, flags and dates as a result does, and escapes ids", () => {
    expect(claimsJson(mod, outcomes, "zh")).toBe(
      '[{"id":"c1","status":"ok","outputs":{"paid":"1234.56","share":"0.0700","days":15,"waived":true,"due":"1970-01-11"}},' +
        '{"id":"c\\"2\\"","status":"excluded","outputs":{"paid":"-0.05","share":"0.0000","days":0,"waived":false,"due":null}},' +
        '{"id":"c3","status":"not_in_force","outputs":{}}]',
    );
  });

  it("is JSON.stringify of claimResult's objects", () => {
    expect(claimsJson(mod, outcomes, "zh")).toBe(JSON.stringify(outcomes.map((o) => claimResult(mod, o, { trace: false }))));
    expect(claimsJson(mod, [], "zh")).toBe("[]");
  });
});
