// A rule file is data: no string in it can become code. The checker rejects control and line-separator
// characters in rule files (test/dsl/limits.test.ts); here the emitter is held to it on its own, for any
// string. Every text slot of a compiled unit (title, 文号, file, labels, citations, rulings, reasons, member
// spellings, the citation an optional input is needed by) is filled with random hostile strings; the module
// regc build writes (laid out by compiler/emit/layout.ts) is parsed by the TypeScript parser and must have exactly the syntax tree of the same module
// emitted with plain placeholder strings, and every string literal must hold exactly the string put in.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ts } from "ts-morph";
import { beforeAll, describe, expect, it } from "vitest";
import { Random } from "../../bench/random.js";
import { emitModule } from "../../compiler/emit/module.js";
import { layoutModule } from "../../compiler/emit/layout.js";
import { escapeText, tsIdentifier, tsNumber, tsString } from "../../compiler/emit/escape.js";
import type { UnitIr } from "../../compiler/ir/ir.js";
import { walk } from "../../compiler/ir/walk.js";
import { compileProgram } from "../../compiler/program.js";
import { emptyProject, ROOT } from "../e2e/regc.js";
import { hostileString } from "../fuzz/hostile.js";

const POLICY = `document "测试〔2024〕1号" {
  title "测试办法"
  effective 2024-01-01 @ 第一条
}

enum 等级 { 一级, 二级 alias 乙级 }

person {
  birthDate: date "出生日期"
}

claim {
  level: 等级 "等级"
  cost: money "费用"
  flag: bool default false @ 第一条 "标志"
  other: optional money "其他费用"
}

param 起付: money by 等级 @ 第二条 {
  一级: 500元
  二级: 600元
}

bands 分段 @ 第三条 { 0元 < x <= 1万元: 50%; 1万元 < x: 60% }

value 基数: money @ 第四条 = max(0元, claim.cost - 起付[claim.level])
adjust 减免 on 基数 when claim.flag then 基数 - 100元 @ 第五条
exception 甲 on 基数 when claim.level in {一级} then 0元 @ 第六条
exception 乙 on 基数 when claim.cost > 1000元 then 1元 @ 第七条
value 另计: money @ 第八条 = claim.other
output pay: money "支付" @ 第九条 = round(marginal(分段, 基数)) + 另计
output due: date "期限" @ 第十条 = claim.date + 30日
value 适用: bool @ 第十一条 = claim.flag
carveout 不含 "不含" on 适用 when claim.cost > 1元 @ 第十二条
output ok: bool "适用" @ 第十三条 = 适用
`;

/** A place in a unit where text from a rule file, a path or a ruling lands in generated code. */
interface Slot {
  set(unit: UnitIr, text: string): void;
}

function slots(unit: UnitIr): Slot[] {
  const out: Slot[] = [
    { set: (u, t) => (u.title = t) },
    { set: (u, t) => (u.number = t) },
    { set: (u, t) => (u.part = t) },
    { set: (u, t) => (u.file = t) },
    { set: (u, t) => (u.source = t) },
    { set: (u, t) => (u.inForce.fromReason = { en: t, zh: t }) },
    { set: (u, t) => (u.inForce.toReason = { en: t, zh: t }) },
  ];
  unit.provenance.forEach((_, i) => {
    for (const key of ["name", "label", "citation", "article", "source"] as const) out.push({ set: (u, t) => (u.provenance[i]![key] = t) });
    out.push({ set: (u, t) => (u.provenance[i]!.rulings = [t, t]) });
    out.push({ set: (u, t) => (u.provenance[i]!.uses = [t]) });
  });
  for (const scope of ["person", "claim", "facts"] as const) {
    unit[scope].forEach((f, i) => {
      out.push({ set: (u, t) => (u[scope][i]!.label = t) });
      if (f.type.kind === "enum") out.push({ set: (u, t) => ((u[scope][i]!.type as { members: Record<string, string> }).members = { [t]: t }) });
    });
  }
  unit.outputs.forEach((_, i) => out.push({ set: (u, t) => (u.outputs[i]!.label = t) }));
  // The citation a rule reports when an optional input it needs is missing (rt.need).
  out.push({
    set: (u, t) => {
      for (const step of u.steps) {
        const irs = step.kind === "value" ? [step.v.expr] : step.kind === "output" ? [step.o.expr] : [];
        for (const ir of irs) walk(ir, (n) => n.op === "input" && n.optional && (n.citation = t));
      }
    },
  });
  return out;
}

/** The module `regc build` writes for a unit (as emitUnit, with a fixed version: the unit's files are not read). */
function emitted(unit: UnitIr): string {
  return layoutModule(emitModule(unit, "../../runtime/index.js", "0123456789abcdef"));
}

