// `regc run` judges a case by the rules in force on its date, as the lifecycle resolved them: a case inside
// the extension of 锦政办发〔2017〕61号 is evaluated; one after the extended end is `not_in_force`, and the trace
// says which document decided it.
import { cpSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emptyProject, regc, ROOT, writeCase } from "../e2e/regc.js";

let dir: string;

beforeAll(() => {
  dir = emptyProject({});
  cpSync(join(ROOT, "policies/jinzhou-admin"), join(dir, "policies/jinzhou-admin"), { recursive: true, filter: (p) => !p.includes("/tests") });
  symlinkSync(join(ROOT, "runtime"), join(dir, "runtime"), "dir");
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }) + "\n");
});

async function run(policy: string, date: string): Promise<{ status: string; outputs: Record<string, unknown>; trace?: { kind: string; value: string }[] }> {
  const file = writeCase(dir, `case-${date}.json`, { date, facts: {} });
  const r = await regc(["run", policy, "--rebuild", "--case", file], dir);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
}

describe("regc run across a document's life", () => {
  it("evaluates a case dated after the original end but inside the extension", async () => {
    // 2022-06-23 (Thu) + 5工作日: 06-24, 06-27, 06-28, 06-29, 06-30
    const r = await run("锦政办发〔2017〕61号", "2022-06-23");
    expect(r.status).toBe("ok");
    expect(r.outputs.acceptanceDeadline).toBe("2022-06-30");
  });

  it("answers not_in_force after the extended end, naming the extension in the trace", async () => {
    const r = await run("锦政办发〔2017〕61号/复核", "2027-06-23");
    expect(r.status).toBe("not_in_force");
    expect(r.outputs).toEqual({});
    const event = r.trace!.find((t) => t.kind === "document")!;
    // in Chinese, as a result's words are when nothing names a language (docs/contracts.md)
    expect(event.value).toContain("2027-06-23晚于有效期的最后一天2027-06-22");
    expect(event.value).toContain("锦政规〔2022〕2号");
  });

  it("answers not_in_force before the effective date", async () => {
    const r = await run("锦政规〔2017〕4号/备案期限", "2017-09-21");
    expect(r.status).toBe("not_in_force");
    expect(r.trace!.find((t) => t.kind === "document")!.value).toContain("早于施行日期2017-09-22");
  });

  it("refuses to run a document that holds dates only", async () => {
    const file = writeCase(dir, "case-decision.json", { date: "2023-01-01", facts: {} });
    const r = await regc(["run", "锦政规〔2022〕2号", "--rebuild", "--case", file], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("regc status 锦政规〔2022〕2号");
  });
});
