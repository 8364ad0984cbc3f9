import { describe, expect, it } from "vitest";
import { diagnose as raise, type Diagnostic } from "../../dsl/diagnostic.js";
import { entry } from "../../dsl/messages/entry.js";
import { lex } from "../../dsl/lexer.js";
import { parse } from "../../dsl/parser.js";
import { HEADER, tourText } from "./helpers.js";

const CHEVROTAIN_WORDING = /Expecting|one of these possible Token sequences|Redundant input|EOF|Token|\[object/;

function diagnose(text: string): Diagnostic[] {
  return parse("bad.policy", text).diagnostics;
}

function where(ds: Diagnostic[]): string[] {
  return ds.map((d) => `${d.code}@${d.span.start.line}:${d.span.start.column}`);
}

function only(text: string): Diagnostic {
  const ds = diagnose(text);
  expect(where(ds)).toHaveLength(1);
  return ds[0];
}

describe("one run reports every syntax error", () => {
  it("keeps every message, note and help on one line, whatever text it quotes", () => {
    const at = { offset: 0, line: 1, column: 1 };
    const span = { file: "a.policy", start: at, end: at };
    const quoting = entry<{ message: string; help: string }>({
      code: "E0102",
      severity: "error",
      title: { en: "t", zh: "t" },
      sample: "",
      example: { message: "", help: "" },
      message: { en: (p) => p.message, zh: (p) => p.message },
      help: { en: (p) => p.help, zh: (p) => p.help },
    });
    const d = raise(quoting, span, { message: "a\r\n  b", help: "c\u2028d\ne" }, [{ span, text: { en: "f\n g", zh: "f\n g" } }]);
    expect([d.message, d.help, d.related![0]!.message]).toEqual(["a b", "c d e", "f g"]);
    expect([d.zh!.message, d.zh!.help, d.zh!.related![0]]).toEqual(["a b", "c d e", "f g"]);
  });

  it("quotes rule-file text spanning lines on one line, comments left out (found by the fuzz suite)", () => {
    const [d] = diagnose(
      'document "x号" {\n}\nclaim {\n  level: int\n}\nvalue v: money @ 第一条 = 1元\nadjust a on v when claim.level = 3\n  // 注释\n  the <= n 2元 @ 第一条\n',
    );
    expect(d!.message).toBe('an adjustment gives its value after "then": the "=" after "when" compares, so "3 the <= n 2元" was read as part of the condition');
    expect(d!.help).toBe('did you mean "then"? write: when claim.level then 3 the <= n 2元');
  });

  it("reports a ruling's en without its English text where the text was due, and reads on", () => {
    const ds = diagnose('document "x号" {\n  ruling X1 "说明" en\n  title "t"\n}\nvalue v: money @ 第一条 = 1元 +\n');
    // line 3's title is where the string was due; the error after it on line 5 is still found
    expect(where(ds)).toEqual(["E0102@3:3", "E0102@5:28"]);
    expect(ds[0]!.message).toBe('expected a string in quotes like "…" after "en", found the keyword "title"');
    expect(ds[0]!.zh!.message).toBe('在“en”之后应写带引号的字符串，如 "…"，这里却是关键字“title”');
    expect(ds[0]!.help).toContain('`ruling ID "…" en "…"`');
  });

  it("reports an `override` declaration recovery could not build, instead of crashing on it (found by the fuzz suite)", () => {
    expect(where(diagnose('document "x号" {\n}\noverride value v: money @ 第一条 = a = ; b\n'))).toEqual(["E0102@3:37"]);
  });

  it("reports each distinct error of a file at its line and column", () => {
    const text = [
      'document "x号" {', // 1
      '  title "t"', // 2
      "  signed 2023-02-30", // 3
      '  titel "oops"', // 4
      "}", // 5
      "enum 级别 { 一级, 二级 }", // 6
      "claim {", // 7
      '  a money "费用"', // 8
      "}", // 9
      "param 起付: money @ 第一条 = }", // 10
      "parm 比例: rate @ 第二条 = 70%", // 11
      "value 费用: money @ 第三条 = round(claim.a * 50%", // 12
      "value 合计 @ 第四条 = claim.a + + 1元", // 13
      "value date = 1", // 14
      'output y: money "y" @ 第六条 = max(1元, 2元))', // 15
      "value w = 1：", // 16
    ].join("\n");
    expect(where(diagnose(text))).toEqual([
      "E0105@3:10",
      "E0102@4:3",
      "E0102@8:5",
      "E0102@10:25",
      "E0106@11:1",
      "E0103@13:1",
      "E0102@13:28",
      "E0111@14:7",
      "E0125@15:40",
      "E0101@16:12",
    ]);
  });

  it("resumes at the next declaration after a missing closing brace", () => {
    const ds = diagnose(`${HEADER}claim {\n  a: money\n\nvalue b: money @ 第一条 = 1元 +\nvalue c = 1`);
    expect(where(ds)).toEqual(["E0103@7:1", "E0102@8:1"]);
  });

  it("reports a missing header and an extra one", () => {
    expect(where(diagnose("value a = 1"))).toEqual(["E0109@1:1"]);
    expect(where(diagnose(""))).toEqual(["E0109@1:1"]);
    expect(where(diagnose(`${HEADER}value a = 1\n${HEADER}`))).toEqual(["E0110@5:1"]);
  });
});

describe("messages a policy author understands", () => {
  it("says what was expected after what, and what was found", () => {
    const d = only(`${HEADER}param 起付线: money @ 第八条 = }`);
    expect(d.code).toBe("E0102");
    expect(d.message).toBe('expected a value after "=" (an amount like 500元, a name, or an expression), found "}"');
    expect(d.help).toBeTruthy();
  });

  it("suggests the keyword a misspelled word stands for", () => {
    expect(only(`${HEADER}parm 比例: rate = 70%`)).toMatchObject({ code: "E0106", help: 'did you mean "param"?' });
    expect(only(`${HEADER}value a = 1\nvalu b = 2`)).toMatchObject({ code: "E0106", help: 'did you mean "value"?' });
    expect(only('document "x" {\n  titel "t"\n}')).toMatchObject({ code: "E0102", help: 'did you mean "title"?' });
    expect(only('documnet "x" {}')).toMatchObject({ code: "E0109", help: 'did you mean "document"?' });
    expect(only(`${HEADER}exception e on v when a thne 0元`)).toMatchObject({ code: "E0102", help: 'did you mean "then"?' });
  });

  it("points a missing closing bracket at where it was due and at the opening bracket", () => {
    const d = only(`${HEADER}value a = round(b * 50%\nvalue c = 1`);
    expect(d.code).toBe("E0103");
    expect(d.message).toBe('missing ")": the "(" at 4:16 is not closed before the keyword "value"');
    expect(d.related?.map((r) => `${r.span.start.line}:${r.span.start.column} ${r.message}`)).toEqual(['4:16 "(" opened here']);
  });

  it("reports a block left open at the end of the file", () => {
    const d = only('document "x" {\n  title "t"\n');
    expect(d).toMatchObject({ code: "E0103", help: 'add "}" after the last document item' });
    expect(d.message).toContain("the end of the file");
  });

  it("reports keywords used as names", () => {
    expect(only(`${HEADER}value date = 1`)).toMatchObject({ code: "E0111", message: '"date" is a keyword and cannot be used as a name' });
    expect(only(`${HEADER}enum E { 一级, money }`).code).toBe("E0111");
    expect(where(diagnose(`${HEADER}value a = 1 + status`))).toEqual(["E0102@4:15", "E0102@4:21"]);
  });

  it("does not repeat as a syntax error what the lexer already reported", () => {
    expect(where(diagnose(`${HEADER}claim {\n  a： money\n}`))).toEqual(["E0101@5:4"]);
  });

  it("reports a stray closing bracket as such", () => {
    expect(only(`${HEADER}value a = f(1))`).message).toBe('unexpected ")": nothing is open here for it to close');
  });

  it("never shows chevrotain's wording, whichever token of the tour is missing", () => {
    const tour = tourText();
    const { tokens } = lex("tour.policy", tour);
    for (const token of tokens) {
      const text = tour.slice(0, token.startOffset) + tour.slice(token.startOffset + token.image.length);
      const ds = diagnose(text);
      for (const d of ds) {
        expect(d.message, `without "${token.image}" at ${token.startLine}:${token.startColumn}`).not.toMatch(CHEVROTAIN_WORDING);
        expect(d.code).toMatch(/^E01\d\d$/);
        expect(d.help).toBeTruthy();
        expect(Number.isInteger(d.span.start.line) && Number.isInteger(d.span.start.column)).toBe(true);
      }
    }
  });
});
