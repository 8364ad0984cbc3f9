import { describe, expect, it } from "vitest";
import { parse } from "../../dsl/parser.js";
import { decl, decls, expr, HEADER, parseOk, repositoryPolicies, shape, strip, tourText } from "./helpers.js";

describe("files", () => {
  it("parses the tour of docs/language.md", () => {
    const ast = parseOk(tourText());
    expect(ast.header.kind).toBe("DocumentDecl");
    expect(ast.decls.map((d) => d.kind)).toEqual([
      "EnumDecl",
      "InputDecl",
      "InputDecl",
      "ParamDecl",
      "ValueDecl",
      "ValueDecl",
      "AdjustDecl",
      "ExceptionDecl",
      "ExceptionDecl",
      "PrecedenceDecl",
      "LedgerDecl",
      "OutputDecl",
    ]);
  });

  it.each(repositoryPolicies())("parses %s", (path, text) => {
    parseOk(text, path);
  });

  it("parses a part file", () => {
    const ast = parseOk('part 缴费 of "绵府发〔2018〕3号"\nfacts { x: int }');
    expect(ast.header).toMatchObject({ kind: "PartDecl", name: { name: "缴费" }, document: { value: "绵府发〔2018〕3号" } });
  });

  it("parses a part file built on a template", () => {
    const ast = parseOk('part 资助参保 of "南川府办发〔2023〕8号" extends 重庆资助参保\n');
    expect(ast.header).toMatchObject({ kind: "PartDecl", name: { name: "资助参保" }, template: { name: "重庆资助参保" } });
  });

  it("accepts ; between items and declarations", () => {
    const ast = parseOk(
      'document "d" { title "t"; signed 2020-01-01; };\nenum E { a, b };\nclaim { x: int; y: int; }\nparam p: int by E @ 第一条 { a: 1; b: 2; }; value v = 1;',
    );
    expect(ast.decls.map((d) => d.kind)).toEqual(["EnumDecl", "InputDecl", "ParamDecl", "ValueDecl"]);
  });

  it("records spans with file, offsets, 1-based lines and columns", () => {
    const ast = parseOk(`${HEADER}value 起付: money @ 第一条 = 500元\n`, "a/b.policy");
    const value = ast.decls[0];
    expect(value.span).toEqual({
      file: "a/b.policy",
      start: { offset: HEADER.length, line: 4, column: 1 },
      end: { offset: HEADER.length + 28, line: 4, column: 29 },
    });
    if (value.kind !== "ValueDecl") throw new Error(value.kind);
    expect(value.value.span.start).toEqual({ offset: HEADER.length + 24, line: 4, column: 25 });
    expect(value.grounds.citations[0].span.start.column).toBe(17);
  });
});

