import { describe, expect, it } from "vitest";
import type { Expr, PolicyFile } from "../../dsl/ast.js";
import { format, formatSource } from "../../dsl/format.js";
import { HEADER, parseOk, repositoryPolicies, strip, tourText } from "./helpers.js";

function fmt(text: string): string {
  const result = formatSource("t.policy", text);
  expect(result.diagnostics).toEqual([]);
  if (result.text === undefined) throw new Error("not formatted");
  return result.text;
}

/** Formatting is idempotent and keeps the syntax tree (spans aside). */
function expectStable(text: string): string {
  const once = fmt(text);
  expect(fmt(once)).toBe(once);
  expect(strip(parseOk(once))).toEqual(strip(parseOk(text)));
  return once;
}

const COMMENTED = `// 文件头


document "d" { // 块首行尾
  title "t" // 行尾
  // 块尾
}
// 枚举前
enum E { a, // 成员行尾
  // 成员前
  b alias (c, d) }

claim {
  // 字段前
  x: money   //字段行尾
  //
}

param p: int by E @ 第一条 {
  a: 1
  // 行前
  b: 2 ruling M2 // 行尾
  // 表尾
}

bands 分段 @ 第八条 {
  // 档前
  x <= 100元: 1% // 档尾
}

value v = 1 +
  // 表达式中
  2 // 声明行尾
// 文件尾
`;

const MESSY = `document "d" { title “标题” ; signed ２０２３年６月７日 ; validity 30天 @第一条 ; }
enum 级别 { 一级 , 二级 alias ( 乙 ) , }


claim { a : money default １．５万元 ; w : 工作日 default 5个工作日 ; m : 个月 default 3月 }

param p : rate = 70％ @ 第二条 ruling R1

value v = (a+b)*c @ 第三条

exception e on v when claim.a > 0元 @ 第四条 then 0元 ruling M1

ledger L : cap per year = 6*claim.a @ 第五条

output o : money "o" = round( v ) @ 第六条
`;

describe("canonical form", () => {
  it("keeps the author's grouping: one empty line where there was any, none where there was none", () => {
    const text = `${HEADER}param a: int @ 第一条 = 1\nparam b: int @ 第一条 = 2\n\n\n// 第二组\n\nparam c: int @ 第二条 = 3\n`;
    expect(expectStable(text)).toBe(`${HEADER}\nparam a: int @ 第一条 = 1\nparam b: int @ 第一条 = 2\n\n// 第二组\n\nparam c: int @ 第二条 = 3\n`);
  });

  it("normalizes literals, spacing, quotes and the place of grounds", () => {
    expect(fmt(MESSY)).toBe(`document "d" {
  title "标题"
  signed 2023-06-07
  validity 30日 @ 第一条
}

enum 级别 { 一级, 二级 alias 乙 }

claim {
  a: money default 1.5万元
  w: 工作日 default 5工作日
  m: 个月 default 3个月
}

param p: rate @ 第二条 ruling R1 = 70%

value v @ 第三条 = (a + b) * c

exception e on v when claim.a > 0元 then 0元 @ 第四条 ruling M1

ledger L: cap per year @ 第五条 = 6 * claim.a

output o: money "o" @ 第六条 = round(v)
`);
  });

  it("writes reasons of defaults, required when, signed, carve-outs and preconditions", () => {
    const text = `${HEADER}facts{a:money default 0元 ruling X9 "甲"
b:  signed  money
c: money   required when facts.k=在职职工 "丙"}
carveout 不含 "不含某类" on 甲 when facts.x @ 二
precondition 前提 “在…的前提下” on 乙 when not facts.y @ 三 ruling X2
`;
    expect(expectStable(text)).toBe(`${HEADER}
facts {
  a: money default 0元 ruling X9 "甲"
  b: signed money
  c: money required when facts.k = 在职职工 "丙"
}
carveout 不含 "不含某类" on 甲 when facts.x @ 二
precondition 前提 "在…的前提下" on 乙 when not facts.y @ 三 ruling X2
`);
  });

  it("writes a ruling's English on the line under its Chinese", () => {
    const text = 'document "d" { ruling X1 "确认当日不计入" en    "the day of confirmation is not counted" ruling X2 "只有中文" }';
    expect(expectStable(text)).toBe(`document "d" {
  ruling X1 "确认当日不计入"
    en "the day of confirmation is not counted"
  ruling X2 "只有中文"
}
`);
  });

  it("escapes quotes and backslashes in strings", () => {
    const text = String.raw`document "a\"b" { title “他说"好"” source "C:\dir\\" issuer "\d" }`;
    expect(fmt(text)).toBe(String.raw`document "a\"b" {
  title "他说\"好\""
  source "C:\\dir\\"
  issuer "\\d"
}
`);
  });

  it("keeps every comment, in place", () => {
    expect(expectStable(COMMENTED)).toBe(`// 文件头
document "d" {
  // 块首行尾
  title "t" // 行尾
  // 块尾
}

// 枚举前
enum E {
  a, // 成员行尾
  // 成员前
  b alias (c, d)
}

claim {
  // 字段前
  x: money // 字段行尾
  //
}

param p: int by E @ 第一条 {
  a: 1
  // 行前
  b: 2 ruling M2 // 行尾
  // 表尾
}

bands 分段 @ 第八条 {
  // 档前
  x <= 100元: 1% // 档尾
}

// 表达式中
value v = 1 + 2 // 声明行尾

// 文件尾
`);
  });

  it("breaks long declarations after = and before then, and else-if chains per arm", () => {
    const long = `${HEADER}value 缴费基数: money @ 第九条 = if 在职 then max(facts.annualWage, facts.cityAverageWage) else if 个体 then facts.cityAverageWage else 0元

exception 百岁老人 on 起付标准 when 年龄 >= 百岁年龄 and claim.hospitalLevel not in {三级, 二级, 一级} then 0元 @ 第二十七条（二）
`;
    expect(expectStable(long)).toBe(`${HEADER}
value 缴费基数: money @ 第九条 =
  if 在职 then max(facts.annualWage, facts.cityAverageWage)
  else if 个体 then facts.cityAverageWage
  else 0元

exception 百岁老人 on 起付标准 when 年龄 >= 百岁年龄
  and claim.hospitalLevel not in {三级, 二级, 一级}
  then 0元 @ 第二十七条（二）
`);
  });

  it("separates bands with ; where the next one would otherwise continue the rate", () => {
    const text = `${HEADER}bands b {\n  x < -5元: 1%;\n  -5元 <= x < (0元): 2%;\n  (0元) <= x: 3%\n}\n`;
    expect(expectStable(text)).toContain("x < -5元: 1%;\n  -5元 <= x < (0元): 2%;\n  (0元) <= x: 3%\n");
  });
});

