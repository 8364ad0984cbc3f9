// Literals become exact scaled integers at the fewest decimals that hold them: 500元 → 500 at scale 0,
// 1.5万元 → 15000 at scale 0, 70% → 7 at scale 1, 4.5% → 45 at scale 3. The integer is computed from the
// digits as written, without rounding; one that is not a safe integer, or needs more decimals than the runtime
// carries, is reported by check-numbers.ts, never emitted.
import { Decimal } from "decimal.js";
import type { Expr, Literal } from "../../dsl/ast.js";
import type { Ir } from "../ir/ir.js";
import { isNumeric, T, type Ty } from "../ir/types.js";

/** The decimal `digits` (ASCII, with an optional point) times 10^shift, as an integer and its decimals. */
export function scaledOf(digits: string, shift = 0): { value: number; scale: number } {
  const [whole, fraction = ""] = digits.split(".");
  let mantissa = BigInt(`${whole}${fraction}` || "0");
  let scale = fraction.length - shift;
  for (; scale < 0; scale++) mantissa *= 10n;
  for (; scale > 0 && mantissa % 10n === 0n; scale--) mantissa /= 10n;
  // Beyond 2^53 this is no longer the exact integer; check-numbers.ts reports it.
  return { value: Number(mantissa), scale };
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
      return { op: "num", ...scaledOf(lit.digits, lit.unit === "万元" ? 4 : 0), ty: T.money, span };
    case "PercentLit":
      return { op: "num", ...scaledOf(lit.digits, -2), ty: T.rate, span };
    case "PointsLit":
      return { op: "num", ...scaledOf(lit.digits, -2), ty: T.points, span };
    case "DurationLit":
      return { op: "num", value: Number(lit.digits), scale: 0, ty: T.duration(lit.unit), span };
    case "NumberLit": {
      const { value, scale } = scaledOf(lit.digits);
      // A bare 0 is unit-free: it takes the unit the context expects.
      if (value === 0 && expected && isNumeric(expected)) return { op: "num", value: 0, scale: 0, ty: expected, span };
      return { op: "num", value, scale, ty: scale === 0 ? T.int : T.decimal, span };
    }
  }
}

/** A literal as the JSON a case would carry (for schema defaults): decimals as text, so nothing is rounded. */
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
      return /^\d+$/.test(lit.digits) ? Number(lit.digits) : lit.digits;
  }
}

/** A bare 0 (`0`, `0.00`): unit-free, it takes the unit of the other operands (`max(0, x)`, `x > 0`). */
export function isZero(e: Expr): boolean {
  return e.kind === "NumberLit" && /^0+(\.0+)?$/.test(e.digits);
}
