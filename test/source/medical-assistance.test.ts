// The three medical-assistance plans: one paragraph per line (markdown conversions and a plain text
// export), numbered 一、/（一）/1., with sentences broken across page breaks.
import { describe, expect, it } from "vitest";
import { numbersIn } from "../../compiler/law/source/numbers.js";
import { allOfKind, loadSource, provision, q, quantities } from "./sources.js";

const childPaths = (paths: string[], parent: string): string[] =>
  paths.filter((p) => p.startsWith(parent) && /^（[一二三四五六七八九十]+）$/.test(p.slice(parent.length)));

describe("南川府办发〔2023〕8号 南川区健全重特大疾病医疗保险和救助制度实施方案", () => {
  const doc = loadSource("medical-assistance", "南川府办发〔2023〕8号");
  const paths = [...doc.index.keys()];

  it("has 3 sections, 6 + 4 subsections and 12 items", () => {
    expect(doc.docNumber).toBe("南川府办发〔2023〕8号");
    expect(doc.scheme).toBe("sections");
    expect(doc.provisions.map((p) => p.path)).toEqual(["一", "二", "三"]);
    expect(childPaths(paths, "二")).toHaveLength(6);
    expect(childPaths(paths, "三")).toHaveLength(4);
    expect(allOfKind(doc, "item")).toHaveLength(12);
    expect(doc.warnings).toEqual([]);
  });

  it("二（三）2: rates 70% / 60%, limits 10万元 and 6万元, the 3万元 condition", () => {
    const text = provision(doc, "二（三）2").text;
    for (const s of ["70%", "60%", "10万元", "6万元", "3万元"]) expect(text).toContain(s);
    expect(quantities(doc, "二（三）2")).toEqual([q("rate", "0.7"), q("rate", "0.6"), q("money", "100000"), q("money", "30000"), q("money", "60000")]);
    expect(quantities(doc, "二（三）2第二段")).toEqual([q("money", "30000"), q("money", "60000")]);
  });

  it("二（三）3: the tilted assistance thresholds 2000/3000/5000元 and its 2万元 limit", () => {
    const text = provision(doc, "二（三）3").text;
    for (const s of ["2000元", "3000元", "5000元", "2万元"]) expect(text).toContain(s);
    const found = quantities(doc, "二（三）3");
    for (const amount of ["2000", "3000", "5000", "20000"]) expect(found).toContain(q("money", amount));
    for (const rate of ["0.7", "0.6", "0.5"]) expect(found).toContain(q("rate", rate));
  });

  it("二（四）2: the 10日 list deadline and 5个工作日 check, joined across the page break", () => {
    const text = provision(doc, "二（四）2").text;
    expect(text).toContain("每月10日前");
    expect(text).toContain("5个工作日");
    expect(text).toContain("分办转办、信息共享及结果反馈");
    expect(quantities(doc, "二（四）2")).toEqual([q("days", "10"), q("workdays", "5")]);
  });

  it("二（二）2: 50% lower threshold and 5 points, across the break inside a quotation", () => {
    expect(provision(doc, "二（二）2").text).toContain("按照“先保险后救助”的原则");
    expect(quantities(doc, "二（二）2")).toEqual([q("rate", "0.5"), q("points", "5")]);
  });

  it("reads headings from markdown and bold, whatever the parentheses", () => {
    expect(provision(doc, "二（三）").label).toBe("(三)");
    expect(provision(doc, "二（三）").heading).toBe("夯实医疗救助托底保障。");
    expect(provision(doc, "二（五）").heading).toBe("积极引导慈善等社会力量参与救助保障。");
    expect(provision(doc, "三（一）").heading).toBe("加强组织领导。");
    expect(provision(doc, "三（一）").text).toContain("各乡镇街道、区级有关部门");
  });

  it("keeps the closing clause and the 版记 apart", () => {
    expect(provision(doc, "三（四）").text).not.toContain("本方案自印发之日起施行");
    expect(doc.closing?.text).toBe("本方案自印发之日起施行。");
    expect(doc.colophon?.text).toContain("抄送：");
  });
});

