// Opening balances: what a person had already used of a ledger in a year before the case's claims (paid by
// another system, or under a version of the plan that is not encoded), stated in the case as
// `"ledgers": {"特殊疾病限额": {"2024": "35000.00"}}`. The claims of that year start from it, its first use is
// shown in the trace, and a balance above the ledger's limit, which no claim could have reached, is an error of
// the case, reported at its JSON path.
import { jsonPath } from "./case-input.js";
import { CASE_MESSAGES as M } from "./case-messages.js";
import { CaseError, type CaseProblem } from "./errors.js";
import { parseScaled, formatScaled } from "./scaled.js";
import type { LedgerSpec, TraceEvent } from "./module.js";
import { openingUsed } from "./trace-messages.js";

/** Year → ledger name → amount used at scale 2. */
export type Opening = Map<number, Map<string, number>>;

const YEAR = /^[0-9]{4}$/;

/**
 * Reads a case's `ledgers` (already checked by the schema, or by `checkLedgerNames` for a plan) into exact
 * amounts.
 */
export function readOpening(json: unknown): Opening {
  const opening: Opening = new Map();
  if (json === undefined || json === null || typeof json !== "object") return opening;
  const issues: CaseProblem[] = [];
  for (const [name, years] of Object.entries(json as Record<string, unknown>)) {
    for (const [year, raw] of Object.entries((years ?? {}) as Record<string, unknown>)) {
      const amount = typeof raw === "number" || typeof raw === "string" ? parseScaled(String(raw), 2) : undefined;
      if (!YEAR.test(year) || amount === undefined || amount < 0) {
        issues.push({ path: ledgerPath(name, year), message: M.openingAmount });
        continue;
      }
      const y = Number(year);
      if (!opening.has(y)) opening.set(y, new Map());
      opening.get(y)!.set(name, amount);
    }
  }
  if (issues.length) throw new CaseError(issues);
  return opening;
}

/** A plan's case names ledgers of any of its versions; one no version keeps is an error. */
export function checkLedgerNames(json: unknown, known: readonly string[]): void {
  if (json === undefined) return;
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new CaseError([{ path: "$.ledgers", message: M.ledgersObject }]);
  }
  const unknown = Object.keys(json).filter((n) => !known.includes(n));
  if (unknown.length) {
    throw new CaseError(unknown.map((n) => ({ path: ledgerPath(n), message: M.unknownLedger(n, known) })));
  }
}

/** `$.ledgers.特殊疾病限额[2024]`, written as ajv's errors are. */
const ledgerPath = (name: string, year?: string): string =>
  jsonPath(`/ledgers/${name.replace(/~/g, "~0").replace(/\//g, "~1")}${year === undefined ? "" : `/${year}`}`);

/**
 * Tracks, for one case, which opening balances a claim has shown and checked: each is shown in the trace of
 * the first claim that draws on its ledger in its year, and checked against the limit that claim met.
 */
export class OpeningBook {
  private readonly shown = new Set<string>();

  constructor(readonly opening: Opening) {}

  /** Whether a claim in `year` still has a balance to show or check (it is then evaluated with a trace). */
  pending(year: number, ledgers: readonly LedgerSpec[]): boolean {
    const y = this.opening.get(year);
    return y !== undefined && ledgers.some((l) => y.has(l.name) && !this.shown.has(`${year}|${l.name}`));
  }

  /**
   * The trace events that show the balances this claim is the first to draw on, to go before its own
   * events; checks each against the limit the claim's evaluation met. `events` is the claim's trace.
   */
  open(year: number, ledgers: readonly LedgerSpec[], events: readonly TraceEvent[], claimId: string): TraceEvent[] {
    const y = this.opening.get(year);
    if (!y) return [];
    const out: TraceEvent[] = [];
    for (const l of ledgers) {
      const amount = y.get(l.name);
      const key = `${year}|${l.name}`;
      if (amount === undefined || this.shown.has(key)) continue;
      const use = events.find((e) => e.at === l.at);
      if (!use) continue;
      this.shown.add(key);
      if (use.limit !== undefined && amount > use.limit) {
        throw new CaseError([
          {
            path: ledgerPath(l.name, String(year)),
            message: M.openingAboveLimit(formatScaled(amount, 2, 2), l.name, year, formatScaled(use.limit, 2, 2), claimId),
          },
        ]);
      }
      out.push({ at: l.at, value: 0, to: amount, note: openingUsed(year) });
    }
    return out;
  }
}
