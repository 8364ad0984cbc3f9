// `regc check` remembers its verdict while nothing it reads changes (cli/check-cache.ts). A remembered verdict
// must never hide a diagnostic: each kind of input — the rule file, a template it is built on, its gazette
// text, a document acting on it, the calendar — is changed in turn, and the diagnostic it causes is reported.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDir, sha256 } from "../../cli/batch/cache.js";
import { emptyProject, regc, runnableProject } from "./regc.js";

const TEXT = `测试办法
第一条 为了测试，制定本办法。
第二条 在职职工按缴费基数2%计入。
第三条 本办法自2024年1月1日起施行。
`;

const DOC = `document "测试〔2024〕1号" {
  title "测试办法"
  effective 2024-01-01 @ 第三条
  source "sources/测试〔2024〕1号.txt"
}

facts {
  base: money "缴费基数"
}

param 比例: rate @ 第二条 = 2%
output credit: money "计入金额" @ 第二条 = round(比例 * facts.base)
`;

const OTHER = `document "乙〔2024〕2号" {
  title "测试方案"
  signed 2024-01-01
  effective 2024-01-01 @ 三
}
`;

const TEMPLATE = `template 押金 "住院押金"
facts {
  poor: bool "特困人员"
}
output waived: bool "免除住院押金" @ 二（六） = facts.poor
`;

const REPEAL = (effective: string) => `document "测试〔2025〕9号" {
  title "废止决定"
  effective ${effective} @ 一
  repeals "测试〔2024〕1号" @ 一
}
`;

const FILES = {
  "policies/t/doc.policy": DOC,
  "policies/t/sources/测试〔2024〕1号.txt": TEXT,
  "policies/t/other.policy": OTHER,
  "policies/t/template.policy": TEMPLATE,
  "policies/t/other-deposit.policy": 'part 押金 of "乙〔2024〕2号" extends 押金\n',
};

const check = (dir: string) => regc(["check", "--format", "json"], dir);
const codes = (out: string): string[] => (JSON.parse(out) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);

describe("a remembered check", () => {
  it("is reported again while nothing changed, and never hides what a change to any input causes", async () => {
    const dir = runnableProject(FILES);
    const path = (rel: string) => join(dir, rel);
    /** The check of the project with `from` replaced by `to` in one file; the file is then put back. */
    const checkEdited = async (rel: string, from: string | RegExp, to: string) => {
      const text = readFileSync(path(rel), "utf8");
      writeFileSync(path(rel), text.replace(from, to));
      const ran = await check(dir);
      writeFileSync(path(rel), text);
      return ran;
    };

    const first = await check(dir);
    // The one warning: 乙〔2024〕2号's part cites articles of a document without a source text.
    expect([first.code, codes(first.out)]).toEqual([0, ["W0801"]]);
    // Remembered in the project's cache (entries are named by a hash of the project's folder) and reported alike.
    const entry = `check-${sha256(dir).slice(0, 16)}.json`;
    expect(readdirSync(cacheDir(dir))).toContain(entry);
    expect(await check(dir)).toEqual(first);

    // The rule file: a name no declaration gives.
    const policy = await checkEdited("policies/t/doc.policy", "round(比例 * facts.base)", "round(比率 * facts.base)");
    expect([policy.code, codes(policy.out).length > 1]).toEqual([1, true]);
    expect(await check(dir)).toEqual(first);

    // The gazette text: the article no longer prints the cited 2%.
    const source = await checkEdited("policies/t/sources/测试〔2024〕1号.txt", "缴费基数2%计入", "缴费基数3%计入");
    expect(source.code).toBe(1);
    expect(JSON.parse(source.out).diagnostics.some((d: { file: string }) => d.file === "policies/t/doc.policy")).toBe(true);
    expect(await check(dir)).toEqual(first);

    // The template a part file is built on: its output now reads a fact it does not declare.
    const template = await checkEdited("policies/t/template.policy", "= facts.poor", "= facts.rich");
    expect([template.code, codes(template.out).length > 1]).toEqual([1, true]);
    expect(await check(dir)).toEqual(first);

    // A document acting on it: a repeal in force after it took effect is fine; moved before that, the
    // repealed document would end before it began (E0703), a diagnostic about the first document.
    writeFileSync(path("policies/t/repeal.policy"), REPEAL("2025-01-01"));
    const repealed = await check(dir);
    expect(repealed.code).toBe(0);
    expect(codes((await checkEdited("policies/t/repeal.policy", "2025-01-01", "2023-06-01")).out)).toContain("E0703");
    expect(await check(dir)).toEqual(repealed);

    // The calendar: a year's data file that cannot be read.
    const calendar = await checkEdited("policies/calendar/2024.yaml", /^[\s\S]*$/, "year: [\n");
    expect(calendar.code).toBe(1);
    expect(codes(calendar.out)).toContain("E0901");
    expect(await check(dir)).toEqual(repealed);
  });

  it("keeps nothing in a folder of rule files without node_modules", async () => {
    const dir = emptyProject(FILES);
    expect((await check(dir)).code).toBe(0);
    expect(existsSync(join(dir, "node_modules"))).toBe(false);
  });
});
