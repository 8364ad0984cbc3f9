// The plans of a project as routing tables (runtime/plan.ts): every `plan "…"` with its versions in order,
// each part file of a plan's versions as `plan/part` (a part carried over keeps its first document's rules,
// one replaced routes to its replacement, one ended is not in force), and every document whose text was
// amended from a date, callable by its 文号. `regc build` writes them to generated/plans.ts; the commands
// build them from the program they compiled, drafts included.
import { formatDay, parseDay } from "../../runtime/date.js";
import type { EndFact } from "../../runtime/force.js";
import type { PlanSpec, VersionSpec } from "../../runtime/plan.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Documents from "../messages/documents.js";
import { byCodePoint } from "../../dsl/text-order.js";
import type { LedgerIr, UnitIr } from "../ir/ir.js";
import type { DocumentLife, Lifecycle } from "./periods.js";
import { unitId } from "../program.js";

// Plans of a compiled program, made once: the build, the manifest and the resolution of every name it lists
// ask for them again and again.
const made = new WeakMap<Lifecycle, { units: readonly UnitIr[]; plans: readonly PlanSpec[] }>();

export function plansOf(lifecycle: Lifecycle, units: readonly UnitIr[]): readonly PlanSpec[] {
  const known = made.get(lifecycle);
  if (known?.units === units) return known.plans;
  const plans = makePlans(lifecycle, units);
  made.set(lifecycle, { units, plans });
  return plans;
}

function makePlans(lifecycle: Lifecycle, units: readonly UnitIr[]): PlanSpec[] {
  const out: PlanSpec[] = [];
  const byPlan = new Map<string, DocumentLife[]>();
  for (const d of lifecycle.documents.values()) if (d.plan !== undefined) byPlan.set(d.plan, [...(byPlan.get(d.plan) ?? []), d]);
  const mains = new Map<string, UnitIr[]>();
  for (const u of units) if (!u.part) mains.set(u.number, [...(mains.get(u.number) ?? []), u]);
  for (const [name, docs] of [...byPlan].sort(([a], [b]) => byCodePoint(a, b))) {
    docs.sort((a, b) => byCodePoint(start(a), start(b)) || byCodePoint(a.number, b.number));
    out.push({ name, versions: docs.flatMap((d) => versionsOf(d, mains.get(d.number) ?? [], lifecycle)) });
    for (const part of partNames(docs)) out.push({ name: `${name}/${part}`, versions: docs.map((d) => partVersion(d, part, units, lifecycle)) });
  }
  // A document whose text changes from a date is a series of its own, called by its 文号.
  for (const d of [...lifecycle.documents.values()].sort((a, b) => byCodePoint(a.number, b.number))) {
    const own = mains.get(d.number) ?? [];
    if (own.some((u) => u.amendments)) out.push({ name: d.number, versions: versionsOf(d, own, lifecycle) });
  }
  return out;
}

const start = (d: DocumentLife): string => d.period.from ?? d.earliest ?? "0000-01-01";

/** The document's own fields of a version: its dates and what decides them. */
function dated(d: DocumentLife): Pick<VersionSpec, "document" | "title" | "from" | "fromReason" | "earliest" | "decided" | "shown" | "ends"> {
  return {
    document: d.number,
    title: d.title,
    from: d.period.from,
    fromReason: d.period.fromReason.en,
    ...(d.earliest ? { earliest: d.earliest } : {}),
    decided: d.decided,
    shown: d.shown,
    ends: d.ends,
  };
}

/**
 * A document's versions: its text as written, then as amended from each amendment's date. Without rules it
 * is one version, known but not encoded.
 */
function versionsOf(d: DocumentLife, own: readonly UnitIr[], lifecycle: Lifecycle): VersionSpec[] {
  const written = own.find((u) => !u.amendments);
  const amended = own.filter((u) => u.amendments).sort((a, b) => a.amendments!.length - b.amendments!.length);
  const texts = [written, ...amended];
  return texts.map((u, i) => {
    const next = amended[i];
    const last = u?.amendments?.[u.amendments.length - 1];
    const by = last ? lifecycle.documents.get(last.number) : undefined;
    const until: EndFact | undefined = next && {
      to: next.inForce.from && dayBefore(next.inForce.from),
      reason: { en: `from ${next.inForce.from} the text as amended by ${unitId(next)} applies`, zh: `自${next.inForce.from}起适用经${unitId(next)}修改的文本` },
      by: unitId(next),
      decided: lifecycle.documents.get(unitId(next))?.decided ?? null,
      act: "amends",
    };
    return {
      ...dated(d),
      ...(u ? { policy: unitId(u) } : {}),
      ...(u?.amendments
        ? { amendments: u.amendments.map((a) => a.number), from: last!.from, fromReason: u.inForce.fromReason.en, decided: by?.decided ?? null }
        : {}),
      ...(until ? { until } : {}),
    };
  });
}

