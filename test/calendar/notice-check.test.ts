// regc check against the calendar data: every listed day must be printed in its notice's own text, and the
// days must fit together. Each case breaks one thing in a copy of the project's calendar and expects a located
// error with its code, exit 1, and `regc build` writing nothing.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyProject, expectNoStackTrace, ROOT, regc } from "../e2e/regc.js";

const FILE_2024 = "policies/calendar/2024.yaml";
const FILE_2020 = "policies/calendar/2020.yaml";
const STATUTE = "policies/calendar/statutory-holidays.yaml";

/** A project holding only the calendar, with one edit to one file. */
function broken(file: string, edit: (text: string) => string): string {
  const dir = emptyProject({});
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  expect(after, "the edit must change the file").not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

async function expectError(dir: string, code: string, where: RegExp, message: string | RegExp): Promise<void> {
  const check = await regc(["check"], dir);
  expect(check.code, check.err).toBe(1);
  expect(check.err).toMatch(new RegExp(`${where.source}: error\\[${code}\\]`));
  expect(check.err).toMatch(message);
  expectNoStackTrace(check.err);
  const build = await regc(["build"], dir);
  expect(build.code).toBe(1);
  expect(existsSync(join(dir, "generated"))).toBe(false);
}

describe("the project's calendar checks", () => {
  it("passes as committed", async () => {
    const r = await regc(["check", "policies/calendar"], emptyProject({}));
    expect(r.code, r.err).toBe(0);
  });
});

describe("a day the notice does not print", () => {
  it("a make-up working day the text does not print (E0902), and the printed one now missing (E0903)", async () => {
    // The notice prints 2月4日（星期日）、2月18日（星期日）上班; Sunday 2024-02-25 is not among them.
    const dir = broken(FILE_2024, (t) => t.replace("work: [2024-02-04, 2024-02-18,", "work: [2024-02-04, 2024-02-25,"));
    await expectError(dir, "E0902", /policies\/calendar\/2024\.yaml:\d+:\d+/, /2024-02-25: 国办发明电〔2023〕7号 does not print this make-up working day/);
    expect((await regc(["check"], dir)).err).toMatch(/error\[E0903\]: 国办发明电〔2023〕7号 prints 2月18日（星期日）上班, which the file does not list/);
  });

  it("a holiday span the text does not print", async () => {
    const dir = broken(FILE_2024, (t) =>
      t.replace("{ festival: 春节, from: 2024-02-10, to: 2024-02-17 }", "{ festival: 春节, from: 2024-02-09, to: 2024-02-17 }"),
    );
    await expectError(dir, "E0902", /2024\.yaml:\d+:\d+/, /春节 2024-02-09 to 2024-02-17: 国办发明电〔2023〕7号 does not print these days off/);
  });

  it("a festival named differently from the paragraph that prints the days", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("{ festival: 清明节, from: 2024-04-04", "{ festival: 端午节, from: 2024-04-04"));
    await expectError(dir, "E0902", /2024\.yaml:\d+:\d+/, /printed under 清明节, not 端午节/);
  });

  it("a text that prints a day the file lacks (E0903)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace(" 2024-04-07,", ""));
    await expectError(dir, "E0903", /2024\.yaml:\d+:\d+/, /prints 4月7日（星期日）上班, which the file does not list/);
  });
});

