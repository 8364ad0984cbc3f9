// The official calendar's queries over the project's data (policies/calendar/), hand-checked against the
// notices: RULINGS R4's examples, the amended years, counting rules and the edges of the known years.
import { describe, expect, it } from "vitest";
import { CalendarUnknown, calendarOf } from "../../runtime/calendar.js";
import { type Day, formatDay, weekday } from "../../runtime/date.js";
import { RuleError } from "../../runtime/errors.js";
import { CAL, DATA, d } from "./project-calendar.js";

const isWorkingDay = (day: Day) => CAL.isWorkingDay(day);
const addWorkingDays = (day: Day, n: number) => CAL.addWorkingDays(day, n);
const workingDaysBetween = (a: Day, b: Day) => CAL.workingDaysBetween(a, b);
const workingDayOnOrAfter = (day: Day) => CAL.workingDayOnOrAfter(day);
const nextWorkingDay = (day: Day) => CAL.addWorkingDays(day, 1);
const calendarDeadline = (day: Day, n: number) => CAL.calendarDeadline(day, n);
const monthlyDeadline = (y: number, m: number, n: number) => CAL.monthlyDeadline(y, m, n);
const dayStatus = (day: Day) => CAL.dayStatus(day);

function span(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = d(from); day <= d(to); day += 1) days.push(formatDay(day));
  return days;
}

function expectWorking(dates: string[], working: boolean): void {
  for (const date of dates) expect([date, isWorkingDay(d(date))]).toEqual([date, working]);
}

function expectUnknownYear(run: () => unknown, year: number): void {
  expect(run).toThrow(CalendarUnknown);
  expect(run).toThrow(`${year}年的节假日安排尚未公布`);
}

describe("R4 examples", () => {
  it("counts the make-up weekend days of R4 as working days", () => {
    expect(weekday(d("2021-10-09"))).toBe(6);
    expect(weekday(d("2024-02-18"))).toBe(0);
    expectWorking(["2021-10-09", "2023-10-07", "2023-10-08", "2024-02-18"], true);
  });

  it("counts the holidays of R4 as days off, weekdays included", () => {
    expectWorking(span("2021-10-01", "2021-10-07"), false);
    expectWorking(span("2022-10-01", "2022-10-07"), false);
    expectWorking(span("2023-09-29", "2023-10-06"), false);
    expectWorking(span("2024-02-10", "2024-02-17"), false);
  });

  it("keeps ordinary weekdays and weekends as they are", () => {
    expectWorking(["2023-09-28", "2023-10-09", "2024-02-09"], true); // 2024-02-09 is 除夕, only encouraged off
    expectWorking(["2023-10-14", "2023-10-15"], false);
  });
});

describe("amended and cross-year arrangements", () => {
  it("applies the 2019 Labour Day change (国办发明电〔2019〕3号)", () => {
    expectWorking(span("2019-05-01", "2019-05-04"), false);
    expectWorking(["2019-04-28", "2019-05-05"], true);
  });

  it("applies the 2020 Spring Festival extension: Saturday 2020-02-01 is no longer worked", () => {
    expectWorking(span("2020-01-24", "2020-02-02"), false);
    expectWorking(["2020-01-19", "2020-02-03"], true);
    expect(dayStatus(d("2020-02-01"))).toMatchObject({ kind: "holiday", basis: { notice: { number: "国办发明电〔2020〕1号" } } });
  });

  it("takes the last days of 2018 from the notice for 2019", () => {
    expectWorking(["2018-12-29"], true);
    expectWorking(["2018-12-30", "2018-12-31", "2019-01-01"], false);
    expect(dayStatus(d("2018-12-31"))).toMatchObject({ kind: "holiday", festival: "元旦", basis: { notice: { number: "国办发明电〔2018〕15号" } } });
  });
});

