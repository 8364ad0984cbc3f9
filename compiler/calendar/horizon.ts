// The calendar's horizon: the last day a State Council notice arranges. A document in force today that counts
// working days needs the next year's notice before its deadlines reach it; regc check warns 60 days ahead
// (W0901), so the notice is added before answers start coming back `calendar_unknown`.
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import { calendarOf } from "../../runtime/calendar.js";
import { formatDay, isoDay, yearOf } from "../../runtime/date.js";
import { asksCalendar } from "../lower/calendar-needs.js";
import * as Calendar from "../messages/calendar.js";
import type { Ir } from "../ir/ir.js";
import { stepIrs } from "../ir/walk.js";
import { statusOn } from "../lifecycle/periods.js";
import type { Program } from "../program.js";
import { calendarData } from "./index.js";

export const HORIZON_DAYS = 60;

/** The last day any notice of the project's calendar arranges (YYYY-MM-DD), or undefined when none does. */
export function calendarLastDay(program: Pick<Program, "calendar">): string | undefined {
  const last = calendarOf(calendarData(program.calendar, { provisional: false })).lastArranged;
  return last === undefined ? undefined : formatDay(last);
}

/** One warning per document in force on `today` whose rules count working days, when the calendar ends soon. */
export function horizonWarnings(program: Program, today: string): Diagnostic[] {
  const last = calendarLastDay(program);
  const now = isoDay(today)!;
  const lastDay = last === undefined ? undefined : isoDay(last)!;
  if (lastDay !== undefined && lastDay - now > HORIZON_DAYS) return [];
  const next = lastDay === undefined ? yearOf(now) : yearOf(lastDay) + 1;
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const unit of program.units) {
    if (seen.has(unit.number)) continue;
    const life = program.lifecycle.documents.get(unit.number);
    if (!life || !statusOn(life, today).inForce) continue;
    const first: Ir | undefined = unit.steps.flatMap(stepIrs).find(asksCalendar);
    if (!first) continue;
    seen.add(unit.number);
    const left = lastDay === undefined ? 0 : lastDay - now;
    out.push(diagnose(Calendar.calendarEndsSoon, first.span, { number: unit.number, today, ...(last !== undefined ? { last } : {}), daysLeft: left, next }));
  }
  return out;
}
