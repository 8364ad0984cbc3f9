// The two 绵阳 documents: statutes from a hard-wrapped print layout with page numbers and running
// headers in the middle of sentences.
import { describe, expect, it } from "vitest";
import { intToChinese } from "../../compiler/law/source/numerals.js";
import { allOfKind, lineStarting, loadSource, provision, q, quantities, readSource } from "./sources.js";

const articlePaths = (count: number): string[] => Array.from({ length: count }, (_, i) => `第${intToChinese(i + 1)}条`);

describe("绵府发〔2018〕3号 绵阳市城镇职工基本医疗保险办法", () => {
  const doc = loadSource("mianyang", "绵府发〔2018〕3号");
  const raw = readSource("mianyang", "绵府发〔2018〕3号");

  it("has 46 articles in 9 chapters, numbered without gaps", () => {
    expect(doc.docNumber).toBe("绵府发〔2018〕3号");
    expect(doc.scheme).toBe("articles");
    expect(doc.provisions.map((p) => p.path)).toEqual(articlePaths(46));
    expect(new Set(doc.provisions.map((p) => p.chapter)).size).toBe(9);
    expect(provision(doc, "第二十七条").chapter).toBe("第六章 统筹基金支付");
    expect(doc.warnings).toEqual([]);
  });

  it("counts the items of the articles that have them", () => {
    expect(allOfKind(doc, "subsection")).toHaveLength(41);
    expect(provision(doc, "第二十七条").children.map((c) => c.path)).toEqual([
      "第二十七条（一）",
      "第二十七条（二）",
      "第二十七条（三）",
      "第二十七条（四）",
      "第二十七条（五）",
    ]);
    expect(provision(doc, "第三十五条").children).toHaveLength(8);
  });

  it("第二十七条（三）: retirees' threshold reduced by 100元", () => {
    expect(provision(doc, "第二十七条（三）").text).toContain("降低１００元");
    expect(quantities(doc, "第二十七条（三）")).toEqual([q("money", "100")]);
  });

  it("第二十七条: thresholds across the page break, without the stray page number", () => {
    const article = provision(doc, "第二十七条");
    expect(article.text).not.toContain("０２");
    expect(article.text).toContain("市外转诊起付标准１０００元。");
    const found = quantities(doc, "第二十七条");
    for (const amount of ["500", "600", "700", "200", "1000", "100"]) expect(found).toContain(q("money", amount));
    expect(quantities(doc, "第二十七条（二）")).toEqual([q("age", "100")]);
    expect(quantities(doc, "第二十七条（四）")).toEqual([q("years", "1")]);
  });

  it("第二十一条 exists although its marker is split by a full-width space", () => {
    const article = provision(doc, "第二十一条");
    expect(article.label).toBe("第二十一　条");
    expect(article.text).toMatch(/^因用人单位未在规定期限内办理参保缴费/);
    expect(article.start).toBe(lineStarting(raw, "第二十一　条"));
  });

  it("markers without a separator (`第四条本市…`) still open articles", () => {
    expect(provision(doc, "第四条").text).toMatch(/^本市行政区域内的下列单位和人员/);
    expect(provision(doc, "第四十条").text).toMatch(/^定点医药机构应配备医保管理人员/);
  });

  it("an in-sentence reference does not open a provision", () => {
    expect(provision(doc, "第二十九条").text).toContain("扣除按本办法第三十条自付的费用后");
    expect(provision(doc, "第三十条").start).toBe(lineStarting(raw, "第三十条"));
    expect(provision(doc, "第二十七条（三）").text).toContain("在一、二、三级定点医院住院");
    for (const rate of ["0.88", "0.92", "0.95"]) expect(quantities(doc, "第二十九条")).toContain(q("rate", rate));
  });

  it("第三十五条 reads on through the page number and the 本级文件 header", () => {
    const text = provision(doc, "第三十五条").text;
    expect(text).toMatch(/^参保人员发生的下列医疗费用不属于基金支付范围：/);
    expect(text).not.toContain("本级文件");
    expect(text).not.toContain("１２");
    expect(doc.artifacts.map((a) => [a.text, a.reason])).toEqual([
      ["０２", "page-number"],
      ["１２", "page-number"],
      ["本级文件", "running-header"],
    ]);
  });

  it("paragraphs (款) are addressable", () => {
    expect(provision(doc, "第三条第二款").text).toMatch(/^市和县市区、园区社会保险经办机构/);
    expect(provision(doc, "第十三条").paragraphs).toHaveLength(3);
    expect(quantities(doc, "第十三条第二款")).toEqual([q("years", "10")]);
    expect(quantities(doc, "第二十二条第三款")).toEqual([q("rate", "0.04"), q("age", "80"), q("rate", "0.045")]);
  });

  it("quantities of the fund articles", () => {
    expect(quantities(doc, "第九条")).toEqual([q("rate", "0.06"), q("rate", "0.02"), q("rate", "0.08")]);
    expect(quantities(doc, "第二十八条")).toEqual([q("factor", "6")]);
    expect(quantities(doc, "第四十六条")).toEqual([q("years", "3")]);
    expect(quantities(doc, "第十一条")).toEqual([q("date", "--06-30")]);
  });

  it("articles span their lines", () => {
    const article = provision(doc, "第二十七条");
    expect(article.start).toBe(lineStarting(raw, "第二十七条"));
    expect(article.end).toBe(lineStarting(raw, "第二十八条") - 2);
  });
});