describe("document block", () => {
  it("reads every kind of item", () => {
    const text = `document "绵府发〔2018〕3号" {
  title "标题"
  issuer "发文机关"
  source "sources/x.txt"
  signed 2018-02-01
  published 2018年2月3日
  effective 2018-02-01 assumed R6 @ 第四十六条 ruling M1
  validity 3年 @ 第四十六条 ruling R5, M1
  expires 2021-01-31 @ 第四十六条
  repeals "旧文〔2010〕1号" @ 第四十七条
  amends "旧文〔2011〕2号"
  supersedes "旧文〔2012〕3号"
  extends "锦政办发〔2017〕61号" until 2027-06-22 @ 第一条
  ruling X1 "理由"
}`;
    const header = parseOk(text).header;
    if (header.kind !== "DocumentDecl") throw new Error(header.kind);
    expect(strip(header.items)).toEqual(
      strip([
        { kind: "DocText", key: "title", value: { kind: "StringLit", value: "标题" } },
        { kind: "DocText", key: "issuer", value: { kind: "StringLit", value: "发文机关" } },
        { kind: "DocText", key: "source", value: { kind: "StringLit", value: "sources/x.txt" } },
        { kind: "DocDate", key: "signed", value: { kind: "DateLit", iso: "2018-02-01" } },
        { kind: "DocDate", key: "published", value: { kind: "DateLit", iso: "2018-02-03" } },
        {
          kind: "DocEffective",
          value: { kind: "DateLit", iso: "2018-02-01" },
          assumed: { kind: "Ident", name: "R6" },
          grounds: { citations: [{ kind: "Citation", path: "第四十六条" }], rulings: [{ kind: "Ident", name: "M1" }] },
        },
        {
          kind: "DocValidity",
          duration: { kind: "DurationLit", digits: "3", unit: "年" },
          grounds: {
            citations: [{ kind: "Citation", path: "第四十六条" }],
            rulings: [
              { kind: "Ident", name: "R5" },
              { kind: "Ident", name: "M1" },
            ],
          },
        },
        {
          kind: "DocExpires",
          value: { kind: "DateLit", iso: "2021-01-31" },
          grounds: { citations: [{ kind: "Citation", path: "第四十六条" }], rulings: [] },
        },
        {
          kind: "DocRelation",
          relation: "repeals",
          target: { kind: "StringLit", value: "旧文〔2010〕1号" },
          grounds: { citations: [{ kind: "Citation", path: "第四十七条" }], rulings: [] },
        },
        { kind: "DocRelation", relation: "amends", target: { kind: "StringLit", value: "旧文〔2011〕2号" }, grounds: { citations: [], rulings: [] } },
        { kind: "DocRelation", relation: "supersedes", target: { kind: "StringLit", value: "旧文〔2012〕3号" }, grounds: { citations: [], rulings: [] } },
        {
          kind: "DocRelation",
          relation: "extends",
          target: { kind: "StringLit", value: "锦政办发〔2017〕61号" },
          until: { kind: "DateLit", iso: "2027-06-22" },
          grounds: { citations: [{ kind: "Citation", path: "第一条" }], rulings: [] },
        },
        { kind: "DocRuling", id: { kind: "Ident", name: "X1" }, text: { kind: "StringLit", value: "理由" } },
      ]),
    );
  });

  it("reads a ruling's English after its Chinese, on the same line or the next", () => {
    const header = parseOk(
      'document "d" {\n  ruling X1 "确认当日不计入"\n    en "the day of confirmation is not counted"\n  ruling X2 "说明" en "note"\n  ruling X3 "只有中文"\n}',
    ).header;
    if (header.kind !== "DocumentDecl") throw new Error(header.kind);
    expect(strip(header.items)).toEqual([
      {
        kind: "DocRuling",
        id: { kind: "Ident", name: "X1" },
        text: { kind: "StringLit", value: "确认当日不计入" },
        en: { kind: "StringLit", value: "the day of confirmation is not counted" },
      },
      { kind: "DocRuling", id: { kind: "Ident", name: "X2" }, text: { kind: "StringLit", value: "说明" }, en: { kind: "StringLit", value: "note" } },
      { kind: "DocRuling", id: { kind: "Ident", name: "X3" }, text: { kind: "StringLit", value: "只有中文" } },
    ]);
    // The English's span is its string's, where a diagnostic on it points: line 3, after "en ".
    const first = header.items[0];
    expect(first?.kind === "DocRuling" && first.en?.span.start).toMatchObject({ line: 3, column: 8 });
  });

  it("tells a ruling declaration from the grounds of the item before it", () => {
    const header = parseOk('document "d" {\n  validity 3年 @ 第一条 ruling R5\n  ruling X1 "说明"\n}').header;
    if (header.kind !== "DocumentDecl") throw new Error(header.kind);
    expect(header.items.map((i) => i.kind)).toEqual(["DocValidity", "DocRuling"]);
  });
});