const dayBefore = (iso: string): string => formatDay(parseDay(iso) - 1);

/** Every part name of the plan's versions: own parts, and the names replacements took. */
function partNames(docs: readonly DocumentLife[]): string[] {
  const names = new Set<string>();
  for (const d of docs) for (const p of d.parts.keys()) names.add(p);
  return [...names].sort();
}

/** The version of `plan/part` under one version of the plan. */
function partVersion(d: DocumentLife, part: string, units: readonly UnitIr[], lifecycle: Lifecycle): VersionSpec {
  const base = dated(d);
  const unitOf = (number: string, name: string) => units.find((u) => u.number === number && u.part === name && !u.amendments);
  const own = d.parts.has(part) ? unitOf(d.number, part) : undefined;
  if (d.parts.has(part)) return { ...base, ...(own ? { policy: unitId(own) } : {}) };
  const carried = d.carried.get(part);
  if (carried) {
    const origin = [...lifecycle.documents.values()].find((x) => x.parts.get(part) === carried);
    const unit = origin && unitOf(origin.number, part);
    return { ...base, ...(unit ? { policy: unitId(unit) } : {}), ...(origin ? { carriedFrom: origin.number } : {}) };
  }
  const account = d.accounts.find((a) => a.part === part);
  if (account?.action === "replaces") {
    const unit = unitOf(d.number, account.by!);
    return { ...base, ...(unit ? { policy: unitId(unit) } : {}) };
  }
  if (account?.action === "ends")
    return {
      ...base,
      absent: {
        by: d.number,
        reason: {
          en: `${d.number} ended the part "${part}" of ${account.target}${account.where.en}`,
          zh: `${d.number}终止了${account.target}的“${part}”${account.where.zh}`,
        },
      },
    };
  // Another version's part: through a replacement by a later version, or not a part of this one at all.
  const later = [...lifecycle.documents.values()].flatMap((x) => x.accounts).find((a) => a.target === d.number && a.action === "replaces" && a.by === part);
  const earlier = later && unitOf(d.number, later.part);
  if (earlier) return { ...base, policy: unitId(earlier) };
  // A document with no rules encoded (the seeds only name it) cannot be said to lack the part: it governs its
  // days as the plan's own version does, known but not encoded.
  if (!units.some((u) => u.number === d.number)) return base;
  return { ...base, absent: { by: d.number, reason: { en: `${d.number} has no part "${part}"`, zh: `${d.number}没有“${part}”这一部分` } } };
}

/**
 * Ledgers carry across the versions of a plan by name (RULINGS R10), so one name must keep its kind: a cap
 * under one version and a deductible under the next cannot share a year's amount.
 */
export function checkPlanLedgers(lifecycle: Lifecycle, units: readonly UnitIr[], report: (file: string) => Diagnostic[]): void {
  const seen = new Map<string, LedgerIr & { number: string }>();
  // A version amended from a date shares its ledgers' declarations with the text it amends: one report each.
  const reported = new Set<string>();
  for (const u of units) {
    const plan = lifecycle.documents.get(u.number)?.plan;
    if (plan === undefined) continue;
    for (const l of u.ledgers) {
      const key = `${plan}|${u.part ?? ""}|${l.name}`;
      const first = seen.get(key);
      if (!first) seen.set(key, { ...l, number: u.number });
      else if (first.kind !== l.kind && !reported.has(`${l.origin.span.file}:${l.origin.span.start.offset}`)) {
        reported.add(`${l.origin.span.file}:${l.origin.span.start.offset}`);
        report(l.origin.span.file).push(
          diagnose(
            Documents.ledgerChangesKind,
            l.origin.span,
            { ledger: l.name, kind: l.kind, unit: unitId(u), firstKind: first.kind, first: first.number, plan },
            [{ span: first.origin.span, text: { en: `a ${first.kind} in ${first.number}`, zh: `在 ${first.number} 中是 ${first.kind}` } }],
          ),
        );
      }
    }
  }
}
