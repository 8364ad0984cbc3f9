// Evaluates a case against a compiled rule module, following CONTRACTS.md: claims in order, ledgers per
// person and calendar year (R2), what an accepted claim uses of a ledger gone for the later claims, a claim
// outside the document's force `not_in_force` with no outputs (R9).
import type { CalendarData } from "./calendar-data.js";
import { langOf, type Lang } from "./lang.js";
import { provisionalReason } from "./output-reasons.js";
import { calendarUnknown, notAnEarlierClaim } from "./rule-messages.js";
import { NO_CALENDAR, calendarOf, type Calendar, type CalendarUnknown } from "./calendar.js";
import { citeSources, stepJson, type CalendarStepJson } from "./calendar-trace.js";
import { dayFromParts, formatDay, isoDay, yearOf, type Day } from "./date.js";
import { CASE_MESSAGES } from "./case-messages.js";
import { CaseError, RuleError, type CaseProblem, type ClaimAt } from "./errors.js";
import { formatScaled } from "./scaled.js";
import { amounts } from "./ledger.js";
import { convertFields, validateCase } from "./case-input.js";
import { traceText } from "./format.js";
import { stepText, unknownValue } from "./trace-messages.js";
import type { EvalContext, LedgerSpec, Outcome, OutputSpec, Provenance, RuleModule, Status, TraceEvent } from "./module.js";
import { OpeningBook, readOpening, type Opening } from "./opening.js";
import { atClaim, NOT_IN_FORCE, OK, statusCode, type ClaimLoopContext, type OutcomeColumns } from "./claim-loop.js";

export { STATUS_CODES, type OutcomeColumns } from "./claim-loop.js";
import { rankingJson, type RankingJson } from "./ranking-trace.js";

export interface TraceEntry {
  name: string;
  label?: string;
  /** `calendar`: a count on the official calendar, citing the notices behind the days it crossed. */
  kind: Provenance["kind"] | "calendar";
  value: string;
  citation: string;
  source: string;
  rulings?: string[];
  uses?: string[];
  /** For a `calendar` entry: the count, the days decided and the notices deciding them. */
  calendar?: CalendarStepJson;
  /** The value needs a calendar year no notice arranges. */
  unknown?: { year: number; date: string };
  /** 就高不重复 (R7): each covered category the person holds, with its amount or status, and the one chosen. */
  ranking?: RankingJson;
}

/**
 * Why one output is not a plain answer (docs/contracts.md): `calendar_unknown` — it needs a year of the official
 * calendar no notice arranges, so it is null; `provisional` — that year was counted from the statute's fixed
 * holidays (`--provisional-calendar`), so the answer may change once the year's notice is published.
 */
export type OutputStatus =
  | { status: "calendar_unknown"; year: number; date: string; reason: string }
  | { status: "provisional"; year: number; date: string; basis: string; reason: string };

export interface ClaimResult {
  id: string;
  status: Status;
  outputs: OutputValues;
  /** Only the outputs that are not plain answers; absent when every output is. */
  outputStatus?: Record<string, OutputStatus>;
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
  outputStatus?: Record<string, OutputStatus>;
  trace?: TraceEntry[];
}

export interface RunOptions {
  trace?: boolean;
  /** The official working-day calendar (generated/calendar.json); without it no calendar year is known. */
  calendar?: CalendarData;
  /**
   * `YYYY-MM-DD`: answer as known on that day — holiday notices published after it are not applied, and when a
   * plan routes claims (runtime/plan.ts), versions, extensions, repeals and amendments decided after it neither.
   */
  knownOn?: string;
  /** Count a year no notice arranges from the statute's fixed holidays, marking each output relying on it. */
  provisionalCalendar?: boolean;
  /**
   * The language of the words a result has for people (a plan's `reason`, an output's status reason, the
   * trace's note of why a day is not in force): zh (the default) or en. Codes, names and values are the same.
   */
  lang?: Lang;
}

