// A plan is what users call: the versions of one series of documents (`plan "…"`), each in force for a
// period, or one document whose text was amended from a date. Each claim is evaluated under the version in
// force on its date and names it; a date governed by a version known but not encoded, a date the texts leave
// undecided (RULINGS R11) and a date no version covers each get a status of their own, never an amount.
// Ledgers carry across versions by name (R10): what a person used under one version counts under the next in
// the same year, and the limit at each claim is that claim's version's own. With `knownOn`, the plan is read
// as it stood that day: a version, an extension, a repeal or an amendment decided later does not exist yet.
import { CASE_MESSAGES } from "./case-messages.js";
import { CaseError, type CaseProblem } from "./errors.js";
import type { Calendar } from "./calendar.js";
import { convertFields, dedupe, validateCase } from "./case-input.js";
import { formatDay, parseDay, yearOf } from "./date.js";
import {
  calendarFor,
  checkIds,
  claimResult,
  entries,
  formatOutputs,
  hasUnknown,
  markProvisional,
  outputStatusOf,
  evaluateClaim,
  evaluateFacts,
  parseClaimDate,
  PersonContext,
  type AnyModule,
  type ClaimOutcome,
  type ClaimResult,
  type ClaimsCase,
  type ConvertedClaim,
  type FactsCase,
  type FactsResult,
  type RunOptions,
  type TraceEntry,
} from "./evaluate.js";
import { endAsKnown, knownBy, shownAsKnown, type EndFact, type ShownFact } from "./force.js";
import type { Status, TraceEvent } from "./module.js";
import { checkLedgerNames, readOpening } from "./opening.js";
import { langOf, type Lang, type Text } from "./lang.js";
import { gapReason, notEncodedReason, unknownReason } from "./plan-reasons.js";
import { formatScaled } from "./scaled.js";
import { limitSince } from "./trace-messages.js";

/** One version of a plan: the days it governs, what decides them, and the rules that apply (if encoded). */
export interface VersionSpec {
  /** The 文号 governing the version's days. */
  document: string;
  title: string;
  /** The policy id (`regc run`'s) of the rules that apply; absent when the version has no rules encoded. */
  policy?: string;
  /** The amendments whose text this version is, oldest first. */
  amendments?: string[];
  /** For a part this version carried over from an earlier document: that document, whose rules still apply. */
  carriedFrom?: string;
  /** For a part this version does not have: the document that ended it, and why, or that it never had it. */
  absent?: { by: string; reason: Text };
  /** First day; null when the texts do not print it (R11). */
  from: string | null;
  fromReason: string;
  /** For an unknown first day: 1 January of the year in its 文号, before which it cannot have existed. */
  earliest?: string;
  /** The day the version was decided (its document's, or its amendment's); null when the texts do not say. */
  decided: string | null;
  /** For an unknown first day: other documents' acts that show it in force. */
  shown: ShownFact[];
  /** Its last day and every act that moved it, oldest first. */
  ends: EndFact[];
  /** The day before a later version of the same document's text (an amendment) takes over, once decided. */
  until?: EndFact;
}

export interface PlanSpec {
  /** The name it is called by: the plan's, `plan/part`, or the 文号 of a document amended from a date. */
  name: string;
  versions: VersionSpec[];
}

/** Where a day falls among a plan's versions, as known on a day. */
export type Route =
  | { kind: "version"; version: VersionSpec }
  | { kind: "unknown"; version: VersionSpec; reason: Text }
  | { kind: "gap"; gap: Gap; reason: Text };

/** Days no version covers: after `after` ends and before `before` starts (either may be missing). */
export interface Gap {
  after?: string;
  from: string | null;
  to: string | null;
  before?: string;
}

export interface Period {
  version: VersionSpec;
  to: string | null;
  end: EndFact;
}

/** The versions that exist as known on `knownOn`, each with its last day as known then. */
export function periods(plan: PlanSpec, knownOn?: string): Period[] {
  const out: Period[] = [];
  for (const version of plan.versions) {
    if (!knownBy({ by: version.document, decided: version.decided }, knownOn)) continue;
    let end = endAsKnown(version.ends, knownOn);
    const until = version.until;
    if (until && knownBy(until, knownOn) && (end.to === null || (until.to !== null && until.to < end.to))) end = until;
    out.push({ version, to: end.to, end });
  }
  return out;
}

