// `regc history <plan>`: every parameter of a plan's versions (or of a document's amended texts) with its
// values, the period each applies in, and the article each is printed in. A value that stays the same under the
// same citation across versions (a parameter an amendment left alone) is one entry over their joined period.
import { formatDay, parseDay } from "../../runtime/date.js";
import type { PlanSpec } from "../../runtime/plan.js";
import { periods } from "../../runtime/plan.js";
import { printIr } from "../ir/print.js";
import type { UnitIr } from "../ir/ir.js";
import { unitId } from "../program.js";

export interface HistoryEntry {
  from: string | null;
  to: string | null;
  value: string;
  citation: string;
  /** The version's 文号, and the amendments its text applies. */
  document: string;
  amendments?: string[];
}

export interface ParameterHistory {
  /** `救助比例[低保边缘家庭成员]`, or a scalar parameter's name. */
  name: string;
  values: HistoryEntry[];
}

export interface PlanHistory {
  plan: string;
  versions: { document: string; from: string | null; to: string | null; encoded: boolean; amendments?: string[] }[];
  parameters: ParameterHistory[];
}

export function planHistory(plan: PlanSpec, units: readonly UnitIr[]): PlanHistory {
  const byId = new Map(units.map((u) => [unitId(u), u]));
  const params = new Map<string, HistoryEntry[]>();
  const versions: PlanHistory["versions"] = [];
  for (const { version: v, to } of periods(plan)) {
    const amendments = v.amendments?.length ? { amendments: v.amendments } : {};
    const unit = v.policy === undefined ? undefined : byId.get(v.policy);
    versions.push({ document: v.document, from: v.from, to, encoded: unit !== undefined, ...amendments });
    if (!unit) continue;
    const cite = (at: number) => unit.provenance[at]!.citation;
    for (const p of unit.params) {
      const rows: [string, string, number][] = p.table
        ? [...p.table.rows].map(([member, ir]) => [`${p.name}[${member}]`, printIr(ir), p.table!.rowsAt?.get(member)?.at ?? p.at])
        : p.value
          ? [[p.name, printIr(p.value), p.at]]
          : [];
      for (const [name, value, at] of rows) {
        const list = params.get(name) ?? [];
        const last = list[list.length - 1];
        const citation = cite(at);
        if (last && last.value === value && last.citation === citation && last.to !== null && v.from !== null && next(last.to) === v.from) last.to = to;
        else list.push({ from: v.from, to, value, citation, document: v.document, ...amendments });
        params.set(name, list);
      }
    }
  }
  return { plan: plan.name, versions, parameters: [...params].map(([name, values]) => ({ name, values })) };
}

const next = (iso: string): string => formatDay(parseDay(iso) + 1);