describe("working-day deadlines", () => {
  it("5 working days after 2023-09-27 run across 国庆 2023 to 2023-10-10", () => {
    // 09-28 (1), 09-29..10-06 off, Sat 10-07 (2), Sun 10-08 (3), 10-09 (4), 10-10 (5).
    const steps = [1, 2, 3, 4, 5].map((n) => formatDay(addWorkingDays(d("2023-09-27"), n)));
    expect(steps).toEqual(["2023-09-28", "2023-10-07", "2023-10-08", "2023-10-09", "2023-10-10"]);
    expect(workingDaysBetween(d("2023-09-27"), d("2023-10-10"))).toBe(5);
  });

  it("does not count the start day, even when it is a working day", () => {
    expect(formatDay(addWorkingDays(d("2023-10-09"), 1))).toBe("2023-10-10");
    expect(formatDay(addWorkingDays(d("2023-10-13"), 1))).toBe("2023-10-16"); // Friday → Monday
    expect(formatDay(addWorkingDays(d("2023-10-09"), 0))).toBe("2023-10-09");
    expect(workingDaysBetween(d("2023-10-09"), d("2023-10-09"))).toBe(0);
    expect(workingDaysBetween(d("2023-10-09"), d("2023-10-10"))).toBe(1);
  });

  it("counts backwards for a negative number of working days", () => {
    expect(formatDay(addWorkingDays(d("2023-10-10"), -5))).toBe("2023-09-27");
    expect(formatDay(addWorkingDays(d("2023-10-09"), -1))).toBe("2023-10-08");
    expect(workingDaysBetween(d("2023-10-10"), d("2023-09-27"))).toBe(-5);
  });

  it("workingDaysBetween undoes addWorkingDays", () => {
    for (const start of ["2017-01-01", "2019-04-26", "2020-01-17", "2024-02-08", "2026-09-18"]) {
      for (let n = 0; n <= 40; n += 1) {
        expect(workingDaysBetween(d(start), addWorkingDays(d(start), n))).toBe(n);
      }
    }
  });

  it("finds the next working day strictly after a day, and on or after it", () => {
    expect(formatDay(nextWorkingDay(d("2023-09-28")))).toBe("2023-10-07");
    expect(formatDay(nextWorkingDay(d("2023-10-07")))).toBe("2023-10-08");
    expect(formatDay(workingDayOnOrAfter(d("2023-10-07")))).toBe("2023-10-07");
    expect(formatDay(workingDayOnOrAfter(d("2023-10-01")))).toBe("2023-10-07");
  });
});

describe("calendar-day deadlines", () => {
  it("keeps a last day that is a working day", () => {
    expect(formatDay(calendarDeadline(d("2023-11-01"), 9))).toBe("2023-11-10"); // Friday
  });

  it("moves a last day on a weekend to the next working day (民法典 第二百零三条)", () => {
    expect(weekday(d("2023-11-11"))).toBe(6);
    expect(formatDay(calendarDeadline(d("2023-11-01"), 10))).toBe("2023-11-13");
    expect(formatDay(calendarDeadline(d("2023-11-01"), 11))).toBe("2023-11-13");
  });

  it("moves a last day inside a holiday to the first day worked, a make-up Saturday included", () => {
    expect(formatDay(calendarDeadline(d("2023-09-16"), 15))).toBe("2023-10-07"); // 10-01 → Sat 10-07, worked
    expect(formatDay(calendarDeadline(d("2024-01-31"), 10))).toBe("2024-02-18"); // 02-10 → Sun 02-18, worked
  });

  it("keeps a last day on a make-up weekend day", () => {
    expect(formatDay(calendarDeadline(d("2023-09-27"), 10))).toBe("2023-10-07");
  });
});

describe("monthly deadlines: 每月X日前（法定节假日顺延）", () => {
  it("February 2024: the 10th is in the Spring Festival, so the list is due Sunday 2024-02-18", () => {
    expect(formatDay(monthlyDeadline(2024, 2, 10))).toBe("2024-02-18");
  });

  it("uses day X itself when it is worked, and rolls over an ordinary weekend", () => {
    expect(formatDay(monthlyDeadline(2024, 1, 10))).toBe("2024-01-10");
    expect(formatDay(monthlyDeadline(2024, 3, 10))).toBe("2024-03-11"); // Sunday → Monday
    expect(formatDay(monthlyDeadline(2021, 10, 5))).toBe("2021-10-08"); // 国庆 → Friday
  });

  it("refuses a day the month does not have instead of clamping", () => {
    expect(() => monthlyDeadline(2023, 2, 30)).toThrow("2023年2月没有30日");
    expect(() => monthlyDeadline(2023, 13, 1)).toThrow(RuleError);
  });
});

