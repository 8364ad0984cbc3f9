// How traced values are written for people and JSON alike: money with two decimals, rates as percentages.
import { formatDay } from "./date.js";
import { formatPercent, formatScaled } from "./scaled.js";

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
