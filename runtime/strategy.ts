// 就高不重复 (RULINGS R7): a person holding several categories is evaluated under each one the policy covers,
// starting every time from the same ledgers; the highest result wins (ties: the first category in the
// policy's own order) and only the winner's use of the ledgers counts. Results are never summed.
import { formatScaled } from "./scaled.js";
import type { EvalContext, Outcome, TraceEvent } from "./module.js";

type Evaluation<C, O, V> = (category: C, used: number[], trace: TraceEvent[] | null) => Outcome<O, V>;

export function highest<C extends string, O extends Record<string, number | boolean>, V>(
  held: ReadonlySet<string>,
  covering: readonly C[],
  evaluate: Evaluation<C, O, V>,
  choose: keyof O & string,
  zero: O,
  cx: EvalContext<V>,
  at: number,
): Outcome<O, V> {
  let best: { category: C; outcome: Outcome<O, V>; used: number[]; trace: TraceEvent[] | null } | undefined;
  let other: { outcome: Outcome<O, V>; trace: TraceEvent[] | null } | undefined;
  const notes: string[] = [];
  for (const category of covering) {
    if (!held.has(category)) continue;
    const used = cx.used.slice();
    const trace = cx.trace ? [] : null;
    const outcome = evaluate(category, used, trace);
    const score = outcome.outputs[choose] as number;
    notes.push(`${category}: ${outcome.status === "ok" ? formatScaled(score, 2, 2) : outcome.status}`);
    if (outcome.status === "ok") {
      if (!best || score > (best.outcome.outputs[choose] as number)) best = { category, outcome, used, trace };
    } else if (!other) other = { outcome, trace };
  }
  if (!best) {
    if (cx.trace) {
      if (other?.trace) cx.trace.push(...other.trace);
      cx.trace.push({ at, value: notes.length ? `no category gives a result (${notes.join("; ")})` : "none of the person's categories is covered" });
    }
    return other?.outcome ?? { status: "not_applicable", outputs: zero };
  }
  for (let i = 0; i < best.used.length; i++) cx.used[i] = best.used[i]!;
  if (cx.trace) {
    cx.trace.push(...best.trace!);
    cx.trace.push({ at, value: notes.length > 1 ? `${best.category} (${notes.join("; ")})` : best.category });
  }
  return best.outcome;
}
