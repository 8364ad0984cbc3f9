// The explanation of a plan's result: each claim explained under the version that decided it (model.ts, one
// module at a time), in the case's order, and a claim no rules were applied to said in one sentence with why.
// Totals add up every version's paid claims; the articles quoted are each version's, named by its 文号.
import type { UnitIr } from "../../compiler/ir/ir.js";
import type { AnyModule, ClaimResult, ClaimsResult } from "../../runtime/evaluate.js";
import type { PlanRun, RoutedClaimResult } from "../../runtime/plan.js";
import { formatScaled, parseScaled } from "../../runtime/scaled.js";
import type { ExplainContext } from "./context.js";
import { explain, type Explanation, type Item, type OutputLine } from "./model.js";
import type { Lang } from "../../dsl/lang.js";
import { documentRef, ITEM } from "./sentences.js";

/** The version a routed claim was decided by, in each language. */
const VERSION: Record<
  Lang,
  { applied(document: string, amended: string, carried: string): string; amended(by: readonly string[]): string; carried(from: string): string; each: string }
> = {
  zh: {
    applied: (document, amended, carried) => `适用${document}${amended}${carried}`,
    amended: (by) => `，经${by.join("、")}修改`,
    carried: (from) => `，沿用${from}的规定`,
    each: "按结算日适用的版本",
  },
  en: {
    applied: (document, amended, carried) => `under ${document}${amended}${carried}`,
    amended: (by) => `, as amended by ${by.join(", ")}`,
    carried: (from) => `, continuing the provisions of ${from}`,
    each: "the version in force on each settlement date",
  },
};

/** `适用示例府办发〔2024〕1号`, `…，经示例府办发〔2024〕2号修改`: the version a routed claim was decided by. */
export function versionNote(c: Pick<RoutedClaimResult, "document" | "amendments" | "carriedFrom">, lang: Lang): string {
  if (!c.document) return "";
  const w = VERSION[lang];
  return w.applied(c.document, c.amendments?.length ? w.amended(c.amendments) : "", c.carriedFrom ? w.carried(c.carriedFrom) : "");
}

/** Whether a result came from routing among versions (its claims name their version, or say why none). */
export function isRouted(run: PlanRun): boolean {
  const r = run.result;
  const items: Pick<RoutedClaimResult, "document" | "reason">[] = "claims" in r ? r.claims : [r];
  return items.some((c) => c.document !== undefined || c.reason !== undefined);
}

interface CaseJson {
  person?: unknown;
  claims?: unknown[];
  meta?: unknown;
}

export function explainRun<L extends Lang>(
  name: string,
  run: PlanRun,
  json: unknown,
  units: ReadonlyMap<AnyModule, UnitIr>,
  cxOf: (mod: AnyModule) => ExplainContext,
  lang: L,
): Explanation & { lang: L } {
  const first = run.modules.find((m) => m !== undefined);
  if (!isRouted(run) && first) return explain(first, units.get(first)!, run.result, json, cxOf(first), lang);
  const input = (json ?? {}) as CaseJson;
  const claims: RoutedClaimResult[] = "claims" in run.result ? run.result.claims : [{ id: "", ...run.result }];
  // Each version explains its own claims; their items go back to the case's order.
  const groups = new Map<AnyModule, number[]>();
  run.modules.forEach((m, i) => m && groups.set(m, [...(groups.get(m) ?? []), i]));
  const items: Item[] = claims.map((c, i) => unapplied(c, i, "claims" in run.result, lang));
  const parts: Explanation[] = [];
  for (const [mod, indices] of groups) {
    const sub: ClaimsResult = { policy: name, claims: indices.map((i) => claims[i] as ClaimResult) };
    const subJson = { ...input, claims: indices.map((i) => input.claims?.[i] ?? {}) };
    const x =
      "claims" in run.result ? explain(mod, units.get(mod)!, sub, subJson, cxOf(mod), lang) : explain(mod, units.get(mod)!, run.result, json, cxOf(mod), lang);
    parts.push(x);
    x.items.forEach((item, j) => {
      const i = indices[j]!;
      items[i] = { ...item, heading: items[i]!.heading, version: versionNote(claims[i]!, lang), document: x.document };
    });
  }
  const several = new Set(parts.map((x) => x.document.number)).size > 1;
  const totals = sums(items);
  const headline = totals.find((o) => o.name === "total") ?? (totals.length === 1 ? totals[0] : undefined);
  // A document whose text was amended keeps its own title; a plan is named by its name.
  const document =
    !several && parts[0] && parts[0].document.number === name ? parts[0].document : { number: VERSION[lang].each, title: name, ref: documentRef(name) };
  const quoted = parts.flatMap((x) =>
    several ? x.provisions.map((q) => ({ ...q, path: q.path.includes("号 ") ? q.path : `${x.document.number} ${q.path}` })) : x.provisions,
  );
  return {
    lang,
    document,
    mode: "claims" in run.result ? "claims" : "facts",
    ...(parts[0]?.meta ? { meta: parts[0].meta } : {}),
    person: parts[0]?.person ?? [],
    items,
    totals,
    ...(headline ? { headline } : {}),
    provisions: [...new Map(quoted.map((q) => [q.path, q])).values()],
    rulings: [...new Map(parts.flatMap((x) => x.rulings).map((r) => [r.id, r])).values()],
    ...(parts[0]?.appeal ? { appeal: parts[0].appeal } : {}),
  };
}

/** A claim no rules were applied to: its status and why, in one sentence. */
function unapplied(c: RoutedClaimResult, i: number, claims: boolean, lang: Lang): Item {
  return {
    id: c.id,
    heading: claims ? ITEM[lang].claim(i + 1, c.id) : ITEM[lang].conclusion,
    ...(c.document ? { version: c.document } : {}),
    status: c.status,
    ...(c.reason ? { statement: c.reason } : {}),
    facts: [],
    deciding: [],
    steps: [],
    outputs: [],
    ledgers: [],
  };
}

/** Each money output added up over the claims paid, whichever version paid them. */
function sums(items: readonly Item[]): OutputLine[] {
  const out = new Map<string, OutputLine & { fen: number }>();
  for (const item of items) {
    for (const o of item.outputs) {
      if (!o.money) continue;
      const line = out.get(o.name) ?? { ...o, value: "", fen: 0 };
      if (item.status === "ok") line.fen += parseScaled(o.value, 2) ?? 0;
      out.set(o.name, line);
    }
  }
  return [...out.values()].map(({ fen, ...o }) => ({ ...o, value: formatScaled(fen, 2, 2) }));
}
