// The run options a command's calendar flags give (run, explain, test, batch, deadline): the calendar data
// handed to the evaluation, the date it is known on, and whether an unknown year is counted provisionally.
// Apart from the compiler: `regc run` takes the data from generated/calendar.json.
import type { CalendarData } from "../runtime/calendar-data.js";
import * as say from "./messages/usage.js";
import { isoDay } from "../runtime/date.js";
import type { RunOptions } from "../runtime/evaluate.js";
import { UsageError } from "./io.js";

export interface CalendarFlags {
  knownOn?: string;
  provisionalCalendar?: boolean;
}

/** The calendar as data; `provisional`: with the statute's fixed holidays of years no notice arranges. */
export type CalendarOf = (provisional: boolean) => CalendarData;

/** A malformed --known-on is a usage error (exit 2). */
export function runOptionsOf(calendar: CalendarOf, flags: CalendarFlags): Pick<RunOptions, "calendar" | "knownOn" | "provisionalCalendar"> {
  const provisional = flags.provisionalCalendar === true;
  return {
    calendar: calendar(provisional),
    ...(flags.knownOn !== undefined ? { knownOn: requireDate(flags.knownOn, "--known-on") } : {}),
    ...(provisional ? { provisionalCalendar: true } : {}),
  };
}

/** A `YYYY-MM-DD` option value, or a usage error naming the option. */
export function requireDate(text: string, option: string): string {
  if (isoDay(text) === undefined) throw new UsageError(say.dateExpected({ flag: option, got: text }));
  return text;
}
