// dateInYear (每年6月30日, 每年3月下旬 …): a fixed month and day in the year a date falls in.
import { describe, expect, it } from "vitest";
import { dateInYear, formatDay, parseDay } from "../../runtime/date.js";
import { RuleError } from "../../runtime/errors.js";

const inYear = (date: string, m: number, n: number) => formatDay(dateInYear(parseDay(date), m, n));

describe("dateInYear", () => {
  it("gives the month and day of the date's own year, before or after the date", () => {
    expect(inYear("2019-11-20", 6, 30)).toBe("2019-06-30");
    expect(inYear("2019-01-01", 6, 30)).toBe("2019-06-30");
    expect(inYear("2023-12-31", 3, 21)).toBe("2023-03-21");
  });

  it("knows 29 February in a leap year only", () => {
    expect(inYear("2024-05-01", 2, 29)).toBe("2024-02-29");
    expect(() => inYear("2023-05-01", 2, 29)).toThrow(RuleError);
    expect(() => inYear("2023-05-01", 2, 29)).toThrow("2023年没有2月29日");
  });

  it("rejects a month or day that does not exist", () => {
    expect(() => inYear("2023-05-01", 13, 1)).toThrow(RuleError);
    expect(() => inYear("2023-05-01", 4, 31)).toThrow(RuleError);
    expect(() => inYear("2023-05-01", 6, 0)).toThrow(RuleError);
  });
});
