// `required when …`: the condition under which an input must be given, turned from typed IR into the
// forms a case's JSON Schema can state (runtime CaseCondition), so that an integrator's validator and
// `regc run` demand the same fields. A yes/no value the condition names is read through to the inputs it is
// computed from (with its carve-outs and preconditions), so the condition can say "第二类" as the rules do.
// Anything else is reported where it is written.
import type { Span } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as CaseInputs from "../messages/case-inputs.js";
import type { CaseCondition } from "../../runtime/module.js";
import type { Ir, ValueIr } from "../ir/ir.js";
import type { EnumInfo } from "../resolve/symbols.js";
import { builtin } from "../builtins/index.js";

type Scope = "person" | "claim" | "facts";

export function caseCondition(
  ir: Ir,
  scope: Scope,
  enums: ReadonlyMap<string, EnumInfo>,
  valueNamed: (name: string) => ValueIr | undefined,
  diagnostics: Diagnostic[],
): CaseCondition | undefined {
  const fail = (span: Span, why: CaseInputs.Unstatable): undefined => {
    diagnostics.push(diagnose(CaseInputs.unstatableCondition, span, { scope, why }));
    return undefined;
  };
  const field = (x: Ir): string | undefined => {
    if (x.op !== "input") return undefined;
    if (x.scope !== scope || x.field === "date") return fail(x.span, { kind: "otherBlock", scope: x.scope, field: x.field });
    return x.field;
  };
  const spellings = (enumName: string, members: readonly string[]): string[] => {
    const info = enums.get(enumName);
    return info ? Object.keys(info.spellings).filter((s) => members.includes(info.spellings[s]!)) : [...members];
  };
  const is = (x: Ir, value: Ir): CaseCondition | undefined => {
    const name = field(x);
    if (name === undefined) return x.op === "input" ? undefined : fail(x.span, { kind: "notInput" });
    if (value.op === "bool") return { op: "is", field: name, values: [value.value] };
    if (value.op === "enum" && x.ty.k === "enum") return { op: "is", field: name, values: spellings(x.ty.name, [value.member]) };
    return fail(value.span, { kind: "notMember" });
  };
  const visit = (ir: Ir): CaseCondition | undefined => {
    switch (ir.op) {
      case "input":
        return ir.ty.k === "bool" ? is(ir, { ...ir, op: "bool", value: true }) : fail(ir.span, { kind: "notYesNo" });
      case "not": {
        const arg = visit(ir.operand);
        return arg && { op: "not", arg };
      }
      case "logic": {
        const a = visit(ir.left);
        const b = visit(ir.right);
        return a && b && { op: ir.operator, args: [a, b] };
      }
      case "cmp": {
        if (ir.operator !== "=" && ir.operator !== "!=") return fail(ir.span, { kind: "comparesAmounts", operator: ir.operator });
        const c = ir.left.op === "input" ? is(ir.left, ir.right) : is(ir.right, ir.left);
        return c && (ir.operator === "=" ? c : { op: "not", arg: c });
      }
      case "in": {
        const name = field(ir.subject);
        if (name === undefined || ir.subject.ty.k !== "enum") return ir.subject.op === "input" ? undefined : fail(ir.subject.span, { kind: "notInput" });
        const c: CaseCondition = { op: "is", field: name, values: spellings(ir.subject.ty.name, ir.members) };
        return ir.negated ? { op: "not", arg: c } : c;
      }
      case "call": {
        const b = builtin(ir.fn);
        if (b?.schemaCondition) return b.schemaCondition(ir, { field, spellings, fail });
        return fail(ir.span, { kind: "computes" });
      }
      case "ref": {
        const v = valueNamed(ir.name);
        if (!v) return fail(ir.span, { kind: "notFromCase", name: ir.name });
        if (v.adjusts.length || v.exceptions.length) return fail(ir.span, { kind: "hasRules", name: ir.name });
        let c = visit(v.expr);
        for (const l of v.limits) {
          const limit = visit(l.cond);
          c = c && limit && { op: "and", args: [c, l.form === "carveout" ? { op: "not", arg: limit } : limit] };
        }
        return c;
      }
      default:
        return fail(ir.span, { kind: "computes" });
    }
  };
  return visit(ir);
}
