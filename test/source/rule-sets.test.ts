// A notice that publishes several rule sets, each under its title and numbering its articles from 第一条:
// every rule set is a group of its own, cited by its title without the words all titles share.
import { describe, expect, it } from "vitest";
import { resolveCitation } from "../../compiler/law/source/citation.js";
import { parseSource } from "../../compiler/law/source/parse.js";
import type { SourceDoc } from "../../compiler/law/source/types.js";
import { loadSource } from "./sources.js";

function resolved(doc: SourceDoc, citation: string): string {
  const r = resolveCitation(doc, citation);
  if (!("provision" in r)) throw new Error(`${citation} did not resolve; nearest: ${r.candidates.join(", ")}`);
  return r.provision.text;
}

describe("南川府办发〔2023〕7号 重大行政决策程序相关配套工作规则 (six 工作规则)", () => {
  const doc = loadSource("nanchuan-admin", "南川府办发〔2023〕7号");

  it("has six groups named without the shared 南川区重大行政决策, with 18/14/17/16/12/15 articles", () => {
    expect(doc.docNumber).toBe("南川府办发〔2023〕7号");
    expect(doc.warnings).toEqual([]);
    expect(doc.provisions.map((g) => [g.kind, g.path, g.heading, g.children.length])).toEqual([
      ["group", "公众参与工作规则", "南川区重大行政决策公众参与工作规则", 18],
      ["group", "专家论证工作规则", "南川区重大行政决策专家论证工作规则", 14],
      ["group", "合法性审查工作规则", "南川区重大行政决策合法性审查工作规则", 17],
      ["group", "后评估工作规则", "南川区重大行政决策后评估工作规则", 16],
      ["group", "全过程记录、材料归档和档案管理工作规则", "南川区重大行政决策全过程记录、材料归档和档案管理工作规则", 12],
      ["group", "责任追究工作规则", "南川区重大行政决策责任追究工作规则", 15],
    ]);
    expect(doc.provisions[1].children[0].path).toBe("专家论证工作规则第一条");
  });

  it("keeps the notice as the preamble and the 抄送 as the colophon", () => {
    expect(doc.preamble?.text).toContain("现将相关配套工作规则印发你们");
    expect(doc.preamble?.text).not.toContain("第一条");
    expect(doc.colophon?.text).toContain("2023年5月24日印发");
  });

  it("resolves citations under the short name, and under the full title", () => {
    const comment = "决策承办单位公开征求意见期限一般不少于30日。确因情况紧急等特殊原因需要缩短期限的，征求意见的期限可以缩短，并在公开征求意见时予以说明。";
    expect(resolved(doc, "公众参与工作规则第七条第三款")).toBe(comment);
    expect(resolved(doc, "南川区重大行政决策公众参与工作规则第7条第3款")).toBe(comment);
    expect(resolved(doc, "合法性审查工作规则第十条第一款")).toBe("重大行政决策的合法性审查，应当保证必要的审查时间，一般自收到材料之日起不少于七个工作日。");
    expect(resolved(doc, "专家论证工作规则第十四条")).toBe("本规则自印发之日起施行。");
    expect(resolved(doc, "全过程记录、材料归档和档案管理工作规则第七条第三款")).toContain("办结之日起 30 日内向主办单位移送原件");
    expect(resolved(doc, "责任追究工作规则第十五条")).toBe("本规则自印发之日起施行。");
  });

  it("offers the group's articles for a bare article number", () => {
    const r = resolveCitation(doc, "第七条第三款");
    expect(r).toEqual({ candidates: expect.arrayContaining(["公众参与工作规则第七条第三款"]) });
  });
});

describe("rule-set titles", () => {
  it("a single 办法 under its title stays an ordinary statute", () => {
    const doc = parseSource("# 某市某某管理办法\n\n第一条 为了规范管理，制定本办法。\n\n第二条 本办法自印发之日起施行。\n", "one.txt");
    expect(doc.provisions.map((p) => p.path)).toEqual(["第一条", "第二条"]);
  });

  it("two titles each followed by 第一条 make two groups", () => {
    const text = [
      "# 某区甲事项实施细则",
      "第一条 甲事项依本细则办理。",
      "第二条 本细则自印发之日起施行。",
      "# 某区乙事项实施细则",
      "第一条 乙事项在10日内办结。",
    ].join("\n\n");
    const doc = parseSource(text, "two.txt");
    expect(doc.provisions.map((p) => [p.path, p.children.map((c) => c.path)])).toEqual([
      ["甲事项实施细则", ["甲事项实施细则第一条", "甲事项实施细则第二条"]],
      ["乙事项实施细则", ["乙事项实施细则第一条"]],
    ]);
    expect(resolved(doc, "某区乙事项实施细则第1条")).toBe("乙事项在10日内办结。");
  });
});
