// A band schedule must tile its range: each band starts exactly where the previous one ends, and each
// shared edge belongs to exactly one of the two bands (RULINGS R1 decides which, the author declares it).
import type { BandsDecl, Expr } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Tables from "../messages/tables.js";
import { checkExpr, type Env } from "./expr.js";
import type { BandsIr } from "../ir/ir.js";
import { T } from "../ir/types.js";

type BandsShape = Omit<BandsIr, "name" | "at" | "origin">;

export function checkBands(decl: BandsDecl, env: Env, diagnostics: Diagnostic[]): BandsShape | undefined {
  const report = (span: BandsDecl["span"], problem: Tables.BandProblem): undefined => {
    diagnostics.push(diagnose(Tables.bandsNotTiled, span, { problem, name: decl.name.name }));
    return undefined;
  };
  const constant = (e: Expr, ty: typeof T.money): { value: number; scale: number } | undefined => {
    const ir = checkExpr(env, e, ty);
    if (ir.ty.k === "error") return undefined;
    if (ir.op !== "num" || ir.ty.k !== ty.k) {
      diagnostics.push(diagnose(Tables.bandNotNumber, e.span, { kind: ty.k === "money" ? "money" : "rate", found: ir.ty }));
      return undefined;
    }
    return { value: ir.value, scale: ir.scale };
  };
  if (!decl.bands.length) return report(decl.name.span, "noBands");
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
      report(band.span, "noLower");
      return;
    }
    if (!band.upper && !last) {
      ok = false;
      report(band.span, "openEnded");
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
      return report(decl.bands[i]!.span, "upperNotAbove");
    }
    if (i === 0) continue;
    const prevUpper = at(uppers[i - 1]!, amountScale);
    const lower = at(lowers[i]!, amountScale);
    const band = decl.bands[i]!;
    if (lower > prevUpper) return report(band.span, "gap");
    if (lower < prevUpper) return report(band.span, "overlap");
    if (upperInclusive[i - 1] === lowerInclusive[i]) return report(band.span, upperInclusive[i - 1] ? "edgeBoth" : "edgeNeither");
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
