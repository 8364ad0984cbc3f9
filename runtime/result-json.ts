// The `claims` of a result as JSON text, written straight from the outcomes: the text JSON.stringify gives for
// claimResult's objects without a trace (CONTRACTS.md), without building those objects first. A batch run
// writes one of these per case.
import { outputStatusOf, outputValue, type AnyModule, type ClaimOutcome } from "./evaluate.js";
import type { Lang } from "./lang.js";

const keysOf = new WeakMap<AnyModule, string[]>();

export function claimsJson(mod: AnyModule, outcomes: readonly ClaimOutcome[], lang: Lang): string {
  let keys = keysOf.get(mod);
  if (!keys) keysOf.set(mod, (keys = mod.outputs.map((o) => `${JSON.stringify(o.name)}:`)));
  let text = "[";
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i]!;
    text += `${i ? "," : ""}{"id":${JSON.stringify(o.id)},"status":"${o.status}","outputs":{`;
    if (o.outputs) {
      for (let j = 0; j < mod.outputs.length; j++) {
        const spec = mod.outputs[j]!;
        const v = o.unknown?.[spec.name] ? null : outputValue(spec, o.outputs[spec.name] ?? 0, o.status);
        // Output text is an amount or a date (digits, sign, point, dashes): nothing in it needs escaping.
        text += `${j ? "," : ""}${keys[j]}${typeof v === "string" ? `"${v}"` : String(v)}`;
      }
    }
    text += "}";
    // Outputs needing a calendar year no notice arranges (rare): written as claimResult writes them.
    const status = o.unknown && outputStatusOf(o, lang);
    text += status ? `,"outputStatus":${JSON.stringify(status)}}` : "}";
  }
  return text + "]";
}
