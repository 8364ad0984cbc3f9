// Dates in a case are read digit by digit (every claim of a batch has one): exactly `YYYY-MM-DD` with ASCII
// digits, a real day of the proleptic Gregorian calendar, or nothing.
import { describe, expect, it } from "vitest";
import { isIsoDate, isoDay, parseDay } from "../../runtime/date.js";
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
    for (const text of ["2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00", "2023-1-01", "2023-01-1", "2023/01/01", "2023-01-01 ", " 2023-01-01", "２０２３-01-01", "2023-0a-01", "20230101", ""]) {
      expect(isoDay(text), text).toBeUndefined();
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it("is what parseDay gives, which throws instead of answering nothing", () => {
    expect(parseDay("2023-08-15")).toBe(isoDay("2023-08-15"));
    expect(() => parseDay("2023-02-30")).toThrow(RuleError);
  });
});