describe("declarations", () => {
  it("reads enums with one alias, alias lists and a trailing comma", () => {
    const e = decl("enum 人员类别 { 特困人员 alias (特困供养人员, 特困), 低保对象, 乡镇卫生院 alias 乡镇医院, }", "EnumDecl");
    expect(e.members.map((m) => [m.name.name, m.aliases.map((a) => a.name)])).toEqual([
      ["特困人员", ["特困供养人员", "特困"]],
      ["低保对象", []],
      ["乡镇卫生院", ["乡镇医院"]],
    ]);
  });

  it("reads input fields: optional, default, label, enums, sets and duration types", () => {
    const d = decl(
      'person {\n  retired: bool default false "退休"\n  level: 医院级别\n  cats: set of 人员类别 "类别"\n  from: optional claimref\n  wait: 工作日 default 5工作日\n  age: 周岁\n  date: date\n  default: int\n}',
      "InputDecl",
    );
    expect(d.scope).toBe("person");
    expect(strip(d.fields)).toEqual([
      {
        name: { kind: "Ident", name: "retired" },
        type: { kind: "PrimType", name: "bool" },
        optional: false,
        default: { kind: "BoolLit", value: false },
        defaultGrounds: { citations: [], rulings: [] },
        label: { kind: "StringLit", value: "退休" },
      },
      { name: { kind: "Ident", name: "level" }, type: { kind: "NamedType", name: { kind: "Ident", name: "医院级别" } }, optional: false },
      {
        name: { kind: "Ident", name: "cats" },
        type: { kind: "SetType", of: { kind: "Ident", name: "人员类别" } },
        optional: false,
        label: { kind: "StringLit", value: "类别" },
      },
      { name: { kind: "Ident", name: "from" }, type: { kind: "PrimType", name: "claimref" }, optional: true },
      {
        name: { kind: "Ident", name: "wait" },
        type: { kind: "DurationType", unit: "工作日" },
        optional: false,
        default: { kind: "DurationLit", digits: "5", unit: "工作日" },
        defaultGrounds: { citations: [], rulings: [] },
      },
      { name: { kind: "Ident", name: "age" }, type: { kind: "DurationType", unit: "周岁" }, optional: false },
      { name: { kind: "Ident", name: "date" }, type: { kind: "PrimType", name: "date" }, optional: false },
      { name: { kind: "Ident", name: "default" }, type: { kind: "PrimType", name: "int" }, optional: false },
    ]);
  });

  it("reads a default's reason, required when, and signed numbers", () => {
    const d = decl(
      'facts {\n  a: money default 0元 ruling X9 "乙类药品费用"\n  b: bool default false @ 第二十一条第二款\n  c: money required when facts.kind = 在职职工 "基数"\n  d: signed money\n  e: optional signed decimal\n  required: int\n}',
      "InputDecl",
    );
    const [a, b, c, dd, e, r] = d.fields;
    expect([a!.defaultGrounds!.rulings.map((x) => x.name), a!.label!.value]).toEqual([["X9"], "乙类药品费用"]);
    expect(b!.defaultGrounds!.citations.map((x) => x.path)).toEqual(["第二十一条第二款"]);
    expect([shape(c!.requiredWhen!), c!.label!.value, c!.optional]).toEqual(["(= facts.kind 在职职工)", "基数", false]);
    expect([dd!.signed, dd!.type]).toMatchObject([true, { kind: "PrimType", name: "money" }]);
    expect([e!.optional, e!.signed]).toEqual([true, true]);
    // a field named `required` stays a field
    expect([r!.name.name, r!.requiredWhen]).toEqual(["required", undefined]);
  });

  it("reads carve-outs and preconditions with the words they quote", () => {
    const [c, p] = decls(
      'carveout 不含伤残 "不含伤残人民警察" on 优抚参保对象 when has(facts.categories, 伤残人民警察) @ 二第一段 ruling X6\nprecondition 基本达到 "在基本达到认定条件的前提下" on 以认促建 when 其他条件具备 @ 第五条第二款',
    );
    expect(c).toMatchObject({
      kind: "LimitDecl",
      form: "carveout",
      name: { name: "不含伤残" },
      words: { value: "不含伤残人民警察" },
      target: { name: "优抚参保对象" },
    });
    expect(c.kind === "LimitDecl" && [shape(c.when), c.grounds.citations[0]!.path, c.grounds.rulings[0]!.name]).toEqual([
      "has(facts.categories, 伤残人民警察)",
      "二第一段",
      "X6",
    ]);
    expect(p).toMatchObject({ kind: "LimitDecl", form: "precondition", words: { value: "在基本达到认定条件的前提下" }, target: { name: "以认促建" } });
  });

  it("reads claim and facts blocks", () => {
    expect(decls("claim { a: money }\nfacts { b: rate }").map((d) => d.kind === "InputDecl" && d.scope)).toEqual(["claim", "facts"]);
  });

  it("reads scalar params and tables, merging grounds written before and after", () => {
    const [scalar, table] = decls(
      "param 起付线: money @ 第八条 = 10000元 ruling R1\nparam 比例: rate by 医院级别 @ 第二十九条 {\n  三级: 88%\n  一级, 社区: 95% @ 第二十九条（二） ruling M5\n}",
    );
    if (scalar.kind !== "ParamDecl" || table.kind !== "ParamDecl") throw new Error("params expected");
    expect(scalar.grounds.citations.map((c) => c.path)).toEqual(["第八条"]);
    expect(scalar.grounds.rulings.map((r) => r.name)).toEqual(["R1"]);
    expect(scalar.value && shape(scalar.value)).toBe("10000元");
    expect(scalar.rows).toBeUndefined();
    expect(table.keyedBy?.name).toBe("医院级别");
    expect(table.rows?.map((r) => [r.keys.map((k) => k.name), shape(r.value), r.grounds.rulings.map((x) => x.name)])).toEqual([
      [["三级"], "88%", []],
      [["一级", "社区"], "95%", ["M5"]],
    ]);
  });

  it("reads bands with open and closed edges", () => {
    const d = decl("bands 分段 @ 第八条 ruling R1 {\n  x <= 30000元: 53%\n  30000元 < x <= 60000元: 63% @ 第八条\n  60000元 <= x: 83%\n}", "BandsDecl");
    expect(
      d.bands.map((b) => [
        b.lower && `${shape(b.lower.value)}${b.lower.inclusive ? "<=" : "<"}`,
        b.upper && `${b.upper.inclusive ? "<=" : "<"}${shape(b.upper.value)}`,
        shape(b.rate),
      ]),
    ).toEqual([
      [undefined, "<=30000元", "53%"],
      ["30000元<", "<=60000元", "63%"],
      ["60000元<=", undefined, "83%"],
    ]);
    expect(d.grounds.rulings.map((r) => r.name)).toEqual(["R1"]);
  });

  it("reads values with and without a type", () => {
    const [typed, bare] = decls("value 年龄: 周岁 @ 第二十七条（二） ruling M2 = age(person.birthDate, claim.date)\nvalue b = 1 @ 第一条");
    expect(typed).toMatchObject({ kind: "ValueDecl", name: { name: "年龄" }, type: { kind: "DurationType", unit: "周岁" } });
    expect(bare.kind === "ValueDecl" && bare.type).toBeUndefined();
    expect(bare.kind === "ValueDecl" && bare.grounds.citations.map((c) => c.path)).toEqual(["第一条"]);
  });

  it("reads exceptions and adjustments, with grounds before or after then", () => {
    const [ex, adj] = decls(
      "exception 艾滋病 on 起付标准 when claim.aids then 0元 @ 第二十七条（一）\nadjust 退休 on 比例 when person.retired and claim.level = 三级 @ 第二十九条 then 92%",
    );
    expect(ex).toMatchObject({ kind: "ExceptionDecl", name: { name: "艾滋病" }, target: { name: "起付标准" } });
    expect(ex.kind === "ExceptionDecl" && shape(ex.when)).toBe("claim.aids");
    expect(adj.kind === "AdjustDecl" && [shape(adj.when), shape(adj.value), adj.grounds.citations[0].path]).toEqual([
      "(and person.retired (= claim.level 三级))",
      "92%",
      "第二十九条",
    ]);
  });

  it("reads precedence chains", () => {
    const d = decl("precedence 艾滋病 > 百岁老人 > 市外转诊 ruling M2", "PrecedenceDecl");
    expect(d.order.map((o) => o.name)).toEqual(["艾滋病", "百岁老人", "市外转诊"]);
    expect(d.grounds.rulings.map((r) => r.name)).toEqual(["M2"]);
  });

  it("reads the three kinds of ledger", () => {
    const ledgers = decls(
      "ledger 限额: cap per year = 6 * person.wage @ 第二十八条\nledger 起付线: deductible per year @ 第八条 = 10000元\nledger 累计: tally per year of claim.selfPay @ 第八条 ruling R2",
    );
    expect(ledgers.map((l) => l.kind === "LedgerDecl" && [l.ledgerKind, shape(l.amount), l.grounds.citations[0].path])).toEqual([
      ["cap", "(* 6 person.wage)", "第二十八条"],
      ["deductible", "10000元", "第八条"],
      ["tally", "claim.selfPay", "第八条"],
    ]);
  });

  it("reads both statuses", () => {
    const [a, b] = decls("status excluded when not claim.referral @ 二（三）3 ruling N8\nstatus not_applicable when claim.x @ 第一条");
    expect(a).toMatchObject({ kind: "StatusDecl", status: "excluded" });
    expect(a.kind === "StatusDecl" && shape(a.when)).toBe("(not claim.referral)");
    expect(b).toMatchObject({ kind: "StatusDecl", status: "not_applicable" });
  });

  it("reads outputs, whose names may be keywords of the contract", () => {
    const d = decl('output deductible: money "起付标准" @ 第二十七条 ruling M5 = 本次起付标准', "OutputDecl");
    expect(d).toMatchObject({ name: { name: "deductible" }, type: { kind: "PrimType", name: "money" }, label: { value: "起付标准" } });
  });
});

