// A worker's share of `regc impact`: every case evaluated under the old and the new version, per-person totals
// of one output compared, and the chunk's largest changes explained by the provision that caused them (the
// first traced quantity whose value differs, traced again only for those few cases). As if (`--as-if`): each
// version evaluates every claim, whatever its own dates.
import { CaseError, RuleError } from "../../runtime/errors.js";
import { atLine, CANNOT_EVALUATE } from "../messages/problems.js";
import { validateCase } from "../../runtime/case-input.js";
import {
  calendarFor,
  convertClaimsCase,
  evaluateClaim,
  evaluateClaims,
  PersonContext,
  type AnyModule,
  type ClaimOutcome,
  type ClaimsCase,
} from "../../runtime/evaluate.js";
import type { Calendar } from "../../runtime/calendar.js";
import { readOpening } from "../../runtime/opening.js";
import type { TraceEvent } from "../../runtime/module.js";
import { traceText } from "../../runtime/format.js";
import { langOf, type Lang } from "../../runtime/lang.js";
import { casesOf } from "./cases.js";
import type { Chunk, WorkerSetup } from "./protocol.js";
import { parseCase, personIdOf } from "./parse-case.js";

export interface ImpactTotals {
  cases: number;
  claims: number;
  /** Cases one of the versions cannot evaluate (invalid for its schema, or a rule error). */
  skipped: number;
  better: number;
  worse: number;
  same: number;
  /** Sum of the compared output over every claim, old and new, at its scale. */
  oldTotal: bigint;
  newTotal: bigint;
}

export interface Cause {
  name: string;
  citation: string;
  source: string;
  old: string | undefined;
  new: string | undefined;
}

export interface Change {
  line: number;
  /** The `id` the case gives its person, if any (reports name the line otherwise). */
  person: string | undefined;
  old: number;
  new: number;
  /** The claim whose amount changed most, and why. */
  claim: string;
  cause: Cause | undefined;
}

export interface ImpactPart {
  seq: number;
  totals: ImpactTotals;
  top: Change[];
  problems: string[];
  /** With `report`: every person compared, in input order. */
  people: PersonChange[];
}

/** One person's total of the compared output under each version (scaled integers). */
export interface PersonChange {
  line: number;
  person: string | undefined;
  old: number;
  new: number;
}

export function emptyTotals(): ImpactTotals {
  return { cases: 0, claims: 0, skipped: 0, better: 0, worse: 0, same: 0, oldTotal: 0n, newTotal: 0n };
}

interface Evaluated {
  line: number;
  person: string | undefined;
  json: ClaimsCase;
  old: ClaimOutcome[];
  new: ClaimOutcome[];
  oldSum: number;
  newSum: number;
}

export function impactChunk(mods: AnyModule[], setup: WorkerSetup, chunk: Chunk): ImpactPart {
  const calendar = calendarFor(setup, false);
  const [oldMod, newMod] = mods as [AnyModule, AnyModule];
  const totals = emptyTotals();
  const problems: string[] = [];
  const people: PersonChange[] = [];
  let top: Evaluated[] = [];
  // problems on stderr as the command line speaks
  const said = setup.lang ?? "en";
  for (const c of casesOf(chunk, setup.format, setup.header)) {
    const parsed = parseCase(newMod, setup, c);
    if ("problem" in parsed) {
      totals.skipped++;
      problems.push(atLine(said, c.line, `$: ${parsed.problem[said]}`));
      continue;
    }
    try {
      const json = parsed.json as ClaimsCase;
      const old = run(oldMod, json, false, calendar, setup.asIf);
      const now = run(newMod, json, false, calendar, setup.asIf);
      const oldSum = sum(old, setup.output);
      const newSum = sum(now, setup.output);
      totals.cases++;
      totals.claims += now.length;
      totals.oldTotal += BigInt(oldSum);
      totals.newTotal += BigInt(newSum);
      if (newSum > oldSum) totals.better++;
      else if (newSum < oldSum) totals.worse++;
      else totals.same++;
      if (setup.report) people.push({ line: c.line, person: personIdOf(json), old: oldSum, new: newSum });
      if (newSum !== oldSum)
        top = keepLargest(top, { line: c.line, person: personIdOf(json), json, old, new: now, oldSum, newSum }, setup.top, (x) =>
          Math.abs(x.newSum - x.oldSum),
        );
    } catch (e) {
      if (!(e instanceof CaseError || e instanceof RuleError)) throw e;
      totals.skipped++;
      problems.push(
        atLine(
          said,
          c.line,
          e instanceof CaseError
            ? e
                .inLang(said)
                .map((i) => `${i.path}: ${i.message}`)
                .join("; ")
            : `${CANNOT_EVALUATE[said]}${e.inLang(said)}`,
        ),
      );
    }
  }
  return { seq: chunk.seq, totals, top: top.map((e) => explain(oldMod, newMod, e, setup.output, calendar, langOf(setup), setup.asIf)), problems, people };
}

