// Bad input of every kind gets a message that says what is wrong and where, the exit code of CONTRACTS.md
// (1 invalid input, 2 usage error), and never a stack trace; a failed `regc run` prints nothing on stdout.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emptyProject, expectNoStackTrace, projectCopy, regc, writeCase, type Ran } from "./regc.js";

const MEDICAL = "绵府发〔2018〕3号";
const PERSON = { retired: false, birthDate: "1965-04-20", previousYearAverageWage: 60000 };
const CLAIM = { id: "c1", date: "2019-05-10", hospitalLevel: "二级", aids: false, outOfCityReferral: false, totalCost: 10000 };

let dir: string;
let n = 0;

beforeAll(() => {
  dir = projectCopy();
});

function expectFailure(r: Ran, code: 1 | 2): void {
  expect(r.code).toBe(code);
  expect(r.out).toBe("");
  expect(r.err).not.toBe("");
  expectNoStackTrace(r.err);
}

/** `regc run` on a case with one claim changed. */
async function runClaim(claim: Record<string, unknown>, person: Record<string, unknown> = PERSON): Promise<Ran> {
  const file = writeCase(dir, `bad-${n++}.json`, { person, claims: [claim] });
  return regc(["run", MEDICAL, "--case", file], dir);
}

describe("an invalid case (exit 1, the JSON path and what was expected)", () => {
  it("a missing field", async () => {
    const { totalCost: _, ...claim } = CLAIM;
    const r = await runClaim(claim);
    expectFailure(r, 1);
    expect(r.err).toContain("$.claims[0].totalCost: is required but missing");
  });

  it("a string where money is expected", async () => {
    const r = await runClaim({ ...CLAIM, totalCost: "abc" });
    expectFailure(r, 1);
    expect(r.err).toMatch(/\$\.claims\[0\]\.totalCost: expected money.*got "abc"/);
  });

  it("money with three decimals", async () => {
    const r = await runClaim({ ...CLAIM, classBDrugCost: "100.123" });
    expectFailure(r, 1);
    expect(r.err).toMatch(/\$\.claims\[0\]\.classBDrugCost: expected money.*at most two decimals.*got "100\.123"/);
  });

  it("a date that is not a calendar day", async () => {
    const r = await runClaim({ ...CLAIM, date: "2019-02-30" });
    expectFailure(r, 1);
    expect(r.err).toContain('$.claims[0].date: expected a date "YYYY-MM-DD", got "2019-02-30"');
  });

  it("a person's date in another format", async () => {
    const r = await runClaim(CLAIM, { ...PERSON, birthDate: "1965年4月20日" });
    expectFailure(r, 1);
    expect(r.err).toMatch(/\$\.person\.birthDate: expected a date "YYYY-MM-DD"/);
  });

  it("an enum value not in the list, naming the members", async () => {
    const r = await runClaim({ ...CLAIM, hospitalLevel: "四级" });
    expectFailure(r, 1);
    expect(r.err).toContain('$.claims[0].hospitalLevel: expected one of 一级, 二级, 三级, 社区卫生服务中心, 乡镇卫生院, 无等级, got "四级"');
  });

  it("every problem of a case at once", async () => {
    const r = await runClaim({ id: "c1", date: "2019-05-10", hospitalLevel: "五级", aids: false, outOfCityReferral: false, totalCost: "abc" });
    expectFailure(r, 1);
    expect(r.err).toContain("$.claims[0].hospitalLevel");
    expect(r.err).toContain("$.claims[0].totalCost");
  });

  it("a file that is not JSON", async () => {
    const file = writeCase(dir, "not-json.json", '{ "person": {');
    const r = await regc(["run", MEDICAL, "--case", file], dir);
    expectFailure(r, 1);
    expect(r.err).toContain("is not valid JSON");
    expect(r.err).toContain("not-json.json");
  });

  it("explain fails the same way", async () => {
    const file = writeCase(dir, `bad-${n++}.json`, { person: PERSON, claims: [{ ...CLAIM, totalCost: "abc" }] });
    const r = await regc(["explain", MEDICAL, "--case", file], dir);
    expectFailure(r, 1);
    expect(r.err).toContain("$.claims[0].totalCost");
  });
});