describe("expressions", () => {
  it.each([
    ["a + b * c", "(+ a (* b c))"],
    ["a - b - c", "(- (- a b) c)"],
    ["a / b * c", "(* (/ a b) c)"],
    ["-a * b", "(* (- a) b)"],
    ["- -a", "(- (- a))"],
    ["not a and b or c", "(or (and (not a) b) c)"],
    ["not a = b", "(not (= a b))"],
    ["a >= 100周岁 and b not in {三级}", "(and (>= a 100周岁) (not-in b {三级}))"],
    ["claim.level in {一级, 二级}", "(in claim.level {一级,二级})"],
    ["a != b", "(!= a b)"],
    ["round(a * max(0元, b - c)) within 限额", "(within round((* a max(0元, (- b c)))) 限额)"],
    ["a + b within L1 beyond L2", "(beyond (within (+ a b) L1) L2)"],
    ["a within L < b", "(< (within a L) b)"],
    ["if a then b else if c then d else e", "(if a b (if c d e))"],
    ["(a + b) * c", "(* [(+ a b)] c)"],
    ["表[claim.level].x", "表[claim.level].x"],
    ["claim.referredFrom.起付标准", "claim.referredFrom.起付标准"],
    ["医院级别.一级", "医院级别.一级"],
    ["claim.date", "claim.date"],
    ["year(claim.date) + age(person.birthDate, claim.date)", "(+ year(claim.date) age(person.birthDate, claim.date))"],
    ["has(person.categories, 特困人员, 低保对象)", "has(person.categories, 特困人员, 低保对象)"],
    ["f()", "f()"],
    ["L.before - L.after", "(- L.before L.after)"],
    ["x", "x"],
    ["facts.rate <= 5%", "(<= facts.rate 5%)"],
  ])("%s", (src, expected) => {
    expect(shape(expr(src))).toBe(expected);
  });
});

