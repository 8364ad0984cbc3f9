// marginal and bracket: a band schedule (`bands NAME { 0元 < x <= 30000元: 50% … }`) applied to an amount,
// optionally with every rate shifted by percentage points (`分段 + 5个百分点`, RULINGS R8). The schedule is
// the call's first argument, as a reference; its edges and rates are module constants at the call's scales.
import type { Expr } from "../../dsl/ast.js";
import { suggest } from "../../dsl/suggest.js";
import { MAX_SCALE } from "../../runtime/scaled.js";
import { toScale } from "../check/rescale.js";
import { tsString } from "../emit/escape.js";
import type { BandsIr, Ir } from "../ir/ir.js";
import { T } from "../ir/types.js";
import * as Types from "../messages/types.js";
import type { Builtin, BuiltinExample, CallIr } from "./builtin.js";

/** The schedule, the amount and the shift (or null) of a lowered call, and the scales its constants are at. */
export function scheduleCall(node: CallIr): { bands: string; x: Ir; shift: Ir | null; amountScale: number; rateScale: number } {
  // [schedule, amount] or [schedule, shift, amount]: the order the rule is read in (usesOf, the trace).
  const ref = node.args[0]!;
  const x = node.args.at(-1)!;
  const shift = node.args.length === 3 ? node.args[1]! : null;
  const rateScale = node.fn === "marginal" ? node.scale - x.scale : node.scale;
  return { bands: ref.op === "ref" ? ref.name : "", x, shift, amountScale: x.scale, rateScale };
}

export function schedule(name: "marginal" | "bracket", doc: string, examples: BuiltinExample[]): Builtin {
  return {
    name,
    signature: `${name}(bands, amount)`,
    doc,
    arity: [2, 2],
    check({ call, check, diagnose, failed, env }) {
      let bandsExpr: Expr = call.args[0]!;
      while (bandsExpr.kind === "ParenExpr") bandsExpr = bandsExpr.inner;
      // `分段 + 5个百分点`: the schedule with every rate raised (RULINGS R8).
      let shift: Ir | null = null;
      if (bandsExpr.kind === "BinaryExpr" && (bandsExpr.op === "+" || bandsExpr.op === "-")) {
        const p = check(bandsExpr.right, T.points);
        if (p.ty.k === "error") return p;
        if (p.ty.k !== "points") return diagnose(Types.bandShift, bandsExpr.right.span, { fn: name, found: p.ty });
        shift = bandsExpr.op === "-" ? { op: "neg", operand: p, ty: p.ty, scale: p.scale, span: p.span } : p;
        bandsExpr = bandsExpr.left;
      }
      if (bandsExpr.kind !== "NameRef" || !env.symbols.bands.has(bandsExpr.name.name)) {
        const bands = [...env.symbols.bands.keys()];
        return diagnose(Types.bandsNeeded, bandsExpr.span, { fn: name, bands, meant: suggest(bandsExpr.kind === "NameRef" ? bandsExpr.name.name : "", bands) });
      }
      const x = check(call.args[1]!, T.money);
      if (x.ty.k === "error") return x;
      if (x.ty.k !== "money") return diagnose(Types.bandAmount, call.args[1]!.span, { fn: name, bands: bandsExpr.name.name, found: x.ty });
      const scales = env.bandsScales(bandsExpr.name.name);
      if (!scales) return failed(call.span);
      const amountScale = Math.max(x.scale, scales.amountScale);
      const rateScale = Math.max(scales.rateScale, shift?.scale ?? 0);
      const ref: Ir = { op: "ref", name: bandsExpr.name.name, ty: T.bands, scale: 0, span: bandsExpr.span };
      return {
        op: "call",
        fn: name,
        args: shift ? [ref, toScale(shift, rateScale), toScale(x, amountScale)] : [ref, toScale(x, amountScale)],
        ty: name === "marginal" ? T.money : T.rate,
        scale: name === "marginal" ? amountScale + rateScale : rateScale,
        span: call.span,
      };
    },
    emit(node, { cx, emit }) {
      const { bands, x, shift, amountScale, rateScale } = scheduleCall(node);
      const c = cx.bandsConst(bands, amountScale, rateScale);
      const by = shift ? emit(shift) : "0";
      if (name === "marginal") return `rt.marginal(${emit(x)}, ${c}.lowers, ${c}.uppers, ${c}.rates, ${by})`;
      const rate = `rt.bracket(${emit(x)}, ${c}.lowers, ${c}.lowerInclusive, ${c}.uppers, ${c}.upperInclusive, ${c}.rates, ${tsString(bands)}, ${tsString(cx.bandsCitation(bands))})`;
      return shift ? `rt.add(${rate}, ${by})` : rate;
    },
    inexact(node, unit) {
      const { bands, amountScale, rateScale } = scheduleCall(node);
      const b = unit.bands.find((s) => s.name === bands);
      if (!b || fits(b, amountScale, rateScale)) return undefined;
      return { kind: "bands", name: bands, amountScale, rateScale };
    },
    print(node, print) {
      const { bands, x, shift } = scheduleCall(node);
      return `${name}(${bands}${shift ? ` + ${print(shift)}` : ""}, ${print(x)})`;
    },
    examples,
  };
}

/** Whether a schedule, rescaled as the emitter writes it, stays within safe integers. */
function fits(b: BandsIr, amountScale: number, rateScale: number): boolean {
  const ok = (n: number, by: number) => by >= 0 && by <= MAX_SCALE && Number.isSafeInteger(n * 10 ** by);
  return (
    b.amountScale <= MAX_SCALE &&
    b.rateScale <= MAX_SCALE &&
    [...b.lowers, ...b.uppers].every((n) => ok(n, amountScale - b.amountScale)) &&
    b.rates.every((r) => ok(r, rateScale - b.rateScale))
  );
}