describe("合川府办发〔2024〕37号 合川区健全重特大疾病医疗保险和救助制度实施方案", () => {
  const doc = loadSource("medical-assistance", "合川府办发〔2024〕37号");
  const paths = [...doc.index.keys()];

  it("has 3 sections, 6 + 4 subsections and 12 items", () => {
    expect(doc.docNumber).toBe("合川府办发〔2024〕37号");
    expect(doc.provisions.map((p) => p.path)).toEqual(["一", "二", "三"]);
    expect(childPaths(paths, "二")).toHaveLength(6);
    expect(childPaths(paths, "三")).toHaveLength(4);
    expect(allOfKind(doc, "item")).toHaveLength(12);
    expect(provision(doc, "二（一）").heading).toBe("科学确定医疗救助对象范围");
    expect(doc.warnings).toEqual([]);
  });

  it("二（三）2: spaced numbers (`70% `, `10 万元`)", () => {
    expect(quantities(doc, "二（三）2")).toEqual([q("rate", "0.7"), q("rate", "0.6"), q("money", "100000"), q("money", "30000"), q("money", "60000")]);
  });

  it("二（三）3: joined across the page break; 3000元, 70%, 2万元", () => {
    expect(provision(doc, "二（三）3").text).toContain("统筹资金使用，着力减轻救助对象");
    expect(quantities(doc, "二（三）3")).toEqual([q("money", "3000"), q("rate", "0.7"), q("money", "20000")]);
  });

  it("drops the running header and joins the sentence it interrupted", () => {
    const text = provision(doc, "三（四）").text;
    expect(text).not.toContain("行政规范性文件");
    expect(text).toContain("公共服务需求和服务能力配置");
    expect(doc.artifacts.map((a) => a.reason)).toEqual(["running-header"]);
  });

  it("二（四）2: a 5日 deadline", () => {
    expect(quantities(doc, "二（四）2")).toEqual([q("days", "5")]);
    expect(provision(doc, "一").text).toContain("医疗救助制度市级统筹");
  });
});

describe("锦政办发〔2022〕16号 健全锦州市重特大疾病医疗保险和救助制度工作方案", () => {
  const doc = loadSource("medical-assistance", "锦政办发〔2022〕16号");
  const paths = [...doc.index.keys()];

  it("has 4 sections and an annex; 8 + 4 subsections; 9 items", () => {
    expect(doc.docNumber).toBe("锦政办发〔2022〕16号");
    expect(doc.provisions.map((p) => p.path)).toEqual(["一", "二", "三", "四", "附件"]);
    expect(childPaths(paths, "三")).toHaveLength(8);
    expect(childPaths(paths, "四")).toHaveLength(4);
    expect(allOfKind(doc, "item")).toHaveLength(9);
    expect(provision(doc, "三（七）").label).toBe("(七)");
    expect(doc.warnings).toEqual([]);
  });

  it("三（五）2: basic and tilted assistance", () => {
    expect(provision(doc, "三（五）2").text).toContain("基本救助和倾斜救助，统一实行");
    expect(quantities(doc, "三（五）2第一段")).toEqual([
      q("money", "20000"),
      q("money", "2000"),
      q("money", "5000"),
      q("rate", "0.7"),
      q("rate", "0.6"),
      q("rate", "0.5"),
    ]);
    expect(quantities(doc, "三（五）2第二段")).toEqual([
      q("money", "3000"),
      q("money", "5000"),
      q("money", "10000"),
      q("money", "20000"),
      q("money", "15000"),
      q("money", "10000"),
    ]);
  });

  it("warning thresholds and the 12-month look-back", () => {
    expect(quantities(doc, "三（六）1")).toEqual([q("money", "5000"), q("money", "20000"), q("money", "50000")]);
    expect(quantities(doc, "三（六）2")).toEqual([q("months", "12")]);
    expect(quantities(doc, "三（四）")).toEqual([q("rate", "0.7"), q("rate", "0.75")]);
  });

  it("the annex is cited under its own prefix, with its own annex nested", () => {
    expect(provision(doc, "附件").heading).toBe("关于做实医疗救助市级统筹工作的实施细则");
    expect(childPaths(paths, "附件三")).toHaveLength(4);
    expect(provision(doc, "附件三（二）").text).toContain("各县(市)区设立县级医疗救助基金财政专户");
    expect(quantities(doc, "附件三（四）")).toEqual([q("days", "10")]);
    const table = provision(doc, "附件附件");
    expect(table.heading).toBe("XX月各县(市)区医疗救助基金支出情况统计表");
    expect(table.text.split("\n").filter((l) => l.startsWith("|"))).toHaveLength(12);
  });

  it("the closing clause carries the effective date", () => {
    expect(doc.closing?.text).toMatch(/^本方案自 2023 年 1 月 1 日执行/);
    expect(numbersIn(doc.closing?.text ?? "")[0]).toEqual({
      kind: "date",
      value: "2023-01-01",
      text: "2023 年 1 月 1 日",
    });
    expect(provision(doc, "四（四）").text).not.toContain("本方案");
  });
});
