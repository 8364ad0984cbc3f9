// Every limit of a rule file (dsl/limits.ts, docs/language.md "Limits") holds at its value and gives a located
// error one past it, never a stack overflow or a run that does not end; invisible characters are rejected
// where they stand; lines are counted one way for positions and code frames.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../dsl/diagnostic.js";
import { LIMITS } from "../../dsl/limits.js";
import { parse } from "../../dsl/parser.js";
import { renderDiagnostic } from "../../dsl/render.js";
import { editDistance, suggest } from "../../dsl/suggest.js";
import { Random } from "../../bench/random.js";
import { HEADER } from "./helpers.js";

const FACTS = `${HEADER}facts {\n  amount: money "金额"\n}\n`;

function problems(text: string): Diagnostic[] {
  return parse("t.policy", text).diagnostics;
}

/** Code and place of each diagnostic. */
function located(text: string): string[] {
  return problems(text).map((d) => `${d.code} ${d.span.start.line}:${d.span.start.column}`);
}

const output = (expr: string) => `${FACTS}output pay: money @ 第一条 = ${expr}\n`;
/** The line the output is on (counting from 1). */
const OUT_LINE = FACTS.split("\n").length;
const OUT_COLUMN = "output pay: money @ 第一条 = ".length + 1;

describe("invisible characters (E0112)", () => {
  it("rejects a line separator in a title where it stands, and frames the right line after it", () => {
    const text = `document "测试〔2024〕1号" {\n  title "测试\u2028console.log(1)//"\n}\nparam 甲: money @ 第一条 = ；\n`;
    const found = problems(text);
    expect(found.map((d) => `${d.code} ${d.span.start.line}:${d.span.start.column}`)).toEqual(["E0112 2:12"]);
    expect(found[0]!.message).toContain("U+2028 (line separator)");
    // The frame shows line 2 with the character made visible, and line 4 is still line 4 after it.
    const frame = renderDiagnostic(found[0]!, text).split("\n");
    expect(frame[2]).toBe('> 2 |   title "测试\uFFFDconsole.log(1)//"');
    expect(frame[3]).toBe(`    | ${" ".repeat(13)}^`);
    const after = parse("t.policy", text.replace("\u2028", " ")).diagnostics;
    expect(after.map((d) => d.span.start.line)).toEqual([4, 4]);
  });

  it.each([
    ["U+2029", "\u2029"],
    ["U+0085", "\u0085"],
    ["a control character", "\u0007"],
    ["a right-to-left override", "\u202e"],
    ["a byte-order mark after the start", "\ufeff"],
    ["an unpaired surrogate", "\ud800"],
  ])("rejects %s in a string, a comment or between tokens", (_, ch) => {
    expect(located(`${HEADER}// 注释${ch}\n`)).toEqual([`E0112 4:6`]);
    expect(located(`${FACTS}output pay: money "支付${ch}" @ 第一条 = facts.amount\n`)).toEqual([`E0112 ${OUT_LINE}:22`]);
    expect(located(`${HEADER}${ch}`)).toEqual(["E0112 4:1"]);
  });

  it("accepts a byte-order mark at the start, and tabs", () => {
    expect(problems(`\ufeff${HEADER}facts {\n\tamount: money\n}\n`)).toEqual([]);
  });
});

describe("nesting (E0117)", () => {
  it("stops 300 nested brackets at the first one too deep", () => {
    expect(located(output(`${"(".repeat(300)}facts.amount${")".repeat(300)}`))).toEqual([`E0117 ${OUT_LINE}:${OUT_COLUMN + LIMITS.nesting}`]);
  });

  it("stops a 400-deep if/else chain, a run of 3000 minus signs, and a sum of 300 terms", () => {
    const chain = Array.from({ length: 400 }, (_, i) => `if facts.amount > ${i}元 then ${i}元 else`).join("\n") + " 0元";
    expect(problems(output(chain)).map((d) => d.code)).toEqual(["E0117"]);
    expect(problems(output(`${"-".repeat(3000)}facts.amount`)).map((d) => d.code)).toEqual(["E0117"]);
    expect(problems(output(`facts.amount${" + 1元".repeat(300)}`)).map((d) => d.code)).toEqual(["E0117"]);
    expect(problems(output(`${"not\n".repeat(3000)}true`)).map((d) => d.code)).toEqual(["E0117"]);
  });

  it("accepts nesting up to the limit", () => {
    expect(problems(output(`${"(".repeat(LIMITS.nesting - 1)}facts.amount${")".repeat(LIMITS.nesting - 1)}`))).toEqual([]);
    // each `if` nests the rest of the chain in its else
    const chain = Array.from({ length: LIMITS.nesting - 2 }, (_, i) => `if facts.amount > ${i}元 then ${i}元 else`).join("\n") + " 0元";
    expect(problems(output(chain))).toEqual([]);
  });
});

