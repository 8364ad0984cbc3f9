// How traced values are written for people and JSON alike: money with two decimals, rates as percentages.
import { formatDay } from "./date.js";
import type { Lang } from "./lang.js";
import type { Display, Provenance, TraceEvent } from "./module.js";
import { formatPercent, formatScaled } from "./scaled.js";
import { rankingJson } from "./ranking-trace.js";
import { rankingText, withNote } from "./trace-messages.js";

export const show = {
  money: (v: number, scale: number): string => formatScaled(v, scale, Math.max(2, scale)),
  number: (v: number, scale: number): string => formatScaled(v, scale),
  rate: (v: number, scale: number): string => formatPercent(v, scale),
  points: (v: number, scale: number): string => formatPercent(v, scale).replace("%", "个百分点"),
  duration: (v: number, unit: string): string => `${v}${unit}`,
  date: (v: number): string => formatDay(v),
  bool: (v: boolean): string => (v ? "true" : "false"),
  set: (v: ReadonlySet<string>): string => [...v].join("、"),
};

/** A trace event as people read it, by its quantity's display; a ledger's note and 就高不重复 in `lang`. */
export function traceText(p: Pick<Provenance, "display">, e: TraceEvent, lang: Lang): string {
  if (e.ranking) return rankingText(rankingJson(e.ranking), lang);
  const v = e.value;
  if (v === undefined) return "—";
  const text = showValue(p.display, e, v, lang);
  return e.key === undefined ? text : `${e.key}: ${text}`;
}

function showValue(d: Display, e: TraceEvent, v: NonNullable<TraceEvent["value"]>, lang: Lang): string {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return show.bool(v);
  if (typeof v !== "number") return show.set(v);
  switch (d.kind) {
    case "money":
      return show.money(v, d.scale);
    case "rate":
      return show.rate(v, d.scale);
    case "points":
      return show.points(v, d.scale);
    case "number":
      return show.number(v, d.scale);
    case "duration":
      return show.duration(v, d.unit);
    case "date":
      return show.date(v);
    case "ledger": {
      const amounts = `${show.money(v, 2)} → ${show.money(e.to ?? v, 2)}${e.limit === undefined ? "" : ` / ${show.money(e.limit, 2)}`}`;
      return e.note ? withNote(amounts, e.note, lang) : amounts;
    }
    default:
      return String(v);
  }
}
