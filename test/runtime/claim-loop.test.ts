// A module's own untraced claim loop (`claimsInto`, written by the emitter beside evaluate()): the statuses and
// outputs worked out by hand from 南川府办发〔2023〕8号, the same as evaluate() gives claim by claim on every
// claim of a synthetic workload, and a rule error told which claim it arose for.
import { describe, expect, it } from "vitest";
import { syntheticCases } from "../../bench/generate.js";
import * as hechuan from "../../generated/medical-assistance/hechuan.js";
import * as jinzhou from "../../generated/medical-assistance/jinzhou.js";
import * as nanchuan from "../../generated/medical-assistance/nanchuan.js";
import * as employee from "../../generated/mianyang/employee-medical.js";
import { RuleError } from "../../runtime/errors.js";
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
import { validateCase } from "../../runtime/case-input.js";
import { nanchuanClaim } from "./nanchuan-claim.js";

const NO_CAL = calendarFor({}, false);
const mod = nanchuan.policy as unknown as AnyModule;

// Every claim 医保政策范围内费用 200000, 基本医保 80000, 大病保险 20000 →
// 个人负担 100000元 (二（三）2).
const claim = (id: string, date: string, referral = true) => nanchuanClaim(id, date, { inScope: 200000, basic: 80000, critical: 20000 }, referral);
// A person holding 低保对象 and 因病致贫重病患者: both covered, ranked (就高不重复, R7).
const RANKED: ClaimsCase = {
  person: { categories: ["低保对象", "因病致贫重病患者"] },
  claims: [
    // 低保对象: 医疗救助 70% × 100000 = 70000 (special-disease cap 10万); 倾斜基数 100000 − 70000 = 30000,
    // (30000 − 起付 3000) × 60% = 16200 (倾斜 cap 2万): total 86200. 因病致贫重病患者: 60% × 100000 = 60000,
    // (40000 − 5000) × 50% = 17500: 77500. 低保对象 wins; the caps have 70000 and 16200 used.
    claim("A", "2024-02-01"),
    // The special-disease cap reached across two claims: 70000 asked, 30000 left → 30000; 倾斜基数 70000,
    // (70000 − 3000) × 60% = 40200, 3800 left of the 倾斜 cap → 3800: 33800. 因病致贫重病患者 gives 30000 +
    // 3800 as well: the tie goes to the first category in the policy's order, the same outputs.
    claim("B", "2024-05-01"),
    // Not referred (二（六）): excluded, nothing paid, the ledgers untouched.
    claim("C", "2024-07-01", false),
    // Both caps used up: 0 and 0, still ok.
    claim("D", "2024-08-01"),
    // A new year inside the person's claims: the caps start again → 70000 + 16200 = 86200.
    claim("E", "2025-01-10"),
  ],
};
// A person holding no covered category (孤儿 is not among 二（一）'s): not_applicable.
const NONE: ClaimsCase = { person: { categories: ["孤儿"] }, claims: [claim("F", "2024-02-01")] };
// In 分: basic, tilted, total per claim.
const EXPECTED = [
  ["ok", 7000000, 1620000, 8620000],
  ["ok", 3000000, 380000, 3380000],
  ["excluded", 0, 0, 0],
  ["ok", 0, 0, 0],
  ["ok", 7000000, 1620000, 8620000],
  ["not_applicable", 0, 0, 0],
];

