// Cross-check of the whole schedule against chinese-days, an independently kept npm package that ships the same
// State Council arrangements. Our data was typed from the notices; any day on which the two disagree must be
// listed below with the reason ours is right (docs/calendar.md, "Cross-check"). The list is empty today.
import { afterAll, describe, expect, it } from "vitest";
import { CALENDAR_COVERAGE, isWorkingDay } from "../../runtime/calendar.js";
import { type Day, formatDay, partsOfDay } from "../../runtime/date.js";

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

function coveredDays(): Day[] {
  const days: Day[] = [];
  for (let day = CALENDAR_COVERAGE.first; day <= CALENDAR_COVERAGE.last; day += 1) days.push(day);
  return days;
}

describe("cross-check against chinese-days", () => {
  const days = coveredDays();

  it("compares every day from 2017-01-01 to 2026-12-31", () => {
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
  });
});
