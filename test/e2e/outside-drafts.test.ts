// A draft folder anywhere on disk, not only inside the project: `regc run` and `regc explain` with `--policies`
// on a copy of test/fixtures/amendment in a fresh folder under the system's temporary folder, run as a user runs
// them (node bin/regc.js). Its modules go to the project's drafts cache like those of a folder inside the project.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NANCHUAN_CASE } from "../explain/nanchuan-case.js";
import { expectNoStackTrace, ROOT } from "./regc.js";

const BIN = join(ROOT, "bin/regc.js");
const PLAN = "南川区健全重特大疾病医疗保险和救助制度实施方案";

// 低保边缘家庭成员, 特殊疾病 住院 at a 三级 hospital, referred and in the municipality, the same costs twice: the
// day before the draft 示例府办发〔2024〕1号 takes effect (8号 governs) and after it (test/fixtures/amendment/
// tests/plan.yaml has the plan's rules).
//   R = inScopeCost − basicInsurancePaid − criticalIllnessPaid = 50000 − 30000 − 5000 = 15000 for both claims
//   c1 2024-06-30 (8号): A1 = 60% × 15000 = 9000.00 ≤ 特殊疾病 limit 100000 (used 9000);
//                        S = 15000 − 9000 = 6000; A2 = 50% × (6000 − 5000) = 500.00 ≤ 倾斜 20000 (used 500);
//                        total 9500.00
//   c2 2024-08-01 (1号): A1 = 65% × 15000 = 9750.00 ≤ 120000 − 9000 left (used 18750);
//                        S = 15000 − 9750 = 5250; A2 = 50% × (5250 − 5000) = 125.00 (倾斜 used 625); total 9875.00
// Under 8号 alone c2 would get 60%: 9000.00 — only the draft's 65% gives 9750.00.
// The costs of test/explain/nanchuan-case.ts, under other dates and another category.
const CLAIM = NANCHUAN_CASE.claims[0]!;
const CASE = {
  person: { categories: ["低保边缘家庭成员"] },
  claims: [
    { ...CLAIM, id: "c1", date: "2024-06-30" },
    { ...CLAIM, id: "c2", date: "2024-08-01" },
  ],
};

describe("a draft folder outside the project", () => {
  const outside = mkdtempSync(join(tmpdir(), "regc-draft-"));
  const drafts = join(outside, "drafts");
  cpSync(join(ROOT, "test/fixtures/amendment"), drafts, { recursive: true });
  const caseFile = join(outside, "case.json");
  writeFileSync(caseFile, JSON.stringify(CASE));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  const bin = (...argv: string[]) => spawnSync(process.execPath, [BIN, ...argv, "--lang", "en"], { cwd: ROOT, encoding: "utf8" });
  const regc = (...argv: string[]) => spawnSync(process.execPath, [BIN, ...argv, "--policies", drafts, "--case", caseFile], { cwd: ROOT, encoding: "utf8" });

  it("runs a case with its rule files, each claim under the version in force on its date", () => {
    const p = regc("run", PLAN, "--no-trace");
    expectNoStackTrace(p.stderr);
    expect(p.status).toBe(0);
    expect(JSON.parse(p.stdout)).toEqual({
      policy: PLAN,
      claims: [
        { id: "c1", status: "ok", document: "南川府办发〔2023〕8号", outputs: { basic: "9000.00", tilted: "500.00", total: "9500.00" } },
        { id: "c2", status: "ok", document: "示例府办发〔2024〕1号", outputs: { basic: "9750.00", tilted: "125.00", total: "9875.00" } },
      ],
    });
  });

  it("explains the case with the draft's numbers", () => {
    const p = regc("explain", PLAN, "--lang", "zh");
    expectNoStackTrace(p.stderr);
    expect(p.status).toBe(0);
    expect(p.stdout).toContain("第2笔 c2（适用示例府办发〔2024〕1号）：予以计算");
    expect(p.stdout).toContain("结果：医疗救助（basic）9000.00；倾斜救助（tilted）500.00；救助合计（total）9500.00");
    expect(p.stdout).toContain("结果：医疗救助（basic）9750.00；倾斜救助（tilted）125.00；救助合计（total）9875.00");
    expect(p.stdout).toContain("特殊疾病限额 9000.00 → 18750.00 / 120000.00");
    // 9500.00 + 9875.00 = 19375.00
    expect(p.stdout).toContain("合计（2笔）：医疗救助 18750.00；倾斜救助 625.00；救助合计 19375.00");
  });

  it("runs the folder's own tests, and builds (type-checked) with it", () => {
    // test/fixtures/amendment/tests: plan.yaml's 16 cases and parts.yaml's 2, all worked by hand there.
    const tested = bin("test", "--policies", drafts, drafts);
    expectNoStackTrace(tested.stderr);
    expect(tested.status).toBe(0);
    expect(tested.stdout).toContain("18 passed, 0 failed");
    // The type-check of the modules with drafts finds the runtime from the draft's module too.
    const built = bin("build", "--policies", drafts);
    expect(built.stderr).toMatch(
      /^built \d+ policies with the drafts .* into node_modules\/\.cache\/regc\/drafts\/[0-9a-f]{16}\/ \(generated\/ unchanged\)\n$/,
    );
    expect(built.status).toBe(0);
  });
});
