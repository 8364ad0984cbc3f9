// The cases every variant evaluates: synthetic people with their claims, validated and converted once to the
// exact values compiled rules read (conversion belongs to the batch path, not to rule evaluation), and what
// the workload asks of the rules (how many claims a cap cuts, how many people hold several categories).
import { validateCase } from "../runtime/case-input.js";
import { calendarFor, convertClaimsCase, type AnyModule, type ClaimsCase, type ConvertedClaim } from "../runtime/evaluate.js";
import { CAP_CUT, columns, DEDUCTIBLE_ABSORBED, OK, RANKED, type Columns } from "./fastest/columns.js";
import { syntheticCases, type GenerateOptions, type SyntheticCase } from "./generate.js";
import type { Claim, Person } from "./handwritten/types.js";

export interface Workload {
  json: SyntheticCase[];
  converted: { person: Record<string, unknown>; claims: ConvertedClaim[] }[];
  claims: number;
}

/** The bench's policies count no working days: they are evaluated with a calendar that knows no year. */
export const NO_CAL = calendarFor({}, false);

/** The seed of every synthetic workload the bench measures. */
export const SEED = 20_230_607;

export function makeCases(claims: number, seed: number, profile: GenerateOptions["profile"]): SyntheticCase[] {
  return [...syntheticCases({ claims, seed, profile })];
}

export function convertFor(mod: AnyModule, json: SyntheticCase[]): Workload {
  const converted = json.map((c) => convertCase(mod, c));
  return { json, converted, claims: converted.reduce((n, c) => n + c.claims.length, 0) };
}

export function convertCase(mod: AnyModule, c: SyntheticCase): Workload["converted"][number] {
  validateCase(mod, c);
  return convertClaimsCase(mod, c as unknown as ClaimsCase);
}

/** The converted values seen through the hand-written functions' types (same objects, no copy). */
export function asPlain(c: Workload["converted"][number]): { person: Person; claims: Claim[] } {
  return c as unknown as { person: Person; claims: Claim[] };
}

/** A fastest hand-written evaluator: one person's claims into rows `at`… of `out`; returns the next free row. */
export type Fastest = (person: Person, claims: readonly Claim[], out: Columns, at: number) => number;

/** The fastest evaluator over a whole workload, into `out` (one row per claim). */
export function runFastest(fastest: Fastest, w: Workload, out: Columns): void {
  let at = 0;
  for (const c of w.converted) at = fastest(asPlain(c).person, asPlain(c).claims, out, at);
}

/** What a workload asks of one policy's rules, as shares of its claims (people for categories). */
export interface WorkloadStats {
  people: number;
  claims: number;
  /** People holding two or more categories (canonical members, aliases resolved). */
  multiCategoryPeopleShare: number;
  /** Claims whose amount an annual cap cut (down to nothing when the cap was used up). */
  capsBindShare: number;
  /** Claims of which an annual deductible absorbed a part. */
  deductiblesAbsorbShare: number;
  /** Claims evaluated under two or more covered categories, the highest taken (R7). */
  rankedClaimsShare: number;
  okShare: number;
}

/** Counted from the fastest evaluator's rows (verified equal to the compiled module's results first). */
export function workloadStats(w: Workload, fastest: Fastest): WorkloadStats {
  const out = columns(w.claims);
  runFastest(fastest, w, out);
  let capped = 0;
  let absorbed = 0;
  let ranked = 0;
  let ok = 0;
  for (let i = 0; i < w.claims; i++) {
    const f = out.flags[i]!;
    if (f & CAP_CUT) capped++;
    if (f & DEDUCTIBLE_ABSORBED) absorbed++;
    if (f & RANKED) ranked++;
    if (out.status[i] === OK) ok++;
  }
  const multi = w.converted.filter((c) => (c.person.categories as ReadonlySet<string>).size >= 2).length;
  const share = (n: number, of = w.claims) => n / of;
  return {
    people: w.converted.length,
    claims: w.claims,
    multiCategoryPeopleShare: share(multi, w.converted.length),
    capsBindShare: share(capped),
    deductiblesAbsorbShare: share(absorbed),
    rankedClaimsShare: share(ranked),
    okShare: share(ok),
  };
}
