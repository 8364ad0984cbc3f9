// `regc explain`: the result as a case worker reads it, in Chinese, every amount with the article it rests on.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectCopy, regc, ROOT, writeCase } from "./regc.js";

const TITLE = "绵阳市城镇职工基本医疗保险办法";
let dir: string;

beforeAll(() => {
  dir = projectCopy();
});

describe("regc explain", () => {
  it("explains each claim article by article, ending with its amounts", async () => {
    const r = await regc(["explain", "绵府发〔2018〕3号", "--case", join(ROOT, "policies/mianyang/examples/employee-medical.json")], dir);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split("\n");
    expect(lines[0]).toBe(`《${TITLE}》（绵府发〔2018〕3号）`);
    // every line up to the quoted articles is a heading, the inputs, a cited step, the result or the ledgers
    const quoted = lines.findIndex((l) => l.startsWith("条文（"));
    for (const line of lines.slice(1, quoted < 0 ? lines.length : quoted)) {
      expect(line).toMatch(
        /^(|申请人：.+|第\d+笔 .+：.+| {2}输入：.+| {2}依据《绵阳市城镇职工基本医疗保险办法》第.+条.*，.+| {2}未适用：.+| {2}结果：.+| {2}年度台账：.+|合计（\d+笔）：.+)$/,
      );
    }
    expect(lines).toContain("第1笔 c1：予以计算");
    expect(lines).toContain("第2笔 c2：予以计算");
    // c1: retiree at 二级 (第二十七条（三）): 600 − 100; fund 92% × 19050 (第二十九条)
    expect(lines).toContain(`  依据《${TITLE}》第二十七条（三），适用调整“退休减免”，结果为 500.00（解释依据：X1）`);
    expect(lines).toContain(`  依据《${TITLE}》第二十九条，输出 统筹基金支付（fundPays）= 17526.00`);
    expect(lines).toContain(
      "  结果：起付标准（deductible）500.00；先自付费用（selfPayFirst）450.00；统筹基金支付（fundPays）17526.00；个人负担（personalPays）2474.00",
    );
    // c2: the cap ledger before and after the claim, then the amounts
    expect(lines).toContain(`  依据《${TITLE}》第二十八条，年度台账“统筹年度限额”已用 17526.00 → 56994.46 / 360000.00（解释依据：R2、M5）`);
    expect(lines).toContain(
      "  结果：起付标准（deductible）100.00；先自付费用（selfPayFirst）2000.00；统筹基金支付（fundPays）39468.46；个人负担（personalPays）5532.04",
    );
  });

  it("says when a claim falls outside the document's force", async () => {
    const file = writeCase(dir, "late.json", {
      person: { retired: false, birthDate: "1965-04-20", previousYearAverageWage: 60000 },
      claims: [{ id: "late", date: "2021-02-02", hospitalLevel: "一级", aids: false, outOfCityReferral: false, totalCost: 1000 }],
    });
    const r = await regc(["explain", "绵府发〔2018〕3号", "--case", file], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("第1笔 late：结算日不在本文件有效期内（not_in_force）");
    // 有效期3年 from 2018-02-01 ends on the third anniversary, 2021-02-01 inclusive (R5, M1)
    expect(r.out).toContain("  说明：结算日期2021-02-02不在办法的有效期内（2018-02-01起施行，至2021-02-01止），不适用办法");
    expect(r.out).not.toContain("结果：");
  });

  it("explains a facts policy", async () => {
    const r = await regc(["explain", "绵府办发〔2018〕4号/筹资与承办", "--case", join(ROOT, "policies/mianyang/examples/critical-illness-funding.json")], dir);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("《绵阳市城乡居民大病保险管理办法》（绵府办发〔2018〕4号，筹资与承办）");
    expect(r.out).toContain("结论：予以计算");
    // 10% × 128000 (第十七条第二款)
    expect(r.out).toContain("  依据《绵阳市城乡居民大病保险管理办法》第十七条第二款，输出 奖励经费（reward）= 12800.00");
  });
});
