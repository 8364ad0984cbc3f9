// 就高不重复 (RULINGS R7), lowered: which steps of a claim's evaluation depend on the category being tried —
// those that read it, a ledger, or a value that does — and so run once per covered category the person holds;
// the others run once, before.
import type { ForeachIr, Step, StrategyIr } from "../ir/ir.js";
import { containsOp, stepIrs, usesOf } from "../ir/walk.js";

export function strategyOf(foreach: ForeachIr, steps: readonly Step[]): StrategyIr {
  const perCategory = new Set<Step>();
  const perValues = new Set<string>();
  for (const step of steps) {
    const irs = stepIrs(step);
    const depends =
      step.kind === "output" ||
      step.kind === "ledger" ||
      irs.some((ir) => containsOp(ir, "category") || containsOp(ir, "ledger") || containsOp(ir, "tallyRead") || usesOf(ir).some((n) => perValues.has(n)));
    if (!depends) continue;
    perCategory.add(step);
    if (step.kind === "value") perValues.add(step.v.name);
  }
  return { ...foreach, perCategory };
}
