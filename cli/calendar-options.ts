// The calendar options of the commands that evaluate (run, explain, test, batch, deadline): the checked data of
// policies/calendar/ handed to the evaluation, the date it is known on, and whether an unknown year is counted
// provisionally.
import { calendarData, loadCalendar } from "../compiler/calendar/index.js";
import { policyRoots, type Program } from "../compiler/program.js";
import type { CalendarData } from "../runtime/calendar-data.js";
import { isoDay } from "../runtime/date.js";
import type { RunOptions } from "../runtime/evaluate.js";
import { UsageError } from "./io.js";

export interface CalendarFlags {
  knownOn?: string;
  provisionalCalendar?: boolean;
}

/** The run options a command's calendar flags give. A malformed --known-on is a usage error (exit 2). */
export function calendarRunOptions(program: Program, flags: CalendarFlags): Pick<RunOptions, "calendar" | "knownOn" | "provisionalCalendar"> {
  const provisional = flags.provisionalCalendar === true;
  return {
    calendar: calendarData(program.calendar, { provisional }),
    ...(flags.knownOn !== undefined ? { knownOn: requireDate(flags.knownOn, "--known-on") } : {}),
    ...(provisional ? { provisionalCalendar: true } : {}),
  };
}

/**
 * The project's calendar and --known-on for a command that does not compile the rule files itself (batch runs
 * check them in a child process): the data files are read and checked here; their problems were reported there.
 */
export function projectCalendar(root: string, flags: CalendarFlags, drafts: readonly string[] = []): { calendar: CalendarData; knownOn?: string } {
  if (flags.provisionalCalendar) throw new UsageError("--provisional-calendar 不适用于批量计算：请用 regc run 或 regc explain 逐案计算临时结果");
  return { calendar: calendarData(loadCalendar(root, policyRoots({ policies: drafts })), { provisional: false }), ...(flags.knownOn !== undefined ? { knownOn: requireDate(flags.knownOn, "--known-on") } : {}) };
}

/** A `YYYY-MM-DD` option value, or a usage error naming the option. */
export function requireDate(text: string, option: string): string {
  if (isoDay(text) === undefined) throw new UsageError(`${option} 需要 YYYY-MM-DD 格式的日期，收到 "${text}"`);
  return text;
}