/** Any generated module: its evaluate() is checked against its own input types where it is generated. */
export type AnyModule = RuleModule<Record<string, unknown>, Record<string, unknown>, unknown>;

export function runCase(mod: AnyModule, json: unknown, options: RunOptions = {}): ClaimsResult | FactsResult {
  validateCase(mod, json);
  const known = calendarFor(options, false);
  const run = (calendar: Calendar) =>
    mod.meta.mode === "facts" ? runFacts(mod, json as FactsCase, options, calendar) : runClaims(mod, json as ClaimsCase, options, calendar);
  const result = run(known);
  if (!options.provisionalCalendar || !hasUnknown(result)) return result;
  // Counted again with the statute's holidays for the unknown years. The known years answer the same, so an
  // output that was unknown and now has a value is exactly an output that relied on the provisional count.
  return markProvisional(result, run(calendarFor(options, true)), langOf(options));
}

export function calendarFor(options: Pick<RunOptions, "calendar" | "knownOn">, provisional: boolean): Calendar {
  return calendarOf(options.calendar ?? NO_CALENDAR, { ...(options.knownOn ? { knownOn: options.knownOn } : {}), provisional });
}

export function hasUnknown(result: ClaimsResult | FactsResult): boolean {
  return "claims" in result ? result.claims.some((c) => c.outputStatus) : result.outputStatus !== undefined;
}

export function markProvisional(known: ClaimsResult | FactsResult, counted: ClaimsResult | FactsResult, lang: Lang): ClaimsResult | FactsResult {
  const merge = <T extends { outputStatus?: Record<string, OutputStatus> }>(k: T, c: T): T => {
    if (!k.outputStatus) return c;
    const status: Record<string, OutputStatus> = {};
    for (const [name, s] of Object.entries(k.outputStatus)) {
      const still = c.outputStatus?.[name];
      status[name] = still ?? { status: "provisional", year: s.year, date: s.date, basis: PROVISIONAL_BASIS, reason: provisionalReason(s.year)[lang] };
    }
    return { ...c, outputStatus: status };
  };
  if ("claims" in known) return { ...(counted as ClaimsResult), claims: known.claims.map((c, i) => merge(c, (counted as ClaimsResult).claims[i]!)) };
  return merge(known, counted as FactsResult);
}

const PROVISIONAL_BASIS = "全国年节及纪念日放假办法 第二条";

/**
 * The per-output statuses of an outcome, as a result states them, reasons in `lang`; undefined when every output
 * is an answer.
 */
export function outputStatusOf(o: Pick<ClaimOutcome, "unknown">, lang: Lang): Record<string, OutputStatus> | undefined {
  return unknownStatus(o.unknown, lang);
}

function unknownStatus(unknown: Outcome<unknown, unknown>["unknown"], lang: Lang): Record<string, OutputStatus> | undefined {
  if (!unknown) return undefined;
  const out: Record<string, OutputStatus> = {};
  for (const [name, u] of Object.entries(unknown))
    if (u) out[name] = { status: "calendar_unknown", year: u.year, date: formatDay(u.day), reason: calendarUnknown(u.year, u.day)[lang] };
  return Object.keys(out).length ? out : undefined;
}

export interface ClaimsCase {
  person?: Record<string, unknown>;
  claims: (Record<string, unknown> & { id: string; date: string })[];
  /** Opening balances: ledger name → year → amount already used (runtime/opening.ts). */
  ledgers?: Record<string, Record<string, unknown>>;
}
export interface FactsCase {
  date: string;
  facts?: Record<string, unknown>;
}

function runClaims(mod: AnyModule, json: ClaimsCase, options: RunOptions, calendar: Calendar): ClaimsResult {
  const { person, claims } = convertClaimsCase(mod, json);
  const outcomes = evaluateClaims(mod, person, claims, options.trace === true, calendar, readOpening(json.ledgers), langOf(options));
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
    const claim = convertFields(mod.claim, c, "$.claims", i) as ConvertedClaim;
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
  /** Outputs needing an unknown calendar year. */
  unknown?: Outcome<unknown, unknown>["unknown"];
}

