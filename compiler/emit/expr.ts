// Typed IR expressions → TypeScript expressions over the runtime's exact scaled-integer helpers.
import { dayFromParts } from "../../runtime/date.js";
import type { Ir } from "../ir/ir.js";
import type { Ty } from "../ir/types.js";
import { tsComment, tsNumber, tsString } from "./escape.js";
import { jsName } from "./names.js";
import { builtin } from "../builtins/index.js";

export interface ExprContext {
  /** The second argument of evaluate(): `claim` for claims policies, `on` for facts policies. */
  claimVar: string;
  /** Index of each ledger in `cx.used`, its provenance index, and its kind. */
  ledgers: Map<string, { index: number; at: number }>;
  /** Module-level constant holding a band schedule at given scales. */
  bandsConst(name: string, amountScale: number, rateScale: number): string;
  bandsCitation(name: string): string;
  /** Values that may be unknown because they need a calendar year no notice arranges (lower/calendar-needs.ts). */
  calendarValues: ReadonlySet<string>;
  /** The named trace point of a provenance index (`point.特殊疾病限额`). */
  point(at: number): string;
  /** The module constant holding a parameter `digits` decimals finer, derived once; undefined for a non-parameter. */
  scaledParam(name: string, digits: number, table: boolean): string | undefined;
  /**
   * A table read with the category being evaluated (就高不重复): the constant holding its rows in the order of
   * `covering`, to be read with the category's index (`类别_k`) rather than by name.
   */
  byCategory(table: string): string;
}

export function emitExpr(ir: Ir, cx: ExprContext): string {
  const e = (x: Ir) => emitExpr(x, cx);
  switch (ir.op) {
    case "num":
      return tsNumber(ir.value);
    case "bool":
      return String(ir.value);
    case "date": {
      const [y, m, d] = ir.iso.split("-").map(Number) as [number, number, number];
      return `/* ${tsComment(ir.iso)} */ ${tsNumber(dayFromParts(y, m, d))}`;
    }
    case "enum":
      return tsString(ir.member);
    case "input": {
      const access = `${ir.scope === "claim" ? cx.claimVar : ir.scope}.${ir.field}`;
      return ir.optional && !ir.guarded ? `rt.need(${access}, ${tsString(`${ir.scope}.${ir.field}`)}, ${tsString(ir.citation)})` : access;
    }
    case "ref":
      // Reading a value that is unknown makes the reader unknown (caught around the reading value).
      return cx.calendarValues.has(ir.name) ? `(${jsName(ir.name)}_u ? rt.raise(${jsName(ir.name)}_u) : ${jsName(ir.name)})` : jsName(ir.name);
    case "index":
      return ir.key.op === "category" ? `${cx.byCategory(jsName(ir.table))}[${categoryIndex(ir.key.name)}]` : `${jsName(ir.table)}[${e(ir.key)}]`;
    case "neg":
      return `-${wrap(e(ir.operand))}`;
    case "not":
      return `!${wrap(e(ir.operand))}`;
    case "arith": {
      // A sum of several terms, as the rule file writes it, is one call rather than nested pairs.
      const terms = ir.operator === "+" ? addends(ir) : [];
      if (terms.length > 2) return `rt.sum(${terms.map(e).join(", ")})`;
      return `rt.${ir.operator === "+" ? "add" : ir.operator === "-" ? "sub" : "mul"}(${e(ir.left)}, ${e(ir.right)})`;
    }
    case "dateShift":
      return dateShift(ir.operator, e(ir.date), e(ir.by), ir.by.ty);
    case "dateDiff":
      return `(${e(ir.left)} - ${e(ir.right)})`;
    case "cmp": {
      const op = ir.operator === "=" ? "===" : ir.operator === "!=" ? "!==" : ir.operator;
      return `${e(ir.left)} ${op} ${e(ir.right)}`;
    }
    case "logic":
      return `${wrap(e(ir.left))} ${ir.operator === "and" ? "&&" : "||"} ${wrap(e(ir.right))}`;
    case "in": {
      const x = e(ir.subject);
      // Comparisons rather than an array literal's includes(): no array is allocated on every evaluation.
      const test = ir.members.map((m) => `${x} === ${tsString(m)}`).join(" || ");
      return ir.negated ? `!(${test})` : `(${test})`;
    }
    case "if":
      return `(${e(ir.cond)} ? ${e(ir.ifTrue)} : ${e(ir.ifFalse)})`;
    case "up": {
      // A parameter read at a finer scale is rescaled once, when the module loads, not on every claim.
      const x = ir.operand;
      const scaled =
        x.op === "ref" && !cx.calendarValues.has(x.name)
          ? cx.scaledParam(x.name, ir.digits, false)
          : x.op === "index"
            ? cx.scaledParam(x.table, ir.digits, true)
            : undefined;
      if (scaled !== undefined && x.op === "index")
        return x.key.op === "category" ? `${cx.byCategory(scaled)}[${categoryIndex(x.key.name)}]` : `${scaled}[${e(x.key)}]`;
      if (scaled !== undefined) return scaled;
      return `rt.up(${e(x)}, ${tsNumber(ir.digits)})`;
    }
    case "call":
      return builtin(ir.fn)!.emit(ir, { args: ir.args.map(e), cx, emit: e });
    case "ledger": {
      const l = cx.ledgers.get(ir.ledger)!;
      return `rt.${ir.take}(used, ${l.index}, ${jsName(ir.ledger)}, ${e(ir.amount)}, tr, ${cx.point(l.at)})`;
    }
    case "category":
      return jsName(ir.name);
    case "tallyRead":
      return `${jsName(ir.ledger)}_${ir.which}`;
    case "prior": {
      const c = ir.claim;
      const ref = c.op === "input" ? `${c.scope === "claim" ? cx.claimVar : c.scope}.${c.field}` : e(c);
      const field = c.op === "input" ? `${c.scope}.${c.field}` : "reference";
      const prior = `cx.prior(${c.op === "input" && c.optional && !c.guarded ? e(c) : ref}, ${tsString(field)})`;
      return cx.calendarValues.has(ir.value) ? `rt.priorValue(${prior}, ${tsString(jsName(ir.value))})` : `${prior}.${jsName(ir.value)}`;
    }
  }
}

