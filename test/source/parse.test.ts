// The parser on small hand-made texts, one printing quirk of the seeds per test.
import { describe, expect, it } from "vitest";
import { detectLayout } from "../../compiler/law/source/layout.js";
import { cleanLines } from "../../compiler/law/source/lines.js";
import { parseSource } from "../../compiler/law/source/parse.js";
import type { SourceDoc } from "../../compiler/law/source/types.js";

const parse = (lines: string[]): SourceDoc => parseSource(lines.join("\n"), "test.txt");
const paths = (doc: SourceDoc): string[] => [...doc.index.keys()];

// A hard-wrapped statute like the 四川 gazette: short lines, a blank line after each.
const statute = [
  "某某办法",
  "",
  "第一章　总　　则",
  "",
  "第一条　为规范管理，根据有关规定，结合本市实",
  "",
  "际，制定本办法。",
  "",
  "第二条　参保单位按下列规定处理欠费，基金按",
  "",
  "本办法第三条支付，超过期限的，按下列规定处理：",
  "",
  "（一）欠费３个月，基金暂停支付医疗保险待遇",
  "",
  "费用；",
  "",
  "（二）已办理医疗保险退休手续的人员在一、",
  "",
  "二、三级定点医院住院，起付标准降低１００元。",
  "",
  "第二章　待遇",
  "",
  "第三　条统筹基金按规定支付，起付标准为５００",
  "０２",
  " 元，具体标准由市人力资源和社会保障行政部门",
  "",
  "本级文件",
  "",
  "另行制定。",
  "",
  "个人账户按规定划入，缴费基数按上年度工资确",
  "",
  "定，由单位代扣代缴。",
  "",
  "第四条　从市外转入本市的参保人员，只转移参保关系",
  "",
  "和个人账户，其原参保地区的缴费年限可以接续；",
  "",
  "在本市必须实际足额缴费满１０年。",
  "",
  "第五条　参保人员欠费满１２个月为参保中断，基金",
  "",
  "不支付中断期间的医疗保险待遇。",
  "",
  "第六条　本办法自发布之日起施行，有效期３年。",
];

describe("statute layout", () => {
  const doc = parse(statute);

  it("is recognised as a wrapped print layout", () => {
    expect(detectLayout(cleanLines(statute.join("\n")).lines).wrapped).toBe(true);
  });

  it("finds articles and items, not chapters", () => {
    expect(doc.scheme).toBe("articles");
    expect(paths(doc)).toEqual(["第一条", "第二条", "第二条（一）", "第二条（二）", "第三条", "第三条第一款", "第三条第二款", "第四条", "第五条", "第六条"]);
    expect(doc.index.get("第三条")?.chapter).toBe("第二章 待遇");
  });

  it("joins wrapped lines and drops page numbers and running headers", () => {
    expect(doc.index.get("第一条")?.text).toBe("为规范管理，根据有关规定，结合本市实际，制定本办法。");
    expect(doc.index.get("第三条第一款")?.text).toBe("统筹基金按规定支付，起付标准为５００元，具体标准由市人力资源和社会保障行政部门另行制定。");
    expect(doc.artifacts.map((a) => a.reason)).toEqual(["page-number", "running-header"]);
  });

  it("recognises a marker split by a full-width space", () => {
    expect(doc.index.get("第三条")?.label).toBe("第三　条");
  });

  it("does not split at in-sentence references or at a wrapped `二、`", () => {
    expect(doc.index.get("第二条")?.text).toContain("本办法第三条支付");
    expect(doc.index.get("第二条（二）")?.text).toBe("已办理医疗保险退休手续的人员在一、二、三级定点医院住院，起付标准降低１００元。");
    expect(doc.index.get("第二条（一）")?.text).toBe("欠费３个月，基金暂停支付医疗保险待遇费用；");
  });

  it("renders an article with its items under their labels", () => {
    const text = doc.index.get("第二条")?.text ?? "";
    expect(text.split("\n")).toHaveLength(3);
    expect(text.split("\n")[1]).toMatch(/^（一）欠费/);
  });

  it("records line ranges", () => {
    const second = doc.index.get("第二条");
    expect([second?.start, second?.end]).toEqual([9, 19]);
    expect(doc.index.get("第三条")?.end).toBe(33);
    expect(doc.index.get("第六条")?.end).toBe(statute.length);
  });

  it("does not end a paragraph at a wrapped `；`", () => {
    expect(doc.index.get("第四条")?.paragraphs).toEqual([]);
    expect(doc.index.get("第四条")?.text).toContain("可以接续；在本市必须");
  });
});

