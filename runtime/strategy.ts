// 就高不重复 (RULINGS R7): a person holding several categories is evaluated under each one the policy covers,
// starting every time from the same ledgers; the highest result wins (ties: the first category in the
// policy's own order) and only the winner's use of the ledgers counts. Results are never summed.
// This runs once per claim, so the common case (one covered category) evaluates straight on the claim's
// scratch ledgers, and the notes naming every category's result are only written when the claim is traced.
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
  let count = 0;
  let only: C | undefined;
  for (const category of covering) {
    if (held.has(category)) {
      count++;
      only = category;
    }
  }
  if (count === 0) {
    if (cx.trace) cx.trace.push({ at, value: "none of the person's categories is covered" });
    return { status: "not_applicable", outputs: zero };
  }
  if (count === 1) {
    // The runner commits cx.used only for an `ok` outcome, so the sole candidate may use it directly.
    const outcome = evaluate(only!, cx.used, cx.trace);
    if (cx.trace) cx.trace.push({ at, value: outcome.status === "ok" ? only! : `no category gives a result (${note(only!, outcome, choose)})` });
    return outcome;
  }
  let best: { category: C; outcome: Outcome<O, V>; used: number[]; trace: TraceEvent[] | null } | undefined;
  let other: { outcome: Outcome<O, V>; trace: TraceEvent[] | null } | undefined;
  const notes: string[] | null = cx.trace ? [] : null;
  for (const category of covering) {
    if (!held.has(category)) continue;
    const used = cx.used.slice();
    const trace = cx.trace ? [] : null;
    const outcome = evaluate(category, used, trace);
    if (notes) notes.push(note(category, outcome, choose));
    if (outcome.status === "ok") {
      if (!best || (outcome.outputs[choose] as number) > (best.outcome.outputs[choose] as number)) best = { category, outcome, used, trace };
    } else if (!other) other = { outcome, trace };
  }
  if (!best) {
    if (cx.trace) {
      if (other?.trace) cx.trace.push(...other.trace);
      cx.trace.push({ at, value: `no category gives a result (${notes!.join("; ")})` });
    }
    return other!.outcome;
  }
  for (let i = 0; i < best.used.length; i++) cx.used[i] = best.used[i]!;
  if (cx.trace) {
    cx.trace.push(...best.trace!);
    cx.trace.push({ at, value: `${best.category} (${notes!.join("; ")})` });
  }
  return best.outcome;
}

function note<O extends Record<string, number | boolean>, V>(category: string, outcome: Outcome<O, V>, choose: keyof O & string): string {
  return `${category}: ${outcome.status === "ok" ? formatScaled(outcome.outputs[choose] as number, 2, 2) : outcome.status}`;
}
