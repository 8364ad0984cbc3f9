// Facts are required unless the law says otherwise: a case that leaves out a fact the rules need is refused
// with the JSON path (exit 1, nothing on stdout), never computed as if the fact were 0; a fact needed only in
// some cases is demanded exactly in those; amounts are never negative unless the rule file says so.
import { beforeAll, describe, expect, it } from "vitest";
import { expectNoStackTrace, projectCopy, regc, writeCase, type Ran } from "./regc.js";

const SALE = "锦政规〔2022〕5号/上市转让";
const CREDIT = "锦政办发〔2022〕14号/个人账户计入";
const MEDICAL = "绵府发〔2018〕3号";

let dir: string;
let n = 0;

beforeAll(() => {
  dir = projectCopy(["jinzhou", "mianyang"]);
});

async function run(policy: string, json: unknown): Promise<Ran> {
  return regc(["run", policy, "--case", writeCase(dir, `case-${n++}.json`, json), "--no-trace"], dir);
}

function expectRefused(r: Ran, ...messages: string[]): void {
  expect(r.code).toBe(1);
  expect(r.out).toBe("");
  for (const m of messages) expect(r.err).toContain(m);
  expectNoStackTrace(r.err);
}

describe("a required fact that is missing", () => {
  it("锦政规〔2022〕5号 第七条: a sale without the appraised price is refused, not charged a fee of 0.00", async () => {
    const facts = { approvedOn: "2010-05-01", completedOn: "2015-06-30", inUrbanArea: true, firstSale: true };
    expectRefused(await run(SALE, { date: "2022-10-10", facts }), "$.facts.marketPrice: is required but missing");
    // with the price: 1% × 800000 = 8000.00 (第七条第一款)
    const ok = await run(SALE, { date: "2022-10-10", facts: { ...facts, marketPrice: 800000 } });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).outputs.landFee).toBe("8000.00");
  });

  it("锦政办发〔2022〕14号 三（四）1: an employee's base is required, a retiree's is not", async () => {
    expectRefused(
      await run(CREDIT, { date: "2023-01-15", facts: { memberType: "在职职工" } }),
      "$.facts.contributionBase: is required when facts.memberType = 在职职工",
    );
    // a 统账结合 retiree gets 60.00 a month whatever the base
    const retiree = await run(CREDIT, { date: "2023-01-15", facts: { memberType: "退休人员" } });
    expect(retiree.code).toBe(0);
    expect(JSON.parse(retiree.out).outputs.monthlyAccountCredit).toBe("60.00");
  });
});

describe("a negative amount", () => {
  it("is refused with its path: totalCost -20000 does not become personalPays -20000.00", async () => {
    const r = await run(MEDICAL, {
      person: { retired: false, birthDate: "1965-04-20", previousYearAverageWage: 60000 },
      claims: [{ id: "c1", date: "2019-05-10", hospitalLevel: "二级", aids: false, outOfCityReferral: false, totalCost: -20000 }],
    });
    expectRefused(r, "$.claims[0].totalCost: must not be negative, got -20000");
  });
});