/**
 * Evaluates one person's converted claims in order. Each claim starts from its year's ledgers as the earlier
 * accepted claims left them (R2), or as the case's opening balances state them; only an `ok` claim commits what
 * it used. The object-per-claim form of `evaluateInto`, for `regc run`, the package and the server.
 */
export function evaluateClaims(
  mod: AnyModule,
  person: Record<string, unknown>,
  claims: readonly ConvertedClaim[],
  trace: boolean,
  calendar: Calendar,
  opening?: Opening,
  lang: Lang = "zh",
): ClaimOutcome[] {
  const cx = new PersonContext(calendar, opening);
  cx.keep = mod.refersBack;
  const { from, to } = mod.meta.inForce;
  for (const [index, claim] of claims.entries()) {
    if (claim.date < from || (to !== null && claim.date > to)) {
      cx.results.push({
        id: claim.id,
        status: "not_in_force",
        outputs: null,
        category: undefined,
        trace: trace ? forceStatus(mod, claim.date, lang) : null,
        values: undefined,
      });
      continue;
    }
    cx.results.push(evaluateClaim(mod, person, claim, cx, trace, index));
  }
  return cx.results;
}

export function outcomeColumns(mod: AnyModule, rows: number): OutcomeColumns {
  return { status: new Uint8Array(rows), outputs: new Float64Array(rows * mod.outputs.length), width: mod.outputs.length };
}

/**
 * Evaluates one person's claims without tracing into rows `row`… of `out`; returns the next free row. Nothing
 * is allocated per claim: ledgers are updated in place (and put back for a claim that is not `ok`), the
 * year of a claim is found from the last one's, the person's covered categories once. `cx` is reset for the
 * person, so one context serves a whole batch.
 */
export function evaluateInto(
  mod: AnyModule,
  person: Record<string, unknown>,
  claims: readonly ConvertedClaim[],
  cx: PersonContext,
  out: OutcomeColumns,
  row: number,
  opening?: Opening,
): number {
  cx.reset(opening);
  if (mod.claimsInto && !cx.book) {
    // The module's own loop (it has one only when no rule reads back): the same evaluate(), called from a loop
    // written for the module, so the call is to one function and the outputs are copied at known places.
    cx.keep = false;
    cx.trace = null;
    return mod.claimsInto(person, claims, cx, out, row);
  }
  cx.keep = mod.refersBack;
  const { from, to } = mod.meta.inForce;
  const w = out.width;
  const o = cx.out;
  if (!cx.keep && !cx.book) {
    // The usual batch: no opening balances and no rule reading back, so every claim works on its year's ledgers
    // in place and only the status and outputs are written.
    const last = to ?? Number.POSITIVE_INFINITY;
    const ledgers = mod.ledgers;
    // Ledgers a refused claim may have drawn on are copied before each claim, to be put back.
    const undo = mod.refusesAfterDrawing !== false;
    cx.trace = null;
    const codes = out.status;
    const outputs = out.outputs;
    for (let index = 0; index < claims.length; index++, row++) {
      const claim = claims[index]!;
      const day = claim.date;
      const at = row * w;
      if (day < from || day > last) {
        codes[row] = NOT_IN_FORCE;
        for (let i = 0; i < w; i++) outputs[at + i] = 0;
        continue;
      }
      // The category and the unknown outputs an evaluation leaves in cx are not read here: not reset either.
      cx.openDay(day, ledgers, undo);
      const status = run(mod, person, claim, cx, index);
      if (status === "ok") {
        codes[row] = OK;
        for (let i = 0; i < w; i++) outputs[at + i] = +o[i]!;
      } else {
        if (undo) cx.rollback();
        codes[row] = statusCode(status);
        for (let i = 0; i < w; i++) outputs[at + i] = 0;
      }
    }
    return row;
  }
  for (let index = 0; index < claims.length; index++, row++) {
    const claim = claims[index]!;
    let status: Status = "not_in_force";
    if (claim.date >= from && (to === null || claim.date <= to)) status = evaluateStatus(mod, person, claim, cx, false, index);
    out.status[row] = statusCode(status);
    const at = row * w;
    if (status === "ok") for (let i = 0; i < w; i++) out.outputs[at + i] = +o[i]!;
    else for (let i = 0; i < w; i++) out.outputs[at + i] = 0;
    if (cx.keep) cx.results.push({ id: claim.id, status, outputs: null, category: undefined, trace: null, values: cx.values });
  }
  return row;
}

