// How each traced quantity reads, from its type and scale: recorded in the provenance table so that the
// runtime only stores raw values while evaluating and formats them when a trace is printed.
import type { Display } from "../../runtime/module.js";
import type { UnitIr } from "../ir/ir.js";
import { branchesOf } from "../ir/walk.js";
import type { Ty } from "../ir/types.js";

export function displayOf(ty: Ty, scale: number): Display {
  switch (ty.k) {
    case "money":
    case "rate":
    case "points":
      return { kind: ty.k, scale };
    case "int":
    case "decimal":
      return { kind: "number", scale };
    case "duration":
      return { kind: "duration", unit: ty.unit };
    case "date":
    case "bool":
    case "set":
      return { kind: ty.k };
    default:
      return { kind: "text" };
  }
}

/** Fills in the display of every provenance entry a checked unit traces. */
export function assignDisplays(u: UnitIr): void {
  const set = (at: number, d: Display) => {
    u.provenance[at]!.display = d;
  };
  for (const p of u.params) for (const at of [p.at, ...[...(p.table?.rowsAt?.values() ?? [])].map((r) => r.at)]) set(at, displayOf(p.ty, p.scale));
  for (const t of u.inputsTraced) set(t.at, displayOf(t.ty, t.scale));
  for (const l of u.ledgers) set(l.at, { kind: "ledger" });
  for (const o of u.outputs) set(o.at, displayOf(o.ty, o.scale));
  for (const step of u.steps) {
    if (step.kind !== "value") continue;
    const v = step.v;
    for (const at of [v.at, ...branchesOf(v).map((b) => b.at)]) set(at, displayOf(v.ty, v.scale));
  }
}
