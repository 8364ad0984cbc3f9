// 就高不重复 (RULINGS R7): a person holding several categories is evaluated under each one the policy covers,
// starting every time from the same ledgers; the highest result wins (ties: the first category in the
// policy's own order) and only the winner's use of the ledgers counts. Results are never summed.
// The categories a person holds are found once per person (EvalContext.covered). A claim under one covered
// category is evaluated straight on the year's ledgers by the generated code (`only`); this ranks two or more,
// each on a scratch copy of the ledgers, keeping the best outputs in a scratch array: nothing is allocated but
// the notes naming every category's result, written only when the claim is traced.
import { formatScaled } from "./scaled.js";
import type { EvalContext, Status, TraceEvent } from "./module.js";

/** Evaluates the claim under `covering[k]`. */
type Evaluation = (k: number, used: number[], trace: TraceEvent[] | null) => Status;

// Scratch slots of EvalContext.scratch: the trial ledgers, the best candidate's ledgers and its outputs.
const TRIAL = 0;
const BEST = 1;
const BEST_OUT = 2;

/** A table's rows in the order of `covering`: read by a category's index on every claim rather than by its name. */
export function inOrder<C extends string, T>(covering: readonly C[], table: Readonly<Record<C, T>>): readonly T[] {
  return covering.map((c) => table[c]);
}

/** A person holding none of the covered categories: the policy does not apply to the claim. */
export function noneCovered<V>(cx: EvalContext<V>, at: number): Status {
  if (cx.trace) cx.trace.push({ at, value: "none of the person's categories is covered" });
  return "not_applicable";
}

/** The result of the one covered category a person holds, evaluated on the year's ledgers themselves. */
export function only<V>(cx: EvalContext<V>, category: string, status: Status, choose: number, at: number): Status {
  if (cx.trace) cx.trace.push({ at, value: status === "ok" ? category : `no category gives a result (${note(category, status, cx.out[choose])})` });
  return status;
}

/** Ranks two or more covered categories; `choose` is the index of the output compared. */
export function highest<V>(cx: EvalContext<V>, held: readonly number[], covering: readonly string[], evaluate: Evaluation, choose: number, at: number): Status {
  const base = cx.used;
  const n = base.length;
  let trial = cx.scratch(TRIAL, n);
  let bestUsed = cx.scratch(BEST, n);
  let bestOut: (number | boolean)[] = [];
  let best = -1;
  let bestValue = 0;
  let bestValues: V | undefined;
  let bestUnknown: EvalContext<V>["unknown"];
  let bestTrace: TraceEvent[] | null = null;
  let other: Status | undefined;
  let otherTrace: TraceEvent[] | null = null;
  const notes: string[] | null = cx.trace ? [] : null;
  for (const k of held) {
    for (let i = 0; i < n; i++) trial[i] = base[i]!;
    const trace = cx.trace ? [] : null;
    cx.unknown = undefined;
    cx.values = undefined;
    const status = evaluate(k, trial, trace);
    const value = cx.out[choose] as number;
    if (notes) notes.push(note(covering[k]!, status, value));
    if (status === "ok") {
      if (best < 0 || value > bestValue) {
        best = k;
        bestValue = value;
        bestValues = cx.values;
        bestUnknown = cx.unknown;
        bestTrace = trace;
        bestOut = cx.scratch(BEST_OUT, cx.out.length);
        for (let i = 0; i < bestOut.length; i++) bestOut[i] = cx.out[i]!;
        const t = bestUsed;
        bestUsed = trial;
        trial = t;
      }
    } else if (other === undefined) {
      other = status;
      otherTrace = trace;
    }
  }
  if (best < 0) {
    if (cx.trace) {
      if (otherTrace) cx.trace.push(...otherTrace);
      cx.trace.push({ at, value: `no category gives a result (${notes!.join("; ")})` });
    }
    return other!;
  }
  for (let i = 0; i < n; i++) base[i] = bestUsed[i]!;
  for (let i = 0; i < bestOut.length; i++) cx.out[i] = bestOut[i]!;
  cx.category = covering[best];
  cx.values = bestValues;
  cx.unknown = bestUnknown;
  if (cx.trace) {
    cx.trace.push(...bestTrace!);
    cx.trace.push({ at, value: `${covering[best]} (${notes!.join("; ")})` });
  }
  return "ok";
}

function note(category: string, status: Status, value: number | boolean | undefined): string {
  return `${category}: ${status === "ok" ? formatScaled(value as number, 2, 2) : status}`;
}