/** One claim under one module, from the person's ledgers as the earlier accepted claims left them. */
export function evaluateClaim(
  mod: AnyModule,
  person: Record<string, unknown>,
  claim: ConvertedClaim,
  cx: PersonContext,
  trace: boolean,
  index: number,
): ClaimOutcome {
  const status = evaluateStatus(mod, person, claim, cx, trace, index);
  const ok = status === "ok";
  return {
    id: claim.id,
    status,
    outputs: ok ? outputsOf(mod, cx.out) : zeroOf(mod),
    category: cx.category,
    trace: cx.trace,
    values: ok ? cx.values : undefined,
    ...(ok && cx.unknown ? { unknown: cx.unknown } : {}),
  };
}

/** Outputs by name, from the array an evaluation writes them into. */
function outputsOf(mod: AnyModule, out: readonly (number | boolean)[]): Record<string, number | boolean> {
  const o: Record<string, number | boolean> = {};
  const specs = mod.outputs;
  for (let i = 0; i < specs.length; i++) o[specs[i]!.name] = out[i]!;
  return o;
}

/** The outputs of a claim that is not `ok`: every amount 0, every flag false (a date output is written null). */
function zeroOf(mod: AnyModule): Record<string, number | boolean> {
  const o: Record<string, number | boolean> = {};
  for (const spec of mod.outputs) o[spec.name] = spec.type === "bool" ? false : 0;
  return o;
}

/** Evaluates one claim, leaving its outputs, category, values and trace in `cx`; commits its ledgers when `ok`. */
function evaluateStatus(mod: AnyModule, person: Record<string, unknown>, claim: ConvertedClaim, cx: PersonContext, trace: boolean, index: number): Status {
  const year = cx.yearOf(claim.date);
  // A balance still to be shown and checked needs the limits the ledgers meet, which the trace holds.
  const opens = cx.book?.pending(year, mod.ledgers) === true;
  cx.current = claim.id;
  cx.open(year, mod.ledgers);
  cx.trace = trace || opens ? [] : null;
  cx.category = undefined;
  cx.unknown = undefined;
  cx.values = undefined;
  const status = run(mod, person, claim, cx, index);
  if (opens) {
    const shown = cx.book!.open(year, mod.ledgers, cx.trace!, claim.id);
    cx.trace = trace ? [...shown, ...cx.trace!] : null;
  }
  if (status === "ok") cx.commit(year, mod.ledgers);
  else cx.rollback();
  return status;
}

/** The module's evaluation of the claim at `index`; a RuleError it raises is told which claim it arose for. */
function run(mod: AnyModule, person: Record<string, unknown>, claim: ConvertedClaim, cx: PersonContext, index: number): Status {
  try {
    return mod.evaluate(person, claim, cx);
  } catch (e) {
    throw atClaim(e, claim.id, index);
  }
}

/**
 * One person's ledgers and accepted claims across a case. Ledgers are kept by name, so that claims evaluated
 * under different versions of a plan draw on the same year's amounts (RULINGS R10). One object per person
 * rather than maps and closures: a case has few claims, so a short list of years and a backwards search of the
 * results for `prior` are the cheapest. A claim under the module that last used its year's ledgers updates them
 * in place, with a copy to put back if it is not accepted; under another module (a plan's other version) it
 * works on a copy in its own order.
 */
