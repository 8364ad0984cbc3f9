// What a module's own claim loop uses of the runtime: the emitter writes, beside evaluate(), a `claimsInto()`
// that evaluates one person's claims in order into the caller's typed columns (runtime/evaluate.ts evaluateInto
// calls it for a person without opening balances; regc run, regc batch and the server evaluate through the object
// form, evaluateClaims). It drives the same PersonContext as the general loop and evaluates every claim by the
// module's own evaluate(), so its results are those of the object form.
import type { Day } from "./date.js";
import { RuleError } from "./errors.js";
import type { EvalContext, LedgerSpec, Status } from "./module.js";

/**
 * Results of many claims in typed columns, one row per claim: its status code (STATUS_CODES) and its outputs in
 * the module's order (`width` per row; money as integers in 分, a flag as 1 or 0, all 0 unless `ok`). Traces are
 * for the object-per-claim form (evaluateClaims).
 */
export interface OutcomeColumns {
  status: Uint8Array;
  outputs: Float64Array;
  width: number;
}

/** Claim statuses as the columns hold them, by code (the index in this list). */
export const STATUS_CODES: readonly Status[] = ["ok", "not_in_force", "excluded", "not_applicable", "not_encoded", "in_force_unknown"];
export const OK = 0;
export const NOT_IN_FORCE = 1;

export function statusCode(s: Status): number {
  switch (s) {
    case "ok":
      return OK;
    case "not_in_force":
      return NOT_IN_FORCE;
    case "excluded":
      return 2;
    case "not_applicable":
      return 3;
    case "not_encoded":
      return 4;
    default:
      return 5;
  }
}

/** The person's context as a claim loop drives it (runtime/evaluate.ts PersonContext). */
export interface ClaimLoopContext<V> extends EvalContext<V> {
  /** Makes `used` the ledgers of the claim's year, copied for putting back when `undo`. */
  openDay(day: Day, ledgers: readonly LedgerSpec[], undo: boolean): void;
  /** Puts back the ledgers of a claim that is not accepted (after openDay with `undo`). */
  rollback(): void;
}

/** A RuleError raised for the claim at `index` is told which claim it arose for; anything else goes on as it is. */
export function atClaim(e: unknown, id: string, index: number): unknown {
  if (e instanceof RuleError) e.locate({ claim: { id, path: `$.claims[${index}]` } });
  return e;
}
