// Dates in a case are read digit by digit (every claim of a batch has one): exactly `YYYY-MM-DD` with ASCII
// digits, a real day of the proleptic Gregorian calendar, or nothing.
import { describe, expect, it } from "vitest";
import { CalendarUnknown } from "../../runtime/calendar.js";
import { dayFromParts, formatDay, isIsoDate, isoDay, parseDay, partsOfDay } from "../../runtime/date.js";
import { RuleError } from "../../runtime/errors.js";

describe("isoDay", () => {
  it("counts days from 1970-01-01", () => {
    expect(isoDay("1970-01-01")).toBe(0);
    expect(isoDay("1969-12-31")).toBe(-1);
    // 1970–2023: 54 years of 365 days and 13 leap days (1972 … 2020) → 2024-01-01 is day 19723; + 31 + 28.
    expect(isoDay("2024-02-29")).toBe(19_782);
  });

  it("knows which February has a 29th: every fourth year, but not 1900 or 2100, yet 2000", () => {
    expect(isoDay("2023-02-29")).toBeUndefined();
    expect(isoDay("1900-02-29")).toBeUndefined();
    expect(isoDay("2100-02-29")).toBeUndefined();
    expect(isoDay("2000-02-29")).toBeDefined();
  });

  it("refuses anything but exactly YYYY-MM-DD naming a day", () => {
    for (const text of [
      "2023-04-31",
      "2023-13-01",
      "2023-00-10",
      "2023-01-00",
      "2023-1-01",
      "2023-01-1",
      "2023/01/01",
      "2023-01-01 ",
      " 2023-01-01",
      "２０２３-01-01",
      "2023-0a-01",
      "20230101",
      "",
    ]) {
      expect(isoDay(text), text).toBeUndefined();
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it("is what parseDay gives, which throws instead of answering nothing", () => {
    expect(parseDay("2023-08-15")).toBe(isoDay("2023-08-15"));
    expect(() => parseDay("2023-02-30")).toThrow(RuleError);
  });
});

describe("formatDay", () => {
  it("writes the days of isoDay back", () => {
    expect(formatDay(0)).toBe("1970-01-01");
    expect(formatDay(-1)).toBe("1969-12-31");
    expect(formatDay(19_782)).toBe("2024-02-29");
    expect(partsOfDay(19_782)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("names a day beyond what a Date holds (found by the fuzz suite: a count of working days from a case)", () => {
    // 300000 is a multiple of 400, so a leap year: its 29 February exists. A Date ends at +275760-09-13.
    const far = dayFromParts(300_000, 2, 29);
    expect(formatDay(far)).toBe("+300000-02-29");
    expect(formatDay(dayFromParts(10_000, 1, 1))).toBe("+010000-01-01");
    expect(new CalendarUnknown(300_000, far).message).toContain("无法确定+300000-02-29是否为工作日");
  });
});
