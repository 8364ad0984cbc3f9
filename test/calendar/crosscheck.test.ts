// Cross-check of the calendar data (policies/calendar/) against chinese-days, an independently kept npm package
// that ships the same State Council arrangements, day by day for every year both know. A year the package does
// not cover yet (a notice added before the package catches up) passes on regc check's notice check alone. Any
// day on which the two disagree must be listed below with the reason ours is right (docs/calendar.md,
// "Cross-check"). The list is empty today.
import { afterAll, describe, expect, it } from "vitest";
import { dayFromParts, type Day, formatDay, partsOfDay } from "../../runtime/date.js";
import { CAL } from "./project-calendar.js";

const isWorkingDay = (day: Day) => CAL.isWorkingDay(day);

// chinese-days builds its tables at import time with local-time date arithmetic; west of UTC that moves the ends
// of holiday spans by a day (in America/New_York it calls 2023-10-06 a working day). Load and query it in the
// zone it is written for, whatever zone the test machine is set to, and put the zone back afterwards.
const savedTimeZone = process.env.TZ;
process.env.TZ = "Asia/Shanghai";
const { default: chineseDays } = await import("chinese-days");
afterAll(() => {
  if (savedTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedTimeZone;
});

/** Days investigated and decided in our favour, keyed by date, with the reason. */
const KNOWN_DISAGREEMENTS: ReadonlyMap<string, string> = new Map();

/** chinese-days reads a Date through local-time getters; local noon names the intended day in any zone. */
function theirsIsWorkday(day: Day): boolean {
  const { year, month, day: date } = partsOfDay(day);
  return chineseDays.isWorkday(new Date(year, month - 1, date, 12));
}

/** Whether the package has the year's arrangement: 国庆 10月1日至3日 is off every year, and one of them is a weekday. */
function theyCover(year: number): boolean {
  return [1, 2, 3].every((date) => !chineseDays.isWorkday(new Date(year, 9, date, 12)));
}

/** Every day of the years both our notices and the package know. */
function coveredDays(): Day[] {
  const days: Day[] = [];
  for (const year of [...CAL.notices.keys()].filter(theyCover)) {
    for (let day = dayFromParts(year, 1, 1); day <= dayFromParts(year, 12, 31); day += 1) days.push(day);
  }
  return days;
}

describe("cross-check against chinese-days", () => {
  const days = coveredDays();

  it("compares every day from 2017-01-01 to 2026-12-31 (chinese-days 1.5.7 covers them all)", () => {
    expect(formatDay(days[0])).toBe("2017-01-01");
    expect(formatDay(days[days.length - 1])).toBe("2026-12-31");
    expect(days).toHaveLength(3652);
  });

  it("classifies every day as the package does, apart from the documented disagreements", () => {
    const disagreements = days
      .filter((day) => isWorkingDay(day) !== theirsIsWorkday(day))
      .map((day) => `${formatDay(day)}: ours ${isWorkingDay(day) ? "working" : "off"}`);
    const unexplained = disagreements.filter((line) => !KNOWN_DISAGREEMENTS.has(line.slice(0, 10)));
    expect(unexplained).toEqual([]);
    expect(disagreements).toHaveLength(KNOWN_DISAGREEMENTS.size);
  });

  it("reads the package the way this test assumes (a known make-up Saturday and a known holiday)", () => {
    // Guards the comparison itself: were the date shifted by one, these anchors would fail first.
    expect(chineseDays.isWorkday(new Date(2023, 9, 7, 12))).toBe(true);
    expect(chineseDays.isWorkday(new Date(2023, 9, 6, 12))).toBe(false);
    expect(chineseDays.isWorkday(new Date(2024, 1, 18, 12))).toBe(true);
    // and the coverage test: a year far ahead is not covered, so it would be left to the notice check
    expect(theyCover(2024)).toBe(true);
    expect(theyCover(2040)).toBe(false);
  });
});
