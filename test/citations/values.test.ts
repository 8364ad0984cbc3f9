// Numbers are compared by value, whatever the spelling: ５００元 = 500元, 10万元 = 100000元, 百分之七十 = 70%,
// 三个月 = 3个月, a table's ３００００ = 30000元, 提高5% = 5个百分点 (R8). A small gazette written for the test.
import { describe, expect, it } from "vitest";
import { emptyProject, regc } from "../e2e/regc.js";
import { allFindings, findings } from "./project.js";

const GAZETTE = `测试市人民政府文件

测试府发〔2024〕1号

测试市医疗救助办法

第一条 住院起付标准为５００元。
第二条 年度最高支付限额为10万元。
第三条 起付标准以上的费用按百分之七十的比例支付。
第四条 欠费三个月的，暂停支付待遇；申请人应在收到通知之日起十五日内补缴。
第五条 分段支付比例如下：
３００００（含３００００）以下 ５３％
３００００以上 ６３％
第六条 困难群众报销比例提高5%。对特困人员不设起付标准。
第七条 本办法自2024年1月1日起施行，有效期3年。
`;

const RULES = (body: string) => `document "测试府发〔2024〕1号" {
  title "测试市医疗救助办法"
  effective 2024-01-01 @ 第七条
  validity 3年 @ 第七条
  source "sources/测试府发〔2024〕1号.txt"
}

claim { cost: money "费用" }

${body}
`;

const CLEAN = `param 起付标准: money @ 第一条 = 500元
param 年度限额: money @ 第二条 = 100000元
param 比例: rate @ 第三条 = 70%
param 欠费期限: 个月 @ 第四条 = 3个月
param 补缴期限: 日 @ 第四条 = 15日
bands 分段 @ 第五条 {
  0元 < x <= 30000元: 53%
  30000元 < x: 63%
}
param 提高: points @ 第六条 ruling R8 = 5个百分点
param 特困起付标准: money @ 第六条 = 0元 per "不设起付标准"
output pays: money @ 第三条 ruling R3 = round(比例 * max(0元, claim.cost - 起付标准))
`;

function project(body: string, gazette = GAZETTE, sourceName = "测试府发〔2024〕1号"): string {
  return emptyProject({
    "policies/test/rules.policy": RULES(body),
    [`policies/test/sources/${sourceName}.txt`]: gazette,
  });
}

describe("literals against the gazette's words", () => {
  it("accepts every spelling of the same value", async () => {
    const ran = await regc(["check"], project(CLEAN));
    expect(allFindings(ran.err)).toEqual([]);
    expect(ran.code).toBe(0);
  });

  it.each([
    ["500元", "600元", "600元 (param 起付标准) is not in 测试府发〔2024〕1号 第一条, which states 500元"],
    ["100000元", "10万元 ", null],
    ["100000元", "110000元", "110000元 (param 年度限额) is not in 测试府发〔2024〕1号 第二条, which states 10万元"],
    ["= 70%", "= 75%", "75% (param 比例) is not in 测试府发〔2024〕1号 第三条, which states 百分之七十"],
    ["3个月", "2个月", "2个月 (param 欠费期限) is not in 测试府发〔2024〕1号 第四条, which states 三个月, 十五日"],
    [
      "补缴期限: 日 @ 第四条 = 15日",
      "补缴期限: 工作日 @ 第四条 = 15工作日",
      "15工作日 (param 补缴期限) is not in 测试府发〔2024〕1号 第四条, which states 三个月, 十五日",
    ],
    ["30000元 < x: 63%", "30000元 < x: 64%", "64% (bands 分段 #2) is not in 测试府发〔2024〕1号 第五条, which states 30000, 53%, 63%"],
    ["5个百分点", "6个百分点", "6个百分点 (param 提高) is not in 测试府发〔2024〕1号 第六条, which states 5%"],
  ])("%s → %s", async (from, to, message) => {
    const ran = await regc(["check"], project(CLEAN.replace(from, to)));
    expect(findings(ran.err).map((f) => f.message)).toEqual(message ? [message] : []);
  });

  it("checks the words a derived zero rests on", async () => {
    const ran = await regc(["check"], project(CLEAN.replace('per "不设起付标准"', 'per "不计起付标准"')));
    expect(findings(ran.err).map((f) => [f.code, f.message])).toEqual([
      ["E0804", '"不计起付标准", the words 0元 (param 特困起付标准) is derived from, are not in 测试府发〔2024〕1号 第六条'],
    ]);
  });

  it("checks the document's own dates", async () => {
    const ran = await regc(["check"], project(CLEAN, GAZETTE.replace("有效期3年", "有效期5年")));
    expect(findings(ran.err).map((f) => f.message)).toEqual(["3年 (validity) is not in 测试府发〔2024〕1号 第七条, which states 2024年1月1日, 5年"]);
  });

  it("reports a missing source text", async () => {
    const ran = await regc(["check"], project(CLEAN, GAZETTE, "其他"));
    expect(findings(ran.err).map((f) => [f.code, f.message])).toEqual([
      ["E0803", "the source text of 测试府发〔2024〕1号 is missing: policies/test/sources/测试府发〔2024〕1号.txt does not exist"],
    ]);
  });

  it("reports a source text of another document", async () => {
    const ran = await regc(["check"], project(CLEAN, GAZETTE.replace("测试府发〔2024〕1号", "测试府发〔2024〕2号")));
    expect(findings(ran.err).map((f) => [f.code, f.message])).toEqual([
      ["E0805", "policies/test/sources/测试府发〔2024〕1号.txt is the text of 测试府发〔2024〕2号, not of 测试府发〔2024〕1号"],
    ]);
  });

  it("warns when a document with citations has no source text", async () => {
    const dir = emptyProject({ "policies/test/rules.policy": RULES(CLEAN).replace(/ {2}source .*\n/, "") });
    const bare = await regc(["check"], dir);
    expect(allFindings(bare.err).map((f) => [f.code, f.message])).toEqual([
      ["W0801", "测试府发〔2024〕1号 has no source text, so its citations are not checked"],
    ]);
    expect(bare.code).toBe(0);
  });

  it("reads `@ 正文` as the whole text of a document without articles", async () => {
    const notice = `测试市人民政府文件\n\n测试府发〔2024〕1号\n\n关于延长有效期的决定\n\n经研究，决定将该办法有效期延长3年，自2024年1月1日起施行。\n`;
    const dir = emptyProject({
      "policies/test/rules.policy": `document "测试府发〔2024〕1号" {\n  effective 2024-01-01 @ 正文\n  validity 3年 @ 正文\n  source "sources/测试府发〔2024〕1号.txt"\n}\n`,
      "policies/test/sources/测试府发〔2024〕1号.txt": notice,
    });
    const ran = await regc(["check"], dir);
    expect(allFindings(ran.err)).toEqual([]);
  });
});
