// Calendar days are plain integers (days since 1970-01-01) so that comparing and adding days in compiled
// rules costs nothing; conversion to and from `YYYY-MM-DD` happens only at the edges.
import { RuleError } from "./errors.js";
import { noSuchDateInYear, noSuchDayOfMonth, notADate } from "./rule-messages.js";

export type Day = number;

export function isIsoDate(text: string): boolean {
  return isoDay(text) !== undefined;
}

export function parseDay(text: string): Day {
  const day = isoDay(text);
  if (day === undefined) throw new RuleError(notADate(text));
  return day;
}

/**
 * The day a `YYYY-MM-DD` text names, or undefined when it is not one (a malformed text, or no such day, like
 * 2023-02-30). Read digit by digit in one pass: every claim of a batch has a date.
 */
export function isoDay(text: string): Day | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayFromParts(y, mo, d);
}

/** The number the ASCII digits text[from, to) write, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

// Integer arithmetic (the civil-to-days conversion in 400-year eras from 0000-03-01), not a Date: every claim
// of a batch converts its date.
export function dayFromParts(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * `YYYY-MM-DD`; a year outside 0000–9999 in the extended form (`+010000-01-01`), as ISO 8601 writes it. Any day
 * a rule can reach is formatted, also one beyond what a Date holds (±100,000,000 days): a count of working
 * days read from a case may end there, and the message saying its year is unknown must still name it.
 */
export function formatDay(day: Day): string {
  const { year, month, day: d } = partsOfDay(day);
  const y = year >= 0 && year <= 9999 ? String(year).padStart(4, "0") : `${year < 0 ? "-" : "+"}${String(Math.abs(year)).padStart(6, "0")}`;
  return `${y}-${month < 10 ? "0" : ""}${month}-${d < 10 ? "0" : ""}${d}`;
}

/** The inverse of dayFromParts: the year by yearOf, then the months of that year counted off. */
export function partsOfDay(day: Day): { year: number; month: number; day: number } {
  const year = yearOf(day);
  let rest = day - dayFromParts(year, 1, 1);
  let month = 1;
  for (; rest >= daysInMonth(year, month); month++) rest -= daysInMonth(year, month);
  return { year, month, day: rest + 1 };
}

// Every claim asks for its year (R2), so this is integer arithmetic rather than a Date object: the days-to-civil
// conversion of the proleptic Gregorian calendar, counted in 400-year eras from 0000-03-01.
export function yearOf(day: Day): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  // Days from 1 March: the months January and February (doy ≥ 306) belong to the next civil year.
  return yoe + era * 400 + (doy >= 306 ? 1 : 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Calendar months later, clamped to the month's last day (2023-01-31 + 1个月 = 2023-02-28). */
export function addMonths(day: Day, months: number): Day {
  const p = partsOfDay(day);
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayFromParts(year, month, Math.min(p.day, daysInMonth(year, month)));
}

export function addYears(day: Day, years: number): Day {
  return addMonths(day, years * 12);
}

/** Completed years of age (周岁) on `on` for someone born on `birth`; a birthday counts on the day itself. */
export function ageInYears(birth: Day, on: Day): number {
  const b = partsOfDay(birth);
  const o = partsOfDay(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}

/**
 * Months completed from `from` to `to` (满N个月): the largest N with addMonths(from, N) on or before `to`, so that
 * it agrees with date + N个月; negative when `to` is earlier (the months completed from `to` back to `from`).
 */
export function monthsBetween(from: Day, to: Day): number {
  if (to < from) return -monthsBetween(to, from);
  const a = partsOfDay(from);
  const b = partsOfDay(to);
  let n = (b.year - a.year) * 12 + (b.month - a.month);
  while (n > 0 && addMonths(from, n) > to) n -= 1;
  return n;
}

/** Day `n` of the month `day` falls in; a month without that day is an error, never clamped. */
export function dayOfMonth(day: Day, n: number): Day {
  const p = partsOfDay(day);
  if (!Number.isInteger(n) || n < 1 || n > daysInMonth(p.year, p.month)) {
    throw new RuleError(noSuchDayOfMonth(p.year, p.month, n));
  }
  return dayFromParts(p.year, p.month, n);
}

/** Month `m`, day `n` of the year `day` falls in (每年6月30日); a date the year lacks is an error, never clamped. */
export function dateInYear(day: Day, m: number, n: number): Day {
  const { year } = partsOfDay(day);
  if (!Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(n) || n < 1 || n > daysInMonth(year, m)) {
    throw new RuleError(noSuchDateInYear(year, m, n));
  }
  return dayFromParts(year, m, n);
}
