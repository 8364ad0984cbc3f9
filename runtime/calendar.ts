// The official working-day calendar (RULINGS R4). 日 are calendar days; 工作日 are the working days of the State
// Council holiday schedule, make-up working days (调休上班) included. Whether a day is worked is looked up in the
// notices of runtime/holidays/, never inferred from the weekday alone: outside the years those notices cover
// every function here throws a RuleError instead of guessing.
//
// The notices are folded once, at module load, into a bitmap of working days and a running count of them, so a
// lookup is an array read and counting working days between two dates is a subtraction.
import { type Day, dayFromParts, daysInMonth, parseDay, weekday, yearOf } from "./date.js";
import { RuleError } from "./errors.js";
import { SCHEDULES } from "./holidays/index.js";
import type { Arrangement, Notice, YearSchedule } from "./holidays/types.js";

export type { Notice } from "./holidays/types.js";

/** Why a day is or is not worked, with the notice responsible when a notice decided it. */
export type DayStatus =
  | { readonly working: true; readonly kind: "weekday" }
  | { readonly working: false; readonly kind: "weekend" }
  | { readonly working: false; readonly kind: "holiday"; readonly holiday: string; readonly notice: Notice }
  | { readonly working: true; readonly kind: "makeup"; readonly notice: Notice };

/** The notices that decide one year's working days, for provenance in traces. */
export interface CalendarCitation {
  readonly year: number;
  /** The year's own notice first, then its amendments, then any other notice that moves a day of this year. */
  readonly notices: readonly Notice[];
  /** The notices as one line: title（文号）, separated by "；". */
  readonly text: string;
}

type Mark = Extract<DayStatus, { kind: "holiday" | "makeup" }>;

/** The covered span, both ends inclusive. Every day in it has a notice; no day outside it is answered. */
export interface CalendarCoverage {
  readonly firstYear: number;
  readonly lastYear: number;
  /** 1 January of firstYear. */
  readonly first: Day;
  /** 31 December of lastYear. */
  readonly last: Day;
}

interface Calendar extends CalendarCoverage {
  /** working[d - first] is 1 when day d is worked. */
  readonly working: Uint8Array;
  /** workedBefore[i] = number of working days in [first, first + i). */
  readonly workedBefore: Int32Array;
  readonly marks: ReadonlyMap<Day, Mark>;
  readonly citations: ReadonlyMap<number, readonly Notice[]>;
}

const CALENDAR: Calendar = buildCalendar(SCHEDULES);

export const CALENDAR_COVERAGE: CalendarCoverage = {
  firstYear: CALENDAR.firstYear,
  lastYear: CALENDAR.lastYear,
  first: CALENDAR.first,
  last: CALENDAR.last,
};

// ---------------------------------------------------------------------------------------------------------
// Queries

export function isWorkingDay(day: Day): boolean {
  return CALENDAR.working[indexOf(day)] === 1;
}

/** The day's classification and, for a holiday or a make-up working day, the notice that made it so. */
export function dayStatus(day: Day): DayStatus {
  indexOf(day); // throws outside the covered span, like every other query
  const mark = CALENDAR.marks.get(day);
  if (mark) return mark;
  return isWeekend(day) ? { working: false, kind: "weekend" } : { working: true, kind: "weekday" };
}

/** The notices that decide `year` (R4 wants the schedule cited, not just applied). */
export function calendarCitation(year: number): CalendarCitation {
  const notices = CALENDAR.citations.get(year);
  if (!notices) throw unknownYear(year);
  return { year, notices, text: notices.map(citeNotice).join("；") };
}

/** `title（文号）`, or the title alone when the number is not on record. */
export function citeNotice(notice: Notice): string {
  return notice.number ? `${notice.title}（${notice.number}）` : notice.title;
}

// ---------------------------------------------------------------------------------------------------------
// Counting (R4: the start day is never counted)

/** start + n calendar days (日). Needs no schedule, so it works for any year. */
export function addCalendarDays(start: Day, n: number): Day {
  requireInteger(n, "a number of days");
  return start + n;
}