export class PersonContext implements ClaimLoopContext<unknown> {
  used: number[] = [];
  trace: TraceEvent[] | null = null;
  current = "";
  out: (number | boolean)[] = [];
  category: string | undefined = undefined;
  unknown: EvalContext<unknown>["unknown"] = undefined;
  keep = true;
  values: unknown = undefined;
  readonly results: ClaimOutcome[] = [];
  book: OpeningBook | undefined;
  // The years of the person's claims so far, `count` of them; the entries past it are kept for the next person.
  private readonly years: number[] = [];
  private readonly kept: Kept[] = [];
  private count = 0;
  // Whether `used` is the year of the last claim as openDay() opened it (not after another person or open()).
  private opened = false;
  private inPlace = false;
  private readonly backup: number[] = amounts();
  // The calendar year of the last claim, as its first and last day: a person's claims come in date order.
  private year = 0;
  private yearFrom = 1;
  private yearTo = 0;
  // The categories found for the last person and policy asked (EvalContext.covered).
  private heldFor: ReadonlySet<string> | undefined;
  private coveringFor: readonly string[] | undefined;
  private coveredList: number[] = [];
  private readonly coveredLists: number[][] = [];
  private readonly found: number[] = [];

  constructor(
    readonly calendar: Calendar,
    opening?: Opening,
  ) {
    this.book = opening?.size ? new OpeningBook(opening) : undefined;
  }

  /** Starts the next person with the same calendar. */
  reset(opening?: Opening): void {
    this.book = opening?.size ? new OpeningBook(opening) : undefined;
    this.count = 0;
    this.opened = false;
    if (this.results.length) this.results.length = 0;
    this.heldFor = undefined;
  }

  yearOf(day: Day): number {
    if (day >= this.yearFrom && day <= this.yearTo) return this.year;
    const i = day - FIRST_DAY;
    if (i < 0 || i >= YEAR_OF_DAY.length) return yearOf(day);
    const y = YEAR_OF_DAY[i]!;
    this.year = FIRST_YEAR + y;
    this.yearFrom = YEAR_START[y]!;
    this.yearTo = YEAR_START[y + 1]! - 1;
    return this.year;
  }

  covered(held: ReadonlySet<string>, covering: readonly string[]): readonly number[] {
    if (held !== this.heldFor || covering !== this.coveringFor) {
      // One array per count, filled in place: nothing allocated per person.
      const found = this.found;
      let n = 0;
      for (let i = 0; i < covering.length; i++) if (held.has(covering[i]!)) found[n++] = i;
      let list = this.coveredLists[n];
      if (!list) list = this.coveredLists[n] = new Array<number>(n).fill(0);
      for (let i = 0; i < n; i++) list[i] = found[i]!;
      this.coveredList = list;
      this.heldFor = held;
      this.coveringFor = covering;
    }
    return this.coveredList;
  }

  private indexOf(year: number): number {
    for (let i = 0; i < this.count; i++) if (this.years[i] === year) return i;
    return -1;
  }

  /**
   * Makes `used` the year's ledgers, in the module's order, as the accepted claims so far left them: the kept
   * amounts themselves (with a copy to put back, unless `backUp` is false: nothing will be put back), or for a
   * year with opening balances or last used under another module, a copy in this module's order.
   */
  open(year: number, ledgers: readonly LedgerSpec[], backUp = true): void {
    this.opened = false;
    let i = this.indexOf(year);
    if (i < 0 && this.book?.opening.has(year) !== true) {
      // A year without opening balances starts from nothing: a kept entry of an earlier person is reused.
      i = this.count++;
      this.years[i] = year;
      let k = this.kept[i];
      if (!k) k = this.kept[i] = { ledgers, used: amounts(), others: NONE };
      k.ledgers = ledgers;
      k.others = NONE;
      const used = k.used;
      for (let j = 0; j < ledgers.length; j++) used[j] = 0;
      if (used.length > ledgers.length) used.length = ledgers.length;
    }
    const k = i < 0 ? undefined : this.kept[i]!;
    // The usual case, every claim under one module: the year's amounts are already in its order.
    if (k && k.ledgers === ledgers) {
      const used = k.used;
      if (backUp) {
        const backup = this.backup;
        for (let j = 0; j < used.length; j++) backup[j] = used[j]!;
      }
      this.used = used;
      this.inPlace = true;
      return;
    }
    this.inPlace = false;
    this.used = copyOf(k, this.book?.opening.get(year), ledgers);
  }