describe("idempotence", () => {
  it.each([["the tour", tourText()], ["comments everywhere", COMMENTED], ["unusual spelling", MESSY], ...repositoryPolicies()])("%s", (_, text) => {
    expectStable(text);
  });

  it("handles a declaration too long for any line", () => {
    const terms = Array.from({ length: 30 }, (_, i) => `参数${i} * claim.费用${i}`).join(" + ");
    expectStable(`${HEADER}value 很长: money @ 第一条 = round(${terms}) within 限额`);
  });
});

describe("parentheses", () => {
  /** Drops the author's parentheses, so the formatter has to find the needed ones by itself. */
  function unwrap(e: Expr): Expr {
    switch (e.kind) {
      case "ParenExpr":
        return unwrap(e.inner);
      case "BinaryExpr":
        return { ...e, left: unwrap(e.left), right: unwrap(e.right) };
      case "UnaryExpr":
        return { ...e, operand: unwrap(e.operand) };
      case "InExpr":
        return { ...e, subject: unwrap(e.subject) };
      case "LedgerExpr":
        return { ...e, amount: unwrap(e.amount) };
      case "IfExpr":
        return { ...e, cond: unwrap(e.cond), then: unwrap(e.then), else: unwrap(e.else) };
      case "MemberRef":
        return { ...e, object: unwrap(e.object) };
      case "IndexExpr":
        return { ...e, object: unwrap(e.object), index: unwrap(e.index) };
      case "CallExpr":
        return { ...e, args: e.args.map(unwrap) };
      default:
        return e;
    }
  }

  function withoutParens(ast: PolicyFile): PolicyFile {
    return { ...ast, decls: ast.decls.map((d) => (d.kind === "ValueDecl" ? { ...d, value: unwrap(d.value) } : d)) };
  }

  it.each([
    ["(a + b) * c", "(a + b) * c"],
    ["a - (b - c)", "a - (b - c)"],
    ["(a - b) - c", "a - b - c"],
    ["-(a + b)", "-(a + b)"],
    ["(a = b) = c", "(a = b) = c"],
    ["not (a and b)", "not (a and b)"],
    ["(not a) and b", "not a and b"],
    ["(a or b) and c", "(a or b) and c"],
    ["(a + b) within L", "a + b within L"],
    ["(a within L) + b", "(a within L) + b"],
    ["(if a then b else c) + d", "(if a then b else c) + d"],
    ["if (if a then b else c) then d else e", "if if a then b else c then d else e"],
    ["(a + b).x", "(a + b).x"],
    ["(a in {一级}) = b", "(a in {一级}) = b"],
    ["f((a))", "f(a)"],
  ])("%s prints as %s", (src, expected) => {
    const ast = withoutParens(parseOk(`${HEADER}value v = ${src}`));
    const text = format(ast);
    expect(text.endsWith(`value v = ${expected}\n`)).toBe(true);
    expect(strip(parseOk(text), { parens: true })).toEqual(strip(ast, { parens: true }));
  });
});

describe("formatSource", () => {
  it("returns diagnostics and no text for a file with syntax errors", () => {
    const result = formatSource("t.policy", `${HEADER}value = 1`);
    expect(result.text).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(["E0102"]);
  });
});