/**
 * The n-th working day after `start` (start not counted); for negative n the |n|-th working day before it.
 * n = 0 gives `start` itself, whatever kind of day it is.
 */
export function addWorkingDays(start: Day, n: number): Day {
  requireInteger(n, "a number of working days");
  const step = n < 0 ? -1 : 1;
  let day = start;
  for (let left = Math.abs(n); left > 0;) {
    day += step;
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * A time limit of n calendar days: start + n, and when that last day is not a working day, the next working
 * day (R4, 民法典 第二百零三条: 期限的最后一日是法定休假日的，以法定休假日结束的次日为期限的最后一日).
 */
export function calendarDeadline(start: Day, n: number): Day {
  requireInteger(n, "a number of days");
  if (n < 0) throw new RuleError(`a time limit cannot run backwards (${n} days)`, "R4");
  return workingDayOnOrAfter(start + n);
}

/** 每月X日前（法定节假日顺延）: day X of the month if it is worked, otherwise the next working day (R4). */
export function monthlyDeadline(year: number, month: number, dayOfMonth: number): Day {
  requireInteger(year, "a year");
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RuleError(`${month} is not a month`);
  if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    // Never clamp: a 每月31日 rule applied to a short month is a question for the policy, not the calendar.
    throw new RuleError(`${year}-${String(month).padStart(2, "0")} has no day ${dayOfMonth}`);
  }
  return workingDayOnOrAfter(dayFromParts(year, month, dayOfMonth));
}

/**
 * Working days d with a < d ≤ b (the start is not counted, the end is), negative when b is before a.
 * workingDaysBetween(a, addWorkingDays(a, n)) === n.
 */
export function workingDaysBetween(a: Day, b: Day): number {
  if (a === b) return 0;
  if (b < a) return -workingDaysBetween(b, a);
  return workedBefore(b + 1) - workedBefore(a + 1);
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(day: Day): Day {
  return addWorkingDays(day, 1);
}

/** `day` if it is worked, otherwise the next working day: how a deadline falling on a day off moves. */
export function workingDayOnOrAfter(day: Day): Day {
  return isWorkingDay(day) ? day : nextWorkingDay(day);
}

// ---------------------------------------------------------------------------------------------------------
// Lookup helpers

function indexOf(day: Day): number {
  if (!Number.isInteger(day)) throw new RuleError(`${day} is not a day number`);
  if (day < CALENDAR.first || day > CALENDAR.last) throw unknownYear(yearOf(day));
  return day - CALENDAR.first;
}

/** Working days in [first, day); `day` may be one past the last covered day. */
function workedBefore(day: Day): number {
  if (day < CALENDAR.first) throw unknownYear(yearOf(day));
  if (day > CALENDAR.last + 1) throw unknownYear(yearOf(day - 1));
  return CALENDAR.workedBefore[day - CALENDAR.first];
}

function unknownYear(year: number): RuleError {
  return new RuleError(
    `the official holiday schedule for ${year} is not known; add the State Council notice ` +
      `(国务院办公厅关于${year}年部分节假日安排的通知) as runtime/holidays/${year}.ts ` +
      `(the calendar covers ${CALENDAR.firstYear}–${CALENDAR.lastYear} and never guesses working days from weekdays)`,
    "R4",
  );
}

function requireInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RuleError(`${n} is not ${what}: expected a whole number`);
}

function isWeekend(day: Day): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

// ---------------------------------------------------------------------------------------------------------
// Building the lookup tables (once, at module load)

function buildCalendar(schedules: readonly YearSchedule[]): Calendar {
  const ordered = checkYears(schedules);
  const firstYear = ordered[0].year;
  const lastYear = ordered[ordered.length - 1].year;
  const first = dayFromParts(firstYear, 1, 1);
  const last = dayFromParts(lastYear, 12, 31);
  const marks = collectMarks(ordered, first, last);
  const working = new Uint8Array(last - first + 1);
  const workedBefore = new Int32Array(working.length + 1);
  for (let i = 0; i < working.length; i += 1) {
    const mark = marks.get(first + i);
    working[i] = (mark ? mark.working : !isWeekend(first + i)) ? 1 : 0;
    workedBefore[i + 1] = workedBefore[i] + working[i];
  }
  return {
    firstYear,
    lastYear,
    first,
    last,
    working,
    workedBefore,
    marks,
    citations: collectCitations(ordered, marks),
  };
}

/** Years sorted, one schedule each, no gap: a gap would make the years around it look known when they are not. */
function checkYears(schedules: readonly YearSchedule[]): YearSchedule[] {
  const ordered = [...schedules].sort((a, b) => a.year - b.year);
  if (ordered.length === 0) throw new Error("holiday schedule: no year listed in runtime/holidays/index.ts");
  ordered.forEach((s, i) => {
    if (i > 0 && s.year !== ordered[i - 1].year + 1) {
      throw new Error(
        `holiday schedule: ${ordered[i - 1].year} is followed by ${s.year}; the years must be contiguous`,
      );
    }
  });
  return ordered;
}

/** Every arrangement of a year: the annual notice, then its amendments in the order they were issued. */
function arrangementsOf(schedule: YearSchedule): readonly Arrangement[] {
  return [schedule, ...(schedule.amendments ?? [])];
}

/**
 * Applies the notices in order, so a later notice wins over an earlier one on the same date. Dates outside
 * the covered span are dropped: one notice's stray day does not make the rest of its year known.
 */
function collectMarks(schedules: readonly YearSchedule[], first: Day, last: Day): Map<Day, Mark> {
  const marks = new Map<Day, Mark>();
  const inRange = (day: Day): boolean => day >= first && day <= last;
  for (const arrangement of schedules.flatMap(arrangementsOf)) {
    const { notice } = arrangement;
    for (const [day, holiday] of holidayDays(arrangement)) {
      if (inRange(day)) marks.set(day, { working: false, kind: "holiday", holiday, notice });
    }
    for (const day of makeupDays(arrangement)) {
      if (inRange(day)) marks.set(day, { working: true, kind: "makeup", notice });
    }
  }
  return marks;
}

/** Each day off of one notice with its festival, checked so that a typo in a data file fails at load. */
function holidayDays(arrangement: Arrangement): [Day, string][] {
  const days: [Day, string][] = [];
  for (const range of arrangement.holidays) {
    const from = parseDay(range.from);
    const to = parseDay(range.to);
    if (to < from) throw new Error(`holiday schedule: ${range.name} ${range.from}..${range.to} ends before it starts`);
    for (let day = from; day <= to; day += 1) days.push([day, range.name]);
  }
  return days;
}

/** The make-up working days of one notice; they are always weekend days, and never also a day off. */
function makeupDays(arrangement: Arrangement): Day[] {
  const off = new Set(holidayDays(arrangement).map(([day]) => day));
  return arrangement.workdays.map((text) => {
    const day = parseDay(text);
    if (!isWeekend(day)) throw new Error(`holiday schedule: make-up working day ${text} is not a Saturday or Sunday`);
    if (off.has(day)) throw new Error(`holiday schedule: ${text} is both a day off and a working day in one notice`);
    return day;
  });
}

/** For each year: its own notices, then any other notice that placed a holiday or make-up day in it. */
function collectCitations(schedules: readonly YearSchedule[], marks: ReadonlyMap<Day, Mark>): Map<number, Notice[]> {
  const citations = new Map<number, Notice[]>();
  const add = (year: number, notice: Notice): void => {
    const list = citations.get(year);
    if (list && !list.includes(notice)) list.push(notice);
  };
  for (const schedule of schedules)
    citations.set(
      schedule.year,
      arrangementsOf(schedule).map((a) => a.notice),
    );
  for (const [day, mark] of marks) add(yearOf(day), mark.notice);
  return citations;
}
