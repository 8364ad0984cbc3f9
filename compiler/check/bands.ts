// A band schedule must tile its range: each band starts exactly where the previous one ends, and each
// shared edge belongs to exactly one of the two bands (RULINGS R1 decides which, the author declares it).
import type { BandsDecl, Expr } from "../../dsl/ast.js";
import { error, type Diagnostic } from "../../dsl/diagnostic.js";
import { checkExpr, type Env } from "./expr.js";
import type { BandsIr } from "../ir/ir.js";
import { showType, T } from "../ir/types.js";

type BandsShape = Omit<BandsIr, "name" | "at" | "origin">;

export function checkBands(decl: BandsDecl, env: Env, diagnostics: Diagnostic[]): BandsShape | undefined {
  const report = (span: BandsDecl["span"], message: string, help: string): undefined => {
    diagnostics.push(error("E0404", span, message, help));
    return undefined;
  };
  const constant = (e: Expr, ty: typeof T.money): { value: number; scale: number } | undefined => {
    const ir = checkExpr(env, e, ty);
    if (ir.ty.k === "error") return undefined;
    if (ir.op !== "num" || ir.ty.k !== ty.k) {
      diagnostics.push(
        error(
          "E0405",
          e.span,
          `a band ${ty.k === "money" ? "edge must be an amount" : "rate must be a rate"} written as a number (like ${ty.k === "money" ? "30000元" : "53%"}), found ${showType(ir.ty)}`,
          `write the ${ty.k === "money" ? "amount" : "rate"} the gazette prints, e.g. ${ty.k === "money" ? "30000元" : "53%"}, not a name or a calculation`,
        ),
      );
      return undefined;
    }
    return { value: ir.value, scale: ir.scale };
  };
  if (!decl.bands.length)
    return report(decl.name.span, `band schedule "${decl.name.name}" has no bands`, "write one band per line: 0元 < x <= 30000元: 50% @ 第X条");
  const lowers: { value: number; scale: number }[] = [];
  const uppers: { value: number; scale: number }[] = [];
  const rates: { value: number; scale: number }[] = [];
  const lowerInclusive: boolean[] = [];
  const upperInclusive: boolean[] = [];
  let ok = true;
  decl.bands.forEach((band, i) => {
    const last = i === decl.bands.length - 1;
    if (!band.lower) {
      ok = false;
      report(band.span, "every band needs its lower edge", "write the first band as 0元 < x <= …");
      return;
    }
    if (!band.upper && !last) {
      ok = false;
      report(band.span, "only the last band may be open-ended", "give this band an upper edge: … < x <= 30000元");
      return;
    }
    const lo = constant(band.lower.value, T.money);
    const hi = band.upper ? constant(band.upper.value, T.money) : undefined;
    const rate = constant(band.rate, T.rate);
    if (!lo || (band.upper && !hi) || !rate) {
      ok = false;
      return;
    }
    lowers.push(lo);
    lowerInclusive.push(band.lower.inclusive);
    if (hi) {
      uppers.push(hi);
      upperInclusive.push(band.upper!.inclusive);
    }
    rates.push(rate);
  });
  if (!ok) return undefined;
  const amountScale = Math.max(...lowers.map((l) => l.scale), ...uppers.map((u) => u.scale));
  const rateScale = Math.max(...rates.map((r) => r.scale));
  const at = (x: { value: number; scale: number }, s: number) => x.value * 10 ** (s - x.scale);
  for (let i = 0; i < decl.bands.length; i++) {
    if (i < uppers.length && at(uppers[i]!, amountScale) <= at(lowers[i]!, amountScale)) {
      return report(
        decl.bands[i]!.span,
        "this band's upper edge is not above its lower edge",
        "write the lower edge on the left and a larger upper edge on the right: 30000元 < x <= 100000元",
      );
    }
    if (i === 0) continue;
    const prevUpper = at(uppers[i - 1]!, amountScale);
    const lower = at(lowers[i]!, amountScale);
    const band = decl.bands[i]!;
    if (lower > prevUpper) return report(band.span, "there is a gap between this band and the one before", "start this band where the previous one ends");
    if (lower < prevUpper) return report(band.span, "this band overlaps the one before", "start this band where the previous one ends");
    if (upperInclusive[i - 1] === lowerInclusive[i]) {
      return report(
        band.span,
        upperInclusive[i - 1]
          ? "the shared edge belongs to both this band and the one before"
          : "the shared edge belongs to neither this band nor the one before",
        "use <= on one side and < on the other (RULINGS R1: 以下/以内/含 include the number, 超过/以上… as the text says)",
      );
    }
  }
  return {
    lowers: lowers.map((l) => at(l, amountScale)),
    lowerInclusive,
    uppers: uppers.map((u) => at(u, amountScale)),
    upperInclusive,
    rates: rates.map((r) => at(r, rateScale)),
    amountScale,
    rateScale,
  };
}