const dayAfter = (iso: string): string => formatDay(parseDay(iso) + 1);
const dayBefore = (iso: string): string => formatDay(parseDay(iso) - 1);

/** The version governing `day` (YYYY-MM-DD), or why none can be named. */
export function route(plan: PlanSpec, day: string, knownOn?: string): Route {
  const known = periods(plan, knownOn);
  let unknown: Route | undefined;
  for (const p of known) {
    const v = p.version;
    if (p.to !== null && day > p.to) continue;
    if (v.from !== null) {
      if (day >= v.from) return { kind: "version", version: v };
      continue;
    }
    if (v.earliest !== undefined && day < v.earliest) continue;
    const shown = shownAsKnown(v.shown, knownOn);
    if (shown && day >= shown.from) return { kind: "version", version: v };
    unknown ??= { kind: "unknown", version: v, reason: unknownReason(day, v, shown) };
  }
  if (unknown) return unknown;
  const before = [...known].reverse().find((p) => p.to !== null && p.to < day);
  const after = known.find((p) => (p.version.from ?? p.version.earliest ?? "9999-12-31") > day);
  const gap: Gap = {
    ...(before ? { after: before.version.document } : {}),
    from: before?.to ? dayAfter(before.to) : null,
    to: after ? dayBefore(after.version.from ?? after.version.earliest!) : null,
    ...(after ? { before: after.version.document } : {}),
  };
  return { kind: "gap", gap, reason: gapReason(plan.name, day, knownOn, before, after, known.length > 0) };
}

/** A plan with the rule modules its versions name, by policy id. */
export interface LoadedPlan {
  spec: PlanSpec;
  modules: ReadonlyMap<string, AnyModule>;
}

/** A claim's result under a plan: the version that governed it, or why none could be applied. */
export interface RoutedClaimResult extends ClaimResult {
  /** The governing version's 文号. */
  document?: string;
  amendments?: string[];
  carriedFrom?: string;
  /** Why no rules were applied, for people, in the language the run asked for (RunOptions.lang). */
  reason?: string;
  gap?: Gap;
}

export interface RoutedClaimsResult {
  policy: string;
  claims: RoutedClaimResult[];
}

export interface RoutedFactsResult extends FactsResult {
  document?: string;
  amendments?: string[];
  carriedFrom?: string;
  reason?: string;
  gap?: Gap;
}

/**
 * A routed result, with the module each claim was evaluated by (to explain it), or undefined for none, and
 * what each claim came to before its amounts were written as text (a batch run adds those up).
 */
export interface PlanRun {
  result: RoutedClaimsResult | RoutedFactsResult;
  modules: (AnyModule | undefined)[];
  outcomes: ClaimOutcome[];
}

/** The mode of the plan's rules: claims, or one set of facts (part files such as deadlines). */
function modeOf(plan: LoadedPlan): "claims" | "facts" {
  for (const m of plan.modules.values()) return m.meta.mode;
  return "claims";
}

export function runPlanCase(plan: LoadedPlan, json: unknown, options: RunOptions = {}): PlanRun {
  const run = (calendar: Calendar): PlanRun =>
    modeOf(plan) === "facts" ? runPlanFacts(plan, json, options, calendar) : runPlanClaims(plan, json, options, calendar);
  const known = run(calendarFor(options, false));
  if (!options.provisionalCalendar || !hasUnknown(known.result)) return known;
  // As runCase does: counted again with the statute's holidays for the years no notice arranges.
  const counted = run(calendarFor(options, true));
  return { ...counted, result: markProvisional(known.result, counted.result, langOf(options)) as PlanRun["result"] };
}

interface Routed {
  route: Route;
  module?: AnyModule;
}

function routeDay(plan: LoadedPlan, day: string, knownOn: string | undefined): Routed {
  const r = route(plan.spec, day, knownOn);
  if (r.kind !== "version" || r.version.policy === undefined || r.version.absent) return { route: r };
  return { route: r, module: plan.modules.get(r.version.policy)! };
}

