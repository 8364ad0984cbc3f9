// Runs one person's claims through a json-rules-engine Engine the way its users do: the claim's fields, the
// person's categories and the year's ledger amounts go in as facts; the computations are dynamic facts; the
// rules decide status and which categories qualify, and their events name the qualifying categories. The
// application keeps the ledgers and applies 就高不重复 (R7) over the events, as with the other versions.
import type { Almanac, Engine } from "json-rules-engine";
import { yearOf, type Claim, type Person, type Result } from "../handwritten/types.js";

/** What a category's computation fact returns: the amounts and what each ledger uses. */
export interface Assistance {
  basic: number;
  tilted: number;
  total: number;
  ledgers: number[];
}

export async function runPerson(engine: Engine, ledgers: number, person: Person, claims: readonly Claim[]): Promise<Result[]> {
  const years = new Map<number, number[]>();
  const categories = [...person.categories];
  const results: Result[] = [];
  for (const claim of claims) {
    const year = yearOf(claim.date);
    let used = years.get(year);
    if (!used) years.set(year, (used = new Array<number>(ledgers).fill(0)));
    const { events, almanac } = await engine.run({
      ...claim,
      categories,
      criticalIllnessCriteriaActive: person.criticalIllnessCriteriaActive === true,
      used,
    });
    const status = events.find((e) => e.type === "status");
    if (status) {
      results.push({ status: status.params!.status as Result["status"], basic: 0, tilted: 0, total: 0 });
      continue;
    }
    const best = await highest(
      events.filter((e) => e.type === "category").map((e) => e.params!.category as string),
      almanac,
    );
    if (!best) {
      results.push({ status: "not_applicable", basic: 0, tilted: 0, total: 0 });
      continue;
    }
    best.ledgers.forEach((amount, i) => (used[i] = used[i]! + amount));
    results.push({ status: "ok", basic: best.basic, tilted: best.tilted, total: best.total });
  }
  return results;
}

// Events come in rule priority order, which is the policy's table order: ties keep the first (R7).
async function highest(categories: string[], almanac: Almanac): Promise<Assistance | undefined> {
  let best: Assistance | undefined;
  for (const category of categories) {
    const a = await almanac.factValue<Assistance>("assistance", { category });
    if (!best || a.total > best.total) best = a;
  }
  return best;
}
