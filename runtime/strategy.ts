// 就高不重复 (RULINGS R7): a person holding several categories is evaluated under each one the policy covers,
// starting every time from the same ledgers; the highest result wins (ties: the first category in the
// policy's own order) and only the winner's use of the ledgers counts. Results are never summed.
// The categories a person holds are found once per person (EvalContext.covered). A claim under one covered
// category is evaluated straight on the year's ledgers by the generated code (`only`); this ranks two or more,
// each on a scratch copy of the ledgers in the loop the generated code writes (Ranking): the best so far keeps its
// ledgers by swapping lists, and its outputs stay where it wrote them until another category is evaluated.
// Nothing is allocated but the record of every category's result, kept only when the claim is traced (as data:
// ranking-trace.ts; worded when the trace is printed).
import { amounts } from "./ledger.js";
import type { EvalContext, Status, TraceEvent } from "./module.js";
import type { CategoryTried } from "./ranking-trace.js";

/** A table's rows in the order of `covering`: read by a category's index on every claim rather than by its name. */
export function inOrder<C extends string, T>(covering: readonly C[], table: Readonly<Record<C, T>>): readonly T[] {
  return covering.map((c) => table[c]);
}

/** A person holding none of the covered categories: the policy does not apply to the claim. */
export function noneCovered<V>(cx: EvalContext<V>, at: number): Status {
  if (cx.trace) cx.trace.push({ at, ranking: { chosen: undefined, tried: [] } });
  return "not_applicable";
}

/** The result of the one covered category a person holds, evaluated on the year's ledgers themselves. */
export function only<V>(cx: EvalContext<V>, category: string, status: Status, choose: number, at: number): Status {
  if (cx.trace)
    cx.trace.push({ at, ranking: { chosen: status === "ok" ? category : undefined, tried: [{ category, status, amount: cx.out[choose] as number }] } });
  return status;
}

/**
 * Ranks two or more covered categories in the loop the generated rankCategories() writes, with no closure per
 * claim: for each category `consider(k, byCategory(k, …, trial(), trace()))`, then `finish()`. One ranking runs
 * at a time (a category's steps never rank), so one object serves every claim.
 */
export class Ranking<V = unknown> {
  private cx!: EvalContext<V>;
  private covering: readonly string[] = [];
  private choose = 0;
  private at = 0;
  private base: number[] = [];
  // The ledgers a category is evaluated on, and those the best so far left: swapped, never copied between.
  private trialUsed: number[] = amounts();
  private bestUsed: number[] = amounts();
  private readonly bestOut: (number | boolean)[] = [];
  private best = -1;
  // Whether the best is the category evaluated last: its outputs are still in cx.out.
  private bestLast = false;
  private bestValue = 0;
  private bestValues: V | undefined;
  private bestUnknown: EvalContext<V>["unknown"];
  private bestTrace: TraceEvent[] | null = null;
  private other: Status | undefined;
  private otherTrace: TraceEvent[] | null = null;
  private tried: CategoryTried[] | null = null;
  private candidateTrace: TraceEvent[] | null = null;

  /** Starts ranking for one claim; `choose` is the index of the output compared. */
  start(cx: EvalContext<V>, covering: readonly string[], choose: number, at: number): this {
    this.cx = cx;
    this.covering = covering;
    this.choose = choose;
    this.at = at;
    this.base = cx.used;
    this.best = -1;
    this.bestLast = false;
    this.other = undefined;
    this.tried = cx.trace ? [] : null;
    return this;
  }

  /** The ledgers the next category starts from: a copy of the year's, as the earlier claims left them. */
  trial(): number[] {
    const base = this.base;
    const trial = this.trialUsed;
    sized(trial, base.length);
    for (let i = 0; i < base.length; i++) trial[i] = base[i]!;
    if (this.bestLast) this.keepBestOut();
    this.cx.unknown = undefined;
    this.cx.values = undefined;
    return trial;
  }

  /** The next category's own trace, when the claim is traced. */
  trace(): TraceEvent[] | null {
    this.candidateTrace = this.cx.trace ? [] : null;
    return this.candidateTrace;
  }

  /** The result of category `k` just evaluated on trial() with trace(). */
  consider(k: number, status: Status): void {
    const cx = this.cx;
    const value = cx.out[this.choose] as number;
    if (this.tried) this.tried.push({ category: this.covering[k]!, status, amount: value });
    if (status === "ok") {
      if (this.best < 0 || value > this.bestValue) {
        this.best = k;
        this.bestLast = true;
        this.bestValue = value;
        this.bestValues = cx.values;
        this.bestUnknown = cx.unknown;
        this.bestTrace = this.candidateTrace;
        const t = this.bestUsed;
        this.bestUsed = this.trialUsed;
        this.trialUsed = t;
      }
    } else if (this.other === undefined) {
      this.other = status;
      this.otherTrace = this.candidateTrace;
    }
  }

  /** The best outputs kept before the next category writes cx.out. */
  private keepBestOut(): void {
    const from = this.cx.out;
    const out = this.bestOut;
    sized(out, from.length);
    for (let i = 0; i < from.length; i++) out[i] = from[i]!;
    this.bestLast = false;
  }

  /** The highest result, its use of the ledgers kept (ties: the first category); or the first other status. */
  finish(): Status {
    const cx = this.cx;
    const at = this.at;
    if (this.best < 0) {
      if (cx.trace) {
        if (this.otherTrace) cx.trace.push(...this.otherTrace);
        cx.trace.push({ at, ranking: { chosen: undefined, tried: this.tried! } });
      }
      return this.other!;
    }
    const base = this.base;
    const used = this.bestUsed;
    for (let i = 0; i < base.length; i++) base[i] = used[i]!;
    if (!this.bestLast) for (let i = 0; i < this.bestOut.length; i++) cx.out[i] = this.bestOut[i]!;
    cx.category = this.covering[this.best];
    cx.values = this.bestValues;
    cx.unknown = this.bestUnknown;
    if (cx.trace) {
      cx.trace.push(...this.bestTrace!);
      cx.trace.push({ at, ranking: { chosen: this.covering[this.best], tried: this.tried! } });
    }
    return "ok";
  }
}

const RANKING = new Ranking<unknown>();

/** The ranking of one claim's covered categories (see Ranking). */
export function ranking<V>(cx: EvalContext<V>, covering: readonly string[], choose: number, at: number): Ranking<V> {
  return (RANKING as Ranking<V>).start(cx, covering, choose, at);
}

/**
 * Makes a scratch list `n` long, grown by push: a list lengthened by assigning `length` has holes, and the rules'
 * reads of the ledgers would then see two kinds of list.
 */
function sized<T>(list: T[], n: number): void {
  while (list.length < n) list.push(0 as T);
  if (list.length > n) list.length = n;
}
