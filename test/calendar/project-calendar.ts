// The project's calendar as the CLI hands it to evaluations: policies/calendar/*.yaml, read and checked.
import { calendarData, loadCalendar } from "../../compiler/calendar/index.js";
import { calendarOf } from "../../runtime/calendar.js";
import { parseDay } from "../../runtime/date.js";
import { ROOT } from "../e2e/regc.js";

export const SOURCE = loadCalendar(ROOT, ["policies"]);
export const DATA = calendarData(SOURCE, { provisional: true });
/** As known today: every notice of the data. */
export const CAL = calendarOf(DATA);
export const d = parseDay;
