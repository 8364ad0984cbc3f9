// What evaluating commands say to people is in the reader's language: `regc run`, `status`, `deadline`, `batch`,
// a usage error and `regc explain`, with `--lang en` and with `LANG=zh_CN.UTF-8` (docs/contracts.md "Languages").
//
// The rule, precisely. Prose is: the `reason` and `error` strings of a JSON result (at any depth; an output's
// status reason too) and every line a command prints as text. In English prose no Chinese character may remain
// once names are taken out — a 文号 (`…〔2024〕37号`, `…令第340号`), a title in 《》, a name in “” or "", a plan
// or part name the command was given, an output's label in （）, an article cited (`第二条`), and the word 文号
// itself, which English text uses as its term. In Chinese prose no run of three or more Latin words may appear
// (codes, statuses, field names, dates and flags are single words).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { ROOT, tempDir } from "./regc.js";
import { HAN, withoutNames } from "./prose-names.js";

const PLAN = "合川区健全重特大疾病医疗保险和救助制度实施方案/大病保险倾斜";
const AUDIT = "重庆市人民政府令第340号/审计周期";

/** The two ways a reader chooses: a flag, or the locale of the shell. */
const READERS = [
  { lang: "en", flag: ["--lang", "en"], env: {} },
  { lang: "zh", flag: [], env: { LANG: "zh_CN.UTF-8" } },
] as const;

async function regc(argv: string[], env: Record<string, string>) {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd: ROOT, env, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const ENGLISH = /[A-Za-z][A-Za-z'’-]*(?:[\s,;:.!?()]+[A-Za-z][A-Za-z'’-]*){2,}/;

/** Every `reason` and `error` string of a JSON value. */
function prose(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(prose);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => ((k === "reason" || k === "error") && typeof v === "string" ? [v] : prose(v)));
}

function expectInLanguage(lang: "en" | "zh", texts: readonly string[], given: readonly string[] = []): void {
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    if (lang === "en") expect(withoutNames(text, given), text).not.toMatch(HAN);
    else expect(text).not.toMatch(ENGLISH);
  }
}

/** A case file in a temporary folder. */
function caseFile(json: unknown): string {
  const file = join(tempDir(), "case.json");
  writeFileSync(file, JSON.stringify(json));
  return file;
}

const hechuan = (date: string) => ({ date, facts: { categories: ["特困人员"], baseDeductible: 20000, baseRate: "0.6" } });

describe.each(READERS)("--lang $lang / $env", ({ lang, flag, env }) => {
  it("regc run: a plan's reasons (before its first version, in force unknown) and an output's calendar reason", async () => {
    for (const date of ["2022-06-01", "2023-06-01"]) {
      const r = await regc(["run", PLAN, "--case", caseFile(hechuan(date)), "--no-trace", ...flag], env);
      expect(r.code).toBe(0);
      const reasons = prose(JSON.parse(r.out));
      expectInLanguage(lang, reasons, PLAN.split("/"));
    }
    // worked: 2022-01-01 + 5年 = 2027-01-01, a year no notice arranges → calendar_unknown (2027)
    const audit = await regc(["run", AUDIT, "--case", caseFile({ date: "2022-01-01", facts: {} }), "--no-trace", ...flag], env);
    const result = JSON.parse(audit.out) as { outputStatus: { nextAuditDue: { status: string; year: number; reason: string } } };
    expect(result.outputStatus.nextAuditDue).toMatchObject({ status: "calendar_unknown", year: 2027 });
    expectInLanguage(lang, prose(result), AUDIT.split("/"));
    // and counted provisionally: the provisional reason cites the statute
    const provisional = await regc(["run", AUDIT, "--case", caseFile({ date: "2022-01-01", facts: {} }), "--no-trace", "--provisional-calendar", ...flag], env);
    expectInLanguage(lang, prose(JSON.parse(provisional.out)), AUDIT.split("/"));
  });

  it("regc run: a case a rule cannot evaluate, and an invalid case, on stderr", async () => {
    const invalid = await regc(["run", PLAN, "--case", caseFile({ date: "2024-07-01" }), ...flag], env);
    expect(invalid.code).toBe(1);
    expect(invalid.err.split("\n")[0]).toBe(lang === "en" ? "invalid case:" : "案例无效：");
  });

  it("regc status: in force unknown (R11), and no longer in force", async () => {
    for (const on of ["2023-06-01", "2024-07-01"]) {
      const r = await regc(["status", "合川府办发〔2023〕27号", "--on", on, ...flag], env);
      expect(r.code).toBe(0);
      expectInLanguage(lang, prose(JSON.parse(r.out)));
    }
  });

  it("regc deadline: its JSON is data (names of days and notices), a bad count a usage error in the reader's language", async () => {
    const r = await regc(["deadline", "2024-02-08", "5工作日", ...flag], env);
    expect(r.code).toBe(0);
    expect(prose(JSON.parse(r.out))).toEqual([]);
    const bad = await regc(["deadline", "2024-02-30", "5工作日", ...flag], env);
    expect(bad.code).toBe(2);
    expectInLanguage(lang, [bad.err]);
  });

  it("regc batch: the results' reasons in the output file, and the summary", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "cases.jsonl"), ["2022-06-01", "2023-06-01", "2024-07-01"].map((d) => JSON.stringify(hechuan(d))).join("\n") + "\n");
    const r = await regc(["batch", PLAN, "--cases", join(dir, "cases.jsonl"), "--out", join(dir, "out.jsonl"), "--workers", "1", ...flag], env);
    expect(r.code).toBe(0);
    const lines = readFileSync(join(dir, "out.jsonl"), "utf8").trim().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { status: string }).status)).toEqual(["not_in_force", "in_force_unknown", "ok"]);
    expectInLanguage(
      lang,
      lines.flatMap((l) => prose(JSON.parse(l))),
      PLAN.split("/"),
    );
    // the summary: statuses and output names are codes, their labels names
    expectInLanguage(lang, r.out.trim().split("\n"));
  });

  it("a usage error and one of commander's", async () => {
    for (const argv of [
      ["status", "合川府办发〔2023〕27号", "--on", "2024-13-01"],
      ["status", "合川府办发〔2023〕27号", "--on", "2024-01-01", "--bogus"],
    ]) {
      const r = await regc([...argv, ...flag], env);
      expect(r.code).toBe(2);
      expectInLanguage(lang, [r.err]);
    }
  });

  it("regc explain: in the reader's language (lang-explain.test.ts checks its English sentences)", async () => {
    const r = await regc(["explain", PLAN, "--case", caseFile(hechuan("2023-06-01")), ...flag], env);
    expect(r.code).toBe(0);
    expectInLanguage(lang, [r.out], [PLAN]);
  });
});
