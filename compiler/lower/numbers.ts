// Every number a generated module computes with is a safe integer at a scale the runtime carries, or the
// rule file is in error here: a literal too large to hold exactly at its decimals (90071992547409.93元 is
// 9007199254740993 分, beyond 2^53 − 1), and a literal or a computation needing more decimals than the
// runtime's powers of ten (0.00000000000000001% has 19). Nothing is rounded or written as a float in its place.
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Exact from "../messages/exact-numbers.js";
import { MAX_SCALE } from "../../runtime/scaled.js";
import type { Ir, UnitIr } from "../ir/ir.js";
import { children, stepIrs, walk } from "../ir/walk.js";
import { isNumeric } from "../ir/types.js";
import { builtin } from "../builtins/index.js";

const MAX = Number.MAX_SAFE_INTEGER;

export function checkNumbers(unit: UnitIr, diagnostics: Diagnostic[]): void {
  const reported = new Set<string>();
  const report = (ir: Ir, d: Diagnostic) => {
    const key = `${ir.span.file}:${ir.span.start.offset}`;
    if (reported.has(key)) return;
    reported.add(key);
    diagnostics.push(d);
  };
  const notHeld = (n: Ir, what: Exact.NotHeld) => report(n, diagnose(Exact.notHeldExactly, n.span, { what, max: MAX, maxScale: MAX_SCALE }));
  // A reference carries the scale of what it names, which is reported where that is declared; otherwise the
  // node whose operands are fine but whose own scale is too fine is the one to report.
  const tooFine = (n: Ir) => isNumeric(n.ty) && n.scale > MAX_SCALE;
  const names = new Set<Ir["op"]>(["ref", "index", "prior", "tallyRead", "category", "input"]);
  const check = (root: Ir) =>
    walk(root, (n) => {
      if (tooFine(n)) {
        if (names.has(n.op) || children(n).some(tooFine)) return;
        report(n, diagnose(Exact.tooManyDecimals, n.span, { scale: n.scale, maxScale: MAX_SCALE }));
      } else if (n.op === "num" && !Number.isSafeInteger(n.value)) {
        notHeld(n, { kind: "number", scale: n.scale });
      } else if (n.op === "call") {
        const what = builtin(n.fn)?.inexact?.(n, unit);
        if (what) notHeld(n, what);
      }
    });
  for (const p of unit.params) {
    if (p.value) check(p.value);
    for (const row of p.table?.rows.values() ?? []) check(row);
  }
  for (const step of unit.steps) stepIrs(step).forEach(check);
  if (unit.strategy) check(unit.strategy.set);
}
