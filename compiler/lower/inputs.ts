// The input contract: which facts a case must give. A field some rule reads is required unless the law makes
// its absence mean a value (a default, with its reason) or requires it only in some cases (`required when …`,
// stated in the forms a JSON Schema can check: lower/case-condition.ts); a field no rule reads is optional and
// ignored (CONTRACTS.md: one schema per family). `signed` lets a number be negative. The case schema
// (emit/schema.ts) and `regc run`'s validation both read this contract, so they demand the same fields.
import type { Diagnostic } from "../../dsl/diagnostic.js";
import type { FieldSpec } from "../../runtime/module.js";
import type { InputIr, InputTraced, Step, StrategyIr, ValueIr } from "../ir/ir.js";
import { stepIrs, walk } from "../ir/walk.js";
import type { Symbols } from "../resolve/symbols.js";
import { caseCondition } from "./case-condition.js";

export interface InputContract {
  person: FieldSpec[];
  claim: FieldSpec[];
  facts: FieldSpec[];
  /** The inputs as the trace records them, in declaration order. */
  traced: InputTraced[];
}

export function inputContract(
  inputs: readonly InputIr[],
  mode: "claims" | "facts",
  steps: readonly Step[],
  strategy: StrategyIr | undefined,
  symbols: Symbols,
  values: readonly ValueIr[],
  diagnostics: Diagnostic[],
): InputContract {
  // `scope.field` of every input some rule reads (a facts policy's case date is read as claim.date).
  const used = new Set<string>();
  for (const step of steps)
    for (const ir of stepIrs(step)) walk(ir, (n) => n.op === "input" && used.add(`${n.scope === "claim" && mode === "facts" ? "facts" : n.scope}.${n.field}`));
  if (strategy) walk(strategy.set, (n) => n.op === "input" && used.add(`${n.scope}.${n.field}`));
  const byName = new Map(values.map((v) => [v.name, v]));
  const spec = (i: InputIr): FieldSpec => {
    const isUsed = used.has(`${i.scope}.${i.name}`);
    const out: FieldSpec = { name: i.name, type: i.type, required: isUsed && !i.optional && i.default === undefined && !i.requiredWhen };
    if (i.label) out.label = i.label;
    if (i.signed) out.signed = true;
    if (i.default !== undefined) out.default = i.default;
    const when = i.requiredWhen;
    if (when?.condition) {
      const scope = i.scope === "claim" && mode === "facts" ? "facts" : i.scope;
      const condition = caseCondition(when.condition, scope, symbols.enums, (name) => byName.get(name), diagnostics);
      if (condition && isUsed) out.requiredWhen = { condition, text: when.text };
    }
    return out;
  };
  const scaleOf = (i: InputIr) => (i.ty.k === "money" ? 2 : i.ty.k === "rate" || i.ty.k === "decimal" ? 4 : 0);
  return {
    person: inputs.filter((i) => i.scope === "person").map(spec),
    claim: inputs.filter((i) => i.scope === "claim").map(spec),
    facts: inputs.filter((i) => i.scope === "facts").map(spec),
    traced: inputs
      .filter((i) => i.ty.k !== "error")
      .map((i) => ({
        name: `${i.scope}.${i.name}`,
        at: -1,
        origin: { kind: "input", ...(i.label ? { label: i.label } : {}), articles: [], rulings: [], span: i.span, reads: [] },
        scope: i.scope,
        field: i.name,
        ty: i.ty,
        scale: scaleOf(i),
      })),
  };
}