describe("usage errors (exit 2)", () => {
  it("a case file that does not exist", async () => {
    const r = await regc(["run", MEDICAL, "--case", join(dir, "nowhere.json")], dir);
    expectFailure(r, 2);
    expect(r.err).toContain("case file not found");
    expect(r.err).toContain("nowhere.json");
  });

  it("an unknown policy, listing the known ones", async () => {
    const file = writeCase(dir, "ok.json", { person: PERSON, claims: [CLAIM] });
    const r = await regc(["run", "绵府发〔2018〕9号", "--case", file], dir);
    expectFailure(r, 2);
    expect(r.err).toContain('unknown policy "绵府发〔2018〕9号"');
    expect(r.err).toContain("绵府发〔2018〕3号");
  });

  it("an unknown command", async () => {
    const r = await regc(["frobnicate"], dir);
    expectFailure(r, 2);
    expect(r.err).toContain("unknown command 'frobnicate'");
  });

  it("a missing argument or option", async () => {
    const noCase = await regc(["run", MEDICAL], dir);
    expectFailure(noCase, 2);
    expect(noCase.err).toContain("--case");
    const noOn = await regc(["status", MEDICAL], dir);
    expectFailure(noOn, 2);
    expect(noOn.err).toContain("--on");
  });

  it("a malformed option value", async () => {
    const r = await regc(["status", MEDICAL, "--on", "2019-13-01"], dir);
    expectFailure(r, 2);
    expect(r.err).toContain('--on expects a date YYYY-MM-DD, got "2019-13-01"');
  });
});

describe("bad rule files (exit 1, file:line:col)", () => {
  const header = 'document "测试〔2024〕1号" {\n  title "测试"\n  effective 2024-01-01 @ 第一条\n}\n';

  it("a malformed rule file", async () => {
    const p = emptyProject({ "policies/t.policy": `${header}param 起付线: money @ 第二条 = 500元 +\n` });
    const r = await regc(["check"], p);
    expectFailure(r, 1);
    expect(r.err).toMatch(/^policies\/t\.policy:5:\d+: error\[E0102\]: expected a value after "\+"/m);
  });

  it("an unknown name, with a suggestion", async () => {
    const p = emptyProject({ "policies/t.policy": `${header}param 起付线: money @ 第二条 = 500元\nvalue 余额: money @ 第二条 = 起付钱 - 1元\n` });
    const r = await regc(["check"], p);
    expectFailure(r, 1);
    expect(r.err).toMatch(/^policies\/t\.policy:6:25: error\[E0201\]: unknown name "起付钱"$/m);
    expect(r.err).toContain('help: did you mean "起付线"?');
  });

  it("a wrong unit", async () => {
    const p = emptyProject({ "policies/t.policy": `${header}param 起付线: money @ 第二条 = 70%\n` });
    const r = await regc(["check"], p);
    expectFailure(r, 1);
    expect(r.err).toMatch(/^policies\/t\.policy:5:\d+: error\[E0301\]/m);
  });

  it("running a policy whose rule file does not check prints its diagnostics, not a result", async () => {
    const p = emptyProject({ "policies/t.policy": `${header}claim { cost: money "费用" }\noutput x: money @ 第二条 = claim.cost + 5%\n` });
    const file = writeCase(p, "case.json", { claims: [{ id: "a", date: "2024-02-01", cost: 1 }] });
    const r = await regc(["run", "测试〔2024〕1号", "--case", file], p);
    expectFailure(r, 1);
    expect(r.err).toMatch(/^policies\/t\.policy:6:\d+: error\[E0325\]/m);
  });
});
