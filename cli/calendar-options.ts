// The calendar options of the commands that compile the rule files (explain, test, batch, deadline, serve): the
// checked data of policies/calendar/ handed to the evaluation (run-options.ts applies the flags).
import { calendarData, loadCalendar } from "../compiler/calendar/index.js";
import * as say from "./messages/usage.js";
import { policyRoots, type Program } from "../compiler/program.js";
import type { CalendarData } from "../runtime/calendar-data.js";
import type { RunOptions } from "../runtime/evaluate.js";
import { UsageError } from "./io.js";
import { requireDate, runOptionsOf, type CalendarFlags } from "./run-options.js";

export { requireDate, type CalendarFlags };

/** The run options a command's calendar flags give, with the program's calendar. */
export function calendarRunOptions(program: Program, flags: CalendarFlags): Pick<RunOptions, "calendar" | "knownOn" | "provisionalCalendar"> {
  return runOptionsOf((provisional) => calendarData(program.calendar, { provisional }), flags);
}

/**
 * The project's calendar and --known-on for a command that does not compile the rule files itself (batch runs
 * check them in a child process): the data files are read and checked here; their problems were reported there.
 */
export function projectCalendar(root: string, flags: CalendarFlags, drafts: readonly string[] = []): { calendar: CalendarData; knownOn?: string } {
  if (flags.provisionalCalendar) throw new UsageError(say.provisionalNotForBatch({}));
  return {
    calendar: calendarData(loadCalendar(root, policyRoots({ policies: drafts })), { provisional: false }),
    ...(flags.knownOn !== undefined ? { knownOn: requireDate(flags.knownOn, "--known-on") } : {}),
  };
}
