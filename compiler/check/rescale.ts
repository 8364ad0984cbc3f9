// Scale changes between exact values: only upwards, since going down would need a rounding rule.
import type { Ir } from "../ir/ir.js";
import { isNumeric } from "../ir/types.js";

/** Rescales a numeric IR node up to `scale` decimals (never down: that would need a rounding rule). */
export function toScale(x: Ir, scale: number): Ir {
  if (x.scale === scale || !isNumeric(x.ty)) return x;
  if (x.op === "num") return { ...x, value: x.value * 10 ** (scale - x.scale), scale };
  return { op: "up", operand: x, digits: scale - x.scale, ty: x.ty, scale, span: x.span };
}

export function align(a: Ir, b: Ir): [Ir, Ir] {
  const s = Math.max(a.scale, b.scale);
  return [toScale(a, s), toScale(b, s)];
}
