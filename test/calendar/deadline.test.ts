// `regc deadline` against deadlines worked out by hand from the State Council notices, 2017–2026: across 春节,
// 清明, 劳动节 and 国庆, make-up working days, a notice deciding the last days of the year before, the amended
// years, and --roll (民法典 第二百零三条). Each case's working is in its comment; the weekdays were checked from
// 1 January of the year (2017-01-01 Sun, 2018 Mon, 2019 Tue, 2020 Wed, 2021 Fri, 2022 Sat, 2023 Sun, 2024 Mon,
// 2025 Wed, 2026 Thu).
import { describe, expect, it } from "vitest";
import { expectNoStackTrace, regc } from "../e2e/regc.js";

interface Json {
  from: string;
  to: string;
  days: { date: string; status: string; counted?: number; by?: string; rolled?: true }[];
  notices: { number: string }[];
  provisional: boolean;
}

async function deadline(...args: string[]): Promise<Json> {
  const r = await regc(["deadline", ...args]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as Json;
}

const HAND_WORKED: [string, string, string[], string, string][] = [
  // [from, count, flags, to, working]
  ["2017-01-25", "5工作日", [], "2017-02-07", "Wed; 01-26 Thu (1); 春节 01-27..02-02 off; 02-03 Fri (2); Sat 02-04 worked (3); 02-06 (4), 02-07 (5)"],
  ["2017-03-31", "1工作日", [], "2017-04-01", "Fri; Sat 04-01 worked for 清明 (1)"],
  ["2018-04-03", "3工作日", [], "2018-04-09", "Tue; 04-04 (1); 清明 04-05..07 off; Sun 04-08 worked (2); Mon 04-09 (3)"],
  ["2018-12-28", "2工作日", [], "2019-01-02", "Fri; Sat 12-29 worked by the 2019 notice (1); 元旦 12-30..01-01 off; Wed 01-02 (2)"],
  ["2019-04-26", "3工作日", [], "2019-04-30", "Fri; Sat 04-27 off; Sun 04-28 worked by 国办发明电〔2019〕3号 (1); 04-29 (2), 04-30 (3)"],
  ["2019-04-26", "3工作日", ["--known-on", "2019-03-01"], "2019-05-02", "before the 劳动节 change: 04-29 (1), 04-30 (2), 05-01 off, Thu 05-02 (3)"],
  ["2020-01-23", "5工作日", [], "2020-02-07", "Thu; 春节 01-24..30 extended to 02-02 (Sat 02-01 no longer worked); 02-03..07 (5)"],
  [
    "2020-01-23",
    "5工作日",
    ["--known-on", "2020-01-20"],
    "2020-02-05",
    "before the extension: 01-31 Fri (1), Sat 02-01 worked (2), 02-03 (3), 02-04 (4), 02-05 (5)",
  ],
  ["2021-09-30", "3工作日", [], "2021-10-11", "Thu; 国庆 10-01..07 off; 10-08 Fri (1); Sat 10-09 worked (2); Mon 10-11 (3)"],
  ["2022-01-28", "2工作日", [], "2022-01-30", "Fri; Sat 01-29 worked (1); Sun 01-30 worked (2)"],
  ["2023-09-27", "5工作日", [], "2023-10-10", "Wed; 09-28 (1); 中秋国庆 09-29..10-06 off; Sat 10-07 (2), Sun 10-08 (3) worked; 10-09 (4), 10-10 (5)"],
  ["2024-02-08", "5工作日", [], "2024-02-21", "Thu; 02-09 (1); 春节 02-10..17 off; Sun 02-18 worked (2); 02-19..21 (5)"],
  ["2025-04-25", "3工作日", [], "2025-04-29", "Fri; Sun 04-27 worked (1); 04-28 (2), 04-29 (3); 劳动节 starts 05-01"],
  ["2026-02-10", "5日", [], "2026-02-15", "Tue + 5 days = Sun 02-15, in 春节 02-15..23 off; without --roll the count stands"],
  ["2026-02-10", "5日", ["--roll"], "2026-02-24", "Sun 02-15 is off; 春节 runs to Mon 02-23; next working day Tue 02-24"],
  ["2026-09-20", "15日", ["--roll"], "2026-10-08", "Sun + 15 = Mon 10-05, in 国庆 10-01..07 off → Thu 10-08"],
];

describe("regc deadline agrees with hand-worked deadlines", () => {
  it.each(HAND_WORKED)("%s + %s %j → %s (%s)", async (from, count, flags, to) => {
    const r = await deadline(from, count, ...flags);
    expect(r.from).toBe(from);
    expect(r.to).toBe(to);
  });
});

describe("the days and notices it lists", () => {
  it("counts every day after the start, and names the notice of each day it decided", async () => {
    const r = await deadline("2024-02-08", "5工作日");
    expect(r.days.map((d) => d.date)).toEqual(["09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21"].map((x) => `2024-02-${x}`));
    expect(r.days.filter((d) => d.counted).map((d) => [d.date, d.counted])).toEqual([
      ["2024-02-09", 1],
      ["2024-02-18", 2],
      ["2024-02-19", 3],
      ["2024-02-20", 4],
      ["2024-02-21", 5],
    ]);
    expect(r.days.find((d) => d.date === "2024-02-18")).toMatchObject({ status: "makeup", by: "国办发明电〔2023〕7号" });
    expect(r.days.find((d) => d.date === "2024-02-12")).toMatchObject({ status: "holiday", by: "国办发明电〔2023〕7号" });
    expect(r.notices.map((n) => n.number)).toEqual(["国办发明电〔2023〕7号"]);
    expect(r.provisional).toBe(false);
  });

  it("cites both notices of an amended year, and the next year's notice for the days it decided", async () => {
    expect((await deadline("2020-01-23", "5工作日")).notices.map((n) => n.number)).toEqual(["国办发明电〔2019〕16号", "国办发明电〔2020〕1号"]);
    expect((await deadline("2018-12-28", "2工作日")).notices.map((n) => n.number)).toEqual(["国办发明电〔2017〕12号", "国办发明电〔2018〕15号"]);
  });

  it("marks the day a --roll moved the deadline to", async () => {
    const r = await deadline("2026-02-10", "5日", "--roll");
    expect(r.days.filter((d) => d.rolled).map((d) => d.date)).toEqual([
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-02-21",
      "2026-02-22",
      "2026-02-23",
      "2026-02-24",
    ]);
  });

  it("explains in Chinese, citing the notice for the days it decided", async () => {
    const r = await regc(["deadline", "2024-02-08", "5工作日", "--explain"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("自2024年2月8日（星期四）起算5个工作日");
    expect(r.out).toContain("2024年2月18日（星期日）　调休上班（国办发明电〔2023〕7号），第2个工作日");
    expect(r.out).toContain("期限最后一日：2024年2月21日（星期三）");
    expect(r.out).toContain("国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）：2024年2月10日至17日春节放假，2024年2月18日（星期日）上班");
  });
});

describe("a year no notice arranges", () => {
  it("is an error naming the year and the day, with nothing on stdout", async () => {
    const r = await regc(["deadline", "2026-12-25", "20工作日", "--lang", "zh"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("error[E0910]");
    expect(r.err).toContain("2027-01-01");
    expect(r.err).toContain("2027年的节假日安排尚未公布");
    expect(r.err).toContain("\n帮助：国务院办公厅公布2027年部分节假日安排后，添加 policies/calendar/2027.yaml");
    expectNoStackTrace(r.err);
    // the same in English: the day and the year as data, the words the reader's
    const en = await regc(["deadline", "2026-12-25", "20工作日", "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.out).toBe("");
    expect(en.err).toBe(
      "regc deadline: error[E0910]: counting 20工作日 from 2026-12-25 needs to know whether 2027-01-01 is a working day, but the holidays of 2027 are not yet arranged\n" +
        "help: once 国务院办公厅关于2027年部分节假日安排的通知 is published, add policies/calendar/2027.yaml (docs/calendar.md); or pass --provisional-calendar to count 2027 provisionally from 全国年节及纪念日放假办法\n",
    );
  });

  it("is counted from the statute with --provisional-calendar, and says so", async () => {
    // Fri 12-25; 12-28..31 (4); Fri 2027-01-01 元旦 (第二条); Jan 4..8 (9), 11..15 (14), 18..22 (19), 25 (20)
    const r = await deadline("2026-12-25", "20工作日", "--provisional-calendar");
    expect(r.to).toBe("2027-01-25");
    expect(r.provisional).toBe(true);
    expect(r.days.find((d) => d.date === "2027-01-01")).toMatchObject({ status: "holiday", by: "国务院令第795号" });
    expect(r.notices.map((n) => n.number)).toEqual(["国办发明电〔2025〕7号", "国务院令第795号"]);
    const explained = await regc(["deadline", "2026-12-25", "20工作日", "--provisional-calendar", "--explain"]);
    expect(explained.out).toContain("临时推算");
  });

  it("does not matter to a plain count of calendar days", async () => {
    expect((await deadline("2026-12-25", "10日")).to).toBe("2027-01-04");
  });
});

describe("bad input on the command line", () => {
  it.each([
    [["2024-02-30", "5工作日"], "起算日需要 YYYY-MM-DD"],
    [["2024/02/08", "5工作日"], "起算日需要 YYYY-MM-DD"],
    [["2024-02-08", "5周"], "期限写作"],
    [["2024-02-08", "五工作日"], "期限写作"],
    [["2024-02-08", "5工作日", "--known-on", "2020-13-01"], "--known-on 需要 YYYY-MM-DD"],
  ])("%j is a usage error (exit 2)", async (args, message) => {
    const r = await regc(["deadline", ...args, "--lang", "zh"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(message);
  });

  it("says it in English with --lang en", async () => {
    const r = await regc(["deadline", "2024-02-08", "5周", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('regc: a limit is written <days>工作日 or <days>日 (e.g. 5工作日, 15日), got "5周"\n');
  });
});