/** Evaluates a case under one version; `lang`: the words of a traced claim's `not_in_force` entry. */
function run(mod: AnyModule, json: ClaimsCase, trace: boolean, calendar: Calendar, asIf = false, lang: Lang = "zh"): ClaimOutcome[] {
  validateCase(mod, json);
  const { person, claims } = convertClaimsCase(mod, json);
  const opening = readOpening(json.ledgers);
  if (!asIf) return evaluateClaims(mod, person, claims, trace, calendar, opening, lang);
  const cx = new PersonContext(calendar, opening);
  for (const [i, claim] of claims.entries()) cx.results.push(evaluateClaim(mod, person, claim, cx, trace, i));
  return cx.results;
}

function sum(outcomes: readonly ClaimOutcome[], output: string): number {
  let total = 0;
  for (const o of outcomes) {
    const v = o.outputs?.[output];
    if (typeof v === "number") total += v;
  }
  return total;
}

/** The `n` items of largest size, largest first, after adding `item`. */
export function keepLargest<T>(list: T[], item: T, n: number, size: (x: T) => number): T[] {
  if (list.length >= n && size(item) <= size(list[list.length - 1]!)) return list;
  return [...list, item].sort((a, b) => size(b) - size(a)).slice(0, n);
}

/** Re-evaluates one person under both versions with the trace on, at the claim that changed most; values' words in `lang`. */
function explain(oldMod: AnyModule, newMod: AnyModule, e: Evaluated, output: string, calendar: Calendar, lang: Lang, asIf = false): Change {
  const at = e.new.reduce((best, _, i) => (diff(e, i, output) > diff(e, best, output) ? i : best), 0);
  // Calendar steps (at -1) cite notices, not provisions of either version: the values they lead to are compared.
  const oldTrace = (run(oldMod, e.json, true, calendar, asIf, lang)[at]?.trace ?? []).filter((t) => t.at >= 0);
  const newTrace = (run(newMod, e.json, true, calendar, asIf, lang)[at]?.trace ?? []).filter((t) => t.at >= 0);
  return {
    line: e.line,
    person: e.person,
    old: e.oldSum,
    new: e.newSum,
    claim: e.new[at]!.id,
    cause: firstDifference(oldMod, oldTrace, newMod, newTrace, lang),
  };
}

function diff(e: Evaluated, i: number, output: string): number {
  const value = (o: ClaimOutcome | undefined) => (typeof o?.outputs?.[output] === "number" ? (o.outputs[output] as number) : 0);
  return Math.abs(value(e.new[i]) - value(e.old[i]));
}

/**
 * The first quantity of the new version's trace whose value the old version traced differently, or did not
 * trace at all. Inputs are the same on both sides; a parameter only the new version has is not a difference
 * by itself (the value that uses it is). A limit that changed is not the cause when its ledger reached the
 * limit under neither version (a higher annual cap changes nothing for a claim far below it).
 */
export function firstDifference(
  oldMod: AnyModule,
  oldTrace: readonly TraceEvent[],
  newMod: AnyModule,
  newTrace: readonly TraceEvent[],
  lang: Lang,
): Cause | undefined {
  const before = new Map<string, string>();
  for (const e of oldTrace) {
    const p = oldMod.provenance[e.at]!;
    if (!before.has(p.name)) before.set(p.name, traceText(p, e, lang));
  }
  const idle = idleLimits([oldMod, oldTrace], [newMod, newTrace]);
  const seen = new Set<string>();
  for (const e of newTrace) {
    const p = newMod.provenance[e.at]!;
    if (p.kind === "input" || seen.has(p.name)) continue;
    seen.add(p.name);
    const old = before.get(p.name);
    if (old === undefined && p.kind === "param") continue;
    if (idle.has(p.name)) continue;
    const now = traceText(p, e, lang);
    if (old !== now) return { name: p.name, citation: p.citation, source: p.source, old, new: now };
  }
  for (const e of oldTrace) {
    const p = oldMod.provenance[e.at]!;
    if (p.kind !== "input" && p.kind !== "param" && !seen.has(p.name))
      return { name: p.name, citation: p.citation, source: p.source, old: traceText(p, e, lang), new: undefined };
  }
  return undefined;
}

/**
 * The ledgers that reached their limit under neither version, and the parameters only they use: a change to
 * them cannot have changed this claim's amounts.
 */
function idleLimits(...sides: [AnyModule, readonly TraceEvent[]][]): Set<string> {
  const bound = new Set<string>();
  const ledgers = new Map<string, readonly string[]>();
  const usedElsewhere = new Set<string>();
  for (const [mod, trace] of sides) {
    for (const e of trace) {
      const p = mod.provenance[e.at]!;
      if (p.kind === "ledger") {
        ledgers.set(p.name, p.uses);
        if (e.limit !== undefined && e.to !== undefined && e.to >= e.limit) bound.add(p.name);
      } else for (const u of p.uses) usedElsewhere.add(u);
    }
  }
  const idle = new Set<string>();
  for (const [name, uses] of ledgers) {
    if (bound.has(name)) continue;
    idle.add(name);
    for (const u of uses) if (!usedElsewhere.has(u)) idle.add(u);
  }
  return idle;
}
