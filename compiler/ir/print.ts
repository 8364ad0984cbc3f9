// Prints typed IR back in the rule language's notation, with values in their units (70%, 3000元), so two
// policies' rules can be compared and shown to the people who wrote them.
import { formatPercent, formatScaled, trimDecimal } from "../../runtime/scaled.js";
import type { Ir } from "./ir.js";
import type { Ty } from "./types.js";

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
      return ir.o === "or" ? 1 : 2;
    case "not":
      return 3;
    case "cmp":
    case "in":
      return 4;
    case "ledger":
      return 5;
    case "arith":
      return ir.o === "*" ? 7 : 6;
    case "dateShift":
    case "dateDiff":
      return 6;
    case "neg":
      return 8;
    case "up":
      return precedence(ir.x);
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
      return `-${at(ir.x, 8)}`;
    case "not":
      return `not ${at(ir.x, 3)}`;
    case "arith": {
      const level = ir.o === "*" ? 7 : 6;
      return `${at(ir.a, level)} ${ir.o} ${at(ir.b, level + 1)}`;
    }
    case "dateShift":
      return `${at(ir.date, 6)} ${ir.o} ${at(ir.by, 7)}`;
    case "dateDiff":
      return `${at(ir.a, 6)} - ${at(ir.b, 7)}`;
    case "cmp":
      return `${at(ir.a, 5)} ${ir.o} ${at(ir.b, 5)}`;
    case "logic": {
      const level = ir.o === "or" ? 1 : 2;
      return `${at(ir.a, level)} ${ir.o} ${at(ir.b, level + 1)}`;
    }
    case "in":
      return `${at(ir.x, 5)} ${ir.negated ? "not in" : "in"} {${ir.members.join(", ")}}`;
    case "has":
      return `has(${p(ir.set)}, ${ir.members.join(", ")})`;
    case "if":
      return `if ${p(ir.c)} then ${p(ir.t)} else ${p(ir.e)}`;
    case "up":
      return p(ir.x);
    case "round":
      return `round(${p(ir.x)})`;
    case "minmax":
      return `${ir.o}(${ir.args.map(p).join(", ")})`;
    case "age":
      return `age(${p(ir.birth)}, ${p(ir.on)})`;
    case "year":
      return `year(${p(ir.x)})`;
    case "calendar":
      return `${ir.fn}(${ir.args.map(p).join(", ")})`;
    case "bands":
      return `${ir.fn}(${ir.bands}${ir.shift ? ` + ${p(ir.shift)}` : ""}, ${p(ir.x)})`;
    case "present":
      return `present(${p(ir.x)})`;
    case "ledger":
      return `${at(ir.amount, 6)} ${ir.o} ${ir.ledger}`;
    case "tallyRead":
      return `${ir.ledger}.${ir.which}`;
    case "prior":
      return `${p(ir.ref)}.${ir.value}`;
  }
}
