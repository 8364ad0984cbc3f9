// Messages for the mistakes policy staff make most, each pointing at the mistake and saying what to write.
import { describe, expect, it } from "vitest";
import { parse } from "../../dsl/parser.js";
import { lex } from "../../dsl/lexer.js";
import { HEADER } from "./helpers.js";

function only(body: string) {
  const { diagnostics } = parse("t.policy", HEADER + body);
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0]!;
}

/** The 1-based line and column of `word` in the text after the standard three-line header. */
function place(body: string, word: string): [number, number] {
  const before = body.slice(0, body.indexOf(word));
  const lines = before.split("\n");
  return [lines.length + 3, lines.at(-1)!.length + 1];
}

describe("messages a non-programmer can act on", () => {
  it('an exception whose value follows "=" instead of "then": points at the "=", not at the next declaration', () => {
    const body =
      "exception 艾滋病 on 起付标准 when claim.aids = 0元 @ 第二十七条（一）\nexception 百岁 on 起付标准 when claim.old then 0元 @ 第二十七条（二）\n";
    const d = only(body);
    expect(d.code).toBe("E0124");
    expect([d.span.start.line, d.span.start.column]).toEqual(place(body, "= 0元"));
    expect(d.message).toContain('gives its value after "then"');
    expect(d.help).toBe('did you mean "then"? write: when claim.aids then 0元');
  });

  it("the same for an adjustment, quoting its whole value", () => {
    const d = only("adjust 退休减免 on 起付标准 when person.retired = 起付标准 - 100元 @ 第二十七条（三）\n");
    expect(d.help).toBe('did you mean "then"? write: when person.retired then 起付标准 - 100元');
  });

  it.each([
    ["并且", "and"],
    ["或者", "or"],
    ["且", "and"],
  ])('"%s" between two conditions: says to write "%s"', (word, keyword) => {
    for (const body of [
      `exception 艾滋病 on 起付标准 when claim.aids ${word} claim.x then 0元 @ 第一条\n`,
      `value 可救助: bool @ 第一条 = claim.a ${word} claim.b\n`,
    ]) {
      const d = only(body);
      expect(d.code).toBe("E0123");
      expect([d.span.start.line, d.span.start.column]).toEqual(place(body, word));
      expect(d.message).toBe(`conditions are joined with "${keyword}", not "${word}"`);
      expect(d.help.startsWith(`did you mean "${keyword}"?`)).toBe(true);
    }
  });

  it("0.1万元 is one amount however it is spaced or spelled, and 0.1万 says which unit is missing", () => {
    for (const text of ["0.1万元", "0.1 万元", "０．１万元", "0.1\u3000万元"]) {
      const { tokens, diagnostics } = lex("t", text);
      expect(diagnostics).toEqual([]);
      expect(tokens.map((t) => t.tokenType.name)).toEqual(["MoneyLiteral"]);
    }
    const value = parse("t.policy", `${HEADER}param 补助: money @ 第一条 = 0.1 万元\n`).ast!.decls[0]!;
    // 0.1 × 10000 = 1000元: the digits and the unit as the AST keeps them
    expect(value.kind === "ParamDecl" && value.value).toMatchObject({ kind: "MoneyLit", digits: "0.1", unit: "万元" });
    const d = only("param 补助: money @ 第一条 = 0.1万\n");
    expect(d.code).toBe("E0122");
    expect(d.message).toBe('"0.1万" is not an amount: "万" is not a unit');
    expect(d.help).toBe("an amount in 万元 is written with both characters: 0.1万元");
  });
});
