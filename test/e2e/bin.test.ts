// The installed command: `node bin/regc.js` (what `npx regc` runs) works right after `npm ci`, with the
// TypeScript sources run through tsx.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectNoStackTrace, projectCopy, ROOT, writeCase } from "./regc.js";

const BIN = join(ROOT, "bin/regc.js");

describe("bin/regc.js", () => {
  const dir = projectCopy();

  it("runs a case: one JSON result on stdout, exit 0", () => {
    const file = writeCase(dir, "case.json", {
      person: { retired: false, birthDate: "1965-04-20", previousYearAverageWage: 60000 },
      claims: [{ id: "c1", date: "2019-05-10", hospitalLevel: "二级", aids: false, outOfCityReferral: false, totalCost: 10000 }],
    });
    const p = spawnSync(process.execPath, [BIN, "run", "绵府发〔2018〕3号", "--case", file, "--no-trace"], { cwd: dir, encoding: "utf8" });
    expect(p.stderr).toBe("");
    expect(p.status).toBe(0);
    // 二级: deductible 600; fund 92% × (10000 − 600) = 8648.00; personal 1352.00 (第二十七条, 第二十九条)
    expect(JSON.parse(p.stdout)).toEqual({
      policy: "绵府发〔2018〕3号",
      claims: [{ id: "c1", status: "ok", outputs: { deductible: "600.00", selfPayFirst: "0.00", fundPays: "8648.00", personalPays: "1352.00" } }],
    });
  });

  it("exits 1 on an invalid case with a message, not a stack trace, and nothing on stdout", () => {
    const file = writeCase(dir, "bad.json", {
      person: { retired: false, birthDate: "1965-04-20", previousYearAverageWage: 60000 },
      claims: [{ id: "c1", date: "2019-05-10", hospitalLevel: "二级", aids: false, outOfCityReferral: false }],
    });
    const p = spawnSync(process.execPath, [BIN, "run", "绵府发〔2018〕3号", "--case", file], { cwd: dir, encoding: "utf8" });
    expect(p.status).toBe(1);
    expect(p.stdout).toBe("");
    expect(p.stderr).toContain("$.claims[0].totalCost: is required but missing");
    expectNoStackTrace(p.stderr);
  });

  it("says a module that fails to load in one line in the reader's language, exit 3, not a stack trace", () => {
    const broken = projectCopy();
    writeFileSync(join(broken, "generated/mianyang/employee-medical.ts"), "export const policy = ;\n");
    const file = writeCase(broken, "case.json", { person: {}, claims: [] });
    for (const [lang, said] of [
      ["zh", "regc: 内部错误："],
      ["en", "regc: internal error: "],
    ]) {
      const p = spawnSync(process.execPath, [BIN, "run", "绵府发〔2018〕3号", "--case", file, "--lang", lang!], { cwd: broken, encoding: "utf8" });
      expect(p.status).toBe(3);
      expect(p.stdout).toBe("");
      expect(p.stderr.startsWith(said!)).toBe(true);
      expect(p.stderr.trimEnd().split("\n")).toHaveLength(1);
      expectNoStackTrace(p.stderr);
    }
  });
});