describe("days that do not fit together", () => {
  it("a make-up working day that is not a weekend (E0904)", async () => {
    // Change the text and the data alike, so only the weekday is wrong: 2024-02-19 is a Monday.
    const dir = broken(FILE_2024, (t) => t.replace("2024-02-18, 2024-04-07", "2024-02-19, 2024-04-07").replace("2月18日（星期日）上班", "2月19日上班"));
    await expectError(dir, "E0904", /2024\.yaml:\d+:\d+/, /make-up working day 2024-02-19 is a 星期一, not a Saturday or Sunday/);
  });

  it("a date listed twice (E0905)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("work: [2024-02-04,", "work: [2024-02-04, 2024-02-04,"));
    await expectError(dir, "E0905", /2024\.yaml:\d+:\d+/, /2024-02-04 is listed twice in 国办发明电〔2023〕7号/);
  });

  it("days off that end before they start (E0914)", async () => {
    const dir = broken(FILE_2024, (t) =>
      t.replace("{ festival: 春节, from: 2024-02-10, to: 2024-02-17 }", "{ festival: 春节, from: 2024-02-17, to: 2024-02-10 }"),
    );
    await expectError(dir, "E0914", /2024\.yaml:\d+:\d+/, /春节 2024-02-17 to 2024-02-10 ends before it starts/);
  });

  it("a weekday in the text that is not the date's (E0906)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("2月4日（星期日）", "2月4日（星期六）"));
    await expectError(dir, "E0906", /2024\.yaml:\d+:\d+/, /prints 2月4日（星期六）, but 2024-02-04 is a 星期日/);
  });

  it("a file whose name is not its year (E0907)", async () => {
    // 2024's notices moved to a file named for a year no other file arranges.
    const dir = emptyProject({});
    renameSync(join(dir, FILE_2024), join(dir, "policies/calendar/2099.yaml"));
    await expectError(dir, "E0907", /2099\.yaml:\d+:\d+/, /policies\/calendar\/2099\.yaml says year: 2024/);
  });

  it("two files for one year (E0915)", async () => {
    // 2024.yaml now says 2023 too; the files are taken in name order, so 2024.yaml is the second.
    const dir = broken(FILE_2024, (t) => t.replace("year: 2024", "year: 2023"));
    await expectError(dir, "E0915", /2024\.yaml:\d+:\d+/, /2023 is arranged in two files: policies\/calendar\/2023\.yaml and policies\/calendar\/2024\.yaml/);
  });

  it("not exactly one notice without amends (E0916)", async () => {
    // Without its amends, 2020's extension is a second notice of the year of its own.
    const dir = broken(FILE_2020, (t) => t.replace("    amends: 国办发明电〔2019〕16号\n", ""));
    await expectError(dir, "E0916", /2020\.yaml:\d+:\d+/, /must hold exactly one notice without amends \(the year's own notice\); it holds 2/);
  });

  it("an amends naming another notice than the year's own (E0917)", async () => {
    const dir = broken(FILE_2020, (t) => t.replace("amends: 国办发明电〔2019〕16号", "amends: 国办发明电〔2019〕15号"));
    await expectError(
      dir,
      "E0917",
      /2020\.yaml:\d+:\d+/,
      /国办发明电〔2020〕1号 amends 国办发明电〔2019〕15号, which is not the notice of 2020 \(国办发明电〔2019〕16号\)/,
    );
  });

  it("an amendment published before the notice it amends (E0918)", async () => {
    // The year's notice was published on 2019-11-21; the extension now a day earlier.
    const dir = broken(FILE_2020, (t) => t.replace("published: 2020-01-27", "published: 2019-11-20"));
    await expectError(dir, "E0918", /2020\.yaml:\d+:\d+/, /国办发明电〔2020〕1号 is published before the notice it amends \(2019-11-21\)/);
  });

  it("a day outside the year (E0919)", async () => {
    // 2025-01-04 is a Saturday of the next year: 2024's notice cannot arrange it.
    const dir = broken(FILE_2024, (t) => t.replace("work: [2024-02-04,", "work: [2025-01-04, 2024-02-04,"));
    await expectError(dir, "E0919", /2024\.yaml:\d+:\d+/, /2025-01-04 is outside 2024, the year policies\/calendar\/2024\.yaml arranges/);
  });

  it("a signing date not printed under the notice (E0908)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("signed: 2023-10-25", "signed: 2023-10-24"));
    await expectError(dir, "E0908", /2024\.yaml:\d+:\d+/, /does not print 2023年10月24日/);
  });

  it("a notice published before it is signed (E0921)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("published: 2023-10-25", "published: 2023-10-24"));
    await expectError(dir, "E0921", /2024\.yaml:\d+:\d+/, /国办发明电〔2023〕7号 is published before it is signed/);
  });

  it("a malformed date (E0901)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("published: 2023-10-25", "published: 2023-10-32"));
    await expectError(dir, "E0901", /2024\.yaml:\d+:\d+/, /"2023-10-32" is not a date YYYY-MM-DD/);
  });
});

