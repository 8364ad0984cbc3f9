// Literals become exact scaled integers: 70% → 70 at scale 2, 1.5万元 → 15000 at scale 0.
import { Decimal } from "decimal.js";
import type { Literal } from "../dsl/ast.js";
import type { Ir } from "./ir.js";
import { isNumeric, T, type Ty } from "./types.js";

/** A decimal value as an integer and its number of decimals. */
export function scaledOf(value: Decimal): { value: number; scale: number } {
  const scale = Math.max(0, value.decimalPlaces());
  return { value: value.mul(new Decimal(10).pow(scale)).toNumber(), scale };
}

/** The exact value a literal stands for, in its unit's base (元, a fraction for %). */
export function literalValue(lit: Literal): Decimal | undefined {
  switch (lit.kind) {
    case "MoneyLit":
      return new Decimal(lit.digits).mul(lit.unit === "万元" ? 10000 : 1);
    case "PercentLit":
    case "PointsLit":
      return new Decimal(lit.digits).div(100);
    case "DurationLit":
    case "NumberLit":
      return new Decimal(lit.digits);
    default:
      return undefined;
  }
}

export function literalIr(lit: Literal, expected: Ty | undefined): Ir {
  const span = lit.span;
  switch (lit.kind) {
    case "BoolLit":
      return { op: "bool", value: lit.value, ty: T.bool, scale: 0, span };
    case "DateLit":
      return { op: "date", iso: lit.iso, ty: T.date, scale: 0, span };
    case "MoneyLit":
      return { op: "num", ...scaledOf(literalValue(lit)!), ty: T.money, span };
    case "PercentLit":
      return { op: "num", ...scaledOf(literalValue(lit)!), ty: T.rate, span };
    case "PointsLit":
      return { op: "num", ...scaledOf(literalValue(lit)!), ty: T.points, span };
    case "DurationLit":
      return { op: "num", value: Number(lit.digits), scale: 0, ty: T.duration(lit.unit), span };
    case "NumberLit": {
      const { value, scale } = scaledOf(literalValue(lit)!);
      // A bare 0 is unit-free: it takes the unit the context expects.
      if (value === 0 && expected && isNumeric(expected)) return { op: "num", value: 0, scale: 0, ty: expected, span };
      return { op: "num", value, scale, ty: scale === 0 ? T.int : T.decimal, span };
    }
  }
}

/** A literal as the JSON a case would carry (for schema defaults). */
export function literalJson(lit: Literal): string | number | boolean {
  switch (lit.kind) {
    case "BoolLit":
      return lit.value;
    case "DateLit":
      return lit.iso;
    case "MoneyLit":
      return literalValue(lit)!.toFixed();
    case "PercentLit":
    case "PointsLit":
      return literalValue(lit)!.toFixed();
    case "DurationLit":
    case "NumberLit":
      return Number(lit.digits);
  }
}
