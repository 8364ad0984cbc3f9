// Evaluates a case against a compiled rule module, following CONTRACTS.md: claims in order, ledgers per
// person and calendar year (R2), what an accepted claim uses of a ledger gone for the later claims, a claim
// outside the document's force `not_in_force` with no outputs (R9).
import { formatDay, isoDay, yearOf, type Day } from "./date.js";
import { CaseError, RuleError } from "./errors.js";
import { formatScaled } from "./scaled.js";
import { convertFields, validateCase } from "./case-input.js";
import { traceText } from "./format.js";
import type { EvalContext, OutputSpec, Provenance, RuleModule, Status, TraceEvent } from "./module.js";

export interface TraceEntry {
  name: string;
  label?: string;
  kind: Provenance["kind"];
  value: string;
  citation: string;
  source: string;
  rulings?: string[];
  uses?: string[];
}

export interface ClaimResult {
  id: string;
  status: Status;
  outputs: OutputValues;
  trace?: TraceEntry[];
}

/** A date output of a result that is not `ok` is null: there is no such day, unlike an amount of 0. */
export type OutputValues = Record<string, string | number | boolean | null>;

export interface ClaimsResult {
  policy: string;
  claims: ClaimResult[];
}

export interface FactsResult {
  policy: string;
  status: Status;
  outputs: OutputValues;
  trace?: TraceEntry[];
}

export interface RunOptions {
  trace?: boolean;
}

/** Any generated module: its evaluate() is checked against its own input types where it is generated. */
export type AnyModule = RuleModule<Record<string, unknown>, Record<string, unknown>, unknown, Record<string, number | boolean>>;

export function runCase(mod: AnyModule, json: unknown, options: RunOptions = {}): ClaimsResult | FactsResult {
  validateCase(mod, json);
  return mod.meta.mode === "facts" ? runFacts(mod, json as FactsCase, options) : runClaims(mod, json as ClaimsCase, options);
}

export interface ClaimsCase {
  person?: Record<string, unknown>;
  claims: (Record<string, unknown> & { id: string; date: string })[];
}
interface FactsCase {
  date: string;
  facts?: Record<string, unknown>;
}

function runClaims(mod: AnyModule, json: ClaimsCase, options: RunOptions): ClaimsResult {
  const { person, claims } = convertClaimsCase(mod, json);
  const outcomes = evaluateClaims(mod, person, claims, options.trace === true);
  return { policy: policyName(mod), claims: outcomes.map((o) => claimResult(mod, o, options)) };
}

/** A claim converted to the values compiled rules read (money as scaled integers, dates as day numbers). */
export type ConvertedClaim = Record<string, unknown> & { id: string; date: Day };

/** Converts a validated claims case; throws CaseError with JSON paths (bad dates, repeated ids). */
export function convertClaimsCase(mod: AnyModule, json: ClaimsCase): { person: Record<string, unknown>; claims: ConvertedClaim[] } {
  const person = convertFields(mod.person, json.person ?? {}, "$.person");
  const claims: ConvertedClaim[] = [];
  for (let i = 0; i < json.claims.length; i++) {
    const c = json.claims[i]!;
    const claim = convertFields(mod.claim, c, `$.claims[${i}]`) as ConvertedClaim;
    claim.id = c.id;
    claim.date = parseClaimDate(c.date, i);
    claims.push(claim);
  }
  checkIds(claims);
  return { person, claims };
}

/** What one claim came to, before its amounts are written as text. */
export interface ClaimOutcome {
  id: string;
  status: Status;
  /** Scaled integers (money at scale 2) or booleans; null when the claim is `not_in_force`. */
  outputs: Record<string, number | boolean> | null;
  /** The category whose result the claim got (RULINGS R7), for policies that choose one. */
  category: string | undefined;
  trace: TraceEvent[] | null;
  /** Every value of an `ok` claim, for later claims that refer back to it. */
  values: unknown;
}

/**
 * Evaluates one person's converted claims in order. Each claim starts from its year's ledgers as the earlier
 * accepted claims left them (R2); only an `ok` claim commits what it used.
 */
export function evaluateClaims(mod: AnyModule, person: Record<string, unknown>, claims: readonly ConvertedClaim[], trace: boolean): ClaimOutcome[] {
  const cx = new PersonContext();
  const { from, to } = mod.meta.inForce;
  const ledgers = mod.ledgers.length;
  for (const claim of claims) {
    if (claim.date < from || (to !== null && claim.date > to)) {
      cx.results.push({ id: claim.id, status: "not_in_force", outputs: null, category: undefined, trace: trace ? forceStatus(mod, claim.date) : null, values: undefined });
      continue;
    }
    const year = yearOf(claim.date);
    cx.current = claim.id;
    cx.used = cx.ledgersOf(year, ledgers);
    cx.trace = trace ? [] : null;
    const outcome = mod.evaluate(person, claim, cx);
    const ok = outcome.status === "ok";
    if (ok) cx.commit(year);
    cx.results.push({ id: claim.id, status: outcome.status, outputs: outcome.outputs, category: outcome.category, trace: cx.trace, values: ok ? outcome.values : undefined });
  }
  return cx.results;
}

