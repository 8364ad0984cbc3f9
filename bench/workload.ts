// The cases every variant evaluates: synthetic people with their claims, validated and converted once to the
// exact values compiled rules read (conversion belongs to the batch path, not to rule evaluation).
import { validateCase } from "../runtime/case-input.js";
import { convertClaimsCase, type AnyModule, type ClaimsCase, type ConvertedClaim } from "../runtime/evaluate.js";
import { syntheticCases, type SyntheticCase } from "./generate.js";
import type { Claim, Person } from "./handwritten/types.js";

export interface Workload {
  json: SyntheticCase[];
  converted: { person: Record<string, unknown>; claims: ConvertedClaim[] }[];
  claims: number;
}

export function makeCases(claims: number, seed: number): SyntheticCase[] {
  return [...syntheticCases({ claims, seed })];
}

export function convertFor(mod: AnyModule, json: SyntheticCase[]): Workload {
  const converted = json.map((c) => {
    validateCase(mod, c);
    return convertClaimsCase(mod, c as unknown as ClaimsCase);
  });
  return { json, converted, claims: converted.reduce((n, c) => n + c.claims.length, 0) };
}

/** The converted values seen through the hand-written functions' types (same objects, no copy). */
export function asPlain(c: Workload["converted"][number]): { person: Person; claims: Claim[] } {
  return c as unknown as { person: Person; claims: Claim[] };
}
