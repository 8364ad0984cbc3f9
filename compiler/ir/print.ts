// Prints typed IR back in the rule language's notation, with values in their units (70%, 3000元), so two
// policies' rules can be compared and shown to the people who wrote them.
import { formatPercent, formatScaled, trimDecimal } from "../../runtime/scaled.js";
import type { Ir } from "./ir.js";
import type { Ty } from "./types.js";
import { builtin } from "../builtins/index.js";

export function constantText(value: number, scale: number, ty: Ty): string {
  switch (ty.k) {
    case "money":
      return `${trimDecimal(formatScaled(value, scale))}元`;
    case "rate":
      return formatPercent(value, scale);
    case "points":
      return formatPercent(value, scale).replace("%", "个百分点");
    case "duration":
      return `${value}${ty.unit}`;
    default:
      return trimDecimal(formatScaled(value, scale));
  }
}

/** Binding strength of each form, as in the grammar (docs/language.md): parentheses only where needed. */
function precedence(ir: Ir): number {
  switch (ir.op) {
    case "if":
      return 0;
    case "logic":
      return ir.operator === "or" ? 1 : 2;
    case "not":
      return 3;
    case "cmp":
    case "in":
      return 4;
    case "ledger":
      return 5;
    case "arith":
      return ir.operator === "*" ? 7 : 6;
    case "dateShift":
    case "dateDiff":
      return 6;
    case "neg":
      return 8;
    case "up":
      return precedence(ir.operand);
    default:
      return 9;
  }
}

/** `child` printed where at least `min` binding strength is needed. */
function at(child: Ir, min: number): string {
  const text = printIr(child);
  return precedence(child) < min ? `(${text})` : text;
}

export function printIr(ir: Ir): string {
  const p = printIr;
  switch (ir.op) {
    case "num":
      return constantText(ir.value, ir.scale, ir.ty);
    case "bool":
      return String(ir.value);
    case "date":
      return ir.iso;
    case "enum":
      return ir.member;
    case "input":
      return `${ir.scope}.${ir.field}`;
    case "ref":
    case "category":
      return ir.name;
    case "index":
      return `${ir.table}[${p(ir.key)}]`;
    case "neg":
      return `-${at(ir.operand, 8)}`;
    case "not":
      return `not ${at(ir.operand, 3)}`;
    case "arith": {
      const level = ir.operator === "*" ? 7 : 6;
      return `${at(ir.left, level)} ${ir.operator} ${at(ir.right, level + 1)}`;
    }
    case "dateShift":
      return `${at(ir.date, 6)} ${ir.operator} ${at(ir.by, 7)}`;
    case "dateDiff":
      return `${at(ir.left, 6)} - ${at(ir.right, 7)}`;
    case "cmp":
      return `${at(ir.left, 5)} ${ir.operator} ${at(ir.right, 5)}`;
    case "logic": {
      const level = ir.operator === "or" ? 1 : 2;
      return `${at(ir.left, level)} ${ir.operator} ${at(ir.right, level + 1)}`;
    }
    case "in":
      return `${at(ir.subject, 5)} ${ir.negated ? "not in" : "in"} {${ir.members.join(", ")}}`;
    case "if":
      return `if ${p(ir.cond)} then ${p(ir.ifTrue)} else ${p(ir.ifFalse)}`;
    case "up":
      return p(ir.operand);
    case "call": {
      const b = builtin(ir.fn);
      return b?.print ? b.print(ir, p) : `${ir.fn}(${ir.args.map(p).join(", ")})`;
    }
    case "ledger":
      return `${at(ir.amount, 6)} ${ir.take} ${ir.ledger}`;
    case "tallyRead":
      return `${ir.ledger}.${ir.which}`;
    case "prior":
      return `${p(ir.claim)}.${ir.value}`;
  }
}