describe("an extension (2020's 春节, extended to 2月2日, work resuming 2月3日)", () => {
  it("work resuming other than the day after the extension (E0911)", async () => {
    // Text and data alike say 2月4日 (a Tuesday), so only the gap after 2月2日 is wrong.
    const dir = broken(FILE_2020, (t) =>
      t.replace("resumes: 2020-02-03", "resumes: 2020-02-04").replace("2月3日（星期一）起正常上班", "2月4日（星期二）起正常上班"),
    );
    await expectError(dir, "E0911", /2020\.yaml:\d+:\d+/, /work resumes on 2020-02-04, not the day after the holiday ends \(2020-02-02\)/);
  });

  it("an extension of a holiday no earlier notice gives (E0912)", async () => {
    const dir = broken(FILE_2020, (t) => t.replace("{ festival: 春节, until: 2020-02-02", "{ festival: 元宵节, until: 2020-02-02"));
    await expectError(dir, "E0912", /2020\.yaml:\d+:\d+/, /国办发明电〔2020〕1号 extends 元宵节, which no earlier notice of the year gives/);
  });

  it("an extension to a day the holiday already reaches (E0913)", async () => {
    // 春节 2020 runs 2020-01-24 to 2020-01-30 (a Thursday, 正月初六): "extending" to that day adds nothing.
    const dir = broken(FILE_2020, (t) =>
      t
        .replace("until: 2020-02-02, resumes: 2020-02-03", "until: 2020-01-30, resumes: 2020-01-31")
        .replace("至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班", "至1月30日（农历正月初六，星期四），1月31日（星期五）起正常上班"),
    );
    await expectError(dir, "E0913", /2020\.yaml:\d+:\d+/, /春节 already runs to 2020-01-30: extending it to 2020-01-30 extends nothing/);
  });
});

describe("the calendar's statute file", () => {
  it("a second statute file (E0920)", async () => {
    const dir = emptyProject({ "policies/calendar/statutory-holidays2.yaml": readFileSync(join(ROOT, STATUTE), "utf8") });
    await expectError(dir, "E0920", /statutory-holidays2\.yaml:\d+:\d+/, /a second statute file: policies\/calendar\/statutory-holidays\.yaml already holds/);
  });
});

describe("the statute (全国年节及纪念日放假办法)", () => {
  const FILE = "policies/calendar/statutory-holidays.yaml";

  it("a holiday whose words 第二条 does not print (E0909)", async () => {
    // Before the 2024 decision 春节 was 3 days (正月初一至初三); the text checked here is the amended one.
    const dir = broken(FILE, (t) =>
      t.replace("{ festival: 春节, days: 4, when: 农历除夕、正月初一至初三 }", "{ festival: 春节, days: 3, when: 正月初一至初三 }"),
    );
    await expectError(dir, "E0909", /statutory-holidays\.yaml:\d+:\d+/, /第二条 does not print “春节，放假3天（正月初一至初三）”/);
  });

  it("words that give another number of days than the article says (E0925)", async () => {
    const dir = broken(FILE, (t) =>
      t.replace("（七）国庆节，放假3天（10月1日至3日）", "（七）国庆节，放假3天（10月1日至4日）").replace("when: 10月1日至3日", "when: 10月1日至4日"),
    );
    await expectError(dir, "E0925", /statutory-holidays\.yaml:\d+:\d+/, /“10月1日至4日” gives 4 days, not 3/);
  });

  it("an article the copied text does not have (E0922)", async () => {
    const dir = broken(FILE, (t) => t.replace("article: 第二条", "article: 第十二条"));
    await expectError(dir, "E0922", /statutory-holidays\.yaml:\d+:\d+/, /全国年节及纪念日放假办法 as copied here has no 第十二条/);
  });

  it("a date the statute's text does not print (E0923)", async () => {
    const dir = broken(FILE, (t) => t.replace("effective: 2025-01-01", "effective: 2025-01-02"));
    await expectError(dir, "E0923", /statutory-holidays\.yaml:\d+:\d+/, /effective 2025-01-02: the text does not print 2025年1月2日/);
  });

  it("words that cannot be counted into days (E0924)", async () => {
    // The article and the data both say 10月上旬: printed, but not a day the words can be read into.
    const dir = broken(FILE, (t) =>
      t.replace("（七）国庆节，放假3天（10月1日至3日）", "（七）国庆节，放假3天（10月上旬）").replace("when: 10月1日至3日", "when: 10月上旬"),
    );
    await expectError(dir, "E0924", /statutory-holidays\.yaml:\d+:\d+/, /cannot count the days of “10月上旬”/);
  });
});
