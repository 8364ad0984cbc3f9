// The provisional calendar: 《全国年节及纪念日放假办法》 第二条 read into dates with lunar-typescript. The library's
// 除夕, 正月初一, 清明, 端午 and 中秋 are checked against the State Council notices of 2017–2026 (each falls in the
// span its notice gives the festival, and equals the lunar date a notice prints), then the counting rules.
import { describe, expect, it } from "vitest";
import { dayOf, dayRules } from "../../compiler/calendar/statute.js";
import { calendarOf } from "../../runtime/calendar.js";
import { formatDay } from "../../runtime/date.js";
import { DATA, d } from "./project-calendar.js";

const lunar = (when: string, year: number) => dayRules(when)!.map((r) => formatDay(dayOf(r, year)));

/** The span of the year's annual notice whose festival heading names `festival`. */
function spanOf(year: number, festival: string): { from: string; to: string } {
  const notice = DATA.notices.find((n) => n.year === year && n.kind === "annual")!;
  const span = notice.off.find((o) => o.festival.includes(festival));
  if (!span) throw new Error(`${year} has no ${festival}`);
  return span;
}

describe("lunar-typescript against the notices, 2017–2026", () => {
  const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
  it.each(years)("%i: 正月初一, 清明, 端午 and 中秋 fall in the spans the notice gives them", (year) => {
    for (const [festival, when] of [
      ["春节", "正月初一"],
      ["清明", "农历清明当日"],
      ["端午", "农历端午当日"],
      ["中秋", "农历中秋当日"],
    ] as const) {
      const [date] = lunar(when, year);
      const span = spanOf(year, festival);
      expect(date! >= span.from && date! <= span.to, `${year} ${festival} ${date} in ${span.from}..${span.to}`).toBe(true);
    }
  });

  it("gives the lunar dates the notices print", () => {
    expect(lunar("农历除夕", 2024)).toEqual(["2024-02-09"]); // 2024: 除夕（2月9日）
    expect(lunar("农历除夕", 2025)).toEqual(["2025-01-28"]); // 2025: 1月28日（农历除夕、周二）
    expect(formatDay(dayOf(dayRules("正月初一")![0]!, 2025) + 6)).toBe("2025-02-04"); // 2月4日（农历正月初七）
    expect(lunar("农历除夕", 2026)).toEqual(["2026-02-16"]); // 2026: 2月15日（农历腊月二十八）: 除夕 is the next day
    expect(formatDay(dayOf(dayRules("正月初一")![0]!, 2026) + 6)).toBe("2026-02-23"); // 23日（农历正月初七）
    expect(formatDay(dayOf(dayRules("正月初一")![0]!, 2020) + 8)).toBe("2020-02-02"); // 2月2日（农历正月初九）
  });

  it("reads the words of 第二条 as the days they name", () => {
    expect(lunar("农历除夕、正月初一至初三", 2027)).toEqual(["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]);
    expect(lunar("5月1日、2日", 2027)).toEqual(["2027-05-01", "2027-05-02"]);
    expect(lunar("10月1日至3日", 2027)).toEqual(["2027-10-01", "2027-10-02", "2027-10-03"]);
    expect(dayRules("农历重阳当日")).toBeUndefined();
  });
});

describe("counting a year no notice arranges", () => {
  const cal = calendarOf(DATA, { provisional: true });

  it("takes weekends and the statute's holidays, and no make-up day", () => {
    // 2027: 元旦 Fri 01-01; 春节 除夕 Fri 02-05 to 初三 Mon 02-08; 劳动节 Sat 05-01, Sun 05-02; 国庆 Fri 10-01 to Sun 10-03.
    for (const off of ["2027-01-01", "2027-02-05", "2027-02-08", "2027-05-01", "2027-10-01", "2027-10-03", "2027-01-02"])
      expect(cal.isWorkingDay(d(off)), off).toBe(false);
    for (const worked of ["2027-02-09", "2027-05-03", "2027-10-04", "2027-10-08"]) expect(cal.isWorkingDay(d(worked)), worked).toBe(true);
    expect(cal.dayStatus(d("2027-02-05"))).toMatchObject({ kind: "holiday", festival: "春节", provisional: true, basis: { kind: "statute" } });
  });

  it("leaves the known years as their notices arrange them", () => {
    expect(cal.isWorkingDay(d("2026-02-14"))).toBe(true); // make-up Saturday of 国办发明电〔2025〕7号
    expect(cal.dayStatus(d("2026-02-14"))).toMatchObject({ kind: "makeup", provisional: false });
  });

  it("does not count a year before the amended statute was in force, nor before it was published", () => {
    expect(() => cal.isWorkingDay(d("2016-06-01"))).toThrow("2016年的节假日安排尚未公布");
    // Known on 2024-11-11: neither the 2025 notice nor the decision of 2024-11-10 (published 2024-11-12) is known.
    const early = calendarOf(DATA, { knownOn: "2024-11-11", provisional: true });
    expect(() => early.isWorkingDay(d("2025-03-03"))).toThrow("2025年的节假日安排尚未公布");
    // Known on 2025-06-01: 2025 by its notice, 2026 provisionally (its notice came on 2025-11-04).
    const mid = calendarOf(DATA, { knownOn: "2025-06-01", provisional: true });
    expect(mid.dayStatus(d("2026-02-16"))).toMatchObject({ kind: "holiday", provisional: true }); // 除夕 2026
    expect(mid.isWorkingDay(d("2026-02-14"))).toBe(false); // no make-up Saturday without the notice
  });
});
