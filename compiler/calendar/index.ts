// The official calendar's data files, read, checked and turned into the value evaluations are handed
// (runtime/calendar-data.ts). The files are found by the project loader (compiler/program.ts): `calendar/*.yaml`
// in each policies folder — one file per year of notices, and the statute's file.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { diagnose, hasErrors, type Diagnostic } from "../../dsl/diagnostic.js";
import { byCodePoint } from "../../dsl/text-order.js";
import { readTextFile } from "../load/files.js";
import * as Calendar from "../messages/calendar.js";
import type { CalendarData, NoticeData } from "../../runtime/calendar-data.js";
import { checkYears } from "./check-notices.js";
import { readCalendarFile, type StatuteFile, type YearFile } from "./read.js";
import { checkStatute, statuteData } from "./statute.js";

export const CALENDAR_DIR = "calendar";

export interface CalendarSource {
  /** The data files, relative to the project root, with their text (for diagnostics). */
  files: { file: string; text: string }[];
  /** Checked notices in the order they apply; a notice with errors is left out. */
  notices: NoticeData[];
  statute: ReturnType<typeof checkStatute>;
  diagnostics: Diagnostic[];
}

/** No calendar files: what a program compiled without them (an editor's) carries. */
export const NO_CALENDAR_FILES: CalendarSource = { files: [], notices: [], statute: undefined, diagnostics: [] };

/** Reads and checks `<dir>/calendar/*.yaml` of every policies folder (relative to root). */
export function loadCalendar(root: string, dirs: readonly string[]): CalendarSource {
  const files: CalendarSource["files"] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    const abs = join(root, dir, CALENDAR_DIR);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort(byCodePoint)) {
      if (!name.endsWith(".yaml") && !name.endsWith(".yml")) continue;
      const file = `${dir}/${CALENDAR_DIR}/${name}`;
      const read = readTextFile(join(abs, name), 4 << 20);
      if ("text" in read) files.push({ file, text: read.text });
      else {
        const at = { offset: 0, line: 1, column: 1 };
        diagnostics.push(diagnose(Calendar.calendarFileUnreadable, { file, start: at, end: at }, { kind: "unreadable", file, problem: read.problem }));
      }
    }
  }
  const years: YearFile[] = [];
  const statutes: StatuteFile[] = [];
  for (const f of files) {
    const read = readCalendarFile(f.file, f.text, diagnostics);
    if (read && "year" in read) years.push(read);
    else if (read) statutes.push(read);
  }
  const notices = checkYears(years, diagnostics);
  const statute = statutes[0] ? checkStatute(statutes[0], diagnostics) : undefined;
  for (const extra of statutes.slice(1)) {
    diagnostics.push(diagnose(Calendar.secondStatute, extra.span, { file: statutes[0]!.file, title: statutes[0]!.title.value }));
  }
  return { files, notices, statute, diagnostics };
}

/** The calendar value; the statute's days are worked out only when a provisional count may need them. */
export function calendarData(source: CalendarSource, options: { provisional: boolean }): CalendarData {
  return { notices: source.notices, ...(source.statute ? { statute: statuteData(source.statute, options.provisional) } : {}) };
}

export function calendarHasErrors(source: CalendarSource): boolean {
  return hasErrors(source.diagnostics);
}