/** The syntax tree as text, with each string literal's value passed through `literal`. */
function shape(code: string, literal: (value: string) => string): string {
  const source = ts.createSourceFile("m.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  const out: string[] = [];
  const visit = (node: ts.Node, depth: number) => {
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? ` ${JSON.stringify(literal(node.text))}`
        : ts.isIdentifier(node)
          ? ` ${node.text}`
          : "";
    out.push(`${" ".repeat(depth)}${ts.SyntaxKind[node.kind]}${text}`);
    node.forEachChild((c) => visit(c, depth + 1));
  };
  visit(source, 0);
  return out.join("\n");
}

describe("emitted modules cannot be escaped from", () => {
  let unit: UnitIr;
  let slotCount: number;

  beforeAll(() => {
    const dir = emptyProject({ "policies/t/a.policy": POLICY });
    const program = compileProgram(dir);
    expect(program.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    unit = program.units[0]!;
    slotCount = slots(unit).length;
  });

  it("has the syntax tree of the plain module, whatever strings fill its text slots", async () => {
    const random = new Random(20_251_107);
    for (let round = 0; round < 20; round++) {
      // Not empty: an empty part or label is left out of the module, which changes its shape legitimately.
      const hostile = Array.from({ length: slotCount }, () => hostileString(random, 6, 1));
      // Placeholders that cannot occur in generated code on their own.
      const placeholder = (i: number) => `@@${i}@@`;
      const fill = (texts: (i: number) => string): UnitIr => {
        const copy = structuredClone(unit);
        slots(copy).forEach((s, i) => s.set(copy, texts(i)));
        return copy;
      };
      const plain = emitted(fill(placeholder));
      const attacked = emitted(fill((i) => hostile[i]!));
      // In the plain module a literal holds placeholders (alone or within a composed string); the attacked
      // module must have the same tree, with each placeholder's hostile string in its place.
      const expected = shape(plain, (v) => v.replace(/@@(\d+)@@/g, (_, i: string) => hostile[Number(i)]!));
      expect(shape(attacked, (v) => v)).toBe(expected);
    }
  });
});

describe("the emitters", () => {
  it("write every comment through tsComment and no value through JSON.stringify", () => {
    // The built-ins write their own calls (compiler/builtins/).
    const files = ["compiler/emit", "compiler/builtins"].flatMap((dir) => readdirSync(join(ROOT, dir)).map((f) => `${dir}/${f}`));
    const offenders = files
      .filter((f) => f.endsWith(".ts") && !f.endsWith("/escape.ts"))
      .flatMap((f) =>
        readFileSync(join(ROOT, f), "utf8")
          .split("\n")
          .map((line, i) => ({ at: `${f}:${i + 1}`, line }))
          .filter(({ line }) => /JSON\.stringify|(\/\/|\/\*\*?) \$\{(?!tsComment\()/.test(line.replace(/^\s*\/\/.*$/, ""))),
      )
      .map(({ at, line }) => `${at}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});

describe("escapeText", () => {
  const random = new Random(7);
  const samples = [
    "\u2028console.log(1)//",
    "*/ process.exit(1) /*",
    "`${process.exit(1)}`",
    '"); process.exit(1); ("',
    "\\",
    "\ud800",
    ...Array.from({ length: 300 }, () => hostileString(random, 10)),
  ];

  function statements(code: string): string[] {
    const source = ts.createSourceFile("x.ts", code, ts.ScriptTarget.ES2022, true);
    expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    return source.statements.map((s) => (ts.isVariableStatement(s) ? "const" : ts.SyntaxKind[s.kind]!));
  }

  it("keeps any string inside a string literal, a template literal, a line comment or a block comment", () => {
    for (const s of samples) keepsInside(s);
  });

  function keepsInside(s: string): void {
    const literal = ts.createSourceFile("x.ts", `const x = ${tsString(s)};`, ts.ScriptTarget.ES2022, true);
    const init = (literal.statements[0] as ts.VariableStatement).declarationList.declarations[0]!.initializer!;
    expect(ts.isStringLiteral(init) && init.text).toBe(s);
    const template = ts.createSourceFile("x.ts", `const x = \`${escapeText(s)}\`;`, ts.ScriptTarget.ES2022, true);
    const t = (template.statements[0] as ts.VariableStatement).declarationList.declarations[0]!.initializer!;
    expect(ts.isNoSubstitutionTemplateLiteral(t) && t.text).toBe(s);
    expect(statements(`// ${escapeText(s)}\nconst y = 1;`)).toEqual(["const"]);
    expect(statements(`/** ${escapeText(s)} */ const y = 1;`)).toEqual(["const"]);
  }

  it("writes integers in full and refuses anything else", () => {
    expect(tsNumber(9_007_199_254_740_991)).toBe("9007199254740991");
    expect(tsNumber(-5)).toBe("(-5)");
    expect(() => tsNumber(1e30)).toThrow(/not an exact integer/);
    expect(() => tsNumber(0.5)).toThrow(/not an exact integer/);
    expect(() => tsNumber(2 ** 53)).toThrow(/not an exact integer/);
  });

  it("admits only identifiers as names", () => {
    expect(tsIdentifier("起付标准")).toBe("起付标准");
    expect(() => tsIdentifier("a\u2028b")).toThrow(/not an identifier/);
    expect(() => tsIdentifier("x; process.exit(1)")).toThrow(/not an identifier/);
  });
});
