// A batch run skips checking its policy when nothing it depends on changed since a check that passed; it must
// never run a module that no longer matches its rule file: it stops and says to run regc build, and rebuilds
// only when asked (--rebuild). Here the rule file and then the module itself are changed under it, in a copy
// of the project.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectCopy, regc } from "../e2e/regc.js";

const POLICY = "绵府发〔2018〕3号";
const MODULE = "generated/mianyang/employee-medical.ts";
const RULES = "policies/mianyang/employee-medical.policy";

describe("regc batch and stale modules", () => {
  it("stops on a module older than its rule file, rebuilds it with --rebuild, and not otherwise", async () => {
    const dir = projectCopy();
    // From policies/mianyang/tests/employee-medical.yaml: 一级, 10000 元: deductible 500; fund 95% × 9500 = 9025.00.
    const text = JSON.stringify({
      person: { retired: false, birthDate: "1965-04-20", previousYearAverageWage: 60000 },
      claims: [{ id: "c1", date: "2019-05-10", hospitalLevel: "一级", aids: false, outOfCityReferral: false, totalCost: 10000 }],
    });
    writeFileSync(join(dir, "cases.jsonl"), text + "\n");
    const batch = async (...flags: string[]) => {
      const ran = await regc(["batch", POLICY, "--cases", "cases.jsonl", "--out", "out.jsonl", "--workers", "1", ...flags], dir);
      expect(ran.code).toBe(0);
      const line = JSON.parse(readFileSync(join(dir, "out.jsonl"), "utf8")) as { claims: { outputs: Record<string, string> }[] };
      expect(line.claims[0]!.outputs.fundPays).toBe("9025.00");
      return ran.err;
    };
    const rebuilt = `regc: rebuilt ${MODULE}`;
    await batch();
    expect(await batch()).not.toContain(rebuilt);

    // A comment line on top moves every provision one line down: the module's provenance changes with it.
    const before = readFileSync(join(dir, MODULE), "utf8");
    writeFileSync(join(dir, RULES), "// a note\n" + readFileSync(join(dir, RULES), "utf8"));
    const stale = await regc(["batch", POLICY, "--cases", "cases.jsonl", "--out", "out.jsonl", "--workers", "1"], dir);
    expect(stale.code).toBe(1);
    expect(stale.err).toContain(`regc: ${MODULE} is out of date with its rule files`);
    expect(stale.err).toContain("run regc build, or add --rebuild");
    expect(readFileSync(join(dir, MODULE), "utf8")).toBe(before);
    expect(await batch("--rebuild")).toContain(rebuilt);
    expect(readFileSync(join(dir, MODULE), "utf8")).not.toBe(before);
    expect(await batch()).not.toContain(rebuilt);
    expect(await batch()).not.toContain(rebuilt);

    appendFileSync(join(dir, MODULE), "// edited by hand\n");
    expect(await batch("--rebuild")).toContain(rebuilt);
    expect(readFileSync(join(dir, MODULE), "utf8")).not.toContain("edited by hand");
  });
});