// One object per person rather than maps and closures: this runs once per case and a case has few claims,
// so a short list of years and a backwards search of the results for `prior` are the cheapest.
class PersonContext implements EvalContext<unknown> {
  used: number[] = [];
  trace: TraceEvent[] | null = null;
  current = "";
  readonly results: ClaimOutcome[] = [];
  private readonly years: number[] = [];
  private readonly committed: number[][] = [];

  /** A scratch copy of the year's ledgers as the accepted claims so far left them. */
  ledgersOf(year: number, count: number): number[] {
    const i = this.years.indexOf(year);
    return i < 0 ? new Array<number>(count).fill(0) : this.committed[i]!.slice();
  }

  commit(year: number): void {
    const i = this.years.indexOf(year);
    if (i < 0) {
      this.years.push(year);
      this.committed.push(this.used);
    } else this.committed[i] = this.used;
  }

  prior(id: string, field: string): unknown {
    for (let i = this.results.length - 1; i >= 0; i--) {
      const r = this.results[i]!;
      if (r.id === id && r.status === "ok") return r.values;
    }
    throw new RuleError(`claim "${this.current}": ${field} "${id}" is not an earlier accepted claim of this case`);
  }
}

export function claimResult(mod: AnyModule, o: ClaimOutcome, options: RunOptions): ClaimResult {
  const result: ClaimResult = { id: o.id, status: o.status, outputs: o.outputs ? formatOutputs(mod, o.outputs, o.status) : {} };
  if (options.trace && o.trace) result.trace = entries(mod, o.trace);
  return result;
}

function runFacts(mod: AnyModule, json: FactsCase, options: RunOptions): FactsResult {
  const facts = convertFields(mod.facts, json.facts ?? {}, "$.facts");
  const date = parseClaimDate(json.date, -1);
  const force = forceStatus(mod, date);
  if (force) {
    return { policy: policyName(mod), status: "not_in_force", outputs: {}, ...(options.trace ? { trace: entries(mod, force) } : {}) };
  }
  const trace: TraceEvent[] | null = options.trace ? [] : null;
  const cx: EvalContext<unknown> = {
    used: mod.ledgers.map(() => 0),
    trace,
    prior: () => {
      throw new RuleError("a facts policy has no earlier claims");
    },
  };
  const outcome = mod.evaluate(facts, { date }, cx);
  return {
    policy: policyName(mod),
    status: outcome.status,
    outputs: formatOutputs(mod, outcome.outputs, outcome.status),
    ...(trace ? { trace: entries(mod, trace) } : {}),
  };
}

export function policyName(mod: AnyModule): string {
  return mod.meta.part ? `${mod.meta.number}/${mod.meta.part}` : mod.meta.number;
}

function parseClaimDate(text: string, index: number): Day {
  const day = isoDay(text);
  if (day === undefined) {
    throw new CaseError([{ path: index < 0 ? "$.date" : `$.claims[${index}].date`, message: `expected a date "YYYY-MM-DD", got ${JSON.stringify(text)}` }]);
  }
  return day;
}

function checkIds(claims: { id: string }[]): void {
  if (claims.length < 2) return;
  const seen = new Set<string>();
  const issues: { path: string; message: string }[] = [];
  for (let i = 0; i < claims.length; i++) {
    const id = claims[i]!.id;
    if (seen.has(id)) issues.push({ path: `$.claims[${i}].id`, message: `claim id "${id}" is used twice; ids must be unique within a case` });
    else seen.add(id);
  }
  if (issues.length) throw new CaseError(issues);
}

/** Null when in force; otherwise the trace event explaining why not. */
function forceStatus(mod: AnyModule, day: Day): TraceEvent[] | null {
  const f = mod.meta.inForce;
  if (day < f.from) return [{ at: documentIndex(mod), value: `not_in_force: ${formatDay(day)} is before ${formatDay(f.from)} (${f.fromReason})` }];
  if (f.to !== null && day > f.to) return [{ at: documentIndex(mod), value: `not_in_force: ${formatDay(day)} is after ${formatDay(f.to)} (${f.toReason})` }];
  return null;
}

function documentIndex(mod: AnyModule): number {
  const i = mod.provenance.findIndex((p) => p.kind === "document");
  return i < 0 ? 0 : i;
}

export function formatOutputs(mod: AnyModule, outputs: Record<string, number | boolean>, status: Status): OutputValues {
  const out: OutputValues = {};
  for (const o of mod.outputs) out[o.name] = outputValue(o, outputs[o.name] ?? 0, status);
  return out;
}

/** An output as a result writes it (CONTRACTS.md): money as text with two decimals, a date as YYYY-MM-DD. */
export function outputValue(o: OutputSpec, v: number | boolean, status: Status): OutputValues[string] {
  if (typeof v === "boolean" || o.type === "int") return v;
  if (o.type === "date") return status === "ok" ? formatDay(v) : null;
  return o.type === "money" ? formatScaled(v, 2, 2) : formatScaled(v, o.scale);
}

export function entries(mod: { provenance: readonly Provenance[] }, trace: readonly TraceEvent[]): TraceEntry[] {
  return trace.map((e) => {
    const p = mod.provenance[e.at]!;
    return {
      name: p.name,
      ...(p.label ? { label: p.label } : {}),
      kind: p.kind,
      value: traceText(p, e),
      citation: p.citation,
      source: p.source,
      ...(p.rulings.length ? { rulings: p.rulings } : {}),
      ...(p.uses.length ? { uses: p.uses } : {}),
    };
  });
}