/** What a result says of the version that governed it, in the contract's order of fields; `reason` in `lang`. */
function versionFields(r: Route, lang: Lang): Pick<RoutedClaimResult, "document" | "amendments" | "carriedFrom" | "reason" | "gap"> {
  if (r.kind === "gap") return { reason: r.reason[lang], gap: r.gap };
  const v = r.version;
  // A part a later version ended says so (its status is not_in_force), not that its rules are not encoded.
  const reason = r.kind === "unknown" ? r.reason : v.absent ? v.absent.reason : v.policy === undefined ? notEncodedReason(v) : undefined;
  return {
    document: v.document,
    ...(v.amendments?.length ? { amendments: v.amendments } : {}),
    ...(v.carriedFrom ? { carriedFrom: v.carriedFrom } : {}),
    ...(reason ? { reason: reason[lang] } : {}),
  };
}

/** The status of a day no rules were applied to. */
function statusOf(r: Route): Status {
  if (r.kind === "unknown") return "in_force_unknown";
  if (r.kind === "gap" || r.version.absent) return "not_in_force";
  return "not_encoded";
}

function reasonTrace(plan: LoadedPlan, r: Route, lang: Lang): TraceEntry[] {
  const f = versionFields(r, lang);
  return [{ name: plan.spec.name, kind: "document", value: `${statusOf(r)}: ${f.reason ?? ""}`, citation: f.document ?? "", source: "" }];
}

function runPlanClaims(plan: LoadedPlan, json: unknown, options: RunOptions, calendar: Calendar): PlanRun {
  const c = envelope(json);
  const routed = c.claims.map((claim) => routeDay(plan, claim.date, options.knownOn));
  checkLedgerNames(c.ledgers, ledgerNames(plan));
  const { persons, claims } = convertRouted(c, routed);
  const cx = new PersonContext(calendar, readOpening(c.ledgers));
  const trace = options.trace === true;
  const lang = langOf(options);
  const limits = new Map<string, { policy: string; limit: number }>();
  const results: RoutedClaimResult[] = [];
  const modules: (AnyModule | undefined)[] = [];
  routed.forEach(({ route: r, module: mod }, i) => {
    const claim = claims[i]!;
    modules.push(mod);
    if (!mod) {
      const outcome: ClaimOutcome = { id: claim.id, status: statusOf(r), outputs: null, category: undefined, trace: null, values: undefined };
      cx.results.push(outcome);
      results.push(withVersion({ id: claim.id, status: outcome.status, outputs: {} }, r, lang, trace ? reasonTrace(plan, r, lang) : undefined));
      return;
    }
    const outcome = evaluateClaim(mod, persons.get(mod)!, claim, cx, trace, i);
    cx.results.push(outcome);
    if (outcome.trace) noteLimitChanges(mod, (r as { version: VersionSpec }).version, yearOf(claim.date), outcome.trace, limits);
    const { trace: entries, ...rest } = claimResult(mod, outcome, options);
    results.push(withVersion(rest, r, lang, entries));
  });
  return { result: { policy: plan.spec.name, claims: results }, modules, outcomes: cx.results };
}

function withVersion(result: Omit<ClaimResult, "trace">, r: Route, lang: Lang, trace: TraceEntry[] | undefined): RoutedClaimResult {
  const { id, status, outputs } = result;
  return { id, status, ...versionFields(r, lang), outputs, ...(trace ? { trace } : {}) };
}

/**
 * R10: the limit at each claim is its version's own. Where it differs from the limit the year's earlier claims
 * met under another version, the ledger's trace says since when (`上限自2024-07-01起为120000.00`).
 */
function noteLimitChanges(
  mod: AnyModule,
  version: VersionSpec,
  year: number,
  events: TraceEvent[],
  limits: Map<string, { policy: string; limit: number }>,
): void {
  const policy = version.policy!;
  for (const e of events) {
    const p = mod.provenance[e.at]!;
    if (p.kind !== "ledger" || e.limit === undefined) continue;
    const key = `${year}|${p.name}`;
    const before = limits.get(key);
    if (before && before.policy !== policy && before.limit !== e.limit && version.from !== null) {
      e.note = limitSince(version.from, formatScaled(e.limit, 2, 2));
    }
    limits.set(key, { policy, limit: e.limit });
  }
}

/** Every ledger name any version keeps: what a case's opening balances may name. */
function ledgerNames(plan: LoadedPlan): string[] {
  return [...new Set([...plan.modules.values()].flatMap((m) => m.ledgers.map((l) => l.name)))];
}