  /**
   * open() for a claim of a person without opening balances, every claim under one module: the year's amounts
   * themselves, found from the last claim's year when the claim falls in it; copied for putting back only when
   * `undo` (a refused claim may have drawn on them).
   */
  openDay(day: Day, ledgers: readonly LedgerSpec[], undo: boolean): void {
    if (!this.opened || day < this.yearFrom || day > this.yearTo) {
      this.open(this.yearOf(day), ledgers, undo);
      this.opened = true;
      return;
    }
    if (!undo) return;
    const used = this.used;
    const backup = this.backup;
    for (let j = 0; j < used.length; j++) backup[j] = used[j]!;
  }

  /** A claim that is not accepted leaves the ledgers as they were. */
  rollback(): void {
    if (!this.inPlace) return;
    const used = this.used;
    for (let j = 0; j < used.length; j++) used[j] = this.backup[j]!;
  }

  /** Keeps what an accepted claim left of its ledgers; ledgers its module does not keep are left as they were. */
  commit(year: number, ledgers: readonly LedgerSpec[]): void {
    if (this.inPlace) return;
    const i = this.indexOf(year);
    const before: Kept | undefined = i < 0 ? undefined : this.kept[i];
    const source = before ? before.others : this.book?.opening.get(year);
    let others: ReadonlyMap<string, number> = NONE;
    if (before || source?.size) {
      const m = new Map(source);
      if (before) before.ledgers.forEach((l, j) => m.set(l.name, before.used[j]!));
      for (const l of ledgers) m.delete(l.name);
      others = m;
    }
    const kept: Kept = { ledgers, used: this.used, others };
    if (i < 0) {
      const at = this.count++;
      this.years[at] = year;
      this.kept[at] = kept;
    } else this.kept[i] = kept;
  }

  prior(id: string, field: string): unknown {
    for (let i = this.results.length - 1; i >= 0; i--) {
      const r = this.results[i]!;
      if (r.id === id && r.status === "ok") return r.values;
    }
    throw new RuleError(notAnEarlierClaim(this.current, field, id));
  }
}

// The calendar year of every day from 1990 to 2099 by table, and the first day of each; other days are computed.
const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;
const YEAR_START = Int32Array.from({ length: LAST_YEAR - FIRST_YEAR + 2 }, (_, i) => dayFromParts(FIRST_YEAR + i, 1, 1));
const FIRST_DAY = YEAR_START[0]!;
const YEAR_OF_DAY = new Uint8Array(YEAR_START[YEAR_START.length - 1]! - FIRST_DAY);
for (let y = 0; y <= LAST_YEAR - FIRST_YEAR; y++) YEAR_OF_DAY.fill(y, YEAR_START[y]! - FIRST_DAY, YEAR_START[y + 1]! - FIRST_DAY);

/** A year's ledger amounts: those of the last module to use them, in its order, and any others by name. */
interface Kept {
  ledgers: readonly LedgerSpec[];
  used: number[];
  others: ReadonlyMap<string, number>;
}

const NONE: ReadonlyMap<string, number> = new Map();

/**
 * The year's amounts in a module's order: as kept (under another module's order), or from the opening balances.
 * Apart from open(): a closure there would cost every claim an allocation.
 */