describe("outside the known years", () => {
  it("knows exactly 2017–2026 from notices", () => {
    expect([...CAL.notices.keys()]).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(formatDay(CAL.lastArranged!)).toBe("2026-12-31");
  });

  it("throws instead of guessing from the weekday", () => {
    expectUnknownYear(() => isWorkingDay(d("2031-03-03")), 2031);
    expectUnknownYear(() => isWorkingDay(d("2016-12-30")), 2016);
    expectUnknownYear(() => dayStatus(d("2027-01-01")), 2027);
    expectUnknownYear(() => monthlyDeadline(2031, 1, 10), 2031);
  });

  it("names the notice that is missing and the day that needed it", () => {
    expect(() => isWorkingDay(d("2031-03-03"))).toThrow("国务院办公厅关于2031年部分节假日安排的通知");
    try {
      addWorkingDays(d("2026-12-28"), 4);
    } catch (e) {
      expect(e).toMatchObject({ year: 2027, day: d("2027-01-01") });
    }
  });

  it("throws when a count runs past the last known day", () => {
    expect(formatDay(addWorkingDays(d("2026-12-28"), 3))).toBe("2026-12-31"); // Monday → Thursday
    expectUnknownYear(() => addWorkingDays(d("2026-12-28"), 4), 2027);
    expectUnknownYear(() => calendarDeadline(d("2026-12-20"), 15), 2027);
    expectUnknownYear(() => workingDaysBetween(d("2026-12-01"), d("2027-01-15")), 2027);
    expectUnknownYear(() => addWorkingDays(d("2017-01-04"), -3), 2016);
  });

  it("counts from the last day before the known span, which is itself never looked at", () => {
    expect(workingDaysBetween(d("2016-12-31"), d("2017-01-03"))).toBe(1); // 01-01..02 元旦, 01-03 worked
  });

  it("rejects a count that is not a whole number", () => {
    expect(() => addWorkingDays(d("2023-10-09"), 1.5)).toThrow(RuleError);
    expect(() => calendarDeadline(d("2023-10-09"), -1)).toThrow(RuleError);
  });

  it("knows no year at all without data", () => {
    expectUnknownYear(() => calendarOf({ notices: [] }).isWorkingDay(d("2024-03-01")), 2024);
  });
});

describe("provenance", () => {
  it("keeps each year's notices in the order they apply", () => {
    expect(CAL.notices.get(2023)!.map((n) => n.number)).toEqual(["国办发明电〔2022〕16号"]);
    expect(CAL.notices.get(2020)!.map((n) => n.number)).toEqual(["国办发明电〔2019〕16号", "国办发明电〔2020〕1号"]);
    expect(CAL.notices.get(2019)!.map((n) => n.number)).toEqual(["国办发明电〔2018〕15号", "国办发明电〔2019〕3号"]);
  });

  it("names the notice behind each day a notice decided", () => {
    expect(dayStatus(d("2023-10-09"))).toEqual({ working: true, kind: "weekday", provisional: false });
    expect(dayStatus(d("2023-10-14"))).toEqual({ working: false, kind: "weekend", provisional: false });
    expect(dayStatus(d("2023-10-02"))).toMatchObject({ working: false, kind: "holiday", festival: "中秋节、国庆节" });
    expect(dayStatus(d("2023-10-07"))).toMatchObject({ working: true, kind: "makeup", basis: { notice: { number: "国办发明电〔2022〕16号" } } });
    expect(CAL.decided(d("2024-02-08"), d("2024-02-21")).map(({ day, mark }) => [formatDay(day), mark.working])).toEqual([
      ...["10", "11", "12", "13", "14", "15", "16", "17"].map((x) => [`2024-02-${x}`, false]),
      ["2024-02-18", true],
    ]);
  });
});

describe("as known on a date (--known-on)", () => {
  it("does not apply the 2020 Spring Festival extension before it was published (2020-01-27)", () => {
    // Annual notice: 春节 01-24..30, Sat 02-01 worked. Extension (signed 01-26, published 01-27): off to 02-02.
    const before = calendarOf(DATA, { knownOn: "2020-01-20" });
    const after = calendarOf(DATA, { knownOn: "2020-01-27" });
    expect(before.isWorkingDay(d("2020-01-31"))).toBe(true);
    expect(before.isWorkingDay(d("2020-02-01"))).toBe(true);
    expect(after.isWorkingDay(d("2020-01-31"))).toBe(false);
    expect(after.isWorkingDay(d("2020-02-01"))).toBe(false);
    // 5 working days after Thu 2020-01-23: known on 01-20 → 01-31(1), Sat 02-01(2), 02-03(3), 02-04(4), 02-05(5);
    // known on 01-27 → 02-03(1) … 02-07(5).
    expect(formatDay(before.addWorkingDays(d("2020-01-23"), 5))).toBe("2020-02-05");
    expect(formatDay(after.addWorkingDays(d("2020-01-23"), 5))).toBe("2020-02-07");
  });

  it("does not know a year whose notice was published after the date", () => {
    // 国办发明电〔2023〕7号 (2024) was published 2023-10-25.
    expectUnknownYear(() => calendarOf(DATA, { knownOn: "2023-10-24" }).isWorkingDay(d("2024-03-01")), 2024);
    expect(calendarOf(DATA, { knownOn: "2023-10-25" }).isWorkingDay(d("2024-02-18"))).toBe(true);
  });
});
