// `regc status <文号> --on <date>`: `{"policy", "on", "inForce", "reason"}` (CONTRACTS.md), the reason
// citing what decides it.
import { beforeAll, describe, expect, it } from "vitest";
import { projectCopy, regc } from "./regc.js";

let dir: string;

beforeAll(() => {
  dir = projectCopy();
});

async function status(policy: string, on: string): Promise<{ policy: string; on: string; inForce: boolean; reason: string }> {
  const r = await regc(["status", policy, "--on", on], dir);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(Object.keys(json)).toEqual(["policy", "on", "inForce", "reason", "calendarLastDay"]);
  expect(json.policy).toBe(policy);
  expect(json.on).toBe(on);
  return json;
}

describe("regc status", () => {
  // 绵府发〔2018〕3号: effective 2018-02-01 (自发布之日起, R6), 有效期3年 → last day 2021-02-01 (R5, M1)
  it.each([
    ["2018-01-31", false, "2018-02-01"],
    ["2018-02-01", true, "2021-02-01"],
    ["2021-02-01", true, "2021-02-01"],
    ["2021-02-02", false, "2021-02-01"],
  ])("绵府发〔2018〕3号 on %s: in force %s", async (on, inForce, decidingDate) => {
    const s = await status("绵府发〔2018〕3号", on as string);
    expect(s.inForce).toBe(inForce);
    expect(s.reason).toContain(decidingDate as string);
    expect(s.reason).toContain("第四十六条");
  });

  // 绵府办发〔2018〕4号: effective 2018-01-01, 有效期3年 → last day 2021-01-01 (D1)
  it("绵府办发〔2018〕4号 ends on 2021-01-01", async () => {
    expect((await status("绵府办发〔2018〕4号", "2021-01-01")).inForce).toBe(true);
    const after = await status("绵府办发〔2018〕4号", "2021-01-02");
    expect(after.inForce).toBe(false);
    expect(after.reason).toContain("第二十一条");
  });
});