describe("绵府办发〔2018〕4号 绵阳市城乡居民大病保险管理办法", () => {
  const doc = loadSource("mianyang", "绵府办发〔2018〕4号");

  it("has 21 articles in 6 chapters", () => {
    expect(doc.docNumber).toBe("绵府办发〔2018〕4号");
    expect(doc.provisions.map((p) => p.path)).toEqual(articlePaths(21));
    expect(new Set(doc.provisions.map((p) => p.chapter)).size).toBe(6);
    expect(allOfKind(doc, "subsection")).toHaveLength(4);
    expect(doc.warnings).toEqual([]);
  });

  it("第八条 holds the band table and the 10000元 threshold", () => {
    const text = provision(doc, "第八条").text;
    for (const cell of ["５３％", "６３％", "７３％", "８３％", "１００００元"]) expect(text).toContain(cell);
    // Table rows stay one per line.
    expect(text.split("\n")).toContain("３００００－６００００（含６００００） ６３％");
    const found = quantities(doc, "第八条");
    for (const rate of ["0.53", "0.63", "0.73", "0.83", "0.05"]) expect(found).toContain(q("rate", rate));
    expect(found).toContain(q("money", "10000"));
    expect(found).toContain(q("money", "2000"));
  });

  it("第八条's paragraphs: band table, threshold, reductions", () => {
    expect(provision(doc, "第八条").paragraphs.map((p) => p.path)).toEqual(["第八条第一款", "第八条第二款", "第八条第三款"]);
    expect(provision(doc, "第八条第一款").text).toContain("１０００００以上 ８３％");
    expect(quantities(doc, "第八条第二款")).toEqual([q("money", "10000")]);
    expect(quantities(doc, "第八条第三款")).toEqual([q("money", "2000"), q("rate", "0.05")]);
  });

  it("第二十条 joins across the page number `１３`", () => {
    expect(provision(doc, "第二十条").text).toBe("本办法由市人力资源社会保障局负责解释。");
  });

  it("effective date, validity and funding limits", () => {
    const found = quantities(doc, "第二十一条");
    expect(found.slice(0, 2)).toEqual([q("date", "2018-01-01"), q("years", "3")]);
    expect(quantities(doc, "第六条")).toEqual([q("rate", "0.9"), q("rate", "0.2"), q("rate", "0.4")]);
    expect(quantities(doc, "第十一条")).toEqual([q("years", "3"), q("rate", "0.05")]);
  });
});
