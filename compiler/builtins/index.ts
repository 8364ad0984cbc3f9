// The built-in functions, one file each. A new function is a new file in this folder and one line here: the
// checker, the emitter, docs/language.md's table of functions and the test of every function's examples all
// read this list.
import age from "./age.js";
import bracket from "./bracket.js";
import type { Builtin } from "./builtin.js";
import dateInYear from "./date-in-year.js";
import dayOfMonth from "./day-of-month.js";
import has from "./has.js";
import isWorkingDay from "./is-working-day.js";
import marginal from "./marginal.js";
import max from "./max.js";
import min from "./min.js";
import present from "./present.js";
import rollForward from "./roll-forward.js";
import round from "./round.js";
import workingDaysBetween from "./working-days-between.js";
import year from "./year.js";

export const BUILTINS: readonly Builtin[] = [
  max,
  min,
  round,
  age,
  year,
  present,
  has,
  marginal,
  bracket,
  rollForward,
  isWorkingDay,
  dayOfMonth,
  dateInYear,
  workingDaysBetween,
];

const BY_NAME = new Map(BUILTINS.map((b) => [b.name, b]));

/** The built-in a rule file calls by `name`, if there is one. */
export function builtin(name: string): Builtin | undefined {
  return BY_NAME.get(name);
}