/**
 * Whether the code emitExpr() writes for `ir` may raise a rule error: it calls something (an exact-arithmetic
 * helper that checks the range, a builtin, a ledger, a missing input, a date shift, a prior claim).
 * Comparisons, logic, choices, literals, names and table reads call nothing. A step whose code raises nothing
 * needs no `at` of its own: an error is always raised inside a step that has one. Ask after the expression is
 * emitted (a parameter's finer-scale constant is registered by then).
 */
export function mayRaise(ir: Ir, cx: ExprContext): boolean {
  const m = (x: Ir) => mayRaise(x, cx);
  switch (ir.op) {
    case "num":
    case "bool":
    case "date":
    case "enum":
    case "category":
    case "tallyRead":
      return false;
    case "input":
      return ir.optional && !ir.guarded;
    case "ref":
      return cx.calendarValues.has(ir.name);
    case "index":
      return ir.key.op === "category" ? false : m(ir.key);
    case "neg":
    case "not":
      return m(ir.operand);
    case "dateDiff":
    case "cmp":
    case "logic":
      return m(ir.left) || m(ir.right);
    case "in":
      return m(ir.subject);
    case "if":
      return m(ir.cond) || m(ir.ifTrue) || m(ir.ifFalse);
    case "up": {
      const x = ir.operand;
      if (x.op === "ref" && !cx.calendarValues.has(x.name) && cx.scaledParam(x.name, ir.digits, false) !== undefined) return false;
      if (x.op === "index" && cx.scaledParam(x.table, ir.digits, true) !== undefined) return m(x.key);
      return true;
    }
    case "dateShift":
    case "arith":
    case "call":
    case "ledger":
    case "prior":
      return true;
  }
}

/** The parameter of byCategory() holding the index in `covering` of the category evaluated: `类别_k`. */
export function categoryIndex(variable: string): string {
  return `${jsName(variable)}_k`;
}

/** The terms of a sum written `a + b + c`: nested additions, left to right. */
function addends(ir: Ir): Ir[] {
  return ir.op === "arith" && ir.operator === "+" ? [...addends(ir.left), ...addends(ir.right)] : [ir];
}

function dateShift(o: "+" | "-", date: string, by: string, unit: Ty): string {
  const n = o === "-" ? `-${wrap(by)}` : by;
  switch (unit.k === "duration" ? unit.unit : "日") {
    case "个月":
      return `rt.addMonths(${date}, ${n})`;
    case "年":
      return `rt.addYears(${date}, ${n})`;
    case "工作日":
      return `cal.addWorkingDays(${date}, ${n}, tr)`;
    default:
      return `(${date} ${o} ${by})`;
  }
}

function wrap(code: string): string {
  return /^[\p{L}\p{N}_$.]+$/u.test(code) ? code : `(${code})`;
}
