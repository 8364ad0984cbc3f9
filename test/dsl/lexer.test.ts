import { describe, expect, it } from "vitest";
import { lex } from "../../dsl/lexer.js";
import { expr } from "./helpers.js";

function kinds(text: string): string[] {
  const { tokens, diagnostics } = lex("t.policy", text);
  expect(diagnostics).toEqual([]);
  return tokens.map((t) => `${t.tokenType.name}:${t.image}`);
}

function codes(text: string): string[] {
  return lex("t.policy", text).diagnostics.map((d) => `${d.code}@${d.span.start.line}:${d.span.start.column}`);
}

describe("identifiers and keywords", () => {
  it("reads Chinese identifiers, including Extension A and 〇", () => {
    expect(kinds("医院级别 乡镇卫生院 〇号 㐀字 一级")).toEqual([
      "Identifier:医院级别",
      "Identifier:乡镇卫生院",
      "Identifier:〇号",
      "Identifier:㐀字",
      "Identifier:一级",
    ]);
  });

  it("reads ASCII identifiers with digits and underscores after the first character", () => {
    expect(kinds("fundPays _x R6 单位划入比例_45以下")).toEqual(["Identifier:fundPays", "Identifier:_x", "Identifier:R6", "Identifier:单位划入比例_45以下"]);
  });

  it("reads a Roman numeral inside a name as the gazette prints it, never as its first character", () => {
    expect(kinds("严重Ⅲ度烧伤 第Ⅱ类")).toEqual(["Identifier:严重Ⅲ度烧伤", "Identifier:第Ⅱ类"]);
    expect(codes("Ⅲ度")).not.toEqual([]);
  });

  it("never reads a keyword as an identifier, nor a longer word as a keyword", () => {
    expect(kinds("value values in int index not not_applicable notx x x1 claim claimref")).toEqual([
      "kw_value:value",
      "Identifier:values",
      "kw_in:in",
      "kw_int:int",
      "Identifier:index",
      "kw_not:not",
      "kw_not_applicable:not_applicable",
      "Identifier:notx",
      "kw_x:x",
      "Identifier:x1",
      "kw_claim:claim",
      "kw_claimref:claimref",
    ]);
  });

  it("does not start an identifier with a digit", () => {
    expect(kinds("500元 3a")).toEqual(["MoneyLiteral:500元", "NumberLiteral:3", "Identifier:a"]);
  });
});

describe("literals", () => {
  it.each([
    ["500元", "MoneyLiteral"],
    ["10万元", "MoneyLiteral"],
    ["1.5万元", "MoneyLiteral"],
    ["７０％", "PercentLiteral"],
    ["4.5%", "PercentLiteral"],
    ["5个百分点", "PointsLiteral"],
    ["30日", "DurationLiteral"],
    ["30天", "DurationLiteral"],
    ["5工作日", "DurationLiteral"],
    ["5个工作日", "DurationLiteral"],
    ["3个月", "DurationLiteral"],
    ["3月", "DurationLiteral"],
    ["3年", "DurationLiteral"],
    ["2023年", "DurationLiteral"],
    ["100周岁", "DurationLiteral"],
    ["2023-06-07", "DateLiteral"],
    ["2023年6月7日", "DateLiteral"],
    ["２０２３年６月７日", "DateLiteral"],
    ["6", "NumberLiteral"],
    ["０．５", "NumberLiteral"],
  ])("%s is one %s token", (text, kind) => {
    expect(kinds(text)).toEqual([`${kind}:${text}`]);
  });

  it.each([
    ["500元", "500元"],
    ["１．５万元", "1.5万元"],
    ["70％", "70%"],
    ["５个百分点", "5pt"],
    ["30天", "30日"],
    ["５个工作日", "5工作日"],
    ["5工作日", "5工作日"],
    ["3月", "3个月"],
    ["3个月", "3个月"],
    ["3年", "3年"],
    ["100周岁", "100周岁"],
    ["2023-06-07", "2023-06-07"],
    ["2023年6月7日", "2023-06-07"],
    ["２０２３年１２月３１日", "2023-12-31"],
    ["2024-02-29", "2024-02-29"],
    ["0.5", "0.5"],
    ["５００", "500"],
    ["true", "true"],
  ])("%s is read as %s", (text, canonical) => {
    const e = expr(text);
    const seen =
      e.kind === "MoneyLit" || e.kind === "DurationLit"
        ? e.digits + e.unit
        : e.kind === "PercentLit"
          ? `${e.digits}%`
          : e.kind === "PointsLit"
            ? `${e.digits}pt`
            : e.kind === "DateLit"
              ? e.iso
              : e.kind === "NumberLit"
                ? e.digits
                : e.kind === "BoolLit"
                  ? String(e.value)
                  : e.kind;
    expect(seen).toBe(canonical);
  });

  it("reads a date before a duration: 3年 alone is a duration, 2023年6月7日 is a date", () => {
    expect(kinds("3年 2023年6月7日 2023-06-07")).toEqual(["DurationLiteral:3年", "DateLiteral:2023年6月7日", "DateLiteral:2023-06-07"]);
  });

  it("reads strings in straight and curly quotes, with escapes", () => {
    const { tokens } = lex("t.policy", String.raw`"绵府发〔2018〕3号" “中文” "a\"b\\c"`);
    expect(tokens.map((t) => t.image)).toEqual(['"绵府发〔2018〕3号"', "“中文”", String.raw`"a\"b\\c"`]);
  });
});

