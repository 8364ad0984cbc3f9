// `regc test`: the hand-worked YAML cases next to each policy pass; a wrong expectation fails with exit 1
// and prints the explanation of the case, so the reviewer sees which article gave which amount.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectNoStackTrace, projectCopy, regc, ROOT } from "./regc.js";
import { WRONG_EXPECTATION } from "./wrong-expectation.js";

describe("regc test", () => {
  it("passes every Mianyang test file", async () => {
    const dir = projectCopy();
    const r = await regc(["test", "policies/mianyang"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^[1-9]\d* passed, 0 failed\n$/);
    const files = readdirSync(join(ROOT, "policies/mianyang/tests")).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(r.err).toMatch(new RegExp(`^policies/mianyang/tests/${f.replace(".", "\\.")}: (\\d+)/\\1 passed$`, "m"));
  });

  it("fails on a wrong expected value, naming the case and printing its trace", async () => {
    const dir = projectCopy();
    const file = join(dir, "policies/mianyang/tests/wrong.yaml");
    writeFileSync(file, WRONG_EXPECTATION);
    const r = await regc(["test", "policies/mianyang/tests/wrong.yaml"], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe("1 passed, 1 failed\n");
    expect(r.err).toContain("FAIL policies/mianyang/tests/wrong.yaml:12 一级医院普通住院（错误的期望值）  [第二十九条]");
    expect(r.err).toContain("claim c1: fundPays = 9025.00, expected 9025.01");
    expect(r.err).toContain("依据《绵阳市城镇职工基本医疗保险办法》第二十九条，输出 统筹基金支付（fundPays）= 9025.00");
    expect(r.err).toContain("policies/mianyang/tests/wrong.yaml: 1/2 passed");
    expectNoStackTrace(r.err);
    // the same in Chinese: codes, names and values as they are
    const zh = await regc(["test", "policies/mianyang/tests/wrong.yaml", "--lang", "zh"], dir);
    expect(zh.out).toBe("1 个通过，1 个失败\n");
    expect(zh.err).toContain("未通过 policies/mianyang/tests/wrong.yaml:12 一级医院普通住院（错误的期望值）  [第二十九条]");
    expect(zh.err).toContain("申请 c1：fundPays = 9025.00，应为 9025.01");
    expect(zh.err).toContain("policies/mianyang/tests/wrong.yaml：1/2 通过");
  });
});