describe("plan layout (markdown conversion)", () => {
  const doc = parse([
    "# 某某区人民政府办公室电子公文",
    "",
    "某府办发〔2023〕8号",
    "",
    "## 关于印发某某方案的通知",
    "",
    "为落实有关要求，制定本方案。",
    "",
    "## 一、总体要求",
    "",
    "坚持应保尽保。",
    "",
    "## 二、重点任务",
    "",
    "### （一）确定对象。",
    "",
    "1. 对特困人员按规定给予救助。",
    "2. 对低保对象按70%救助，年度救助限额10万元。",
    "",
    "救助对象患其他疾病的，年度救助限额6万元。",
    "",
    "### **(二) 夯实托底保障。**",
    "",
    "1. 明确救助范围。救助对象认定部门每月10日前将名单传送区医保局，区医保局在5个工作日内完成比对，按",
    "",
    "规定给予救助。",
    "",
    "### **三、保障措施**",
    "",
    "**（一）加强组织领导。**各部门要高度重视。",
    "",
    "本方案自印发之日起施行。",
    "",
    "---",
    "",
    "抄送：区委办公室。",
  ]);

  it("finds sections, subsections and items with canonical paths", () => {
    expect(doc.scheme).toBe("sections");
    expect(doc.docNumber).toBe("某府办发〔2023〕8号");
    expect(paths(doc)).toEqual([
      "一",
      "二",
      "二（一）",
      "二（一）1",
      "二（一）2",
      "二（一）2第一段",
      "二（一）2第二段",
      "二（二）",
      "二（二）1",
      "三",
      "三（一）",
    ]);
  });

  it("takes headings from markdown headings and bold leads", () => {
    expect(doc.index.get("一")?.heading).toBe("总体要求");
    expect(doc.index.get("二（二）")?.label).toBe("(二)");
    expect(doc.index.get("二（二）")?.heading).toBe("夯实托底保障。");
    expect(doc.index.get("三（一）")?.heading).toBe("加强组织领导。");
    expect(doc.index.get("三（一）")?.text).toBe("加强组织领导。\n各部门要高度重视。");
  });

  it("keeps the paragraphs after an item inside the item", () => {
    expect(doc.index.get("二（一）2")?.text).toBe("对低保对象按70%救助，年度救助限额10万元。\n救助对象患其他疾病的，年度救助限额6万元。");
  });

  it("joins a sentence broken by a blank line", () => {
    expect(doc.index.get("二（二）1")?.text).toMatch(/，按规定给予救助。$/);
  });

  it("keeps the closing clause and the colophon out of the last section", () => {
    expect(doc.index.get("三（一）")?.text).not.toContain("本方案");
    expect(doc.closing?.text).toBe("本方案自印发之日起施行。");
    expect(doc.colophon?.text).toBe("抄送：区委办公室。");
  });
});

describe("annexes", () => {
  const doc = parse([
    "一、要求",
    "",
    "做好工作。",
    "",
    "附件：实施细则",
    "",
    "附件",
    "",
    "## 实施细则",
    "",
    "一、统筹层次",
    "",
    "（一）实行市级统筹。",
    "",
    "附件：统计表",
    "",
    "附件",
    "",
    "## 统计表",
    "",
    "| 序号 | 辖区 |",
    "|----|-----|",
  ]);

  it("cites annex provisions under the annex prefix and nests an annex's own annex", () => {
    expect(paths(doc)).toEqual(["一", "附件", "附件一", "附件一（一）", "附件附件"]);
    expect(doc.index.get("附件")?.heading).toBe("实施细则");
    expect(doc.index.get("附件附件")?.text).toBe("统计表\n| 序号 | 辖区 |\n|----|-----|");
    expect(doc.closing?.text).toBe("附件：实施细则");
  });
});

describe("numbered annexes and chapter sections", () => {
  it("numbers sibling annexes `附件1`, `附件2`", () => {
    const doc = parse(["一、要求", "做好工作。", "附件：1．甲表", "附件1", "甲表", "附件2", "乙表", "一、说明", "按表填报。"]);
    expect(paths(doc)).toEqual(["一", "附件1", "附件2", "附件2一"]);
    expect(doc.index.get("附件2")?.heading).toBe("乙表");
  });

  it("labels articles with chapter and 节, numbering 节 afresh in each chapter", () => {
    const doc = parse(["第一章　总则", "第一节　一般规定", "第一条　甲。", "第二节　特别规定", "第二条　乙。", "第二章　附则", "第一节　其他", "第三条　丙。"]);
    expect(doc.provisions.map((p) => `${p.path} ${p.chapter}`)).toEqual([
      "第一条 第一章 总则 第一节 一般规定",
      "第二条 第一章 总则 第二节 特别规定",
      "第三条 第二章 附则 第一节 其他",
    ]);
  });
});

describe("robustness", () => {
  it("reads a marker out of sequence as text and says so", () => {
    const doc = parse(["第一条　总则。", "第三条　跳号。"]);
    expect(paths(doc)).toEqual(["第一条", "第一条第一款", "第一条第二款"]);
    expect(doc.warnings).toEqual(["line 2: `第三条` does not continue the numbering; read as text"]);
  });

  it("copes with an empty text", () => {
    const doc = parse([""]);
    expect(doc.provisions).toEqual([]);
    expect(doc.preamble).toBeUndefined();
  });
});
