// Annual ledgers shared by the claims of one person: caps pay out what is left, deductibles absorb what is
// left, tallies only add up. Amounts are at scale 2 (R3: what a provision pays is rounded before a cap).
import type { TraceEvent } from "./module.js";

/** `amount within CAP`: pays at most what is left of `limit` and records it as used. */
export function within(used: number[], i: number, limit: number, amount: number, trace: TraceEvent[] | null, at: number): number {
  const before = used[i]!;
  const left = limit > before ? limit - before : 0;
  const paid = amount <= 0 ? 0 : amount < left ? amount : left;
  used[i] = before + paid;
  if (trace) trace.push({ at, value: before, to: used[i]!, limit });
  return paid;
}

/** `amount beyond DEDUCTIBLE`: the deductible absorbs what is left of it; the rest of the amount counts. */
export function beyond(used: number[], i: number, limit: number, amount: number, trace: TraceEvent[] | null, at: number): number {
  const before = used[i]!;
  const left = limit > before ? limit - before : 0;
  const absorbed = amount <= 0 ? 0 : amount < left ? amount : left;
  used[i] = before + absorbed;
  if (trace) trace.push({ at, value: before, to: used[i]!, limit });
  return amount - absorbed;
}

/** A tally adds this claim's amount; returns the year's total before it. */
export function tally(used: number[], i: number, amount: number, trace: TraceEvent[] | null, at: number): number {
  const before = used[i]!;
  used[i] = before + amount;
  if (trace) trace.push({ at, value: before, to: used[i]! });
  return before;
}

/**
 * An empty list of ledger amounts, held as doubles from the start: amounts in 分 pass 2^31, and lists of both
 * kinds (small integers and doubles) would make every read of the year's ledgers in the rules check for both.
 */
export function amounts(): number[] {
  const a = [0.5];
  a.length = 0;
  return a;
}
