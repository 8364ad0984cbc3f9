// `regc fmt` rewrites rule files in canonical form; `--check` only names the files that differ (exit 1).
// Formatting is idempotent on every policy of the repository.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatSource } from "../../dsl/format.js";
import { repositoryPolicies } from "../dsl/helpers.js";
import { expectNoStackTrace, projectCopy, regc } from "./regc.js";

describe("regc fmt", () => {
  it("--check names the files that are not formatted and changes nothing; fmt rewrites them", async () => {
    const dir = projectCopy();
    const file = join(dir, "policies/mianyang/critical-illness.policy");
    // canonical text, then the same declarations squeezed onto badly spaced lines
    const canonical = formatSource("critical-illness.policy", readFileSync(file, "utf8")).text!;
    const messy = canonical.replace("param 起付线: money @ 第八条 = 10000元", "param   起付线 :money@第八条=10000元");
    expect(messy).not.toBe(canonical);
    for (const name of readdirSync(join(dir, "policies/mianyang")).filter((n) => n.endsWith(".policy"))) {
      const p = join(dir, "policies/mianyang", name);
      writeFileSync(p, formatSource(name, readFileSync(p, "utf8")).text!);
    }
    writeFileSync(file, messy);

    const check = await regc(["fmt", "--check"], dir);
    expect(check.code).toBe(1);
    expect(check.err).toBe("policies/mianyang/critical-illness.policy: not formatted\n");
    expect((await regc(["fmt", "--check", "--lang", "zh"], dir)).err).toBe("policies/mianyang/critical-illness.policy：未按规范格式书写\n");
    expect(readFileSync(file, "utf8")).toBe(messy);

    const fmt = await regc(["fmt", "policies/mianyang"], dir);
    expect(fmt.code).toBe(0);
    expect(fmt.err).toBe("formatted policies/mianyang/critical-illness.policy\n");
    expect(readFileSync(file, "utf8")).toBe(canonical);

    const again = await regc(["fmt", "--check"], dir);
    expect(again).toEqual({ code: 0, out: "", err: "" });
  });

  it("refuses to format a file with syntax errors, saying where they are", async () => {
    const dir = projectCopy();
    const file = join(dir, "policies/mianyang/critical-illness.policy");
    const broken = readFileSync(file, "utf8").replace("param 起付线: money @ 第八条 = 10000元", "param 起付线: money @ 第八条 = ");
    writeFileSync(file, broken);
    const r = await regc(["fmt", file], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^policies\/mianyang\/critical-illness\.policy:\d+:\d+: error\[E01\d\d\]/m);
    expectNoStackTrace(r.err);
    expect(readFileSync(file, "utf8")).toBe(broken);
  });

  it.each(repositoryPolicies())("is idempotent on %s", (path, text) => {
    const once = formatSource(path, text);
    expect(once.diagnostics).toEqual([]);
    expect(formatSource(path, once.text!).text).toBe(once.text);
  });
});
