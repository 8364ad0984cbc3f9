// Whether a rule's literal says the same thing as a number the gazette prints. Values are compared, not
// spellings: ５００元 = 500元, 10万元 = 100000元, 百分之七十 = 70%, 三个月 = 3个月. The source layer has already
// turned the provision's words into exact decimals in base units (numbersIn); this reads the literal alike.
import { Decimal } from "decimal.js";
import type { Literal } from "../../dsl/ast.js";
import type { Quantity, QuantityKind } from "./source/index.js";

/** A literal the check compares, or undefined for one it does not (a yes/no). */
export type Checked =
  | { kind: "money"; value: Decimal }
  | { kind: "percent"; share: Decimal; digits: Decimal }
  | { kind: "points"; digits: Decimal }
  | { kind: "duration"; unit: QuantityKind; value: Decimal }
  | { kind: "number"; value: Decimal }
  | { kind: "date"; iso: string };

const DURATION_KINDS: Readonly<Record<string, QuantityKind>> = { 日: "days", 工作日: "workdays", 个月: "months", 年: "years", 周岁: "age" };

/** Kinds of stated quantity a bare number (`6`, `20`) may count: a factor (6倍) or a count of something. */
const COUNTS: ReadonlySet<QuantityKind> = new Set(["number", "factor", "years", "months", "days", "workdays", "age", "points"]);

export function checkedValue(lit: Literal): Checked | undefined {
  switch (lit.kind) {
    case "MoneyLit":
      return { kind: "money", value: new Decimal(lit.digits).times(lit.unit === "万元" ? 10_000 : 1) };
    case "PercentLit":
      return { kind: "percent", share: new Decimal(lit.digits).div(100), digits: new Decimal(lit.digits) };
    case "PointsLit":
      return { kind: "points", digits: new Decimal(lit.digits) };
    case "DurationLit":
      return { kind: "duration", unit: DURATION_KINDS[lit.unit] ?? "days", value: new Decimal(lit.digits) };
    case "NumberLit":
      return { kind: "number", value: new Decimal(lit.digits) };
    case "DateLit":
      return { kind: "date", iso: lit.iso };
    case "BoolLit":
      return undefined;
  }
}

/** 0 of anything (a zero deductible, `max(0元, …)`) is arithmetic, not a number the text has to print. */
export function isZero(c: Checked): boolean {
  switch (c.kind) {
    case "percent":
      return c.share.isZero();
    case "points":
      return c.digits.isZero();
    case "date":
      return false;
    default:
      return c.value.isZero();
  }
}

export function matches(c: Checked, q: Quantity): boolean {
  if (q.kind === "date") return c.kind === "date" && c.iso === q.value;
  if (c.kind === "date") return false;
  const v = new Decimal(q.value);
  switch (c.kind) {
    case "money":
      // A table column headed （元） prints bare numbers.
      return (q.kind === "money" || q.kind === "number") && v.equals(c.value);
    case "percent":
      return (q.kind === "rate" && v.equals(c.share)) || (q.kind === "points" && v.equals(c.digits));
    case "points":
      // 提高5% in a text that means five points (RULINGS R8).
      return (q.kind === "points" && v.equals(c.digits)) || (q.kind === "rate" && v.equals(c.digits.div(100)));
    case "duration":
      return (q.kind === c.unit || q.kind === "number") && v.equals(c.value);
    case "number":
      return COUNTS.has(q.kind) && v.equals(c.value);
  }
}