describe("a module's own claim loop", () => {
  it("is written for a claims module whose rules do not read earlier claims back", () => {
    expect(typeof nanchuan.claimsInto).toBe("function");
    expect(nanchuan.policy.claimsInto).toBe(nanchuan.claimsInto);
    // 绵府发〔2018〕3号's rules read an earlier claim's values (prior): its claims take the runtime's general loop.
    expect(employee.policy.refersBack).toBe(true);
    expect("claimsInto" in employee.policy).toBe(false);
  });

  it("gives each claim's status and outputs as worked out by hand: a ranked claim, a cap reached, a refusal, a new year", () => {
    const cx = new PersonContext(NO_CAL);
    const out = outcomeColumns(mod, 6);
    const a = convertClaimsCase(mod, RANKED);
    const b = convertClaimsCase(mod, NONE);
    // Called directly, as evaluateInto calls it after starting the person.
    cx.reset();
    let row = nanchuan.claimsInto(a.person as never, a.claims as never, cx as never, out, 0);
    cx.reset();
    row = nanchuan.claimsInto(b.person as never, b.claims as never, cx as never, out, row);
    expect(row).toBe(6);
    for (let r = 0; r < 6; r++) expect([STATUS_CODES[out.status[r]!], ...out.outputs.subarray(r * 3, r * 3 + 3)], `row ${r}`).toEqual(EXPECTED[r]);
    // evaluate() claim by claim (the object form, what a traced run uses) gives the same.
    const objects = [...evaluateClaims(mod, a.person, a.claims, true, NO_CAL), ...evaluateClaims(mod, b.person, b.claims, false, NO_CAL)];
    expect(objects.map((o) => [o.status, ...(o.outputs ? [o.outputs.basic, o.outputs.tilted, o.outputs.total] : [0, 0, 0])])).toEqual(EXPECTED);
    expect(objects.map((o) => o.category)).toEqual(["低保对象", "低保对象", undefined, "低保对象", "低保对象", undefined]);
  });

  // Fails whenever the module's loop and evaluate() disagree on any claim: every claim of a synthetic workload
  // through both, for each module with a loop that the workload's cases fit.
  for (const m of [nanchuan, jinzhou, hechuan]) {
    const name = m.policy.meta.number;
    it(`agrees with evaluate() claim by claim on 3,000 synthetic claims: ${name}`, () => {
      const loop = m.policy as unknown as AnyModule;
      const general = { ...loop, claimsInto: undefined } as AnyModule;
      const cases = [...syntheticCases({ claims: 3000, seed: 7, profile: "binding" })].map((c) => {
        validateCase(loop, c);
        return convertClaimsCase(loop, c as unknown as ClaimsCase);
      });
      const a = outcomeColumns(loop, 3000);
      const b = outcomeColumns(loop, 3000);
      const cx = new PersonContext(NO_CAL);
      let ra = 0;
      let rb = 0;
      const objects = [];
      for (const c of cases) {
        ra = evaluateInto(loop, c.person, c.claims, cx, a, ra);
        rb = evaluateInto(general, c.person, c.claims, cx, b, rb);
        objects.push(...evaluateClaims(loop, c.person, c.claims, false, NO_CAL));
      }
      expect(ra).toBe(3000);
      expect(rb).toBe(3000);
      expect([...a.status]).toEqual([...b.status]);
      expect([...a.outputs]).toEqual([...b.outputs]);
      expect(objects.map((o) => o.status)).toEqual([...a.status].map((s) => STATUS_CODES[s]));
      const names = loop.outputs.map((o) => o.name);
      expect(objects.flatMap((o) => names.map((n) => +(o.outputs?.[n] ?? 0)))).toEqual([...a.outputs]);
      // The workload asks something of the rules: some claims paid, some not.
      expect(a.status.includes(0) && a.status.some((s) => s !== 0)).toBe(true);
    });
  }

  it("tells a rule error which claim it arose for", () => {
    // 9×10^13元 = 9×10^15分, below 2^53; 70% of it is 6.3×10^16 tenths of a 分, beyond what is exact: a rule error
    // in the second claim.
    const big: ClaimsCase = {
      person: { categories: ["低保对象"] },
      claims: [claim("A", "2024-02-01"), { ...claim("B", "2024-03-01"), inScopeCost: 90000000000000, basicInsurancePaid: 0, criticalIllnessPaid: 0 }],
    };
    const { person, claims } = convertClaimsCase(mod, big);
    let error: unknown;
    try {
      evaluateInto(mod, person, claims, new PersonContext(NO_CAL), outcomeColumns(mod, 2), 0);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).claim).toEqual({ id: "B", path: "$.claims[1]" });
  });
});