function copyOf(k: Kept | undefined, opening: ReadonlyMap<string, number> | undefined, ledgers: readonly LedgerSpec[]): number[] {
  return k ? ledgers.map((l) => amountOf(k, l.name)) : ledgers.map((l) => opening?.get(l.name) ?? 0);
}

function amountOf(k: Kept, name: string): number {
  const j = k.ledgers.findIndex((l) => l.name === name);
  return j >= 0 ? k.used[j]! : (k.others.get(name) ?? 0);
}

export function claimResult(mod: AnyModule, o: ClaimOutcome, options: RunOptions): ClaimResult {
  const outputStatus = outputStatusOf(o, langOf(options));
  const result: ClaimResult = {
    id: o.id,
    status: o.status,
    outputs: o.outputs ? formatOutputs(mod, o.outputs, o.status, o.unknown) : {},
    ...(outputStatus ? { outputStatus } : {}),
  };
  if (options.trace && o.trace) result.trace = entries(mod, o.trace, langOf(options));
  return result;
}

function runFacts(mod: AnyModule, json: FactsCase, options: RunOptions, calendar: Calendar): FactsResult {
  const o = evaluateFacts(mod, json, calendar, options.trace === true, false, langOf(options));
  const outputStatus = unknownStatus(o.unknown, langOf(options));
  return {
    policy: policyName(mod),
    status: o.status,
    outputs: o.outputs ? formatOutputs(mod, o.outputs, o.status, o.unknown) : {},
    ...(outputStatus ? { outputStatus } : {}),
    ...(options.trace && o.trace ? { trace: entries(mod, o.trace, langOf(options)) } : {}),
  };
}

/**
 * Evaluates a validated facts case (`{date, facts}`): its outcome before outputs are written as text. `routed`:
 * a plan chose this module for the date, so its own period is not checked again.
 */
export function evaluateFacts(mod: AnyModule, json: FactsCase, calendar: Calendar, trace: boolean, routed = false, lang: Lang = "zh"): ClaimOutcome {
  const facts = convertFields(mod.facts, json.facts ?? {}, "$.facts");
  const date = parseClaimDate(json.date, -1);
  const force = routed ? null : forceStatus(mod, date, lang);
  if (force) return { id: "", status: "not_in_force", outputs: null, category: undefined, trace: trace ? force : null, values: undefined };
  const cx = new PersonContext(calendar);
  cx.used = mod.ledgers.map(() => 0);
  cx.trace = trace ? [] : null;
  cx.keep = false;
  const status = inClaim(() => mod.evaluate(facts, { date }, cx), { path: "$" });
  const ok = status === "ok";
  return {
    id: "",
    status,
    outputs: ok ? outputsOf(mod, cx.out) : zeroOf(mod),
    category: undefined,
    trace: cx.trace,
    values: undefined,
    ...(ok && cx.unknown ? { unknown: cx.unknown } : {}),
  };
}

/** Runs one evaluation; a RuleError it raises is told which claim it arose for. */
function inClaim<T>(evaluate: () => T, claim: ClaimAt): T {
  try {
    return evaluate();
  } catch (e) {
    if (e instanceof RuleError) e.locate({ claim });
    throw e;
  }
}

/** The id `regc run` accepts for the module: 文号, 文号/part, or for an amended text the amending 文号. */
export function policyName(mod: AnyModule): string {
  const amended = mod.meta.amendments?.[mod.meta.amendments.length - 1];
  return amended ? amended.number : mod.meta.part ? `${mod.meta.number}/${mod.meta.part}` : mod.meta.number;
}

export function parseClaimDate(text: string, index: number): Day {
  const day = isoDay(text);
  if (day === undefined) {
    throw new CaseError([
      { path: index < 0 ? "$.date" : `$.claims[${index}].date`, message: CASE_MESSAGES.expected('a date "YYYY-MM-DD"', JSON.stringify(text)) },
    ]);
  }
  return day;
}

