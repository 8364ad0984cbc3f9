// `regc rulings`: every interpretive choice in one place — shared rulings and each document's own — with
// the rules relying on it and the provisions they cite.
import { beforeAll, describe, expect, it } from "vitest";
import type { RulingsReport } from "../../compiler/law/rulings.js";
import { regc, ROOT } from "../e2e/regc.js";

let report: RulingsReport;
const ruling = (id: string, document?: string) => report.rulings.find((r) => r.id === id && r.document === document)!;

beforeAll(async () => {
  const ran = await regc(["rulings", "--json"], ROOT);
  expect(ran.code, ran.err).toBe(0);
  report = JSON.parse(ran.out) as RulingsReport;
});

describe("regc rulings", () => {
  it("lists a shared ruling with its text and every rule relying on it", () => {
    const r8 = ruling("R8");
    expect(r8.title).toBe("Percent words");
    expect(r8.text).toContain("不设起付标准 = deductible 0");
    const uses = r8.uses.map((u) => [u.document, u.rule, u.provisions.join("、")]);
    // 不设起付标准 (锦州 三（五）2) and 提高5% read as points (绵阳 第八条)
    expect(uses).toContainEqual(["锦政办发〔2022〕16号", "param 基本救助起付标准 [特困人员, 孤儿, 低保对象]", "三（五）2第一段"]);
    expect(uses).toContainEqual(["锦政办发〔2022〕16号", "param 倾斜救助起付标准 [特困人员, 孤儿]", "三（五）2第二段"]);
    expect(uses).toContainEqual(["绵府办发〔2018〕4号", "param 困难群体比例提高", "第八条"]);
  });

  it("counts an assumed date as relying on its ruling", () => {
    const uses = ruling("R6").uses.map((u) => [u.document, u.rule]);
    expect(uses).toContainEqual(["绵府发〔2018〕3号", "effective"]);
    expect(uses).toContainEqual(["合川府办发〔2024〕37号", "effective"]);
  });

  it("keeps a document's own ruling apart from another document's of the same id", () => {
    const x1 = ruling("X1", "绵府发〔2018〕3号");
    expect(x1.text).toContain("退休人员起付标准降低100元");
    expect(x1.uses.map((u) => [u.rule, u.provisions.join("、")])).toEqual([
      ["adjust 退休减免", "第二十七条（三）"],
      ["exception 市外转诊", "第二十七条"],
    ]);
  });

  it("prints each ruling with its uses", async () => {
    const ran = await regc(["rulings"], ROOT);
    // a document's own ruling in the English its rule file gives (English is the report's default language)
    expect(ran.out).toMatch(/^X1 \(绵府发〔2018〕3号\)\n {2}The deductible reduction of 100 yuan for retirees/m);
    const zh = await regc(["rulings", "--lang", "zh"], ROOT);
    expect(zh.out).toMatch(/^X1（绵府发〔2018〕3号）\n {2}退休人员起付标准降低100元/m);
    expect(ran.out).toMatch(/^ {4}绵府发〔2018〕3号 第二十七条（三） — policies\/mianyang\/employee-medical\.policy:\d+ adjust 退休减免$/m);
  });
});
