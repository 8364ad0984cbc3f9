// A document's period of force as people read it: in force today or not, from when to when, and what moved
// its dates (the documents that extend, amend, repeal or supersede it).
import { statusOn, type DocumentLife } from "../../compiler/lifecycle/periods.js";

export type ForceState = "in" | "out" | "unknown";

export interface ForceToday {
  state: ForceState;
  /** 施行中, 尚未施行, 已失效, 施行中（施行日期未印明）. */
  words: string;
  /** `2023-06-07起施行；未规定有效期` */
  period: string;
  /** What decides it, as `regc status` says it. */
  reason: string;
}

export function forceToday(life: DocumentLife, today: string): ForceToday {
  const s = statusOn(life, today);
  const p = life.period;
  const from = p.from ? `${p.from}起施行` : life.earliest ? `施行日期未印明（不早于${life.earliest.slice(0, 4)}年）` : "施行日期未印明";
  const period = `${from}；${p.to ? `至${p.to}止` : "未规定有效期"}`;
  // R11: where the texts do not print the dates that decide, the answer is unknown, not in force.
  if (s.inForce === "unknown") return { state: "unknown", words: "施行日期未印明，效力不明", period, reason: s.reason.zh };
  if (s.inForce) return { state: "in", words: p.from === null ? "施行中（施行日期未印明）" : "施行中", period, reason: s.reason.zh };
  return { state: "out", words: p.from !== null && today < p.from ? "尚未施行" : "已失效", period, reason: s.reason.zh };
}