describe("citations and comments", () => {
  it("reads the article path up to whitespace or one of ;,{}=", () => {
    expect(kinds("@ 第二十七条（三） @二（三）2, @ 附件{ @第八条=")).toEqual([
      "Citation:@ 第二十七条（三）",
      "Citation:@二（三）2",
      "Comma:,",
      "Citation:@ 附件",
      "LBrace:{",
      "Citation:@第八条",
      "Eq:=",
    ]);
  });

  it("keeps comments apart from the tokens", () => {
    const { tokens, comments } = lex("t.policy", "value a = 1 // 说明\n// 整行\n");
    expect(tokens.map((t) => t.image)).toEqual(["value", "a", "=", "1"]);
    expect(comments.map((c) => c.image)).toEqual(["// 说明", "// 整行"]);
  });

  it("tracks lines and UTF-16 columns", () => {
    const { tokens } = lex("t.policy", "enum 级别 {\n  一级, 二级\n}");
    expect(tokens.map((t) => `${t.image}@${t.startLine}:${t.startColumn}`)).toEqual([
      "enum@1:1",
      "级别@1:6",
      "{@1:9",
      "一级@2:3",
      ",@2:5",
      "二级@2:7",
      "}@3:1",
    ]);
  });
});

describe("lexical errors", () => {
  it("reports characters outside the language, with the ASCII character meant", () => {
    const { diagnostics } = lex("t.policy", "a：money");
    expect(diagnostics.map((d) => [d.code, d.message, d.help])).toEqual([
      ["E0101", 'unexpected character "："', 'write the ASCII ":" instead of the full-width "："'],
    ]);
  });

  it("reports unterminated strings, impossible dates, fractional durations and empty citations", () => {
    const text = ['title "没有结尾', "signed 2023-02-30", "x 2023年13月1日", "y 2023年6月", "validity 1.5年 @ ", "z"].join("\n");
    expect(codes(text)).toEqual(["E0104@1:7", "E0105@2:8", "E0105@3:3", "E0105@4:3", "E0107@5:10", "E0108@5:15"]);
  });

  it("says why a date is not a date", () => {
    const messages = lex("t.policy", "2023-02-29 2024-02-30 2023年13月1日 2023-06-00").diagnostics.map((d) => d.message);
    expect(messages).toEqual([
      'invalid date "2023-02-29": 2023年2月 has 28 days',
      'invalid date "2024-02-30": 2024年2月 has 29 days',
      'invalid date "2023年13月1日": there is no month 13',
      'invalid date "2023-06-00": there is no day 0',
    ]);
  });
});