export function checkIds(claims: { id: string }[]): void {
  if (claims.length < 2) return;
  const seen = new Set<string>();
  const issues: CaseProblem[] = [];
  for (let i = 0; i < claims.length; i++) {
    const id = claims[i]!.id;
    if (seen.has(id)) issues.push({ path: `$.claims[${i}].id`, message: CASE_MESSAGES.idTwice(id) });
    else seen.add(id);
  }
  if (issues.length) throw new CaseError(issues);
}

/**
 * Null when in force; otherwise the trace event explaining why not, in `lang`, with the document's own reason for
 * its first or last day (worded as `regc status` words it). Only a claim outside the period comes here.
 */
function forceStatus(mod: AnyModule, day: Day, lang: Lang): TraceEvent[] | null {
  const f = mod.meta.inForce;
  const on = formatDay(day);
  if (day < f.from) {
    const from = formatDay(f.from);
    const value = lang === "en" ? `not_in_force: ${on} is before ${from} (${f.fromReason.en})` : `not_in_force：${on}早于施行日期${from}（${f.fromReason.zh}）`;
    return [{ at: documentIndex(mod), value }];
  }
  if (f.to !== null && day > f.to) {
    const to = formatDay(f.to);
    const value = lang === "en" ? `not_in_force: ${on} is after ${to} (${f.toReason.en})` : `not_in_force：${on}晚于有效期的最后一天${to}（${f.toReason.zh}）`;
    return [{ at: documentIndex(mod), value }];
  }
  return null;
}

function documentIndex(mod: AnyModule): number {
  const i = mod.provenance.findIndex((p) => p.kind === "document");
  return i < 0 ? 0 : i;
}

/** Outputs as a result writes them; one needing an unknown calendar year is null (its status says why). */
export function formatOutputs(
  mod: AnyModule,
  outputs: Record<string, number | boolean>,
  status: Status,
  unknown?: Readonly<Record<string, CalendarUnknown | undefined>>,
): OutputValues {
  const out: OutputValues = {};
  for (const o of mod.outputs) out[o.name] = unknown?.[o.name] ? null : outputValue(o, outputs[o.name] ?? 0, status);
  return out;
}

/** An output as a result writes it (CONTRACTS.md): money as text with two decimals, a date as YYYY-MM-DD. */
export function outputValue(o: OutputSpec, v: number | boolean, status: Status): OutputValues[string] {
  if (typeof v === "boolean" || o.type === "int") return v;
  if (o.type === "date") return status === "ok" ? formatDay(v) : null;
  return o.type === "money" ? formatScaled(v, 2, 2) : formatScaled(v, o.scale);
}

/** A claim's trace as a result prints it, its words in `lang`. */
export function entries(mod: { provenance: readonly Provenance[] }, trace: readonly TraceEvent[], lang: Lang): TraceEntry[] {
  return trace.map((e) => {
    if (e.step) {
      const step = stepJson(e.step);
      const source = [...new Set(step.notices.map((n) => n.source))].join(", ");
      return { name: "工作日", kind: "calendar", value: stepText(step, lang), citation: citeSources(step.notices), source, rulings: ["R4"], calendar: step };
    }
    const p = mod.provenance[e.at]!;
    return {
      name: p.name,
      ...(p.label ? { label: p.label } : {}),
      kind: p.kind,
      value: e.unknown ? unknownValue(e.unknown.inLang(lang), lang) : traceText(p, e, lang),
      ...(e.unknown ? { unknown: { year: e.unknown.year, date: formatDay(e.unknown.day) } } : {}),
      citation: p.citation,
      source: p.source,
      ...(p.rulings.length ? { rulings: p.rulings } : {}),
      ...(p.uses.length ? { uses: p.uses } : {}),
      ...(e.ranking ? { ranking: rankingJson(e.ranking) } : {}),
    };
  });
}
