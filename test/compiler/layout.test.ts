// The layout of generated modules (compiler/emit/layout.ts): indentation by open brackets, parentheses dropped
// only where precedence makes them needless, long lines broken inside brackets and before chain operators,
// and never a change inside a string or a comment.
import { describe, expect, it } from "vitest";
import { layoutModule } from "../../compiler/emit/layout.js";

describe("the layout of a generated module", () => {
  it("indents by the brackets open before a line", () => {
    const text = ["function f(x: number): number {", "try {", "return x;", "} catch (e) {", "throw e;", "}", "}", ""].join("\n");
    expect(layoutModule(text)).toBe(
      ["function f(x: number): number {", "  try {", "    return x;", "  } catch (e) {", "    throw e;", "  }", "}", ""].join("\n"),
    );
  });

  it("drops parentheses precedence does not need, and keeps those it does", () => {
    const cases: [string, string][] = [
      // && binds tighter than the assignment and than nothing at the end
      ["const a = ((x === 1) && (y > 2));", "const a = x === 1 && y > 2;"],
      // a && chain grouped from the left reads the same without them
      ["const a = (p && q) && r;", "const a = p && q && r;"],
      // || inside && needs them
      ["const a = p && (q || r);", "const a = p && (q || r);"],
      // && beside || keeps them for the reader, though precedence would not need them
      ["const a = (p && q) || r;", "const a = (p && q) || r;"],
      // a conditional in the else branch of another groups from the right
      ["const a = (c ? 1 : (d ? 2 : 3));", "const a = c ? 1 : d ? 2 : 3;"],
      // but not in its condition
      ["const a = (c ? d : e) ? 1 : 2;", "const a = (c ? d : e) ? 1 : 2;"],
      // subtraction on the right needs them, on the left not
      ["const a = x - (y - z);", "const a = x - (y - z);"],
      ["const a = (x - y) - z;", "const a = x - y - z;"],
      // a negated group, and the negation of a negative number
      ["const a = !(p && q);", "const a = !(p && q);"],
      ["const a = -(-1);", "const a = -(-1);"],
      // calls, conditions of if and arrow parameters are not parentheses of an expression
      ["if (p) f((x));", "if (p) f(x);"],
      // an arrow's body is left as written (it may be an object literal)
      ["const g = (a) => (a);", "const g = (a) => (a);"],
      // ?? may not stand beside && without them
      ["const a = (p && q) ?? r;", "const a = (p && q) ?? r;"],
      // a union of types before [] needs them
      ["let a: (A | B)[] = [];", "let a: (A | B)[] = [];"],
    ];
    for (const [input, laid] of cases) expect(layoutModule(input), input).toBe(laid);
  });

  it("breaks a line wider than 120 columns inside its brackets and before the operators of its chains", () => {
    const args = Array.from({ length: 8 }, (_, i) => `argument_number_${i}`);
    expect(layoutModule(`{\nconst total = rt.sum(${args.join(", ")});\n}`)).toBe(
      ["{", "  const total = rt.sum(", ...args.map((a, i) => `    ${a}${i < args.length - 1 ? "," : ""}`), "  );", "}"].join("\n"),
    );
    const terms = ["claim.hospitalLevel === 一级", "claim.hospitalLevel === 二级", "claim.hospitalLevel === 三级", "claim.hospitalLevel === 无等级"];
    expect(layoutModule(`const any = ${terms.join(" || ")};`)).toBe([`const any = ${terms[0]}`, ...terms.slice(1).map((t) => `  || ${t}`)].join("\n") + ";");
  });

  it("changes nothing inside strings and comments, whatever they hold", () => {
    const text = 'const s = ("(a) && (b) { [" + x); // ) ( } {  "';
    expect(layoutModule(text)).toBe('const s = "(a) && (b) { [" + x; // ) ( } {  "');
    expect(layoutModule("/* (((( */ const n = (/* 2024-01-01 */ 19723);\nconst m = 1;")).toBe("/* (((( */ const n = /* 2024-01-01 */ 19723;\nconst m = 1;");
    expect(layoutModule('const t = "\\"(" + (y);')).toBe('const t = "\\"(" + y;');
  });
});