describe("comments", () => {
  const text = `// 文件头
document "d" {
  // 条目前
  title "t" // 行尾
  // 块尾
}

enum E { a, // 成员行尾
  // 成员前
  b }

// 声明前
param p: int by E @ 第一条 {
  a: 1
  b: 2 ruling M2 // 行尾
}
value v = 1 // 声明行尾
// 文件尾
`;

  it("attaches own-line comments to the next item and same-line comments to the item they follow", () => {
    const ast = parseOk(text);
    const header = ast.header;
    if (header.kind !== "DocumentDecl") throw new Error(header.kind);
    expect(header.comments).toEqual(["文件头"]);
    expect(header.items[0]).toMatchObject({ comments: ["条目前"], trailingComment: "行尾" });
    expect(header.endComments).toEqual(["块尾"]);
    const [e, p, v] = ast.decls;
    if (e.kind !== "EnumDecl" || p.kind !== "ParamDecl") throw new Error("enum and param expected");
    expect(e.members[0].trailingComment).toBe("成员行尾");
    expect(e.members[1].comments).toEqual(["成员前"]);
    expect(p.comments).toEqual(["声明前"]);
    expect(p.rows?.[1].trailingComment).toBe("行尾");
    expect(v.trailingComment).toBe("声明行尾");
    expect(ast.trailingComments).toEqual(["文件尾"]);
  });
});

describe("results", () => {
  it("returns no tree when there are syntax errors", () => {
    const result = parse("t.policy", `${HEADER}value = 1`);
    expect(result.ast).toBeUndefined();
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});
