// Which quantities of a rule file need the official calendar. A value that counts working days or rolls a date
// forward needs a year's notice; when that year is unknown the value is unknown, and so is every value and
// output computed from it, while the others are still answered (docs/contracts.md, `calendar_unknown`).
import type { Ir, UnitIr } from "../ir/ir.js";
import { stepIrs, walk } from "../ir/walk.js";
import { builtin } from "../builtins/index.js";

/** The values and outputs (by name) whose computation may ask the calendar, directly or through another value. */
export interface CalendarDependents {
  values: Set<string>;
  outputs: Set<string>;
}

/** Whether `ir` asks the calendar itself: 工作日 arithmetic, rollForward, isWorkingDay, workingDaysBetween. */
export function asksCalendar(ir: Ir): boolean {
  let found = false;
  walk(ir, (n) => {
    if (n.op === "call" && builtin(n.fn)?.asksCalendar) found = true;
    else if (n.op === "dateShift" && n.by.ty.k === "duration" && n.by.ty.unit === "工作日") found = true;
  });
  return found;
}

/** Whether any rule of the unit asks the calendar. */
export function unitAsksCalendar(unit: UnitIr): boolean {
  return unit.steps.some((s) => stepIrs(s).some(asksCalendar));
}

export function calendarDependents(unit: UnitIr): CalendarDependents {
  const values = new Set<string>();
  const outputs = new Set<string>();
  const depends = (ir: Ir): boolean => {
    if (asksCalendar(ir)) return true;
    let found = false;
    walk(ir, (n) => {
      if ((n.op === "ref" && values.has(n.name)) || (n.op === "prior" && values.has(n.value))) found = true;
    });
    return found;
  };
  // Steps are in evaluation order, so a value's dependencies are classified before it.
  for (const step of unit.steps) {
    if (step.kind !== "value" && step.kind !== "output") continue;
    if (!stepIrs(step).some(depends)) continue;
    if (step.kind === "value") values.add(step.v.name);
    else outputs.add(step.o.name);
  }
  return { values, outputs };
}