/** The case's shape before routing: an object with claims, each with an id and a date. */
function envelope(json: unknown): ClaimsCase {
  const issues: CaseProblem[] = [];
  if (json === null || typeof json !== "object" || Array.isArray(json)) throw new CaseError([{ path: "$", message: CASE_MESSAGES.claimsCase }]);
  const c = json as ClaimsCase;
  if (!Array.isArray(c.claims))
    throw new CaseError([{ path: "$.claims", message: c.claims === undefined ? CASE_MESSAGES.required : CASE_MESSAGES.listOfClaims }]);
  c.claims.forEach((claim, i) => {
    if (claim === null || typeof claim !== "object") {
      issues.push({ path: `$.claims[${i}]`, message: CASE_MESSAGES.anObject });
      return;
    }
    if (typeof claim.id !== "string" || !claim.id) issues.push({ path: `$.claims[${i}].id`, message: CASE_MESSAGES.claimId });
    try {
      parseClaimDate(claim.date, i);
    } catch (e) {
      if (e instanceof CaseError) issues.push(...e.problems);
      else throw e;
    }
  });
  if (issues.length) throw new CaseError(issues);
  return c;
}

/**
 * Each claim is checked against the schema of the version that governs it, and the person against the schema
 * of every version some claim is evaluated under; errors keep the case's own JSON paths.
 */
function convertRouted(c: ClaimsCase, routed: readonly Routed[]): { persons: Map<AnyModule, Record<string, unknown>>; claims: ConvertedClaim[] } {
  const issues: CaseProblem[] = [];
  const byModule = new Map<AnyModule, number[]>();
  routed.forEach((r, i) => r.module && byModule.set(r.module, [...(byModule.get(r.module) ?? []), i]));
  const persons = new Map<AnyModule, Record<string, unknown>>();
  const claims: ConvertedClaim[] = c.claims.map((claim, i) => ({ id: claim.id, date: parseClaimDate(claim.date, i) }) as ConvertedClaim);
  for (const [mod, indices] of byModule) {
    const sub = { ...(c.person !== undefined ? { person: c.person } : {}), claims: indices.map((i) => c.claims[i]!) };
    const remap = (path: string) => path.replace(/^\$\.claims\[(\d+)\]/, (_, j: string) => `$.claims[${indices[Number(j)]}]`);
    try {
      validateCase(mod, sub);
      persons.set(mod, convertFields(mod.person, c.person ?? {}, "$.person"));
      for (const i of indices) {
        const converted = convertFields(mod.claim, c.claims[i]!, "$.claims", i) as ConvertedClaim;
        claims[i] = Object.assign(converted, { id: claims[i]!.id, date: claims[i]!.date });
      }
    } catch (e) {
      if (!(e instanceof CaseError)) throw e;
      for (const issue of e.problems) issues.push({ path: remap(issue.path), message: issue.message });
    }
  }
  if (issues.length) throw new CaseError(dedupe(issues));
  checkIds(claims);
  return { persons, claims };
}

function runPlanFacts(plan: LoadedPlan, json: unknown, options: RunOptions, calendar: Calendar): PlanRun {
  if (json === null || typeof json !== "object" || Array.isArray(json)) throw new CaseError([{ path: "$", message: CASE_MESSAGES.factsCase }]);
  const c = json as FactsCase;
  const date = parseClaimDate(c.date, -1);
  const { route: r, module: mod } = routeDay(plan, formatDay(date), options.knownOn);
  if (!mod) {
    const result: RoutedFactsResult = {
      policy: plan.spec.name,
      status: statusOf(r),
      ...versionFields(r, langOf(options)),
      outputs: {},
      ...(options.trace ? { trace: reasonTrace(plan, r, langOf(options)) } : {}),
    };
    return { result, modules: [undefined], outcomes: [] };
  }
  validateCase(mod, json);
  const o = evaluateFacts(mod, c, calendar, options.trace === true, true);
  const outputStatus = outputStatusOf(o, langOf(options));
  const result: RoutedFactsResult = {
    policy: plan.spec.name,
    status: o.status,
    ...versionFields(r, langOf(options)),
    outputs: o.outputs ? formatOutputs(mod, o.outputs, o.status, o.unknown) : {},
    ...(outputStatus ? { outputStatus } : {}),
    ...(options.trace && o.trace ? { trace: entries(mod, o.trace, langOf(options)) } : {}),
  };
  return { result, modules: [mod], outcomes: [o] };
}
