// `regc explain` speaks Chinese only (issue 12: "regc explain prints no English sentence"): over every example case,
// and over one YAML test case of each status, no run of three or more English words appears outside the codes,
// the field names and the 文号 an explanation shows beside its words.
import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTestFile } from "../../cli/yaml-tests.js";
import { linkRuntime, regc, ROOT, tempDir } from "../e2e/regc.js";

/** Three English words in a row, separated by spaces or punctuation (`is before`, `the document's text`). */
const ENGLISH = /[A-Za-z][A-Za-z'’]*(?:[\s,;:.!?-]+[A-Za-z][A-Za-z'’]*){2,}/g;

/** What an explanation may show in Latin letters: codes and ids (E0201, R3, N5), field names, statuses. */
const englishRuns = (text: string): string[] => [...text.matchAll(ENGLISH)].map((m) => m[0]);

const FOLDERS = readdirSync(join(ROOT, "policies"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== "calendar")
  .map((d) => d.name);

/** The whole project, in a throwaway copy: explain may rebuild a module, never in the repository's generated/. */
function wholeProject(): string {
  const dir = tempDir();
  cpSync(join(ROOT, "policies"), join(dir, "policies"), { recursive: true });
  cpSync(join(ROOT, "generated"), join(dir, "generated"), { recursive: true });
  return linkRuntime(dir);
}

/** Every example case beside its policy: policies/<folder>/examples/<policy file name>.json. */
function examples(): [string, string][] {
  const out: [string, string][] = [];
  for (const folder of FOLDERS) {
    const dir = join(ROOT, "policies", folder, "examples");
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".json"));
    } catch {
      continue;
    }
    for (const n of names) out.push([`policies/${folder}/${n.replace(/\.json$/, ".policy")}`, join(dir, n)]);
  }
  return out;
}

/** The first YAML test case of each status that is not ok (each status is explained in its own words). */
function oneCasePerStatus(dir: string): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const folder of FOLDERS) {
    const tests = join(ROOT, "policies", folder, "tests");
    let names: string[] = [];
    try {
      names = readdirSync(tests)
        .filter((n) => n.endsWith(".yaml"))
        .sort();
    } catch {
      continue;
    }
    for (const n of names) {
      const file = readTestFile(join(tests, n));
      for (const c of file.cases as { case?: unknown; expect?: { status?: string; claims?: { status?: string }[] } }[]) {
        const statuses = [c.expect?.status, ...(c.expect?.claims?.map((x) => x.status) ?? [])].filter((s): s is string => !!s && s !== "ok");
        const fresh = statuses.find((s) => !seen.has(s));
        if (!fresh || c.case === undefined) continue;
        seen.add(fresh);
        const json = join(dir, `case-${out.length}.json`);
        writeFileSync(json, JSON.stringify(c.case));
        out.push([file.policy, json]);
      }
    }
  }
  return out;
}

describe("regc explain speaks Chinese", () => {
  const dir = wholeProject();

  it("finds the cases it reads", () => {
    expect(examples().length).toBeGreaterThanOrEqual(7);
  });

  it("prints no English sentence for any example case or status", async () => {
    const found: string[] = [];
    const runs = [...examples(), ...oneCasePerStatus(dir)];
    expect(runs.length).toBeGreaterThanOrEqual(10);
    for (const [policy, file] of runs) {
      const r = await regc(["explain", policy, "--case", file], dir);
      expect(r.code, `${policy} ${file}: ${r.err}`).toBe(0);
      for (const run of englishRuns(r.out)) found.push(`${policy}: ${run}`);
    }
    expect(found).toEqual([]);
  }, 240_000);

  it("would notice an English sentence", () => {
    expect(englishRuns("结果：is before the date")).toEqual(["is before the date"]);
    expect(englishRuns("输出 医疗救助（basic）= 9800.00；not_applicable；E0201；R3、N5")).toEqual([]);
  });
});
