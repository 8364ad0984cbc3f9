// `regc check` reports every problem of a project in one run, each with its code, its place
// (file:line:col) and a help line, and exits 1.
import { describe, expect, it } from "vitest";
import { emptyProject, expectNoStackTrace, regc } from "../e2e/regc.js";

interface Reported {
  severity: string;
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  help: string | undefined;
}

/** Splits rendered diagnostics into their header line and help line. */
function reported(stderr: string): Reported[] {
  const blocks = stderr.split(/^(?=\S+:\d+:\d+: (?:error|warning)\[)/m).filter((b) => /^\S+:\d+:\d+: /.test(b));
  return blocks.map((b) => {
    const [, file, line, column, severity, code, message] = /^(\S+):(\d+):(\d+): (error|warning)\[(\w+)\]: (.*)$/m.exec(b)!;
    return { severity: severity!, file: file!, line: Number(line), column: Number(column), code: code!, message: message!, help: /^help: (.*)$/m.exec(b)?.[1] };
  });
}

const HEADER = `document "测试〔2024〕1号" {
  title "测试办法"
  issuer "测试市人民政府"
  signed 2024-01-01
  effective 2024-01-01 @ 第十条
}
`;

// Seven checker errors of different families, each in its own declaration.
const SEVEN = `${HEADER}
enum 医院级别 { 一级, 二级, 三级 }

claim {
  hospitalLevel: 医院级别 "医院级别"
  totalCost: money "住院总费用"
}

param 起付标准表: money by 医院级别 @ 第二条 {
  一级: 500元
  二级: 600元
}
param 报销比例: rate @ 第三条 = 70%
param 期限: 日 @ 第四条 = 30日
param 办结期限: 工作日 @ 第四条 = 5工作日

value 起付标准: money @ 第二条 = 起付标准表[claim.hospitalLevel]
value 超出: money @ 第三条 = claim.totalCost - 起付标淮
value 混合: money @ 第三条 = claim.totalCost + 报销比例
value 无据: money = claim.totalCost
value 期限内: bool @ 第四条 = 期限 < 办结期限
value 甲: money @ 第五条 ruling Q9 = 乙
value 乙: money @ 第五条 = 甲

output pays: money @ 第三条 = round(报销比例 * 超出)
`;

// A second file of the same project with a syntax error: it does not hide the other file's errors.
const SECOND = `document "测试〔2024〕2号" {
  title "另一办法"
  effective 2024-01-01 @ 第一条
}

param 上限: money @ 第二条 = }
`;

describe("regc check on a file with many errors", () => {
  it("reports each error with its code, place and help, and exits 1", async () => {
    const dir = emptyProject({ "policies/bad.policy": SEVEN, "policies/second.policy": SECOND });
    const r = await regc(["check"], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expectNoStackTrace(r.err);

    // warnings (such as "no source text to check citations against") are not the subject here
    const all = reported(r.err).filter((d) => d.severity === "error");
    const byCode = (code: string) => all.filter((d) => d.code === code);
    const expectAt = (code: string, needle: string, shift = 0, file = "policies/bad.policy", text = SEVEN) => {
      const [d] = byCode(code);
      expect(d, `${code} not reported`).toBeDefined();
      expect(d!.file).toBe(file);
      expect(`${d!.line}:${d!.column}`).toBe(pos(text, needle, shift));
      expect(d!.help, `${code} has no help line`).toBeTruthy();
      return d!;
    };

    // E0201: a misspelled name, with a suggestion
    const unknown = expectAt("E0201", "- 起付标淮", 2);
    expect(unknown.message).toContain("起付标淮");
    expect(unknown.help).toBe('did you mean "起付标准"?');
    // E0325 (E0301 before each code named one situation): money + rate
    expect(expectAt("E0325", "claim.totalCost + 报销比例").help).toContain("multiply");
    // E0401: the table has no row for 三级
    expect(expectAt("E0401", "二级: 600元").message).toContain("三级");
    // E0501: a value without a citation
    expect(expectAt("E0501", "无据").message).toContain("无据");
    // E0303: 日 compared with 工作日
    const units = expectAt("E0303", "期限 < 办结期限");
    expect(units.message).toContain("日");
    expect(units.message).toContain("工作日");
    // E0502: an unknown ruling
    expect(expectAt("E0502", "Q9").message).toContain("Q9");
    // E0601: 甲 → 乙 → 甲
    expect(expectAt("E0601", "= 甲", 2).message).toContain("甲 → 乙 → 甲");
    // E0102 in the other file
    expectAt("E0102", "= }", 2, "policies/second.policy", SECOND);

    expect(all.map((d) => d.code).sort()).toEqual(["E0102", "E0201", "E0303", "E0325", "E0401", "E0501", "E0502", "E0601"]);
    expect(r.err).toMatch(/^8 errors, \d+ warnings?$/m);
  });

  it("reports every syntax error of one file, each at its place", async () => {
    const text = `document "测试〔2024〕3号" {
  title "测试办法"
  signed 2024-02-30
  effective 2024-01-01 @ 第十条
}

claim {
  totalCost： money "住院总费用"
}

parm 起付线: money @ 第八条 = 500元
param 比例: rate @ 第八条 = }
value 甲: money @ 第九条 = round(起付线 * 比例
value 乙: money @ = 1元
`;
    const dir = emptyProject({ "policies/syntax.policy": text });
    const r = await regc(["check"], dir);
    expect(r.code).toBe(1);
    expectNoStackTrace(r.err);
    const all = reported(r.err).filter((d) => d.severity === "error");
    const at = (d: Reported) => `${d.code} ${d.line}:${d.column}`;
    expect(all.map(at)).toEqual([
      // 2024年2月 has 29 days
      `E0105 ${pos(text, "2024-02-30")}`,
      // full-width colon
      `E0101 ${pos(text, "：")}`,
      // misspelled keyword
      `E0106 ${pos(text, "parm")}`,
      // "=" followed by "}"
      `E0102 ${pos(text, "= }", 2)}`,
      // "(" of round( not closed before the next declaration starts
      `E0103 ${pos(text, "value 乙")}`,
      // "@" without an article
      `E0108 ${pos(text, "@ = 1元")}`,
    ]);
    for (const d of all) {
      expect(d.file).toBe("policies/syntax.policy");
      expect(d.help, `${d.code} has no help line`).toBeTruthy();
    }
    expect(all.find((d) => d.code === "E0106")!.help).toBe('did you mean "param"?');
    expect(r.err).toContain(`note: policies/syntax.policy:${pos(text, "round(", 5)}: "(" opened here`);
    expect(r.err).toMatch(/^6 errors, \d+ warnings?$/m);
  });
});

/** "line:col" of `needle` (plus `shift` characters) in `text`. */
function pos(text: string, needle: string, shift = 0): string {
  const offset = text.indexOf(needle) + shift;
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${[...before[before.length - 1]!].length + 1}`;
}
