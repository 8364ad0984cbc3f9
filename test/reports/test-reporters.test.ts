// `regc test --reporter json|junit` and `--filter`: the outcome of the YAML cases for CI tools. The JUnit XML is
// read back by a JUnit parser (junit2json).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type TestSuites } from "junit2json";
import { beforeAll, describe, expect, it } from "vitest";
import { projectCopy, regc } from "../e2e/regc.js";
import { WRONG_EXPECTATION } from "../e2e/wrong-expectation.js";

let dir: string;
const FILE = "policies/mianyang/tests/wrong.yaml";

beforeAll(() => {
  dir = projectCopy();
  writeFileSync(join(dir, FILE), WRONG_EXPECTATION);
});

describe("regc test --reporter junit", () => {
  it("writes JUnit XML that a JUnit parser reads: one suite per file, the failing case with its failure", async () => {
    const r = await regc(["test", FILE, "--reporter", "junit"], dir);
    expect(r.code).toBe(1);
    const report = (await parse(r.out)) as TestSuites;
    expect([report.tests, report.failures, report.errors]).toEqual([2, 1, 0]);
    const suite = report.testsuite![0]!;
    expect(suite.name).toBe(FILE);
    const [passed, failed] = suite.testcase!;
    expect(passed).toMatchObject({ classname: "绵府发〔2018〕3号", name: "一级医院普通住院", file: FILE });
    expect(passed!.failure).toBeUndefined();
    expect(failed!.name).toBe("一级医院普通住院（错误的期望值） [第二十九条]");
    expect(failed!.failure![0]!.message).toBe("claim c1: fundPays = 9025.00, expected 9025.01");
    // The explanation of the failing case goes with it.
    expect(failed!.failure![0]!.inner).toContain("依据《绵阳市城镇职工基本医疗保险办法》第二十九条");
  });

  it("reports a file that cannot run as an error", async () => {
    writeFileSync(join(dir, "policies/mianyang/tests/unknown.yaml"), "policy: 绵府发〔2018〕99号\ncases:\n  - name: x\n    case: {}\n    expect: {}\n");
    const r = await regc(["test", "policies/mianyang/tests/unknown.yaml", "--reporter", "junit"], dir);
    const report = (await parse(r.out)) as TestSuites;
    expect([report.tests, report.failures, report.errors]).toEqual([1, 0, 1]);
    expect(report.testsuite![0]!.testcase![0]!.error![0]!.message).toContain("绵府发〔2018〕99号");
  });
});

describe("regc test --reporter json", () => {
  it("gives every case with its outcome and the counts", async () => {
    const r = await regc(["test", FILE, "--reporter", "json"], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as {
      passed: number;
      failed: number;
      files: { file: string; policy: string; cases: { name: string; line: number; passed: boolean; failures: string[] }[] }[];
    };
    expect([report.passed, report.failed]).toEqual([1, 1]);
    expect(report.files[0]).toMatchObject({ file: FILE, policy: "绵府发〔2018〕3号" });
    expect(report.files[0]!.cases.map((c) => [c.line, c.passed, c.failures])).toEqual([
      [3, true, []],
      [12, false, ["claim c1: fundPays = 9025.00, expected 9025.01"]],
    ]);
  });
});

describe("regc test --filter", () => {
  it("runs only the cases whose name contains the text", async () => {
    const r = await regc(["test", FILE, "--filter", "错误的期望"], dir);
    expect(r.out).toBe("0 passed, 1 failed\n");
    const other = await regc(["test", FILE, "--filter", "普通住院", "--reporter", "json"], dir);
    expect((JSON.parse(other.out) as { passed: number; failed: number }).passed).toBe(1);
  });

  it("is a usage error when no case matches", async () => {
    const r = await regc(["test", FILE, "--filter", "没有这个名字"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有这个名字");
  });
});