describe("lengths", () => {
  it("a name on a line of 200,000 characters is one located error (E0114), not a long check", () => {
    const text = `${HEADER}value ${"长".repeat(200_000)}: money @ 第一条 = 1元\n`;
    expect(located(text)).toEqual([`E0114 4:${LIMITS.lineLength + 1}`]);
    // the frame shows a piece of the line, not all of it
    expect(renderDiagnostic(problems(text)[0]!, text).length).toBeLessThan(1000);
  });

  it("names (E0115), strings and citations (E0116) and the file (E0113) at their limits and one past", () => {
    const name = (n: number) => `${HEADER}value ${"名".repeat(n)}: money @ 第一条 = 1元\n`;
    expect(problems(name(LIMITS.nameLength))).toEqual([]);
    expect(located(name(LIMITS.nameLength + 1))).toEqual(["E0115 4:7"]);
    const label = (n: number) => `${FACTS}output pay: money "${"字".repeat(n)}" @ 第一条 = facts.amount\n`;
    expect(problems(label(LIMITS.textLength))).toEqual([]);
    expect(located(label(LIMITS.textLength + 1))).toEqual([`E0116 ${OUT_LINE}:19`]);
    expect(located(`${FACTS}output pay: money @ 第${"一".repeat(LIMITS.textLength)}条 = facts.amount\n`)).toEqual([`E0116 ${OUT_LINE}:19`]);
    const long = `${HEADER}${"// 注释\n".repeat(LIMITS.fileLength / 6)}`;
    expect(problems(long).map((d) => d.code)).toEqual(["E0113"]);
  });

  it("lists (E0118): enum members and `in {…}` at the limit and one past", () => {
    const members = (n: number) => Array.from({ length: n }, (_, i) => `成员${i}`).join(", ");
    expect(problems(`${HEADER}enum 类 { ${members(LIMITS.listLength)} }\n`)).toEqual([]);
    expect(located(`${HEADER}enum 类 { ${members(LIMITS.listLength + 1)} }\n`)).toEqual(["E0118 4:6"]);
    const test = `${HEADER}enum 类 { ${members(3)} }\nfacts {\n  k: 类\n}\noutput x: bool @ 第一条 = facts.k in { ${members(LIMITS.listLength + 1)} }\n`;
    expect(problems(test).map((d) => d.code)).toEqual(["E0118"]);
  });
});

describe("did you mean", () => {
  const full = (a: string, b: string): number => {
    const x = [...a];
    const y = [...b];
    const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= x.length; i++) {
      for (let j = 1; j <= y.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[x.length]![y.length]!;
  };

  it("computes the bounded distance exactly: the full distance when within the bound, bound + 1 beyond", () => {
    const random = new Random(11);
    const word = () => Array.from({ length: random.int(0, 9) }, () => random.pick(["a", "b", "c", "起", "付"])).join("");
    for (let k = 0; k < 5000; k++) {
      const [a, b, max] = [word(), word(), random.int(0, 5)];
      const d = full(a, b);
      expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(d <= max ? d : max + 1);
    }
  });

  it("still finds near names, and finds none for a name a million characters long", () => {
    expect(suggest("起付标淮", ["起付标准", "限额"])).toEqual(["起付标准"]);
    expect(suggest("长".repeat(1_000_000), ["起付标准", "长长"])).toEqual([]);
  });
});
